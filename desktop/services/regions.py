"""Regions: the county → township → village tree, added to and renamed by the office."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem, ValidationError
from desktop.domain.regions import normalise_code, validate_region
from desktop.domain.vocab import RegionLevel
from desktop.models import Region

_CHILD_LEVEL = {None: RegionLevel.COUNTY, RegionLevel.COUNTY: RegionLevel.TOWNSHIP,
                RegionLevel.TOWNSHIP: RegionLevel.VILLAGE}


@dataclass(frozen=True)
class RegionInfo:
    id: int
    level: str
    name: str
    code: str
    parent_id: int | None


def _info(r: Region) -> RegionInfo:
    return RegionInfo(r.id, r.level, r.name, r.code, r.parent_id)


def all_regions(session: Session) -> list[RegionInfo]:
    """Every region ordered by code — a county has at most a few thousand."""
    return [_info(r) for r in session.scalars(select(Region).order_by(Region.code))]


def regions_at(session: Session, level: str, parent_id: int | None = None) -> list[RegionInfo]:
    q = select(Region).where(Region.level == level).order_by(Region.code)
    if parent_id is not None:
        q = q.where(Region.parent_id == parent_id)
    return [_info(r) for r in session.scalars(q)]


def _check_unique(session: Session, code: str, name: str, parent_id: int | None,
                  exclude_id: int | None) -> list[Problem]:
    p: list[Problem] = []
    clash = session.scalar(select(Region).where(Region.code == code, Region.id != (exclude_id or -1)))
    if clash:
        p.append(Problem("code", "区划代码“{value}”已被“{other}”使用", {"value": code, "other": clash.name}))
    twin = session.scalar(select(Region).where(Region.parent_id == parent_id, Region.name == name.strip(),
                                               Region.id != (exclude_id or -1)))
    if twin:
        p.append(Problem("name", "同一上级下已有名为“{value}”的区划", {"value": name.strip()}))
    return p


def add_region(session: Session, name: str, code: str, parent_id: int | None) -> RegionInfo:
    """Add a county (no parent), a township (under a county) or a village (under a township)."""
    parent = session.get(Region, parent_id) if parent_id is not None else None
    if parent_id is not None and parent is None:
        raise ValidationError([Problem("parent_id", "上级区划不存在：{value}", {"value": parent_id})])
    level = _CHILD_LEVEL.get(RegionLevel(parent.level) if parent else None)
    if level is None:
        raise ValidationError([Problem("parent_id", "村下面不能再添加区划")])
    code = normalise_code(code)
    problems = validate_region(level, name, code, parent.code if parent else None)
    problems += [] if problems else _check_unique(session, code, name, parent_id, None)
    if problems:
        raise ValidationError(problems)
    region = Region(level=level, name=name.strip(), code=code, parent_id=parent_id)
    session.add(region)
    session.flush()
    return _info(region)


def rename_region(session: Session, region_id: int, name: str, code: str) -> RegionInfo:
    region = session.get(Region, region_id)
    if region is None:
        raise ValidationError([Problem("id", "区划不存在：{value}", {"value": region_id})])
    code = normalise_code(code)
    parent_code = region.parent.code if region.parent else None
    problems = validate_region(region.level, name, code, parent_code)
    problems += [] if problems else _check_unique(session, code, name, region.parent_id, region.id)
    if code != region.code and region.children:
        problems.append(Problem("code", "“{name}”下已有下级区划，不能修改代码", {"name": region.name}))
    if problems:
        raise ValidationError(problems)
    region.name, region.code = name.strip(), code
    session.flush()
    return _info(region)


def is_empty(session: Session) -> bool:
    """A database with no regions has nothing in it yet (the demo is offered then)."""
    return not session.scalar(select(func.count()).select_from(Region))
