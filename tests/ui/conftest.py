"""Fixtures for the screens: each widget is built on a real database and registered with
qtbot, and questions the screens ask are answered from a script."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from enrollment_app import i18n
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.unlock import DeviceAccess
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.main_window import MainWindow
from enrollment_app.ui.participants.list_view import ParticipantListView
from enrollment_app.ui.registration.form import RegistrationForm
from tests.conftest import PASSWORD, SUPERVISOR
from tests.ui.form_driver import FormDriver

FORM_SIZE = (1190, 680)
# The offscreen platform says so whenever a top-level window with a layout is shown; it is
# about the headless platform, not about the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:  # the hook sees every test; mark only the UI ones
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@dataclass
class ScriptedPrompts:
    """Answers the form's questions without dialogs and remembers what was asked."""

    save_despite_warnings: bool = True
    open_existing: bool = True
    discard: bool = True
    warnings_shown: list[list[str]] = field(default_factory=list)
    offers: list[tuple[str, str]] = field(default_factory=list)
    discard_asked: int = 0

    def confirm_warnings(self, parent: QWidget, warnings: Sequence[str]) -> bool:
        self.warnings_shown.append(list(warnings))
        return self.save_despite_warnings

    def offer_open_existing(self, parent: QWidget, name: str, nik: str) -> bool:
        self.offers.append((name, nik))
        return self.open_existing

    def confirm_discard(self, parent: QWidget) -> bool:
        self.discard_asked += 1
        return self.discard


@pytest.fixture(autouse=True)
def english_source_texts(qapp: QApplication) -> None:
    """The screens show the English source texts, whatever another test installed."""
    i18n.install_translator("en")


@pytest.fixture
def encrypted_device(supervisor: ServiceContext) -> Path:
    """The supervisor's laptop after its first sign-in (which encrypted it), closed
    again: its data folder."""
    data_dir = supervisor.db.data_dir
    supervisor.db.close()
    DeviceAccess.open(data_dir).sign_in(SUPERVISOR, PASSWORD).db.close()
    return data_dir


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def changes(qtbot: QtBot) -> DataChanges:
    return DataChanges()


@pytest.fixture
def form(qtbot: QtBot, supervisor: ServiceContext, changes: DataChanges,
         prompts: ScriptedPrompts) -> RegistrationForm:
    widget = RegistrationForm(supervisor, changes, prompts=prompts)
    qtbot.addWidget(widget)
    widget.resize(*FORM_SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_first_field()
    return widget


@pytest.fixture
def driver(qtbot: QtBot, form: RegistrationForm) -> FormDriver:
    return FormDriver(qtbot, form)


@pytest.fixture
def participant_list(qtbot: QtBot, supervisor: ServiceContext,
                     changes: DataChanges) -> ParticipantListView:
    widget = ParticipantListView(supervisor, changes)
    qtbot.addWidget(widget)
    widget.resize(*FORM_SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def window(qtbot: QtBot, supervisor: ServiceContext, prompts: ScriptedPrompts) -> MainWindow:
    main = MainWindow(supervisor, device_name="Tim Cipondoh 1", prompts=prompts)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: main.isActiveWindow())
    return main
