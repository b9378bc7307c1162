"""Strings translated at run time from variables, listed for lupdate. GENERATED — do not edit.

Regenerate with ``python tools/update_translations.py`` after changing desktop/domain/vocab.py
or the register's columns (AssetTableModel.COLUMNS). Nothing imports this module: it exists so
that lupdate sees each label as a literal in the context the views translate it in.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

STRINGS = (
    QT_TRANSLATE_NOOP("vocab", "县"),  # RegionLevel.COUNTY
    QT_TRANSLATE_NOOP("vocab", "乡镇"),  # RegionLevel.TOWNSHIP, OwnerKind.TOWNSHIP
    QT_TRANSLATE_NOOP("vocab", "村"),  # RegionLevel.VILLAGE
    QT_TRANSLATE_NOOP("vocab", "光伏电站"),  # Category.PV
    QT_TRANSLATE_NOOP("vocab", "大棚/温室"),  # Category.GREENHOUSE
    QT_TRANSLATE_NOOP("vocab", "扶贫车间"),  # Category.WORKSHOP
    QT_TRANSLATE_NOOP("vocab", "冷库"),  # Category.COLD_STORE
    QT_TRANSLATE_NOOP("vocab", "厂房"),  # Category.FACTORY
    QT_TRANSLATE_NOOP("vocab", "养殖场"),  # Category.FARM
    QT_TRANSLATE_NOOP("vocab", "设备"),  # Category.EQUIPMENT
    QT_TRANSLATE_NOOP("vocab", "道路/水利/其他"),  # Category.INFRASTRUCTURE
    QT_TRANSLATE_NOOP("vocab", "经营性"),  # Nature.OPERATING
    QT_TRANSLATE_NOOP("vocab", "公益性"),  # Nature.PUBLIC
    QT_TRANSLATE_NOOP("vocab", "到户类"),  # Nature.HOUSEHOLD
    QT_TRANSLATE_NOOP("vocab", "在建"),  # Status.BUILDING
    QT_TRANSLATE_NOOP("vocab", "运营"),  # Status.OPERATING
    QT_TRANSLATE_NOOP("vocab", "闲置"),  # Status.IDLE
    QT_TRANSLATE_NOOP("vocab", "损毁"),  # Status.DAMAGED
    QT_TRANSLATE_NOOP("vocab", "处置"),  # Status.DISPOSED
    QT_TRANSLATE_NOOP("vocab", "自营"),  # OperationMode.SELF
    QT_TRANSLATE_NOOP("vocab", "出租/承包"),  # OperationMode.LEASE
    QT_TRANSLATE_NOOP("vocab", "入股/合作"),  # OperationMode.EQUITY
    QT_TRANSLATE_NOOP("vocab", "委托经营"),  # OperationMode.ENTRUSTED
    QT_TRANSLATE_NOOP("vocab", "财政专项扶贫资金"),  # FundingSource.SPECIAL
    QT_TRANSLATE_NOOP("vocab", "衔接资金"),  # FundingSource.LINKAGE
    QT_TRANSLATE_NOOP("vocab", "整合涉农资金"),  # FundingSource.INTEGRATED
    QT_TRANSLATE_NOOP("vocab", "社会帮扶资金"),  # FundingSource.SOCIAL
    QT_TRANSLATE_NOOP("vocab", "村集体自筹"),  # FundingSource.VILLAGE
    QT_TRANSLATE_NOOP("vocab", "其他"),  # FundingSource.OTHER, OwnerKind.OTHER
    QT_TRANSLATE_NOOP("vocab", "村集体经济组织"),  # OwnerKind.VILLAGE_COLLECTIVE
    QT_TRANSLATE_NOOP("vocab", "县级"),  # OwnerKind.COUNTY
    QT_TRANSLATE_NOOP("vocab", "初始登记"),  # RegistrationKind.INITIAL
    QT_TRANSLATE_NOOP("vocab", "转移登记"),  # RegistrationKind.TRANSFER
    QT_TRANSLATE_NOOP("vocab", "变更登记"),  # RegistrationKind.CHANGE
    QT_TRANSLATE_NOOP("vocab", "拍卖"),  # DisposalMethod.AUCTION
    QT_TRANSLATE_NOOP("vocab", "转让"),  # DisposalMethod.TRANSFER
    QT_TRANSLATE_NOOP("vocab", "置换/转化"),  # DisposalMethod.CONVERSION
    QT_TRANSLATE_NOOP("vocab", "暂停经营"),  # DisposalMethod.SUSPENSION
    QT_TRANSLATE_NOOP("vocab", "核销"),  # DisposalMethod.WRITE_OFF
    QT_TRANSLATE_NOOP("vocab", "报废"),  # DisposalMethod.SCRAP
    QT_TRANSLATE_NOOP("AssetTableModel", "资产编码"),  # column code
    QT_TRANSLATE_NOOP("AssetTableModel", "资产名称"),  # column name
    QT_TRANSLATE_NOOP("AssetTableModel", "类别"),  # column category
    QT_TRANSLATE_NOOP("AssetTableModel", "性质"),  # column nature
    QT_TRANSLATE_NOOP("AssetTableModel", "乡镇"),  # column township
    QT_TRANSLATE_NOOP("AssetTableModel", "所在村"),  # column village
    QT_TRANSLATE_NOOP("AssetTableModel", "规模"),  # column capacity
    QT_TRANSLATE_NOOP("AssetTableModel", "原值（元）"),  # column original_value
    QT_TRANSLATE_NOOP("AssetTableModel", "项目年度"),  # column project_year
    QT_TRANSLATE_NOOP("AssetTableModel", "状态"),  # column status
    QT_TRANSLATE_NOOP("AssetTableModel", "确权"),  # column registered
    QT_TRANSLATE_NOOP("AssetTableModel", "经营主体"),  # column operator
)
