"""The Groups page driven like a person: create a group, add members by typing their NIK
and Enter (a card scan types the same way), refuse a member added twice, record an
equipment handover and print its receipt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.domain.card_code import encode_card
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import AidHandover, Facilitation, Group, GroupMember, Participant
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.groups.groups_view import GroupsView
from tests.ui.modal_answers import answer_next_message_box
from tests.umkm_records import KECAMATAN, make_group, register, row_counts

SCREEN = (1340, 700)


@pytest.fixture
def view(qtbot: QtBot, supervisor: ServiceContext, changes: DataChanges) -> GroupsView:
    widget = GroupsView(supervisor, changes)
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def niks(ctx: ServiceContext, ids: list[str]) -> list[str]:
    with ctx.read() as session:
        found = dict(session.execute(select(Participant.id, Participant.nik).where(
            Participant.id.in_(ids))).all())
    return [found[pid] for pid in ids]


def type_and_enter(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def members_in_db(ctx: ServiceContext) -> list[tuple[str, str]]:
    with ctx.read() as session:
        return [tuple(row) for row in session.execute(select(
            GroupMember.participant_id, GroupMember.role))]


def test_create_group_add_members_and_record_a_handover(
        qtbot: QtBot, view: GroupsView, supervisor: ServiceContext, tmp_path: Path) -> None:
    people = [register(supervisor, n, name) for n, name in
              enumerate(("Siti Aminah", "Dewi Lestari", "Rina Wati"), start=1)]
    # Create the group through the dialog.
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Kelompok Wanita Melati")
    dialog.kind.setCurrentIndex(dialog.kind.findData("kelompok_wanita"))
    dialog.kecamatan.setCurrentIndex(dialog.kecamatan.findData(KECAMATAN))
    dialog.kelurahan.setCurrentIndex(1)
    qtbot.keyClicks(dialog.contact, "081234567890")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)
    with supervisor.read() as session:
        group = session.scalars(select(Group)).one()
        assert (group.name, group.kind, group.kecamatan_code) == (
            "Kelompok Wanita Melati", "kelompok_wanita", KECAMATAN)
    assert view.current_group() is not None
    assert view.facts["name"].text() == "Kelompok Wanita Melati"

    # Three members: two by NIK, the third by scanning her card.
    first, second, _third = niks(supervisor, people)
    type_and_enter(qtbot, view.picker.field, first)
    type_and_enter(qtbot, view.picker.field, second)
    type_and_enter(qtbot, view.picker.field, encode_card(people[2]))
    assert sorted(pid for pid, _role in members_in_db(supervisor)) == sorted(people)
    assert view.members_table.rowCount() == 3
    assert view.picker.field.text() == ""
    assert view.facts["members"].text().startswith("3")

    # The same person again: a message at the field, nothing written.
    before = row_counts(supervisor)
    type_and_enter(qtbot, view.picker.field, second)
    assert view.picker.message.isVisible()
    assert "already a member" in view.picker.message.text()
    assert view.picker.message.codes() == ("group.member_twice",)
    assert row_counts(supervisor) == before

    # Equipment handed over; two members sign for it.
    qtbot.mouseClick(view.handover_button, Qt.MouseButton.LeftButton)
    handover = view.dialog
    assert handover is not None
    items = handover.details["items"][1]
    serials = handover.details["serial_numbers"][1]
    assert isinstance(items, QPlainTextEdit) and isinstance(serials, QPlainTextEdit)
    items.setFocus()
    qtbot.keyClicks(items, "Mesin obras Butterfly")
    qtbot.keyClicks(serials, "BTF-0001")
    for row in (0, 1):
        handover.signers.item(row).setCheckState(Qt.CheckState.Checked)
    signed = set(handover.signed_by())
    qtbot.mouseClick(handover.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)
    with supervisor.read() as session:
        record = session.scalars(select(Facilitation)).one()
        aid = session.scalars(select(AidHandover)).one()
        assert (record.kind, record.group_id) == ("equipment", group.id)
        assert record.details["items"] == ["Mesin obras Butterfly"]
        assert record.details["serial_numbers"] == ["BTF-0001"]
        assert set(record.details["signed_by"]) == signed
        assert (aid.group_id, aid.kind, aid.items) == (group.id, "equipment",
                                                        ["Mesin obras Butterfly"])
    assert view.handovers_table.rowCount() == 1

    # The receipt: a PDF written off the GUI thread.
    target = tmp_path / "tanda-terima.pdf"
    view.receipts.choose_path = lambda *_args: str(target)
    answer_next_message_box(qtbot, "Write the file")  # personal data in the clear
    with qtbot.waitSignal(view.receipts.finished, timeout=20000) as blocker:
        qtbot.mouseClick(view.receipt_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].items == 2  # one signature line per member who signed
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in view.banner.text()


def test_a_handover_to_a_group_without_members_is_refused_at_the_field(
        qtbot: QtBot, view: GroupsView, supervisor: ServiceContext) -> None:
    make_group(supervisor)
    view.refresh()
    qtbot.mouseClick(view.handover_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None
    items = dialog.details["items"][1]
    items.setFocus()
    qtbot.keyClicks(items, "Mesin obras")
    before = row_counts(supervisor)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.messages["signed_by"].codes() == ("facilitation.group_empty",)
    assert row_counts(supervisor) == before
    dialog.reject()


def test_nobody_matching_says_so_at_the_field(qtbot: QtBot, view: GroupsView,
                                              supervisor: ServiceContext) -> None:
    make_group(supervisor)
    view.refresh()
    type_and_enter(qtbot, view.picker.field, "3671015502909999")
    assert view.picker.message.isVisible()
    assert members_in_db(supervisor) == []
