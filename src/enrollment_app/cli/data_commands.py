"""Statistics, backups and the self-test."""

from __future__ import annotations

import argparse
from pathlib import Path

from enrollment_app.cli.common import EXIT_OK, EXIT_REFUSED, CommandAdder, emit, open_db
from enrollment_app.i18n import translate


def register(add_command: CommandAdder) -> None:
    add_command("stats", cmd_stats, "counts per record type and per kecamatan")
    backup = add_command("backup", cmd_backup, "write a consistent copy of the database")
    backup.add_argument("--to", type=Path,
                        help="folder for the copy (default: backups/ in the data directory)")
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
    from enrollment_app.storage.backup import online_backup, timestamped_name
    from enrollment_app.storage.data_dir import backups_dir

    db = open_db(args)
    folder = args.to or backups_dir(db.data_dir)
    path = online_backup(db.path, Path(folder) / timestamped_name("backup"))
    return emit(args, {"backup": str(path)},
                translate("cli", "Backup written to {path}").format(path=path))


def cmd_restore(args: argparse.Namespace) -> int:
    from enrollment_app.storage.restore import restore_backup

    db = open_db(args, migrate=False)
    saved = restore_backup(db, args.file)
    return emit(args, {"restored": str(args.file), "previous_saved_as": str(saved)},
                translate("cli", "Restored {file}. The previous database was saved as "
                                 "{saved}.").format(file=args.file, saved=saved))


def cmd_selftest(args: argparse.Namespace) -> int:
    from enrollment_app.services.selftest import run_selftest

    report = run_selftest()
    text = "\n".join(f"{'OK  ' if ok else 'FAIL'} {name}" for name, ok in report.checks)
    emit(args, {"ok": report.ok, "checks": dict(report.checks)}, text)
    return EXIT_OK if report.ok else EXIT_REFUSED
