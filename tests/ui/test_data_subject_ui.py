"""Personal data requests from the main window: the person's files, a recorded correction."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from enrollment_app.services import data_subject, registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.ui.data_subject.correction_dialog import CorrectionRequestDialog
from enrollment_app.ui.data_subject.export_dialog import SubjectExportDialog
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.widgets.banner import BannerKind
from tests.conftest import VALID_NIK, make_draft
from tests.ui.modal_answers import answer_next_message_box


def _answer_with(qtbot: QtBot, fill: Callable[[QDialog], None]) -> Callable[[QDialog], int]:
    def run(dialog: QDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog)
        return dialog.result()
    return run


def test_export_from_the_record_being_corrected(qtbot: QtBot, window: MainWindow,
                                                supervisor: ServiceContext,
                                                tmp_path: Path) -> None:
    participant_id = registration.register_participant(supervisor, make_draft())
    window.open_participant(participant_id)
    button = window.registration_form.data_request_button
    assert button.isVisible() and button.menu() is not None
    features = window.account_features
    assert [a.text() for a in button.menu().actions()] == [
        features.export_data_action.text(), features.correction_action.text()]
    written: list[SubjectExportDialog] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SubjectExportDialog)
        dialog.folder.setText(str(tmp_path / "permintaan"))
        answer_next_message_box(qtbot, "Write the file")  # personal data in the clear
        dialog.export_button.click()
        written.append(dialog)

    features.run_dialog = _answer_with(qtbot, fill)
    features.export_data_action.trigger()
    (dialog,) = written
    assert dialog.banner.kind() is BannerKind.SUCCESS and dialog.open_button.isVisible()
    result = dialog.result_files
    assert result is not None and result.html_path.exists()
    document = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert document["participant"]["id"] == participant_id
    assert "Siti Aminah" in result.html_path.read_text(encoding="utf-8")


def test_export_from_the_selected_row_of_the_list(qtbot: QtBot, window: MainWindow,
                                                  supervisor: ServiceContext,
                                                  tmp_path: Path) -> None:
    registration.register_participant(supervisor, make_draft())
    window.find_participant()
    window.participant_list.refresh()
    window.participant_list.table.selectRow(0)
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SubjectExportDialog)
        seen.append(dialog.windowTitle())
        dialog.reject()

    window.account_features.run_dialog = _answer_with(qtbot, fill)
    window.account_features.export_data_action.trigger()
    assert seen == ["Personal data request"]


def test_without_a_person_the_status_bar_explains(window: MainWindow) -> None:
    window.new_registration()
    window.account_features.export_data_action.trigger()
    assert "Open a person's record" in window.statusBar().currentMessage()


def test_recording_a_correction_request(qtbot: QtBot, window: MainWindow,
                                        supervisor: ServiceContext) -> None:
    participant_id = registration.register_participant(supervisor, make_draft())
    window.open_participant(participant_id)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CorrectionRequestDialog)
        dialog.save_button.click()  # nothing typed yet
        assert dialog.messages["request_text"].isVisible()
        qtbot.keyClicks(dialog.request_text, "Nomor HP lama, yang baru 081298765432")
        dialog.status.set_code("refused")
        dialog.save_button.click()
        assert dialog.messages["response"].isVisible()
        qtbot.keyClicks(dialog.response, "Nomor tidak bisa dihubungi, minta datang lagi")
        dialog.save_button.click()

    window.account_features.run_dialog = _answer_with(qtbot, fill)
    window.account_features.correction_action.trigger()
    (request,) = data_subject.list_requests(supervisor, participant_id)
    assert request.status == "refused" and request.request_text.startswith("Nomor HP lama")
    assert "is recorded" in window.statusBar().currentMessage()
    assert data_subject.find_subject(supervisor, VALID_NIK).participant_id == participant_id
