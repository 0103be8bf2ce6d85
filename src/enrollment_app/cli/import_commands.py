"""`enrollment import-people FILE`: people from a CSV/XLSX list.

Exit status 0 when the import ran, even when rows were refused or were duplicates (the
report lists them, and the refused rows go to ``<stem>-ditolak.csv``/``.xlsx`` in the
current folder or ``--refused-out``); 1 when the file itself is refused (not a
spreadsheet, encrypted, no heading row, required columns missing, no data rows) or the
user may not register people; 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from enrollment_app.cli.common import CommandAdder, emit, open_db, sign_in
from enrollment_app.i18n import tr, translate


def register(add_command: CommandAdder) -> None:
    command = add_command("import-people", cmd_import_people,
                          "import people from a CSV or XLSX list (registry extracts, "
                          "kelurahan lists)")
    command.add_argument("file", type=Path, help="the .csv or .xlsx file")
    command.add_argument("--dry-run", action="store_true",
                         help="check every row and report, but save nothing")
    command.add_argument("--accept-warnings", action="store_true",
                         help="save rows that only have warnings (recorded as confirmed by "
                              "you); without it they are refused for review")
    command.add_argument("--refused-out", type=Path,
                         help="where to write the refused rows (default: <name>-ditolak.csv "
                              "or .xlsx in the current folder; a dry run writes it only "
                              "when this is given)")


def cmd_import_people(args: argparse.Namespace) -> int:
    from enrollment_app.services.people_import import import_people, plan_import
    from enrollment_app.services.refused_rows import default_refused_path

    ctx = sign_in(args, open_db(args))
    plan = plan_import(args.file)
    refused_out = args.refused_out
    if refused_out is None and not args.dry_run:
        refused_out = default_refused_path(plan.path, plan.kind, Path.cwd())
    report = import_people(ctx, plan, dry_run=args.dry_run,
                           accept_warnings=args.accept_warnings, refused_out=refused_out,
                           progress=_progress(args), translate=tr)
    return emit(args, _payload(report), _text(report))


def _progress(args: argparse.Namespace) -> Any:
    def show(progress: Any) -> bool:
        if not args.json and sys.stderr.isatty():
            print(f"\r{progress.rows}", end="", file=sys.stderr, flush=True)
        return True
    return show


def _payload(report: Any) -> dict[str, Any]:
    from enrollment_app.services.people_import import describe_problem

    return {
        "file": report.file,
        "dry_run": report.dry_run,
        "accepted": report.accepted,
        "duplicates": report.duplicates,
        "refused": report.refused,
        "refused_file": str(report.refused_file) if report.refused_file else None,
        "stopped_after_line": report.stopped_after_line,
        "rows": [{"line": row.line, "outcome": str(row.outcome), "nik": row.nik,
                  "reasons": [describe_problem(p, tr) for p in row.problems],
                  "codes": [p.code for p in row.problems]} for row in report.rows],
    }


def _text(report: Any) -> str:
    from enrollment_app.services.people_import import Outcome, describe_problem

    outcome_names = {
        Outcome.DUPLICATE: translate("cli", "already registered"),
        Outcome.REFUSED: translate("cli", "refused"),
    }
    lines = [translate("cli", "Line {line} ({outcome}): {reasons}").format(
        line=row.line, outcome=outcome_names[row.outcome],
        reasons="; ".join(describe_problem(p, tr) for p in row.problems))
        for row in report.rows]
    if report.dry_run:
        lines.append(translate("cli", "Dry run: nothing was saved."))
    lines.append(translate("cli", "Accepted: {accepted}, already registered: {duplicates}, "
                                  "refused: {refused}.").format(
        accepted=report.accepted, duplicates=report.duplicates, refused=report.refused))
    if report.refused_file:
        lines.append(translate("cli", "Refused rows were written to {path}; correct them "
                                      "there and import that file.").format(
            path=report.refused_file))
    if report.stopped_after_line is not None:
        lines.append(translate("cli", "Reading stopped after line {line}: more than 1000 "
                                      "empty rows followed, the rest was not read.").format(
            line=report.stopped_after_line))
    return "\n".join(lines)
