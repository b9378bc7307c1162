"""The register's controlled vocabularies: stored codes and their Chinese names.

The database stores the short code; the Chinese name is what clerks, Excel files and
printed documents use. Views show the names through Qt's translation (context ``vocab``)
so an English translation can follow without touching stored data.
"""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A StrEnum whose members carry the Chinese name as ``label``."""

    label: str

    def __new__(cls, code: str, label: str) -> Labelled:
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.label = label
        return obj

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]

    @classmethod
    def label_of(cls, code: str | None) -> str:
        if code is None:
            return ""
        member = cls._value2member_map_.get(code)
        return member.label if isinstance(member, Labelled) else code


class RegionLevel(Labelled):
    COUNTY = "county", "县"
    TOWNSHIP = "township", "乡镇"
    VILLAGE = "village", "村"


class Category(Labelled):
    PV = "pv", "光伏电站"
    GREENHOUSE = "greenhouse", "大棚/温室"
    WORKSHOP = "workshop", "扶贫车间"
    COLD_STORE = "cold_store", "冷库"
    FACTORY = "factory", "厂房"
    FARM = "farm", "养殖场"
    EQUIPMENT = "equipment", "设备"
    INFRASTRUCTURE = "infrastructure", "道路/水利/其他"


class Nature(Labelled):
    OPERATING = "operating", "经营性"
    PUBLIC = "public", "公益性"
    HOUSEHOLD = "household", "到户类"


class Status(Labelled):
    BUILDING = "building", "在建"
    OPERATING = "operating", "运营"
    IDLE = "idle", "闲置"
    DAMAGED = "damaged", "损毁"
    DISPOSED = "disposed", "处置"


class OperationMode(Labelled):
    SELF = "self", "自营"
    LEASE = "lease", "出租/承包"
    EQUITY = "equity", "入股/合作"
    ENTRUSTED = "entrusted", "委托经营"


class FundingSource(Labelled):
    SPECIAL = "special", "财政专项扶贫资金"
    LINKAGE = "linkage", "衔接资金"
    INTEGRATED = "integrated", "整合涉农资金"
    SOCIAL = "social", "社会帮扶资金"
    VILLAGE = "village", "村集体自筹"
    OTHER = "other", "其他"


class OwnerKind(Labelled):
    VILLAGE_COLLECTIVE = "village_collective", "村集体经济组织"
    TOWNSHIP = "township", "乡镇"
    COUNTY = "county", "县级"
    OTHER = "other", "其他"


class RegistrationKind(Labelled):
    INITIAL = "initial", "初始登记"
    TRANSFER = "transfer", "转移登记"
    CHANGE = "change", "变更登记"


class DisposalMethod(Labelled):
    AUCTION = "auction", "拍卖"
    TRANSFER = "transfer", "转让"
    CONVERSION = "conversion", "置换/转化"
    SUSPENSION = "suspension", "暂停经营"
    WRITE_OFF = "write_off", "核销"
    SCRAP = "scrap", "报废"


CAPACITY_UNITS = ("kW", "亩", "m²", "座", "个", "头", "台/套", "km", "处")
