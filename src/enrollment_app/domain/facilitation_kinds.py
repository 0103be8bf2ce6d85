"""Kinds of facilitation record and what each one's details hold (issue 10).

A facilitation record says what was done for a person, a business unit or a group. Its
``details`` depend on the kind; ``check_details`` normalises them and says, field by
field, what is missing or wrong. Which members signed for a group's equipment is
checked against the database by services.facilitation, not here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text
from enrollment_app.domain.validation import Problem

KIND_CONTEXT = "facilitation_kind"
TRAINING_COMPLETED = "training_completed"
CERTIFICATION = "certification"
HAKI = "haki"
EXHIBITION = "exhibition"
PROMOTION = "promotion"
CAPITAL_AID = "capital_aid"
EQUIPMENT = "equipment"
CINTA_PRODUK_LOKAL = "cinta_produk_lokal"
MENTORING = "mentoring"

KIND_LABELS: Mapping[str, str] = MappingProxyType({
    TRAINING_COMPLETED: QT_TRANSLATE_NOOP("facilitation_kind", "Training completed"),
    CERTIFICATION: QT_TRANSLATE_NOOP("facilitation_kind", "Competency certification"),
    HAKI: QT_TRANSLATE_NOOP("facilitation_kind", "HAKI (intellectual property) application"),
    EXHIBITION: QT_TRANSLATE_NOOP("facilitation_kind", "Exhibition"),
    PROMOTION: QT_TRANSLATE_NOOP("facilitation_kind", "Promotion"),
    CAPITAL_AID: QT_TRANSLATE_NOOP("facilitation_kind", "Capital aid"),
    EQUIPMENT: QT_TRANSLATE_NOOP("facilitation_kind", "Equipment handed over"),
    CINTA_PRODUK_LOKAL: QT_TRANSLATE_NOOP(
        "facilitation_kind", "Gerakan Cinta Produk UMKM Lokal participation"),
    MENTORING: QT_TRANSLATE_NOOP("facilitation_kind", "Mentoring"),
})
KINDS: tuple[str, ...] = tuple(KIND_LABELS)

PARTICIPANT, BUSINESS_UNIT, GROUP = "participant", "business_unit", "group"
SUBJECT_KINDS = (PARTICIPANT, BUSINESS_UNIT, GROUP)
# Who a kind of record can be about (a certificate is a person's; a HAKI a unit's or a
# person's); every other kind can be about anyone.
SUBJECTS_OF: Mapping[str, frozenset[str]] = MappingProxyType({
    CERTIFICATION: frozenset({PARTICIPANT}),
    HAKI: frozenset({PARTICIPANT, BUSINESS_UNIT}),
})

CERTIFICATION_RESULTS = MappingProxyType({
    "competent": QT_TRANSLATE_NOOP("facilitation_kind", "Competent (kompeten)"),
    "not_yet_competent": QT_TRANSLATE_NOOP(
        "facilitation_kind", "Not yet competent (belum kompeten)"),
})
HAKI_KINDS = MappingProxyType({
    "merek": QT_TRANSLATE_NOOP("facilitation_kind", "Trademark (merek)"),
    "hak_cipta": QT_TRANSLATE_NOOP("facilitation_kind", "Copyright (hak cipta)"),
    "desain_industri": QT_TRANSLATE_NOOP("facilitation_kind", "Industrial design"),
    "paten": QT_TRANSLATE_NOOP("facilitation_kind", "Patent (paten)"),
})
HAKI_STATUSES = MappingProxyType({
    "filed": QT_TRANSLATE_NOOP("facilitation_kind", "Filed"),
    "registered": QT_TRANSLATE_NOOP("facilitation_kind", "Registered (granted)"),
    "refused": QT_TRANSLATE_NOOP("facilitation_kind", "Refused"),
})
EVENT_LEVELS = MappingProxyType({
    "local": QT_TRANSLATE_NOOP("facilitation_kind", "Local"),
    "national": QT_TRANSLATE_NOOP("facilitation_kind", "National"),
    "international": QT_TRANSLATE_NOOP("facilitation_kind", "International"),
})
CAPITAL_FORMS = MappingProxyType({
    "cash": QT_TRANSLATE_NOOP("facilitation_kind", "Cash grant"),
    "goods": QT_TRANSLATE_NOOP("facilitation_kind", "Goods"),
    "revolving_loan": QT_TRANSLATE_NOOP("facilitation_kind", "Revolving loan"),
})
MAX_TEXT = 200
MAX_ITEMS = 50
MAX_AMOUNT = 10**12


def subject_allowed(kind: str, subject: str) -> bool:
    return subject in SUBJECTS_OF.get(kind, frozenset(SUBJECT_KINDS))


def check_details(kind: str, details: Mapping[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """The normalised details of a ``kind`` record and what is wrong with them.

    Unknown keys are dropped. ``signed_by`` (equipment) is passed through as a list of
    participant ids for the service to check against the group's members.
    """
    checker = _CHECKERS.get(kind)
    if checker is None:
        return {}, [Problem("kind", "facilitation.kind", QT_TRANSLATE_NOOP(
            "validation", "Choose what kind of facilitation this was."))]
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    checker(details, values, problems)
    return values, problems


# ------------------------------------------------------------------------------ fields
def _text(details: Mapping[str, Any], key: str, values: dict[str, Any],
          problems: list[Problem], *, required: bool = False) -> None:
    result = check_free_text(_as_text(details.get(key)), key, required=required,
                             max_length=MAX_TEXT)
    problems.extend(result.problems)
    if result.value:
        values[key] = result.value


def _choice(details: Mapping[str, Any], key: str, options: Mapping[str, str],
            values: dict[str, Any], problems: list[Problem], message: str,
            allowed: Sequence[str] | None = None) -> None:
    value = details.get(key)
    if value not in options or (allowed is not None and value not in allowed):
        problems.append(Problem(key, f"facilitation.{key}", message))
    else:
        values[key] = value


def _text_list(details: Mapping[str, Any], key: str, values: dict[str, Any],
               problems: list[Problem]) -> list[str]:
    raw = details.get(key) or ()
    items: list[str] = []
    for text in ([raw] if isinstance(raw, str) else raw):
        result = check_free_text(_as_text(text), key, max_length=MAX_TEXT)
        problems.extend(result.problems)
        if result.value:
            items.append(result.value)
    if len(items) > MAX_ITEMS:
        problems.append(Problem(key, "facilitation.too_many", QT_TRANSLATE_NOOP(
            "validation", "At most {max} lines here."), params={"max": MAX_ITEMS}))
    if items:
        values[key] = items
    return items


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


# ------------------------------------------------------------------------- per kind
def _topic_only(details: Mapping[str, Any], values: dict[str, Any],
                problems: list[Problem]) -> None:
    _text(details, "topic", values, problems)


def _certification(details: Mapping[str, Any], values: dict[str, Any],
                   problems: list[Problem]) -> None:
    _text(details, "scheme", values, problems, required=True)
    _choice(details, "result", CERTIFICATION_RESULTS, values, problems, QT_TRANSLATE_NOOP(
        "validation", "Choose the result: competent or not yet competent."))
    _text(details, "certificate_number", values, problems)
    if values.get("result") == "competent" and "certificate_number" not in values:
        problems.append(Problem("certificate_number", "facilitation.certificate_number",
                                QT_TRANSLATE_NOOP(
                                    "validation", "Type the number on the certificate.")))


def _haki(details: Mapping[str, Any], values: dict[str, Any],
          problems: list[Problem]) -> None:
    _choice(details, "haki_kind", HAKI_KINDS, values, problems, QT_TRANSLATE_NOOP(
        "validation", "Choose the kind of HAKI: trademark, copyright, design or patent."))
    _text(details, "application_number", values, problems)
    _choice(details, "status", HAKI_STATUSES, values, problems, QT_TRANSLATE_NOOP(
        "validation", "Choose the status of the application."))


def _event(levels: Sequence[str]) -> Callable[[Mapping[str, Any], dict[str, Any],
                                                list[Problem]], None]:
    def check(details: Mapping[str, Any], values: dict[str, Any],
              problems: list[Problem]) -> None:
        _text(details, "event", values, problems, required=True)
        _text(details, "place", values, problems, required=True)
        message = (QT_TRANSLATE_NOOP("validation", "Choose national or international.")
                   if len(levels) == 2 else QT_TRANSLATE_NOOP(
                       "validation", "Choose local, national or international."))
        _choice(details, "level", EVENT_LEVELS, values, problems, message, levels)
    return check


def _capital_aid(details: Mapping[str, Any], values: dict[str, Any],
                 problems: list[Problem]) -> None:
    _choice(details, "form", CAPITAL_FORMS, values, problems, QT_TRANSLATE_NOOP(
        "validation", "Choose the form of the capital aid."))
    amount = details.get("amount")
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT:
        problems.append(Problem("amount", "facilitation.amount", QT_TRANSLATE_NOOP(
            "validation", "Give the amount in whole rupiah.")))
    else:
        values["amount"] = amount


def _equipment(details: Mapping[str, Any], values: dict[str, Any],
               problems: list[Problem]) -> None:
    if not _text_list(details, "items", values, problems):
        problems.append(Problem("items", "facilitation.items", QT_TRANSLATE_NOOP(
            "validation", "List what was handed over, one item per line.")))
    _text_list(details, "serial_numbers", values, problems)
    signed = details.get("signed_by") or ()
    values["signed_by"] = list(dict.fromkeys(str(pid) for pid in signed))


_CHECKERS: Mapping[str, Callable[[Mapping[str, Any], dict[str, Any], list[Problem]], None]] = {
    TRAINING_COMPLETED: _topic_only,
    CERTIFICATION: _certification,
    HAKI: _haki,
    EXHIBITION: _event(("local", "national", "international")),
    PROMOTION: _event(("national", "international")),
    CAPITAL_AID: _capital_aid,
    EQUIPMENT: _equipment,
    CINTA_PRODUK_LOKAL: _topic_only,
    MENTORING: _topic_only,
}
