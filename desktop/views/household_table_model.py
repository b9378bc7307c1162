"""The roster's table model: households on the shared paged model.

ID numbers, accounts and phones are masked here (the full values appear only in the editor).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.domain.households import HouseholdCategory, MonitorKind
from desktop.domain.masking import mask_account, mask_id, mask_phone
from desktop.services.roster import SORT_KEYS, HouseholdRow
from desktop.views.common import tr_label
from desktop.views.paged_table_model import WARN, PagedTableModel


def _category(r: HouseholdRow) -> str:
    text = tr_label(HouseholdCategory, r.category)
    return f"{text}（{tr_label(MonitorKind, r.monitor_kind)}）" if r.monitor_kind else text


class HouseholdTableModel(PagedTableModel[HouseholdRow]):
    COLUMNS = (
        ("code", "户编号", lambda r: r.code),
        ("head_name", "户主", lambda r: r.head_name),
        ("head_id", "户主身份证号", lambda r: mask_id(r.head_id)),
        ("township", "乡镇", lambda r: r.township),
        ("village", "村", lambda r: r.village),
        ("category", "户类别", _category),
        ("members", "人口", lambda r: str(r.members)),
        ("enjoys", "享受政策", lambda r: ""),
        ("phone", "联系电话", lambda r: mask_phone(r.phone)),
        ("account", "银行账号", lambda r: mask_account(r.account)),
    )
    RIGHT_KEYS = {"members"}
    SORT_KEYS = SORT_KEYS

    def household_id(self, row: int) -> int | None:
        return self.id_at(row)

    def display(self, key: str, row: HouseholdRow, column: int) -> str:
        if key == "enjoys":
            return self.tr("是") if row.enjoys else self.tr("否")
        return super().display(key, row, column)

    def foreground(self, key: str, row: HouseholdRow) -> QColor | None:
        return WARN if key == "enjoys" and not row.enjoys else None
