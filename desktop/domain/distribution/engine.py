"""``compute``: a plan's pool divided among its channels and recipients, exactly.

Rules, in the order applied:
1. The pool is the sum of its lines (asset lines: the village's share of net income,
   rounded down to the fen; manual lines as entered).
2. Channels run in ``CHANNEL_ORDER``. A percentage is taken of the exact pool or of the
   exact amount the earlier channels left (before rounding, so rounding in one channel
   never changes another's base); "rest" takes all of what is left.
3. Computed amounts (percentages, aid, points awards) are rounded DOWN to the rounding
   unit (fen or yuan); entered amounts (wages, works, named awards, fixed sums) stay as
   entered. Within a channel the units are divided by largest remainder (``allocate``).
4. What rounding left over (the remainder, always less than one unit per rounded figure)
   goes to the channel the plan names (reserve, works or retained), which is added if the
   plan lacks it. What no channel takes is the ``UNALLOCATED`` channel, with a problem.
5. Channels that together ask for more than the pool, a minimum that the aid budget
   cannot reach, and malformed input raise ``ValidationError`` naming channel and value.
Everything inside is integer fen; Decimal only at the edges.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

from desktop.domain.distribution.allocate import MinimumInfeasible, split
from desktop.domain.distribution.channels import (
    AidChannel,
    AidWeights,
    Amount,
    AwardsChannel,
    PlanConfig,
    PlanInput,
    fmt_number,
)
from desktop.domain.distribution.inputs import Household, Period
from desktop.domain.distribution.result import ChannelResult, Excluded, PlanResult, Recipient, Remainder
from desktop.domain.distribution.vocab import (
    REMAINDER_TARGETS,
    AidBasis,
    AmountBasis,
    ChannelKind,
    LabourCapacity,
    Rounding,
)
from desktop.domain.money import MoneyError, to_fen
from desktop.domain.problems import Problem, ValidationError

WEIGHT_PLACES = 3  # weights like 1.25; products of two stay within 6 places
_WEIGHT_SCALE = 2 * WEIGHT_PLACES


def fen_text(fen: int) -> str:
    """``123456`` → ``"1,234.56"`` without a Decimal round trip (the engine formats a lot)."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{part:02d}"


