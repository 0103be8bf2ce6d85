"""Data-subject requests (UU PDP) from the command line.

``enrollment subject-export NIK --out DIR`` writes everything held about the person as
JSON and HTML; ``enrollment subject-correction NIK --request TEXT`` records what the
person asked to correct and what was done.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from enrollment_app.cli.common import CommandAdder, emit, open_db, sign_in
from enrollment_app.i18n import tr, translate


def register(add_command: CommandAdder) -> None:
    export = add_command("subject-export", cmd_subject_export,
                         "everything held about one person (UU PDP request), as JSON and "
                         "HTML files")
    export.add_argument("nik", help="the person's NIK (or participant id)")
    export.add_argument("--out", type=Path, required=True, metavar="DIR")
    correction = add_command("subject-correction", cmd_subject_correction,
                             "record a person's correction request (UU PDP)")
    correction.add_argument("nik", help="the person's NIK (or participant id)")
    correction.add_argument("--request", required=True, metavar="TEXT",
                            help="what the person asked to correct")
    correction.add_argument("--status", choices=("done", "pending", "refused"),
                            default="done")
    correction.add_argument("--response", default="", metavar="TEXT",
                            help="what was done, or why it was refused")
    correction.add_argument("--received-on", type=date.fromisoformat, metavar="YYYY-MM-DD",
                            help="when the person asked (default: today)")


def cmd_subject_export(args: argparse.Namespace) -> int:
    from enrollment_app.services.data_subject import export_subject_data

    ctx = sign_in(args, open_db(args))
    result = export_subject_data(ctx, args.nik, args.out, translate=tr)
    return emit(args, result.as_json(), translate(
        "cli", "Data about {name} written to:\n  {json}\n  {html}").format(
            name=result.subject.full_name, json=result.json_path, html=result.html_path))


def cmd_subject_correction(args: argparse.Namespace) -> int:
    from enrollment_app.services.data_subject import find_subject, record_correction

    ctx = sign_in(args, open_db(args))
    subject = find_subject(ctx, args.nik)
    request_id = record_correction(ctx, subject.participant_id, request_text=args.request,
                                   status=args.status, response=args.response,
                                   received_on=args.received_on)
    return emit(args, {"request_id": request_id, "participant_id": subject.participant_id,
                       "status": args.status},
                translate("cli", "Correction request of {name} recorded.").format(
                    name=subject.full_name))
