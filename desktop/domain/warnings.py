"""Self-check warnings (自查预警): the shared shape every warning rule produces.

Rules live beside the data they judge (income and contracts, acceptance and
rectification, distribution plans); each returns ``SelfCheckWarning`` values so one list,
one view and one ``warnings --json`` command can show them all. A warning names the
record that causes it (``entity``, ``entity_id``) so the GUI can open it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.vocab import Labelled


class WarningKind(Labelled):
    UNREGISTERED = "unregistered", "未确权登记"
    NO_CONTRACT = "no_contract", "有收益无合同"
    CONTRACT_EXPIRED = "contract_expired", "合同已到期"
    CONTRACT_EXPIRING = "contract_expiring", "合同即将到期"
    IDLE = "idle", "闲置（长期无收益）"
    LOW_RETURN = "low_return", "收益率低于阈值"
    NO_ACCEPTANCE = "no_acceptance", "运营资产未通过验收"
    RECTIFICATION_OVERDUE = "rectification_overdue", "整改逾期"
    NO_HANDOVER = "no_handover", "验收后未移交或未确权"


@dataclass(frozen=True, slots=True)
class SelfCheckWarning:
    """One thing the office should look at.

    ``asset_id`` is always set (every current rule is about an asset) so the warnings view
    can open the asset; ``entity``/``entity_id`` name the record that causes the warning
    when it is not the asset itself (an income row, an inspection, a rectification).
    """

    kind: WarningKind
    asset_id: int
    asset_code: str
    asset_name: str
    message: str
    entity: str = "asset"
    entity_id: int | None = None
