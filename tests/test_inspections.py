"""Inspections, rectifications, handovers, attachments and the chain warnings on real
databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.domain.inspection_rules import accepted
from desktop.domain.inspections import (
    HandoverData,
    HandoverItem,
    InspectionData,
    InspectionKind,
    InspectionResult,
    RectificationLine,
    TeamMember,
    validate_inspection,
)
from desktop.domain.problems import ValidationError
from desktop.domain.vocab import Status
from desktop.domain.warnings import WarningKind
from desktop.models import Asset, AttachmentBlob, AuditEntry, Inspection, Rectification
from desktop.services import attachments, demo, demo_inspections, handovers
from desktop.services import inspections as svc
from desktop.services.assets import dispose_asset
from desktop.services.inspection_warnings import acceptance_facts, inspection_warnings

TODAY = date(2026, 11, 23)
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8"
                    "cfc0f01f0005000200f0b5e1f60000000049454e44ae426082")


@pytest.fixture
def county(any_db):  # type: ignore[no-untyped-def]
    with any_db.session() as s:
        demo.generate(s, "small", 1)
    return any_db


def new_asset(database) -> int:  # type: ignore[no-untyped-def]
    """An operating asset with no inspection records of its own."""
    with database.session() as s:
        asset = s.scalars(select(Asset).where(Asset.status == Status.OPERATING).order_by(Asset.id)).first()
        assert asset is not None
        s.execute(Rectification.__table__.delete().where(Rectification.inspection_id.in_(
            select(Inspection.id).where(Inspection.asset_id == asset.id))))
        for r in s.scalars(select(Inspection).where(Inspection.asset_id == asset.id)):
            s.delete(r)
        return asset.id


def inspection(asset_id: int, **kw) -> InspectionData:  # type: ignore[no-untyped-def]
    base = {"asset_id": asset_id, "kind": InspectionKind.COMPLETION, "inspected_on": date(2026, 3, 2),
            "result": InspectionResult.BASICALLY, "findings": "公示牌未设立",
            "team": [TeamMember("周测试", "和平县农业农村局", "组长"), TeamMember("吴测试", "某镇人民政府", "成员")],
            "verified_investment": Decimal("123456.78"), "approved_quantity": Decimal("8"),
            "actual_quantity": Decimal("7.5"), "quantity_unit": "座",
            "rectifications": [RectificationLine("设立公示牌", "王责任", date(2026, 4, 1))]}
    return InspectionData(**{**base, **kw})


def test_save_and_read_back_whole(county):
    aid = new_asset(county)
    data = inspection(aid, checks={"check_quality": True, "check_funds": True, "check_reimbursement": False,
                                   "check_beneficiary_list": True, "check_notice_board": False})
    with county.session() as s:
        iid = svc.save_inspection(s, data, today=TODAY)
    with county.reader() as s:
        back = svc.get_inspection(s, iid)
    assert back.data.verified_investment == Decimal("123456.78") and back.data.actual_quantity == Decimal("7.500")
    assert back.data.team == data.team and back.data.checks == data.checks
    assert [(r.requirement, r.deadline, r.done_on) for r in back.data.rectifications] == [
        ("设立公示牌", date(2026, 4, 1), None)]
    assert back.asset.id == aid


def test_invalid_inspection_writes_nothing(county):
    aid = new_asset(county)
    with county.reader() as s:
        before = s.scalar(select(func.count()).select_from(Inspection))
    with pytest.raises(ValidationError) as exc, county.session() as s:
        svc.save_inspection(s, inspection(aid, team=[]), today=TODAY)
    assert "请至少填写一名验收组成员" in str(exc.value)
    with county.reader() as s:
        assert s.scalar(select(func.count()).select_from(Inspection)) == before


def test_editing_keeps_rectification_ids_and_attachments_and_is_audited(county):
    aid = new_asset(county)
    with county.session() as s:
        iid = svc.save_inspection(s, inspection(aid), today=TODAY)
        attachments.add(s, "inspection", iid, "photo.png", PNG)
    with county.reader() as s:
        data = svc.get_inspection(s, iid).data
    rid = data.rectifications[0].id
    data.rectifications[0].done_on = date(2026, 4, 5)
    data.rectifications[0].confirmed_by = "李确认"
    data.rectifications.append(RectificationLine("补齐报账凭证", "赵会计", date(2026, 5, 1)))
    data.findings = "公示牌未设立；报账凭证不全"
    with county.session() as s:
        assert svc.save_inspection(s, data, today=TODAY) == iid
    with county.reader() as s:
        back = svc.get_inspection(s, iid).data
        assert back.rectifications[0].id == rid and back.rectifications[0].done_on == date(2026, 4, 5)
        assert len(back.rectifications) == 2
        assert [a.file_name for a in attachments.list_for(s, "inspection", iid)] == ["photo.png"]
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "rectifications",
                                                   AuditEntry.entity_id == rid, AuditEntry.action == "update")).all()
        assert len(audit) == 1 and json.loads(audit[0].after)["confirmed_by"] == "李确认"
        assert audit[0].operator == "测试员"


def test_search_filters_sorts_and_pages(county):
    with county.reader() as s:
        everything = svc.search(s, svc.InspectionFilter())
        assert len(everything) == s.scalar(select(func.count()).select_from(Inspection))
        rows = svc.fetch_rows(s, everything[:50])
        dates = [rows[i].inspected_on for i in everything[:50]]
        assert dates == sorted(dates, reverse=True)
        failed = svc.search(s, svc.InspectionFilter(result=InspectionResult.FAILED))
        assert failed and all(r.result == "failed" for r in svc.fetch_rows(s, failed).values())
        period = svc.search(s, svc.InspectionFilter(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31),
                                                    kind=InspectionKind.ANNUAL))
        assert all(r.inspected_on.year == 2024 and r.kind == "annual" for r in svc.fetch_rows(s, period).values())
        town = svc.fetch_rows(s, everything[:1])[everything[0]].township
        ids = svc.search(s, svc.InspectionFilter(township_id=_township_id(s, town)))
        assert ids and all(r.township == town for r in svc.fetch_rows(s, ids).values())
        by_value = svc.search(s, svc.InspectionFilter(), "verified_investment", False)
        rows = svc.fetch_rows(s, by_value)
        values = [rows[i].verified_investment for i in by_value]
        filled = [v for v in values if v is not None]
        assert filled == sorted(filled) and values[len(filled):] == [None] * (len(values) - len(filled))


def _township_id(s, name):  # type: ignore[no-untyped-def]
    from desktop.models import Region
    return s.scalar(select(Region.id).where(Region.name == name, Region.level == "township"))


def test_asset_choices_find_by_code_or_name_one_page(county):
    with county.reader() as s:
        by_code = svc.asset_choices(s, "HP20", limit=5)
        assert len(by_code) == 5 and all("HP20" in c.code for c in by_code)
        name = by_code[0].name
        assert by_code[0].id in [c.id for c in svc.asset_choices(s, name[2:6])]
        assert svc.asset_choices(s, "没有这个资产") == []


def test_team_members_are_remembered_most_recent_first(county):
    aid = new_asset(county)
    with county.session() as s:
        svc.save_inspection(s, inspection(aid, team=[TeamMember("新面孔", "第三方", "技术专家")]), today=TODAY)
    with county.reader() as s:
        known = svc.known_team_members(s)
    assert known[0] == TeamMember("新面孔", "第三方", "技术专家")
    assert len({m.name for m in known}) == len(known) > 5


def test_overdue_list_and_days_late(county):
    aid = new_asset(county)
    with county.session() as s:
        svc.save_inspection(s, inspection(aid, rectifications=[
            RectificationLine("今天到期", "甲", TODAY),
            RectificationLine("逾期三天", "乙", TODAY - timedelta(days=3)),
            RectificationLine("逾期但已完成", "丙", TODAY - timedelta(days=30), TODAY - timedelta(days=1), "丁")]),
            today=TODAY)
    with county.reader() as s:
        mine = [r for r in svc.overdue_rectifications(s, TODAY) if r.asset_id == aid]
        assert [(r.requirement, r.days_late) for r in mine] == [("逾期三天", 3)]
        assert svc.count_overdue(s, TODAY) == len(svc.overdue_rectifications(s, TODAY))


def test_handover_needs_passed_acceptance_then_registration_closes_the_chain(county):
    aid = new_asset(county)
    item = [HandoverItem("光伏组件", Decimal("120"), "块")]
    handover = HandoverData(aid, date(2026, 4, 10), "某镇人民政府", "某村股份经济合作社", item)
    with pytest.raises(ValidationError, match="尚未通过"), county.session() as s:
        handovers.save_handover(s, handover, today=TODAY)
    with county.session() as s:
        svc.save_inspection(s, inspection(aid, result=InspectionResult.FAILED), today=TODAY)
        svc.save_inspection(s, inspection(aid, kind=InspectionKind.RECHECK, inspected_on=date(2026, 4, 1),
                                          result=InspectionResult.PASSED, rectifications=[]), today=TODAY)
        assert handovers.passed_on(s, aid) == date(2026, 4, 1)
        hid = handovers.save_handover(s, handover, today=TODAY)
    with county.reader() as s:
        [record] = handovers.handovers_of_asset(s, aid)
        assert record.id == hid and record.data.items == [HandoverItem("光伏组件", Decimal("120.000"), "块")]


# -- warnings ----------------------------------------------------------------------------
def kinds_for(database, asset_id, today=TODAY):  # type: ignore[no-untyped-def]
    with database.reader() as s:
        return sorted(w.kind for w in inspection_warnings(s, today) if w.asset_id == asset_id)


def test_warnings_follow_the_chain(county):
    aid = new_asset(county)
    with county.session() as s:
        from desktop.models import Handover, Registration
        for h in s.scalars(select(Handover).where(Handover.asset_id == aid)):
            s.delete(h)
        registered = s.scalar(select(func.count()).select_from(Registration).where(Registration.asset_id == aid))
    assert kinds_for(county, aid) == [WarningKind.NO_ACCEPTANCE]
    with county.session() as s:
        svc.save_inspection(s, inspection(aid, result=InspectionResult.FAILED), today=TODAY)
    assert kinds_for(county, aid) == [WarningKind.NO_ACCEPTANCE, WarningKind.RECTIFICATION_OVERDUE]
    with county.session() as s:
        iid = svc.save_inspection(s, inspection(aid, kind=InspectionKind.RECHECK, inspected_on=date(2026, 5, 1),
                                                result=InspectionResult.PASSED, rectifications=[]), today=TODAY)
    got = kinds_for(county, aid)
    assert WarningKind.NO_ACCEPTANCE not in got and WarningKind.NO_HANDOVER in got
    with county.reader() as s:
        [w] = [w for w in inspection_warnings(s, TODAY) if w.asset_id == aid and w.kind == WarningKind.NO_HANDOVER]
    assert (w.entity, w.entity_id) == ("inspections", iid)
    assert WarningKind.NO_HANDOVER not in kinds_for(county, aid, date(2026, 7, 1))  # within 90 days
    with county.session() as s:
        handovers.save_handover(s, HandoverData(aid, date(2026, 5, 20), "镇", "村", [HandoverItem("全部")]),
                                today=TODAY)
    assert (WarningKind.NO_HANDOVER in kinds_for(county, aid)) == (not registered)
    with county.session() as s:
        dispose_asset(s, aid, _disposal(), today=TODAY)
    assert kinds_for(county, aid) == []


def _disposal():  # type: ignore[no-untyped-def]
    from desktop.domain.assets import DisposalData
    return DisposalData(method="scrap", disposed_on=date(2026, 11, 1), reason="损毁报废")


def test_warnings_match_the_rules_applied_to_every_asset(county):
    with county.reader() as s:
        facts = acceptance_facts(s)
        warnings = inspection_warnings(s, TODAY)
        operating = s.scalar(select(func.count()).select_from(Asset).where(Asset.status.in_(
            [Status.OPERATING, Status.IDLE, Status.DAMAGED]), Asset.deleted_at.is_(None)))
    no_acc = {w.asset_id for w in warnings if w.kind == WarningKind.NO_ACCEPTANCE}
    assert no_acc == {f.asset_id for f in facts if f.status != Status.BUILDING and not accepted(f)}
    assert 0 < len(no_acc) < operating
    with county.reader() as s:
        overdue = svc.count_overdue(s, TODAY)
    assert sum(w.kind == WarningKind.RECTIFICATION_OVERDUE for w in warnings) == overdue > 0


# -- attachments -------------------------------------------------------------------------
def test_attachment_round_trip_byte_for_byte_and_dedup(county):
    aid = new_asset(county)
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF"
    with county.session() as s:
        iid = svc.save_inspection(s, inspection(aid), today=TODAY)
        first = attachments.add(s, "inspection", iid, "scan.pdf", pdf)
        again = attachments.add(s, "inspection", iid, "scan-copy.pdf", pdf)
        on_asset = attachments.add(s, "asset", aid, "C:\\扫描\\验收单.pdf", pdf)
        photo = attachments.add(s, "asset", aid, "现场.jpg", PNG)
    assert again == first
    with county.reader() as s:
        assert attachments.content(s, first) == ("scan.pdf", pdf)
        name, data = attachments.content(s, on_asset)
        assert (name, data) == ("验收单.pdf", pdf)
        assert attachments.content(s, photo)[1] == PNG
        assert s.scalar(select(func.count()).select_from(AttachmentBlob)) == 2  # one per content
        [info] = attachments.list_for(s, "inspection", iid)
        assert (info.size, info.sha256, info.mime) == (len(pdf), hashlib.sha256(pdf).hexdigest(), "application/pdf")
        assert {a.mime for a in attachments.list_for(s, "asset", aid)} == {"application/pdf", "image/png"}
    with county.session() as s:
        attachments.remove(s, first)
    with county.reader() as s:
        assert s.scalar(select(func.count()).select_from(AttachmentBlob)) == 2  # still used by the asset
    with county.session() as s:
        attachments.remove(s, on_asset)
    with county.reader() as s:
        assert s.scalar(select(func.count()).select_from(AttachmentBlob)) == 1


def test_attachment_size_limit_and_type_are_refused_with_a_clear_message(county, tmp_path):
    aid = new_asset(county)
    big = tmp_path / "大照片.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\0" * (3 * 1024 * 1024))
    with pytest.raises(ValidationError) as exc, county.session() as s:
        attachments.add_file(s, "asset", aid, big, max_bytes=2 * 1024 * 1024)
    assert str(exc.value) == ("附件“大照片.jpg”大小为 3.0 MB，超过上限 2.0 MB，未添加。请压缩图片或分页扫描后再添加")
    with pytest.raises(ValidationError, match="不是照片或 PDF"), county.session() as s:
        attachments.add(s, "asset", aid, "notes.txt", b"hello")
    with pytest.raises(ValidationError, match="验收记录不存在"), county.session() as s:
        attachments.add(s, "inspection", 999999, "a.png", PNG)
    with county.reader() as s:
        assert s.scalar(select(func.count()).select_from(AttachmentBlob)) == 0


def test_attachments_on_handovers_and_registrations(county):
    from desktop.models import Registration
    with county.session() as s:
        reg = s.scalars(select(Registration)).first()
        link = attachments.add(s, "registration", reg.id, "证书.png", PNG)
        assert attachments.counts(s, "registration", [reg.id]) == {reg.id: 1}
    with county.reader() as s:
        assert attachments.content(s, link)[1] == PNG


# -- demo --------------------------------------------------------------------------------
def test_demo_inspections_are_valid_deterministic_and_warn(county):
    with county.reader() as s:
        ids = svc.search(s, svc.InspectionFilter())
        for iid in ids[:: max(len(ids) // 40, 1)]:
            data = svc.get_inspection(s, iid).data
            assert validate_inspection(data, today=demo_inspections.REFERENCE_DAY) == [], iid
        kinds = {w.kind for w in inspection_warnings(s, TODAY)}
    assert kinds == {WarningKind.NO_ACCEPTANCE, WarningKind.RECTIFICATION_OVERDUE, WarningKind.NO_HANDOVER}
