"""The 验收单 PDF, the Excel export and their commands, read back the way a user would."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.domain.inspections import (
    ACCEPTANCE_KINDS,
    CHECKLIST,
    PASSING_RESULTS,
    HandoverData,
    HandoverItem,
    InspectionKind,
    InspectionResult,
    RectificationLine,
    TeamMember,
)
from desktop.domain.money import format_yuan
from desktop.domain.problems import ValidationError
from desktop.reports.inspection_form import inspection_form
from desktop.services import inspections as svc
from desktop.services import print_data
from desktop.services.database import ENV_URL, Database
from tests.pdf_helpers import assert_fonts_embedded, page_texts, reader, squeeze


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
    assert not list(tmp_path.glob("*.part"))  # written through a temporary name, as every document
    pdf = out.read_bytes()
    text = squeeze("".join(page_texts(pdf)))
    db = Database(f"sqlite:///{county}")
    with db.reader() as s:
        sheet = print_data.inspection_sheet(s, iid)
    db.dispose()
    assert reader(pdf).pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4
    r = sheet.rectifications[0]
    for expected in ("扶贫项目资产验收单", f"YS-{iid:06d}", sheet.code, sheet.name, sheet.township + sheet.village,
                     InspectionKind.label_of(sheet.kind), "基本合格", format_yuan(sheet.original_value),
                     r.requirement, r.responsible, f"{r.deadline.year}年{r.deadline.month}月{r.deadline.day}日",
                     *(m.name for m in sheet.team), "验收组组长（签字）", "第1页共1页"):
        assert squeeze(expected) in text, expected
    assert_fonts_embedded(pdf)


def _sheet(**changes: object) -> print_data.InspectionSheet:
    sheet = print_data.InspectionSheet(
        inspection_id=7, code="HP202400020", name="宝白村392kW光伏电站", county="和平县", township="宝柏镇",
        village="宝白村", category="photovoltaic", original_value=Decimal("2193200.00"), kind="third_party",
        inspected_on=date(2024, 7, 14), result="basically",
        team=(TeamMember("傅兰庆", "和平县乡村振兴局", "组长"), TeamMember("程玉", "中原华审会计师事务所", "技术专家")),
        third_party_firm="中原华审会计师事务所", report_no="华审验字〔2024〕054号",
        approved_content="建设392kW光伏电站", actual_content="已建成392kW光伏电站，另建围栏",
        approved_quantity=Decimal("392.000"), actual_quantity=Decimal("390.5"), quantity_unit="kW",
        verified_investment=Decimal("2180450.25"),
        checklist=(("工程质量符合设计和规范要求", True), ("项目公示牌已设立", False)),
        findings="公示牌未设立 <A&B>",
        rectifications=(RectificationLine("补设项目公示牌", "高红桂", date(2024, 8, 1), date(2024, 7, 30), "傅兰庆"),
                        RectificationLine("补报账凭证", "刘明", date(2024, 9, 1))),
        handover=HandoverData(20, date(2024, 7, 19), "宝柏镇人民政府", "和平县梅锦新能源有限公司",
                              [HandoverItem("光伏组件", Decimal("392.000"), "kW")]))
    return dataclasses.replace(sheet, **changes)  # type: ignore[arg-type]


def test_form_shows_everything_from_plain_data_without_a_database():
    pdf = inspection_form(_sheet())
    text = squeeze("".join(page_texts(pdf)))
    for expected in ("扶贫项目资产验收单", "编号：YS-000007", "HP202400020", "和平县宝柏镇宝白村", "光伏电站",
                     "第三方验收", "2024年7月14日", "基本合格", "2,193,200.00", "2,180,450.25",
                     "中原华审会计师事务所", "华审验字〔2024〕054号", "建设392kW光伏电站", "另建围栏",
                     "392kW", "390.5kW",
                     "工程质量符合设计和规范要求符合", "项目公示牌已设立不符合", "公示牌未设立<A&B>",
                     "补设项目公示牌高红桂2024年8月1日2024年7月30日傅兰庆", "补报账凭证刘明2024年9月1日未完成",
                     "资产移交", "2024年7月19日", "和平县梅锦新能源有限公司", "光伏组件392kW",
                     "傅兰庆和平县乡村振兴局组长", "程玉", "技术专家", "项目实施单位（盖章）", "接收单位（盖章）"):
        assert expected in text, expected
    assert "草稿" not in text
    assert_fonts_embedded(pdf)


def test_sections_without_content_are_left_out_and_numbered_on():
    text = squeeze("".join(page_texts(inspection_form(_sheet(
        kind="annual", result="passed", findings="", third_party_firm="", report_no="", rectifications=(),
        handover=None, verified_investment=None)))))
    assert "整改要求" not in text and "资产移交" not in text and "第三方机构" not in text
    assert "发现的问题无" in text and "四、验收组" in text


def test_a_long_team_runs_on_with_page_x_of_y_and_signs_beside_its_seals():
    team = tuple(TeamMember(f"成员{i:02d}", "和平县乡村振兴局", "成员") for i in range(40))
    texts = [squeeze(t) for t in page_texts(inspection_form(_sheet(team=team)))]
    assert len(texts) >= 2
    assert all(f"第{n}页共{len(texts)}页" in t for n, t in enumerate(texts, start=1))
    assert "成员39" in texts[-1] and "项目实施单位（盖章）" in texts[-1]


def test_sheet_reads_the_record_and_the_handover_a_passed_acceptance_opened(county):
    db = Database(f"sqlite:///{county}")
    with db.reader() as s:
        ids = svc.search(s, svc.InspectionFilter())
        sheets = [print_data.inspection_sheet(s, i) for i in ids]
        detail = svc.get_inspection(s, ids[0])
        with pytest.raises(ValidationError, match="验收记录不存在"):
            print_data.inspection_sheet(s, 99999)
    db.dispose()
    first = sheets[0]
    assert (first.code, first.township, first.village) == (detail.asset.code, detail.asset.township,
                                                           detail.asset.village)
    assert list(first.team) == detail.data.team and list(first.rectifications) == detail.data.rectifications
    assert [label for label, _ in first.checklist] == [label for _, label in CHECKLIST]
    handed = [x for x in sheets if x.handover is not None]
    assert handed, "demo has no handover after an acceptance"
    for x in handed:
        assert x.kind in ACCEPTANCE_KINDS and x.result in PASSING_RESULTS
        assert x.inspected_on is not None and x.handover is not None and x.handover.handed_on is not None
        assert x.handover.handed_on >= x.inspected_on
    assert all(x.handover is None for x in sheets if x.kind == InspectionKind.ANNUAL)


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
