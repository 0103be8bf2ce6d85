"""What every command shares: exit codes, data folder, sign-in, output, errors."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from enrollment_app.i18n import translate

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
PASSWORD_ENV = "ENROLLMENT_PASSWORD"
USER_ENV = "ENROLLMENT_USER"

Handler = Callable[[argparse.Namespace], int]
CommandAdder = Callable[[str, Handler, str], argparse.ArgumentParser]


class Refused(Exception):
    """Input or data refused: printed on stderr, exit status 1."""


def add_common_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """Options accepted before and after the command name (``default`` SUPPRESS after)."""
    parser.add_argument("--data-dir", default=default,
                        help="data folder (also ENROLLMENT_DATA_DIR)")
    parser.add_argument("--json", action="store_true",
                        default=False if default is None else default,
                        help="print one JSON object on stdout")
    parser.add_argument("--user", default=default,
                        help="user name for commands that write (also ENROLLMENT_USER)")


def positive_int(text: str) -> int:
    """argparse type: a whole number of 1 or more."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def non_negative_int(text: str) -> int:
    """argparse type: a whole number of 0 or more."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def open_db(args: argparse.Namespace, *, migrate: bool = True) -> Any:
    """The database of the data folder. A plain one is opened at once; an encrypted one
    is opened by signing in (``--user``/ENROLLMENT_USER, ENROLLMENT_PASSWORD), and
    ``sign_in`` then returns that sign-in without asking again."""
    from enrollment_app.services.unlock import DeviceAccess
    from enrollment_app.storage.data_dir import database_path, resolve_data_dir
    from enrollment_app.storage.database import Database
    from enrollment_app.storage.engine import is_encrypted_file

    data_dir = resolve_data_dir(args.data_dir)
    if not is_encrypted_file(database_path(data_dir)):
        return Database.open(data_dir, migrate=migrate)
    access = DeviceAccess.open(data_dir)
    ctx = _sign_in_with(args, access)
    args.signed_in = ctx
    return ctx.db


def sign_in(args: argparse.Namespace, db: Any) -> Any:
    """Sign in the named user (``--user``, ENROLLMENT_USER, else the first supervisor).

    A plain database is encrypted right after the sign-in (services/unlock.py): use the
    returned context's ``db`` from then on, not ``db``."""
    from enrollment_app.services.unlock import DeviceAccess

    signed_in = getattr(args, "signed_in", None)
    if signed_in is not None and signed_in.db is db:
        return signed_in
    ctx = _sign_in_with(args, DeviceAccess(db.data_dir, db, None))
    args.signed_in = ctx
    return ctx


def seal(args: argparse.Namespace, ctx: Any) -> Any:
    """Encrypt the database of a device just set up (``init``, ``demo``)."""
    from enrollment_app.services.unlock import DeviceAccess

    access = DeviceAccess(ctx.db.data_dir, ctx.db, None)
    ctx = access.seal(ctx)
    _warn_if_still_plain(access)
    args.signed_in = ctx
    return ctx


def _sign_in_with(args: argparse.Namespace, access: Any) -> Any:
    from enrollment_app.services.errors import NotInitializedError

    if access.device() is None:
        raise NotInitializedError()
    username = args.user or os.environ.get(USER_ENV) or access.default_user()
    if not username:
        raise Refused(translate("cli", "No active user on this device."))
    ctx = access.sign_in(username, password(args))
    _warn_if_still_plain(access)
    return ctx


def _warn_if_still_plain(access: Any) -> None:
    if access.encryption_problem is not None:
        print(still_plain_warning(access.encryption_problem), file=sys.stderr)


def still_plain_warning(problem: Exception) -> str:
    """What a user is told when the database could not be encrypted at this sign-in."""
    return translate("cli", "Warning: the data on this laptop could not be encrypted now "
                            "({reason}). It stays usable as before; encrypting is tried "
                            "again at the next sign-in.").format(
        reason=user_message(problem) or str(problem))


def password(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return secret(PASSWORD_ENV, translate(
        "cli", "A password is needed: set ENROLLMENT_PASSWORD or run the command in a "
               "terminal."), translate("cli", "Password: "),
        translate("cli", "Password again: ") if confirm else None)


def secret(env: str, missing: str, prompt: str, again: str | None = None, *,
           hidden: bool = True) -> str:
    """A secret from the environment variable ``env``, else typed at a terminal (twice
    when ``again`` asks for it); Refused with ``missing`` when there is no terminal."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise Refused(missing)
    ask = getpass.getpass if hidden else input
    value = ask(prompt)
    if again is not None and ask(again) != value:
        raise Refused(translate("cli", "The two passwords differ."))
    return value


def progress_printer(args: argparse.Namespace) -> Callable[[int, int], bool]:
    """Progress on stderr for a person at a terminal; silent for scripts."""
    def report(done: int, total: int) -> bool:
        if not args.json and sys.stderr.isatty():
            end = "\n" if done >= total else ""
            print(f"\r{done}/{total}", end=end, file=sys.stderr, flush=True)
        return True
    return report


def emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> int:
    print(json.dumps(payload, ensure_ascii=False) if args.json else text)
    return EXIT_OK


def fail(args: argparse.Namespace, message: str, payload: dict[str, Any] | None = None
         ) -> int:
    if getattr(args, "json", False):
        print(json.dumps({"error": message, **(payload or {})}, ensure_ascii=False))
    print(message, file=sys.stderr)
    return EXIT_REFUSED


def user_message(exc: Exception) -> str | None:
    """A translated message for errors a user can act on; None for bugs."""
    from enrollment_app.i18n import tr
    from enrollment_app.services.errors import ServiceError, ValidationError
    from enrollment_app.storage.errors import StorageError
    from enrollment_app.storage.migrate import DatabaseTooNewError

    if isinstance(exc, ValidationError):
        return "\n".join([exc.render(tr)] + [f"- {p.field}: {p.render(tr)}"
                                             for p in exc.problems])
    if isinstance(exc, ServiceError | StorageError):
        return exc.render(tr)
    if isinstance(exc, DatabaseTooNewError):
        return translate("cli", "This database was made by a newer version of the "
                                "application. Install the newer version; nothing was changed.")
    return None
