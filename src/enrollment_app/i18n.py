"""Loading the interface language (Bahasa Indonesia by default, English as the alternative).

Source strings in the code are English; ``resources/translations/enrollment_id.qm`` holds
the Indonesian translations compiled from ``enrollment_id.ts``. English needs no file.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from enrollment_app.domain import messages
from enrollment_app.domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from enrollment_app.resources_path import resource

LANGUAGE_ENV = "ENROLLMENT_LANG"

_installed: list[QTranslator] = []


def chosen_language(setting: str | None = None) -> str:
    """The language from the environment, else the saved setting, else Indonesian."""
    language = language_forced_by_environment() or (setting or "").lower()[:2]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def language_forced_by_environment() -> str | None:
    """The language ``ENROLLMENT_LANG`` imposes over the saved setting, if it is set."""
    value = (os.environ.get(LANGUAGE_ENV) or "").lower()[:2]
    return value if value in LANGUAGES else None


def install_translator(language: str) -> bool:
    """Install the translator for ``language`` on the running QCoreApplication.

    Returns False when no translation file was found (the English source texts show).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QCoreApplication/QApplication first")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    messages.set_translator(translate)  # domain texts (eligibility reasons) follow Qt
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id"
                               else QLocale.Language.English, QLocale.Country.Indonesia))
    if language == "en":
        return True
    translator = QTranslator(app)
    loaded = translator.load(str(resource("translations", f"enrollment_{language}.qm")))
    if loaded:
        app.installTranslator(translator)
        _installed.append(translator)
    return loaded


def translate(context: str, text: str) -> str:
    """Translate ``text`` in ``context``. Call it by this name with literal strings so
    pyside6-lupdate extracts them (it reads ``translate(context, text)`` calls)."""
    return QCoreApplication.translate(context, text)


# For passing as a callable, e.g. ``problem.render(tr)``; never call ``tr("ctx", "text")``
# literally: lupdate would take the context for the source text.
tr = translate
