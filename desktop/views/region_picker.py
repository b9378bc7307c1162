"""The township and village filter pair that the register, the roster and other lists share.

The village list narrows to the chosen township; a reload (after regions were added or
renamed) keeps what was chosen. Filling happens with signals blocked, so the owning view
decides when to search again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop.domain.vocab import RegionLevel
from desktop.services import regions as region_service
from desktop.services.database import Database
from desktop.services.regions import RegionInfo


class RegionPicker:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.township, self.village = QComboBox(), QComboBox()
        self.townships: list[RegionInfo] = []
        self._villages: list[RegionInfo] = []

    def load(self) -> None:
        with self.db.reader() as s:
            self.townships = region_service.regions_at(s, RegionLevel.TOWNSHIP)
            self._villages = region_service.regions_at(s, RegionLevel.VILLAGE)
        refill_combo(self.township, QCoreApplication.translate("RegionPicker", "全部乡镇"),
                [(t.name, t.id) for t in self.townships])
        self.fill_villages()

    def fill_villages(self) -> None:
        tid = self.township.currentData()
        refill_combo(self.village, QCoreApplication.translate("RegionPicker", "全部村"),
                [(v.name, v.id) for v in self._villages if tid is None or v.parent_id == tid])


def refill_combo(combo: QComboBox, everything: str, items: list[tuple[str, int]]) -> None:
    """Replace a filter combo's choices, keeping the current one when it is still there,
    without emitting change signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for name, region_id in items:
        combo.addItem(name, region_id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
