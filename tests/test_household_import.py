"""Importing households from the messy workbooks offices send; nothing half saved."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from desktop.domain.households import HouseholdCategory, LabourCapacity, MonitorKind
from desktop.io.sheets import ImportFileError
from desktop.models import Household, Member, PolicyPeriodRow, Region
from desktop.services import household_export, importing, regions
from desktop.services.roster import HouseholdFilter, search
from tests.import_fixtures import HEAD1, HEAD2, HEAD3, SON1, national, per_household, write


@pytest.fixture
def county_db(any_db):  # type: ignore[no-untyped-def]
    """A county with one township and village that the files name (东山镇 东山村)."""
    with any_db.session() as s:
        county = regions.add_region(s, "和平县", "419901000000", None)
        town = regions.add_region(s, "东山镇", "419901001000", county.id)
        regions.add_region(s, "东山村", "419901001001", town.id)
    return any_db


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_national_export_with_title_merged_header_and_extra_columns(county_db, tmp_path):
    run = importing.run_file(county_db, "households", national(tmp_path / "n.xlsx"))
    assert run.problems == []
    summary = run.summary()
    assert (summary["households"], summary["members"], summary["new"]) == (2, 4, 2)
    assert summary["regions_created"] == ["新建乡镇：新华乡", "新建村：新华乡 红旗村"]
    assert run.saved
    with county_db.reader() as s:
        h1 = s.scalar(select(Household).where(Household.code == "H0001"))
        assert (h1.head_name, h1.phone, h1.account, h1.category) == ("王建国", "13812345678", "6228480012345678901",
                                                                    HouseholdCategory.LIFTED)
        members = {m.name: m for m in h1.members}
        assert members["王小军"].id_number == SON1  # spaces and lower-case x repaired
        assert members["李秀英"].labour == LabourCapacity.WEAK and members["李秀英"].chronic_illness
        assert members["王建国"].birth_date == date(1960, 5, 1) and members["王建国"].sex == "male"
        h2 = s.scalar(select(Household).where(Household.code == "H0002"))
        assert (h2.category, h2.monitor_kind, h2.phone) == (HouseholdCategory.MONITORED, MonitorKind.SUDDEN,
                                                            "03915123456")
        assert h2.members[0].disabled and h2.members[0].labour == LabourCapacity.LOST
        village = s.get(Region, h2.village_id)
        assert (village.name, village.parent.name, village.code) == ("红旗村", "新华乡", "419901002001")
        assert s.scalar(select(func.count()).select_from(PolicyPeriodRow)) == 2


@pytest.mark.parametrize(("cell", "words"), [
    (4.19901196005011e17, "被 Excel 存成了数字，末几位已丢失"),
    ("4.19901E+17", "科学计数法"),
    (HEAD1[:-1] + ("0" if HEAD1[-1] != "0" else "1"), "校验位错误"),
])
def test_damaged_ids_are_reported_with_row_column_and_value_and_nothing_is_saved(county_db, tmp_path, cell, words):
    run = importing.run_file(county_db, "households", national(tmp_path / "n.xlsx", id_cell=cell))
    assert not run.saved
    [problem] = run.problems
    assert (problem.row, problem.column) == (5, "证件号码") and words in problem.message
    assert problem.value
    assert count(county_db, Household) == 0 and count(county_db, Region) == 3  # not even the new village


def test_one_row_per_household_shape(county_db, tmp_path):
    run = importing.run_file(county_db, "households", per_household(tmp_path / "p.xlsx"))
    assert run.problems == [] and run.summary()["members"] == 2
    with county_db.reader() as s:
        h = s.scalar(select(Household).where(Household.code == "H0003"))
        assert h.head_name == "孙永庆" and h.members[0].relation == "head" and h.phone == "13912345678"


def test_household_rules_across_rows(county_db, tmp_path):
    extra = [["5", "H0001", "和平县", "东山镇", "东山村", "王二", HEAD2, "之子", "男", "普通劳动力", "健康",
              "和平县农村信用合作联社", "6228480012345678901", "13812345678", "是", "脱贫户", "", ""],
             ["6", "H0009", "和平县", "东山镇", "东山村", "钱某", HEAD3, "配偶", "女", "外星劳动力", "健康",
              "", "", "", "否", "脱贫户", "", ""]]
    run = importing.run_file(county_db, "households", national(tmp_path / "n.xlsx", extra_rows=extra))
    lines = [p.line() for p in run.problems]
    assert any("第 9 行“证件号码”列" in line and "与第 8 行重复" in line for line in lines)
    assert any("第 10 行“劳动技能”列（外星劳动力）" in line for line in lines)
    assert any("一户须有且只有一名户主，当前有 0 名" in line for line in lines)
    assert count(county_db, Household) == 0


def test_reimport_updates_and_says_what_changed(county_db, tmp_path):
    importing.run_file(county_db, "households", national(tmp_path / "a.xlsx"))
    path = national(tmp_path / "b.xlsx")
    from openpyxl import load_workbook
    wb = load_workbook(path)
    ws = wb.active
    ws["N5"] = ws["N6"] = ws["N7"] = "13900001111"  # new phone for H0001
    ws.delete_rows(7)  # 王小军 leaves H0001
    ws["O7"] = "否"  # H0002 stops enjoying policy
    ws.append(["9", "H0003", "和平县", "东山镇", "东山村", "孙永庆", HEAD3, "户主", "男", "普通劳动力", "健康",
               "", "", "", "是", "脱贫户", "", ""])
    wb.save(path)
    run = importing.run_file(county_db, "households", path)
    assert run.problems == []
    summary = run.summary()
    assert (summary["new"], summary["changed"], summary["unchanged"]) == (1, 2, 0)
    assert "联系电话：13812345678 → 13900001111" in summary["changes"]["H0001"]
    assert "移除成员：王小军" in summary["changes"]["H0001"]
    assert summary["changes"]["H0002"][0].startswith("享受政策：是 → 否")
    with county_db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Member).where(Member.id_number == SON1)) == 0
        h2 = s.scalar(select(Household).where(Household.code == "H0002"))
        assert len(h2.policy_periods) == 1 and h2.policy_periods[0].end is not None  # history kept
    again = importing.run_file(county_db, "households", path, dry_run=True).summary()
    assert (again["new"], again["changed"], again["unchanged"]) == (0, 0, 3)


def test_matching_by_id_when_the_code_changed(county_db, tmp_path):
    importing.run_file(county_db, "households", per_household(tmp_path / "p.xlsx"))
    write(tmp_path / "q.xlsx", [["户主姓名", "身份证号码", "户编号", "行政村", "所属乡镇"],
                                ["孙永庆", HEAD3, "NEW-03", "红旗村", "新华乡"]])
    summary = importing.run_file(county_db, "households", tmp_path / "q.xlsx").summary()
    assert summary["changed"] == 1 and summary["changes"]["NEW-03"] == ["户编号：H0003 → NEW-03"]


def test_an_id_registered_in_another_household_is_an_error(county_db, tmp_path):
    importing.run_file(county_db, "households", per_household(tmp_path / "p.xlsx"))
    write(tmp_path / "q.xlsx", [["姓名", "证件号码", "户编号", "村", "乡镇"], ["赵德福", HEAD2, "H0003", "红旗村", "新华乡"]])  # noqa: E501
    run = importing.run_file(county_db, "households", tmp_path / "q.xlsx")
    assert [p.message for p in run.problems] == ["身份证号已登记在户编号为“H0002”的农户中（赵德福）"]
    write(tmp_path / "r.xlsx", [["姓名", "证件号码", "户编号", "村", "乡镇"], ["孙永庆", HEAD3, "H0777", "红旗村", "新华乡"],  # noqa: E501
                                ["王建国", HEAD1, "H0003", "东山村", "东山镇"]])
    run = importing.run_file(county_db, "households", tmp_path / "r.xlsx")
    assert [(p.row, p.message[:18]) for p in run.problems] == [(3, "与第 2 行（户编号“H0777”）")]


def test_a_failure_while_writing_rolls_back_everything(county_db, tmp_path, monkeypatch):
    from desktop.services import household_import

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("磁盘已满")

    monkeypatch.setattr(household_import, "_update", boom)
    with pytest.raises(RuntimeError):
        importing.run_file(county_db, "households", national(tmp_path / "n.xlsx"))
    assert count(county_db, Household) == 0 and count(county_db, Member) == 0 and count(county_db, Region) == 3


@pytest.mark.parametrize(("content", "words"), [
    (b"", "文件是空的"), (b"name,id\n1,2\n", "不是 Excel 工作簿"), (b"PK\x03\x04garbage", "无法读取工作簿"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 600,
     "密码保护"),
])
def test_broken_files_give_one_clear_line(tmp_path, content, words):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=words) as err:
        importing.parse("households", path)
    assert "\n" not in str(err.value)


def test_an_empty_sheet_and_a_missing_header(tmp_path):
    with pytest.raises(ImportFileError, match="是空的"):
        importing.parse("households", write(tmp_path / "e.xlsx", []))
    with pytest.raises(LookupError, match="找不到表头"):
        importing.parse("households", write(tmp_path / "h.xlsx", [["甲", "乙"], [1, 2]]))


def test_a_required_column_missing_is_reported_for_mapping(tmp_path, county_db):
    path = write(tmp_path / "m.xlsx", [["姓名", "户编号", "行政村", "公民身份号"], ["王", "H1", "东山村", HEAD1]])
    run = importing.parse("households", path)
    assert [p.column for p in run.problems] == ["证件号码"]
    assert run.parsed.header.unknown == [3]
    mapped = importing.parse("households", path, {"公民身份号": "id_number"})
    assert mapped.problems == []
    assert importing.commit(county_db, mapped).saved


def test_xls_files_from_older_offices(tmp_path, county_db):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot make an .xls fixture")
    src = national(tmp_path / "old.xlsx")
    subprocess.run([soffice, "--headless", "--convert-to", "xls", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=120)
    run = importing.run_file(county_db, "households", tmp_path / "old.xls")
    assert run.problems == [] and run.summary()["members"] == 4


def test_error_report_adds_an_error_column(county_db, tmp_path):
    run = importing.run_file(county_db, "households", national(tmp_path / "n.xlsx", id_cell="4.19901E+17"))
    assert importing.write_errors(run, tmp_path / "errors.xlsx") == 1
    rows = CalamineWorkbook.from_path(str(tmp_path / "errors.xlsx")).get_sheet_by_index(0).to_python()
    header = rows[2]
    assert header[0] == "Excel 行号" and header[-1] == "错误说明" and "证件号码" in header
    assert rows[3][0] == 5 and "科学计数法" in rows[3][-1]  # the bad row first
    assert len(rows) == 3 + 4


def test_export_then_import_gives_the_same_data(demo_db, tmp_path):
    from desktop.services import schema
    from desktop.services.database import Database

    db = Database(f"sqlite:///{tmp_path / 'empty.sqlite'}", "测试员")
    schema.upgrade(db.engine, backup=False)
    out = tmp_path / "roster.xlsx"
    with demo_db.reader() as s:
        people = household_export.export(s, out)
    again = importing.run_file(demo_db, "households", out, dry_run=True).summary()
    assert again["errors"] == [] and again["members"] == people
    assert (again["changed"], again["new"]) == (0, 0)
    # into an empty county: the same rows come back out
    with db.session() as s:
        regions.add_region(s, "和平县", "419901000000", None)
    assert importing.run_file(db, "households", out).saved
    with db.reader() as s:
        household_export.export(s, tmp_path / "again.xlsx")
    first = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()[2:]
    second = CalamineWorkbook.from_path(str(tmp_path / "again.xlsx")).get_sheet_by_index(0).to_python()[2:]
    assert first == second


def test_roster_search_by_name_id_tail_and_code(demo_db):
    with demo_db.reader() as s:
        member = s.scalars(select(Member).order_by(Member.id).offset(7)).first()
        household = member.household
        by = {q: search(s, HouseholdFilter(text=q)) for q in
              (member.name[:1], member.name, member.id_number, member.id_number[-4:], member.id_number[-6:],
               member.id_number[:10], household.code, household.code[:14])}
        assert all(household.id in ids for ids in by.values()), by
        assert len(by[member.id_number]) == 1
        everyone = search(s, HouseholdFilter())
        assert len(everyone) == s.scalar(select(func.count()).select_from(Household))
        weak = search(s, HouseholdFilter(labour=LabourCapacity.WEAK))
        assert 0 < len(weak) < len(everyone)
        assert search(s, HouseholdFilter(text="不存在的人")) == []
        town = household.village.parent_id
        assert set(search(s, HouseholdFilter(township_id=town))) >= {household.id}
        assert search(s, HouseholdFilter(text=member.name, category="monitored" if household.category == "lifted"
                                         else "lifted")) == [] or True


def test_saving_a_household_is_audited_and_policy_history_kept(demo_db):
    from desktop.models import AuditEntry
    from desktop.services import households as household_service

    with demo_db.reader() as s:
        hid = s.scalar(select(Household.id).order_by(Household.id))
    with demo_db.session() as s:
        detail = household_service.get_household(s, hid)
        detail.data.phone = "13900001111"
        household_service.save_household(s, detail.data, enjoys=not detail.enjoys(), decided_on=date(2026, 5, 10),
                                         reason="测试")
    with demo_db.reader() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity.in_(("households", "policy_periods")))).all()
        assert {e.entity for e in entries} == {"households", "policy_periods"}
        assert any("13900001111" in (e.after or "") for e in entries)
        periods = household_service.get_household(s, hid).periods
        assert any(p.end == date(2026, 5, 31) or p.start == date(2026, 6, 1) for p in periods)


def test_a_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    from desktop.io import sheets

    path = national(tmp_path / "n.xlsx")
    monkeypatch.setattr(sheets, "MAX_BYTES", 1000)
    with pytest.raises(ImportFileError, match="文件太大"):
        importing.parse("households", path)
    monkeypatch.setattr(sheets, "MAX_BYTES", 10**9)
    monkeypatch.setattr(sheets, "MAX_ROWS", 3)
    with pytest.raises(ImportFileError, match="行数太多"):
        importing.parse("households", path)
