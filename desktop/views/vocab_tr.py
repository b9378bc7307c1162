"""Strings translated at run time from variables, listed for lupdate. GENERATED — do not edit.

Regenerate with ``python tools/update_translations.py`` after changing a ``Labelled`` vocabulary
under desktop/domain or a table model's ``COLUMNS``. Nothing imports this module: it exists so
that lupdate sees each label as a literal in the context the views translate it in.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

STRINGS = (
    QT_TRANSLATE_NOOP("vocab", "按户"),  # distribution.vocab.AidBasis.HOUSEHOLD
    QT_TRANSLATE_NOOP("vocab", "按人"),  # distribution.vocab.AidBasis.PERSON
    QT_TRANSLATE_NOOP("vocab", "固定金额"),  # distribution.vocab.AmountBasis.FIXED
    QT_TRANSLATE_NOOP("vocab", "占收益总额比例"),  # distribution.vocab.AmountBasis.POOL_PERCENT
    QT_TRANSLATE_NOOP("vocab", "占剩余金额比例"),  # distribution.vocab.AmountBasis.REMAINING_PERCENT
    QT_TRANSLATE_NOOP("vocab", "剩余全部"),  # distribution.vocab.AmountBasis.REST
    QT_TRANSLATE_NOOP("vocab", "维修管护储备"),  # distribution.vocab.ChannelKind.RESERVE
    QT_TRANSLATE_NOOP("vocab", "公益岗位工资"),  # distribution.vocab.ChannelKind.JOBS
    QT_TRANSLATE_NOOP("vocab", "小型公益事业"),  # distribution.vocab.ChannelKind.WORKS
    QT_TRANSLATE_NOOP("vocab", "奖励补助"),  # distribution.vocab.ChannelKind.AWARDS
    QT_TRANSLATE_NOOP("vocab", "救助帮扶"),  # distribution.vocab.ChannelKind.AID
    QT_TRANSLATE_NOOP("vocab", "村集体留存"),  # distribution.vocab.ChannelKind.RETAINED
    QT_TRANSLATE_NOOP("vocab", "未分配"),  # distribution.vocab.ChannelKind.UNALLOCATED
    # distribution.vocab.HouseholdCategory.ALLEVIATED, households.HouseholdCategory.LIFTED
    QT_TRANSLATE_NOOP("vocab", "脱贫户"),
    # distribution.vocab.HouseholdCategory.MONITORED, households.HouseholdCategory.MONITORED
    QT_TRANSLATE_NOOP("vocab", "监测对象"),
    QT_TRANSLATE_NOOP("vocab", "一般农户"),  # distribution.vocab.HouseholdCategory.ORDINARY
    # distribution.vocab.LabourCapacity.ABLE, households.LabourCapacity.ABLE
    QT_TRANSLATE_NOOP("vocab", "有劳动能力"),
    # distribution.vocab.LabourCapacity.WEAK, households.LabourCapacity.WEAK
    QT_TRANSLATE_NOOP("vocab", "弱劳动能力"),
    # distribution.vocab.LabourCapacity.LOST, households.LabourCapacity.LOST
    QT_TRANSLATE_NOOP("vocab", "丧失劳动能力"),
    # distribution.vocab.LabourCapacity.NONE, households.LabourCapacity.NONE
    QT_TRANSLATE_NOOP("vocab", "无劳动能力"),
    # distribution.vocab.MonitorKind.UNSTABLE, households.MonitorKind.UNSTABLE
    QT_TRANSLATE_NOOP("vocab", "脱贫不稳定户"),
    # distribution.vocab.MonitorKind.MARGINAL, households.MonitorKind.MARGINAL
    QT_TRANSLATE_NOOP("vocab", "边缘易致贫户"),
    # distribution.vocab.MonitorKind.SUDDEN, households.MonitorKind.SUDDEN
    QT_TRANSLATE_NOOP("vocab", "突发严重困难户"),
    QT_TRANSLATE_NOOP("vocab", "渠道比例不足"),  # distribution.vocab.PlanRule.CHANNEL_SHARE
    QT_TRANSLATE_NOOP("vocab", "渠道比例超限"),  # distribution.vocab.PlanRule.CHANNEL_CAP
    QT_TRANSLATE_NOOP("vocab", "禁止用途"),  # distribution.vocab.PlanRule.BANNED_USE
    QT_TRANSLATE_NOOP("vocab", "不允许村集体留存"),  # distribution.vocab.PlanRule.RETAINED_NOT_ALLOWED
    QT_TRANSLATE_NOOP("vocab", "非脱贫户或监测对象"),  # distribution.vocab.PlanRule.NOT_ELIGIBLE
    QT_TRANSLATE_NOOP("vocab", "不再享受政策"),  # distribution.vocab.PlanRule.POLICY_ENDED
    QT_TRANSLATE_NOOP("vocab", "重复享受"),  # distribution.vocab.PlanRule.PAID_TWICE
    QT_TRANSLATE_NOOP("vocab", "资金未分配完"),  # distribution.vocab.PlanRule.UNALLOCATED
    QT_TRANSLATE_NOOP("vocab", "对象不在农户名册"),  # distribution.vocab.PlanRule.UNKNOWN_HOUSEHOLD
    QT_TRANSLATE_NOOP("vocab", "草稿"),  # distribution.vocab.PlanStatus.DRAFT
    QT_TRANSLATE_NOOP("vocab", "村级已提交"),  # distribution.vocab.PlanStatus.SUBMITTED
    QT_TRANSLATE_NOOP("vocab", "乡镇退回"),  # distribution.vocab.PlanStatus.RETURNED
    QT_TRANSLATE_NOOP("vocab", "乡镇已审核"),  # distribution.vocab.PlanStatus.APPROVED
    QT_TRANSLATE_NOOP("vocab", "县级已备案"),  # distribution.vocab.PlanStatus.FILED
    QT_TRANSLATE_NOOP("vocab", "公示中"),  # distribution.vocab.PlanStatus.NOTICE
    QT_TRANSLATE_NOOP("vocab", "已发放"),  # distribution.vocab.PlanStatus.PAID
    QT_TRANSLATE_NOOP("vocab", "已归档"),  # distribution.vocab.PlanStatus.ARCHIVED
    QT_TRANSLATE_NOOP("vocab", "精确到分"),  # distribution.vocab.Rounding.FEN
    QT_TRANSLATE_NOOP("vocab", "取整到元"),  # distribution.vocab.Rounding.YUAN
    QT_TRANSLATE_NOOP("vocab", "村民代表会议日期"),  # distribution.workflow.Need.MEETING_DATE
    QT_TRANSLATE_NOOP("vocab", "退回意见"),  # distribution.workflow.Need.COMMENT
    QT_TRANSLATE_NOOP("vocab", "公示开始日期"),  # distribution.workflow.Need.NOTICE_START
    QT_TRANSLATE_NOOP("vocab", "发放日期"),  # distribution.workflow.Need.PAYMENT_DATE
    QT_TRANSLATE_NOOP("vocab", "银行批次号"),  # distribution.workflow.Need.BANK_BATCH
    QT_TRANSLATE_NOOP("vocab", "修改原因"),  # distribution.workflow.Need.REASON
    QT_TRANSLATE_NOOP("vocab", "户主"),  # households.Relation.HEAD
    QT_TRANSLATE_NOOP("vocab", "配偶"),  # households.Relation.SPOUSE
    QT_TRANSLATE_NOOP("vocab", "之子"),  # households.Relation.SON
    QT_TRANSLATE_NOOP("vocab", "之女"),  # households.Relation.DAUGHTER
    QT_TRANSLATE_NOOP("vocab", "之儿媳"),  # households.Relation.DAUGHTER_IN_LAW
    QT_TRANSLATE_NOOP("vocab", "之女婿"),  # households.Relation.SON_IN_LAW
    QT_TRANSLATE_NOOP("vocab", "之孙子"),  # households.Relation.GRANDSON
    QT_TRANSLATE_NOOP("vocab", "之孙女"),  # households.Relation.GRANDDAUGHTER
    QT_TRANSLATE_NOOP("vocab", "之父"),  # households.Relation.FATHER
    QT_TRANSLATE_NOOP("vocab", "之母"),  # households.Relation.MOTHER
    QT_TRANSLATE_NOOP("vocab", "兄弟姐妹"),  # households.Relation.SIBLING
    # households.Relation.OTHER, vocab.FundingSource.OTHER, vocab.OwnerKind.OTHER
    QT_TRANSLATE_NOOP("vocab", "其他"),
    QT_TRANSLATE_NOOP("vocab", "男"),  # households.Sex.MALE
    QT_TRANSLATE_NOOP("vocab", "女"),  # households.Sex.FEMALE
    QT_TRANSLATE_NOOP("vocab", "完工初验"),  # inspections.InspectionKind.PRELIMINARY
    QT_TRANSLATE_NOOP("vocab", "竣工验收"),  # inspections.InspectionKind.COMPLETION
    QT_TRANSLATE_NOOP("vocab", "第三方验收"),  # inspections.InspectionKind.THIRD_PARTY
    QT_TRANSLATE_NOOP("vocab", "年度巡查"),  # inspections.InspectionKind.ANNUAL
    QT_TRANSLATE_NOOP("vocab", "复核"),  # inspections.InspectionKind.RECHECK
    QT_TRANSLATE_NOOP("vocab", "合格"),  # inspections.InspectionResult.PASSED
    QT_TRANSLATE_NOOP("vocab", "基本合格"),  # inspections.InspectionResult.BASICALLY
    QT_TRANSLATE_NOOP("vocab", "不合格"),  # inspections.InspectionResult.FAILED
    QT_TRANSLATE_NOOP("vocab", "光伏电站"),  # vocab.Category.PV
    QT_TRANSLATE_NOOP("vocab", "大棚/温室"),  # vocab.Category.GREENHOUSE
    QT_TRANSLATE_NOOP("vocab", "扶贫车间"),  # vocab.Category.WORKSHOP
    QT_TRANSLATE_NOOP("vocab", "冷库"),  # vocab.Category.COLD_STORE
    QT_TRANSLATE_NOOP("vocab", "厂房"),  # vocab.Category.FACTORY
    QT_TRANSLATE_NOOP("vocab", "养殖场"),  # vocab.Category.FARM
    QT_TRANSLATE_NOOP("vocab", "设备"),  # vocab.Category.EQUIPMENT
    QT_TRANSLATE_NOOP("vocab", "道路/水利/其他"),  # vocab.Category.INFRASTRUCTURE
    QT_TRANSLATE_NOOP("vocab", "拍卖"),  # vocab.DisposalMethod.AUCTION
    QT_TRANSLATE_NOOP("vocab", "转让"),  # vocab.DisposalMethod.TRANSFER
    QT_TRANSLATE_NOOP("vocab", "置换/转化"),  # vocab.DisposalMethod.CONVERSION
    QT_TRANSLATE_NOOP("vocab", "暂停经营"),  # vocab.DisposalMethod.SUSPENSION
    QT_TRANSLATE_NOOP("vocab", "核销"),  # vocab.DisposalMethod.WRITE_OFF
    QT_TRANSLATE_NOOP("vocab", "报废"),  # vocab.DisposalMethod.SCRAP
    QT_TRANSLATE_NOOP("vocab", "财政专项扶贫资金"),  # vocab.FundingSource.SPECIAL
    QT_TRANSLATE_NOOP("vocab", "衔接资金"),  # vocab.FundingSource.LINKAGE
    QT_TRANSLATE_NOOP("vocab", "整合涉农资金"),  # vocab.FundingSource.INTEGRATED
    QT_TRANSLATE_NOOP("vocab", "社会帮扶资金"),  # vocab.FundingSource.SOCIAL
    QT_TRANSLATE_NOOP("vocab", "村集体自筹"),  # vocab.FundingSource.VILLAGE
    QT_TRANSLATE_NOOP("vocab", "经营性"),  # vocab.Nature.OPERATING
    QT_TRANSLATE_NOOP("vocab", "公益性"),  # vocab.Nature.PUBLIC
    QT_TRANSLATE_NOOP("vocab", "到户类"),  # vocab.Nature.HOUSEHOLD
    QT_TRANSLATE_NOOP("vocab", "自营"),  # vocab.OperationMode.SELF
    QT_TRANSLATE_NOOP("vocab", "出租/承包"),  # vocab.OperationMode.LEASE
    QT_TRANSLATE_NOOP("vocab", "入股/合作"),  # vocab.OperationMode.EQUITY
    QT_TRANSLATE_NOOP("vocab", "委托经营"),  # vocab.OperationMode.ENTRUSTED
    QT_TRANSLATE_NOOP("vocab", "村集体经济组织"),  # vocab.OwnerKind.VILLAGE_COLLECTIVE
    QT_TRANSLATE_NOOP("vocab", "乡镇"),  # vocab.OwnerKind.TOWNSHIP, vocab.RegionLevel.TOWNSHIP
    QT_TRANSLATE_NOOP("vocab", "县级"),  # vocab.OwnerKind.COUNTY
    QT_TRANSLATE_NOOP("vocab", "县"),  # vocab.RegionLevel.COUNTY
    QT_TRANSLATE_NOOP("vocab", "村"),  # vocab.RegionLevel.VILLAGE
    QT_TRANSLATE_NOOP("vocab", "初始登记"),  # vocab.RegistrationKind.INITIAL
    QT_TRANSLATE_NOOP("vocab", "转移登记"),  # vocab.RegistrationKind.TRANSFER
    QT_TRANSLATE_NOOP("vocab", "变更登记"),  # vocab.RegistrationKind.CHANGE
    QT_TRANSLATE_NOOP("vocab", "在建"),  # vocab.Status.BUILDING
    QT_TRANSLATE_NOOP("vocab", "运营"),  # vocab.Status.OPERATING
    QT_TRANSLATE_NOOP("vocab", "闲置"),  # vocab.Status.IDLE
    QT_TRANSLATE_NOOP("vocab", "损毁"),  # vocab.Status.DAMAGED
    QT_TRANSLATE_NOOP("vocab", "处置"),  # vocab.Status.DISPOSED
    QT_TRANSLATE_NOOP("vocab", "未确权登记"),  # warnings.WarningKind.UNREGISTERED
    QT_TRANSLATE_NOOP("vocab", "有收益无合同"),  # warnings.WarningKind.NO_CONTRACT
    QT_TRANSLATE_NOOP("vocab", "合同已到期"),  # warnings.WarningKind.CONTRACT_EXPIRED
    QT_TRANSLATE_NOOP("vocab", "合同即将到期"),  # warnings.WarningKind.CONTRACT_EXPIRING
    QT_TRANSLATE_NOOP("vocab", "闲置（长期无收益）"),  # warnings.WarningKind.IDLE
    QT_TRANSLATE_NOOP("vocab", "收益率低于阈值"),  # warnings.WarningKind.LOW_RETURN
    QT_TRANSLATE_NOOP("vocab", "运营资产未通过验收"),  # warnings.WarningKind.NO_ACCEPTANCE
    QT_TRANSLATE_NOOP("vocab", "整改逾期"),  # warnings.WarningKind.RECTIFICATION_OVERDUE
    QT_TRANSLATE_NOOP("vocab", "验收后未移交或未确权"),  # warnings.WarningKind.NO_HANDOVER
    QT_TRANSLATE_NOOP("AssetTableModel", "资产编码"),  # AssetTableModel.COLUMNS code
    QT_TRANSLATE_NOOP("AssetTableModel", "资产名称"),  # AssetTableModel.COLUMNS name
    QT_TRANSLATE_NOOP("AssetTableModel", "类别"),  # AssetTableModel.COLUMNS category
    QT_TRANSLATE_NOOP("AssetTableModel", "性质"),  # AssetTableModel.COLUMNS nature
    QT_TRANSLATE_NOOP("AssetTableModel", "乡镇"),  # AssetTableModel.COLUMNS township
    QT_TRANSLATE_NOOP("AssetTableModel", "所在村"),  # AssetTableModel.COLUMNS village
    QT_TRANSLATE_NOOP("AssetTableModel", "规模"),  # AssetTableModel.COLUMNS capacity
    QT_TRANSLATE_NOOP("AssetTableModel", "原值（元）"),  # AssetTableModel.COLUMNS original_value
    QT_TRANSLATE_NOOP("AssetTableModel", "项目年度"),  # AssetTableModel.COLUMNS project_year
    QT_TRANSLATE_NOOP("AssetTableModel", "状态"),  # AssetTableModel.COLUMNS status
    QT_TRANSLATE_NOOP("AssetTableModel", "确权"),  # AssetTableModel.COLUMNS registered
    QT_TRANSLATE_NOOP("AssetTableModel", "经营主体"),  # AssetTableModel.COLUMNS operator
    QT_TRANSLATE_NOOP("HouseholdTableModel", "户编号"),  # HouseholdTableModel.COLUMNS code
    QT_TRANSLATE_NOOP("HouseholdTableModel", "户主"),  # HouseholdTableModel.COLUMNS head_name
    QT_TRANSLATE_NOOP("HouseholdTableModel", "户主身份证号"),  # HouseholdTableModel.COLUMNS head_id
    QT_TRANSLATE_NOOP("HouseholdTableModel", "乡镇"),  # HouseholdTableModel.COLUMNS township
    QT_TRANSLATE_NOOP("HouseholdTableModel", "村"),  # HouseholdTableModel.COLUMNS village
    QT_TRANSLATE_NOOP("HouseholdTableModel", "户类别"),  # HouseholdTableModel.COLUMNS category
    QT_TRANSLATE_NOOP("HouseholdTableModel", "人口"),  # HouseholdTableModel.COLUMNS members
    QT_TRANSLATE_NOOP("HouseholdTableModel", "享受政策"),  # HouseholdTableModel.COLUMNS enjoys
    QT_TRANSLATE_NOOP("HouseholdTableModel", "联系电话"),  # HouseholdTableModel.COLUMNS phone
    QT_TRANSLATE_NOOP("HouseholdTableModel", "银行账号"),  # HouseholdTableModel.COLUMNS account
    QT_TRANSLATE_NOOP("IncomeGridModel", "资产编码"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "资产名称"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "乡镇 / 村"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "上年净收益"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "净收益"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "收益率"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "租金收入"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "产品销售收入"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "发电收入"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "电价补贴"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "入股分红"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "其他收入"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "土地租金"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "运维费"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "保险费"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "其他成本"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "发电量（kWh）"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "到账日期"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeGridModel", "备注"),  # IncomeGridModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "年度"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "期间"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "净收益"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "收益率"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "租金收入"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "产品销售收入"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "发电收入"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "电价补贴"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "入股分红"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "其他收入"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "土地租金"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "运维费"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "保险费"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "其他成本"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "发电量（kWh）"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "到账日期"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("IncomeRowsModel", "备注"),  # IncomeRowsModel header
    QT_TRANSLATE_NOOP("InspectionTableModel", "验收日期"),  # InspectionTableModel.COLUMNS inspected_on
    QT_TRANSLATE_NOOP("InspectionTableModel", "资产编码"),  # InspectionTableModel.COLUMNS code
    QT_TRANSLATE_NOOP("InspectionTableModel", "资产名称"),  # InspectionTableModel.COLUMNS name
    QT_TRANSLATE_NOOP("InspectionTableModel", "乡镇"),  # InspectionTableModel.COLUMNS township
    QT_TRANSLATE_NOOP("InspectionTableModel", "村"),  # InspectionTableModel.COLUMNS village
    QT_TRANSLATE_NOOP("InspectionTableModel", "验收类型"),  # InspectionTableModel.COLUMNS kind
    QT_TRANSLATE_NOOP("InspectionTableModel", "结论"),  # InspectionTableModel.COLUMNS result
    QT_TRANSLATE_NOOP("InspectionTableModel", "核定投资（元）"),  # InspectionTableModel.COLUMNS verified_investment
    QT_TRANSLATE_NOOP("InspectionTableModel", "整改 未完/共"),  # InspectionTableModel.COLUMNS open_rectifications
    QT_TRANSLATE_NOOP("InspectionTableModel", "验收组"),  # InspectionTableModel.COLUMNS team
    QT_TRANSLATE_NOOP("OverdueTableModel", "逾期天数"),  # OverdueTableModel.COLUMNS [0]
    QT_TRANSLATE_NOOP("OverdueTableModel", "整改期限"),  # OverdueTableModel.COLUMNS [1]
    QT_TRANSLATE_NOOP("OverdueTableModel", "资产编码"),  # OverdueTableModel.COLUMNS [2]
    QT_TRANSLATE_NOOP("OverdueTableModel", "资产名称"),  # OverdueTableModel.COLUMNS [3]
    QT_TRANSLATE_NOOP("OverdueTableModel", "乡镇"),  # OverdueTableModel.COLUMNS [4]
    QT_TRANSLATE_NOOP("OverdueTableModel", "整改要求"),  # OverdueTableModel.COLUMNS [5]
    QT_TRANSLATE_NOOP("OverdueTableModel", "责任人"),  # OverdueTableModel.COLUMNS [6]
    QT_TRANSLATE_NOOP("OverdueTableModel", "验收日期"),  # OverdueTableModel.COLUMNS [7]
    QT_TRANSLATE_NOOP("OverdueTableModel", "验收类型"),  # OverdueTableModel.COLUMNS [8]
    QT_TRANSLATE_NOOP("PlanTableModel", "乡镇"),  # PlanTableModel.COLUMNS township
    QT_TRANSLATE_NOOP("PlanTableModel", "村"),  # PlanTableModel.COLUMNS village
    QT_TRANSLATE_NOOP("PlanTableModel", "期间"),  # PlanTableModel.COLUMNS period
    QT_TRANSLATE_NOOP("PlanTableModel", "版本"),  # PlanTableModel.COLUMNS revision
    QT_TRANSLATE_NOOP("PlanTableModel", "状态"),  # PlanTableModel.COLUMNS status
    QT_TRANSLATE_NOOP("PlanTableModel", "收益总额（元）"),  # PlanTableModel.COLUMNS pool
    QT_TRANSLATE_NOOP("PlanTableModel", "已分配（元）"),  # PlanTableModel.COLUMNS allocated
    QT_TRANSLATE_NOOP("PlanTableModel", "预警"),  # PlanTableModel.COLUMNS warnings
    QT_TRANSLATE_NOOP("PlanTableModel", "更新时间"),  # PlanTableModel.COLUMNS updated
    QT_TRANSLATE_NOOP("WarningsModel", "预警类型"),  # WarningsModel.COLUMNS kind
    QT_TRANSLATE_NOOP("WarningsModel", "资产编码"),  # WarningsModel.COLUMNS code
    QT_TRANSLATE_NOOP("WarningsModel", "资产名称"),  # WarningsModel.COLUMNS name
    QT_TRANSLATE_NOOP("WarningsModel", "乡镇"),  # WarningsModel.COLUMNS township
    QT_TRANSLATE_NOOP("WarningsModel", "村"),  # WarningsModel.COLUMNS village
    QT_TRANSLATE_NOOP("WarningsModel", "说明"),  # WarningsModel.COLUMNS message
)
