"""Sync bundles on the device: export, re-create, verify, apply central updates, keys."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from enrollment_app.cli.common import (
    EXIT_USAGE,
    CommandAdder,
    Refused,
    add_common_options,
    emit,
    open_db,
    positive_int,
    progress_printer,
    sign_in,
)
from enrollment_app.i18n import tr, translate


def register(add_command: CommandAdder) -> None:
    export = add_command("export", cmd_export,
                         "write a sync bundle for the central office (supervisors): all "
                         "changes since the last bundle by default")
    export.add_argument("--out", type=Path, metavar="DIR",
                        help="folder to write the bundle into (a USB stick)")
    mode = export.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true",
                      help="every record changed on this device, not only the new changes")
    mode.add_argument("--recreate", type=positive_int, metavar="SEQ",
                      help="write bundle number SEQ again (same number and records)")
    mode.add_argument("--list", action="store_true", help="list the bundles written so far")
    mode.add_argument("--pending", action="store_true",
                      help="only show what the bundle would hold; write nothing")
    export.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="records last changed on or after this day")
    export.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="records last changed on or before this day")

    bundle = add_command("bundle", _usage, "inspect bundle files: 'bundle verify FILE'")
    actions = bundle.add_subparsers(metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check a device bundle with the central "
                                               "office's private key, without importing it")
    add_common_options(verify, argparse.SUPPRESS)
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--central-key", type=Path, required=True, metavar="KEYFILE",
                        help="the central office's X25519 private key (PEM)")
    verify.set_defaults(handler=cmd_bundle_verify)

    update = add_command("apply-update", cmd_apply_update,
                         "verify and apply a central-office update (catalog, class rosters)")
    update.add_argument("file", type=Path, metavar="FILE")

    keys = add_command("keys", _usage, "this device's keys: 'keys show', 'keys trust-central "
                                       "FILE'")
    key_actions = keys.add_subparsers(metavar="ACTION", required=True)
    show = key_actions.add_parser("show", help="this device's public keys and key ids")
    add_common_options(show, argparse.SUPPRESS)
    show.set_defaults(handler=cmd_keys_show)
    trust = key_actions.add_parser(
        "trust-central", help="take the central office's public keys from its "
                              "central-public-keys.json (devices set up without a "
                              "provisioning file)")
    add_common_options(trust, argparse.SUPPRESS)
    trust.add_argument("file", type=Path, metavar="FILE")
    trust.set_defaults(handler=cmd_keys_trust)


def _usage(_args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires ACTION
    return EXIT_USAGE



def _refused(exc: Exception) -> Refused:
    """A bundle refusal as the CLI's 'refused' error, in the user's language."""
    return Refused(exc.render(tr))  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------- export
def cmd_export(args: argparse.Namespace) -> int:
    from enrollment_app.services import export

    if (args.since or args.until) and (args.full or args.recreate or args.list):
        print(translate("cli", "--since/--until choose a date range; they cannot be combined "
                               "with --full, --recreate or --list."), file=sys.stderr)
        return EXIT_USAGE
    if not (args.out or args.list or args.pending):
        print(translate("cli", "Say where to write the bundle: --out DIR."), file=sys.stderr)
        return EXIT_USAGE
    ctx = sign_in(args, open_db(args))
    if args.list:
        return _list(args, export.list_exports(ctx))
    request = export.ExportRequest(
        mode=export.FULL if args.full else export.RANGE if args.since or args.until
        else export.DAILY, since=args.since, until=args.until)
    if args.pending:
        summary = export.summarize_pending(ctx, request)
        payload = {"mode": summary.mode, "sequence": summary.sequence,
                   "counts": summary.counts, "per_kecamatan": summary.per_kecamatan,
                   "records": summary.total}
        return emit(args, payload, _describe(
            translate("cli", "Bundle {sequence} would hold {records} records.").format(
                sequence=summary.sequence, records=summary.total),
            summary.counts, summary.per_kecamatan))
    progress = progress_printer(args)
    if args.recreate:
        result = export.recreate_bundle(ctx, args.recreate, args.out, progress=progress)
    else:
        result = export.export_bundle(ctx, args.out, request, progress=progress)
    if result.path is None:
        return emit(args, {**result.as_json(), "nothing_to_export": True},
                    translate("cli", "Nothing to export: no record changed since the last "
                                     "bundle. No file was written."))
    headline = (translate("cli", "Bundle {sequence} written again to {path}") if result.recreated
                else translate("cli", "Bundle {sequence} written to {path}"))
    return emit(args, result.as_json(), _describe(
        headline.format(sequence=result.sequence, path=result.path),
        result.counts, result.per_kecamatan))


def _describe(headline: str, counts: dict[str, int], per_kecamatan: dict[str, int]) -> str:
    lines = [headline, ""]
    lines += [f"  {name:<22} {count:>9}" for name, count in counts.items()]
    if per_kecamatan:
        lines += ["", translate("cli", "Participants per kecamatan:")]
        lines += [f"  {name:<22} {count:>9}" for name, count in per_kecamatan.items()]
    return "\n".join(lines)


def _list(args: argparse.Namespace, bundles: list[Any]) -> int:
    rows = [{"sequence": b.sequence, "created_at": b.created_at.isoformat(), "mode": b.mode,
             "file_name": b.file_name, "sha256": b.sha256, "records": b.total,
             "counts": b.counts, "since": b.since.isoformat() if b.since else None,
             "until": b.until.isoformat() if b.until else None} for b in bundles]
    text = "\n".join(f"{r['sequence']:>5}  {r['created_at'][:19]}  {r['mode']:<6} "
                     f"{r['records']:>8}  {r['file_name']}" for r in rows)
    return emit(args, {"bundles": rows},
                text or translate("cli", "No bundle was exported from this device yet."))


# ------------------------------------------------------------------------------- verify
def cmd_bundle_verify(args: argparse.Namespace) -> int:
    from enrollment_app.sync.bundle_reader import open_bundle
    from enrollment_app.sync.bundle_types import BundleRejected
    from enrollment_app.sync.keys import load_x25519_private_key

    try:
        key = load_x25519_private_key(args.central_key)
    except (OSError, ValueError, TypeError) as exc:
        raise Refused(translate("cli", "The central key {path} cannot be used: {reason}")
                      .format(path=args.central_key, reason=exc)) from exc
    try:
        bundle = open_bundle(args.file, central_private_key=key)
        records = sum(1 for _ in bundle.records())
    except BundleRejected as exc:
        raise _refused(exc) from exc
    manifest = bundle.manifest
    payload = {"ok": True, "file": str(args.file), "sha256": bundle.sha256,
               "bundle_id": manifest.bundle_id, "device_id": manifest.device_id,
               "device_name": manifest.device_name, "sequence": manifest.sequence,
               "previous_bundle_sha256": manifest.previous_bundle_sha256,
               "created_at": manifest.created_at, "created_by": manifest.created_by,
               "mode": manifest.mode, "records": records, "counts": manifest.counts,
               "per_kecamatan": manifest.per_kecamatan,
               "original_sha256": manifest.original_sha256}
    return emit(args, payload, _describe(
        translate("cli", "Bundle {sequence} from {device} is intact: {records} records, "
                         "signed and encrypted for this key.").format(
            sequence=manifest.sequence, device=manifest.device_name, records=records),
        manifest.counts, manifest.per_kecamatan))


# -------------------------------------------------------------------------- apply update
def cmd_apply_update(args: argparse.Namespace) -> int:
    from enrollment_app.services.apply_update import (
        INSERTED,
        KEPT_LOCAL,
        SKIPPED,
        UNCHANGED,
        UPDATED,
        apply_central_update,
    )
    from enrollment_app.sync.bundle_types import BundleRejected

    ctx = sign_in(args, open_db(args))
    try:
        result = apply_central_update(ctx, args.file, progress=progress_printer(args))
    except BundleRejected as exc:
        raise _refused(exc) from exc
    if result.already_applied:
        text = translate("cli", "Update {sequence} was already applied; nothing changed.")
        return emit(args, result.as_json(), text.format(sequence=result.sequence))
    text = translate("cli", "Update {sequence} applied: {inserted} new, {updated} updated, "
                            "{unchanged} unchanged, {kept} kept (changed here, not exported "
                            "yet), {skipped} skipped.").format(
        sequence=result.sequence, inserted=result.count(INSERTED),
        updated=result.count(UPDATED), unchanged=result.count(UNCHANGED),
        kept=result.count(KEPT_LOCAL), skipped=result.count(SKIPPED))
    lines = [text] + [f"  {s['table']} {s['id']}: {s['reason']}" for s in result.skipped]
    return emit(args, result.as_json(), "\n".join(lines))


# ---------------------------------------------------------------------------------- keys
def cmd_keys_show(args: argparse.Namespace) -> int:
    from enrollment_app.services.device_keys import device_identity

    keys = device_identity(open_db(args)).public_keys()
    text = "\n".join(f"{name:<26} {value or '-'}" for name, value in keys.items())
    return emit(args, keys, text)


def cmd_keys_trust(args: argparse.Namespace) -> int:
    from enrollment_app.services.device_keys import trust_central_keys

    ctx = sign_in(args, open_db(args))
    public = trust_central_keys(ctx, args.file)
    return emit(args, public.as_json(),
                translate("cli", "This device now encrypts its bundles for the central office "
                                 "key {key_id}.").format(key_id=public.encryption_key_id[:16]))
