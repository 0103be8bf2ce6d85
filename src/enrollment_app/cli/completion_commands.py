"""Completion and printed documents from the command line.

``enrollment completion CLASS_ID [--record]`` lists attendance and completion (and records
it with ``--record``); ``print-cards CLASS_ID``, ``print-sheet SESSION_ID`` and
``print-certificates CLASS_ID`` write the PDFs (``--out FILE``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from enrollment_app.cli.common import CommandAdder, emit, open_db, progress_printer, sign_in
from enrollment_app.i18n import translate


def register(add_command: CommandAdder) -> None:
    summary = add_command("completion", cmd_completion,
                          "attendance rate and completion of a class's people")
    summary.add_argument("class_id", help="the class id")
    summary.add_argument("--record", action="store_true",
                         help="record completion for everyone who meets the threshold")
    for name, handler, what, target in (
            ("print-cards", cmd_print_cards, "participant cards (PDF, 8 per A4 page)",
             "class_id"),
            ("print-sheet", cmd_print_sheet, "the attendance sheet of a session (PDF)",
             "session_id"),
            ("print-certificates", cmd_print_certificates,
             "certificates of the class's graduates (PDF)", "class_id")):
        command = add_command(name, handler, what)
        command.add_argument(target, help=f"the {target.replace('_', ' ')}")
        command.add_argument("--out", type=Path, required=True, metavar="FILE")


def cmd_completion(args: argparse.Namespace) -> int:
    from enrollment_app.services import completion

    ctx = sign_in(args, open_db(args))
    recorded = completion.record_completion(ctx, args.class_id) if args.record else []
    summary = completion.class_completion(ctx, args.class_id)
    people = [{"participant_id": r.participant_id, "name": r.full_name,
               "held": r.tally.held, "attended": r.tally.attended,
               "rate": round(r.tally.rate_percent, 1), "completes": r.completes,
               "status": r.status} for r in summary.rows]
    lines = [f"{p['name']}: {p['attended']}/{p['held']} ({p['rate']}%)"
             + (" *" if p["completes"] else "") for p in people]
    text = "\n".join([translate("cli", "{name}: threshold {threshold}%, {completing} of "
                                       "{count} complete (*).").format(
        name=summary.class_name, threshold=summary.threshold,
        completing=summary.completing, count=len(people)), *lines])
    return emit(args, {"class_id": summary.class_id, "threshold": summary.threshold,
                       "sessions_held": summary.sessions_held,
                       "sessions_to_come": summary.sessions_to_come, "people": people,
                       "recorded": recorded}, text)


def cmd_print_cards(args: argparse.Namespace) -> int:
    from enrollment_app.services.documents.participant_cards import write_participant_cards

    ctx = sign_in(args, open_db(args))
    return _written(args, write_participant_cards(ctx, args.class_id, args.out,
                                                  progress=progress_printer(args)))


def cmd_print_sheet(args: argparse.Namespace) -> int:
    from enrollment_app.services.documents.attendance_sheet import write_attendance_sheet

    ctx = sign_in(args, open_db(args))
    return _written(args, write_attendance_sheet(ctx, args.session_id, args.out,
                                                 progress=progress_printer(args)))


def cmd_print_certificates(args: argparse.Namespace) -> int:
    from enrollment_app.services.documents.certificates import write_certificates

    ctx = sign_in(args, open_db(args))
    return _written(args, write_certificates(ctx, args.class_id, args.out,
                                             progress=progress_printer(args)))


def _written(args: argparse.Namespace, result: Any) -> int:
    return emit(args, {"file": str(result.path), "pages": result.pages,
                       "items": result.items},
                translate("cli", "Written: {file} ({pages} page(s)).").format(
                    file=result.path, pages=result.pages))