def _dec(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


class _Channel:
    """A channel being built: amounts in fen, recipients in fen until the end."""

    __slots__ = ("kind", "name", "fen", "explanation", "recipients", "excluded", "remainder")

    def __init__(self, kind: ChannelKind, name: str, fen: int, explanation: str,
                 recipients: list[Recipient] | None = None, excluded: list[Excluded] | None = None):
        self.kind, self.name, self.fen, self.explanation = kind, name, fen, explanation
        self.recipients = recipients or []
        self.excluded = excluded or []
        self.remainder = 0

    def result(self) -> ChannelResult:
        explanation = self.explanation
        if self.remainder and explanation:
            explanation += f"；另计入取整尾差{fen_text(self.remainder)}元，合计{fen_text(self.fen)}元"
        elif self.remainder:
            explanation = f"取整尾差{fen_text(self.remainder)}元"
        return ChannelResult(self.kind, self.name, _dec(self.fen), explanation, tuple(self.recipients),
                             _dec(self.remainder), tuple(self.excluded))


class _Run:
    """One computation: the pool, what has been taken (exactly), the problems found."""

    def __init__(self, plan: PlanInput):
        self.plan = plan
        self.cfg: PlanConfig = plan.config
        self.unit = 100 if self.cfg.rounding == Rounding.YUAN else 1
        self.errors: list[Problem] = []
        self.problems: list[Problem] = []
        self.pool = sum(line.amount_fen for line in plan.pool)
        self.taken = Fraction(0)  # exact ideal amount of the channels so far
        self.extra_unallocated = 0
        self.channels: list[_Channel] = []

    # --- amounts -----------------------------------------------------------------------
    def ideal(self, amount: Amount, what: str) -> Fraction:
        value = amount.value
        if amount.basis == AmountBasis.FIXED:
            try:
                fen = to_fen(value)
            except MoneyError as e:
                self.errors.append(Problem(what, "{what}金额无效：{value}（{why}）",
                                           {"what": what, "value": value, "why": e}))
                return Fraction(0)
            if fen < 0:
                self.errors.append(Problem(what, "{what}金额不能为负数：{value}", {"what": what, "value": value}))
                return Fraction(0)
            return Fraction(fen)
        if amount.basis == AmountBasis.REST:
            return max(Fraction(self.pool) - self.taken, Fraction(0))
        hundredths = value.scaleb(2)
        if not value.is_finite() or hundredths != hundredths.to_integral_value() or not 0 <= value <= 100:
            self.errors.append(Problem(what, "{what}比例应在 0–100% 之间、最多两位小数：{value}%",
                                       {"what": what, "value": value}))
            return Fraction(0)
        base = Fraction(self.pool) if amount.basis == AmountBasis.POOL_PERCENT else Fraction(self.pool) - self.taken
        return max(base, Fraction(0)) * int(hundredths) / 10_000  # nothing left (or overdrawn): nothing

    def floor_unit(self, ideal: Fraction) -> int:
        return (ideal.numerator // (ideal.denominator * self.unit)) * self.unit

    @property
    def overdrawn(self) -> bool:
        return self.taken > self.pool

    def take(self, ideal: Fraction, what: str) -> None:
        """Book ``ideal``; the first channel that goes beyond the pool is named (once: the ones
        after it are over only because of it)."""
        before = self.taken
        was_over = self.overdrawn
        self.taken += ideal
        if self.overdrawn and not was_over:
            left = max(Fraction(self.pool) - before, Fraction(0))
            self.errors.append(Problem(what, "{what}需{need}元，超出可分配余额{left}元（收益总额{pool}元）",
                                       {"what": what, "need": fen_text(_ceil(ideal)),
                                        "left": fen_text(_floor(left)), "pool": fen_text(self.pool)}))

    def lump(self, kind: ChannelKind, name: str, amount: Amount) -> None:
        ideal = self.ideal(amount, name)
        self.take(ideal, name)
        fen = int(ideal) if amount.basis == AmountBasis.FIXED else self.floor_unit(ideal)
        self.channels.append(_Channel(kind, name, fen, f"{amount.describe()}，计{fen_text(fen)}元"))

    # --- channels ----------------------------------------------------------------------
    def jobs(self) -> None:
        assert self.cfg.jobs is not None
        recipients = []
        total = 0
        for row, line in enumerate(self.cfg.jobs.lines, start=1):
            try:
                fen = line.amount_fen
            except MoneyError as e:
                self.errors.append(Problem("jobs", "公益岗位第 {row} 行工资无效：{why}", {"row": row, "why": e}))
                continue
            if fen <= 0 or line.months < 0 or line.days < 0:
                self.errors.append(Problem("jobs", "公益岗位第 {row} 行（{name}）工资应大于 0",
                                           {"row": row, "name": line.person_name}))
                continue
            total += fen
            recipients.append(Recipient(ChannelKind.JOBS, line.person_key, line.person_name, _dec(fen),
                                        f"{line.describe()}，计{fen_text(fen)}元",
                                        line.household_key, line.person_key))
        self.take(Fraction(total), ChannelKind.JOBS.label)
        self.channels.append(_Channel(ChannelKind.JOBS, ChannelKind.JOBS.label, total,
                                      f"{len(recipients)}人，按岗位工资合计", recipients))

    def works(self) -> None:
        assert self.cfg.works is not None
        recipients = []
        total = 0
        for row, line in enumerate(self.cfg.works.lines, start=1):
            try:
                fen = to_fen(line.amount)
            except MoneyError as e:
                self.errors.append(Problem("works", "小型公益事业第 {row} 行金额无效：{why}", {"row": row, "why": e}))
                continue
            if fen <= 0 or not line.project.strip():
                self.errors.append(Problem("works", "小型公益事业第 {row} 行须填写项目名称和大于 0 的金额",
                                           {"row": row}))
                continue
            total += fen
            recipients.append(Recipient(ChannelKind.WORKS, line.project, line.project, _dec(fen),
                                        f"小型公益事业“{line.project}”{fen_text(fen)}元"
                                        + (f"（{line.note}）" if line.note else "")))
        self.take(Fraction(total), ChannelKind.WORKS.label)
        self.channels.append(_Channel(ChannelKind.WORKS, ChannelKind.WORKS.label, total,
                                      f"{len(recipients)}个项目", recipients))

    def awards(self) -> None:
        cfg: AwardsChannel | None = self.cfg.awards
        assert cfg is not None
        recipients: list[Recipient] = []
        total = 0
        for row, named in enumerate(cfg.named, start=1):
            try:
                fen = to_fen(named.amount)
            except MoneyError as e:
                self.errors.append(Problem("awards", "奖补第 {row} 行金额无效：{why}", {"row": row, "why": e}))
                continue
            if fen <= 0 or not named.reason.strip():
                self.errors.append(Problem("awards", "奖补第 {row} 行（{name}）须填写事由和大于 0 的金额",
                                           {"row": row, "name": named.name}))
                continue
            total += fen
            recipients.append(Recipient(ChannelKind.AWARDS, named.key, named.name, _dec(fen),
                                        f"奖补：{named.reason}，{fen_text(fen)}元", named.household_key,
                                        named.person_key))
        self.take(Fraction(total), "具名奖补")
        parts = [f"具名奖补{len(recipients)}项"] if cfg.named else []
        if cfg.points_budget is not None:
            ideal = self.ideal(cfg.points_budget, "积分奖补")
            self.take(ideal, "积分奖补")
            budget = self.floor_unit(ideal)
            lines = []
            for row, line in enumerate(cfg.points, start=1):
                scaled = line.points.scaleb(2)
                if not line.points.is_finite() or scaled != scaled.to_integral_value() or line.points < 0:
                    self.errors.append(Problem("awards", "积分第 {row} 行（{name}）积分无效：{value}",
                                               {"row": row, "name": line.name, "value": line.points}))
                elif line.points > 0:
                    lines.append((int(scaled), line))
            given = 0
            if lines:
                total_text = fmt_number(Decimal(sum(w for w, _ in lines)).scaleb(-2))
                s = split(budget // self.unit, [w for w, _ in lines], [ln.key for _, ln in lines])
                for units, (_, line) in zip(s.amounts, lines, strict=True):
                    fen = units * self.unit
                    given += fen
                    recipients.append(Recipient(
                        ChannelKind.AWARDS, line.key, line.name, _dec(fen),
                        f"积分奖补：积分{fmt_number(line.points)}分（全村合计{total_text}分），按积分分得{fen_text(fen)}元",
                        line.household_key, line.person_key, line.points))
            elif budget:
                self.problems.append(Problem("awards", "积分奖补预算{amount}元没有积分对象，未分配",
                                             {"amount": fen_text(budget)}))
            self.extra_unallocated += budget - given
            total += given
            parts.append(f"积分奖补{cfg.points_budget.describe()}，{len(lines)}人按积分分配")
        self.channels.append(_Channel(ChannelKind.AWARDS, ChannelKind.AWARDS.label, total,
                                      "；".join(parts) or "未设奖补", recipients))

    def aid(self) -> None:
        cfg: AidChannel | None = self.cfg.aid
        assert cfg is not None
        ideal = self.ideal(cfg.budget, ChannelKind.AID.label)
        self.take(ideal, ChannelKind.AID.label)
        budget = self.floor_unit(ideal)
        minimum = _bound(self, cfg.minimum, "保底金额", up=True)
        cap = _bound(self, cfg.cap, "封顶金额", up=False) if cfg.cap is not None else None
        if cap is not None and minimum > cap:
            self.errors.append(Problem("aid", "保底金额{minimum}元高于封顶金额{cap}元",
                                       {"minimum": fen_text(minimum), "cap": fen_text(cap)}))
            cap = None
        weigh = _weigher(cfg.weights, cfg.basis, self.errors)
        period = self.plan.period
        chosen: list[tuple[Household, Decimal, str]] = []
        excluded: list[Excluded] = []
        for h in self.plan.households:
            if cfg.eligible_only and not h.is_target:
                excluded.append(Excluded(h.key, h.head, f"{h.category.label}，不属于脱贫户或监测对象"))
                continue
            if cfg.eligible_only and not h.enjoys_policy_in(period):
                excluded.append(Excluded(h.key, h.head, _policy_reason(h, period)))
                continue
            weight, formula = weigh(h)
            if weight <= 0:
                excluded.append(Excluded(h.key, h.head, f"{formula}，不参与救助分配"))
                continue
            chosen.append((h, weight, formula))
        recipients: list[Recipient] = []
        given = 0
        rate_text = ""
        if chosen and budget and not self.overdrawn:  # no money: no minimum to reach, nobody paid
            weights = [_scaled(w) for _, w, _ in chosen]
            try:
                s = split(budget // self.unit, weights, [h.key for h, _, _ in chosen], minimum // self.unit,
                          None if cap is None else cap // self.unit)
            except MinimumInfeasible as e:
                self.errors.append(Problem("aid",
                                           "救助帮扶{budget}元不足以使{n}户每户达到保底{minimum}元（需{need}元）",
                                           {"budget": fen_text(budget), "n": e.count, "minimum": fen_text(minimum),
                                            "need": fen_text(e.count * minimum)}))
                s = None
            if s is not None:
                rate = Fraction(s.rate_num * self.unit * 10 ** _WEIGHT_SCALE, s.rate_den) if s.rate_den else None
                if rate is not None:
                    rate_text = f"，每单位权重{fen_text(_round_half(rate))}元"
                owed: dict[int, str] = {}  # by weight: what the weight alone would give, for bounded ones
                unit = self.unit
                aid_kind = ChannelKind.AID
                for units, bound, wint, (h, weight, formula) in zip(s.amounts, s.bound, weights, chosen,
                                                                     strict=True):
                    fen = units * unit
                    given += fen
                    if bound == 0 or rate is None:
                        text = f"{formula}，按权重分得{fen_text(fen)}元"
                        if bound == 1:
                            text += "（已达封顶）"
                        elif bound == -1:
                            text += "（保底）"
                    else:
                        ideal_text = owed.get(wint)
                        if ideal_text is None:  # rate × weight, in fen, rounded half up
                            num, den = s.rate_num * unit * wint, s.rate_den
                            ideal_text = owed[wint] = fen_text((2 * num + den) // (2 * den))
                        text = f"{formula}，按权重应得{ideal_text}元；" + \
                            (f"封顶{fen_text(fen)}元" if bound == 1 else f"保底{fen_text(fen)}元")
                    recipients.append(Recipient(aid_kind, h.key, h.head, _dec(fen), text, h.key, "", weight))
                if s.excess:
                    self.problems.append(Problem("aid", "救助帮扶{budget}元超过全部{n}户封顶合计，{excess}元未分配",
                                                 {"budget": fen_text(budget), "n": len(chosen),
                                                  "excess": fen_text(s.excess * self.unit)}))
        elif budget:
            self.problems.append(Problem("aid", "救助帮扶{budget}元没有符合条件的户，未分配",
                                         {"budget": fen_text(budget)}))
        self.extra_unallocated += budget - given
        bounds = []
        if minimum:
            bounds.append(f"每户保底{fen_text(minimum)}元")
        if cap is not None:
            bounds.append(f"封顶{fen_text(cap)}元")
        explanation = (f"{cfg.basis.label}按权重分配，{cfg.budget.describe()}，{len(recipients)}户"
                       + (f"（{'、'.join(bounds)}）" if bounds else "") + rate_text)
        self.channels.append(_Channel(ChannelKind.AID, ChannelKind.AID.label, given, explanation, recipients,
                                      excluded))

    # --- the whole plan ----------------------------------------------------------------
    def run(self) -> PlanResult:
        cfg = self.cfg
        if self.pool < 0:
            self.errors.append(Problem("pool", "收益总额为负数：{pool}元", {"pool": fen_text(self.pool)}))
        for row, line in enumerate(self.plan.pool, start=1):
            if line.is_manual and not line.reason.strip():
                self.errors.append(Problem("pool", "第 {row} 行手工收益“{name}”须填写原因",
                                           {"row": row, "name": line.name}))
        if cfg.remainder_to not in REMAINDER_TARGETS:
            self.errors.append(Problem("remainder_to", "取整尾差只能计入{allowed}，不能计入{value}",
                                       {"allowed": "、".join(k.label for k in REMAINDER_TARGETS),
                                        "value": cfg.remainder_to.label}))
        steps: list[tuple[object, Callable[[], None]]] = [
            (cfg.reserve, lambda: self.lump(ChannelKind.RESERVE, cfg.reserve.name if cfg.reserve else "",
                                             cfg.reserve.amount if cfg.reserve else Amount.rest())),
            (cfg.jobs, self.jobs), (cfg.works, self.works), (cfg.awards, self.awards), (cfg.aid, self.aid),
            (cfg.retained, lambda: self.lump(ChannelKind.RETAINED, cfg.retained.name if cfg.retained else "",
                                              cfg.retained.amount if cfg.retained else Amount.rest())),
        ]
        for present, step in steps:
            if present is not None:
                step()
        if self.errors:
            raise ValidationError(self.errors)
        unallocated = _floor(Fraction(self.pool) - self.taken) + self.extra_unallocated
        remainder = self.pool - unallocated - sum(c.fen for c in self.channels)
        assert remainder >= 0, remainder
        if remainder:
            target = self._target()
            target.fen += remainder
            target.remainder = remainder
        if unallocated:
            self.problems.append(Problem("unallocated", "收益总额{pool}元中尚有{amount}元未分配",
                                         {"pool": fen_text(self.pool), "amount": fen_text(unallocated)}))
            self.channels.append(_Channel(ChannelKind.UNALLOCATED, ChannelKind.UNALLOCATED.label, unallocated,
                                          "没有渠道使用的余额"))
        assert sum(c.fen for c in self.channels) == self.pool
        return PlanResult(self.plan.village, self.plan.period.label, _dec(self.pool),
                          tuple((ln.name, _dec(ln.amount_fen)) for ln in self.plan.pool),
                          tuple(c.result() for c in self.channels), Remainder(_dec(remainder), cfg.remainder_to),
                          tuple(self.problems))

    def _target(self) -> _Channel:
        kind = self.cfg.remainder_to
        for c in self.channels:
            if c.kind == kind:
                return c
        added = _Channel(kind, kind.label, 0, "")
        order = {k: i for i, k in enumerate((ChannelKind.RESERVE, ChannelKind.JOBS, ChannelKind.WORKS,
                                             ChannelKind.AWARDS, ChannelKind.AID, ChannelKind.RETAINED))}
        self.channels.append(added)
        self.channels.sort(key=lambda c: order[c.kind])
        return added


def compute(plan: PlanInput) -> PlanResult:
    """Divide ``plan``'s pool; raises ``ValidationError`` when it cannot be divided as configured."""
    return _Run(plan).run()


# --- helpers -------------------------------------------------------------------------------
def _floor(x: Fraction) -> int:
    return x.numerator // x.denominator


def _ceil(x: Fraction) -> int:
    return -((-x.numerator) // x.denominator)


def _round_half(x: Fraction) -> int:
    return (2 * x.numerator + x.denominator) // (2 * x.denominator)


_SCALED: dict[Decimal, int] = {}


def _scaled(weight: Decimal) -> int:
    """The weight as an integer (6 places); few distinct weights, so remembered."""
    got = _SCALED.get(weight)
    if got is None:
        if len(_SCALED) > 100_000:
            _SCALED.clear()
        got = _SCALED[weight] = int(weight.scaleb(_WEIGHT_SCALE))
    return got


def _bound(run: _Run, value: Decimal | None, label: str, *, up: bool) -> int:
    """A per-household minimum (rounded up to the unit) or cap (rounded down), in fen."""
    if value is None:
        return 0
    try:
        fen = to_fen(value)
    except MoneyError as e:
        run.errors.append(Problem("aid", "{label}无效：{why}", {"label": label, "why": e}))
        return 0
    if fen < 0:
        run.errors.append(Problem("aid", "{label}不能为负数：{value}", {"label": label, "value": value}))
        return 0
    u = run.unit
    return -(-fen // u) * u if up else fen // u * u


def _policy_reason(h: Household, period: Period) -> str:
    if h.policy_from is not None and h.policy_from > period.end:
        return f"{h.policy_from.isoformat()}起才享受政策，本期不享受"
    end = h.policy_end
    return f"{end.isoformat() if end else ''}后不再享受政策，本期不享受"


def _check_weight(value: Decimal, label: str, errors: list[Problem]) -> Decimal:
    scaled = value.scaleb(WEIGHT_PLACES)
    if not value.is_finite() or scaled != scaled.to_integral_value() or value < 0:
        errors.append(Problem("weights", "权重“{label}”应为不小于 0、最多{places}位小数的数：{value}",
                              {"label": label, "places": WEIGHT_PLACES, "value": value}))
        return Decimal(0)
    return value


_CAPACITIES = tuple(LabourCapacity)
# Weights and their words by weight configuration, then by household make-up. Pure values,
# so sharing them across plans is safe; it makes a county's batch of plans several times
# faster because villages repeat the same make-ups.
_WEIGHT_CACHE: dict[tuple[object, ...], dict[tuple[object, ...], tuple[Decimal, str]]] = {}
_NOTED = tuple(c for c in _CAPACITIES if c != LabourCapacity.ABLE)


def _weigher(weights: AidWeights, basis: AidBasis,
             errors: list[Problem]) -> Callable[[Household], tuple[Decimal, str]]:
    """A function giving a household's weight and the words that explain it.

    Households with the same make-up (members' labour, disability, illness, schooling;
    category) have the same weight and words, so both are computed once per make-up and
    weight configuration.
    """
    labour = {cap: _check_weight(weights.labour.get(cap, Decimal(0)), cap.label, errors) for cap in _CAPACITIES}
    disability = _check_weight(weights.disability, "残疾", errors)
    illness = _check_weight(weights.chronic_illness, "慢性病", errors)
    student = _check_weight(weights.student, "在校生", errors)
    factors = {k: _check_weight(v, k, errors) for k, v in weights.category.items()}
    one = Decimal(1)
    by_person = basis == AidBasis.PERSON
    signature = (basis, tuple(labour.items()), disability, illness, student, tuple(sorted(factors.items())))
    cache = _WEIGHT_CACHE.get(signature)
    if cache is None or len(cache) > 100_000:
        if len(_WEIGHT_CACHE) > 64:
            _WEIGHT_CACHE.clear()
        cache = _WEIGHT_CACHE[signature] = {}

    def make(h: Household, counts: dict[LabourCapacity, int], disabled: int, ill: int,
             students: int) -> tuple[Decimal, str]:
        n = len(h.members)
        notes = [f"{cap.label}{counts[cap]}人" for cap in _NOTED if counts[cap]]
        notes += [f"{label}{k}人" for label, k in (("残疾", disabled), ("慢性病", ill), ("在校生", students)) if k]
        if by_person:
            base = sum((labour[cap] * k for cap, k in counts.items() if k), Decimal(0)) \
                + disability * disabled + illness * ill + student * students
            text = f"按人：户人口{n}人" + (f"（{'、'.join(notes)}）" if notes else "")
        else:
            best = h.best_labour
            base = labour[best] + (disability if disabled else 0) + (illness if ill else 0) \
                + (student if students else 0)
            text = f"按户：{best.label}户（户人口{n}人" + (f"，{'、'.join(notes)}" if notes else "") + "）"
        kind = h.monitor_kind
        f = factors[kind.value] if kind is not None and kind.value in factors else factors.get(h.category.value, one)
        if f != one:
            total = base * f
            text += f"，权重{fmt_number(base)}×{h.class_label}系数{fmt_number(f)}={fmt_number(total)}"
        else:
            total = base
            text += f"，权重{fmt_number(total)}"
        return total, text

    def weigh(h: Household) -> tuple[Decimal, str]:
        key = (h.category, h.monitor_kind, *[(m.labour, m.disabled, m.chronic_illness, m.student)
                                             for m in h.members])
        got = cache.get(key)
        if got is None:
            counts = dict.fromkeys(_CAPACITIES, 0)
            disabled = ill = students = 0
            for m in h.members:
                counts[m.labour] += 1
                disabled += m.disabled
                ill += m.chronic_illness
                students += m.student
            got = cache[key] = make(h, counts, disabled, ill, students)
        return got

    return weigh
