"""The main window: navigation on the left, one screen at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from enrollment_app.domain.choices import CHOICES_CONTEXT, ROLES
from enrollment_app.i18n import tr
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.ui.accounts.window_features import AccountFeatures
from enrollment_app.ui.applications.features import ApplicationFeatures
from enrollment_app.ui.backups.window_features import BackupFeatures
from enrollment_app.ui.candidates.features import CandidateFeatures
from enrollment_app.ui.central.window_features import CentralFeatures
from enrollment_app.ui.classes.features import ClassFeatures
from enrollment_app.ui.completion.features import CompletionFeatures
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.groups.features import GroupFeatures
from enrollment_app.ui.help.window_features import HelpFeatures
from enrollment_app.ui.participants.list_view import ParticipantListView
from enrollment_app.ui.people_import.features import PeopleImportFeatures
from enrollment_app.ui.programs.features import ProgramFeatures
from enrollment_app.ui.registration.form import RegistrationForm
from enrollment_app.ui.registration.prompts import DialogPrompts, RegistrationPrompts
from enrollment_app.ui.settings.window_features import SettingsFeatures
from enrollment_app.ui.sync.window_features import SyncFeatures

# Fits a 1366x768 laptop screen with the task bar and window frame.
DEFAULT_SIZE = QSize(1340, 700)
NAVIGATION_WIDTH = 170


class MainWindow(QMainWindow):
    PARTICIPANTS_PAGE = 0
    REGISTRATION_PAGE = 1

    def __init__(self, ctx: ServiceContext, *, device_name: str = "",
                 prompts: RegistrationPrompts | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._prompts = prompts or DialogPrompts()
        self.changes = DataChanges(self)
        self.participant_list = ParticipantListView(ctx, self.changes)
        self.registration_form = RegistrationForm(ctx, self.changes, prompts=self._prompts)
        self.setWindowTitle(self.tr("Training program enrollment - {device}").format(
            device=device_name) if device_name else self.tr("Training program enrollment"))
        self._build_pages()
        self._build_menus()
        self._build_status_bar(device_name)
        self.participant_list.open_requested.connect(self.open_participant)
        # Screens in the order of the work: the central office's import first (central
        # role only), then classes, programs, candidate lists, groups; administration last.
        self.central_features = CentralFeatures(self, ctx)
        self.class_features = ClassFeatures(self, ctx)  # Classes, Attendance (F9)
        self.completion_features = CompletionFeatures(self, ctx)  # Completion, Documents
        self.application_features = ApplicationFeatures(self, ctx)  # apply, interview
        self.program_features = ProgramFeatures(self, ctx)  # Programs, Dashboard (Ctrl+D)
        self.candidate_features = CandidateFeatures(self, ctx)  # registry lists to visit
        self.group_features = GroupFeatures(self, ctx)  # Groups, Business units, Targets
        self.people_import_features = PeopleImportFeatures(self, ctx)  # lists from files
        # Users and audit screens, the lock screen, personal data requests.
        self.account_features = AccountFeatures(self, ctx)
        self.backup_features = BackupFeatures(self, ctx)  # Backups screen, daily backup
        # Sync menu: export bundles for the central office, apply its updates.
        self.sync_features = SyncFeatures(self, ctx)
        self.settings_features = SettingsFeatures(self, ctx)  # File > Settings (language)
        self.help_features = HelpFeatures(self, ctx)  # Help menu: keep it the last one
        self.account_features.explain_when_nothing_is_offered()
        self.resize(DEFAULT_SIZE)
        self.show_start_page()

    def _build_pages(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setSpacing(2)
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.navigation.setFont(font)
        for text in (self.tr("Participants"), self.tr("Registration")):
            item = QListWidgetItem(text, self.navigation)
            item.setSizeHint(QSize(NAVIGATION_WIDTH - 8, 40))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.participant_list)
        self.pages.addWidget(self.registration_form)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        menu = self.menuBar().addMenu(self.tr("&Participants"))
        self.new_action = QAction(self.tr("&New registration"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_registration)
        self.find_action = QAction(self.tr("&Find participant"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_participant)
        for action in (self.new_action, self.find_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            menu.addAction(action)
        self.file_menu, self.participants_menu = file_menu, menu

    def _build_status_bar(self, device_name: str) -> None:
        actor = self._ctx.actor
        role = tr(CHOICES_CONTEXT, ROLES.get(actor.role, actor.role))
        text = self.tr("Signed in: {name} ({username}) - {role} - Device: {device}").format(
            name=actor.full_name or actor.username, username=actor.username, role=role,
            device=device_name or "-")
        self.user_label = QLabel(text, self)
        self.statusBar().addPermanentWidget(self.user_label)
        self.registration_form.saved.connect(lambda _id: self.statusBar().showMessage(
            self.tr("Saved."), 5000))

    def add_page(self, text: str, widget: QWidget,
                 permission: Permission | None = None) -> int:
        """Append a screen to the navigation; hidden when the role lacks ``permission``."""
        item = QListWidgetItem(text, self.navigation)
        item.setSizeHint(QSize(NAVIGATION_WIDTH - 8, 40))
        item.setHidden(permission is not None and not allowed(self._ctx.actor.role,
                                                                permission))
        return self.pages.addWidget(widget)

    # -- navigation -------------------------------------------------------------------

    def show_start_page(self) -> None:
        """Registration for those who register, else the first screen the role may use."""
        if not self.navigation.item(self.REGISTRATION_PAGE).isHidden():
            self.show_registration()
            return
        for row in range(self.navigation.count()):
            if not self.navigation.item(row).isHidden():
                self.navigation.setCurrentRow(row)
                return

    def show_participants(self) -> None:
        self.navigation.setCurrentRow(self.PARTICIPANTS_PAGE)

    def show_registration(self) -> None:
        self.navigation.setCurrentRow(self.REGISTRATION_PAGE)

    def new_registration(self) -> None:
        """Ctrl+N: an empty registration form, asking first if typed data would be lost."""
        self.show_registration()
        self.registration_form.start_new(ask=True)

    def find_participant(self) -> None:
        """Ctrl+F: the participant list with the cursor in the search box."""
        self.show_participants()
        self.participant_list.focus_search()

    def open_participant(self, participant_id: str) -> None:
        self.show_registration()
        self.registration_form.edit_participant(participant_id, ask=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        form = self.registration_form
        if form.has_unsaved_input() and not self._prompts.confirm_discard(self):
            event.ignore()
            return
        event.accept()
