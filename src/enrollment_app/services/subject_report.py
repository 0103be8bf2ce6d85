"""The readable page of a data-subject export: one self-contained HTML file that prints.

Built from the same document as the JSON file, so the two never disagree. Labels are
English source texts in the "subject_report" translation context (coded answers in
"choices"); ``translate(context, text)`` turns them into the user's language.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from enrollment_app.domain import choices
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import load_regions
from enrollment_app.services import candidates

Translate = Callable[[str, str], str]
CONTEXT = "subject_report"
EMPTY = "-"
TITLE = QT_TRANSLATE_NOOP("subject_report", "Personal data held about {name}")
INTRO = QT_TRANSLATE_NOOP(
    "subject_report", "Exported on {when} by {user} on device {device}, at the person's "
    "request under Law 27/2022 on personal data protection (UU PDP).")
PERSONAL_DATA = QT_TRANSLATE_NOOP("subject_report", "Personal data")
HISTORY = QT_TRANSLATE_NOOP("subject_report", "History of changes (audit trail)")

PARTICIPANT_FIELDS: tuple[tuple[str, str], ...] = (
    ("nik", QT_TRANSLATE_NOOP("subject_report", "NIK")),
    ("kk", QT_TRANSLATE_NOOP("subject_report", "Family card number (KK)")),
    ("full_name", QT_TRANSLATE_NOOP("subject_report", "Full name")),
    ("sex", QT_TRANSLATE_NOOP("subject_report", "Sex")),
    ("birth_place", QT_TRANSLATE_NOOP("subject_report", "Place of birth")),
    ("birth_date", QT_TRANSLATE_NOOP("subject_report", "Date of birth")),
    ("street", QT_TRANSLATE_NOOP("subject_report", "Street address")),
    ("rt", QT_TRANSLATE_NOOP("subject_report", "RT")),
    ("rw", QT_TRANSLATE_NOOP("subject_report", "RW")),
    ("kelurahan_code", QT_TRANSLATE_NOOP("subject_report", "Kelurahan")),
    ("kecamatan_code", QT_TRANSLATE_NOOP("subject_report", "Kecamatan")),
    ("outside_city", QT_TRANSLATE_NOOP("subject_report", "Lives outside Kota Tangerang")),
    ("outside_region", QT_TRANSLATE_NOOP("subject_report", "Region outside the city")),
    ("phone", QT_TRANSLATE_NOOP("subject_report", "Phone number")),
    ("education", QT_TRANSLATE_NOOP("subject_report", "Education")),
    ("employment", QT_TRANSLATE_NOOP("subject_report", "Work")),
    ("marital_status", QT_TRANSLATE_NOOP("subject_report", "Marital status")),
    ("household_role", QT_TRANSLATE_NOOP("subject_report", "Role in the household")),
    ("registry_status", QT_TRANSLATE_NOOP("subject_report", "Social registry")),
    ("desil", QT_TRANSLATE_NOOP("subject_report", "Desil")),
    ("assistance", QT_TRANSLATE_NOOP("subject_report", "Social assistance received")),
    ("disability", QT_TRANSLATE_NOOP("subject_report", "Disability")),
    ("notes", QT_TRANSLATE_NOOP("subject_report", "Notes")),
    ("consent_at", QT_TRANSLATE_NOOP("subject_report", "Consent given on")),
    ("consent_purpose", QT_TRANSLATE_NOOP("subject_report", "Purpose of the consent")),
    ("created_at", QT_TRANSLATE_NOOP("subject_report", "Recorded on")),
    ("updated_at", QT_TRANSLATE_NOOP("subject_report", "Last changed on")),
    ("deleted_at", QT_TRANSLATE_NOOP("subject_report", "Removed on")),
)

OTHER_FIELDS: Mapping[str, str] = {
    "name": QT_TRANSLATE_NOOP("subject_report", "Name"),
    "nib": QT_TRANSLATE_NOOP("subject_report", "NIB"),
    "sector": QT_TRANSLATE_NOOP("subject_report", "Sector"),
    "scale": QT_TRANSLATE_NOOP("subject_report", "Scale"),
    "products": QT_TRANSLATE_NOOP("subject_report", "Products"),
    "role": QT_TRANSLATE_NOOP("subject_report", "Role"),
    "kind": QT_TRANSLATE_NOOP("subject_report", "Kind"),
    "status": QT_TRANSLATE_NOOP("subject_report", "Status"),
    "status_reason": QT_TRANSLATE_NOOP("subject_report", "Reason for the status"),
    "applied_on": QT_TRANSLATE_NOOP("subject_report", "Applied on"),
    "held_on": QT_TRANSLATE_NOOP("subject_report", "Held on"),
    "score": QT_TRANSLATE_NOOP("subject_report", "Score"),
    "recommendation": QT_TRANSLATE_NOOP("subject_report", "Recommendation"),
    "answers": QT_TRANSLATE_NOOP("subject_report", "Answers"),
    "joined_on": QT_TRANSLATE_NOOP("subject_report", "Joined on"),
    "left_on": QT_TRANSLATE_NOOP("subject_report", "Left on"),
    "outcome": QT_TRANSLATE_NOOP("subject_report", "Outcome"),
    "venue_name": QT_TRANSLATE_NOOP("subject_report", "Venue"),
    "start_date": QT_TRANSLATE_NOOP("subject_report", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("subject_report", "End date"),
    "session_date": QT_TRANSLATE_NOOP("subject_report", "Session date"),
    "topic": QT_TRANSLATE_NOOP("subject_report", "Topic"),
    "code": QT_TRANSLATE_NOOP("subject_report", "Attendance"),
    "arrival_time": QT_TRANSLATE_NOOP("subject_report", "Arrival time"),
    "items": QT_TRANSLATE_NOOP("subject_report", "Items"),
    "amount": QT_TRANSLATE_NOOP("subject_report", "Amount"),
    "handed_on": QT_TRANSLATE_NOOP("subject_report", "Handed over on"),
    "reason": QT_TRANSLATE_NOOP("subject_report", "Reason"),
    "received_on": QT_TRANSLATE_NOOP("subject_report", "Received on"),
    "request_text": QT_TRANSLATE_NOOP("subject_report", "What was asked"),
    "response": QT_TRANSLATE_NOOP("subject_report", "Answer"),
    "handled_at": QT_TRANSLATE_NOOP("subject_report", "Handled on"),
    "note": QT_TRANSLATE_NOOP("subject_report", "Note"),
    "username": QT_TRANSLATE_NOOP("subject_report", "User name"),
    "active": QT_TRANSLATE_NOOP("subject_report", "Active"),
    "failed_logins": QT_TRANSLATE_NOOP("subject_report", "Wrong passwords in a row"),
    "locked_until": QT_TRANSLATE_NOOP("subject_report", "Locked until"),
    "must_change_password": QT_TRANSLATE_NOOP("subject_report",
                                              "Must choose a new password"),
    "password_hash": QT_TRANSLATE_NOOP("subject_report", "Password (never shown)"),
    "confirmed_warnings": QT_TRANSLATE_NOOP("subject_report", "Confirmed warnings"),
    "name_key": QT_TRANSLATE_NOOP("subject_report", "Name for searching"),
    "consent_by": QT_TRANSLATE_NOOP("subject_report", "Consent recorded by"),
    "handled_by": QT_TRANSLATE_NOOP("subject_report", "Handled by"),
    "participant_id": QT_TRANSLATE_NOOP("subject_report", "Participant"),
    "business_unit_id": QT_TRANSLATE_NOOP("subject_report", "Business unit"),
    "program_name": QT_TRANSLATE_NOOP("subject_report", "Program"),
    "source": QT_TRANSLATE_NOOP("subject_report", "Source list"),
    "visited_on": QT_TRANSLATE_NOOP("subject_report", "Visited on"),
}

SECTIONS: tuple[tuple[str, str], ...] = (
    ("business_units", QT_TRANSLATE_NOOP("subject_report", "Business units")),
    ("groups", QT_TRANSLATE_NOOP("subject_report", "Groups")),
    ("group_members", QT_TRANSLATE_NOOP("subject_report", "Group memberships")),
    ("applications", QT_TRANSLATE_NOOP("subject_report", "Applications to programs")),
    ("interviews", QT_TRANSLATE_NOOP("subject_report", "Selection interviews")),
    ("classes", QT_TRANSLATE_NOOP("subject_report", "Classes")),
    ("class_enrollments", QT_TRANSLATE_NOOP("subject_report", "Places in classes")),
    ("attendance_marks", QT_TRANSLATE_NOOP("subject_report", "Attendance")),
    ("aid_handovers", QT_TRANSLATE_NOOP("subject_report", "Aid and starter kits received")),
    ("facilitations", QT_TRANSLATE_NOOP("subject_report",
                                        "Facilitation received (person or business)")),
    ("data_subject_requests", QT_TRANSLATE_NOOP("subject_report",
                                                "Requests about this data (UU PDP)")),
    ("candidates", QT_TRANSLATE_NOOP("subject_report",
                                     "Registry lists to visit and register from")),
    ("earlier_records", QT_TRANSLATE_NOOP("subject_report",
                                          "Earlier records with the same NIK")),
)

ACTIONS: Mapping[str, str] = {
    "create": QT_TRANSLATE_NOOP("subject_report", "Created"),
    "update": QT_TRANSLATE_NOOP("subject_report", "Changed"),
    "delete": QT_TRANSLATE_NOOP("subject_report", "Removed"),
}

PARTICIPANT_CHOICES: Mapping[str, Mapping[str, str]] = {
    "sex": choices.SEX, "education": choices.EDUCATION, "employment": choices.EMPLOYMENT,
    "marital_status": choices.MARITAL_STATUS, "household_role": choices.HOUSEHOLD_ROLE,
    "registry_status": choices.REGISTRY_STATUS, "disability": choices.DISABILITY,
    "assistance": choices.ASSISTANCE, "sector": choices.BUSINESS_SECTOR,
    "code": choices.ATTENDANCE_CODES,
}
# Codes whose meaning depends on the section: section -> field -> (context, labels).
SECTION_CHOICES: Mapping[str, Mapping[str, tuple[str, Mapping[str, str]]]] = {
    "candidates": {"status": ("candidates", candidates.STATUS_LABELS)},
}
HIDDEN = frozenset({"id", "origin_device_id", "version", "change_seq", "created_by",
                    "updated_by", "name_key", "confirmed_warnings", "consent_by",
                    "handled_by", "interviewer_id", "trainer_id", "eligibility"})

STYLE = """
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 11pt;
       margin: 2em; color: #111; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.6em;
  border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eee; width: 28%; }
