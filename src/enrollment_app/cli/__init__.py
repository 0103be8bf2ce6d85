"""The `enrollment` command line: the same services as the GUI, for scripts and checks.

Exit status: 0 success, 1 input or data refused (message on stderr), 2 wrong usage.
``--json`` prints exactly one JSON object on stdout. Each command group lives in its own
module and registers itself in ``build_parser``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from enrollment_app import __version__
from enrollment_app.cli import (
    accounts_commands,
    audit_commands,
    central_commands,
    completion_commands,
    data_commands,
    import_commands,
    privacy_commands,
    recovery_commands,
    retention_commands,
    setup_commands,
    sync_commands,
)
from enrollment_app.cli.common import (
    EXIT_USAGE,
    Handler,
    Refused,
    add_common_options,
    fail,
    user_message,
)

COMMAND_MODULES = (setup_commands, data_commands, audit_commands, accounts_commands,
                   privacy_commands, central_commands, sync_commands, import_commands,
                   completion_commands, retention_commands, recovery_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="enrollment",
        description="Offline enrollment for skills-training programs (Kota Tangerang).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_common_options(parser, None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add_command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        add_common_options(sub, argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        return sub

    for module in COMMAND_MODULES:
        module.register(add_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    _start_translations(args)
    try:
        return args.handler(args)
    except Refused as exc:
        return fail(args, str(exc))
    except Exception as exc:
        message = user_message(exc)
        if message is None:
            raise
        return fail(args, message)


_app = None


def _start_translations(args: argparse.Namespace) -> None:
    """The language of File > Settings saved in the data folder (ENROLLMENT_LANG wins)."""
    from PySide6.QtCore import QCoreApplication

    from enrollment_app.i18n import chosen_language, install_translator
    from enrollment_app.storage.data_dir import DATA_DIR_ENV, default_data_dir
    from enrollment_app.storage.device_preferences import saved_language

    global _app
    if QCoreApplication.instance() is None:
        _app = QCoreApplication([])
    folder = Path(getattr(args, "data_dir", None) or os.environ.get(DATA_DIR_ENV)
                  or default_data_dir()).expanduser()
    install_translator(chosen_language(saved_language(folder) if folder.is_dir() else None))
