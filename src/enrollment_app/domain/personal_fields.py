"""Which fields are personal data that retention removes from a laptop.

Retention (services.retention) blanks these on the device once the central office has
confirmed it holds the record; what counts and sync need stays (kecamatan, kelurahan,
sex, birth year, education, employment, registry status, desil, assistance). The
central office's merge (sync.central_import) keeps its own copy of these fields when a
redacted row arrives, so removing data from a laptop never removes it centrally.

Other rows that name the person are blanked with them: the registry-list entries
(``candidates``) about them, the free text of their interviews (notes and written
answers; chosen options and scale numbers stay) and the texts of their data-subject
requests. Their statuses, scores, dates and areas stay for the counts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

# Blanked to "" (the birth date keeps its year: see redacted_birth_date).
BLANKED_FIELDS = ("kk", "full_name", "name_key", "birth_place", "street", "rt", "rw",
                  "phone", "outside_region", "notes")
# Every field the central office keeps from its own copy when a redacted row arrives.
PERSONAL_FIELDS = ("nik", "birth_date", *BLANKED_FIELDS)
# A candidate row (registry list entry) about the person: blanked to "", the NIK replaced
# and the birth date cut to its year as on the participant row.
CANDIDATE_BLANKED_FIELDS = ("kk", "full_name", "name_key", "birth_place", "street", "rt",
                            "rw", "phone", "notes")
CANDIDATE_PERSONAL_FIELDS = ("nik", "birth_date", *CANDIDATE_BLANKED_FIELDS)
# Free text about the person that may hold names or NIKs (blanked to "").
INTERVIEW_PERSONAL_FIELDS = ("notes", "answers")  # only the written answers go
REQUEST_PERSONAL_FIELDS = ("request_text", "response")
REDACTED_NIK_PREFIX = "X"  # never a digit: a redacted NIK can never match a real one


def redacted_nik(participant_id: str) -> str:
    """A 16-character stand-in, unique per person (the live-NIK index stays unique)."""
    return REDACTED_NIK_PREFIX + participant_id.replace("-", "")[:15]


def redacted_birth_date(birth_date: date) -> date:
    """Only the year stays (age bands and eligibility counts need no more)."""
    return date(birth_date.year, 1, 1)


def redacted_answers(answers: dict[str, Any], coded: set[str]) -> dict[str, Any]:
    """Interview ``answers`` with every written answer blanked: only the answers to the
    ``coded`` questions (chosen options, scale numbers) and numbers stay."""
    return {key: "" if isinstance(value, str) and key not in coded else value
            for key, value in answers.items()}


def keep_personal_fields(current: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """``incoming`` with the personal fields of ``current`` put back, when ``incoming``
    is a redacted copy (``redacted_at`` set) of a record ``current`` still holds."""
    if not incoming.get("redacted_at") or current.get("redacted_at"):
        return incoming
    return {**incoming, **{name: current[name] for name in PERSONAL_FIELDS if name in current}}


def keep_central_copy(table: str, current: dict[str, Any], incoming: dict[str, Any]
                      ) -> dict[str, Any]:
    """What the central merge takes from a laptop's newer row: ``incoming``, except that
    a laptop's retention never blanks the central office's copy. A redacted participant
    (``redacted_at``) or registry entry (its NIK replaced) keeps the central personal
    fields; the free text of interviews and requests is never emptied from a laptop (a
    laptop that clears a note does not clear it centrally: the one thing given up)."""
    if table == "participants":
        return keep_personal_fields(current, incoming)
    if table == "candidates":
        if _redacted(incoming.get("nik")) and not _redacted(current.get("nik")):
            return {**incoming, **{name: current[name] for name in CANDIDATE_PERSONAL_FIELDS
                                   if name in current}}
        return incoming
    fields = {"interviews": INTERVIEW_PERSONAL_FIELDS,
              "data_subject_requests": REQUEST_PERSONAL_FIELDS}.get(table, ())
    kept = dict(incoming)
    for name in fields:
        old, new = current.get(name), incoming.get(name)
        if isinstance(old, dict) and isinstance(new, dict):
            kept[name] = {key: old[key] if value == "" and old.get(key) else value
                          for key, value in new.items()}
        elif new == "" and old:
            kept[name] = old
    return kept


def _redacted(nik: Any) -> bool:
    return isinstance(nik, str) and nik.startswith(REDACTED_NIK_PREFIX)
