"""Printed documents as PDF bytes (ReportLab). No Qt, no session: data in, PDF out.

- ``fonts``      the CJK fonts, registered once (Windows 宋体/仿宋/黑体/楷体, else the shipped font)
- ``document``   A4 page set-up, GB/T 9704 type hierarchy, "第 X 页 共 Y 页", the 草稿 mark,
                 table styles, form helpers — the base every document builds on
- ``grid``       ruled tables drawn page by page on the canvas (for sheets of thousands of rows)
- ``numerals``   amounts in Chinese capital numerals
- ``plan_docs``  the data the plan documents print (the contract the plan service fills)
- ``payout``, ``notice``, ``slips``   分红发放表, 收益分配公示, 告知单
- ``asset_docs`` 资产登记卡, 确权登记表, 资产台账
- ``inspection_form`` 验收单
- ``batch``      many villages into one PDF or one per village, with progress and cancel
- ``plan_batch`` which plan documents a batch prints and how (shared by the dialog and the CLI)
- ``samples``    synthetic plans for benchmarks and tests
"""
