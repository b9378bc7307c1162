"""Messy workbooks as offices send them, built at test time."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from desktop.domain import idcard


def make_id(born: date, seq: int, region: str = "419901") -> str:
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + idcard.check_digit(first17)


HEAD1 = make_id(date(1960, 5, 1), 11)
WIFE1 = make_id(date(1962, 7, 9), 22)
SON1 = make_id(date(1990, 1, 15), 31)
HEAD2 = make_id(date(1948, 12, 30), 42)
HEAD3 = make_id(date(1975, 3, 3), 51)


def write(path: Path, rows: list[list[Any]], merges: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def national(path: Path, *, id_cell: Any = None, extra_rows: list[list[Any]] | None = None) -> Path:
    """The monitoring system's shape: title and note rows, a two-level merged header with
    groups, columns in its own order, extra columns, numbers stored as text."""
    header_top = ["序号", "户编号", "县", "乡（镇）", "行政村", "成员信息", None, None, None, "劳动技能", "健康状况",
                  "银行信息", None, "联系电话", "是否享受政策", "户类型", "监测对象类别", "致贫原因"]
    header_low = [None, None, None, None, None, "姓名", "证件号码", "与户主关系", "性别", None, None, "开户银行",
                  "一卡通账号", None, None, None, None, None]
    rows = [
        ["2024年和平县防返贫监测对象和脱贫人口信息表"],
        ["填报单位：和平县乡村振兴局        数据截止：2024-12-31"],
        header_top, header_low,
        ["1", "H0001", "和平县", "东山镇", "东山村", "王建国", id_cell if id_cell is not None else HEAD1, "户主", "男",
         "普通劳动力", "健康", "和平县农村信用合作联社", "6228480012345678901", "13812345678", "是", "脱贫户", "",
         "缺技术"],
        ["2", "H0001", "和平县", "东山镇", "东山村", "李秀英", WIFE1, "配偶", "女", "弱劳动力或半劳动力",
         "长期慢性病", "和平县农村信用合作联社", "6228480012345678901", "13812345678", "是", "脱贫户", "", "缺技术"],
        ["3", "H0001", "和平县", "东山镇", "东山村", "王小军", f" {SON1.lower()} ", "之子", "男", "技能劳动力", "健康",
         "和平县农村信用合作联社", "6228480012345678901", "13812345678", "是", "脱贫户", "", "缺技术"],
        ["4", "H0002", "和平县", "新华乡", "红旗村", "赵德福", HEAD2, "户主", "男", "丧失劳动力", "残疾",
         "中国邮政储蓄银行", "6217991234567890", "0391-5123456", "是", "监测对象", "突发严重困难户", "因病"],
        *(extra_rows or []),
    ]
    merges = ("A1:R1", "A2:R2", "F3:I3", "L3:M3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "J3:J4",
              "K3:K4", "N3:N4", "O3:O4", "P3:P4", "Q3:Q4", "R3:R4")
    return write(path, rows, merges)


def per_household(path: Path) -> Path:
    """One row per household (a village spreadsheet): head only, shuffled columns, no relation column."""
    return write(path, [
        ["红旗村脱贫户名单"],
        ["户主姓名", "户主身份证号", "户码", "备注", "村", "乡镇", "家庭人口数", "联系电话"],
        ["孙永庆", HEAD3, "H0003", "", "红旗村", "新华乡", 3, 13912345678],
        ["赵德福", HEAD2, "H0002", "", "红旗村", "新华乡", 1, "0391-5123456"],
    ])
