"""Issue 11 item 5: a PDF list with personal data is written only after the user
confirms, and each one written leaves an audit entry naming what kind of file, how many
people and the file's name (never a NIK or a name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import AuditEntry, Participant
from enrollment_app.ui.completion.completion_view import CompletionView
from enrollment_app.ui.data_changes import DataChanges
from tests.class_setup import Setting, setting
from tests.finished_class import FinishedClass, finished_class
from tests.ui.modal_answers import answer_next_message_box


@pytest.fixture
def done(supervisor: ServiceContext) -> FinishedClass:
    place: Setting = setting(supervisor)
    return finished_class(supervisor, place, people=3, sessions=1)


@pytest.fixture
def view(qtbot: QtBot, supervisor: ServiceContext, done: FinishedClass,
         tmp_path: Path) -> CompletionView:
    widget = CompletionView(supervisor, DataChanges())
    widget.resize(1340, 680)
    widget.runner.choose_path = lambda *_args: str(tmp_path / "kartu.pdf")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def export_entries(ctx: ServiceContext) -> list[AuditEntry]:
    with ctx.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "export")))


def test_cancelling_the_confirmation_writes_nothing(
        qtbot: QtBot, supervisor: ServiceContext, view: CompletionView,
        tmp_path: Path) -> None:
    answer = answer_next_message_box(qtbot, "Cancel")
    qtbot.mouseClick(view.cards_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answer.seen))

    assert "holds personal data" in answer.seen[0] and "People in it: 3" in answer.seen[0]
    assert "delete it when you are done" in answer.seen[0]
    assert not (tmp_path / "kartu.pdf").exists()
    assert not view.runner.is_busy()
    assert export_entries(supervisor) == []


def test_a_confirmed_pdf_is_written_and_audited_without_names(
        qtbot: QtBot, supervisor: ServiceContext, view: CompletionView,
        tmp_path: Path) -> None:
    answer_next_message_box(qtbot, "Write the file")
    with qtbot.waitSignal(view.runner.finished, timeout=30_000):
        qtbot.mouseClick(view.cards_button, Qt.MouseButton.LeftButton)

    assert (tmp_path / "kartu.pdf").exists()
    (entry,) = export_entries(supervisor)
    assert entry.user_id == supervisor.actor.user_id
    assert entry.changes == {"kind": [None, "participant_cards"], "people": [None, 3],
                             "file": [None, "kartu.pdf"]}
    with supervisor.read() as session:
        people = session.execute(select(Participant.nik, Participant.full_name)).all()
    assert people and not any(nik in str(entry.changes) or name in str(entry.changes)
                              for nik, name in people)
