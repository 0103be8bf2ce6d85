"""User accounts from the command line: ``enrollment users add|list|disable|enable|reset-password``.

The acting user (``--user``, ENROLLMENT_USER, else the first supervisor) signs in with
ENROLLMENT_PASSWORD; a new or reset password comes from ENROLLMENT_NEW_PASSWORD or is
asked twice at the terminal.
"""

from __future__ import annotations

import argparse

from enrollment_app.cli.common import (
    CommandAdder,
    add_common_options,
    emit,
    open_db,
    secret,
    sign_in,
)
from enrollment_app.domain.roles import ROLE_CODES
from enrollment_app.i18n import translate

NEW_PASSWORD_ENV = "ENROLLMENT_NEW_PASSWORD"


def register(add_command: CommandAdder) -> None:
    users = add_command("users", _usage, "user accounts on this device (supervisors)")
    actions = users.add_subparsers(metavar="ACTION", required=True)

    def action(name: str, handler: object, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        add_common_options(sub, argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        return sub

    action("list", cmd_users_list, "every account with its role and state")
    add = action("add", cmd_users_add, f"add an account (password from {NEW_PASSWORD_ENV} "
                                       "or asked twice)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=ROLE_CODES)
    add.add_argument("--full-name", default="")
    for name, handler, help_text in (
            ("disable", cmd_users_disable, "the account can no longer sign in"),
            ("enable", cmd_users_enable, "let a disabled account sign in again"),
            ("reset-password", cmd_users_reset_password,
             f"give a temporary password (from {NEW_PASSWORD_ENV} or asked twice); the "
             "person chooses their own at the next sign-in")):
        action(name, handler, help_text).add_argument("username")


def _usage(_args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires ACTION
    return 2


def cmd_users_list(args: argparse.Namespace) -> int:
    from enrollment_app.services.user_admin import list_users

    users = list_users(sign_in(args, open_db(args)))
    lines = [f"{'user':<20} {'role':<14} {'state':<10} full name"]
    for user in users:
        state = _state(user.active, user.is_locked())
        lines.append(f"{user.username:<20} {user.role:<14} {state:<10} {user.full_name}")
    return emit(args, {"users": [u.as_json() for u in users]}, "\n".join(lines))


def cmd_users_add(args: argparse.Namespace) -> int:
    from enrollment_app.services.user_admin import add_user

    ctx = sign_in(args, open_db(args))
    user = add_user(ctx, username=args.username, password=new_password(),
                    role=args.role, full_name=args.full_name)
    return emit(args, {"user": user.as_json()},
                translate("cli", "Account '{user}' added.").format(user=user.username))


def cmd_users_disable(args: argparse.Namespace) -> int:
    from enrollment_app.services.user_admin import disable_user

    user = disable_user(sign_in(args, open_db(args)), args.username)
    return emit(args, {"user": user.as_json()},
                translate("cli", "Account '{user}' disabled.").format(user=user.username))


def cmd_users_enable(args: argparse.Namespace) -> int:
    from enrollment_app.services.user_admin import enable_user

    user = enable_user(sign_in(args, open_db(args)), args.username)
    return emit(args, {"user": user.as_json()},
                translate("cli", "Account '{user}' enabled.").format(user=user.username))


def cmd_users_reset_password(args: argparse.Namespace) -> int:
    from enrollment_app.services.user_admin import reset_password

    ctx = sign_in(args, open_db(args))
    user = reset_password(ctx, args.username, new_password())
    return emit(args, {"user": user.as_json()},
                translate("cli", "Password of '{user}' reset; they choose a new one at the "
                                 "next sign-in.").format(user=user.username))


def new_password() -> str:
    return secret(NEW_PASSWORD_ENV, translate(
        "cli", "A new password is needed: set ENROLLMENT_NEW_PASSWORD or run the command "
               "in a terminal."), translate("cli", "New password: "),
        translate("cli", "New password again: "))


def _state(active: bool, locked: bool) -> str:
    if not active:
        return "disabled"
    return "locked" if locked else "active"
