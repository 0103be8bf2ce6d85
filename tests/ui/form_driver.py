"""Driving the registration form the way a field worker does: click, type, Tab, Enter."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from enrollment_app.domain.choices import CHOICES_CONTEXT
from enrollment_app.domain.regions import load_regions
from enrollment_app.i18n import tr
from enrollment_app.ui.registration.form import RegistrationForm

# Siti Aminah, a woman from Kecamatan Tangerang born 15 Feb 1990 (NIK day 15 + 40 = 55).
PERSON = {
    "nik": "3671015502900001",
    "kk": "3671010101090001",
    "full_name": "Siti Aminah",
    "birth_place": "Tangerang",
    "birth_date": "15-02-1990",
    "street": "Jl. Melati No. 5",
    "rt": "3",
    "rw": "7",
    "phone": "0812-3456-7890",
}
CHOICES = {
    "sex": "Female",
    "education": "Senior high school (SMA/SMK)",
    "employment": "Housewife",
    "marital_status": "Married",
    "household_role": "Wife",
    "registry_status": "DTSEN",
    "desil": "3",
}
KECAMATAN = ("36.71.01", "Tangerang")
KELURAHAN = ("36.71.01.1003", "Tanah Tinggi")


class FormDriver:
    def __init__(self, qtbot: QtBot, form: RegistrationForm) -> None:
        self.qtbot = qtbot
        self.form = form

    def widget(self, name: str) -> Any:  # the field's own widget class
        return self.form.slot(name).widget

    def click_into(self, name: str) -> QLineEdit:
        edit = self.widget(name)
        self.form.reveal_field(name)
        self.qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        if not edit.hasFocus():  # a click outside the visible area of the scroll view
            edit.setFocus(Qt.FocusReason.MouseFocusReason)
        return edit

    def type_into(self, name: str, text: str, *, replace: bool = True) -> None:
        edit = self.click_into(name)
        if replace:
            QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(edit, Qt.Key.Key_Delete)
        self.type_text(edit, text)

    def type_text(self, edit: QLineEdit, text: str) -> None:
        """Key presses for ordinary characters; characters beyond the keyboard (emoji)
        arrive as an input-method commit, the way an emoji picker sends them."""
        typed = ""
        for char in text:
            if ord(char) <= 0xFFFF:
                typed += char
                continue
            self.qtbot.keyClicks(edit, typed)
            typed = ""
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(edit, event)
        self.qtbot.keyClicks(edit, typed)

    def leave(self, name: str) -> None:
        """Press Tab to move on, as a person does after typing."""
        QTest.keyClick(self.widget(name), Qt.Key.Key_Tab)

    def paste_into(self, name: str, text: str) -> None:
        edit = self.click_into(name)
        QApplication.clipboard().setText(text)
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    def choose(self, name: str, label: str) -> None:
        """Pick an item with the arrow keys, as a person does in a closed combo box."""
        combo: QComboBox = self.widget(name)
        assert combo.isEnabled(), f"{name} is disabled"
        combo.setFocus(Qt.FocusReason.TabFocusReason)
        wanted = combo.findText(label)
        assert wanted >= 0, f"{label!r} is not offered in {name}"
        key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
        for _ in range(combo.count()):
            if combo.currentIndex() == wanted:
                break
            QTest.keyClick(combo, key)
        assert combo.currentText() == label

    def tick(self, widget: QAbstractButton) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                              pos=QPoint(6, widget.height() // 2))

    def press_enter(self, name: str = "phone") -> None:
        QTest.keyClick(self.widget(name), Qt.Key.Key_Return)

    def fill_person(self, **overrides: str) -> None:
        """Type a complete, valid person; ``overrides`` replace typed texts or choices."""
        texts = {**PERSON, **{k: v for k, v in overrides.items() if k in PERSON}}
        choices = {**CHOICES, **{k: v for k, v in overrides.items() if k in CHOICES}}
        for name in ("nik", "kk", "full_name"):
            self.type_into(name, texts[name])
        self.choose("sex", tr(CHOICES_CONTEXT, choices["sex"]))
        for name in ("birth_place", "birth_date", "street", "rt", "rw"):
            self.type_into(name, texts[name])
        self.choose("kecamatan_code", overrides.get("kecamatan", KECAMATAN[1]))
        self.choose("kelurahan_code", overrides.get("kelurahan", KELURAHAN[1]))
        self.type_into("phone", texts["phone"])
        for name in ("education", "employment", "marital_status", "household_role",
                     "registry_status"):
            self.choose(name, tr(CHOICES_CONTEXT, choices[name]))
        self.choose("desil", choices["desil"])
        self.tick(self.form.fields.welfare.assistance["pkh"])
        self.tick(self.form.fields.consent.consent)

    def message(self, name: str) -> str:
        label = self.form.slot(name).message
        return label.text() if label.isVisible() else ""

    def codes(self, name: str) -> tuple[str, ...]:
        return self.form.slot(name).message.codes()


def kelurahan_names(kecamatan_code: str) -> list[str]:
    return [name for _code, name in load_regions().kelurahan(kecamatan_code)]


def birth(text: str) -> date:
    day, month, year = (int(part) for part in text.split("-"))
    return date(year, month, day)
