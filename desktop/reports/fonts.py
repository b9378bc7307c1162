"""The Chinese fonts of every printed document, registered with ReportLab once per process.

Official documents are set in 宋体/仿宋/黑体/楷体 (GB/T 9704). Every Windows PC in a county
office has them (simsun.ttc, simfang.ttf, simhei.ttf, simkai.ttf in %WINDIR%\\Fonts), so they
are used when present; elsewhere (Linux, a stripped-down PC) every role falls back to the
WenQuanYi Micro Hei shipped in ``resources/fonts`` (Apache-2.0), so a document always renders.

ReportLab embeds a TrueType font as subsets of the glyphs used (``FontFile2``) with a
``ToUnicode`` map, so the PDF prints the same on any PC and its text can be searched and
copied. A font is registered once under its own name; the roles that fall back to the same
file share that one name, so the file is embedded once, not four times.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import cjk_font_file

# role → (file name under %WINDIR%\Fonts, face index inside a .ttc collection)
WINDOWS_FONTS: dict[str, tuple[str, int]] = {
    "song": ("simsun.ttc", 0),   # 宋体 (face 1 is 新宋体)
    "fang": ("simfang.ttf", 0),  # 仿宋
    "hei": ("simhei.ttf", 0),    # 黑体
    "kai": ("simkai.ttf", 0),    # 楷体
}
ROLES = tuple(WINDOWS_FONTS)


@dataclass(frozen=True)
class FontSource:
    path: Path
    subfont_index: int = 0

    @property
    def reportlab_name(self) -> str:
        """One registered name per file and face, e.g. ``CJK-simsun-0``."""
        return f"CJK-{self.path.stem.lower()}-{self.subfont_index}"


@dataclass(frozen=True)
class Fonts:
    """The ReportLab font names to use for each role of GB/T 9704's type hierarchy."""

    song: str  # 宋体: tables, forms
    fang: str  # 仿宋: body text of notices
    hei: str   # 黑体: titles and headings (方正小标宋 is not on an ordinary PC)
    kai: str   # 楷体: subtitles, second-level headings
    sources: dict[str, FontSource]


def windows_fonts_dir() -> Path | None:
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    return Path(windir) / "Fonts" if windir else None


def font_sources(fonts_dir: Path | None = None) -> dict[str, FontSource]:
    """Which file serves each role: the Windows font when present, else the shipped one."""
    fonts_dir = fonts_dir if fonts_dir is not None else windows_fonts_dir()
    fallback = FontSource(cjk_font_file(), 0)
    chosen: dict[str, FontSource] = {}
    for role, (file_name, index) in WINDOWS_FONTS.items():
        path = fonts_dir / file_name if fonts_dir else None
        chosen[role] = FontSource(path, index) if path is not None and path.is_file() else fallback
    return chosen


_lock = threading.Lock()
_fonts: Fonts | None = None


def _register(source: FontSource) -> str:
    name = source.reportlab_name
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(source.path), subfontIndex=source.subfont_index))
    return name


def fonts() -> Fonts:
    """Register the fonts on first use (thread-safe: batch printing runs in a worker)."""
    global _fonts
    with _lock:
        if _fonts is None:
            sources = font_sources()
            names = {}
            for role, source in sources.items():
                try:
                    names[role] = _register(source)
                except Exception:  # noqa: BLE001 - a damaged system font must not stop printing
                    sources[role] = FontSource(cjk_font_file(), 0)
                    names[role] = _register(sources[role])
            _fonts = Fonts(sources=sources, **names)
        return _fonts
