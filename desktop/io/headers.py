"""Finding the header row and the columns in a sheet as offices actually send it.

Above the header there may be a title and notes; the header itself may be two rows with
merged group cells (``银行信息`` over ``开户银行`` and ``银行账号``). Columns are found by
their Chinese names and synonyms in any order, extra columns are ignored, and a unit in a
header (``原值（万元）``) is kept so the amounts are scaled. A column the program does not
know can be mapped by the user (``mapping``: header text → field key, "" to ignore).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

SCAN_ROWS = 30

_PARENS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "［": "(", "］": ")"})
_UNIT = re.compile(r"\((万元|元|亩|千瓦|kW|KW|kw|%|％|人|个|座|m²|平方米|年)\)$")
_SPACE = re.compile(r"[\s*＊:：]+")
UNIT_FACTORS = {"万元": Decimal(10000), "元": Decimal(1)}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # the canonical header, as the export and the template write it
    synonyms: tuple[str, ...] = ()
    required: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


@dataclass
class HeaderMatch:
    row: int  # 0-based index of the (last) header row; data starts below it
    columns: dict[str, int] = field(default_factory=dict)  # field key → column index
    headers: dict[int, str] = field(default_factory=dict)  # column index → header text as in the file
    units: dict[str, str] = field(default_factory=dict)  # field key → unit written in its header
    unknown: list[int] = field(default_factory=list)  # columns with a header nobody claimed
    missing: list[FieldSpec] = field(default_factory=list)  # required fields not found

    def header_of(self, key: str) -> str:
        col = self.columns.get(key)
        return self.headers.get(col, key) if col is not None else key


def clean_header(value: Any) -> tuple[str, str]:
    """(name without spaces, markers and unit; the unit) of a header cell."""
    text = _SPACE.sub("", str(value if value is not None else "")).translate(_PARENS)
    m = _UNIT.search(text)
    if m:
        return text[:m.start()], m.group(1).replace("％", "%")
    return text, ""


_NAME_INDEX: dict[int, dict[str, tuple[str, int]]] = {}


def _rank(specs: list[FieldSpec], name: str) -> tuple[str, int] | None:
    """The field a header names and how directly (0 = canonical); None when unknown."""
    index = _NAME_INDEX.get(id(specs))
    if index is None:
        index = {}
        for spec in specs:
            for i, candidate in enumerate(spec.names):
                clean = clean_header(candidate)[0]
                if clean not in index or i < index[clean][1]:
                    index[clean] = (spec.key, i)
        _NAME_INDEX[id(specs)] = index
    return index.get(name)


def _header_texts(rows: list[list[Any]], r: int, merged_from_above: bool) -> list[str]:
    """Header text per column of row ``r``; with a group row above, ``group+name`` is also
    known so that a field named only by its group (``银行信息/账号``) can match."""
    row = rows[r]
    texts = [str(c).strip() if c not in (None, "") else "" for c in row]
    if not merged_from_above or r == 0:
        return texts
    above, group = rows[r - 1], ""
    out = []
    for j, text in enumerate(texts):
        cell = above[j] if j < len(above) else ""
        if cell not in (None, ""):
            group = str(cell).strip()
        if not text:
            out.append(group if cell not in (None, "") else "")  # a cell merged down from the group row
        else:
            out.append(text)
    return out


def _score(specs: list[FieldSpec], texts: list[str]) -> int:
    return sum(1 for t in texts if t and _rank(specs, clean_header(t)[0]) is not None)


def find_header(rows: list[list[Any]], specs: list[FieldSpec], mapping: dict[str, str] | None = None) -> HeaderMatch:
    """The header row (scanning the first rows), its columns, and what is missing or unknown.

    A header that spans two rows (group cells merged across, single names merged down) is
    read as one: the lower row's names, and the upper row's where the lower is empty."""
    mapping = mapping or {}
    best_r, best_texts, best_score = -1, [], 0
    for r in range(min(SCAN_ROWS, len(rows))):
        for two_level in (False, True):
            texts = _header_texts(rows, r, two_level)
            score = _score(specs, texts) + sum(1 for t in texts if t and clean_header(t)[0] in mapping)
            if score > best_score:
                best_r, best_texts, best_score = r, texts, score
    if best_score < 2:
        wanted = "、".join(s.label for s in specs if s.required) or specs[0].label
        raise LookupError(f"找不到表头：前 {SCAN_ROWS} 行中没有“{wanted}”等列名，请确认选择的是正确的文件和工作表")
    match = HeaderMatch(row=best_r)
    claims: dict[str, tuple[int, int]] = {}
    for j, text in enumerate(best_texts):
        if not text:
            continue
        match.headers[j] = text
        name, unit = clean_header(text)
        if name in mapping or text in mapping:
            key = mapping.get(name, mapping.get(text, ""))
            if key:
                claims[key] = (j, -1)  # the user's choice beats any synonym
                if unit:
                    match.units[key] = unit
            continue
        hit = _rank(specs, name)
        if hit is None:
            match.unknown.append(j)
            continue
        key, rank = hit
        if key not in claims or rank < claims[key][1]:
            claims[key] = (j, rank)
            if unit:
                match.units[key] = unit
    match.columns = {key: j for key, (j, _rank_) in claims.items()}
    match.missing = [s for s in specs if s.required and s.key not in match.columns]
    return match
