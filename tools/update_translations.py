"""Refresh the translation files: vocab_tr.py, then lupdate → fupin_en.ts, then lrelease → fupin_en.qm.

Chinese is the source language of every string in the program; English is the first target.
Run from anywhere, with the project's virtualenv (it needs PySide6's lupdate/lrelease)::

    python tools/update_translations.py            # regenerate, extract, compile
    python tools/update_translations.py --check    # exit 1 if desktop/views/vocab_tr.py is stale
    python tools/update_translations.py --release  # only compile .ts -> .qm (what a build needs)

Steps:

1. ``desktop/views/vocab_tr.py`` is generated from ``desktop/domain/vocab.py`` (and the
   register's column headers), listing each label as ``QT_TRANSLATE_NOOP(context, label)``.
   Those strings reach the translator at run time as variables
   (``QCoreApplication.translate("vocab", label)``, ``self.tr(COLUMNS[i][1])``), which lupdate
   cannot follow; the generated module shows them to lupdate as literals.
2. ``pyside6-lupdate`` scans ``desktop/**/*.py`` and merges new/changed strings into each
   ``resources/translations/fupin_<lang>.ts``; existing translations are kept, strings that
   left the code are kept as ``vanished`` (pass ``--no-obsolete`` to drop them).
3. ``pyside6-lrelease`` compiles each .ts into the .qm that ``desktop.app.install_translations``
   loads.

Translate by editing the .ts (Qt Linguist: ``pyside6-linguist resources/translations/fupin_en.ts``,
or any XML editor: fill ``<translation>`` and remove ``type="unfinished"``), then run this again.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
VOCAB_TR = ROOT / "desktop" / "views" / "vocab_tr.py"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("en",)  # one fupin_<lang>.ts per target language

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def vocab_entries() -> list[tuple[str, str, list[str]]]:
    """(context, source text, where it comes from) for every string lupdate cannot see, in order."""
    from desktop.domain import vocab

    entries: dict[tuple[str, str], list[str]] = {}
    for obj in vars(vocab).values():
        if isinstance(obj, type) and issubclass(obj, vocab.Labelled) and obj is not vocab.Labelled:
            for member in obj:
                entries.setdefault(("vocab", member.label), []).append(f"{obj.__name__}.{member.name}")
    # The register's column headers are translated in headerData from a tuple of literals.
    from desktop.views.asset_table_model import AssetTableModel

    for key, header, _text in AssetTableModel.COLUMNS:
        entries.setdefault(("AssetTableModel", header), []).append(f"column {key}")
    return [(ctx, text, where) for (ctx, text), where in entries.items()]


def render_vocab_module() -> str:
    lines = [
        '"""Strings translated at run time from variables, listed for lupdate. GENERATED — do not edit.',
        "",
        "Regenerate with ``python tools/update_translations.py`` after changing desktop/domain/vocab.py",
        "or the register's columns (AssetTableModel.COLUMNS). Nothing imports this module: it exists so",
        "that lupdate sees each label as a literal in the context the views translate it in.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    for ctx, text, where in vocab_entries():
        lines.append(f"    QT_TRANSLATE_NOOP({json.dumps(ctx)}, {json.dumps(text, ensure_ascii=False)}),"
                     f"  # {', '.join(where)}")
    lines += [")", ""]
    return "\n".join(lines)


def write_vocab_module() -> bool:
    """Write vocab_tr.py; True if it changed."""
    text = render_vocab_module()
    old = VOCAB_TR.read_text(encoding="utf-8") if VOCAB_TR.exists() else None
    if old == text:
        return False
    VOCAB_TR.write_text(text, encoding="utf-8", newline="\n")
    return True


def tool(name: str) -> str:
    """pyside6-<name> from the running interpreter's environment, else from PATH."""
    exe = f"pyside6-{name}" + (".exe" if os.name == "nt" else "")
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        if (folder / exe).exists():
            return str(folder / exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install the project (pip install -e .) into this Python")
    return found


def sources() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "desktop").rglob("*.py"))


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd[:1] + [c if len(c) < 60 else c[:57] + "..." for c in cmd[1:]]), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="only check that vocab_tr.py is up to date")
    p.add_argument("--release", action="store_true", help="only run lrelease (.ts -> .qm); changes no source file")
    p.add_argument("--no-obsolete", action="store_true", help="drop strings no longer in the code")
    args = p.parse_args(argv)

    if args.check:
        current = VOCAB_TR.read_text(encoding="utf-8") if VOCAB_TR.exists() else ""
        if current != render_vocab_module():
            print(f"{VOCAB_TR.relative_to(ROOT)} is stale: run python tools/update_translations.py",
                  file=sys.stderr)
            return 1
        print(f"{VOCAB_TR.relative_to(ROOT)} is up to date")
        return 0

    if not args.release and write_vocab_module():
        print(f"wrote {VOCAB_TR.relative_to(ROOT)}")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = (TRANSLATIONS / f"fupin_{lang}.ts").relative_to(ROOT).as_posix()
        qm = (TRANSLATIONS / f"fupin_{lang}.qm").relative_to(ROOT).as_posix()
        if not args.release:
            run([tool("lupdate"), "-locations", "relative", "-source-language", SOURCE_LANGUAGE,
                 "-target-language", lang, *(["-no-obsolete"] if args.no_obsolete else []),
                 *sources(), "-ts", ts])
        run([tool("lrelease"), ts, "-qm", qm])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
