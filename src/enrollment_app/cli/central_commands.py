"""The central office: ``enrollment central
init|provision|import|verify|receipt|update|recovery-file|candidates|stats|devices|
report``.

``--db URL`` picks the central database (default: ``central.sqlite`` in the data folder;
PostgreSQL with ``postgresql+psycopg://user@host/db``); ``--keys DIR`` the folder of the
central private keys (default: ``central-keys`` beside a SQLite file, else in the data
folder). ``import`` exits 0 when every bundle was accepted or already imported, 1 when
any was rejected. ``update`` writes the next update for one device (exit 1 when the
device or a class is refused).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from enrollment_app.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    USER_ENV,
    CommandAdder,
    Refused,
    add_common_options,
    emit,
    password,
    progress_printer,
)
from enrollment_app.i18n import tr, translate


def register(add_command: CommandAdder) -> None:
    central = add_command("central", _usage, "the central office: its database, devices, "
                                             "bundle imports, statistics and report")
    commands = central.add_subparsers(title="central commands", metavar="COMMAND")

    def sub(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text, description=help_text)
        add_common_options(parser, argparse.SUPPRESS)
        parser.add_argument("--db", metavar="URL",
                            help="central database URL (default: central.sqlite in the "
                                 "data folder)")
        parser.add_argument("--keys", type=Path, metavar="DIR",
                            help="folder of the central private keys")
        parser.set_defaults(handler=handler)
        return parser

    sub("init", cmd_init, "create the central database and the central office keys")
    provision = sub("provision", cmd_provision,
                    "register a new device and write its provisioning file")
    provision.add_argument("--device-name", required=True)
    provision.add_argument("--team", default="")
    provision.add_argument("--out", type=Path, required=True, metavar="FILE")
    provision.add_argument("--supervisor", metavar="USER",
                           help="first supervisor account for the device (password from "
                                "ENROLLMENT_PASSWORD or asked)")
    provision.add_argument("--full-name", default="", help="the supervisor's full name")
    bundles = sub("import", cmd_import, "verify bundles, then merge each in one transaction")
    bundles.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    bundles.add_argument("--receipts", type=Path, metavar="DIR",
                         help="write a signed import receipt for each accepted or already "
                              "imported bundle into this folder (for the devices)")
    receipt = sub("receipt", cmd_receipt, "write the signed import receipt of an imported "
                                          "bundle (the device loads it with 'receipt load')")
    receipt.add_argument("--bundle-id", required=True, action="append", metavar="ID",
                         help="the bundle's id (repeat for more)")
    receipt.add_argument("--out", type=Path, required=True, metavar="DIR")
    check = sub("verify", cmd_verify, "check bundles without importing them")
    check.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    sub("stats", cmd_stats, "counts per record type and per kecamatan")
    sub("devices", cmd_devices, "the registered devices")
    update = sub("update", cmd_update, "write an update for one device: the program "
                                       "catalog and class rosters, signed and encrypted "
                                       "for that device")
    update.add_argument("--device", required=True, metavar="NAME_OR_ID",
                        help="the receiving device's name or id (see 'central devices')")
    update.add_argument("--out", type=Path, required=True, metavar="DIR")
    update.add_argument("--class", dest="class_ids", action="append", metavar="CLASS_ID",
                        help="send the roster of this class (repeat for more; default: "
                             "every class)")
    update.add_argument("--candidates-program", metavar="CODE",
                        help="also send this program's candidates still to be visited "
                             "(see 'central candidates import')")
    update.add_argument("--kecamatan", action="append", metavar="NAME_OR_CODE",
                        help="only the candidates living in this kecamatan (repeat for "
                             "more; default: every kecamatan)")
    recovery = sub("recovery-file", cmd_recovery_file,
                   "write a recovery file for a laptop whose every password is forgotten, "
                   "from its key file (enrollment.keys); prints the code to read out")
    recovery.add_argument("--key-file", type=Path, required=True, metavar="FILE",
                          help="the laptop's enrollment.keys (brought on a USB stick)")
    recovery.add_argument("--out", type=Path, required=True, metavar="FILE",
                          help="the recovery file to write (or a folder to write it in)")
    candidates = sub("candidates", _candidates_usage,
                     "candidate lists from the registry: load a list for a program")
    _add_candidate_commands(candidates)
    report = sub("report", cmd_report, "reconciliation report: per device, per day, per "
                                       "kecamatan, conflicts and possible duplicates")
    report.add_argument("--out", type=Path, required=True, metavar="DIR")
    report.add_argument("--format", choices=("csv", "xlsx"), default="csv")


def _usage(args: argparse.Namespace) -> int:
    print(translate("cli", "Give a central command: init, provision, import, verify, "
                           "update, recovery-file, candidates, stats, devices or report (see "
                           "--help)."),
          file=sys.stderr)
    return EXIT_USAGE


def _office(args: argparse.Namespace) -> Any:
    from enrollment_app.services.central import (
        CentralOffice,
        default_central_url,
        default_keys_dir,
    )
    from enrollment_app.storage.data_dir import resolve_data_dir

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    url = args.db or default_central_url(data_dir)
    return CentralOffice(url, args.keys or default_keys_dir(url, data_dir))


def cmd_init(args: argparse.Namespace) -> int:
    office = _office(args)
    try:
        report = office.initialize()
    finally:
        office.close()
    text = translate("cli", "Central database ready: {url}\nKeys: {keys} ({state})\n"
                            "Encryption key id: {key_id}").format(
        url=report.url, keys=report.keys_dir, key_id=report.encryption_key_id,
        state=translate("cli", "made now; back this folder up") if report.keys_created
        else translate("cli", "already there"))
    return emit(args, {"db": report.url, "keys": str(report.keys_dir),
                       "keys_created": report.keys_created,
                       "created_tables": report.created_tables,
                       "encryption_key_id": report.encryption_key_id}, text)


def cmd_provision(args: argparse.Namespace) -> int:
    from enrollment_app.services.central import NewDeviceUser

    users = []
    if args.supervisor:
        users.append(NewDeviceUser(args.supervisor, password(args, confirm=True),
                                   "supervisor", args.full_name))
    office = _office(args)
    try:
        device = office.provision_device(args.device_name, args.team, args.out, users=users)
    finally:
        office.close()
    return emit(args, {"device_id": device.device_id, "device_name": device.name,
                       "team": device.team, "provisioning_file": str(device.file)},
                translate("cli", "Device '{name}' registered as {device_id}; provisioning "
                                 "file: {file}").format(name=device.name,
                                                        device_id=device.device_id,
                                                        file=device.file))


def cmd_import(args: argparse.Namespace) -> int:
    return _bundles(args, verify_only=False)


def cmd_verify(args: argparse.Namespace) -> int:
    return _bundles(args, verify_only=True)


def _bundles(args: argparse.Namespace, *, verify_only: bool) -> int:
    from enrollment_app.services.central import summarize

    office = _office(args)
    progress = progress_printer(args)

    def show(result: Any) -> None:
        if not args.json:
            print(_result_text(result), flush=True)

    try:
        if verify_only:
            office.require_initialized()
            results = []
            for path in args.bundles:
                results.append(office.verify_file(path))
                show(results[-1])
        else:
            results = office.import_files(args.bundles, progress=progress, on_result=show)
    finally:
        office.close()
    totals = summarize(results)
    receipts = _write_receipts(args, results) if not verify_only else []
    if args.json:
        print(_json({"bundles": [r.as_json(tr) for r in results], **totals,
                     **({"receipts": receipts} if getattr(args, "receipts", None) else {})}))
    else:
        print(translate("cli", "{accepted} accepted, {already} already imported, "
                               "{rejected} rejected.").format(
            accepted=totals["accepted"], already=totals["already_imported"],
            rejected=totals["rejected"]))
    for result in results:
        if not result.ok:
            print(f"{result.file}: {result.reason(tr)}", file=sys.stderr)
    return EXIT_REFUSED if totals["rejected"] else EXIT_OK


def _write_receipts(args: argparse.Namespace, results: list[Any]) -> list[str]:
    """Receipts for the bundles now merged here (``--receipts DIR``); names them on stdout."""
    if not getattr(args, "receipts", None):
        return []
    if not args.receipts.is_dir():
        print(translate("cli", "No receipts written: the folder {folder} does not exist.")
              .format(folder=args.receipts), file=sys.stderr)
        return []
    office = _office(args)
    try:
        paths = [office.write_receipt(r.bundle_id, args.receipts) for r in results
                 if r.ok and r.bundle_id and r.status.value != "cancelled"]
    finally:
        office.close()
    if not args.json:
        for path in paths:
            print(translate("cli", "Receipt written: {file}").format(file=path))
    return [str(path) for path in paths]


def cmd_receipt(args: argparse.Namespace) -> int:
    from enrollment_app.sync.bundle_types import BundleRejected

    if not args.out.is_dir():
        raise Refused(translate("cli", "The folder {folder} does not exist.").format(
            folder=args.out))
    office = _office(args)
    try:
        paths = [office.write_receipt(bundle_id, args.out) for bundle_id in args.bundle_id]
    except BundleRejected as exc:
        raise Refused(exc.render(tr)) from exc
    finally:
        office.close()
    return emit(args, {"receipts": [str(p) for p in paths]},
                "\n".join(translate("cli", "Receipt written: {file}").format(file=p)
                          for p in paths))


def _json(payload: dict[str, Any]) -> str:
    import json

    return json.dumps(payload, ensure_ascii=False)


def _result_text(result: Any) -> str:
    from enrollment_app.services.central import STATUS_TEXTS

    status = translate("sync", STATUS_TEXTS[result.status])
    head = f"{status.upper():<18} {result.file}"
    if result.device_name:
        head += " - " + translate("cli", "device {name}, bundle {sequence}").format(
            name=result.device_name, sequence=result.sequence)
    lines = [head]
    if result.merged:
        parts = []
        for table, counts in result.merged.items():
            parts.append(translate("cli", "{table}: {new} new, {updated} updated, "
                                          "{unchanged} unchanged").format(
                table=table, new=counts["inserted"], updated=counts["updated"],
                unchanged=counts["unchanged"] + counts["stale"]))
        lines += ["    " + part for part in parts]
        lines.append("    " + translate("cli", "conflicts: {conflicts}, possible "
                                               "duplicates: {duplicates}").format(
            conflicts=result.conflicts, duplicates=result.possible_duplicates))
    message = result.reason(tr)
    if message:
        lines.append("    " + message)
    lines += ["    " + warning for warning in result.warning_texts(tr)]
    return "\n".join(lines)


def cmd_update(args: argparse.Namespace) -> int:
    from enrollment_app.services.central_updates import CandidateRequest

    if args.kecamatan and not args.candidates_program:
        print(translate("cli", "--kecamatan chooses candidates: give --candidates-program "
                               "too."), file=sys.stderr)
        return EXIT_USAGE
    candidates = None if not args.candidates_program else CandidateRequest(
        args.candidates_program, tuple(args.kecamatan or ()))
    office = _office(args)
    created_by = getattr(args, "user", None) or os.environ.get(USER_ENV) or "central"
    try:
        sent = office.write_update(args.device, args.out, args.class_ids,
                                   progress_printer(args), created_by=created_by,
                                   candidates=candidates)
    finally:
        office.close()
    lines = [translate("cli", "Update {sequence} for device '{name}' written: {file}").format(
        sequence=sent.sequence, name=sent.device_name, file=sent.path)]
    lines += [f"    {table:<20} {count:>9}" for table, count in sent.counts.items()]
    return emit(args, sent.as_json(), "\n".join(lines))


def cmd_recovery_file(args: argparse.Namespace) -> int:
    from enrollment_app.services.central_recovery import issue_recovery_file

    office = _office(args)
    try:
        issued = issue_recovery_file(office, args.key_file, args.out)
    finally:
        office.close()
    return emit(args, issued.as_json(), translate(
        "cli", "Recovery file for laptop '{device}' written: {file}\n"
               "Read this code to the supervisor by phone (never send it with the file): "
               "{code}\nThe file can be used once, until {expires}.").format(
        device=issued.device_name, file=issued.path, code=issued.code,
        expires=issued.expires_at.date().isoformat()))


def cmd_stats(args: argparse.Namespace) -> int:
    office = _office(args)
    try:
        stats = office.stats()
    finally:
        office.close()
    lines = [f"{key:<20} {value:>9}" for key, value in stats.counts.items()]
    lines.append("")
    lines += [f"{name:<20} {value:>9}" for name, value in stats.per_kecamatan.items()]
    return emit(args, stats.as_json(), "\n".join(lines))


def cmd_devices(args: argparse.Namespace) -> int:
    from enrollment_app.sync.keys import key_id

    office = _office(args)
    try:
        devices = office.devices()
    finally:
        office.close()
    listed = [{"device_id": d["device_id"], "name": d["name"], "team": d["team"],
               "registered_at": d["registered_at"].isoformat(),
               "signing_key_id": key_id(bytes(d["signing_public_key"]))
               if d["signing_public_key"] else None, "active": d["active"]}
              for d in devices]
    text = "\n".join(f"{d['device_id']}  {d['name']:<30} {d['team']:<15} "
                     f"{(d['signing_key_id'] or '-')[:16]}" for d in listed)
    return emit(args, {"devices": listed}, text)


def cmd_report(args: argparse.Namespace) -> int:
    office = _office(args)
    try:
        paths = office.write_report(args.out, args.format, tr)
    finally:
        office.close()
    return emit(args, {"files": [str(p) for p in paths]},
                translate("cli", "Report written: {files}").format(
                    files=", ".join(str(p) for p in paths)))


# ------------------------------------------------------------------------ candidate lists
def _add_candidate_commands(candidates: argparse.ArgumentParser) -> None:
    commands = candidates.add_subparsers(title="candidate commands", metavar="COMMAND")
    load = commands.add_parser(
        "import", help="load a registry list (CSV/XLSX) as a program's candidates",
        description="load a registry list (CSV/XLSX) as a program's candidates; rows are "
                    "checked like import-people, a NIK already on the list adds nothing")
    add_common_options(load, argparse.SUPPRESS)
    load.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                      help="central database URL")
    load.add_argument("--keys", type=Path, default=argparse.SUPPRESS, metavar="DIR")
    load.add_argument("file", type=Path, metavar="FILE", help="the .csv or .xlsx list")
    load.add_argument("--program", required=True, metavar="CODE",
                      help="the program the list is for (its code, e.g. dp3ap2kb-2026)")
    load.add_argument("--refused-out", type=Path, metavar="FILE",
                      help="where to write the refused rows (default: <name>-ditolak.csv "
                           "or .xlsx in the current folder)")
    load.set_defaults(handler=cmd_candidates_import)


def _candidates_usage(args: argparse.Namespace) -> int:
    print(translate("cli", "Give a candidates command: import (see --help)."),
          file=sys.stderr)
    return EXIT_USAGE


def cmd_candidates_import(args: argparse.Namespace) -> int:
    from enrollment_app.services.people_import import Outcome, describe_problem
    from enrollment_app.services.refused_rows import default_refused_path

    refused_out = args.refused_out or default_refused_path(
        args.file, "xlsx" if args.file.suffix.lower() == ".xlsx" else "csv", Path.cwd())
    office = _office(args)
    try:
        report = office.import_candidates(args.file, args.program, tr, refused_out)
    finally:
        office.close()
    names = {Outcome.DUPLICATE: translate("cli", "already on the list"),
             Outcome.REFUSED: translate("cli", "refused")}
    lines = [translate("cli", "Line {line} ({outcome}): {reasons}").format(
        line=row.line, outcome=names[row.outcome],
        reasons="; ".join(describe_problem(p, tr) for p in row.problems))
        for row in report.rows]
    lines.append(translate("cli", "Candidates for {program}: {accepted} added, {duplicates} "
                                  "already on the list, {refused} refused.").format(
        program=report.program_code, accepted=report.accepted,
        duplicates=report.duplicates, refused=report.refused))
    if report.refused_file:
        lines.append(translate("cli", "Refused rows were written to {path}; correct them "
                                      "there and import that file.").format(
            path=report.refused_file))
    return emit(args, report.as_json(tr), "\n".join(lines))
