"""Screens of accounts, roles, the lock screen, the audit trail and personal data requests,
for scripts/screenshots.py. They use their own throw-away database: one picture shows an
audit trail altered by hand, which must not leak into other screens."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QWidget

from enrollment_app.services import accounts, data_subject, registration, user_admin
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.errors import ConfirmationNeededError
from enrollment_app.storage.database import Database
from enrollment_app.ui.accounts.dialogs import AddUserDialog, ChangePasswordDialog
from enrollment_app.ui.data_subject.correction_dialog import CorrectionRequestDialog
from enrollment_app.ui.data_subject.export_dialog import SubjectExportDialog
from enrollment_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import (
    Save,
    answer_next_box,
    main_window,
    set_up_device,
    throwaway_database,
    wait_until,
)

STAFF_PASSWORD = "kerja-lapangan-7"


class _Quiet:
    """Answers the registration form's questions without dialogs."""

    def confirm_warnings(self, parent: QWidget, warnings: object) -> bool:
        return True

    def offer_open_existing(self, parent: QWidget, name: str, nik: str) -> bool:
        return False

    def confirm_discard(self, parent: QWidget) -> bool:
        return True


def _window(ctx: ServiceContext) -> MainWindow:
    window = main_window(ctx, prompts=_Quiet())
    QApplication.processEvents()
    return window


def _staff(ctx: ServiceContext) -> dict[str, ServiceContext]:
    people = {"dewi": ("field_officer", "Dewi Lestari"),
              "agus": ("trainer", "Agus Prasetyo"),
              "sari": ("field_officer", "Sari Wulandari"),
              "budi": ("field_officer", "Budi Santoso"),
              "yanti": ("supervisor", "Yanti Rahma")}
    signed_in = {}
    for username, (role, full_name) in people.items():
        user_admin.add_user(ctx, username=username, password=STAFF_PASSWORD, role=role,
                            full_name=full_name)
        signed_in[username] = accounts.sign_in(ctx.db, ctx.device_id, username,
                                               STAFF_PASSWORD)
    user_admin.disable_user(ctx, "sari")
    for _ in range(accounts.FREE_ATTEMPTS):
        with contextlib.suppress(accounts.ServiceError):
            accounts.sign_in(ctx.db, ctx.device_id, "budi", "salah-ketik")
    user_admin.reset_password(ctx, "agus", "sementara-123")
    return signed_in


def _history(ctx: ServiceContext, officer: ServiceContext) -> str:
    """An officer registers people and corrects one; returns the corrected person's id."""
    generate_demo_participants(officer, 12, seed=11)
    person = registration.find_by_nik(officer, _first_nik(ctx))
    assert person is not None
    draft = registration.load_draft(officer, person)
    draft.phone, draft.street = "081298765432", "Jl. Kenanga No. 9"
    try:
        registration.update_participant(officer, person, draft)
    except ConfirmationNeededError as exc:
        registration.update_participant(officer, person, draft, confirmed=exc.codes)
    data_subject.record_correction(officer, person, request_text=(
        "Nomor HP dan alamat sudah berubah; pindah ke Jl. Kenanga No. 9."),
        response="Nomor HP dan alamat diperbaiki.")
    return person


def _first_nik(ctx: ServiceContext) -> str:
    from sqlalchemy import select

    from enrollment_app.storage.models import Participant

    with ctx.read() as session:
        return session.scalars(select(Participant.nik).order_by(Participant.name_key)
                               .limit(1)).one()


def _dialog(dialog: QDialog) -> QDialog:
    dialog.show()
    QApplication.processEvents()
    return dialog


def shoot_accounts(save: Save) -> None:
    with throwaway_database() as (db, folder):
        _shoot(db, folder, save)


def _shoot(db: Database, folder: Path, save: Save) -> None:
    ctx = set_up_device(db)
    staff = _staff(ctx)
    person = _history(ctx, staff["dewi"])

    # The lock screen over a half-typed registration.
    window = _window(staff["dewi"])
    window.new_registration()
    fields = window.registration_form.fields
    fields.identity.nik.setFocus()
    QTest.keyClicks(fields.identity.nik, "3671015502900001")
    QTest.keyClicks(fields.identity.full_name, "Siti Aminah")
    window.account_features.screen_lock.lock()
    QTest.keyClicks(window.account_features.screen_lock.overlay.password, "salah")
    window.account_features.screen_lock.try_unlock("dewi", "salah")
    save(window, "20-lock-screen")
    window.close()

    # Users and the dialogs.
    window = _window(ctx)
    features = window.account_features
    features.show_page(features.users_page)
    users = features.users_view
    assert users is not None
    users.refresh()
    users.select("dewi")
    save(window, "21-users")
    add = _dialog(AddUserDialog(ctx, window))
    QTest.keyClicks(add.username, "Nur Halimah")
    QTest.keyClicks(add.full_name, "Nur Halimah")
    QTest.keyClicks(add.password, "rahasia")
    QTest.keyClicks(add.password_again, "rahasia")
    add.submit()
    save(add, "22-add-user-errors")
    add.close()
    change = _dialog(ChangePasswordDialog(staff["agus"], required=True))
    QTest.keyClicks(change.current, "sementara-123")
    QTest.keyClicks(change.password, "agus")
    QTest.keyClicks(change.password_again, "agus")
    change.submit()
    save(change, "23-change-password-required")
    change.close()

    # The audit trail, intact, then altered by hand.
    features.show_page(features.audit_page)
    audit = features.audit_view
    assert audit is not None
    wait_until(lambda: audit.verification is not None)
    audit.table.selectRow(2)
    save(window, "24-audit-trail")
    window.close()
    with sqlite3.connect(db.path) as connection:
        connection.execute("UPDATE audit_log SET changes = replace(changes, '081298765432', "
                           "'081200000000') WHERE changes LIKE '%081298765432%'")
    window = _window(ctx)
    features = window.account_features
    features.show_page(features.audit_page)
    audit = features.audit_view
    assert audit is not None
    wait_until(lambda: audit.verification is not None)
    audit.show_broken_entry()
    save(window, "25-audit-trail-tampered")

    # Personal data requests for the corrected person.
    subject = data_subject.find_subject(ctx, person)
    window.open_participant(person)
    export = _dialog(SubjectExportDialog(ctx, subject, window))
    export.folder.setText(str(folder / "permintaan-data"))
    answer_next_box(accept=True, save=save, name="29-personal-data-warning")
    result = export.export()
    save(export, "26-personal-data-export")
    export.close()
    if result is not None:
        page = QTextBrowser()
        page.setHtml(result.html_path.read_text(encoding="utf-8"))
        page.resize(QSize(900, 768))
        page.show()
        QApplication.processEvents()
        save(page, "27-personal-data-page")
        page.close()
    correction = _dialog(CorrectionRequestDialog(staff["dewi"], subject, window))
    QTest.keyClicks(correction.request_text, "Tanggal lahir tertulis 09-03-1990, "
                                             "seharusnya 19-03-1990.")
    correction.status.set_code("pending")
    QTest.keyClicks(correction.response, "Menunggu fotokopi KTP.")
    save(correction, "28-correction-request")
    correction.close()
    window.close()
