"""Asset documents from the database: registration card, ownership registration form,
register print-out, and the ``print`` commands; fonts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.assets import OwnerLine, RegistrationData
from desktop.domain.money import format_yuan
from desktop.domain.problems import ValidationError
from desktop.domain.vocab import Category, OwnerKind, RegionLevel, RegistrationKind
from desktop.models import Asset, Region, Registration
from desktop.reports import asset_docs, document
from desktop.reports.fonts import font_sources, fonts
from desktop.services import assets as asset_service
from desktop.services import print_data, register
from desktop.services.database import ENV_URL, Database
from desktop.services.register import AssetFilter
from tests.pdf_helpers import assert_fonts_embedded, page_texts, squeeze


@pytest.fixture(autouse=True)
def _no_env_database(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_URL, raising=False)


def _registered_asset(db: Database) -> int:
    with db.reader() as s:
        return s.scalars(select(Registration.asset_id).where(Registration.is_current.is_(True))
                         .order_by(Registration.asset_id)).first()  # type: ignore[return-value]


def _unregistered_asset(db: Database) -> Asset:
    with db.reader() as s:
        registered = select(Registration.asset_id)
        return s.scalars(select(Asset).where(Asset.id.not_in(registered), Asset.status != "disposed")).first()


def test_asset_card_shows_the_asset_its_funding_villages_and_owner(demo_db: Database) -> None:
    asset_id = _registered_asset(demo_db)
    with demo_db.reader() as s:
        sheet = print_data.asset_sheet(s, asset_id)
    a = sheet.detail.data
    pdf = asset_docs.asset_card(sheet, printed_on=date(2026, 3, 1))
    text = squeeze("".join(page_texts(pdf)))
    assert "扶贫项目资产登记卡" in text
    for value in (a.code, a.name, Category.label_of(a.category), format_yuan(a.original_value),
                  f"{sheet.county}{sheet.township}{sheet.village}", "填卡日期：2026年3月1日"):
        assert squeeze(value) in text, value
    for f in a.funding:
        assert format_yuan(f.amount) in text
    for b in a.beneficiaries:
        assert squeeze(sheet.village_names[b.village_id]) in text and f"{b.share}%" in text
    reg = sheet.detail.current_registration
    assert reg is not None and reg.data.certificate_no in text
    assert all(squeeze(o.name) in text for o in reg.data.owners)
    assert_fonts_embedded(pdf)
    assert "草稿" not in text


def test_qr_code_holds_the_asset_code() -> None:
    qr = document.qr_code("HP201800002")
    qr.qr.make()
    assert qr.value == "HP201800002" and qr.qr.getModuleCount() >= 21


def test_unregistered_asset_card_says_so_and_has_no_registration_form(demo_db: Database) -> None:
    asset = _unregistered_asset(demo_db)
    with demo_db.reader() as s:
        sheet = print_data.asset_sheet(s, asset.id)
    assert "尚未办理确权登记（待确权）" in squeeze("".join(page_texts(asset_docs.asset_card(sheet))))
    with pytest.raises(ValidationError, match="尚未确权登记"):
        asset_docs.registration_form(sheet)


def test_registration_form_shows_current_owners_and_the_history(demo_db: Database) -> None:
    asset_id = _registered_asset(demo_db)
    with demo_db.reader() as s:
        first = print_data.asset_sheet(s, asset_id).detail.current_registration
    assert first is not None
    transfer = RegistrationData(
        certificate_no="和平确字〔2025〕第9001号", registered_on=date(2025, 6, 1), registering_body="和平县农业农村局",
        kind=RegistrationKind.TRANSFER, reason="村庄合并",
        owners=[OwnerLine("新村股份经济合作社", OwnerKind.VILLAGE_COLLECTIVE, Decimal("60.00")),
                OwnerLine("和平县城关镇人民政府", OwnerKind.TOWNSHIP, Decimal("40.00"))])
    with demo_db.session() as s:
        asset_service.register_ownership(s, asset_id, transfer, today=date(2025, 7, 1))
    with demo_db.reader() as s:
        sheet = print_data.asset_sheet(s, asset_id)
    pdf = asset_docs.registration_form(sheet)
    text = squeeze("".join(page_texts(pdf)))
    assert "扶贫项目资产确权登记表" in text and "证书编号：和平确字〔2025〕第9001号" in text
    assert "1新村股份经济合作社村集体经济组织60.00%" in text
    assert "2和平县城关镇人民政府乡镇40.00%" in text and "合计100.00%" in text
    assert "村庄合并" in text and "转移登记" in text
    assert "四、登记历史" in text and first.data.certificate_no in text  # the superseded registration
    assert "产权所有人（盖章）" in text and "登记机关（盖章）" in text
    assert_fonts_embedded(pdf)


def test_register_printout_matches_the_screen_filter(demo_db: Database) -> None:
    with demo_db.reader() as s:
        township = s.scalars(select(Region).where(Region.level == RegionLevel.TOWNSHIP).order_by(Region.code)).first()
        f = AssetFilter(township_id=township.id)
        expected = register.search(s, f)
        rows = register.fetch_rows(s, expected.ids)
        data = print_data.register_rows(s, f)
    assert [r.id for r in data.rows] == expected.ids and expected.ids
    pdf = asset_docs.register_printout(data, printed_on=date(2026, 3, 1))
    texts = [squeeze(t) for t in page_texts(pdf)]
    text = "".join(texts)
    assert f"乡镇：{township.name}" in text
    for i, asset_id in enumerate(expected.ids, start=1):
        r = rows[asset_id]
        assert f"{i}{r.code}" in text and format_yuan(r.original_value) in text
    assert f"合计{len(expected.ids)}项{format_yuan(expected.total_value)}" in texts[-1]
    assert all(f"第{n}页共{len(texts)}页" in t for n, t in enumerate(texts, start=1))
    assert all("资产编码" in t for t in texts)  # header repeated
    assert_fonts_embedded(pdf)


def test_filter_is_described_in_words(demo_db: Database) -> None:
    with demo_db.reader() as s:
        assert print_data.describe_filter(s, AssetFilter()) == "全部在册资产"
        text = print_data.describe_filter(s, AssetFilter(text="光伏", category="pv", registered=False))
    assert text == "类别：光伏电站；待确权；搜索：光伏"


# -- command line ---------------------------------------------------------------------------

def _db_file(demo_db: Database) -> str:
    return demo_db.engine.url.database  # type: ignore[return-value]


def test_cli_prints_asset_card_and_registration(demo_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    asset_id = _registered_asset(demo_db)
    with demo_db.reader() as s:
        code = s.get(Asset, asset_id).code  # type: ignore[union-attr]
    db = _db_file(demo_db)
    for doc, title in (("asset-card", "扶贫项目资产登记卡"), ("registration", "扶贫项目资产确权登记表")):
        out = tmp_path / f"{doc}.pdf"
        assert main(["--db", db, "print", doc, "--asset", code, "--out", str(out)]) == 0
        assert capsys.readouterr().out.strip() == str(out)
        text = squeeze("".join(page_texts(out.read_bytes())))
        assert title in text and code in text


def test_cli_print_register_with_filters(demo_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with demo_db.reader() as s:
        township = s.scalars(select(Region).where(Region.level == RegionLevel.TOWNSHIP)).first()
        expected = register.search(s, AssetFilter(township_id=township.id, registered=False))
    out = tmp_path / "register.pdf"
    assert main(["--db", _db_file(demo_db), "print", "register", "--township", township.name, "--unregistered",
                 "--out", str(out)]) == 0
    text = squeeze("".join(page_texts(out.read_bytes())))
    assert f"乡镇：{township.name}；待确权" in text
    assert f"合计{len(expected.ids)}项{format_yuan(expected.total_value)}" in text


def test_cli_print_errors_are_one_line_and_write_nothing(demo_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    db = _db_file(demo_db)
    assert main(["--db", db, "print", "asset-card", "--asset", "NO-SUCH", "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == "错误：资产编码不存在：NO-SUCH"
    assert main(["--db", db, "print", "register", "--township", "无此乡", "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == "错误：乡镇不存在：无此乡"
    unregistered = _unregistered_asset(demo_db)
    assert main(["--db", db, "print", "registration", "--asset", unregistered.code, "--out", str(out)]) == 1
    assert "尚未确权登记" in capsys.readouterr().err
    assert list(tmp_path.glob("x.pdf*")) == []


# -- fonts ----------------------------------------------------------------------------------

def test_windows_fonts_are_preferred_when_present(tmp_path: Path) -> None:
    for name in ("simsun.ttc", "simhei.ttf"):
        (tmp_path / name).write_bytes(b"")
    chosen = font_sources(tmp_path)
    assert chosen["song"].path == tmp_path / "simsun.ttc" and chosen["hei"].path == tmp_path / "simhei.ttf"
    assert chosen["fang"].path.name == chosen["kai"].path.name == "wqy-microhei.ttc"  # not there: fallback
    assert chosen["song"].reportlab_name != chosen["fang"].reportlab_name


def test_without_windows_fonts_every_role_shares_the_shipped_font(tmp_path: Path) -> None:
    chosen = font_sources(tmp_path)
    assert {s.path.name for s in chosen.values()} == {"wqy-microhei.ttc"}
    assert len({s.reportlab_name for s in chosen.values()}) == 1  # embedded once, not four times
    f = fonts()
    assert {f.song, f.fang, f.hei, f.kai} <= set(__import__("reportlab.pdfbase.pdfmetrics").pdfbase.pdfmetrics
                                                   .getRegisteredFontNames())
