"""Refresh the translation files: vocab_tr.py, then lupdate → fupin_en.ts, then lrelease → fupin_en.qm.

Chinese is the source language of every string in the program; English is the first target.
Run from anywhere, with the project's virtualenv (it needs PySide6's lupdate/lrelease)::

    python tools/update_translations.py            # regenerate, extract, compile
    python tools/update_translations.py --check    # exit 1 if desktop/views/vocab_tr.py is stale
    python tools/update_translations.py --release  # only compile .ts -> .qm (what a build needs)

Steps:

1. ``desktop/views/vocab_tr.py`` is generated from every ``Labelled`` vocabulary under
   ``desktop/domain`` (found by importing the package and walking the subclasses; context
   ``vocab``, as ``tr_label`` translates them) and from the column headers of every table
   model under ``desktop/views`` (their ``COLUMNS``, plus the income models' header dicts;
   context = the model's class name, the first context PySide6's ``self.tr`` looks in). Those
   strings reach the translator at run time as variables, which lupdate cannot follow; the
   generated module shows them to lupdate as literals, sorted by module and class so the
   output is stable. A test runs ``--check``, so a stale file fails the suite.
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
import importlib
import json
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
VOCAB_TR = ROOT / "desktop" / "views" / "vocab_tr.py"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("en",)  # one fupin_<lang>.ts per target language

if TYPE_CHECKING:
    from desktop.domain.vocab import Labelled

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _import_all(package: str) -> list[ModuleType]:
    """Import every module of a package, so every class defined there exists to be found."""
    pkg = importlib.import_module(package)
    modules = [pkg]
    for info in pkgutil.walk_packages(pkg.__path__, prefix=f"{package}."):
        modules.append(importlib.import_module(info.name))
    return modules


def _subclasses(cls: type[Any]) -> list[type[Any]]:
    found: list[type[Any]] = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def _ordered(classes: list[Any], package: str) -> list[Any]:
    """Classes defined in ``package``, once each, ordered by module then name (stable output)."""
    unique = {c: None for c in classes if c.__module__.startswith(package + ".")}
    return sorted(unique, key=lambda c: (c.__module__, c.__qualname__))


def labelled_enums() -> list[type[Labelled]]:
    """Every ``Labelled`` vocabulary under desktop/domain (their labels are translated in ``vocab``)."""
    from desktop.domain.vocab import Labelled

    _import_all("desktop.domain")
    enums: list[type[Labelled]] = _ordered(_subclasses(Labelled), "desktop.domain")
    return [e for e in enums if len(e)]  # members only: an empty base class has nothing to show


def column_header(column: tuple[object, ...]) -> str:
    """The untranslated header of one ``COLUMNS`` entry.

    The shapes in use: (key, header, text-of-row), (key, header) and (header, value-of-row);
    the key is an ASCII identifier, the header is Chinese.
    """
    texts = [x for x in column if isinstance(x, str)]
    if len(texts) >= 2 and texts[0].isascii():
        return texts[1]
    return texts[0]


# Models whose headers live outside COLUMNS: class name -> where the header texts are.
def _other_headers() -> dict[str, list[str]]:
    from desktop.views.income_cells import EDIT_FIELDS
    from desktop.views.income_grid_model import _HEADERS
    from desktop.views.income_tab import IncomeRowsModel

    edit = [h for _k, h, _kind in EDIT_FIELDS]
    return {"IncomeGridModel": [*_HEADERS.values(), *edit],
            "IncomeRowsModel": list(IncomeRowsModel()._headers.values())}


def model_headers() -> list[tuple[str, str, str]]:
    """(context, header, where) for every table model's column headers.

    The context is the model's own class name: PySide6's ``self.tr`` looks the text up under
    ``type(self).__name__`` first (then its bases), so a ``PagedTableModel`` subclass's headers
    are found under the subclass; ``PlanTableModel`` translates in its own name explicitly.
    """
    from PySide6.QtCore import QAbstractItemModel

    _import_all("desktop.views")
    other = _other_headers()
    rows: list[tuple[str, str, str]] = []
    for model in _ordered(_subclasses(QAbstractItemModel), "desktop.views"):
        name = model.__name__
        for i, column in enumerate(vars(model).get("COLUMNS", ())):
            header = column_header(column)
            key = column[0] if column[0] != header else f"[{i}]"
            rows.append((name, header, f"{name}.COLUMNS {key}"))
        for header in other.get(name, ()):
            rows.append((name, header, f"{name} header"))
    return rows


def vocab_entries() -> list[tuple[str, str, list[str]]]:
    """(context, source text, where it comes from) for every string lupdate cannot see, in order."""
    entries: dict[tuple[str, str], list[str]] = {}
    for enum in labelled_enums():
        where = f"{enum.__module__.removeprefix('desktop.domain.')}.{enum.__name__}"
        for member in enum:
            entries.setdefault(("vocab", member.label), []).append(f"{where}.{member.name}")
    for ctx, header, where in model_headers():
        entries.setdefault((ctx, header), []).append(where)
    return [(ctx, text, where) for (ctx, text), where in entries.items()]


def render_vocab_module() -> str:
    lines = [
        '"""Strings translated at run time from variables, listed for lupdate. GENERATED — do not edit.',
        "",
        "Regenerate with ``python tools/update_translations.py`` after changing a ``Labelled`` vocabulary",
        "under desktop/domain or a table model's ``COLUMNS``. Nothing imports this module: it exists so",
        "that lupdate sees each label as a literal in the context the views translate it in.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    for ctx, text, where in vocab_entries():
        entry = f"    QT_TRANSLATE_NOOP({json.dumps(ctx)}, {json.dumps(text, ensure_ascii=False)}),"
        comment = f"# {', '.join(where)}"
        if len(entry) + 2 + len(comment) <= 110:  # the project's line limit is 120
            lines.append(f"{entry}  {comment}")
        else:
            lines += [f"    {comment}", entry]
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
