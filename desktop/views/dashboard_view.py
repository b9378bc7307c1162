"""The overview (首页): tiles a clerk reads at a glance and charts drawn with QtCharts.

Everything shown comes from one ``dashboard()`` call (aggregate queries). Bars take
``float`` heights because that is what QtCharts draws with; the figures a person reads
(tiles, labels, tooltips) are formatted from the exact Decimals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.money import format_yuan
from desktop.domain.vocab import Category, RegionLevel
from desktop.domain.warnings import SelfCheckWarning, WarningKind
from desktop.services import regions as region_service
from desktop.services.dashboard import Dashboard, RankedAsset, dashboard, warning_counts
from desktop.services.income import years_with_income
from desktop.services.warnings import compute_warnings
from desktop.views.common import tr_label
from desktop.views.context import AppContext
from desktop.views.tasks import Worker

WAN = Decimal(10000)
_BLUE, _GREEN, _ORANGE, _RED = QColor("#2563eb"), QColor("#16a34a"), QColor("#ea580c"), QColor("#dc2626")


def _wan(amount: Decimal) -> float:
    """Yuan → whole 万元 as a bar height (drawing only; never stored or summed)."""
    return float((amount / WAN).quantize(Decimal(1)))


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Tile { background: #ffffff; border: 1px solid #cbd5e1; border-radius: 6px; }")
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #475569;")
        self.value = QLabel()
        font = QFont(self.value.font())
        font.setPointSize(font.pointSize() + 7)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #64748b;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(150)
    return chart, view


class DashboardView(QWidget):
    """Emits ``area_requested(key)`` when a tile asks to show another area (the warnings)."""

    area_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Dashboard | None = None
        self._stale = True
        self._warnings: list[SelfCheckWarning] | None = None  # the county's, until data changes
        self._checker: Worker | None = None
        self._generation = 0
        self._build()
        ctx.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.township = QComboBox()
        self.township.addItem(self.tr("全县"), None)
        self.year = QComboBox()
        self.township.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("范围")))
        top.addWidget(self.township)
        top.addWidget(QLabel(self.tr("收益年度")))
        top.addWidget(self.year)
        self.tile_assets = Tile(self.tr("在册资产"))
        self.tile_registered = Tile(self.tr("确权登记"))
        self.tile_net = Tile(self.tr("净收益"))
        self.tile_rate = Tile(self.tr("平均收益率"))
        self.tile_warnings = Tile(self.tr("自查预警"))
        self.tile_warnings.setCursor(Qt.CursorShape.PointingHandCursor)
        self.tile_warnings.setToolTip(self.tr("单击查看预警清单"))
        self.tile_warnings.mousePressEvent = lambda _e: self.area_requested.emit("warnings")  # type: ignore[method-assign]
        tiles = QHBoxLayout()
        for t in (self.tile_assets, self.tile_registered, self.tile_net, self.tile_rate, self.tile_warnings):
            tiles.addWidget(t, 1)
        tiles.setStretchFactor(self.tile_warnings, 2)
        self.category_chart, v1 = _chart(self.tr("各类资产原值（万元）"))
        self.year_chart, v2 = _chart(self.tr("历年净收益（万元，横轴为年份后两位）"))
        self.band_chart, v3 = _chart(self.tr("收益率分布（资产数）"))
        self.top_chart, v4 = _chart(self.tr("收益率最高的十项资产（%）"))
        self.bottom_chart, v5 = _chart(self.tr("收益率最低的十项资产（%）"))
        self.chart_views = (v1, v2, v3, v4, v5)
        grid = QGridLayout()
        grid.addWidget(v1, 0, 0, 1, 2)
        grid.addWidget(v2, 0, 2, 1, 2)
        grid.addWidget(v3, 0, 4, 1, 2)
        grid.addWidget(v4, 1, 0, 1, 3)
        grid.addWidget(v5, 1, 3, 1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)

    # -- data ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and self.data is None:
            # The program opens on this view: let the window paint first, then fill it in.
            QTimer.singleShot(0, self._refresh_if_stale)
        elif self._stale:
            self.refresh()

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def _on_changed(self, _kind: str) -> None:
        self._stale = True
        self._warnings = None
        self._generation += 1  # a check already running is for data that has changed
        if self.isVisible():
            self.refresh()

    def _fill_choices(self) -> None:
        with self.ctx.db.reader() as s:
            townships = [(t.name, t.id) for t in region_service.regions_at(s, RegionLevel.TOWNSHIP)]
            years = [y for y in years_with_income(s) if y <= date.today().year]
        for combo, items in ((self.township, [(self.tr("全县"), None), *townships]),
                             (self.year, [(str(y), y) for y in reversed(years)] or [(str(date.today().year), None)])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def refresh(self) -> None:
        self._fill_choices()
        with self.ctx.db.reader() as s:
            self.data = dashboard(s, date.today(), self.township.currentData(), self.year.currentData(),
                                  self._warnings or [])
        self._stale = False
        self._show(self.data)
        if self._warnings is None:
            self._check_in_background()

    @property
    def warnings_checked(self) -> bool:
        """Whether the warnings tile shows the county's warnings (they arrive from a thread)."""
        return self._warnings is not None

    def _check_in_background(self) -> None:
        """The county's warnings take the longest (every rule over every asset): they are
        computed in a worker thread with its own session, and the tile fills in when they
        arrive, so the window never waits for them."""
        self.tile_warnings.show_value("…", self.tr("正在检查…"))
        if self._checker is not None and self._checker.isRunning():
            return
        db, generation = self.ctx.db, self._generation

        def work(_progress):  # type: ignore[no-untyped-def]
            with db.reader() as s:
                return generation, compute_warnings(s, date.today())

        self._checker = Worker(work, self)
        self._checker.done.connect(self._warnings_arrived)
        self._checker.start()

    def _warnings_arrived(self, result: tuple[int, list[SelfCheckWarning]]) -> None:
        if self._checker is not None:
            self._checker.wait()
        generation, found = result
        if generation != self._generation:  # data changed meanwhile: check again
            self._check_in_background()
            return
        self._warnings = found
        if self.data is None:
            return
        with self.ctx.db.reader() as s:  # only the tile changes: no need to redraw the charts
            self.data.warnings = warning_counts(s, date.today(), self.township.currentData(), found)
        self._show_warnings(self.data)

    def _show(self, d: Dashboard) -> None:
        scope = self.township.currentText()
        self.heading.setText(self.tr("{scope}扶贫项目资产概况").format(scope=scope))
        self.tile_assets.show_value(self.tr("{n} 项").format(n=d.assets),
                                    self.tr("原值 {value} 万元，其中经营性 {earning} 项").format(
                                        value=format_yuan(d.value / WAN), earning=d.earning))
        share = d.registered_share
        self.tile_registered.show_value("—" if share is None else f"{share}%", self.tr(
            "已确权 {n} 项，待确权 {m} 项").format(n=d.registered, m=d.assets - d.registered))
        year = d.year if d.year is not None else "—"
        self.tile_net.title.setText(self.tr("{year} 年净收益").format(year=year))
        self.tile_net.show_value(self.tr("{value} 万元").format(value=format_yuan(d.year_net / WAN)),
                                 self.tr("{value} 元").format(value=format_yuan(d.year_net)))
        self.tile_rate.title.setText(self.tr("{year} 年平均收益率").format(year=year))
        self.tile_rate.show_value("—" if d.average_rate is None else f"{d.average_rate}%",
                                  self.tr("净收益 ÷ 有收益资产的原值"))
        self._show_warnings(d)
        categories = list(reversed(d.value_by_category))  # horizontal bars draw the first at the bottom
        self._bars(self.category_chart, [tr_label(Category, c) for c, _, _ in categories],
                   [_wan(v) for _, _, v in categories], _BLUE, horizontal=True)
        self._bars(self.year_chart, [f"{y % 100:02d}" for y in d.net_by_year],
                   [_wan(v) for v in d.net_by_year.values()], _GREEN)
        self._bars(self.band_chart, [label for label, _ in d.rate_bands], [float(n) for _, n in d.rate_bands],
                   _ORANGE)
        self._ranking(self.top_chart, d.top, _GREEN)
        self._ranking(self.bottom_chart, d.bottom, _RED)

    def _show_warnings(self, d: Dashboard) -> None:
        total = sum(d.warnings.values())
        lines = "　".join(f"{tr_label(WarningKind, k)} {n}" for k, n in d.warnings.items())
        self.tile_warnings.show_value(self.tr("{n} 条").format(n=total), lines or self.tr("没有预警"))

    def _bars(self, chart: QChart, labels: list[str], values: list[float], color: QColor,
              horizontal: bool = False) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet("")
        bars.setColor(color)
        for v in values:
            bars.append(v)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(len(values) <= 12)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(8)  # values arrive rounded; this only avoids an exponent
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelColor(QColor("#1e293b"))
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 7.0))
        bars.setLabelFont(small)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels or [""])
        categories.setLabelsFont(small)
        categories.setTruncateLabels(False)
        value_axis = QValueAxis()
        value_axis.setLabelsFont(small)
        top = max(values, default=0.0)
        value_axis.setLabelFormat("%.0f" if top >= 10 else "%.1f")
        value_axis.setRange(min(0.0, min(values, default=0.0)), top * 1.15 if top > 0 else 1.0)
        value_axis.applyNiceNumbers()
        cat_side, val_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if horizontal
                              else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        chart.addAxis(categories, cat_side)
        chart.addAxis(value_axis, val_side)
        series.attachAxis(categories)
        series.attachAxis(value_axis)

    def _ranking(self, chart: QChart, ranked: list[RankedAsset], color: QColor) -> None:
        # Highest at the top: a horizontal bar chart draws its first category at the bottom.
        rows = list(reversed(ranked))
        labels = [self._short(a) for a in rows]
        self._bars(chart, labels, [float(a.rate) for a in rows], color, horizontal=True)

    @staticmethod
    def _short(a: RankedAsset) -> str:
        name = a.name if len(a.name) <= 14 else a.name[:13] + "…"
        return f"{name} {a.rate}%"
