"""Which plan document a batch prints, and how: the one table the batch dialog and the
``print … --year`` commands share, so both offer the same documents the same way.

Payout sheets and slips are drawn page by page on a plain canvas; notices are laid out with
platypus (flowing paragraphs and tables), one build per village onto a ``BatchCanvas``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.reports import batch, notice, payout, slips
from desktop.reports.batch import Draw, MakeCanvas, Progress, Render
from desktop.reports.document import BatchCanvas, new_canvas
from desktop.reports.plan_docs import PlanDoc


@dataclass(frozen=True)
class PlanDocument:
    key: str          # the CLI's name: payout / notice / slips
    label: str        # what the clerk reads
    suffix: str       # file name part: 东关镇-东关村-发放表.pdf
    render: Render
    draw: Draw | None = None  # draws one village onto a shared canvas: many villages in one PDF
    make_canvas: MakeCanvas = new_canvas

    @property
    def one_pdf(self) -> bool:
        return self.draw is not None


DOCUMENTS: dict[str, PlanDocument] = {d.key: d for d in (
    PlanDocument("payout", "分红发放表", "发放表", payout.render, payout.draw),
    PlanDocument("notice", "收益分配公示", "公示", notice.render, notice.draw, BatchCanvas),
    PlanDocument("slips", "收益分配告知单", "告知单", slips.render, slips.draw),
)}


@dataclass(frozen=True)
class BatchResult:
    villages: int
    files: tuple[Path, ...]
    pages: int | None = None  # known when drawn into one PDF


def run(document: PlanDocument, plans: Iterable[PlanDoc], target: Path, *, per_village: bool,
        total: int | None = None, progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None) -> BatchResult:
    """Print ``plans`` into the file ``target`` (one PDF) or into the folder ``target`` (one
    PDF per village). All or nothing: a cancelled or failed run leaves no file behind."""
    counted = _Counter(plans)
    if per_village or document.draw is None:
        files = batch.per_village(counted, document.render, target, suffix=document.suffix, total=total,
                                  progress=progress, cancelled=cancelled)
        return BatchResult(counted.n, tuple(files))
    pages = batch.one_pdf(counted, document.draw, target, title=f"{document.label}（批量）", total=total,
                          progress=progress, cancelled=cancelled, make_canvas=document.make_canvas)
    return BatchResult(counted.n, (target,), pages)


class _Counter:
    """Counts the plans as they stream by (the caller's iterable may be a generator)."""

    def __init__(self, plans: Iterable[PlanDoc]) -> None:
        self.plans, self.n = plans, 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for plan in self.plans:
            self.n += 1
            yield plan
