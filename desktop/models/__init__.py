"""SQLAlchemy ORM classes, one module per aggregate. Import them all here so that
``Base.metadata`` is complete for Alembic and the tests."""

from desktop.models.asset import Asset, AssetBeneficiary, AssetFunding
from desktop.models.audit import AuditEntry
from desktop.models.base import Base
from desktop.models.household import Household, Member, PolicyPeriodRow
from desktop.models.income import CategorySetting, IncomeRecord
from desktop.models.inspection import (
    Attachment,
    AttachmentBlob,
    Handover,
    HandoverLine,
    Inspection,
    InspectionMember,
    Rectification,
)
from desktop.models.ownership import Disposal, Registration, RegistrationOwner
from desktop.models.plan import (
    Plan,
    PlanChannel,
    PlanEvent,
    PlanObjection,
    PlanPoolLine,
    PlanPreset,
    PlanRecipient,
)
from desktop.models.region import Region

# The Alembic revision these models correspond to. Start-up compares the database's
# revision with this constant instead of loading the migration scripts (that costs
# ~100 ms); tests/test_migrations.py asserts it equals the scripts' head.
SCHEMA_REVISION = "0005"

__all__ = [
    "Asset", "AssetBeneficiary", "AssetFunding", "AuditEntry", "Base", "CategorySetting", "Disposal",
    "IncomeRecord", "Household", "Member", "PolicyPeriodRow",
    "Registration", "RegistrationOwner", "Region", "SCHEMA_REVISION",
    "Attachment", "AttachmentBlob", "Handover", "HandoverLine", "Inspection", "InspectionMember",
    "Rectification", "Plan", "PlanChannel", "PlanEvent", "PlanObjection", "PlanPoolLine", "PlanPreset",
    "PlanRecipient",
]
