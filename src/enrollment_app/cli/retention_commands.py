"""Receipts from the central office and retention of personal data, on the device.

``enrollment receipt load FILE...`` verifies import receipts and stores them on their
bundles (exit 1 when any is refused; the others are still stored); ``enrollment receipt
list`` shows each bundle as confirmed or not yet confirmed. ``enrollment retention
--dry-run|--apply`` shows or removes the personal data of people whose programs ended
and whose records a receipt confirms.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from enrollment_app.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CommandAdder,
    add_common_options,
    emit,
    open_db,
    sign_in,
)
from enrollment_app.i18n import tr, translate


def register(add_command: CommandAdder) -> None:
    receipt = add_command("receipt", _usage, "import receipts from the central office: "
                                             "'receipt load FILE...', 'receipt list'")
    actions = receipt.add_subparsers(metavar="ACTION", required=True)
    load = actions.add_parser("load", help="verify receipts and store them on their bundles")
    add_common_options(load, argparse.SUPPRESS)
    load.add_argument("files", type=Path, nargs="+", metavar="FILE")
    load.set_defaults(handler=cmd_receipt_load)
    listing = actions.add_parser("list", help="each bundle: confirmed by the central office "
                                              "or not yet")
    add_common_options(listing, argparse.SUPPRESS)
    listing.set_defaults(handler=cmd_receipt_list)

    retention = add_command("retention", cmd_retention,
                            "remove personal data of people whose programs ended and whose "
                            "records the central office confirmed (supervisors)")
    mode = retention.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help="only count, change nothing")
    mode.add_argument("--apply", action="store_true", help="blank their personal data")
    retention.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                           help=argparse.SUPPRESS)  # tests: the day programs are judged on


def _usage(_args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires ACTION
    return EXIT_USAGE


def cmd_receipt_load(args: argparse.Namespace) -> int:
    from enrollment_app.services.receipts import LoadedReceipt, load_receipts

    ctx = sign_in(args, open_db(args))
    outcomes = load_receipts(ctx, [Path(f) for f in args.files])
    loaded = [o for o in outcomes if isinstance(o, LoadedReceipt)]
    refused = [o for o in outcomes if not isinstance(o, LoadedReceipt)]
    if args.json:
        emit(args, {"loaded": [o.as_json() for o in loaded],
                    "refused": [{"file": f, "reason": exc.code, "message": exc.render(tr)}
                                for f, exc in refused]}, "")
    else:
        for receipt in loaded:
            text = (translate("cli", "Bundle {sequence}: receipt already loaded.")
                    if receipt.already_loaded else
                    translate("cli", "Bundle {sequence}: received and merged at the central "
                                     "office ({imported_at})."))
            print(text.format(sequence=receipt.sequence,
                              imported_at=receipt.imported_at[:19].replace("T", " ")))
    for file, exc in refused:
        print(f"{file}: {exc.render(tr)}", file=sys.stderr)
    return EXIT_REFUSED if refused else EXIT_OK


def cmd_receipt_list(args: argparse.Namespace) -> int:
    from enrollment_app.services.receipts import bundle_confirmations

    rows = bundle_confirmations(sign_in(args, open_db(args)))
    payload = {"bundles": [
        {"sequence": r.sequence, "created_at": r.created_at.isoformat(), "mode": r.mode,
         "records": r.records, "file_name": r.file_name,
         "confirmed_at": r.confirmed_at.isoformat() if r.confirmed_at else None,
         "conflicts": r.conflicts, "possible_duplicates": r.possible_duplicates}
        for r in rows]}
    not_yet = translate("cli", "not yet confirmed")
    lines = [f"{r.sequence:>5}  {r.created_at.isoformat()[:19]}  {r.records:>8}  "
             + (translate("cli", "received and merged at the central office ({date})")
                .format(date=r.confirmed_at.isoformat()[:19].replace("T", " "))
                if r.confirmed_at else not_yet) for r in rows]
    return emit(args, payload, "\n".join(lines) or translate(
        "cli", "No bundle was exported from this device yet."))


def cmd_retention(args: argparse.Namespace) -> int:
    from enrollment_app.services.retention import apply_retention, plan_retention

    ctx = sign_in(args, open_db(args))
    if args.dry_run:
        plan = plan_retention(ctx, args.today)
        return emit(args, {"dry_run": True, **plan.as_json()}, translate(
            "cli", "{removable} people's personal data can be removed now; {unconfirmed} "
                   "more whose programs ended wait for a central-office receipt.").format(
            removable=len(plan.removable), unconfirmed=len(plan.unconfirmed)))
    result = apply_retention(ctx, args.today)
    return emit(args, {"dry_run": False, **result.as_json()}, translate(
        "cli", "Personal data of {removed} people removed from this laptop; {unconfirmed} "
               "more wait for a central-office receipt.").format(
        removed=result.removed, unconfirmed=result.unconfirmed))
