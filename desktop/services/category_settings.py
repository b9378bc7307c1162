"""Self-check thresholds per asset category, kept in the database.

They live in the database rather than in each desk's settings because the warnings must
be the same on every desk of a shared county database and in ``warnings --json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem, ValidationError
from desktop.domain.selfcheck import DEFAULT_RULES, CategoryRules
from desktop.domain.vocab import Category
from desktop.models import CategorySetting


def category_rules(session: Session) -> dict[str, CategoryRules]:
    """The rules of every category, the defaults where the office has set none."""
    rules = {c.value: DEFAULT_RULES for c in Category}
    for s in session.scalars(select(CategorySetting)):
        rules[s.category] = CategoryRules(s.return_threshold, s.idle_months, s.expiry_days)
    return rules


def validate_rules(rules: Mapping[str, CategoryRules]) -> list[Problem]:
    p: list[Problem] = []
    for category, r in rules.items():
        label = Category.label_of(category)
        if category not in Category._value2member_map_:
            p.append(Problem("category", "未知的资产类别：{value}", {"value": category}))
        if not Decimal(0) <= r.return_threshold <= Decimal(100) or r.return_threshold != r.return_threshold.quantize(
                Decimal("0.01")):
            p.append(Problem("return_threshold", "{label}：收益率阈值须在 0–100% 之间、最多两位小数：{value}",
                             {"label": label, "value": r.return_threshold}))
        if not 1 <= r.idle_months <= 120:
            p.append(Problem("idle_months", "{label}：闲置月数须在 1–120 之间：{value}",
                             {"label": label, "value": r.idle_months}))
        if not 0 <= r.expiry_days <= 3650:
            p.append(Problem("expiry_days", "{label}：合同到期提前天数须在 0–3650 之间：{value}",
                             {"label": label, "value": r.expiry_days}))
    return p


def save_category_rules(session: Session, rules: Mapping[str, CategoryRules]) -> int:
    """Store ``rules``; returns how many categories changed. Nothing is written on a problem."""
    problems = validate_rules(rules)
    if problems:
        raise ValidationError(problems)
    existing = {s.category: s for s in session.scalars(select(CategorySetting))}
    changed = 0
    for category, r in rules.items():
        row = existing.get(category)
        if row is None:
            if r == DEFAULT_RULES:
                continue
            row = CategorySetting(category=category)
            session.add(row)
        elif CategoryRules(row.return_threshold, row.idle_months, row.expiry_days) == r:
            continue
        row.return_threshold, row.idle_months, row.expiry_days = r.return_threshold, r.idle_months, r.expiry_days
        changed += 1
    session.flush()
    return changed
