"""The register's table model: assets on the paged model every big list shares."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.domain.money import format_yuan
from desktop.domain.vocab import Category, Nature, Status
from desktop.services.register import AssetRow
from desktop.views.common import tr_label
from desktop.views.paged_table_model import BAD, WARN, PagedTableModel


def _capacity(r: AssetRow) -> str:
    if r.capacity is None:
        return ""
    return f"{r.capacity.normalize():f} {r.capacity_unit}"


class AssetTableModel(PagedTableModel[AssetRow]):
    # (sort key, header, text of a row); the header is translated in headerData.
    COLUMNS = (
        ("code", "资产编码", lambda r: r.code),
        ("name", "资产名称", lambda r: r.name),
        ("category", "类别", lambda r: tr_label(Category, r.category)),
        ("nature", "性质", lambda r: tr_label(Nature, r.nature)),
        ("township", "乡镇", lambda r: r.township),
        ("village", "所在村", lambda r: r.village),
        ("capacity", "规模", _capacity),
        ("original_value", "原值（元）", lambda r: format_yuan(r.original_value)),
        ("project_year", "项目年度", lambda r: str(r.project_year)),
        ("status", "状态", lambda r: tr_label(Status, r.status)),
        ("registered", "确权", lambda r: ""),
        ("operator", "经营主体", lambda r: r.operator),
    )
    RIGHT_KEYS = {"capacity", "original_value", "project_year"}

    def asset_id(self, row: int) -> int | None:
        return self.id_at(row)

    def display(self, key: str, row: AssetRow, column: int) -> str:
        if key == "registered":
            return self.tr("已确权") if row.registered else self.tr("待确权")
        return super().display(key, row, column)

    def foreground(self, key: str, row: AssetRow) -> QColor | None:
        if key == "registered" and not row.registered:
            return WARN
        if key == "status" and row.status in (Status.IDLE, Status.DAMAGED, Status.DISPOSED):
            return BAD
        return None

    def tooltip(self, key: str, row: AssetRow) -> str | None:
        return f"{row.code} {row.name}" if key == "name" else None
