"""The overlay shown while the screen is locked: nothing of the work behind it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enrollment_app.domain.choices import CHOICES_CONTEXT, ROLES
from enrollment_app.i18n import tr
from enrollment_app.services.context import Actor
from enrollment_app.ui.widgets.field_message import ERROR_COLOR

CARD_WIDTH = 480
CARD_MARGIN = 28


class LockScreen(QWidget):
    """Covers the whole window; ``unlock_requested(username, password)`` on Enter."""

    unlock_requested = Signal(str, str)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self.setObjectName("LockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#LockScreen { background: #24384d; }"
                           "#LockCard { background: white; border-radius: 8px; }")
        card = QFrame(self)
        card.setObjectName("LockCard")
        card.setFixedWidth(CARD_WIDTH)
        heading = QLabel(self.tr("Screen locked"), card)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        role = tr(CHOICES_CONTEXT, ROLES.get(actor.role, actor.role))
        who = QLabel(self.tr("In use by {name} ({username}, {role}). Type the password to "
                             "continue where you left off. A supervisor can also unlock "
                             "with their own user name and password.").format(
            name=actor.full_name or actor.username, username=actor.username, role=role), card)
        who.setWordWrap(True)
        # A fixed width lets the layout know how tall the wrapped text is.
        who.setFixedWidth(CARD_WIDTH - 2 * CARD_MARGIN)
        who.setMinimumHeight(who.heightForWidth(CARD_WIDTH - 2 * CARD_MARGIN))
        self.username = QLineEdit(actor.username, card)
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(card)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("Unlock (Enter)"), card)
        self.unlock_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(CARD_MARGIN, 24, CARD_MARGIN, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.password.returnPressed.connect(self._request)
        self.username.returnPressed.connect(self._request)
        self.unlock_button.clicked.connect(self._request)
        QWidget.setTabOrder(self.password, self.username)
        QWidget.setTabOrder(self.username, self.unlock_button)

    def reset(self) -> None:
        """Ready for the next unlock: own name filled in, password empty and focused."""
        self.username.setText(self._actor.username)
        self.password.clear()
        self.error.hide()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.password.selectAll()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _request(self) -> None:
        self.unlock_requested.emit(self.username.text(), self.password.text())
