"""The two runs of the import screen (dry run and import) as calls for ProgressWorker.

ProgressWorker reports ``(done, total)``: done is the rows read so far, total an estimate
of the rows in the file (0 when it cannot be known cheaply, an XLSX: the bar then only
shows that work goes on). The call returns ``ImportRun``: the service's report and the
last spreadsheet line that was finished, for "saved up to line N" after a cancel.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from enrollment_app.i18n import tr
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.people_import import (
    ImportPlan,
    ImportProgress,
    ImportReport,
    import_people,
)
from enrollment_app.services.refused_rows import default_refused_path

Progress = Callable[[int, int], bool]
REFUSED_FOLDER = "refused-rows"  # in the data folder, when the list's folder is read-only
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ImportRun:
    report: ImportReport
    last_line: int | None


def estimate_rows(plan: ImportPlan) -> int:
    """Data rows of a CSV list (its line count); 0 for a workbook."""
    if plan.kind != "csv":
        return 0
    lines = 0
    with plan.path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            lines += chunk.count(b"\n")
    return max(lines - plan.mapping.header_line, 0)


def refused_rows_path(plan: ImportPlan, data_dir: Path) -> Path:
    """Next to the list, where the user will look for it, unless that folder is
    read-only (a write-protected stick): then in the data folder."""
    folder = plan.path.parent
    if not os.access(folder, os.W_OK):
        folder = data_dir / REFUSED_FOLDER
    return default_refused_path(plan.path, plan.kind, folder)


class ImportCall:
    """The service call for a worker thread; the plan must not change while it runs.

    ``latest`` is the last progress report (set on the worker thread, read on the GUI
    thread after a ``progressed`` signal: one reference assignment, so always whole).
    """

    def __init__(self, ctx: ServiceContext, plan: ImportPlan, *, dry_run: bool,
                 accept_warnings: bool) -> None:
        self.ctx, self.plan = ctx, plan
        self.dry_run, self.accept_warnings = dry_run, accept_warnings
        self.total = estimate_rows(plan)
        self.refused_out = None if dry_run else refused_rows_path(plan, ctx.db.data_dir)
        self.latest: ImportProgress | None = None

    def __call__(self, progress: Progress) -> ImportRun:
        def report_progress(step: ImportProgress) -> bool:
            self.latest = step
            return progress(step.rows, max(self.total, step.rows) if self.total else 0)

        report = import_people(self.ctx, self.plan, dry_run=self.dry_run,
                               accept_warnings=self.accept_warnings,
                               refused_out=self.refused_out, progress=report_progress,
                               translate=tr)
        return ImportRun(report, self.latest.line if self.latest else None)
