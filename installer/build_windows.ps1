# Build the Windows installer of 扶贫项目资产管理: PyInstaller onedir build, then NSIS setup.exe.
#
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
#
# Run it in a fresh virtualenv of 64-bit Python 3.11+ on Windows, with NSIS 3 installed
# (makensis on PATH or in its default folder). Output:
#   dist\fupin-assets\                    the program folder (what the installer copies)
#   dist\fupin-assets-<version>-setup.exe the installer
# PyInstaller is a build-time tool only; it is not a dependency of the project.

$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

function Invoke-Step([string]$what, [scriptblock]$cmd) {
    Write-Host "==> $what"
    & $cmd
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" }
}

# 1. The program with its PostgreSQL driver, and the build tool.
Invoke-Step "pip install" { python -m pip install -e ".[postgres]" pyinstaller }

# Compile the translations (.ts -> .qm) so the bundle carries the current ones.
Invoke-Step "translations" { python tools/update_translations.py --release }

$version = (python -c "import desktop; print(desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "cannot read the version from desktop/__init__.py" }

# 2. PyInstaller: dist\fupin-assets\ (fupin-assets.exe, fupin-assets-cli.exe, _internal\).
Invoke-Step "pyinstaller" { python -m PyInstaller --noconfirm --clean installer/fupin-assets.spec }

# A smoke test of the frozen program on a throwaway database: proves migrations are bundled.
$probe = Join-Path $env:TEMP "fupin-build-check.sqlite"
Remove-Item -ErrorAction SilentlyContinue "$probe*"
Invoke-Step "smoke test: db upgrade" { & dist\fupin-assets\fupin-assets-cli.exe --db $probe db upgrade }
Invoke-Step "smoke test: stats" { & dist\fupin-assets\fupin-assets-cli.exe --db $probe stats --json }
Remove-Item -ErrorAction SilentlyContinue "$probe*"

# 3. NSIS: dist\fupin-assets-<version>-setup.exe.
$makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $makensis) {
    foreach ($p in @("${env:ProgramFiles(x86)}\NSIS\makensis.exe", "$env:ProgramFiles\NSIS\makensis.exe")) {
        if (Test-Path $p) { $makensis = $p; break }
    }
}
if (-not $makensis) { throw "makensis not found: install NSIS 3 (https://nsis.sourceforge.io)" }
Invoke-Step "makensis" { & $makensis "/DVERSION=$version" installer\fupin-assets.nsi }

Write-Host "Done: dist\fupin-assets-$version-setup.exe"
