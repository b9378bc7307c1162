"""Regions (区划管理): the county's townships and villages with their division codes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import ValidationError
from desktop.domain.regions import validate_region
from desktop.domain.vocab import RegionLevel
from desktop.services import regions as region_service
from desktop.services.regions import RegionInfo
from desktop.views.common import problem_text, tr_label
from desktop.views.context import AppContext
from desktop.views.ownership_dialogs import problems_label


class RegionDialog(QDialog):
    """Name and code of a new or renamed region, checked as typed."""

    def __init__(self, title: str, level: str, parent_code: str | None, name: str = "", code: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level, self.parent_code = level, parent_code
        self.setWindowTitle(title)
        self.name = QLineEdit(name)
        self.code = QLineEdit(code or (parent_code or "")[: {RegionLevel.TOWNSHIP: 6, RegionLevel.VILLAGE: 9}
                                                           .get(RegionLevel(level), 0)])
        self.code.setMaxLength(12)
        self.code.setPlaceholderText(self.tr("12 位数字"))
        form = QFormLayout()
        form.addRow(self.tr("名称*"), self.name)
        form.addRow(self.tr("区划代码*"), self.code)
        self.problems = problems_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._validate)
        self.code.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        problems = validate_region(self.level, self.name.text(), self.code.text(), self.parent_code)
        self.problems.setText("\n".join(problem_text(p) for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)


class RegionsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("名称"), self.tr("区划代码"), self.tr("级别")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 160)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_child = QPushButton()
        self.add_child.clicked.connect(self.add_under_current)
        self.add_county = QPushButton(self.tr("添加县"))
        self.add_county.clicked.connect(lambda: self._add(None))
        self.edit = QPushButton(self.tr("修改名称或代码…"))
        self.edit.clicked.connect(self.edit_current)
        self.message = QLabel()
        buttons = QHBoxLayout()
        for b in (self.add_county, self.add_child, self.edit):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        ctx.changed.connect(lambda kind: self.reload() if kind == "regions" else None)
        self.reload()

    def reload(self) -> None:
        current = self.current_region()
        with self.ctx.db.reader() as s:
            regions = region_service.all_regions(s)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for r in regions:  # ordered by code: parents come before their children
            item = QTreeWidgetItem([r.name, r.code, tr_label(RegionLevel, r.level)])
            item.setData(0, Qt.ItemDataRole.UserRole, r)
            parent = items.get(r.parent_id) if r.parent_id else None
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[r.id] = item
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setExpanded(True)
        if current and current.id in items:
            self.tree.setCurrentItem(items[current.id])
        self.add_county.setVisible(self.tree.topLevelItemCount() == 0)
        self._update_buttons()

    def current_region(self) -> RegionInfo | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        r = self.current_region()
        self.edit.setEnabled(r is not None)
        self.add_child.setEnabled(r is not None and r.level != RegionLevel.VILLAGE)
        label = {RegionLevel.COUNTY: self.tr("添加乡镇…"), RegionLevel.TOWNSHIP: self.tr("添加村…")}
        self.add_child.setText(label.get(RegionLevel(r.level), self.tr("添加下级…")) if r else self.tr("添加下级…"))

    def add_under_current(self) -> None:
        r = self.current_region()
        if r is not None:
            self._add(r)

    def _add(self, parent: RegionInfo | None) -> None:
        level = {None: RegionLevel.COUNTY, RegionLevel.COUNTY: RegionLevel.TOWNSHIP,
                 RegionLevel.TOWNSHIP: RegionLevel.VILLAGE}[RegionLevel(parent.level) if parent else None]
        dialog = RegionDialog(self.tr("添加{level}").format(level=tr_label(RegionLevel, level)), level,
                              parent.code if parent else None, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._apply(lambda s: region_service.add_region(s, dialog.name.text(), dialog.code.text(),
                                                            parent.id if parent else None))

    def edit_current(self) -> None:
        r = self.current_region()
        if r is None:
            return
        parent_item = self.tree.currentItem().parent()
        parent_code = parent_item.data(0, Qt.ItemDataRole.UserRole).code if parent_item else None
        dialog = RegionDialog(self.tr("修改区划"), r.level, parent_code, r.name, r.code, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._apply(lambda s: region_service.rename_region(s, r.id, dialog.name.text(), dialog.code.text()))

    def _apply(self, change) -> None:  # type: ignore[no-untyped-def]
        try:
            with self.ctx.db.session() as s:
                info = change(s)
        except ValidationError as exc:
            self.message.setText("；".join(problem_text(p) for p in exc.problems))
            self.message.setStyleSheet("color: #b91c1c;")
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("已保存：{name}（{code}）").format(name=info.name, code=info.code))
        self.ctx.changed.emit("regions")
