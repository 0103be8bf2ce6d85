"""Statistics, backups and the self-test."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from enrollment_app.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CommandAdder,
    emit,
    fail,
    open_db,
    sign_in,
)
from enrollment_app.i18n import translate


def register(add_command: CommandAdder) -> None:
    add_command("stats", cmd_stats, "counts per record type and per kecamatan")
    backup = add_command("backup", cmd_backup, "write a consistent copy of the database")
    backup.add_argument("--to", type=Path,
                        help="folder for the copy (default: backups/ in the data directory)")
    backup.add_argument("--auto", action="store_true",
                        help="the automatic daily backup: integrity check first, at most "
                        "one a day, rotated, copied to the USB folder if one is set "
                        "(exit 1 when the database is damaged)")
    restore = add_command("restore", cmd_restore, "replace the database with a backup copy "
                                                  "(the current one is backed up first)")
    restore.add_argument("file", type=Path)
    add_command("selftest", cmd_selftest,
                "check that this installation works, in a scratch folder")


def cmd_stats(args: argparse.Namespace) -> int:
    from enrollment_app.services.stats import collect_stats

    stats = collect_stats(open_db(args))
    lines = [f"{key:<20} {value:>9}" for key, value in stats.counts.items()]
    lines.append("")
    lines += [f"{name:<20} {value:>9}" for name, value in stats.per_kecamatan.items()]
    return emit(args, stats.as_json(), "\n".join(lines))


def cmd_backup(args: argparse.Namespace) -> int:
    from enrollment_app.services.backups import MANUAL_PREFIX
    from enrollment_app.storage.backup import online_backup, timestamped_name
    from enrollment_app.storage.data_dir import backups_dir

    db = open_db(args)
    if args.auto:
        return _daily_backup(args, db)
    folder = args.to or backups_dir(db.data_dir)
    path = online_backup(db.path, Path(folder) / timestamped_name(MANUAL_PREFIX), db.key)
    return emit(args, {"backup": str(path)},
                translate("cli", "Backup written to {path}").format(path=path))


def _daily_backup(args: argparse.Namespace, db: Any) -> int:
    from enrollment_app.i18n import tr
    from enrollment_app.services.backups import check_and_back_up

    check = check_and_back_up(db)
    if check.daily is None:
        return fail(args, translate("cli", "The database file is damaged ({problem}); no "
                                           "backup was made. Restore the latest good backup "
                                           "with 'enrollment restore FILE'.").format(
            problem=check.integrity.problems[0]),
            {"problems": list(check.integrity.problems)})
    daily = check.daily
    warnings = [p.render(tr) for p in daily.problems]
    lines = [translate("cli", "Backup written to {path}").format(path=daily.taken)
             if daily.taken else translate("cli", "Today's backup was already made.")]
    lines += [translate("cli", "Removed by the rotation: {path}").format(path=p)
              for p in daily.removed]
    for message in warnings:
        print(message, file=sys.stderr)
    return emit(args, {"backup": str(daily.taken) if daily.taken else None,
                       "usb_copy": str(daily.usb_copy) if daily.usb_copy else None,
                       "removed": [str(p) for p in daily.removed], "warnings": warnings},
                "\n".join(lines))


def cmd_restore(args: argparse.Namespace) -> int:
    """Supervisors restore; on a plain database too damaged to sign in to, whoever can
    reach the data folder may (the current file is saved first)."""
    from enrollment_app.services import backups

    db = open_db(args, migrate=False)
    ctx = getattr(args, "signed_in", None) or _signed_in_if_possible(args, db)
    if ctx is not None:
        saved = backups.restore(ctx, args.file).previous_saved_as
    else:
        from enrollment_app.storage.restore import restore_backup

        saved = restore_backup(db, args.file)
        backups.follow_restored_accounts(db)
    return emit(args, {"restored": str(args.file), "previous_saved_as": str(saved)},
                translate("cli", "Restored {file}. The previous database was saved as "
                                 "{saved}.").format(file=args.file, saved=saved))


def _signed_in_if_possible(args: argparse.Namespace, db: Any) -> Any:
    """The signed-in user of an intact plain database; None when the file is too damaged
    to read its accounts (the restore is then the way out)."""
    from enrollment_app.storage.errors import StorageError

    try:
        return sign_in(args, db)
    except StorageError:
        return None


def cmd_selftest(args: argparse.Namespace) -> int:
    from enrollment_app.services.selftest import run_selftest

    report = run_selftest()
    text = "\n".join(f"{'OK  ' if ok else 'FAIL'} {name}" for name, ok in report.checks)
    emit(args, {"ok": report.ok, "checks": dict(report.checks)}, text)
    return EXIT_OK if report.ok else EXIT_REFUSED
