"""The red (error) or orange (warning) message shown under a form field."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from enrollment_app.domain.validation import Problem
from enrollment_app.i18n import tr

ERROR_COLOR = "#b3261e"
WARNING_COLOR = "#a15c00"  # dark orange: readable on white on a cheap, dim screen


class FieldMessage(QLabel):
    """Says what is wrong with one field, in the user's language; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problems: tuple[Problem, ...] = ()
        self._extra: tuple[str, ...] = ()
        self.hide()

    def show_problems(self, problems: Sequence[Problem],
                      extra_errors: Sequence[str] = ()) -> None:
        """Show ``problems`` (errors first) and already translated ``extra_errors``."""
        ordered = sorted(problems, key=lambda p: not p.is_error)
        if (tuple(ordered), tuple(extra_errors)) == (self._problems, self._extra):
            return
        self._problems, self._extra = tuple(ordered), tuple(extra_errors)
        lines = [*extra_errors, *(p.render(tr) for p in ordered)]
        if not lines:
            self.clear_problems()
            return
        has_error = bool(extra_errors) or any(p.is_error for p in ordered)
        color = ERROR_COLOR if has_error else WARNING_COLOR
        self.setStyleSheet(f"color: {color};")
        self.setText("\n".join(lines))
        self.setProperty("severity", "error" if has_error else "warning")
        self.show()

    def clear_problems(self) -> None:
        self._problems, self._extra = (), ()
        self.setText("")
        self.setProperty("severity", "")
        self.hide()

    def codes(self) -> tuple[str, ...]:
        """The problem codes shown (for tests and for focusing the first error)."""
        return tuple(p.code for p in self._problems)

    def has_error(self) -> bool:
        return bool(self._extra) or any(p.is_error for p in self._problems)


def render_all(problems: Sequence[Problem], translate: Callable[[str, str], str] = tr
               ) -> list[str]:
    return [p.render(translate) for p in problems]
