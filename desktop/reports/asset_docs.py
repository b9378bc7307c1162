"""Documents of the asset register: the asset registration card (with a QR code of the
asset code, for the plate on the asset and for finding it again with a phone), the
ownership registration form, and the register print-out as filtered on screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, Spacer, Table

from desktop.domain.assets import RegistrationData
from desktop.domain.money import ZERO, format_yuan
from desktop.domain.problems import Problem, ValidationError
from desktop.domain.vocab import (
    Category,
    DisposalMethod,
    FundingSource,
    Nature,
    OperationMode,
    OwnerKind,
    RegistrationKind,
    Status,
)
from desktop.reports.document import (
    PageSetup,
    build,
    date_text,
    escape,
    field_table,
    heading_with_qr,
    lines_table,
    number_text,
    seal_row,
    signature_block,
    styles,
    table_style,
    today_text,
)
from desktop.reports.fonts import fonts
from desktop.reports.grid import wrap
from desktop.services.print_data import AssetSheet, RegisterPrint


def _basic_pairs(sheet: AssetSheet) -> list[tuple[str, str]]:
    a = sheet.detail.data
    contract = (f"{date_text(a.contract_start)} 至 {date_text(a.contract_end)}"
                if a.contract_start or a.contract_end else "")
    return [
        ("资产编码", a.code), ("资产名称", a.name),
        ("资产类别", Category.label_of(a.category)), ("资产性质", Nature.label_of(a.nature)),
        ("所在地", f"{sheet.county}{sheet.township}{sheet.village}"),
        ("规模", f"{number_text(a.capacity)} {a.capacity_unit}".strip()),
        ("资产原值（元）", format_yuan(a.original_value)), ("项目年度", str(a.project_year or "")),
        ("竣工日期", date_text(a.completion_date)), ("资产状态", Status.label_of(a.status)),
        ("经营方式", OperationMode.label_of(a.operation_mode)), ("经营主体", a.operator),
        ("合同期限", contract), ("约定年收益（元）", format_yuan(a.agreed_return)),
        ("管护主体", a.custodian), ("管护责任人", a.responsible_person),
    ]


def _owners_text(reg: RegistrationData) -> str:
    return "；".join(f"{o.name}（{OwnerKind.label_of(o.kind)}）{o.share}%" for o in reg.owners)


# -- 资产登记卡 ----------------------------------------------------------------------------

def asset_card(sheet: AssetSheet, *, printed_on: date | None = None) -> bytes:
    a = sheet.detail.data
    setup = PageSetup(title=f"扶贫项目资产登记卡 {a.code}")
    w = setup.frame_width
    st = styles()
    story: list[Flowable] = [
        heading_with_qr("扶贫项目资产登记卡", [f"{sheet.county}{sheet.township}{sheet.village}"], a.code, w),
        Spacer(1, 3 * mm), Paragraph("一、基本情况", st.heading), field_table(_basic_pairs(sheet), w)]
    total = sum((f.amount for f in a.funding), ZERO)
    funding = [[FundingSource.label_of(f.source), format_yuan(f.amount),
                f"{(f.amount * 100 / total).quantize(Decimal('0.1'))}%" if total else ""] for f in a.funding]
    funding.append(["合计", format_yuan(total), "100.0%" if total else ""])
    story += [Paragraph("二、资金来源", st.heading),
              lines_table(["资金来源", "金额（元）", "占比"], funding, [w - 70 * mm, 40 * mm, 30 * mm], (1, 2))]
    villages = [[sheet.village_names.get(b.village_id, str(b.village_id)), f"{b.share}%"] for b in a.beneficiaries]
    story += [Paragraph("三、受益村", st.heading),
              lines_table(["受益村", "收益份额"], villages or [["（无）", ""]], [w - 40 * mm, 40 * mm], (1,))]
    story += [Paragraph("四、确权情况", st.heading), _registration_summary(sheet)]
    if sheet.detail.disposal:
        d = sheet.detail.disposal
        story += [Paragraph("五、处置情况", st.heading), field_table([
            ("处置方式", DisposalMethod.label_of(d.method)), ("处置日期", date_text(d.disposed_on)),
            ("批准文号", d.approval_doc), ("处置收入（元）", format_yuan(d.proceeds)), ("处置原因", d.reason)], w,
            wide=["处置原因"])]
    if a.notes.strip():
        story += [Paragraph("备注", st.heading), Paragraph(escape(a.notes), st.table)]
    story += [Spacer(1, 8 * mm), KeepTogether([
        signature_block(["填卡人", "审核人"], w, date_text=f"填卡日期：{today_text(printed_on)}")])]
    return build(story, setup)


def _registration_summary(sheet: AssetSheet) -> Flowable:
    w = PageSetup("").frame_width
    current = sheet.detail.current_registration
    if current is None:
        return Paragraph("尚未办理确权登记（待确权）。", styles().body)
    r = current.data
    return field_table([("证书编号", r.certificate_no), ("登记日期", date_text(r.registered_on)),
                        ("登记机关", r.registering_body), ("登记类型", RegistrationKind.label_of(r.kind)),
                        ("产权所有人", _owners_text(r))], w, wide=["产权所有人"])


# -- 确权登记表 ----------------------------------------------------------------------------

def registration_form(sheet: AssetSheet) -> bytes:
    a = sheet.detail.data
    current = sheet.detail.current_registration
    if current is None:
        raise ValidationError([Problem("code", "资产“{value}”尚未确权登记，没有登记表可打印", {"value": a.code})])
    r = current.data
    setup = PageSetup(title=f"扶贫项目资产确权登记表 {a.code}")
    w = setup.frame_width
    st = styles()
    story: list[Flowable] = [
        heading_with_qr("扶贫项目资产确权登记表", [f"证书编号：{r.certificate_no}"], a.code, w),
        Spacer(1, 3 * mm), Paragraph("一、资产情况", st.heading),
        field_table(_basic_pairs(sheet)[:12], w),
        Paragraph("二、登记事项", st.heading),
        field_table([("登记类型", RegistrationKind.label_of(r.kind)), ("证书编号", r.certificate_no),
                     ("登记日期", date_text(r.registered_on)), ("登记机关", r.registering_body),
                     ("批准文件", r.approval), ("登记原因", r.reason)], w, wide=["登记原因"]),
        Paragraph("三、产权所有人", st.heading)]
    owners = [[str(i), o.name, OwnerKind.label_of(o.kind), f"{o.share}%"] for i, o in enumerate(r.owners, start=1)]
    owners.append(["", "合计", "", f"{sum((o.share for o in r.owners), Decimal(0))}%"])
    story.append(lines_table(["序号", "所有人名称", "类型", "份额"], owners,
                              [14 * mm, w - 84 * mm, 40 * mm, 30 * mm], (3,)))
    earlier = [x for x in sheet.detail.registrations if not x.is_current]
    if earlier:
        rows = [[RegistrationKind.label_of(x.data.kind), x.data.certificate_no, date_text(x.data.registered_on),
                 _owners_text(x.data)] for x in earlier]
        story += [Paragraph("四、登记历史", st.heading),
                  lines_table(["登记类型", "证书编号", "登记日期", "产权所有人"], rows,
                               [24 * mm, 36 * mm, 34 * mm, w - 94 * mm])]
    seals = seal_row(("产权所有人（盖章）", "登记机关（盖章）", "经办人（签字）"), w)
    story += [Spacer(1, 10 * mm), KeepTogether([seals])]
    return build(story, setup)


# -- 资产台账打印 -------------------------------------------------------------------------

REGISTER_COLUMNS = (("序号", 9), ("资产编码", 25), ("资产名称", 45), ("类别", 17), ("性质", 12), ("乡镇", 15),
                    ("村", 15), ("规模", 17), ("原值（元）", 27), ("年度", 10), ("状态", 9), ("确权", 12),
                    ("经营主体", 0))


def register_printout(data: RegisterPrint, *, printed_on: date | None = None) -> bytes:
    """The register as filtered on screen, landscape, with the count and the total value."""
    setup = PageSetup(title="扶贫项目资产台账", landscape=True)
    w = setup.frame_width
    st = styles()
    widths = [x * mm for _, x in REGISTER_COLUMNS]
    widths[-1] = w - sum(widths)
    font = fonts().song

    def lines(text: str, column: int) -> str:
        # Plain text broken here, not Paragraphs: a table of thousands of rows is split page
        # after page, and each split measures the remaining rows again — cheap for strings.
        return "\n".join(wrap(text, font, 9, widths[column] - 6))

    body = []
    for i, r in enumerate(data.rows, start=1):
        body.append([str(i), r.code, lines(r.name, 2), lines(Category.label_of(r.category), 3),
                     Nature.label_of(r.nature), r.township, r.village,
                     f"{number_text(r.capacity)} {r.capacity_unit}".strip(),
                     format_yuan(r.original_value), str(r.project_year), Status.label_of(r.status),
                     "已确权" if r.registered else "待确权", lines(r.operator, 12)])
    t = LongTable([[name for name, _ in REGISTER_COLUMNS], *body], colWidths=widths, repeatRows=1)
    t.setStyle(table_style(size=9, extra=[("LEADING", (0, 0), (-1, -1), 11),
                                          ("ALIGN", (8, 1), (8, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")]))
    # The total is a table of its own under the register: a SPAN inside a table of thousands
    # of rows makes every page split re-examine the spans of all remaining rows.
    total = Table([[f"合计 {len(data.rows)} 项", format_yuan(data.total_value), ""]],
                  colWidths=[sum(widths[:8]), widths[8], sum(widths[9:])])
    total.setStyle(table_style(0, font=fonts().hei, size=9, extra=[("ALIGN", (0, 0), (0, 0), "CENTER"),
                                                                   ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story: list[Flowable] = [
        Paragraph("扶贫项目资产台账", st.title),
        Paragraph(escape(f"筛选条件：{data.filter_text}　　共 {len(data.rows)} 项，原值合计 "
                         f"{format_yuan(data.total_value)} 元　　打印日期：{today_text(printed_on)}"), st.small),
        Spacer(1, 2 * mm), t, KeepTogether([total])]
    return build(story, setup)
