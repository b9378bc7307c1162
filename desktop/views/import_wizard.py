"""The import wizard: file → column mapping → preview with every problem → commit.

Reading, checking and saving run in a worker thread with progress and Cancel. Columns the
program does not recognise are mapped by the user, and the mapping is remembered (QSettings)
for the next file from the same source. Nothing is saved before the last page, and then
all rows or none.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.io import asset_import as asset_parser
from desktop.io import household_import as household_parser
from desktop.io.cells import display
from desktop.io.headers import clean_header, find_header
from desktop.io.sheets import ImportFileError
from desktop.services import importing
from desktop.services.database import one_line
from desktop.views.context import AppContext
from desktop.views.tasks import run_task

Index = QModelIndex | QPersistentModelIndex
KIND_TITLES = {"households": "农户花名册", "assets": "资产台账"}


def _fields(kind: str) -> list[Any]:
    return (household_parser if kind == "households" else asset_parser).FIELDS


class PreviewModel(QAbstractTableModel):
    """The file's rows as read, with their problems in a last column; filterable to rows with problems."""

    def __init__(self, run: importing.ImportRun, parent: Any = None) -> None:
        super().__init__(parent)
        header, sheet = run.parsed.header, run.parsed.sheet
        self.width = max((len(r) for r in sheet.rows[header.row:header.row + 50]), default=0)
        self.headers = [header.headers.get(j, "") for j in range(self.width)]
        self.rows = [(header.row + 2 + i, r) for i, r in enumerate(sheet.rows[header.row + 1:]) if any(r)]
        self.problems: dict[int, list[str]] = {}
        for p in run.problems:
            self.problems.setdefault(p.row, []).append((f"{p.column}：" if p.column else "") + p.message)
        self.visible = list(range(len(self.rows)))

    def show_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.visible = [i for i, (n, _) in enumerate(self.rows) if not only or n in self.problems]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.width + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.rows[self.visible[section]][0])  # the Excel row number
        return self.tr("问题") if section == 0 else self.headers[section - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n, cells = self.rows[self.visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column() - 1  # the problems come first, where the eye starts
            if col < 0:
                return "；".join(self.problems.get(n, []))
            return display(cells[col]) if col < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and n in self.problems:
            return "\n".join(self.problems[n])  # the whole text where the column cuts it
        if role == Qt.ItemDataRole.ForegroundRole and n in self.problems:
            return QBrush(QColor("#b91c1c"))
        return None


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("选择要导入的{what}文件").format(what=self.tr(KIND_TITLES[wizard.kind])))
        self.setSubTitle(self.tr("支持 .xlsx 和 .xls；标题行、合并表头、列的顺序和多余的列都可以。"
                                 "导入前会先预览每一处问题，确认后才保存，且全部成功或全部不保存。"))
        self.path = QLineEdit()
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        template = QPushButton(self.tr("保存空白模板…"))
        template.clicked.connect(self._template)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("文件：")))
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(QLabel(self.tr("没有现成的表？可以先保存一个空白模板，填好后再导入：")))
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择文件"), self.w.ctx.settings.store.value(
            "import/last_folder", ""), self.tr("Excel 工作簿 (*.xlsx *.xls *.xlsm *.ods)"))
        if path:
            self.path.setText(path)
            self.w.ctx.settings.store.setValue("import/last_folder", str(Path(path).parent))

    def _template(self) -> None:
        from desktop.services import asset_export, household_export

        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存空白模板"), self.tr("{what}模板.xlsx").format(
            what=self.tr(KIND_TITLES[self.w.kind])), self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            (household_export if self.w.kind == "households" else asset_export).write_template(path)

    def isComplete(self) -> bool:  # noqa: N802
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802
        self.w.read_file(self.path.text().strip())
        return False  # the wizard moves on when the worker has read the file


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("核对列的对应关系"))
        self.setSubTitle(self.tr("程序按列名识别了下面的列。未识别的列请选择它对应的内容，或选“不导入”；"
                                 "您的选择会被记住。"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("文件中的列"), self.tr("示例"), self.tr("导入为")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b91c1c;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:  # noqa: N802
        run = self.w.run
        assert run is not None
        header, rows = run.parsed.header, run.parsed.sheet.rows
        specs = _fields(self.w.kind)
        by_col = {col: key for key, col in header.columns.items()}
        sample = rows[header.row + 1] if header.row + 1 < len(rows) else []
        self.table.setRowCount(0)
        self.combos: list[tuple[str, QComboBox]] = []
        for j, text in sorted(header.headers.items()):
            r = self.table.rowCount()
            self.table.insertRow(r)
            self.table.setItem(r, 0, QTableWidgetItem(text))
            self.table.setItem(r, 1, QTableWidgetItem(display(sample[j]) if j < len(sample) else ""))
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), "")
            for spec in specs:
                combo.addItem(spec.label + (self.tr("（必填）") if spec.required else ""), spec.key)
            combo.setCurrentIndex(max(combo.findData(by_col.get(j, "")), 0))
            if j in header.unknown:
                self.table.item(r, 0).setForeground(QBrush(QColor("#b45309")))
                self.table.item(r, 0).setToolTip(self.tr("未识别的列"))
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.table.setCellWidget(r, 2, combo)
            self.combos.append((text, combo))
        self.completeChanged.emit()

    def mapping(self) -> dict[str, str]:
        return {clean_header(text)[0]: combo.currentData() or "" for text, combo in self.combos}

    def _missing(self) -> list[str]:
        chosen = set(self.mapping().values())
        return [s.label for s in _fields(self.w.kind) if s.required and s.key not in chosen]

    def isComplete(self) -> bool:  # noqa: N802
        missing = self._missing()
        self.missing.setText(self.tr("还缺少必填的列：{cols}").format(cols="、".join(missing)) if missing else "")
        return not missing

    def validatePage(self) -> bool:  # noqa: N802
        self.w.remember(self.mapping())
        self.w.preview(self.mapping())
        return False


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("预览"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("只显示有问题的行"))
        self.save_report = QPushButton(self.tr("保存错误报告…"))
        self.save_report.clicked.connect(self._save_report)
        self.table = QTableView()
        self.table.setAlternatingRowColors(True)
        self.changes = QPlainTextEdit(readOnly=True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("文件内容与问题"))
        self.tabs.addTab(self.changes, self.tr("将要发生的变化"))
        row = QHBoxLayout()
        row.addWidget(self.only_problems)
        row.addStretch(1)
        row.addWidget(self.save_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)

    def initializePage(self) -> None:  # noqa: N802
        run = self.w.run
        assert run is not None
        self.model = PreviewModel(run, self)
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 320 if run.problems else 60)
        self.only_problems.toggled.connect(self.model.show_only_problems)
        self.only_problems.setChecked(bool(run.problems))
        self.model.show_only_problems(bool(run.problems))
        s = run.summary()
        counts = (self.tr("{h} 户、{m} 人").format(h=s["households"], m=s["members"]) if self.w.kind == "households"
                  else self.tr("{n} 项资产").format(n=s["assets"]))
        text = self.tr("文件中共 {counts}：新增 {new}，有变化 {changed}，无变化 {unchanged}。").format(
            counts=counts, new=s.get("new", 0), changed=s.get("changed", 0), unchanged=s.get("unchanged", 0))
        if s.get("regions_created"):
            text += self.tr("将新建区划：{names}。").format(names="、".join(s["regions_created"]))
        if run.problems:
            text += self.tr("<br><b style='color:#b91c1c'>有 {n} 处问题（{rows} 行），须改正后重新导入；"
                            "可保存错误报告，在其中改正。</b>").format(n=len(run.problems),
                                                                    rows=len(self.model.problems))
            self.setSubTitle(self.tr("有问题的行不能导入，也不会只导入一部分。"))
        else:
            self.setSubTitle(self.tr("没有发现问题。点“导入”保存全部数据。"))
        self.summary.setText(text)
        self.save_report.setEnabled(bool(run.problems))
        lines = [f"{code}：{'；'.join(items)}" for code, items in s.get("changes", {}).items()]
        self.changes.setPlainText("\n".join(lines) or self.tr("（已有记录无变化）"))
        self.tabs.setTabText(1, self.tr("将要发生的变化（{n}）").format(n=len(lines)))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("导入"))

    def _save_report(self) -> None:
        run = self.w.run
        assert run is not None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存错误报告"), str(run.path.with_name(
            run.path.stem + "-错误报告.xlsx")), self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            importing.write_errors(run, path)
            QMessageBox.information(self, self.tr("错误报告"), self.tr("已保存：{path}").format(path=path))

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.run is not None and not self.w.run.problems

    def validatePage(self) -> bool:  # noqa: N802
        self.w.commit()
        return False


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("导入完成"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.result)


