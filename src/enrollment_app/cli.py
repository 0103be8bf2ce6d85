"""The `enrollment` command line: the same services as the GUI, for scripts and checks.

Exit status: 0 success, 1 input or data refused (message on stderr), 2 wrong usage.
``--json`` prints exactly one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from enrollment_app import __version__

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
PASSWORD_ENV = "ENROLLMENT_PASSWORD"
USER_ENV = "ENROLLMENT_USER"


class Refused(Exception):
    """Input or data refused: printed on stderr, exit status 1."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    _start_translations()
    try:
        return args.handler(args)
    except Refused as exc:
        return _fail(args, str(exc))
    except Exception as exc:
        message = _user_message(exc)
        if message is None:
            raise
        return _fail(args, message)


# ------------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="enrollment",
        description="Offline enrollment for skills-training programs (Kota Tangerang).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(parser, None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int],
                help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_common(sub, argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        return sub

    init = command("init", cmd_init, "first run without the wizard: name the device and "
                                     "create the first supervisor")
    init.add_argument("--device-name", required=True)
    init.add_argument("--supervisor", required=True, help="user name of the first supervisor")
    init.add_argument("--full-name", default="")
    init.add_argument("--team", default="")
    init.add_argument("--provisioning", type=Path, help="provisioning file from the "
                                                       "central office")

    demo = command("demo", cmd_demo, "fill the database with realistic synthetic participants")
    demo.add_argument("--participants", type=_non_negative, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    command("stats", cmd_stats, "counts per record type and per kecamatan")

    backup = command("backup", cmd_backup, "write a consistent copy of the database")
    backup.add_argument("--to", type=Path, help="folder for the copy (default: backups/ in "
                                                "the data directory)")
    restore = command("restore", cmd_restore, "replace the database with a backup copy "
                                              "(the current one is backed up first)")
    restore.add_argument("file", type=Path)

    audit = command("audit", cmd_audit_verify, "audit trail commands")
    audit_commands = audit.add_subparsers(metavar="ACTION", required=True)
    verify = audit_commands.add_parser("verify", help="check the hash chain of the audit "
                                                      "trail")
    _add_common(verify, argparse.SUPPRESS)
    verify.set_defaults(handler=cmd_audit_verify)

    command("selftest", cmd_selftest, "check that this installation works, in a scratch "
                                      "folder")
    return parser


def _add_common(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument("--data-dir", default=default,
                        help="data folder (also ENROLLMENT_DATA_DIR)")
    parser.add_argument("--json", action="store_true", default=default or False,
                        help="print one JSON object on stdout")
    parser.add_argument("--user", default=default,
                        help="user name for commands that write (also ENROLLMENT_USER)")


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


# ----------------------------------------------------------------------------- commands
def cmd_init(args: argparse.Namespace) -> int:
    from enrollment_app.services.device_setup import initialize_device

    if args.provisioning:
        raise Refused(translate("cli", "Provisioning files are not supported by this version yet."))
    db = _open_db(args)
    password = _password(args, confirm=True)
    ctx = initialize_device(db, device_name=args.device_name,
                            supervisor_username=args.supervisor, password=password,
                            supervisor_full_name=args.full_name, team=args.team)
    return _emit(args, {"device_id": ctx.device_id, "device_name": args.device_name,
                        "supervisor": ctx.actor.username},
                 translate("cli", "Device '{name}' is set up; supervisor '{user}' can sign in.")
                 .format(name=args.device_name, user=ctx.actor.username))


def cmd_demo(args: argparse.Namespace) -> int:
    from enrollment_app.services.demo_data import ensure_demo_device, generate_demo_participants
    from enrollment_app.services.device_setup import load_device

    db = _open_db(args)
    if load_device(db) is None:
        ctx = ensure_demo_device(db, os.environ.get(PASSWORD_ENV) or DEMO_PASSWORD)
    else:
        ctx = _sign_in(args, db)
    created = generate_demo_participants(ctx, args.participants, seed=args.seed,
                                         progress=_progress_printer(args))
    return _emit(args, {"created": created},
                 translate("cli", "{count} demo participants added.").format(count=created))


DEMO_PASSWORD = "demo-sandi-1"


def cmd_stats(args: argparse.Namespace) -> int:
    from enrollment_app.services.stats import collect_stats

    stats = collect_stats(_open_db(args))
    lines = [f"{key:<20} {value:>9}" for key, value in stats.counts.items()]
    lines.append("")
    lines += [f"{name:<20} {value:>9}" for name, value in stats.per_kecamatan.items()]
    return _emit(args, stats.as_json(), "\n".join(lines))


def cmd_backup(args: argparse.Namespace) -> int:
    from enrollment_app.storage.backup import online_backup, timestamped_name
    from enrollment_app.storage.data_dir import backups_dir

    db = _open_db(args)
    folder = args.to or backups_dir(db.data_dir)
    path = online_backup(db.path, Path(folder) / timestamped_name("backup"))
    return _emit(args, {"backup": str(path)},
                 translate("cli", "Backup written to {path}").format(path=path))


def cmd_restore(args: argparse.Namespace) -> int:
    from enrollment_app.storage.restore import restore_backup

    db = _open_db(args, migrate=False)
    result = restore_backup(db, args.file)
    return _emit(args, {"restored": str(args.file), "previous_saved_as": str(result)},
                 translate("cli", "Restored {file}. The previous database was saved as {saved}.")
                 .format(file=args.file, saved=result))


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from enrollment_app.services.audit_verify import verify_audit_chain

    result = verify_audit_chain(_open_db(args))
    if result.first_break is None:
        return _emit(args, {"ok": True, "entries": result.entries},
                     translate("cli", "Audit trail intact: {count} entries checked.")
                     .format(count=result.entries))
    payload = {"ok": False, "entries": result.entries, "first_broken_entry":
               result.first_break.seq, "reason": result.first_break.reason}
    message = translate("cli", "Audit trail broken at entry {seq}: {reason}").format(
        seq=result.first_break.seq, reason=result.first_break.reason)
    if args.json:
        print(json.dumps(payload))
    print(message, file=sys.stderr)
    return EXIT_REFUSED


def cmd_selftest(args: argparse.Namespace) -> int:
    from enrollment_app.services.selftest import run_selftest

    report = run_selftest()
    text = "\n".join(f"{'OK ' if ok else 'FAIL'} {name}" for name, ok in report.checks)
    _emit(args, {"ok": report.ok, "checks": dict(report.checks)}, text)
    return EXIT_OK if report.ok else EXIT_REFUSED


# ------------------------------------------------------------------------------ helpers
def _open_db(args: argparse.Namespace, *, migrate: bool = True) -> Any:
    from enrollment_app.storage.data_dir import resolve_data_dir
    from enrollment_app.storage.database import Database

    return Database.open(resolve_data_dir(args.data_dir), migrate=migrate)


def _sign_in(args: argparse.Namespace, db: Any) -> Any:
    from enrollment_app.services.accounts import default_cli_user, sign_in
    from enrollment_app.services.device_setup import require_device

    device = require_device(db)
    username = args.user or os.environ.get(USER_ENV) or default_cli_user(db)
    if not username:
        raise Refused(translate("cli", "No active user on this device."))
    return sign_in(db, device.id, username, _password(args))


def _password(args: argparse.Namespace, *, confirm: bool = False) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise Refused(translate("cli", "A password is needed: set ENROLLMENT_PASSWORD or run the "
                                 "command in a terminal."))
    password = getpass.getpass(translate("cli", "Password: "))
    if confirm and getpass.getpass(translate("cli", "Password again: ")) != password:
        raise Refused(translate("cli", "The two passwords differ."))
    return password


def _progress_printer(args: argparse.Namespace) -> Callable[[int, int], bool]:
    def report(done: int, total: int) -> bool:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        return True
    return report


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> int:
    print(json.dumps(payload, ensure_ascii=False) if args.json else text)
    return EXIT_OK


def _fail(args: argparse.Namespace, message: str) -> int:
    if getattr(args, "json", False):
        print(json.dumps({"error": message}, ensure_ascii=False))
    print(message, file=sys.stderr)
    return EXIT_REFUSED


def _user_message(exc: Exception) -> str | None:
    """A translated message for errors a user can act on; None for bugs."""
    from enrollment_app.i18n import tr
    from enrollment_app.services.errors import ServiceError, ValidationError
    from enrollment_app.storage.errors import StorageError
    from enrollment_app.storage.migrate import DatabaseTooNewError

    if isinstance(exc, ValidationError):
        return "\n".join([exc.render(tr)] + [f"- {p.field}: {p.render(tr)}"
                                             for p in exc.problems])
    if isinstance(exc, ServiceError):
        return exc.render(tr)
    if isinstance(exc, StorageError):
        return exc.render(tr)
    if isinstance(exc, DatabaseTooNewError):
        return translate("cli", "This database was made by a newer version of the application. "
                          "Install the newer version; nothing was changed.")
    return None


def _start_translations() -> None:
    from PySide6.QtCore import QCoreApplication

    from enrollment_app.i18n import chosen_language, install_translator

    if QCoreApplication.instance() is None:
        _start_translations.app = QCoreApplication([])  # type: ignore[attr-defined]
    install_translator(chosen_language())


def translate(context: str, text: str) -> str:
    from enrollment_app.i18n import translate as qt_translate

    return qt_translate(context, text)


if __name__ == "__main__":
    sys.exit(main())
