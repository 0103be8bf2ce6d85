"""Render every screen with demo data to PNG files in docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--lang id|en]

Screens are built with the same factories the application uses, at the 1366x768 of the
field laptops, on a throw-away database in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from enrollment_app import i18n
from enrollment_app.services import programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.storage.database import Database
from enrollment_app.ui import app as gui
from enrollment_app.ui.first_run_wizard import FirstRunWizard
from enrollment_app.ui.login_dialog import LoginDialog
from enrollment_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshot_tools
from screenshot_accounts import shoot_accounts
from screenshot_applications import shoot_applications
from screenshot_backups import shoot_backups
from screenshot_candidates import shoot_candidates
from screenshot_classes import shoot_classes
from screenshot_completion import shoot_completion
from screenshot_dashboard import shoot_dashboard
from screenshot_groups import shoot_groups
from screenshot_help import shoot_help
from screenshot_people_import import shoot_people_import
from screenshot_sync import shoot_sync

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PARTICIPANTS = 50


class AlwaysYes:
    """Answers the form's questions without opening dialogs."""

    def confirm_warnings(self, parent: QWidget, warnings: Sequence[str]) -> bool:
        return False

    def offer_open_existing(self, parent: QWidget, name: str, nik: str) -> bool:
        return False

    def confirm_discard(self, parent: QWidget) -> bool:
        return True


def save(widget: QWidget, name: str) -> Path:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))
    return path


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def shoot_wizard(db: Database) -> None:
    wizard = FirstRunWizard(DeviceAccess(db.data_dir, db, None))
    wizard.show()
    type_into(wizard.device_page.device_name, "Tim Cipondoh 1")
    type_into(wizard.device_page.team, "Disnaker Kota Tangerang")
    save(wizard, "01-first-run-wizard")
    wizard.next()
    page = wizard.supervisor_page
    type_into(page.username, "rina")
    type_into(page.full_name, "Rina Wulandari")
    type_into(page.password, "pendek")
    type_into(page.password_again, "pendek")
    wizard.button(wizard.WizardButton.FinishButton).click()
    save(wizard, "02-first-run-wizard-supervisor")
    wizard.close()


def shoot_login(ctx: ServiceContext) -> ServiceContext:
    """The sign-in of an encrypted laptop (as every laptop is after its first sign-in),
    with a wrong password; returns ``ctx`` on the encrypted database."""
    sealed = DeviceAccess(ctx.db.data_dir, ctx.db, None).seal(ctx)
    dialog = LoginDialog(DeviceAccess.open(sealed.db.data_dir))
    dialog.show()
    type_into(dialog.password, "salah")
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    save(dialog, "03-login-wrong-password")
    dialog.close()
    from enrollment_app.ui.recovery_dialog import RecoveryDialog

    recovery = RecoveryDialog(DeviceAccess.open(sealed.db.data_dir))
    recovery.show()
    type_into(recovery.file_path, "E:/Tim Cipondoh 1.recovery.json")
    type_into(recovery.code, "k7qx-m2pa-9trw")
    type_into(recovery.password, "sandi-baru-2026")
    type_into(recovery.password_again, "sandi-baru-2026")
    save(recovery, "09-recovery-dialog")
    recovery.close()
    return sealed


def main_window(ctx: ServiceContext) -> MainWindow:
    window = screenshot_tools.main_window(ctx, prompts=AlwaysYes())
    QApplication.processEvents()
    return window


def shoot_registration(ctx: ServiceContext) -> None:
    window = main_window(ctx)
    window.new_registration()
    save(window, "04-registration-empty")
    form = window.registration_form
    fields = form.fields
    type_into(fields.identity.nik, "36710155029000AB")
    type_into(fields.identity.full_name, "Siti Aminah 2")
    type_into(fields.identity.birth_date, "15-02-2035")
    type_into(fields.address.rt, "0")
    type_into(fields.household.phone, "021-5551234")
    form.save()
    form.reveal_field("nik")
    save(window, "05-registration-with-errors")
    window.close()


def shoot_list(ctx: ServiceContext) -> None:
    window = main_window(ctx)
    window.find_participant()
    window.participant_list.refresh()
    table = window.participant_list.table
    table.setFocus()
    table.selectRow(2)
    save(window, "06-participant-list")
    QTest.keyClicks(window.participant_list.search, "sopiah")
    window.participant_list.apply_search()
    save(window, "07-participant-search")
    window.open_participant(window.participant_list.model.participant_id(0))
    save(window, "08-registration-editing")
    window.close()


def add_people(ctx: ServiceContext) -> None:
    try:
        from enrollment_app.services.demo_data import generate_demo_participants
    except ImportError:  # the demo generator is optional for this script
        from tests.ui.people import register_people
        register_people(ctx, PARTICIPANTS)
        return
    generate_demo_participants(ctx, PARTICIPANTS, seed=7)


def shoot_program_edit(save: Callable[[QWidget, str], Path]) -> None:
    """The Programs screen's "Edit program..." dialog, a skill being added."""
    with screenshot_tools.throwaway_device() as (ctx, _folder):
        window = screenshot_tools.main_window(ctx)
        catalog = window.program_features.catalog
        window.navigation.setCurrentRow(window.pages.indexOf(catalog))
        catalog.select(programs.program_id_for("dp3ap2kb-2026"))
        dialog = catalog.edit_program()
        assert dialog is not None
        type_into(dialog.skill_code, "membatik")
        type_into(dialog.skill_name, "Membatik")
        dialog.add_skill()
        save(dialog, "32-program-edit")
        dialog.close()
        window.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.chosen_language())
    args = parser.parse_args(argv)
    os.environ[i18n.LANGUAGE_ENV] = args.lang
    gui.create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with screenshot_tools.throwaway_database() as (db, _folder):
        shoot_wizard(db)
        ctx = shoot_login(screenshot_tools.set_up_device(db))
        shoot_registration(ctx)
        add_people(ctx)
        shoot_list(ctx)
        ctx.db.close()
    # Numbered by area: 0x registration and the list, 1x applications and interviews,
    # 2x accounts, audit and personal data, 3x programs, 4x groups, units and targets,
    # 5x classes, attendance, completion and documents, 6x candidates and imports,
    # 7x sync and the central office, 8x backups, settings and help.
    for shoot in (shoot_applications, shoot_accounts, shoot_dashboard, shoot_groups,
                  shoot_classes, shoot_completion, shoot_candidates, shoot_people_import,
                  shoot_sync, shoot_backups, shoot_program_edit):
        shoot(save)
    shoot_help(save, args.lang)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
