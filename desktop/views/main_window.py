"""The main window: navigation between the program's areas, menus, and the status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.services import regions as region_service
from desktop.services.database import display_url
from desktop.views.asset_editor import AssetEditor
from desktop.views.asset_register import AssetRegisterView
from desktop.views.context import AppContext
from desktop.views.dashboard_view import DashboardView


def _warnings_view(window: MainWindow) -> QWidget:
    from desktop.views.warnings_view import WarningsView

    view = WarningsView(window.ctx)
    view.open_requested.connect(window.open_asset)
    return view


def _view(module: str, cls: str) -> Callable[[MainWindow], QWidget]:
    """An area built the first time it is shown (its module imported then too), so start-up
    pays only for the overview and the register."""
    def build(window: MainWindow) -> QWidget:
        return getattr(importlib.import_module(module), cls)(window.ctx)  # type: ignore[no-any-return]
    return build


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.editor: AssetEditor | None = None
        self.setWindowTitle(self.tr("扶贫项目资产管理"))
        self.register = AssetRegisterView(ctx)
        self.register.open_requested.connect(self.open_asset)
        self.dashboard = DashboardView(ctx)
        self.dashboard.area_requested.connect(self.show_area)
        # An area appears here when it exists: no dead buttons. The key names it in settings,
        # in `screenshot VIEW` and in show_area(), so adding an area is one line here. An area
        # given as a builder is made when first shown.
        self.areas: list[tuple[str, str, QWidget | Callable[[MainWindow], QWidget]]] = [
            ("dashboard", self.tr("首页"), self.dashboard),
            ("assets", self.tr("资产台账"), self.register),
            ("income", self.tr("收益录入"), _view("desktop.views.income_grid", "IncomeGridView")),
            ("warnings", self.tr("自查预警"), _warnings_view),
            ("inspections", self.tr("验收管理"), _view("desktop.views.inspections_view", "InspectionsView")),
            ("households", self.tr("农户花名册"), _view("desktop.views.households_view", "HouseholdsView")),
            ("plans", self.tr("收益分配"), _view("desktop.views.plans_view", "PlansView")),
            ("regions", self.tr("区划管理"), _view("desktop.views.regions_view", "RegionsView")),
        ]
        self.nav = QListWidget()
        self.nav.setFixedWidth(130)
        self.nav.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        for _key, title, widget in self.areas:
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(120, 40))
            self.nav.addItem(item)
            self.stack.addWidget(widget if isinstance(widget, QWidget) else QWidget())
        self.nav.currentRowChanged.connect(self._show_area)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._menus()
        self.db_label, self.operator_label = QLabel(), QLabel()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.operator_label)
        self._update_status()
        self.show_area(ctx.settings.last_area)
        self.register.search.setFocus()  # a clerk can start typing a name at once
        if not ctx.settings.main_geometry.isEmpty():
            self.restoreGeometry(ctx.settings.main_geometry)
        else:
            self.resize(1280, 800)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.new_action = QAction(self.tr("新增资产(&N)"), self, shortcut=QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.open_asset(None))
        self.demo_action = QAction(self.tr("载入演示数据(&D)…"), self)
        self.demo_action.triggered.connect(self.offer_demo)
        self.batch_print_action = QAction(self.tr("批量打印(&P)…"), self)
        self.batch_print_action.triggered.connect(self.batch_print)
        quit_action = QAction(self.tr("退出(&X)"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for a in (self.new_action, self.demo_action, self.batch_print_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        for i, (_key, title, _w) in enumerate(self.areas):
            action = QAction(title, self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, row=i: self.nav.setCurrentRow(row))
            view_menu.addAction(action)
        settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        operator_action = QAction(self.tr("操作员姓名(&O)…"), self)
        operator_action.triggered.connect(self.change_operator)
        settings_menu.addAction(operator_action)
        rules_action = QAction(self.tr("自查预警设置(&W)…"), self)
        rules_action.triggered.connect(lambda: self.warnings.edit_settings())  # type: ignore[attr-defined]
        settings_menu.addAction(rules_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self._update_demo_action()
        self.ctx.changed.connect(lambda _k: self._update_demo_action())

    def _update_demo_action(self) -> None:
        with self.ctx.db.reader() as s:
            self.demo_action.setEnabled(region_service.is_empty(s))

    def _update_status(self) -> None:
        self.db_label.setText(self.tr("数据库：{db}").format(db=display_url(self.ctx.db.url)))
        self.operator_label.setText(self.tr("操作员：{name}").format(name=self.ctx.db.operator or "—"))

    def area_keys(self) -> list[str]:
        return [key for key, _t, _w in self.areas]

    def show_area(self, key: str) -> None:
        """Show the area named ``key`` (the first one when the key is unknown)."""
        keys = self.area_keys()
        self.nav.setCurrentRow(keys.index(key) if key in keys else 0)

    def area(self, key: str) -> QWidget:
        """The area's widget, made now if it has not been shown yet."""
        row = self.area_keys().index(key)
        key, title, widget = self.areas[row]
        if not isinstance(widget, QWidget):
            widget = widget(self)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.areas[row] = (key, title, widget)
        return widget

    @property
    def warnings(self) -> QWidget:
        return self.area("warnings")

    @property
    def regions(self) -> QWidget:
        return self.area("regions")

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentWidget(self.area(self.areas[row][0]))
        self.ctx.settings.last_area = self.areas[row][0]

    # -- actions -------------------------------------------------------------------------
    def open_asset(self, asset_id: int | None) -> AssetEditor:
        """Open the editor window-modal (not blocking, so tests and the event loop go on)."""
        editor = AssetEditor(self.ctx, asset_id, self)
        editor.accepted.connect(lambda: editor.saved_id and self.register.select_asset(editor.saved_id))
        editor.finished.connect(lambda _r: self._editor_closed(editor))
        editor.open()
        self.editor = editor
        return editor

    def batch_print(self) -> None:
        from desktop.views.batch_print import open_batch_print

        self.batch_dialog = open_batch_print(self, self.ctx)

    def _editor_closed(self, editor: AssetEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def offer_demo(self) -> None:
        sizes = [self.tr("小（3 个乡镇，40 项资产）"), self.tr("县级（12 个乡镇，800 项资产）")]
        choice, ok = QInputDialog.getItem(self, self.tr("载入演示数据"),
                                          self.tr("数据库是空的。载入一个虚构的演示县以便试用："), sizes, 1, False)
        if not ok:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.ctx.db.session() as s:
                from desktop.services import demo  # the generators load only when asked for

                demo.generate(s, "small" if choice == sizes[0] else "county", 1)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("载入演示数据"), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ctx.changed.emit("regions")

    def change_operator(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("操作员"), self.tr("您的姓名（记入操作日志）："),
                                        text=self.ctx.db.operator)
        if ok and name.strip():
            self.ctx.db.operator = name.strip()
            self.ctx.settings.operator = name.strip()
            self._update_status()

    def _about(self) -> None:
        text = self.tr("{app} {version}\n扶贫项目资产台账、确权登记与收益分配管理。")
        QMessageBox.about(self, self.tr("关于"), text.format(app=APP_NAME, version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.editor is not None and self.editor.isVisible() and not self.editor.close():
            event.ignore()
            return
        self.ctx.settings.main_geometry = self.saveGeometry()
        event.accept()
