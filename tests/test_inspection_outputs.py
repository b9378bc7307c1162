"""The 验收单 PDF, the Excel export and their commands, read back the way a user would."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdf
import pytest

from desktop.cli import main
from desktop.domain.inspections import InspectionResult
from desktop.services import inspections as svc
from desktop.services.database import ENV_URL, Database


@pytest.fixture(autouse=True)
def _no_env_database(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_URL, raising=False)


@pytest.fixture
def county(tmp_path, capsys) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "county.sqlite"
    assert main(["--db", str(path), "demo", "--size", "small"]) == 0
    capsys.readouterr()
    return path


def _with_rectifications(path: Path) -> int:
    db = Database(f"sqlite:///{path}")
    with db.reader() as s:
        for iid in svc.search(s, svc.InspectionFilter(result=InspectionResult.BASICALLY)):
            if svc.get_inspection(s, iid).data.rectifications:
                db.dispose()
                return iid
    raise AssertionError("demo has no inspection with rectifications")


def test_print_inspection_pdf_text_extracts(county, tmp_path, capsys):
    iid = _with_rectifications(county)
    out = tmp_path / "form.pdf"
    assert main(["--db", str(county), "print", "inspection", "--id", str(iid), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    reader = pypdf.PdfReader(out)
    text = "".join(p.extract_text() for p in reader.pages)
    db = Database(f"sqlite:///{county}")
    with db.reader() as s:
        detail = svc.get_inspection(s, iid)
    db.dispose()
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4
    for expected in ("扶贫项目资产验收单", f"YS-{iid:06d}", detail.asset.code, detail.asset.name, "基本合格",
                     detail.data.rectifications[0].requirement, detail.data.team[0].name, "验收组组长（签字）"):
        assert expected in text.replace("\n", ""), expected
    fonts = {str(f.get_object()["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("+" in f for f in fonts)  # an embedded subset, not a font the printer must have


def test_print_unknown_inspection_is_one_line(county, tmp_path, capsys):
    assert main(["--db", str(county), "print", "inspection", "--id", "99999", "--out", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "错误：验收记录不存在：99999"
    assert not (tmp_path / "x.pdf").exists()


def test_export_inspections_xlsx(county, tmp_path, capsys):
    out = tmp_path / "inspections.xlsx"
    assert main(["--db", str(county), "export", "inspections", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    ws = wb["验收记录"]
    assert "验收记录" in ws["A1"].value and ws.freeze_panes == "A4"
    assert [c.value for c in ws[3]][:3] == ["验收日期", "资产编码", "资产名称"]
    db = Database(f"sqlite:///{county}")
    with db.reader() as s:
        ids = svc.search(s, svc.InspectionFilter())
        rows = svc.fetch_rows(s, ids)
        overdue = svc.count_overdue(s, date.today())
    db.dispose()
    data = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(data) == len(ids) + 1 and data[-1][0] == "合计"
    first = rows[ids[0]]
    assert data[0][0].date() == first.inspected_on and data[0][1] == first.code
    assert ws["A4"].number_format == "yyyy-mm-dd" and ws["H4"].number_format == "#,##0.00"
    total = sum((r.verified_investment for r in rows.values() if r.verified_investment), Decimal("0.00"))
    assert Decimal(str(data[-1][7])) == total
    assert wb["逾期整改"].max_row - 3 == overdue


def test_stats_json_counts_inspections_and_overdue(county, capsys):
    assert main(["--db", str(county), "stats", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    db = Database(f"sqlite:///{county}")
    with db.reader() as s:
        assert result["inspections"] == len(svc.search(s, svc.InspectionFilter())) > 0
        assert result["overdue_rectifications"] == len(svc.overdue_rectifications(s, date.today())) > 0
    db.dispose()


def test_screenshot_inspections(county, tmp_path, capsys):
    out = tmp_path / "inspections.png"
    assert main(["--db", str(county), "screenshot", "inspections", str(out), "--size", "1000x700"]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
