"""Administrative division codes (行政区划代码) as used by the register.

Full 12-digit codes (GB/T 2260 + the statistics bureau's extension): 6 digits of county,
3 of township, 3 of village. A county can be given by its 6-digit code as well.
"""

from __future__ import annotations

import re

from desktop.domain.problems import Problem
from desktop.domain.vocab import RegionLevel

_DIGITS = re.compile(r"^[0-9]+$")  # ASCII only: \d would also take full-width digits


def normalise_code(code: str) -> str:
    """Strip spaces; a 6-digit county code is padded to 12 digits."""
    code = code.strip().replace(" ", "")
    if len(code) == 6 and _DIGITS.match(code):
        return code + "000000"
    return code


def validate_region(level: str, name: str, code: str, parent_code: str | None) -> list[Problem]:
    p: list[Problem] = []
    if not name.strip():
        p.append(Problem("name", "请填写名称"))
    elif len(name) > 60:
        p.append(Problem("name", "名称不能超过 60 字"))
    code = normalise_code(code)
    if not (len(code) == 12 and _DIGITS.match(code)):
        p.append(Problem("code", "区划代码“{value}”应为 12 位数字", {"value": code}))
        return p
    if level == RegionLevel.COUNTY and code[6:] != "000000":
        p.append(Problem("code", "县级代码“{value}”的末 6 位应为 000000", {"value": code}))
    if level == RegionLevel.TOWNSHIP and (code[6:9] == "000" or code[9:] != "000"):
        p.append(Problem("code", "乡镇代码“{value}”的第 7–9 位不能为 000，末 3 位应为 000", {"value": code}))
    if level == RegionLevel.VILLAGE and code[9:] == "000":
        p.append(Problem("code", "村级代码“{value}”的末 3 位不能为 000", {"value": code}))
    if parent_code:
        prefix = {RegionLevel.TOWNSHIP.value: 6, RegionLevel.VILLAGE.value: 9}.get(level, 0)
        if prefix and code[:prefix] != parent_code[:prefix]:
            p.append(Problem("code", "区划代码“{value}”的前 {n} 位应与上级“{parent}”一致",
                             {"value": code, "n": prefix, "parent": parent_code}))
    return p
