"""``import`` and ``export`` on the command line, and the asset register's import."""

from __future__ import annotations

import json

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import Asset, Household, Registration
from desktop.services.database import ENV_URL, Database
from tests.import_fixtures import national, write


@pytest.fixture(autouse=True)
def _no_env_database(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_URL, raising=False)


@pytest.fixture
def county(tmp_path) -> str:
    path = str(tmp_path / "cli.sqlite")
    assert main(["--db", path, "demo", "--size", "small"]) == 0
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def households(path: str) -> int:
    db = Database(f"sqlite:///{path}")
    with db.reader() as s:
        n = s.scalar(select(func.count()).select_from(Household)) or 0
    db.dispose()
    return n


def test_import_json_dry_run_and_commit(county, tmp_path, capsys):
    before = households(county)
    f = national(tmp_path / "n.xlsx")
    code, out, _ = run(capsys, "--db", county, "import", "households", str(f), "--dry-run", "--json")
    result = json.loads(out)
    assert code == 0 and (result["households"], result["members"], result["errors"]) == (2, 4, [])
    assert households(county) == before  # a dry run saves nothing
    code, out, _ = run(capsys, "--db", county, "import", "households", str(f))
    assert code == 0 and "已保存" in out and "新建乡镇：东山镇" in out
    assert households(county) == before + 2


def test_import_with_errors_exits_non_zero_saves_nothing_and_writes_the_report(county, tmp_path, capsys):
    f = national(tmp_path / "n.xlsx", id_cell=4.19901196005011e17)
    report = tmp_path / "errors.xlsx"
    code, out, _ = run(capsys, "--db", county, "import", "households", str(f), "--json", "--errors", str(report))
    result = json.loads(out)
    assert code == 1 and households(county) == 120
    [error] = result["errors"]
    assert set(error) == {"row", "column", "value", "message"} and (error["row"], error["column"]) == (5, "证件号码")
    rows = CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert rows[2][-1] == "错误说明" and "末几位已丢失" in rows[3][-1]
    code, _, err = run(capsys, "--db", county, "import", "households", str(f))
    assert code == 1 and "第 5 行“证件号码”列" in err and "未保存任何数据" in capsys.readouterr().out + err + _


def test_a_broken_file_is_one_line(county, tmp_path, capsys):
    bad = tmp_path / "x.xlsx"
    bad.write_text("not a workbook")
    code, out, err = run(capsys, "--db", county, "import", "assets", str(bad))
    assert code == 1 and err.startswith("错误：不是 Excel 工作簿") and err.count("\n") == 1


def test_export_both_and_import_them_back_unchanged(county, tmp_path, capsys):
    for kind in ("households", "assets"):
        out_file = tmp_path / f"{kind}.xlsx"
        code, out, _ = run(capsys, "--db", county, "export", kind, str(out_file))
        assert code == 0 and out_file.exists()
        code, out, _ = run(capsys, "--db", county, "import", kind, str(out_file), "--json")
        result = json.loads(out)
        assert code == 0 and result["errors"] == [] and result["new"] == 0 and result["changed"] == 0, result
    rows = CalamineWorkbook.from_path(str(tmp_path / "households.xlsx")).get_sheet_by_index(0).to_python()
    assert rows[2][:5] == ["户编号", "所属乡镇", "行政村", "姓名", "证件号码"] and len(rows[3][4]) == 18


def test_asset_register_import_with_units_funding_and_ownership(county, tmp_path, capsys):
    f = write(tmp_path / "a.xlsx", [
        ["2024年扶贫项目资产台账"],
        ["序号", "资产名称", "资产编码", "所在村", "乡镇", "资产类别", "资产性质", "原值（万元）", "衔接资金（万元）",
         "社会帮扶资金（万元）", "项目年度", "经营方式", "经营主体", "产权所有人", "确权证书编号", "登记日期", "登记机关", "多余列"],  # noqa: E501
        [1, "东山村光伏电站", "IMP-001", "东山村", "东山镇", "光伏电站", "经营性", "19.479215", "15", "4.479215", "2023",  # noqa: E501
         "自营", "东山村股份经济合作社", "东山村股份经济合作社", "和确字〔2024〕第9号", "2024-03-01", "和平县农业农村局", "x"],  # noqa: E501
        [2, "坏资产", "IMP-002", "东山村", "东山镇", "光伏电站", "经营性", "1.5", "1", "", 2023, "", "", "", "", "", "", ""],  # noqa: E501
        [3, "怪资产", "IMP-003", "东山村", "东山镇", "飞船", "经营性", "1", "1", "", 2023, "", "", "", "", "", "", ""],
        ["合计", None, None, None, None, None, None, 21.0],
    ])
    code, out, _ = run(capsys, "--db", county, "import", "assets", str(f), "--json")
    result = json.loads(out)
    assert code == 1
    messages = {(e["row"], e["column"]): e["message"] for e in result["errors"]}
    assert "无法识别“飞船”" in messages[(5, "资产类别")]
    assert "与资产原值 15,000.00 元不符" in messages[(4, "原值（万元）")]
    ws = __import__("openpyxl").load_workbook(f)
    ws.active.delete_rows(4, 2)
    ws.save(f)
    code, out, _ = run(capsys, "--db", county, "import", "assets", str(f), "--json")
    assert code == 0, out
    db = Database(f"sqlite:///{county}")
    with db.reader() as s:
        asset = s.scalar(select(Asset).where(Asset.code == "IMP-001"))
        assert str(asset.original_value) == "194792.15"
        assert sorted((f.source, str(f.amount)) for f in asset.funding) == [("linkage", "150000.00"),
                                                                            ("social", "44792.15")]
        assert [b.share for b in asset.beneficiaries] == [100]
        reg = s.scalar(select(Registration).where(Registration.asset_id == asset.id))
        assert reg.certificate_no == "和确字〔2024〕第9号" and reg.owners[0].name == "东山村股份经济合作社"
    db.dispose()


def test_stats_count_households_and_members(county, capsys):
    code, out, _ = run(capsys, "--db", county, "stats", "--json")
    result = json.loads(out)
    assert (result["households"], result["members"]) == (120, households_members(county))


def households_members(path: str) -> int:
    from desktop.models import Member

    db = Database(f"sqlite:///{path}")
    with db.reader() as s:
        n = s.scalar(select(func.count()).select_from(Member)) or 0
    db.dispose()
    return n


