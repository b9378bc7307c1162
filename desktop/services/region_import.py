"""Townships and villages named by an import file: found by name, or created with the import.

Files name places, not codes. A village is looked up under its township (names repeat
across townships); one the database lacks is created under the county with the next free
division code, and the preview lists it so the clerk sees it before committing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.vocab import RegionLevel
from desktop.models import Region
from desktop.services import regions as region_service


def _key(name: str) -> str:
    return "".join(name.split())


class RegionResolver:
    def __init__(self, session: Session, county_name: str = "") -> None:
        self.session = session
        regions = session.execute(select(Region.id, Region.parent_id, Region.level, Region.name, Region.code)).all()
        counties = [r for r in regions if r.level == RegionLevel.COUNTY]
        named = [r for r in counties if _key(r.name) == _key(county_name)] if county_name else []
        self.county = named[0] if named else counties[0] if len(counties) == 1 else None
        self.townships = {_key(r.name): r.id for r in regions if r.level == RegionLevel.TOWNSHIP
                          and (self.county is None or r.parent_id == self.county.id)}
        self.villages: dict[tuple[int, str], int] = {(r.parent_id, _key(r.name)): r.id for r in regions
                                                     if r.level == RegionLevel.VILLAGE and r.parent_id is not None}
        self.names = {r.id: r.name for r in regions}
        self.parent = {r.id: r.parent_id for r in regions}
        self.new_townships: list[str] = []
        self.new_villages: list[tuple[str, str]] = []
        self._checked: dict[tuple[str, str, bool], str | None] = {}  # a file names few places, often
        self._ids: dict[tuple[str, str], int | None] = {}

    def _villages_named(self, village: str) -> list[int]:
        return [vid for (tid, name), vid in self.villages.items() if name == _key(village)
                and tid in self.townships.values()]

    def check(self, township: str, village: str, has_township: bool) -> str | None:
        """None when the place is known or can be created; otherwise what is wrong."""
        key = (township, village, has_township)
        if key not in self._checked:
            self._checked[key] = self._check(township, village, has_township)
        return self._checked[key]

    def _check(self, township: str, village: str, has_township: bool) -> str | None:
        if not village:
            return None  # reported by the row check
        if not has_township or not township:
            hits = self._villages_named(village)
            if len(hits) == 1:
                return None
            if hits:
                return f"有 {len(hits)} 个名为“{village}”的村，请在文件中加上“所属乡镇”列"
            return f"数据库中没有名为“{village}”的村；要同时新建它，文件中须有“所属乡镇”列"
        if self.county is None:
            return "数据库中还没有县级区划（或有多个县），请先在“区划管理”中建立本县，或在文件中加上“所属县”列"
        tid = self.townships.get(_key(township))
        if tid is None and _key(township) not in self.new_townships:
            self.new_townships.append(_key(township))
        if (tid is None or (tid, _key(village)) not in self.villages) and \
                (_key(township), _key(village)) not in self.new_villages:
            self.new_villages.append((_key(township), _key(village)))
        return None

    def created_names(self) -> list[str]:
        return [f"新建乡镇：{t}" for t in self.new_townships] + [f"新建村：{t} {v}" for t, v in self.new_villages]

    def village_id(self, township: str, village: str) -> int | None:
        key = (township, village)
        if key not in self._ids:
            self._ids[key] = self._village_id(township, village)
        return self._ids[key]

    def _village_id(self, township: str, village: str) -> int | None:
        if township:
            tid = self.townships.get(_key(township))
            return self.villages.get((tid, _key(village))) if tid is not None else None
        hits = self._villages_named(village)
        return hits[0] if len(hits) == 1 else None

    def name_of(self, village_id: int | None) -> str:
        if village_id is None:
            return ""
        parent = self.parent.get(village_id)
        return f"{self.names.get(parent, '') if parent else ''} {self.names.get(village_id, '')}".strip()

    def create_missing(self) -> None:
        """Create the townships and villages ``check`` collected (audited, in the caller's transaction)."""
        if not (self.new_townships or self.new_villages):
            return
        assert self.county is not None
        codes = set(self.session.scalars(select(Region.code)))
        for name in self.new_townships:
            code = _free(codes, self.county.code[:6], "000")
            info = region_service.add_region(self.session, name, code, self.county.id)
            self.townships[name] = info.id
            self.names[info.id], self.parent[info.id] = info.name, info.parent_id
        for township, village in self.new_villages:
            tid = self.townships[township]
            t_code = self.session.get_one(Region, tid).code
            info = region_service.add_region(self.session, village, _free(codes, t_code[:9], ""), tid)
            self.villages[(tid, village)] = info.id
            self.names[info.id], self.parent[info.id] = info.name, tid
        self.new_townships, self.new_villages = [], []
        self._ids.clear()  # the new places have ids now


def _free(codes: set[str], prefix: str, suffix: str) -> str:
    for n in range(1, 1000):
        code = f"{prefix}{n:03d}{suffix}"
        if code not in codes:
            codes.add(code)
            return code
    raise ValueError(f"区划代码 {prefix}… 已用完")
