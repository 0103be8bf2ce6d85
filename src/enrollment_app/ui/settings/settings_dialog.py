"""The Settings dialog: interface language for everyone, screen-lock time for supervisors.

The language applies from the next start of the application (the screens are built with
their texts once; rebuilding every open screen mid-work would risk half-typed records),
and the dialog says so. The screen-lock time applies at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from enrollment_app import i18n
from enrollment_app.domain.languages import LANGUAGE_NAMES
from enrollment_app.services import interface_settings, lock_settings
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.permissions import Permission, allowed
from enrollment_app.storage.errors import StorageError
from enrollment_app.ui.error_text import user_message
from enrollment_app.ui.widgets.banner import Banner, BannerKind
from enrollment_app.ui.widgets.field_message import render_all
from enrollment_app.ui.widgets.fit_to_text import fit_height

DIALOG_WIDTH = 520
HINT_STYLE = "color: #505050;"


class SettingsDialog(QDialog):
    """Save writes what changed; what the services refuse shows in the banner."""

    language_saved = Signal(str)  # language code, used from the next start
    idle_minutes_saved = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(DIALOG_WIDTH)
        self.banner = Banner(self)
        # What was chosen on this laptop (even where the environment overrides it), else
        # the language on the screen now; saved again only when changed.
        self._shown_language = (interface_settings.saved_language(ctx.db)
                                or i18n.chosen_language())
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self._build_language())
        self.idle_minutes: QSpinBox | None = None
        if allowed(ctx.actor.role, Permission.CHANGE_SETTINGS):
            layout.addWidget(self._build_screen_lock())
        buttons = QDialogButtonBox(self)
        self.save_button: QPushButton = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_language(self) -> QGroupBox:
        group = QGroupBox(self.tr("Interface language"), self)
        self.language = QComboBox(group)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self._shown_language))
        form = QFormLayout(group)
        form.addRow(self.tr("&Language:"), self.language)
        notes = [self.tr("The new language is used from the next start of the application, "
                         "for everyone who uses this laptop.")]
        forced = i18n.language_forced_by_environment()
        if forced is not None:
            notes.append(self.tr("On this computer {variable}={code} is set; it takes "
                                 "precedence over this choice.").format(
                variable=i18n.LANGUAGE_ENV, code=forced))
        self.language_note = QLabel("\n".join(notes), group)
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(HINT_STYLE)
        form.addRow(self.language_note)
        return group

    def _build_screen_lock(self) -> QGroupBox:
        group = QGroupBox(self.tr("Screen lock"), self)
        self.idle_minutes = QSpinBox(group)
        self.idle_minutes.setRange(lock_settings.MIN_IDLE_LOCK_MINUTES,
                                   lock_settings.MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(lock_settings.idle_lock_minutes(self._ctx.db))
        form = QFormLayout(group)
        form.addRow(self.tr("Lock the screen after this long &without use:"),
                    self.idle_minutes)
        hint = QLabel(self.tr("Applies at once, to everyone on this laptop. Ctrl+L locks "
                              "the screen at any time."), group)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form.addRow(hint)
        return group

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def save(self) -> None:
        """Save the language and the lock time if they changed; close when all went in."""
        self.banner.clear_message()
        language = self.chosen_language()
        try:
            if language != self._shown_language:
                interface_settings.set_language(self._ctx, language)
                self._shown_language = language
                self.language_saved.emit(language)
            if self.idle_minutes is not None:
                minutes = self.idle_minutes.value()
                if minutes != lock_settings.idle_lock_minutes(self._ctx.db):
                    lock_settings.set_idle_lock_minutes(self._ctx, minutes)
                    self.idle_minutes_saved.emit(minutes)
        except ValidationError as exc:
            self._refused("\n".join(render_all(exc.problems)))
            return
        except (ServiceError, StorageError) as exc:
            self._refused(user_message(exc))
            return
        self.accept()

    def _refused(self, text: str) -> None:
        self.banner.show_message(BannerKind.ERROR, text)
        fit_height(self)
