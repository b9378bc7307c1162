"""Reading a household roster from a spreadsheet into checked households, without the database.

Two shapes are understood: one row per person with the household code repeated (the
national monitoring system's export; recognised by its 与户主关系 column) and one row per
household (its head). Every cell is checked where it stands, so each problem names the
Excel row, the column, the value and what is wrong; household-level rules (one head, no
ID twice) are checked once the rows of a household are together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from desktop.domain import idcard
from desktop.domain.households import (
    CATEGORY_SYNONYMS,
    LABOUR_SYNONYMS,
    RELATION_SYNONYMS,
    HouseholdCategory,
    HouseholdData,
    LabourCapacity,
    MemberData,
    MonitorKind,
    Relation,
    clean_digits,
    household_problems,
    lookup,
)
from desktop.io import cells
from desktop.io.headers import FieldSpec, HeaderMatch, find_header
from desktop.io.report import ImportProblem
from desktop.io.sheets import Sheet, read_first_sheet

FIELDS: list[FieldSpec] = [
    FieldSpec("code", "户编号", ("户码", "户编码", "家庭编号", "户主编号"), required=True),
    FieldSpec("county", "所属县", ("县", "县（市、区）", "县区")),
    FieldSpec("township", "所属乡镇", ("乡（镇）", "乡镇", "乡镇（街道）", "乡（镇、街道）", "镇", "乡")),
    FieldSpec("village", "行政村", ("村", "所属村", "村（社区）", "村名", "所在村"), required=True),
    FieldSpec("name", "姓名", ("成员姓名", "户主姓名", "户主"), required=True),
    FieldSpec("id_number", "证件号码", ("身份证号", "身份证号码", "公民身份证号码", "身份证件号码", "证件号",
                                       "户主身份证号", "户主身份证号码"), required=True),
    FieldSpec("relation", "与户主关系", ("与户主的关系", "家庭关系")),
    FieldSpec("labour", "劳动技能", ("劳动能力", "劳动力状况")),
    FieldSpec("disabled", "是否残疾", ("残疾", "残疾情况", "残疾类别")),
    FieldSpec("chronic", "是否患慢性病", ("慢性病", "健康状况", "是否患大病或慢性病")),
    FieldSpec("student", "是否在校生", ("在校生", "在校生状况", "在校情况")),
    FieldSpec("category", "户类型", ("户类别", "人口类型", "对象类别", "类别")),
    FieldSpec("monitor_kind", "监测对象类别", ("监测类型", "监测户类型")),
    FieldSpec("policy", "是否享受政策", ("享受政策",)),
    FieldSpec("phone", "联系电话", ("电话", "手机号码", "手机号", "联系方式")),
    FieldSpec("bank", "开户银行", ("开户行", "银行名称")),
    FieldSpec("account", "银行账号", ("一卡通账号", "银行卡号", "账号", "一卡通号")),
    FieldSpec("notes", "备注"),
    # Known but not imported: derived from the ID, counted, or written by our own reports.
    FieldSpec("sex", "性别"), FieldSpec("birth", "出生日期"), FieldSpec("size", "家庭人口数", ("人口数", "家庭人口")),
    FieldSpec("row_no", "序号", ("Excel 行号", "编号")), FieldSpec("error", "错误说明"),
]
LABELS = {f.key: f.label for f in FIELDS}
HOUSEHOLD_KEYS = ("township", "village", "category", "monitor_kind", "policy", "phone", "bank", "account", "notes")
Progress = Callable[[int, int], None]
_HEAD, _OTHER, _ABLE = Relation.HEAD.value, Relation.OTHER.value, LabourCapacity.ABLE.value  # plain str: fast
_TODAY = date.today()  # birth dates after it are errors; fixed per run, not asked per row
_RAW_HOUSEHOLD = ("township", "village", "phone", "bank", "notes", "account", "monitor_kind", "category", "policy")


@dataclass
class PersonRow:
    row: int
    code: str
    member: MemberData
    household: dict[str, Any]  # household-level values as this row gives them
    ok: bool = True


@dataclass
class ParsedHousehold:
    data: HouseholdData
    rows: list[PersonRow]
    township: str
    village: str
    enjoys: bool | None


@dataclass
class ParsedRoster:
    path: Path
    header: HeaderMatch
    households: list[ParsedHousehold] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    per_person: bool = True
    rows: int = 0
    county: str = ""
    sheet: Sheet | None = None

    def problem(self, row: int, key: str, value: Any, message: str) -> None:
        self.problems.append(ImportProblem(row, self.header.header_of(key) if key else "", cells.display(value),
                                           message))


def parse(path: str | Path, mapping: dict[str, str] | None = None, progress: Progress | None = None,
          sheet: Sheet | None = None) -> ParsedRoster:
    """Read and check a roster file. Raises ``ImportFileError`` (the file) or ``LookupError``
    (no header); everything else becomes a problem of the result."""
    sheet = sheet or read_first_sheet(path)
    header = find_header(sheet.rows, FIELDS, mapping)
    result = ParsedRoster(Path(path), header, per_person="relation" in header.columns, sheet=sheet)
    if header.missing:
        for spec in header.missing:
            result.problems.append(ImportProblem(header.row + 1, spec.label, "",
                                                 f"找不到“{spec.label}”列"
                                                 f"（也可叫：{'、'.join(spec.synonyms) or '无'}），"
                                                 "请在导入向导中指定对应的列"))
        return result
    data_rows = sheet.rows[header.row + 1:]
    people: list[PersonRow] = []
    cols = header.columns
    width = max(cols.values()) + 1
    # Each row's cells in ``_CELLS`` order, in one C call; a column the file lacks reads the
    # None appended to the row (index -1).
    fetch = itemgetter(*(cols.get(key, -1) for key in _CELLS))
    end = [None]
    reader = _RowReader(result)
    for i, cells_ in enumerate(data_rows):
        if progress and i % 5000 == 0:
            progress(i, len(data_rows))
        if not any(cells_):
            continue
        if len(cells_) < width:
            cells_ = [*cells_, *([None] * (width - len(cells_)))]
        values = fetch(cells_ + end)
        if not values[_CODE] and cells.is_total_row(cells_):
            continue  # a 合计 line under the table (checked only where a code is missing: cheap)
        people.append(reader.person(header.row + 2 + i, values))
    result.rows = len(people)
    result.county = county_named(sheet.rows[header.row + 1:], header.columns.get("county"))
    _group(result, people)
    if progress:
        progress(len(data_rows), len(data_rows))
    return result


def county_named(rows: list[list[Any]], col: int | None) -> str:
    """The county the file names (its first non-empty 所属县 cell), if it has that column."""
    if col is None:
        return ""
    return next((cells.text(r[col]) for r in rows if col < len(r) and cells.text(r[col])), "")


# The cells a row is read from, in this order: the person's, then the household's (``_RAW``).
_CELLS = ("code", "name", "id_number", "relation", "labour", "disabled", "chronic", "student", *_RAW_HOUSEHOLD)
_AT = {key: i for i, key in enumerate(_CELLS)}
_CODE, _NAME, _ID, _RELATION, _LABOUR, _DISABLED, _CHRONIC, _STUDENT = range(8)
_RAW = slice(8, None)
_TOWNSHIP, _VILLAGE, _PHONE, _BANK, _NOTES, _ACCOUNT, _KIND, _CATEGORY, _POLICY = range(8, 8 + len(_RAW_HOUSEHOLD))


class _RowReader:
    """Checks one row after another. A row's problems are counted, not flagged per check, and
    the cells of a household repeated on its members' rows are read once (``memo``)."""

    def __init__(self, result: ParsedRoster) -> None:
        cols = result.header.columns
        self.result = result
        self.problems = result.problems
        self.per_person = result.per_person
        self.has_labour = "labour" in cols
        self.has_township = "township" in cols
        self.has_policy = "policy" in cols
        self.memo: dict[tuple[Any, ...], dict[str, Any]] = {}

    def bad(self, row: int, values: tuple[Any, ...], key: str, message: str) -> None:
        self.result.problem(row, key, values[_AT[key]], message)

    def digits(self, row: int, values: tuple[Any, ...], key: str, what: str) -> str | None:
        try:
            return cells.digits_text(values[_AT[key]], what)
        except cells.CellError as exc:
            self.bad(row, values, key, str(exc))
            return None

    def person(self, row: int, values: tuple[Any, ...]) -> PersonRow:
        before = len(self.problems)
        name = cells.text(values[_NAME])
        if not name:
            self.bad(row, values, "name", "姓名为空")
        number = self.digits(row, values, "id_number", "身份证号")
        if number is not None:
            for p in idcard.id_problems(number, today=_TODAY):
                self.bad(row, values, "id_number", p.message)
        relation: str | None = _HEAD
        if self.per_person:
            rel_text = cells.text(values[_RELATION])
            relation = lookup(Relation, rel_text, RELATION_SYNONYMS) if rel_text else None
            if relation is None:
                self.bad(row, values, "relation", f"与户主关系“{rel_text}”无法识别（应为 户主、配偶、之子、之女……）"
                         if rel_text else "与户主关系为空")
        labour: str | None = _ABLE
        if self.has_labour:
            lab_text = cells.text(values[_LABOUR])
            labour = lookup(LabourCapacity, lab_text, LABOUR_SYNONYMS) if lab_text else None
            if labour is None:
                self.bad(row, values, "labour",
                         f"劳动能力“{lab_text}”无法识别（应为 有劳动能力、弱劳动能力、丧失劳动能力或无劳动能力）"
                         if lab_text else "劳动能力为空")
        health = cells.text(values[_CHRONIC])
        disabled_by_health = bool(health) and "残疾" in health
        member = MemberData(name=name, id_number=idcard.normalise(number or ""), relation=relation or _OTHER,
                            labour=labour or _ABLE, disabled=disabled_by_health or cells.flag(values[_DISABLED]),
                            chronic_illness=cells.flag(health) and not disabled_by_health,
                            student=cells.flag(values[_STUDENT]))
        # Members of one household repeat its cells: read them once (unless they had problems).
        raw = values[_RAW]
        household = self.memo.get(raw)
        if household is None:
            problems = len(self.problems)
            household = self.household(row, values)
            if len(self.problems) == problems:
                self.memo[raw] = household
        code = cells.text(values[_CODE])
        if not code:
            self.bad(row, values, "code", "户编号为空")
        return PersonRow(row, code, member, household, len(self.problems) == before)

    def household(self, row: int, values: tuple[Any, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "township": cells.text(values[_TOWNSHIP]), "village": cells.text(values[_VILLAGE]),
            "phone": self.digits(row, values, "phone", "联系电话") or "",
            "bank": cells.text(values[_BANK]), "notes": cells.text(values[_NOTES]),
            "account": clean_digits(self.digits(row, values, "account", "银行账号") or ""),
        }
        if not out["village"]:
            self.bad(row, values, "village", "行政村为空")
        if self.has_township and not out["township"]:
            self.bad(row, values, "township", "所属乡镇为空")
        kind_text = cells.text(values[_KIND])
        cat_text = cells.text(values[_CATEGORY])
        kind = lookup(MonitorKind, kind_text) if kind_text else None
        if kind_text and kind is None:
            self.bad(row, values, "monitor_kind",
                     f"监测对象类别“{kind_text}”无法识别（应为 脱贫不稳定户、边缘易致贫户或突发严重困难户）")
        category = lookup(HouseholdCategory, cat_text, CATEGORY_SYNONYMS) if cat_text else None
        if cat_text and category is None:
            kind = kind or lookup(MonitorKind, cat_text)  # the kind written in the category column
            category = HouseholdCategory.MONITORED.value if kind else None
            if category is None:
                self.bad(row, values, "category", f"户类型“{cat_text}”无法识别（应为 脱贫户 或 监测对象）")
        out["category"] = category or (HouseholdCategory.MONITORED.value if kind else HouseholdCategory.LIFTED.value)
        out["monitor_kind"] = kind if out["category"] == HouseholdCategory.MONITORED else None
        out["policy"] = cells.flag(values[_POLICY]) if self.has_policy else None
        return out


def _group(result: ParsedRoster, people: list[PersonRow]) -> None:
    groups: dict[str, list[PersonRow]] = {}
    first_row_of_id: dict[str, int] = {}
    for p in people:
        number = p.member.id_number
        if number and number in first_row_of_id:
            result.problem(p.row, "id_number", number, f"身份证号与第 {first_row_of_id[number]} 行重复")
            p.ok = False
        first_row_of_id.setdefault(number, p.row)
        if not result.per_person and p.code in groups:
            result.problem(p.row, "code", p.code,
                           f"户编号与第 {groups[p.code][0].row} 行重复（每行一户的表中户编号不能重复）")
            p.ok = False
            continue
        groups.setdefault(p.code, []).append(p)
    for code, rows in groups.items():
        if code:
            result.households.append(_household(result, code, rows))


def _household(result: ParsedRoster, code: str, rows: list[PersonRow]) -> ParsedHousehold:
    lead = next((r for r in rows if r.member.relation == _HEAD), rows[0])
    values = lead.household
    for r in rows:
        if r is lead or r.household is values:
            continue  # the same cells as the head's row (read once, see ``_person``)
        for key in HOUSEHOLD_KEYS:
            mine = r.household.get(key)
            if mine not in (None, "") and values.get(key) not in (None, "") and mine != values[key] and \
                    key in result.header.columns:
                result.problem(r.row, key, _cell_value(result, r, key),
                               f"与同户第 {lead.row} 行的{LABELS[key]}“{values[key]}”不一致")
                r.ok = False
    data = HouseholdData(code=code, category=values["category"], monitor_kind=values["monitor_kind"],
                         phone=values["phone"], bank=values["bank"], account=values["account"],
                         notes=values["notes"], members=[r.member for r in rows])
    data.village_id = 0  # resolved against the database later; the rule only needs "given"
    for p in household_problems(data):
        if p.field == "members" and "户主" not in p.template and "一名成员" not in p.template:
            continue  # a repeated ID is reported row by row, with both rows named
        key = {"members": "relation" if "一名户主" in p.template else "id_number"}.get(p.field, p.field)
        if key == "relation" and not result.per_person:
            key = "name"
        result.problem(lead.row, key if key in result.header.columns else "", _cell_value(result, lead, key),
                       p.message)
        lead.ok = False
    return ParsedHousehold(data, rows, values["township"], values["village"], values["policy"])


def _cell_value(result: ParsedRoster, r: PersonRow, key: str) -> Any:
    if key in ("code",):
        return r.code
    if key == "id_number":
        return r.member.id_number
    return r.household.get(key, "")
