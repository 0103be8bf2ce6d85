"""First run and demo data."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from enrollment_app.cli.common import (
    PASSWORD_ENV,
    CommandAdder,
    Refused,
    emit,
    open_db,
    password,
    progress_printer,
    sign_in,
)
from enrollment_app.i18n import translate

DEMO_PASSWORD = "demo-sandi-1"


def register(add_command: CommandAdder) -> None:
    init = add_command("init", cmd_init, "first run without the wizard: name the device and "
                                         "create the first supervisor")
    init.add_argument("--device-name", required=True)
    init.add_argument("--supervisor", required=True, help="user name of the first supervisor")
    init.add_argument("--full-name", default="")
    init.add_argument("--team", default="")
    init.add_argument("--provisioning", type=Path,
                      help="provisioning file from the central office")

    demo = add_command("demo", cmd_demo,
                       "fill the database with realistic synthetic participants")
    demo.add_argument("--participants", type=_non_negative, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")


def cmd_init(args: argparse.Namespace) -> int:
    from enrollment_app.services.device_setup import initialize_device

    if args.provisioning:
        raise Refused(translate("cli", "Provisioning files are not supported by this "
                                       "version yet."))
    db = open_db(args)
    ctx = initialize_device(db, device_name=args.device_name,
                            supervisor_username=args.supervisor,
                            password=password(args, confirm=True),
                            supervisor_full_name=args.full_name, team=args.team)
    return emit(args, {"device_id": ctx.device_id, "device_name": args.device_name,
                       "supervisor": ctx.actor.username},
                translate("cli", "Device '{name}' is set up; supervisor '{user}' can sign in.")
                .format(name=args.device_name, user=ctx.actor.username))


def cmd_demo(args: argparse.Namespace) -> int:
    from enrollment_app.services.demo_data import ensure_demo_device, generate_demo_participants
    from enrollment_app.services.device_setup import load_device

    db = open_db(args)
    if load_device(db) is None:
        ctx = ensure_demo_device(db, os.environ.get(PASSWORD_ENV) or DEMO_PASSWORD)
    else:
        ctx = sign_in(args, db)
    created = generate_demo_participants(ctx, args.participants, seed=args.seed,
                                         progress=progress_printer(args))
    return emit(args, {"created": created},
                translate("cli", "{count} demo participants added.").format(count=created))


def _non_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value