table.history th { width: auto; }
.meta { color: #444; } .old { color: #8a1c1c; } .new { color: #1c5e20; }
"""


def field_label(key: str, translate: Translate | None = None) -> str:
    """A column's name as people say it ("Phone number" for ``phone``), translated."""
    label = dict(PARTICIPANT_FIELDS).get(key) or OTHER_FIELDS.get(key)
    if label is None:
        return _humanize(key)
    return translate(CONTEXT, label) if translate else label


def render_html(document: Mapping[str, Any], translate: Translate | None = None) -> str:
    """The whole page for one export document (see data_subject.export_subject_data)."""
    page = _Page(translate or (lambda _context, text: text))
    return page.render(document)


class _Page:
    def __init__(self, translate: Translate) -> None:
        self._translate = translate
        self._regions = load_regions()

    def t(self, text: str) -> str:
        return self._translate(CONTEXT, text)

    def render(self, doc: Mapping[str, Any]) -> str:
        person = doc["participant"]
        title = _e(self.t(TITLE).format(name=person["full_name"]))
        by = doc["generated_by"]
        intro = self.t(INTRO).format(when=_when(doc["generated_at"]),
                                     user=by["full_name"] or by["username"],
                                     device=doc["device"]["name"])
        parts = [
            "<!DOCTYPE html>", '<html><head><meta charset="utf-8">',
            f"<title>{title}</title><style>{STYLE}</style></head><body>",
            f"<h1>{title}</h1>", f'<p class="meta">{_e(intro)}</p>',
            f"<h2>{_e(self.t(PERSONAL_DATA))}</h2>",
            self._fields(person, PARTICIPANT_FIELDS),
        ]
        for key, title in SECTIONS:
            rows = doc.get(key) or []
            if not rows:
                continue
            parts.append(f"<h2>{_e(self.t(title))} ({len(rows)})</h2>")
            coded = SECTION_CHOICES.get(key, {})
            for row in rows:
                parts.append(self._fields(row, self._other_labels(row), coded))
        parts.append(f"<h2>{_e(self.t(HISTORY))}</h2>")
        parts.append(self._history(doc.get("audit_entries") or []))
        parts.append("</body></html>")
        return "\n".join(parts)

    def _other_labels(self, row: Mapping[str, Any]) -> list[tuple[str, str]]:
        labels = dict(PARTICIPANT_FIELDS)
        return [(key, OTHER_FIELDS.get(key) or labels.get(key) or _humanize(key))
                for key in row if key not in HIDDEN and not key.endswith("_id")]

    def _fields(self, row: Mapping[str, Any], fields: Iterable[tuple[str, str]],
                coded: Mapping[str, tuple[str, Mapping[str, str]]] | None = None) -> str:
        coded = coded or {}
        cells = [f"<tr><th>{_e(self.t(label))}</th><td>{_e(self._coded(key, row, coded))}"
                 "</td></tr>" for key, label in fields if key in row]
        return "<table>" + "".join(cells) + "</table>"

    def _coded(self, key: str, row: Mapping[str, Any],
               coded: Mapping[str, tuple[str, Mapping[str, str]]]) -> str:
        value = row.get(key)
        if key in coded and value in coded[key][1]:
            context, labels = coded[key]
            return self._translate(context, labels[value])
        return self.value(key, value)

    def _history(self, entries: list[Mapping[str, Any]]) -> str:
        head = "".join(f"<th>{_e(self.t(h))}</th>" for h in (
            QT_TRANSLATE_NOOP("subject_report", "When"),
            QT_TRANSLATE_NOOP("subject_report", "By"),
            QT_TRANSLATE_NOOP("subject_report", "What"),
            QT_TRANSLATE_NOOP("subject_report", "Field"),
            QT_TRANSLATE_NOOP("subject_report", "Before"),
            QT_TRANSLATE_NOOP("subject_report", "After")))
        rows = []
        for entry in entries:
            changes = entry.get("changes") or {}
            shown = [(k, v) for k, v in sorted(changes.items()) if k not in HIDDEN] or [
                ("", [None, None])]
            what = f"{self.t(ACTIONS.get(entry['action'], entry['action']))} · {entry['table']}"
            who = entry.get("user_full_name") or entry.get("username") or EMPTY
            coded = SECTION_CHOICES.get(entry["table"], {})  # e.g. a list entry's status
            for index, (key, pair) in enumerate(shown):
                old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
                lead = (f"<td>{_e(_when(entry['at']))}</td><td>{_e(who)}</td>"
                        f"<td>{_e(what)}</td>") if index == 0 else "<td></td>" * 3
                label = self._label(key) if key else ""
                before, after = (self._coded(key, {key: v}, coded) for v in (old, new))
                rows.append(f"<tr>{lead}<td>{_e(label)}</td>"
                            f'<td class="old">{_e(before)}</td>'
                            f'<td class="new">{_e(after)}</td></tr>')
        return f'<table class="history"><tr>{head}</tr>{"".join(rows)}</table>'

    def _label(self, key: str) -> str:
        return field_label(key, self._translate)

    def value(self, key: str, value: Any) -> str:
        """A stored value as a person reads it: names for codes, local dates, yes/no."""
        if value is None or value == "":
            return EMPTY
        if isinstance(value, bool):
            return self.t(QT_TRANSLATE_NOOP("subject_report", "Yes") if value
                          else QT_TRANSLATE_NOOP("subject_report", "No"))
        if key == "kecamatan_code":
            return self._regions.kecamatan_name(str(value)) or str(value)
        if key == "kelurahan_code":
            return self._regions.kelurahan_name(str(value)) or str(value)
        if key == "consent_purpose":
            return self._translate(choices.CHOICES_CONTEXT, str(value))
        if key in PARTICIPANT_CHOICES and isinstance(value, str):
            labels = PARTICIPANT_CHOICES[key]
            return ", ".join(self._translate(choices.CHOICES_CONTEXT, labels.get(code, code))
                             for code in value.split(",") if code)
        if isinstance(value, list | dict):
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, str):
            return _date_text(value)
        return str(value)


def _date_text(text: str) -> str:
    """ISO dates as DD-MM-YYYY and timestamps in local time; other text unchanged."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return date.fromisoformat(text).strftime("%d-%m-%Y")
        except ValueError:
            return text
    if len(text) >= 19 and text[4] == "-" and text[10] == "T":
        return _when(text)
    return text


def _when(text: str) -> str:
    try:
        return datetime.fromisoformat(text).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return text


def _humanize(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _e(text: str) -> str:
    return html.escape(text, quote=True)
