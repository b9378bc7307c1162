"""Start-up: the QApplication, fonts and translations, the operator, the database.

Order matters for a fast, safe start: the schema check is one query (migration scripts
are loaded only when the stored revision differs), a database from a newer program is
refused before anything touches it, and a SQLite file is copied aside before upgrading.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop import APP_ID, APP_NAME, ORG_NAME
from desktop.paths import cjk_font_file, resources_dir
from desktop.services import regions, schema
from desktop.services.database import Database, one_line
from desktop.settings import Settings

CJK_FAMILY = "WenQuanYi Micro Hei"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    install_cjk_font(app)
    install_translations(app)
    return app


def install_cjk_font(app: QGuiApplication) -> str | None:
    """Register the shipped CJK font and put it behind the UI font as a fallback, when the
    system has no Chinese font of its own (a fresh Linux, CI). Returns the family used."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    family = CJK_FAMILY if CJK_FAMILY in families else families[0]
    font = QFont(app.font())
    font.setFamilies([app.font().family(), family])
    app.setFont(font)
    return family


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Chinese is the source language; another locale loads ``fupin_<lang>.qm`` if shipped.

    Qt's own texts (OK/Cancel, the context menus) follow the language the program ends up
    in: the locale's when a translation of the program exists, Simplified Chinese otherwise,
    so that a Chinese window never shows English buttons. Returns the translators installed.
    """
    locale = locale or QLocale.system()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    installed = []
    ours = QTranslator(app)
    if locale.language() != QLocale.Language.Chinese and ours.load(
            locale, "fupin", "_", str(resources_dir() / "translations")):
        installed.append(ours)
    else:
        locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", str(qt_folder)):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def ask_operator(settings: Settings) -> str | None:
    """The name written into the audit log; asked once, then kept in the settings."""
    if settings.operator:
        return str(settings.operator)
    while True:
        name, ok = QInputDialog.getText(None, APP_NAME, QApplication.translate(
            "app", "请输入您的姓名。\n每一次修改都会以此姓名记入操作日志。"))
        if not ok:
            return None
        if name.strip():
            settings.operator = name.strip()
            return name.strip()


def open_database(url: str, operator: str) -> Database | None:
    """Open and, if needed, upgrade the database; explain any refusal in a message box."""
    db = Database(url, operator=operator)
    try:
        if schema.needs_upgrade(db.engine):
            result = schema.upgrade(db.engine)
            if result.backup:
                QMessageBox.information(None, APP_NAME, QApplication.translate(
                    "app", "数据库已升级到新版本。\n升级前的副本保存在：{path}").format(path=result.backup))
    except schema.SchemaError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        db.dispose()
        return None
    except Exception as exc:  # noqa: BLE001 - a locked or unreachable database
        QMessageBox.critical(None, APP_NAME, QApplication.translate("app", "无法打开数据库：\n{url}\n\n{error}").format(
            url=url, error=one_line(exc)))
        db.dispose()
        return None
    return db


def run_gui(args: argparse.Namespace) -> int:
    from desktop.cli import database_url
    from desktop.views.context import AppContext
    from desktop.views.main_window import MainWindow

    app = create_application()
    settings = Settings()
    operator = args.operator or ask_operator(settings)
    if operator is None:
        return 0
    db = open_database(database_url(args), operator)
    if db is None:
        return 1
    window = MainWindow(AppContext(db, settings))
    window.show()
    with db.reader() as s:
        empty = regions.is_empty(s)
    if empty:  # offered once the window has painted and the event loop runs
        QTimer.singleShot(0, window.offer_demo)
    code = app.exec()
    db.dispose()
    return code


def _open_first_plan(window: Any) -> Any:
    """The plan editor on the list's first plan (a demo plan), as ``editor`` opens an asset."""
    plans_view = dict((k, w) for k, _t, w in window.areas)["plans"]
    window.show_area("plans")
    plan_id = plans_view.model.plan_id(0)
    if plan_id is None:
        raise ValueError("没有分配方案，请先生成方案草稿")
    editor = plans_view.open_plan(plan_id)
    editor.resize(1180, 760)
    return editor


def screenshot(db: Database, view: str, out: Path, size: tuple[int, int]) -> None:
    """Open ``view`` offscreen on ``db`` and save a picture of it (for README and checks)."""
    import os
    import tempfile

    from PySide6.QtCore import QSettings

    from desktop.views.context import AppContext
    from desktop.views.main_window import MainWindow

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application([sys.argv[0]])
    # A throwaway settings file, so a screenshot never depends on (or changes) a real profile.
    store = QSettings(str(Path(tempfile.mkdtemp()) / "screenshot.ini"), QSettings.Format.IniFormat)
    db.operator = db.operator or "截图"
    window = MainWindow(AppContext(db, Settings(store)))
    window.resize(*size)
    window.show()
    target = window
    if view in window.area_keys():
        window.show_area(view)
    elif view == "editor":
        row_id = window.register.model.asset_id(0)
        if row_id is None:
            raise ValueError("台账为空，没有可打开的资产")
        editor = window.open_asset(row_id)
        editor.resize(960, 680)
        target = editor
    elif view == "plan-editor":
        target = _open_first_plan(window)
    for _ in range(3):
        app.processEvents()
    if view == "dashboard":  # its warnings tile fills in from a worker thread
        import time

        deadline = time.monotonic() + 30
        while not window.dashboard.warnings_checked and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not target.grab().save(str(out)):
        raise OSError(f"无法保存截图：{out}")
    window.close()