class ImportWizard(QWizard):
    FILE, MAPPING, PREVIEW, DONE = range(4)

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.run: importing.ImportRun | None = None
        self.worker: Any = None
        self.setWindowTitle(self.tr("导入{what}").format(what=self.tr(KIND_TITLES[kind])))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(980, 660)
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.preview_page, self.done_page = PreviewPage(self), DonePage(self)
        for i, page in enumerate((self.file_page, self.mapping_page, self.preview_page, self.done_page)):
            self.setPage(i, page)
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("下一步 >")),
                             (QWizard.WizardButton.BackButton, self.tr("< 上一步")),
                             (QWizard.WizardButton.CancelButton, self.tr("取消")),
                             (QWizard.WizardButton.FinishButton, self.tr("完成"))):
            self.setButtonText(button, text)

    # -- memory of mappings ----------------------------------------------------------------
    def saved_mapping(self) -> dict[str, str]:
        raw = self.ctx.settings.store.value(f"import/mapping_{self.kind}", "")
        try:
            value = json.loads(raw) if raw else {}
        except (TypeError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    def remember(self, mapping: dict[str, str]) -> None:
        """Keep the user's choices for columns the program did not know by itself."""
        assert self.run is not None
        header = self.run.parsed.header
        unknown = {clean_header(header.headers[j])[0] for j in header.unknown}
        saved = self.saved_mapping()
        saved.update({name: key for name, key in mapping.items() if name in unknown})
        self.ctx.settings.store.setValue(f"import/mapping_{self.kind}", json.dumps(saved, ensure_ascii=False))

    # -- steps in the worker -----------------------------------------------------------------
    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, importing.Cancelled):
            return
        message = str(exc) if isinstance(exc, ImportFileError | LookupError | ValueError) else one_line(exc)
        QMessageBox.warning(self, self.windowTitle(), message)

    def read_file(self, path: str) -> None:
        mapping = self.saved_mapping()

        def work(progress: Any) -> importing.ImportRun:
            return importing.parse(self.kind, path, mapping, progress)

        def done(run: importing.ImportRun) -> None:
            self.run = run
            self.next_page()

        self.worker = run_task(self, self.tr("正在读取文件…"), work, done, self._fail)

    def next_page(self) -> None:
        """Move on once a worker has finished (validatePage returned False to wait for it)."""
        page = self.currentPage()
        page.validatePage = lambda: True  # type: ignore[method-assign]
        try:
            self.next()
        finally:
            del page.validatePage

    def preview(self, mapping: dict[str, str]) -> None:
        assert self.run is not None
        first = self.run
        same = find_header(first.parsed.sheet.rows, _fields(self.kind), mapping).columns == first.parsed.header.columns

        def work(progress: Any) -> importing.ImportRun:
            # The file is not read twice; it is checked again only when the mapping changed.
            run = first if same else importing.parse(self.kind, first.path, mapping, progress, first.parsed.sheet)
            return importing.preview(self.ctx.db, run)

        def done(run: importing.ImportRun) -> None:
            self.run = run
            self.next_page()

        self.worker = run_task(self, self.tr("正在检查每一行…"), work, done, self._fail)

    def commit(self) -> None:
        assert self.run is not None
        run = self.run

        def work(progress: Any) -> importing.ImportRun:
            return importing.commit(self.ctx.db, run, progress)

        def done(result: importing.ImportRun) -> None:
            if not result.saved:  # the database changed since the preview
                self.preview_page.initializePage()
                self.preview_page.completeChanged.emit()
                QMessageBox.warning(self, self.windowTitle(),
                                    self.tr("数据库已有变化，重新检查发现问题，未保存任何数据。"))
                return
            s = result.summary()
            text = self.tr("已导入：新增 {new}，更新 {changed}，无变化 {unchanged}。{regions}")
            self.done_page.result.setText(text.format(
                new=s.get("new", 0), changed=s.get("changed", 0), unchanged=s.get("unchanged", 0),
                regions="\n" + "\n".join(s["regions_created"]) if s.get("regions_created") else ""))
            self.ctx.changed.emit("regions" if s.get("regions_created") else self.kind)
            self.next_page()

        self.worker = run_task(self, self.tr("正在保存…"), work, done, self._fail)


def run_export(parent: QWidget, ctx: AppContext, kind: str, path: str) -> None:
    """Export in a worker with progress and Cancel; a cancelled export leaves no file behind."""
    from desktop.services import asset_export, household_export

    module = household_export if kind == "households" else asset_export

    def work(progress: Any) -> int:
        with ctx.db.reader() as s:
            return int(module.export(s, path, lambda n: progress(n, 0)))

    def done(n: int) -> None:
        QMessageBox.information(parent, parent.tr("导出"), parent.tr("已导出 {n} 行：{path}").format(n=n, path=path))

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, importing.Cancelled):
            QMessageBox.warning(parent, parent.tr("导出"), one_line(exc))

    parent.export_worker = run_task(parent, parent.tr("正在导出…"), work, done, failed)  # type: ignore[attr-defined]
