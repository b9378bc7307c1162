"""Photos and scans attached to a record: thumbnails, add, open with the system viewer, remove.

Before the record exists (a new inspection or handover) files are held as pending and
written with the record in the same unit of work (``write_pending``), so nothing a clerk
attached is lost by saving; afterwards each add or remove is its own small unit of work.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem, ValidationError
from desktop.services import attachments
from desktop.views.common import show_problems
from desktop.views.context import AppContext

THUMB = 96
FILE_FILTER = "照片或扫描件 (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.pdf);;所有文件 (*)"


def thumbnail(data: bytes, mime: str, fallback: QIcon) -> QIcon:
    """A small picture of an image attachment, made by Qt from the stored bytes."""
    if mime.startswith("image/"):
        image = QImage.fromData(data)
        if not image.isNull():
            return QIcon(QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                        Qt.TransformationMode.SmoothTransformation)))
    return fallback


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, owner_kind: str, owner_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.owner_kind, self.owner_id = ctx, owner_kind, owner_id
        self.pending: list[tuple[str, bytes]] = []
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 40, THUMB + 40))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _i: self.open_current())
        self.add_button = QPushButton(self.tr("添加附件…"))
        self.open_button = QPushButton(self.tr("打开"))
        self.remove_button = QPushButton(self.tr("移除…"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, activated=self.remove_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.note = QLabel()
        self.note.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.refresh()

    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        infos = []
        if self.owner_id is not None:
            with self.ctx.db.reader() as s:
                infos = attachments.list_for(s, self.owner_kind, self.owner_id)
                for info in infos:
                    data = attachments.content(s, info.id)[1] if info.is_image else b""
                    self._add_item(info.file_name, f"{info.file_name}\n{info.size:,} 字节\nSHA-256 {info.sha256[:16]}…",
                                   thumbnail(data, info.mime, self._file_icon), info.id)
        for i, (name, data) in enumerate(self.pending):
            mime = attachments.guess_mime(name, data)
            self._add_item(name, self.tr("{name}（保存后写入）").format(name=name),
                           thumbnail(data, mime, self._file_icon), -1 - i)
        n = len(infos) + len(self.pending)
        self.note.setText(self.tr("共 {n} 个附件").format(n=n) + (
            self.tr("，{p} 个待保存").format(p=len(self.pending)) if self.pending else ""))
        self.open_button.setEnabled(n > 0)
        self.remove_button.setEnabled(n > 0)

    def _add_item(self, name: str, tip: str, icon: QIcon, key: int) -> None:
        item = QListWidgetItem(icon, name)
        item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.list.addItem(item)

    # -- actions -------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片或扫描件"), "", self.tr(FILE_FILTER))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Add each file; a refused one (too big, not a photo or PDF) is named, the rest go in."""
        problems: list[Problem] = []
        for path in paths:
            try:
                if self.owner_id is None:
                    self._check(path)
                    self.pending.append((path.name, path.read_bytes()))
                else:
                    with self.ctx.db.session() as s:
                        attachments.add_file(s, self.owner_kind, self.owner_id, path)
            except ValidationError as exc:
                problems += exc.problems
            except OSError as exc:
                problems.append(Problem("file", "无法读取“{name}”：{error}", {"name": path.name, "error": exc}))
        self.refresh()
        if paths:
            self.changed.emit()
        if problems:
            show_problems(self, self.tr("添加附件"), problems)

    def _check(self, path: Path) -> None:
        size = path.stat().st_size
        if size > attachments.MAX_BYTES:
            raise ValidationError([Problem("file", "附件“{name}”大小为 {size}，超过上限 {limit}，未添加。"
                                           "请压缩图片或分页扫描后再添加",
                                           {"name": path.name, "size": f"{size / 1048576:.1f} MB",
                                            "limit": f"{attachments.MAX_BYTES / 1048576:.1f} MB"})])
        with path.open("rb") as f:
            mime = attachments.guess_mime(path.name, f.read(16))
        if mime not in attachments.ALLOWED_TYPES:
            raise ValidationError([Problem("file", "附件“{name}”不是照片或 PDF 扫描件（{mime}），未添加",
                                           {"name": path.name, "mime": mime})])

    def write_pending(self, session: Session, owner_id: int) -> None:
        """Store the pending files for the record just saved, in the caller's unit of work."""
        for name, data in self.pending:
            attachments.add(session, self.owner_kind, owner_id, name, data)

    def saved(self, owner_id: int) -> None:
        self.pending = []
        self.set_owner(owner_id)

    def _current_key(self) -> int | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() == 1 else None)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def open_current(self) -> Path | None:
        """Write the exact bytes to a temporary file and hand it to the system's viewer."""
        key = self._current_key()
        if key is None:
            return None
        if key < 0:
            name, data = self.pending[-1 - key]
        else:
            with self.ctx.db.reader() as s:
                name, data = attachments.content(s, key)
        path = Path(tempfile.mkdtemp(prefix="fupin-")) / name
        path.write_bytes(data)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.tr("打开附件"),
                                    self.tr("没有可以打开此文件的程序。文件已保存在：\n{path}").format(path=path))
        return path

    def remove_current(self) -> None:
        key = self._current_key()
        item = self.list.currentItem()
        if key is None or item is None:
            return
        answer = QMessageBox.question(self, self.tr("移除附件"),
                                      self.tr("移除附件“{name}”？").format(name=item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if key < 0:
            del self.pending[-1 - key]
        else:
            with self.ctx.db.session() as s:
                attachments.remove(s, key)
        self.refresh()
        self.changed.emit()
