"""Finding participants among hundreds of thousands, a page at a time.

Names, NIKs and phone numbers are matched as substrings through the FTS5 trigram index
(``participants_fts``), so a search never scans the table; terms shorter than three
characters (too short for trigrams) fall back to a LIKE filter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Select, func, literal_column, select, text

from enrollment_app.domain.names import search_key
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import Participant

PAGE_SIZE = 100
TRIGRAM = 3


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
    statement = _filtered(select(*_ROW_COLUMNS), query)
    order = [c.desc() if query.descending else c.asc() for c in _SORT_COLUMNS[query.sort]]
    statement = statement.order_by(*order, Participant.id).offset(offset).limit(limit)
    with db.session() as session:
        return [ParticipantRow(*row) for row in session.execute(statement)]


def count_participants(db: Database, query: SearchQuery) -> int:
    statement = _filtered(select(func.count()).select_from(Participant), query)
    with db.session() as session:
        return session.scalar(statement) or 0


def _filtered(statement: Select, query: SearchQuery) -> Select:
    statement = statement.where(Participant.deleted_at.is_(None))
    if query.kecamatan_code:
        statement = statement.where(Participant.kecamatan_code == query.kecamatan_code)
    terms = _terms(query.text)
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    if long_terms:
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        rowids = select(literal_column("rowid")).select_from(text("participants_fts")).where(
            text("participants_fts MATCH :match")).scalar_subquery()
        statement = statement.where(literal_column("participants.rowid").in_(rowids))
        statement = statement.params(match=match)
    for term in terms:
        if len(term) < TRIGRAM:
            pattern = f"%{term}%"
            statement = statement.where(Participant.name_key.like(pattern)
                                        | Participant.nik.like(pattern)
                                        | Participant.phone.like(pattern))
    return statement


_PHONE_PREFIX = re.compile(r"^\+?62(?=8)")


def _terms(raw: str) -> list[str]:
    """Search words: digit strings (NIK or phone, '+62' read as '0') or name parts."""
    words = raw.split()
    if words and all(re.fullmatch(r"[+\d().\-']+", w) for w in words):
        digits = re.sub(r"\D", "", _PHONE_PREFIX.sub("0", "".join(words)))
        return [digits] if digits else []
    return [t for t in (search_key(w) for w in words) if t]
