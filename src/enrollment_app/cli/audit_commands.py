"""The audit trail from the command line."""

from __future__ import annotations

import argparse
from datetime import date

from enrollment_app.cli.common import (
    CommandAdder,
    add_common_options,
    emit,
    fail,
    non_negative_int,
    open_db,
    positive_int,
    sign_in,
)
from enrollment_app.i18n import translate


def register(add_command: CommandAdder) -> None:
    audit = add_command("audit", _usage, "audit trail: 'audit verify' checks its hash chain, "
                                         "'audit list' shows entries")
    actions = audit.add_subparsers(metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check the hash chain of the audit trail")
    add_common_options(verify, argparse.SUPPRESS)
    verify.set_defaults(handler=cmd_audit_verify)
    listing = actions.add_parser(
        "list", help="audit entries, newest first (supervisors)",
        description="Audit entries, newest first. --user filters by the user who made the "
                    "change; the signed-in user comes from ENROLLMENT_USER (or 'enrollment "
                    "--user NAME audit list').")
    # Not add_common_options: here --user is a filter, not the signed-in user.
    listing.add_argument("--data-dir", default=argparse.SUPPRESS)
    listing.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    listing.add_argument("--user", dest="filter_user", default="", metavar="USER",
                         help="only changes made by this user")
    listing.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    listing.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                         help="last day included")
    listing.add_argument("--record", default="", metavar="ID",
                         help="a record id (or its first characters), or a NIK: everything "
                              "about that person")
    listing.add_argument("--table", default="", metavar="TABLE")
    listing.add_argument("--limit", type=positive_int, default=100, metavar="N")
    listing.add_argument("--offset", type=non_negative_int, default=0, metavar="N")
    listing.set_defaults(handler=cmd_audit_list)


def _usage(_args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires ACTION
    return 2


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from enrollment_app.services.audit_verify import verify_audit_chain

    result = verify_audit_chain(open_db(args))
    if result.first_break is None:
        return emit(args, {"ok": True, "entries": result.entries},
                    translate("cli", "Audit trail intact: {count} entries checked.")
                    .format(count=result.entries))
    return fail(args, translate("cli", "Audit trail broken at entry {seq}: {reason}").format(
        seq=result.first_break.seq, reason=result.first_break.reason),
        {"ok": False, "entries": result.entries,
         "first_broken_entry": result.first_break.seq})


def cmd_audit_list(args: argparse.Namespace) -> int:
    from enrollment_app.services.audit_trail import AuditFilter, find_entries

    ctx = sign_in(args, open_db(args))
    query = AuditFilter(username=args.filter_user, since=args.since, until=args.until,
                        record=args.record, table=args.table)
    page = find_entries(ctx, query, offset=args.offset, limit=args.limit)
    lines = []
    for row in page.rows:
        changes = "; ".join(f"{c.field}: {c.old!r} -> {c.new!r}" for c in row.changes)
        lines.append(f"#{row.seq} {row.at.astimezone():%Y-%m-%d %H:%M:%S} "
                     f"{row.username or '-'} {row.action} {row.table} {row.record_id} "
                     f"{changes}")
    lines.append(translate("cli", "{shown} of {total} entries shown.").format(
        shown=len(page.rows), total=page.total))
    return emit(args, {"total": page.total, "offset": page.offset,
                       "entries": [row.as_json() for row in page.rows]}, "\n".join(lines))


