"""The county's policy presets stored as JSON rows; the built-in ones seed an empty table."""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.distribution import BUILT_IN, NATIONAL, Preset, validate_preset
from desktop.domain.problems import ValidationError
from desktop.models import PlanPreset


def ensure_presets(session: Session) -> None:
    """Seed the built-in presets (national guidance as the default) when there are none."""
    if session.scalar(select(PlanPreset.id).limit(1)) is not None:
        return
    for p in BUILT_IN:
        session.add(PlanPreset(code=p.code, name=p.name, data=json.dumps(p.to_dict(), ensure_ascii=False),
                               is_default=p.code == NATIONAL.code))
    session.flush()


def preset_of(row: PlanPreset) -> Preset:
    return Preset.from_dict(json.loads(row.data))


def default_preset(session: Session) -> tuple[PlanPreset, Preset]:
    ensure_presets(session)
    row = session.scalars(select(PlanPreset).order_by(PlanPreset.is_default.desc(), PlanPreset.id)).first()
    assert row is not None
    return row, preset_of(row)


def list_presets(session: Session) -> list[tuple[int, Preset, bool]]:
    ensure_presets(session)
    return [(r.id, preset_of(r), r.is_default) for r in session.scalars(select(PlanPreset).order_by(PlanPreset.id))]


def save_preset(session: Session, preset: Preset, *, make_default: bool = False, preset_id: int | None = None) -> int:
    """Insert or update a preset (by id, or by code); refuses an invalid one whole."""
    problems = validate_preset(preset)
    if problems:
        raise ValidationError(problems)
    row = session.get(PlanPreset, preset_id) if preset_id is not None else \
        session.scalars(select(PlanPreset).where(PlanPreset.code == preset.code)).first()
    data = json.dumps(preset.to_dict(), ensure_ascii=False)
    if row is None:
        row = PlanPreset(code=preset.code, name=preset.name, data=data, is_default=False)
        session.add(row)
    else:
        row.code, row.name, row.data = preset.code, preset.name, data
    session.flush()
    if make_default:
        session.execute(update(PlanPreset).where(PlanPreset.id != row.id).values(is_default=False))
        row.is_default = True
        session.flush()
    return row.id
