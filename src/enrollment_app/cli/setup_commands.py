"""First run and demo data."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from enrollment_app.cli.common import (
    EXIT_USAGE,
    PASSWORD_ENV,
    CommandAdder,
    Refused,
    emit,
    non_negative_int,
    open_db,
    password,
    progress_printer,
    seal,
    sign_in,
)
from enrollment_app.i18n import translate

DEMO_PASSWORD = "demo-sandi-1"


def register(add_command: CommandAdder) -> None:
    init = add_command("init", cmd_init, "first run without the wizard: name the device and "
                                         "create the first supervisor")
    init.add_argument("--device-name",
                      help="name of this device (required without --provisioning; with it, "
                           "the name comes from the file)")
    init.add_argument("--supervisor", required=True,
                      help="user name of the first supervisor (with --provisioning: one of "
                           "the file's supervisors, or a new one)")
    init.add_argument("--full-name", default="")
    init.add_argument("--team", default="")
    init.add_argument("--provisioning", type=Path,
                      help="provisioning file from the central office")

    demo = add_command("demo", cmd_demo,
                       "fill the database with realistic synthetic participants")
    demo.add_argument("--participants", type=non_negative_int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")


def cmd_init(args: argparse.Namespace) -> int:
    from enrollment_app.services.device_setup import initialize_device

    if args.provisioning:
        return _init_from_provisioning(args)
    if not args.device_name:
        print(translate("cli", "Name the device: --device-name NAME (or give "
                               "--provisioning FILE)."), file=sys.stderr)
        return EXIT_USAGE
    db = open_db(args)
    ctx = seal(args, initialize_device(db, device_name=args.device_name,
                                       supervisor_username=args.supervisor,
                                       password=password(args, confirm=True),
                                       supervisor_full_name=args.full_name, team=args.team))
    return emit(args, {"device_id": ctx.device_id, "device_name": args.device_name,
                       "supervisor": ctx.actor.username},
                translate("cli", "Device '{name}' is set up; supervisor '{user}' can sign in.")
                .format(name=args.device_name, user=ctx.actor.username))


def _init_from_provisioning(args: argparse.Namespace) -> int:
    from enrollment_app.i18n import tr
    from enrollment_app.services.provisioning import (
        is_provisioned_user,
        set_up_from_provisioning,
    )
    from enrollment_app.sync.bundle_types import BundleRejected
    from enrollment_app.sync.provisioning import read_provisioning_file

    try:
        provisioning = read_provisioning_file(args.provisioning)
    except BundleRejected as exc:
        raise Refused(exc.render(tr)) from exc
    if args.device_name and args.device_name.strip() != provisioning.device_name:
        raise Refused(translate("cli", "The provisioning file sets this device up as "
                                       "'{name}'; leave out --device-name or give that name.")
                      .format(name=provisioning.device_name))
    db = open_db(args)
    known = is_provisioned_user(provisioning, args.supervisor)
    ctx = seal(args, set_up_from_provisioning(db, provisioning, username=args.supervisor,
                                              password=password(args, confirm=not known),
                                              full_name=args.full_name))
    users = [u.values["username"] for u in provisioning.users]
    return emit(args, {"device_id": ctx.device_id, "device_name": provisioning.device_name,
                       "team": provisioning.team, "supervisor": ctx.actor.username,
                       "users": users, "central_key_id": provisioning.central.signing_key_id,
                       "provisioned": True},
                translate("cli", "Device '{name}' is set up from the provisioning file "
                                 "(central office key {key}); {count} user accounts; "
                                 "supervisor '{user}' can sign in.")
                .format(name=provisioning.device_name, key=provisioning.central.signing_key_id[:16],
                        count=len(users) + (0 if known else 1), user=ctx.actor.username))


def cmd_demo(args: argparse.Namespace) -> int:
    from enrollment_app.services.demo_data import ensure_demo_device, generate_demo_participants
    from enrollment_app.services.device_setup import load_device

    db = open_db(args)
    if load_device(db) is None:
        ctx = seal(args, ensure_demo_device(db, os.environ.get(PASSWORD_ENV) or DEMO_PASSWORD))
    else:
        ctx = sign_in(args, db)
    created = generate_demo_participants(ctx, args.participants, seed=args.seed,
                                         progress=progress_printer(args))
    from enrollment_app.services.demo_umkm import generate_demo_groups_and_records

    generate_demo_groups_and_records(ctx, seed=args.seed)
    return emit(args, {"created": created},
                translate("cli", "{count} demo participants added.").format(count=created))

