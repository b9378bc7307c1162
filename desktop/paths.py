"""Where the program's own files live, in a checkout and in the frozen Windows build."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding ``migrations/`` and ``resources/``.

    PyInstaller unpacks bundled data under ``sys._MEIPASS``; a checkout or an editable
    install has them one level above the package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return project_root() / "migrations"


def resources_dir() -> Path:
    return project_root() / "resources"


def cjk_font_file() -> Path:
    """The CJK TrueType collection shipped with the program (face 0 is the regular face)."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
