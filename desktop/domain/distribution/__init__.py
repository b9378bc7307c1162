"""Differentiated distribution of asset income (收益差异化分配): the pure engine.

No database, no Qt. A services layer uses it like this.

Build the input from rows::

    plan = PlanInput(village="东沟村", period=Period.year(2024),
                     pool=(PoolLine("蔬菜大棚", asset_code="GH-01", net_income=yuan("194792.15"),
                                    share=Decimal("100")),),
                     households=(Household(key="17", code="HH001", head="张三",
                                           category=HouseholdCategory.ALLEVIATED,
                                           members=(Member("171", "张三", LabourCapacity.WEAK),)),),
                     config=preset.default_config())

Store a plan's configuration and its preset as JSON: ``config_to_dict`` /
``config_from_dict`` and ``Preset.to_dict`` / ``Preset.from_dict`` (Decimals as strings,
vocabularies as codes). ``BUILT_IN`` holds three presets to seed a county's own;
``validate_preset`` lists what is wrong with one as edited.

Stored codes become members with ``from_code(LabourCapacity, row.labour)``.

Compute and check: ``compute(plan) -> PlanResult`` (channel amounts that add up exactly to
the pool, recipients with their Chinese explanation, the rounding ``remainder``, problems;
``ValidationError`` when the plan cannot be divided), then ``check_plan(plan, result,
preset)`` for warnings citing the preset's rules. ``result_to_dict`` is the JSON of
``plan show``.

Render: ``result.channels`` for the notice's summary, ``result.payees()`` for the payout
sheet and bank file (one line per household, its parts and their explanations),
``fen_text`` for amounts as clerks write them.

Move a plan through its workflow: ``allowed_transitions``, ``needs``, ``advance`` (raises
``WorkflowError`` with the reason), ``revise``, ``is_locked``, ``notice_end``.

The rules themselves are in ``engine`` (the order of channels and rounding) and
``allocate`` (weights, minimum, cap, largest remainder).
"""

from desktop.domain.distribution.allocate import MinimumInfeasible, Split, split
from desktop.domain.distribution.channels import (
    AidChannel,
    AidWeights,
    Amount,
    AwardsChannel,
    JobLine,
    JobsChannel,
    NamedAward,
    PlanConfig,
    PlanInput,
    PointsLine,
    ReserveChannel,
    RetainedChannel,
    WorksChannel,
    WorksLine,
)
from desktop.domain.distribution.checks import PlanWarning, check_plan
from desktop.domain.distribution.engine import compute, fen_text
from desktop.domain.distribution.inputs import Household, Member, Period, PoolLine
from desktop.domain.distribution.presets import (
    BUILT_IN,
    DEFAULT_NOTICE_DAYS,
    DIFFERENTIATED,
    NATIONAL,
    VILLAGE_PV,
    BannedUse,
    Preset,
    built_in,
    normal_phone,
    validate_preset,
)
from desktop.domain.distribution.result import ChannelResult, Excluded, Payee, PlanResult, Recipient, Remainder
from desktop.domain.distribution.serial import config_from_dict, config_to_dict, result_to_dict
from desktop.domain.distribution.vocab import (
    CHANNEL_ORDER,
    REMAINDER_TARGETS,
    AidBasis,
    AmountBasis,
    ChannelKind,
    HouseholdCategory,
    LabourCapacity,
    MonitorKind,
    PlanRule,
    PlanStatus,
    Rounding,
    from_code,
)
from desktop.domain.distribution.workflow import (
    Need,
    Objection,
    Step,
    StepInput,
    WorkflowError,
    advance,
    allowed_transitions,
    is_locked,
    needs,
    notice_end,
    revise,
)

__all__ = [
    "BUILT_IN", "CHANNEL_ORDER", "DEFAULT_NOTICE_DAYS", "DIFFERENTIATED", "NATIONAL", "REMAINDER_TARGETS",
    "VILLAGE_PV", "AidBasis", "AidChannel", "AidWeights", "Amount", "AmountBasis", "AwardsChannel", "BannedUse",
    "ChannelKind", "ChannelResult", "Excluded", "Household", "HouseholdCategory", "JobLine", "JobsChannel",
    "LabourCapacity", "Member", "MinimumInfeasible", "MonitorKind", "NamedAward", "Need", "Objection", "Period",
    "PlanConfig", "PlanInput", "PlanResult", "PlanRule", "PlanStatus", "PlanWarning", "PointsLine", "PoolLine",
    "Preset", "Recipient", "Remainder", "ReserveChannel", "RetainedChannel", "Rounding", "Split", "Step",
    "StepInput", "WorkflowError", "WorksChannel", "WorksLine", "advance", "allowed_transitions", "built_in",
    "check_plan", "compute", "config_from_dict", "config_to_dict", "fen_text", "is_locked", "needs",
    "notice_end", "result_to_dict", "revise", "split", "Payee", "from_code",
    "normal_phone", "validate_preset",
]
