"""The county's policy presets (政策预设): rules as data, edited by the county office.

One preset at a time: name, required minimum (and maximum) share per channel, banned uses
(a name and its key words), aid weights per labour class and the extra weights, the aid
basis, minimum and cap, whether a retained part is allowed, the notice days, rounding and
where the remainder goes, the supervision phone and unit the public notice prints; one
preset is the default for new drafts. Saving validates the whole preset
(``validate_preset``) and saves all of it or nothing.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.distribution import (
    CHANNEL_ORDER,
    REMAINDER_TARGETS,
    AidBasis,
    AidWeights,
    BannedUse,
    ChannelKind,
    LabourCapacity,
    Preset,
    Rounding,
    normal_phone,
)
from desktop.domain.problems import ValidationError
from desktop.services import plan_presets
from desktop.views.common import fill_combo, problem_text, select_data
from desktop.views.widgets import AmountField, mark_invalid


def _fmt(d: Decimal | None) -> str:
    return "" if d is None else format(d.normalize(), "f")


class PresetDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("政策预设（县级分配规则）"))
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(self._show)
        self.name = QLineEdit()
        self.is_default = QCheckBox(self.tr("新方案默认使用此预设"))
        self.min_share: dict[ChannelKind, AmountField] = {}
        self.max_share: dict[ChannelKind, AmountField] = {}
        shares = QGridLayout()
        shares.addWidget(QLabel(self.tr("渠道")), 0, 0)
        shares.addWidget(QLabel(self.tr("最低比例 %")), 0, 1)
        shares.addWidget(QLabel(self.tr("最高比例 %")), 0, 2)
        for i, kind in enumerate(CHANNEL_ORDER, start=1):
            self.min_share[kind], self.max_share[kind] = AmountField(self.tr("不限")), AmountField(self.tr("不限"))
            shares.addWidget(QLabel(kind.label), i, 0)
            shares.addWidget(self.min_share[kind], i, 1)
            shares.addWidget(self.max_share[kind], i, 2)
        self.weights: dict[LabourCapacity, AmountField] = {c: AmountField() for c in LabourCapacity}
        self.disability, self.illness, self.student = AmountField(), AmountField(), AmountField()
        weights = QFormLayout()
        for c, f in self.weights.items():
            weights.addRow(self.tr("{c}权重").format(c=c.label), f)
        weights.addRow(self.tr("残疾加权"), self.disability)
        weights.addRow(self.tr("慢性病加权"), self.illness)
        weights.addRow(self.tr("在校生加权"), self.student)
        self.aid_basis = QComboBox()
        fill_combo(self.aid_basis, AidBasis)
        self.aid_minimum, self.aid_cap = AmountField(self.tr("不设")), AmountField(self.tr("不设"))
        self.retained_allowed = QCheckBox(self.tr("允许村集体留存"))
        self.notice_days = QSpinBox(minimum=1, maximum=90)
        self.rounding = QComboBox()
        fill_combo(self.rounding, Rounding)
        self.remainder_to = QComboBox()
        for k in REMAINDER_TARGETS:
            self.remainder_to.addItem(k.label, k.value)
        self.reserve = AmountField(self.tr("不提取"))
        self.supervision_phone = QLineEdit()
        self.supervision_phone.setPlaceholderText(self.tr("如 0530-8123456 或 12388；不填则公示上留空手写"))
        self.supervision_unit = QLineEdit()
        self.supervision_unit.setPlaceholderText(self.tr("如 城关镇纪委；不填则印乡镇人民政府"))
        self.bans = QPlainTextEdit()
        self.bans.setPlaceholderText(self.tr("每行一项：用途名称：关键词1、关键词2"))
        self.bans.setMaximumHeight(90)

        general = QFormLayout()
        general.addRow(self.tr("预设"), self.choice)
        general.addRow(self.tr("名称"), self.name)
        general.addRow("", self.is_default)
        general.addRow(self.tr("救助方式"), self.aid_basis)
        bounds = QHBoxLayout()
        bounds.addWidget(self.aid_minimum)
        bounds.addWidget(self.aid_cap)
        general.addRow(self.tr("每户保底 / 封顶（元）"), bounds)
        general.addRow(self.tr("维修管护储备 %"), self.reserve)
        general.addRow("", self.retained_allowed)
        general.addRow(self.tr("公示天数"), self.notice_days)
        general.addRow(self.tr("取整"), self.rounding)
        general.addRow(self.tr("取整尾差计入"), self.remainder_to)
        general.addRow(self.tr("监督电话"), self.supervision_phone)
        general.addRow(self.tr("监督单位"), self.supervision_unit)
        general.addRow(self.tr("禁止用途"), self.bans)
        share_box, weight_box = QGroupBox(self.tr("渠道比例要求")), QGroupBox(self.tr("救助权重"))
        share_box.setLayout(shares)
        weight_box.setLayout(weights)
        right = QVBoxLayout()
        right.addWidget(share_box)
        right.addWidget(weight_box)
        columns = QHBoxLayout()
        columns.addLayout(general, 3)
        columns.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self._reload()

    def _reload(self, select: int | None = None) -> None:
        with self.ctx.db.session() as s:
            self.presets = plan_presets.list_presets(s)
        self.choice.blockSignals(True)
        self.choice.clear()
        for pid, p, default in self.presets:
            self.choice.addItem(p.name + (self.tr("（默认）") if default else ""), pid)
        self.choice.blockSignals(False)
        select_data(self.choice, select if select is not None else next(
            (pid for pid, _p, d in self.presets if d), None))
        self._show()

    def current(self) -> tuple[int, Preset, bool]:
        return self.presets[max(self.choice.currentIndex(), 0)]

    def _show(self) -> None:
        if not self.presets:
            return
        _pid, p, default = self.current()
        self.name.setText(p.name)
        self.is_default.setChecked(default)
        for kind in CHANNEL_ORDER:
            self.min_share[kind].setText(_fmt(p.min_shares.get(kind)))
            self.max_share[kind].setText(_fmt(p.max_shares.get(kind)))
        for c, f in self.weights.items():
            f.setText(_fmt(p.aid_weights.labour.get(c, Decimal(0))))
        self.disability.setText(_fmt(p.aid_weights.disability))
        self.illness.setText(_fmt(p.aid_weights.chronic_illness))
        self.student.setText(_fmt(p.aid_weights.student))
        select_data(self.aid_basis, p.aid_basis.value)
        self.aid_minimum.setText(_fmt(p.aid_minimum))
        self.aid_cap.setText(_fmt(p.aid_cap))
        self.reserve.setText(_fmt(p.reserve_percent))
        self.retained_allowed.setChecked(p.retained_allowed)
        self.notice_days.setValue(p.notice_days)
        select_data(self.rounding, p.rounding.value)
        select_data(self.remainder_to, p.remainder_to.value)
        self.supervision_phone.setText(p.supervision_phone)
        self.supervision_unit.setText(p.supervision_unit)
        self._mark(None)
        self.bans.setPlainText("\n".join(f"{b.label}：{'、'.join(b.keywords)}" for b in p.banned_uses))

    def _number(self, field: QLineEdit, what: str, optional: bool = True) -> Decimal | None:
        text = field.text().strip()
        if not text and optional:
            return None
        try:
            value = Decimal(text)
            if not value.is_finite():
                raise InvalidOperation
            return value
        except InvalidOperation:
            raise ValueError(self.tr("{what}：不是有效数值“{text}”").format(what=what, text=text)) from None

    def edited_preset(self) -> Preset:
        _pid, p, _d = self.current()
        num = self._number
        mins = {k: v for k in CHANNEL_ORDER if (v := num(self.min_share[k], f"{k.label}最低比例")) is not None}
        maxs = {k: v for k in CHANNEL_ORDER if (v := num(self.max_share[k], f"{k.label}最高比例")) is not None}
        weights = AidWeights({c: num(f, f"{c.label}权重", False) or Decimal(0) for c, f in self.weights.items()},
                             disability=num(self.disability, "残疾加权", False) or Decimal(0),
                             chronic_illness=num(self.illness, "慢性病加权", False) or Decimal(0),
                             student=num(self.student, "在校生加权", False) or Decimal(0),
                             category=p.aid_weights.category)
        bans = []
        for line in self.bans.toPlainText().splitlines():
            if not line.strip():
                continue
            label, _sep, words = line.replace(":", "：").partition("：")
            bans.append(BannedUse(label.strip(), tuple(w.strip() for w in words.replace(",", "、").replace("，", "、")
                                                      .split("、") if w.strip())))
        return replace(p, name=self.name.text().strip(), min_shares=mins, max_shares=maxs, banned_uses=tuple(bans),
                       aid_basis=AidBasis(self.aid_basis.currentData()), aid_weights=weights,
                       aid_minimum=num(self.aid_minimum, "每户保底"), aid_cap=num(self.aid_cap, "每户封顶"),
                       retained_allowed=self.retained_allowed.isChecked(), notice_days=self.notice_days.value(),
                       rounding=Rounding(self.rounding.currentData()),
                       remainder_to=ChannelKind(self.remainder_to.currentData()),
                       reserve_percent=num(self.reserve, "维修管护储备比例"),
                       supervision_phone=normal_phone(self.supervision_phone.text()),
                       supervision_unit=self.supervision_unit.text().strip())

    def _mark(self, error: ValidationError | None) -> None:
        """Frame the supervision fields the save refused and put the cursor in the first."""
        by_field = {p.field: problem_text(p) for p in (error.problems if error else [])}
        first = None
        fields = (("supervision_phone", self.supervision_phone), ("supervision_unit", self.supervision_unit))
        for name, widget in fields:
            mark_invalid(widget, name in by_field, by_field.get(name, ""))
            if name in by_field and first is None:
                first = widget
        if first is not None:
            first.setFocus()

    def save(self) -> bool:
        pid, _p, _d = self.current()
        try:
            preset = self.edited_preset()
            with self.ctx.db.session() as s:
                plan_presets.save_preset(s, preset, make_default=self.is_default.isChecked(), preset_id=pid)
        except ValidationError as e:
            self._mark(e)
            QMessageBox.warning(self, self.tr("政策预设"), "\n".join(problem_text(p) for p in e.problems))
            return False
        except ValueError as e:
            QMessageBox.warning(self, self.tr("政策预设"), str(e))
            return False
        self.ctx.changed.emit("presets")
        self._reload(pid)
        return True
