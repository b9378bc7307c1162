"""Start-up pieces: the shipped CJK font, translations, and the screenshot command."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontDatabase

from desktop.app import install_translations
from desktop.paths import cjk_font_file


def test_shipped_font_is_a_chinese_truetype_font_with_its_licence(qapp) -> None:  # type: ignore[no-untyped-def]
    path = cjk_font_file()
    assert path.stat().st_size > 4_000_000
    assert (path.parent / "wqy-microhei.LICENSE-Apache-2.0.txt").exists()
    font_id = QFontDatabase.addApplicationFont(str(path))
    assert font_id >= 0
    families = QFontDatabase.applicationFontFamilies(font_id)
    assert "WenQuanYi Micro Hei" in families
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems("WenQuanYi Micro Hei")


def _with_translations(qapp, locale: QLocale, context: str, text: str) -> str:  # type: ignore[no-untyped-def]
    installed = install_translations(qapp, locale)
    try:
        return QCoreApplication.translate(context, text)
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_english_locale_gets_the_english_interface(qapp) -> None:  # type: ignore[no-untyped-def]
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert _with_translations(qapp, english, "vocab", "光伏电站") == "PV plant"
    assert QCoreApplication.translate("vocab", "光伏电站") == "光伏电站"  # removed again


def test_untranslated_locale_keeps_qt_buttons_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert _with_translations(qapp, german, "QPlatformTheme", "Cancel") == "取消"
    assert _with_translations(qapp, german, "vocab", "光伏电站") == "光伏电站"


def test_screenshot_command_writes_a_picture_of_the_register(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "assets.png"
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", demo_db.url, "screenshot", "assets", str(out),
                           "--size", "1000x600"], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 600)
    colours = {image.pixel(x, y) for x in range(0, 1000, 25) for y in range(0, 600, 25)}
    assert len(colours) > 5  # a drawn window, not a blank canvas


def test_operator_name_reaches_disk_at_once(tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Asked once at first start, the name must survive even if the program is killed."""
    from PySide6.QtCore import QSettings

    from desktop.settings import Settings

    path = tmp_path / "s.ini"
    Settings(QSettings(str(path), QSettings.Format.IniFormat)).operator = "李会计"
    # Read back through a fresh store from the file (an ini group named "general" would be
    # written as [%General] and then not be found again on a case-sensitive reader).
    assert "operator" in path.read_text(encoding="utf-8")
    assert Settings(QSettings(str(path), QSettings.Format.IniFormat)).operator == "李会计"
