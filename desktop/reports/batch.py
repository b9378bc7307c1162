"""Many villages' documents at once: into one PDF, or one PDF per village.

Plain functions for a worker thread: they take an iterable of plans (generated lazily if
the caller likes — a county's plans need not all be in memory), report progress after each
village through ``progress(done, total, village)`` and stop between villages when
``cancelled()`` says so, raising :class:`Cancelled`. Files are written to a temporary name
and renamed at the end, so a cancelled or failed batch leaves no half-written PDF behind.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from desktop.reports.document import PageSetup, new_canvas
from desktop.reports.plan_docs import PlanDoc

Progress = Callable[[int, int | None, str], None]
Draw = Callable[[Canvas, PlanDoc], int]
Render = Callable[[PlanDoc], bytes]
MakeCanvas = Callable[[io.BytesIO, PageSetup], Canvas]


class Cancelled(Exception):
    """The user stopped the batch; nothing was written."""


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("已取消")


def one_pdf(plans: Iterable[PlanDoc], draw: Draw, out: Path, *, title: str, total: int | None = None,
            progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
            make_canvas: MakeCanvas = new_canvas) -> int:
    """Draw every plan's pages into the single PDF ``out``; returns the number of pages.

    ``draw`` is a page-by-page drawer such as ``payout.draw`` or ``slips.draw`` (or
    ``notice.draw`` with ``make_canvas=BatchCanvas``); each village keeps its own
    "第 X 页 共 Y 页".
    """
    tmp = out.with_name(out.name + ".part")
    pages = done = 0
    try:
        with open(tmp, "wb") as fh:
            c = make_canvas(fh, PageSetup(title=title))  # type: ignore[arg-type]
            for plan in plans:
                _check(cancelled)
                pages += draw(c, plan)
                done += 1
                if progress:
                    progress(done, total, plan.village)
            _check(cancelled)
            c.save()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return pages


def per_village(plans: Iterable[PlanDoc], render: Render, folder: Path, *, suffix: str,
                total: int | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """One PDF per plan in ``folder``, named ``<乡镇>-<村>-<suffix>.pdf``; all or none."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for plan in plans:
            _check(cancelled)
            path = folder / f"{safe_name(plan.township)}-{safe_name(plan.village)}-{suffix}.pdf"
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(render(plan))
            written.append(tmp)
            if progress:
                progress(len(written), total, plan.village)
        _check(cancelled)
    except BaseException:
        for tmp in written:
            tmp.unlink(missing_ok=True)
        raise
    final = []
    for tmp in written:
        path = tmp.with_name(tmp.name.removesuffix(".part"))
        os.replace(tmp, path)
        final.append(path)
    return final


def safe_name(text: str) -> str:
    """A file name part without the characters Windows forbids."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._") or "_"


def to_bytes(draw: Draw, plan: PlanDoc, setup: PageSetup) -> bytes:
    out = io.BytesIO()
    c = new_canvas(out, setup)
    draw(c, plan)
    c.save()
    return out.getvalue()
