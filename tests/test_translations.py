"""The Bahasa Indonesia translation (the default interface language) is complete and current.

``resources/translations/enrollment_id.ts`` must hold exactly the strings in the source,
every one translated, with the same ``{placeholders}``; the compiled ``.qm`` next to it
is what the application loads.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from enrollment_app import i18n

ROOT = Path(__file__).resolve().parents[1]
UPDATE_SCRIPT = ROOT / "scripts" / "update_translations.py"
TS_FILE = ROOT / "resources" / "translations" / "enrollment_id.ts"
QM_FILE = TS_FILE.with_suffix(".qm")

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:[nvmp]|L?[1-9])")
# Qt accelerator: "&" before a letter or digit ("&&" is a literal ampersand).
ACCELERATOR = re.compile(r"(?<!&)&(?=[^\W_])")

Message = tuple[str, str, list[str], ET.Element]  # context, source, translations, element


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    """Every message of the .ts with its translation text(s) (one per plural form)."""
    messages: list[Message] = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None, f"{name}: {source!r} has no <translation>"
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            messages.append((name, source, texts, translation))
    return messages


def test_the_ts_file_holds_exactly_the_source_strings() -> None:
    result = subprocess.run([sys.executable, str(UPDATE_SCRIPT), "--check"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, (
        "a visible string was added, changed or removed without updating the translation: "
        "run scripts/update_translations.py and translate the new entries\n"
        + result.stdout + result.stderr)


def test_every_message_is_translated(messages: list[Message]) -> None:
    assert len(messages) > 100
    untranslated = [
        f"{context}: {source!r}" for context, source, texts, translation in messages
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}
        or not texts or not all(text.strip() for text in texts)
    ]
    assert not untranslated, "not translated:\n" + "\n".join(untranslated)


def test_placeholders_match(messages: list[Message]) -> None:
    wrong = [
        f"{context}: {source!r} -> {text!r}" for context, source, texts, _ in messages
        for text in texts
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source))
    ]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_menu_accelerators_are_kept(messages: list[Message]) -> None:
    wrong = [
        f"{context}: {source!r} -> {text!r}" for context, source, texts, _ in messages
        for text in texts
        if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source))
    ]
    assert not wrong, "'&' accelerator lost or added:\n" + "\n".join(wrong)


def qt_tool(name: str) -> str:
    """The Qt tool next to this Python (the venv's pyside6-*), as the update script finds it."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def test_the_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / QM_FILE.name
    subprocess.run([qt_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(compiled)],
                   check=True, capture_output=True, timeout=120)
    assert compiled.read_bytes() == QM_FILE.read_bytes(), (
        "enrollment_id.qm is stale: run scripts/update_translations.py")


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    """Install the Indonesian translator, then give later tests the English source texts."""
    locale = QLocale()
    assert i18n.install_translator("id"), "enrollment_id.qm was not found in resources"
    yield
    i18n.install_translator("en")
    QLocale.setDefault(locale)


@pytest.mark.usefixtures("indonesian")
def test_the_application_shows_indonesian() -> None:
    text = i18n.translate("services", "This device is already set up.")
    assert text != "This device is already set up."
    assert "sudah" in text.lower()
    assert i18n.translate("FirstRunWizard", "Cancel") == "Batal"
    assert i18n.translate("choices", "Female") == "Perempuan"


@pytest.mark.usefixtures("indonesian")
def test_qt_standard_buttons_speak_indonesian() -> None:
    """Qt ships no Indonesian of its own; the app's file covers OK, Cancel, Yes, No..."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    Button = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(Button.Save | Button.Cancel | Button.Close)
    assert sorted(b.text() for b in box.buttons()) == ["Batal", "Simpan", "Tutup"]
    question = QMessageBox()
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert sorted(b.text() for b in question.buttons()) == ["&Tidak", "&Ya"]
