"""Ten years of income for the demo county's earning assets, with a realistic spread.

Most assets earn 5–11 % of their value a year; a few earn little (below the 5 % default
threshold), a few have stopped earning (idle), assets marked 闲置 or 损毁 stopped years
ago, disposed ones stop at disposal. PV stations record their generation, sold at the
coal-power benchmark price plus the subsidy of their year. Same seed, same figures.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.domain.income import AMOUNT_KINDS, IncomeData
from desktop.domain.vocab import Category, Nature, OperationMode, Status
from desktop.models import IncomeRecord

LAST_YEAR = 2025  # the demo's reference day is mid-2026: ten whole years 2016–2025
FIRST_YEAR = LAST_YEAR - 9
PV_PRICE = Decimal("0.3779")  # yuan per kWh, a provincial coal-power benchmark price
FEN = Decimal("0.01")


def _subsidy(project_year: int) -> Decimal:
    """Per-kWh subsidy by the year the station was built (falling to none by 2021)."""
    if project_year <= 2017:
        return Decimal("0.42")
    return {2018: Decimal("0.32"), 2019: Decimal("0.18"), 2020: Decimal("0.08")}.get(project_year, Decimal(0))


def _fen(value: Decimal) -> Decimal:
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def generate_income(session: Session, rows: dict[str, list[dict[str, Any]]], seed: int, now: Any) -> int:
    """Insert the income of the demo's assets (``rows`` as the demo built them); returns the count."""
    rng = random.Random(seed * 7919 + 17)  # its own stream: the register stays as it was
    disposed_on = {d["asset_id"]: d["disposed_on"] for d in rows["disposals"]}
    out: list[dict[str, Any]] = []
    for asset in rows["assets"]:
        if asset["nature"] == Nature.OPERATING and asset["status"] != Status.BUILDING:
            out.extend(_asset_years(rng, asset, disposed_on.get(asset["id"]), now))
    for i in range(0, len(out), 5000):
        session.execute(insert(IncomeRecord), out[i:i + 5000])
    return len(out)


def _asset_years(rng: random.Random, asset: dict[str, Any], disposed: date | None,
                 now: Any) -> list[dict[str, Any]]:
    completion: date = asset["completion_date"]
    first = max(FIRST_YEAR, completion.year + 1)
    last = LAST_YEAR if disposed is None else min(LAST_YEAR, disposed.year - 1)
    roll = rng.random()
    if asset["status"] in (Status.IDLE, Status.DAMAGED):
        last = min(last, LAST_YEAR - rng.randint(2, 4))  # stopped earning some years ago
    elif roll < 0.03:
        last = min(last, LAST_YEAR - 2)  # stopped quietly: the idle warning's business
    rate = Decimal(rng.randint(50, 110)) / 1000  # 5–11 % of the value a year
    if 0.03 <= roll < 0.09:
        rate = Decimal(rng.randint(5, 40)) / 1000  # a poor earner, below the 5 % threshold
    out = []
    for year in range(first, last + 1):
        data = _year(rng, asset, year, rate)
        received = date(year, 12, rng.randint(1, 28)) + timedelta(days=rng.randint(0, 45))
        out.append({"asset_id": asset["id"], **{k: getattr(data, k) for k, _ in AMOUNT_KINDS},
                    "net": data.net, "year": year, "quarter": 0, "kwh": data.kwh, "received_on": received,
                    "note": "", "created_at": now, "updated_at": now})
    return out


def _year(rng: random.Random, asset: dict[str, Any], year: int, rate: Decimal) -> IncomeData:
    value: Decimal = asset["original_value"]
    swing = Decimal(rng.randint(85, 115)) / 100  # weather, prices, a bad season
    data = IncomeData(year=year)
    if asset["category"] == Category.PV:
        hours = Decimal(rng.randint(900, 1150))  # equivalent full-load hours a year
        data.kwh = (asset["capacity"] * hours * swing).quantize(Decimal(1))
        data.power_revenue = _fen(data.kwh * PV_PRICE)
        data.power_subsidy = _fen(data.kwh * _subsidy(asset["project_year"]))
        data.maintenance = _fen(value * Decimal("0.012") * swing)
        data.insurance = _fen(value * Decimal("0.002"))
        if rate < Decimal("0.05"):  # a poor station: shading, broken inverters
            data.maintenance += _fen((data.power_revenue + data.power_subsidy) * Decimal("0.6"))
        return data
    target = _fen(value * rate * swing)
    mode = asset["operation_mode"]
    if mode == OperationMode.LEASE:
        data.rent = asset["agreed_return"] or target
        if rate < Decimal("0.05"):
            data.rent = target  # the tenant pays less than agreed
    elif mode == OperationMode.EQUITY:
        data.dividend = target
    else:
        data.sales = _fen(target * Decimal("1.6"))
        data.maintenance = _fen(target * Decimal("0.45"))
        data.other_cost = _fen(target * Decimal("0.15"))
    if asset["category"] in (Category.GREENHOUSE, Category.FARM) and mode != OperationMode.LEASE:
        data.land_rent = _fen(data.sales * Decimal("0.05"))
    if rng.random() < 0.15:
        data.insurance = _fen(value * Decimal("0.003"))
    return data
