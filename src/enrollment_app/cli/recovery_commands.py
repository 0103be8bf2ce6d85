"""``enrollment recover FILE --user NAME``: a supervisor sets a new password with the
central office's recovery file when every password on the laptop is forgotten.

The recovery code (read out by the central office by phone) comes from
ENROLLMENT_RECOVERY_CODE or is asked for; the new password from ENROLLMENT_PASSWORD or
is asked for twice. Exit 1 when the file, the code, the user or the password is refused
(nothing is changed then). The central office writes the file with ``enrollment central
recovery-file``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from enrollment_app.cli.common import (
    EXIT_USAGE,
    USER_ENV,
    CommandAdder,
    emit,
    password,
    secret,
)
from enrollment_app.i18n import translate

CODE_ENV = "ENROLLMENT_RECOVERY_CODE"


def register(add_command: CommandAdder) -> None:
    recover = add_command("recover", cmd_recover,
                          "set a supervisor's new password with the central office's "
                          "recovery file, when every password on this laptop is forgotten "
                          "(code from ENROLLMENT_RECOVERY_CODE or asked; new password from "
                          "ENROLLMENT_PASSWORD or asked twice)")
    recover.add_argument("file", type=Path, metavar="FILE",
                         help="the recovery file from the central office")


def cmd_recover(args: argparse.Namespace) -> int:
    from enrollment_app.services.recovery import locked_device, recover
    from enrollment_app.storage.data_dir import resolve_data_dir

    username = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not username:
        print(translate("cli", "Name the supervisor whose password is set: --user NAME."),
              file=sys.stderr)
        return EXIT_USAGE
    access = locked_device(resolve_data_dir(args.data_dir))
    code = _recovery_code()
    new_password = password(args, confirm=True)
    ctx = recover(access, args.file, code, username, new_password)
    try:
        device = access.device()
    finally:
        ctx.db.close()
    name = device[1] if device else ""
    return emit(args, {"device": name, "device_id": ctx.device_id,
                       "user": ctx.actor.username, "recovery_file": str(args.file)},
                translate("cli", "New password set for supervisor '{user}' on laptop "
                                 "'{device}'. Sign in with it now, and reset the other users' "
                                 "passwords if they forgot theirs too.").format(
                    user=ctx.actor.username, device=name))


def _recovery_code() -> str:
    return secret(CODE_ENV, translate(
        "cli", "A recovery code is needed: set ENROLLMENT_RECOVERY_CODE or run the command "
               "in a terminal."), translate("cli", "Recovery code (from the central office): "),
        hidden=False)
