"""The formatted-table writer: title, frozen header, formats, exact totals, no floats."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from desktop.io.workbook import Column, TableSheet, write_workbook


def test_table_is_titled_frozen_formatted_and_totalled(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "t.xlsx"
    rows = [("光伏电站", "371522199001011234", Decimal("0.10"), date(2024, 5, 1)),
            ("大棚", "37152219900101123X", Decimal("0.20"), None)] * 3
    sheet = TableSheet("资产台账", [Column("名称", 20, "text"), Column("身份证号", 22, "text"),
                                    Column("金额（元）", 14, "money", total=True), Column("日期", 12, "date")],
                       rows, note="截至 2026-11-23")
    seen: list[int] = []
    write_workbook(out, [sheet], progress=seen.append)
    assert sheet.written == 6 and seen[-1] == 6
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "资产台账" and ws["A1"].font.b
    assert ws["A2"].value == "截至 2026-11-23"
    assert [c.value for c in ws[3]] == ["名称", "身份证号", "金额（元）", "日期"]
    assert ws.freeze_panes == "A4"
    assert ws["B4"].value == "371522199001011234" and ws["B4"].number_format == "@"
    assert ws["C4"].number_format == "#,##0.00"
    assert ws["D4"].number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["A"].width == 20
    total_row = ws[10]
    assert total_row[0].value == "合计"
    # 0.1 + 0.2 three times is exactly 0.90 — no binary float drift
    assert Decimal(str(total_row[2].value)) == Decimal("0.90")


def test_floats_are_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheet = TableSheet("x", [Column("a", kind="money")], [(0.1,)])
    with pytest.raises(TypeError, match="浮点"):
        write_workbook(tmp_path / "f.xlsx", [sheet])
    assert list(tmp_path.iterdir()) == []  # no half-written workbook left behind
