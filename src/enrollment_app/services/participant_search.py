"""Finding participants among hundreds of thousands, a page at a time.

Names, NIKs and phone numbers are matched as substrings. A selective term goes through
the FTS5 trigram index (``participants_fts``): one table lookup per match, then a small
sort. A common term (thousands of matches) walks the index of the sort column instead and
tests each entry with LIKE; a match comes every few entries, so the page fills quickly.
Terms shorter than three characters (too short for trigrams) always use LIKE. Counts stop
at ``COUNT_CAP + 1`` ("more than 1.000"), so a common term never counts every match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, func, literal_column, select, text

from enrollment_app.domain.names import search_key
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Participant
from enrollment_app.storage.session_hooks import AppSession

PAGE_SIZE = 100
TRIGRAM = 3
# Above this many FTS matches a term is common: walking the sort index is faster than
# looking up and sorting every match.
SELECTIVE_MATCHES = 2000
COUNT_CAP = 1000  # count_participants stops just above this; the list shows "1.000+"
_ROWID = literal_column("participants.rowid")


class SortKey(StrEnum):
    NAME = "name"
    NIK = "nik"
    BIRTH_DATE = "birth_date"
    KECAMATAN = "kecamatan"
    PHONE = "phone"
    UPDATED = "updated"


_SORT_COLUMNS = {
    SortKey.NAME: (Participant.name_key,),
    SortKey.NIK: (Participant.nik,),
    SortKey.BIRTH_DATE: (Participant.birth_date, Participant.name_key),
    SortKey.KECAMATAN: (Participant.kecamatan_code, Participant.name_key),
    SortKey.PHONE: (Participant.phone,),
    SortKey.UPDATED: (Participant.updated_at,),
}


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    nik: str
    full_name: str
    sex: str
    birth_date: date
    kecamatan_code: str
    kelurahan_code: str
    outside_city: bool
    phone: str


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    kecamatan_code: str = ""
    sort: SortKey = SortKey.NAME
    descending: bool = False


_ROW_COLUMNS = (
    Participant.id, Participant.nik, Participant.full_name, Participant.sex,
    Participant.birth_date, Participant.kecamatan_code, Participant.kelurahan_code,
    Participant.outside_city, Participant.phone,
)


def search_participants(db: Database, query: SearchQuery, *, offset: int = 0,
                        limit: int = PAGE_SIZE) -> list[ParticipantRow]:
    """One page of matching participants in the requested order."""
    order = [c.desc() if query.descending else c.asc() for c in _SORT_COLUMNS[query.sort]]
    # The rowid ends every index, so as the tie-breaker it never makes SQLite sort.
    order.append(_ROWID.desc() if query.descending else _ROWID.asc())
    with db.session() as session:
        statement = _filtered(select(*_ROW_COLUMNS), query, _selective_match(session, query))
        statement = statement.order_by(*order).offset(offset).limit(limit)
        return [ParticipantRow(*row) for row in session.execute(statement)]


def count_participants(db: Database, query: SearchQuery, *,
                       cap: int | None = COUNT_CAP) -> int:
    """How many participants match: exact up to ``cap``, ``cap + 1`` for "more than
    ``cap``". ``cap=None`` counts them all (reports, not the list)."""
    with db.session() as session:
        if cap is None:
            statement = _filtered(select(func.count()), query, _fts_expression(query))
            return session.scalar(statement) or 0
        match = _selective_match(session, query)
        common = "" if match else _fts_expression(query)
        if common:
            # The first SELECTIVE_MATCHES rows of a common term nearly always hold more
            # than ``cap`` live matches; only when they do not is the index walked.
            quick = _filtered(select(_ROWID), query, common, fts_limit=SELECTIVE_MATCHES)
            if (found := _capped_count(session, quick, cap)) > cap:
                return found
        statement = _filtered(select(_ROWID), query, match)
        if not match and not any(term.isdigit() for term in _terms(query.text)):
            # In name order SQLite tests the LIKE on the name index entries and reads a
            # row only for a match. (Digits are in the table only: a plain scan is best.)
            statement = statement.order_by(Participant.name_key)
        return _capped_count(session, statement, cap)


def _capped_count(session: AppSession, statement: Select, cap: int) -> int:
    limited = statement.limit(cap + 1).subquery()
    return session.scalar(select(func.count()).select_from(limited)) or 0


def _filtered(statement: Select, query: SearchQuery, match: str, *,
              fts_limit: int | None = None) -> Select:
    """``statement`` over the live participants the query asks for: the long terms
    through the FTS index when ``match`` is given (its first ``fts_limit`` matches only,
    if set), every other term through LIKE."""
    statement = statement.select_from(Participant).where(Participant.deleted_at.is_(None))
    if query.kecamatan_code:
        statement = statement.where(Participant.kecamatan_code == query.kecamatan_code)
    if match:
        rowids = select(literal_column("rowid")).select_from(text("participants_fts")).where(
            text("participants_fts MATCH :match")).limit(fts_limit)
        statement = statement.where(_ROWID.in_(rowids.scalar_subquery())).params(match=match)
    for term in _terms(query.text):
        if not (match and len(term) >= TRIGRAM):
            statement = statement.where(_like(term))
    return statement


def _fts_expression(query: SearchQuery) -> str:
    """The FTS5 MATCH for the terms long enough for trigrams ("" when there are none)."""
    long_terms = [t for t in _terms(query.text) if len(t) >= TRIGRAM]
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)


def _selective_match(session: AppSession, query: SearchQuery) -> str:
    """The FTS MATCH when the FTS index is the fast way to the matches: there are long
    terms and fewer than SELECTIVE_MATCHES rows have them ("" otherwise)."""
    match = _fts_expression(query)
    if not match:
        return ""
    matches = session.execute(text(
        "SELECT count(*) FROM (SELECT rowid FROM participants_fts "
        "WHERE participants_fts MATCH :match LIMIT :limit)"),
        {"match": match, "limit": SELECTIVE_MATCHES}).scalar_one()
    return match if matches < SELECTIVE_MATCHES else ""


def _like(term: str) -> ColumnElement[bool]:
    """The LIKE equal to the trigram match, with % and _ taken literally: digits can only
    be in the NIK or the phone number, anything else only in the name."""
    pattern = "%" + re.sub(r"([\\%_])", r"\\\1", term) + "%"
    if term.isdigit():
        return (Participant.nik.like(pattern, escape="\\")
                | Participant.phone.like(pattern, escape="\\"))
    return Participant.name_key.like(pattern, escape="\\")


_PHONE_PREFIX = re.compile(r"^\+?62(?=8)")


def _terms(raw: str) -> list[str]:
    """Search words: digit strings (NIK or phone, '+62' read as '0') or name parts."""
    words = raw.split()
    if words and all(re.fullmatch(r"[+\d().\-']+", w) for w in words):
        digits = re.sub(r"\D", "", _PHONE_PREFIX.sub("0", "".join(words)))
        return [digits] if digits else []
    return [t for t in (search_key(w) for w in words) if t]
