; 扶贫项目资产管理 — Windows installer (NSIS 3, Modern UI 2, Simplified Chinese).
;
; Packs the PyInstaller onedir build (dist\fupin-assets\, made by installer\fupin-assets.spec)
; into dist\fupin-assets-<version>-setup.exe. Build from the project root:
;
;     makensis /DVERSION=0.1.0 installer\fupin-assets.nsi
;
; makensis runs with this file's folder as its current directory, so the relative paths
; below are relative to installer\. Override the input with /DSOURCE_DIR=<folder>.
;
; USER DATA: the program keeps its database, backups and settings in the user's data
; folder %APPDATA%\fupin\fupin-assets (QStandardPaths AppDataLocation) and the registry key
; HKCU\Software\fupin\fupin-assets (QSettings). Neither the installer nor the uninstaller
; ever touches them: installing a new version keeps the data (the program upgrades the
; database itself, copying the old file aside first), and uninstalling leaves the data for a
; later reinstall or for the office to archive. The uninstall confirmation page says so.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "x64.nsh"

; ---------------------------------------------------------------------------------------
!define APP_NAME      "扶贫项目资产管理"
!define APP_ID        "fupin-assets"
!define APP_EXE       "fupin-assets.exe"
!define APP_CLI_EXE   "fupin-assets-cli.exe"
!define PUBLISHER     "fupin"
!ifndef VERSION
  !define VERSION     "0.1.0"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR  "..\dist\${APP_ID}"
!endif
!ifndef OUT_DIR
  !define OUT_DIR     "..\dist"
!endif
!define UNINST_KEY    "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define DATA_DIR_TEXT "%APPDATA%\fupin\fupin-assets"

!if /FileExists "${SOURCE_DIR}\_internal\migrations\env.py"
!else
  !error "${SOURCE_DIR} is not a complete PyInstaller build (no _internal\migrations\env.py): run pyinstaller installer\fupin-assets.spec first"
!endif

Name "${APP_NAME}"
Caption "${APP_NAME} ${VERSION} 安装"
OutFile "${OUT_DIR}\${APP_ID}-${VERSION}-setup.exe"
; An ASCII folder name: some tools and old drivers still trip over non-ASCII paths.
InstallDir "$PROGRAMFILES64\${APP_ID}"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

; Version resource of setup.exe (VIProductVersion needs four numbers).
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "${PUBLISHER}"

; ---------------------------------------------------------------------------------------
!define MUI_ABORTWARNING
!if /FileExists "..\resources\icons\${APP_ID}.ico"
  !define MUI_ICON   "..\resources\icons\${APP_ID}.ico"
  !define MUI_UNICON "..\resources\icons\${APP_ID}.ico"
!endif

!define MUI_WELCOMEPAGE_TITLE "欢迎安装${APP_NAME}"
!define MUI_WELCOMEPAGE_TEXT "本向导将在您的计算机上安装${APP_NAME} ${VERSION}。$\r$\n$\r$\n如果已安装旧版本，将直接升级程序文件；您的数据库和设置不受影响，程序首次启动时会自动备份并升级数据库。$\r$\n$\r$\n点击“下一步”继续。"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
; No "run now" box on the finish page: it would start the program elevated (as the
; administrator whose password was typed), putting the database in the wrong profile.
!define MUI_FINISHPAGE_TEXT "${APP_NAME}已安装完成。$\r$\n$\r$\n请从桌面或开始菜单中的“${APP_NAME}”图标启动程序。"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从以下文件夹卸载${APP_NAME}程序。$\r$\n$\r$\n卸载不会删除您的数据：数据库、备份和设置保存在 ${DATA_DIR_TEXT}，卸载后仍然保留，重新安装后可继续使用。如需彻底删除数据，请在确认已备份后手动删除该文件夹。"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"

; ---------------------------------------------------------------------------------------
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME}需要 64 位 Windows。"
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "!${APP_NAME}" SecMain
  SectionIn RO
  SetShellVarContext all  ; shortcuts for every user of the office PC
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files whole, so no file of an older version (say, a
  ; migration script that was renamed) lingers next to the new ones. Program files only.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\卸载${APP_NAME}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  SectionGetSize ${SecMain} $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

; ---------------------------------------------------------------------------------------
; Removes the program files, shortcuts and uninstall entry only. It deliberately does NOT
; touch %APPDATA%\fupin\fupin-assets (database, backups) nor HKCU\Software\fupin (settings):
; see USER DATA at the top. Never add RMDir /r "$APPDATA\..." here.
Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\卸载${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"

  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${APP_CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: never remove files the installer did not put there

  DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd
