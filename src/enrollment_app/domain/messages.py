"""Translatable message markers for the Qt-free layers.

The domain and services layers must not import Qt, yet every message a user sees has to
go through Qt's translation system. Messages are therefore written as English source
texts wrapped in ``tr_noop(context, text)``: a no-op at run time that pyside6-lupdate
recognises (it matches the name ``QT_TRANSLATE_NOOP``), so the text lands in the .ts
files. The UI and the CLI translate them with ``QCoreApplication.translate(context, text)``
and then fill the ``{placeholders}``.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, English source text) -> text in the interface language.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows (pep8-naming N802)
    """Mark ``text`` for translation in ``context`` without translating it now."""
    return text


tr_noop = QT_TRANSLATE_NOOP


def _untranslated(context: str, text: str) -> str:
    return text


_active: list[Translate] = [_untranslated]


def set_translator(translate: Translate) -> None:
    """Make ``translate`` the default for domain texts rendered without an explicit one
    (``enrollment_app.i18n.install_translator`` installs Qt's; tests see the English)."""
    _active[0] = translate


def active_translator() -> Translate:
    """The translate callable installed by ``set_translator`` (identity until then)."""
    return _active[0]
