"""The audit trail from the command line."""

from __future__ import annotations

import argparse

from enrollment_app.cli.common import CommandAdder, add_common_options, emit, fail, open_db
from enrollment_app.i18n import translate


def register(add_command: CommandAdder) -> None:
    audit = add_command("audit", _usage, "audit trail: 'audit verify' checks its hash chain")
    actions = audit.add_subparsers(metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check the hash chain of the audit trail")
    add_common_options(verify, argparse.SUPPRESS)
    verify.set_defaults(handler=cmd_audit_verify)


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
