"""Finding participants by NIK, name part or phone; paging and sorting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from enrollment_app.domain.nik import make_nik
from enrollment_app.services import participant_search
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.participant_search import (
    SearchQuery,
    SortKey,
    count_participants,
    search_participants,
)
from enrollment_app.services.registration import (
    load_draft,
    register_participant,
    update_participant,
)
from enrollment_app.storage.base import utc_now
from enrollment_app.storage.models import Participant
from tests.conftest import make_draft

PEOPLE = [
    # name, kecamatan, kelurahan, birth date, phone
    ("Siti Aminah", "36.71.01", "36.71.01.1001", date(1990, 2, 15), "081234567890"),
    ("Nur Aini Siregar", "36.71.05", "36.71.05.1001", date(1985, 7, 1), "085600001111"),
    ("Dewi Sartika", "36.71.05", "36.71.05.1002", date(1979, 12, 30), "087812345678"),
    ("Ayu Lestari", "36.71.13", "36.71.13.1001", date(2000, 1, 9), "089912121212"),
]


@pytest.fixture
def people(supervisor: ServiceContext) -> dict[str, str]:
    niks = {}
    for serial, (name, kecamatan, kelurahan, born, phone) in enumerate(PEOPLE, start=1):
        nik = make_nik(kecamatan, born, "P", serial)
        register_participant(supervisor, make_draft(
            nik=nik, full_name=name, kecamatan_code=kecamatan, kelurahan_code=kelurahan,
            birth_date=born, phone=phone))
        niks[name] = nik
    return niks


def _names(ctx: ServiceContext, **query: object) -> list[str]:
    return [r.full_name for r in search_participants(ctx.db, SearchQuery(**query))]


@pytest.mark.parametrize(("text", "expected"), [
    ("siti", ["Siti Aminah"]),
    ("SARTI", ["Dewi Sartika"]),  # any case
    ("TI", ["Dewi Sartika", "Siti Aminah"]),  # substring shorter than a trigram
    ("ini", ["Nur Aini Siregar"]),
    ("ay", ["Ayu Lestari"]),  # shorter than a trigram
    ("nur siregar", ["Nur Aini Siregar"]),  # every word must match
    ("0856-0000", ["Nur Aini Siregar"]),  # phone as typed
    ("+62 878 1234", ["Dewi Sartika"]),  # international form
    ("zzz", []),
    ("", ["Ayu Lestari", "Dewi Sartika", "Nur Aini Siregar", "Siti Aminah"]),
])
def test_search_by_name_part_or_phone(supervisor: ServiceContext, people: dict[str, str],
                                      text: str, expected: list[str]) -> None:
    assert _names(supervisor, text=text) == expected
    assert count_participants(supervisor.db, SearchQuery(text=text)) == len(expected)


def test_search_by_nik_prefix(supervisor: ServiceContext, people: dict[str, str]) -> None:
    nik = people["Dewi Sartika"]
    assert _names(supervisor, text=nik) == ["Dewi Sartika"]
    assert "Dewi Sartika" in _names(supervisor, text=nik[:10])


def test_filter_by_kecamatan_and_sort(supervisor: ServiceContext,
                                      people: dict[str, str]) -> None:
    assert _names(supervisor, kecamatan_code="36.71.05") == ["Dewi Sartika",
                                                             "Nur Aini Siregar"]
    assert _names(supervisor, sort=SortKey.BIRTH_DATE, descending=True)[0] == "Ayu Lestari"


def test_paging_returns_each_person_once(supervisor: ServiceContext,
                                         people: dict[str, str]) -> None:
    pages = [search_participants(supervisor.db, SearchQuery(), offset=o, limit=3)
             for o in (0, 3)]
    assert [len(p) for p in pages] == [3, 1]
    assert len({r.id for page in pages for r in page}) == 4


def test_renamed_person_is_found_by_the_new_name_only(supervisor: ServiceContext,
                                                      people: dict[str, str]) -> None:
    [row] = search_participants(supervisor.db, SearchQuery(text="lestari"))
    draft = load_draft(supervisor, row.id)
    draft.full_name = "Ayu Wulandari"
    update_participant(supervisor, row.id, draft)
    assert _names(supervisor, text="lestari") == []
    assert _names(supervisor, text="wulan") == ["Ayu Wulandari"]


# ------------------------------------------------------------------ both query plans
# A term with fewer than SELECTIVE_MATCHES rows in the FTS index is searched through it;
# a more common one walks the sort column's index with LIKE. With SELECTIVE_MATCHES = 0
# every term counts as common, so a handful of people exercise the second plan too.
@pytest.fixture(params=["fts", "index walk"])
def plan(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "index walk":
        monkeypatch.setattr(participant_search, "SELECTIVE_MATCHES", 0)
    return request.param


def test_count_stops_just_above_the_cap(supervisor: ServiceContext, people: dict[str, str],
                                        plan: str) -> None:
    for text, exact in (("", 4), ("i", 4), ("ti", 2), ("siti", 1)):
        query = SearchQuery(text=text)
        assert count_participants(supervisor.db, query, cap=None) == exact
        for cap in range(exact + 2):  # cap + 1 says "more than cap"
            assert count_participants(supervisor.db, query, cap=cap) == min(exact, cap + 1)


def test_default_count_cap_is_a_thousand(supervisor: ServiceContext,
                                         people: dict[str, str]) -> None:
    assert participant_search.COUNT_CAP == 1000
    assert count_participants(supervisor.db, SearchQuery()) == 4


def test_percent_and_underscore_are_literal(supervisor: ServiceContext,
                                            people: dict[str, str], plan: str) -> None:
    # As LIKE wildcards they would match everyone, or "ti" in Siti and Sartika.
    for text in ("%", "_", "__", "t_", "%ti", "s_ti", "si%", "ti%%", "siti %"):
        assert _names(supervisor, text=text) == [], text
        assert count_participants(supervisor.db, SearchQuery(text=text)) == 0, text


SHORT_DIGITS = (
    ("99", ["Ayu Lestari"]),  # in her phone 089912121212 only
    ("13", ["Ayu Lestari"]),  # in her NIK (kecamatan 36.71.13) only
    ("9", ["Ayu Lestari", "Dewi Sartika", "Siti Aminah"]),
    ("siti 55", ["Siti Aminah"]),  # a name part and digits of her NIK
    ("ayu 55", []),
)


def test_a_short_digit_term_matches_the_phone_or_the_nik(
        supervisor: ServiceContext, people: dict[str, str], plan: str) -> None:
    for text, expected in SHORT_DIGITS:
        assert _names(supervisor, text=text) == expected, text
        assert count_participants(supervisor.db, SearchQuery(text=text)) == len(expected)


GIVEN = ("Siti", "Dewi", "Ayu", "Rina", "Budi", "Eko")
FAMILY = ("Setiawan", "Gunawan", "Kurniawan", "Irawan")  # each holds "awan"
KECAMATAN = (("36.71.01", "36.71.01.1001"), ("36.71.05", "36.71.05.1001"))


@pytest.fixture
def crowd(supervisor: ServiceContext) -> list[str]:
    """30 people whose names contain "awan"; six names twice (ties in the name order)
    and one person deleted. Returns the ids of the live ones."""
    ids = []
    for serial in range(1, 31):
        name = f"{GIVEN[serial % 6]} {FAMILY[serial % 4]}"
        kecamatan, kelurahan = KECAMATAN[serial % 2]
        born = date(1970, 1, 1) + timedelta(days=397 * serial)
        sex = "L" if GIVEN[serial % 6] in ("Budi", "Eko") else "P"
        ids.append(register_participant(supervisor, make_draft(
            nik=make_nik(kecamatan, born, sex, serial), full_name=name, sex=sex,
            birth_date=born, kecamatan_code=kecamatan, kelurahan_code=kelurahan,
            household_role="istri" if sex == "P" else "kepala_keluarga",
            phone=f"0813{serial % 7:08d}")))  # shared numbers: ties in the phone order
    with supervisor.write() as session:
        session.get(Participant, ids[0]).deleted_at = utc_now()
    return ids[1:]


def _sort_value(row: participant_search.ParticipantRow, sort: SortKey) -> object:
    return {SortKey.NAME: row.full_name.casefold(), SortKey.NIK: row.nik,
            SortKey.BIRTH_DATE: row.birth_date, SortKey.KECAMATAN: row.kecamatan_code,
            SortKey.PHONE: row.phone, SortKey.UPDATED: None}[sort]


@pytest.mark.parametrize(("text", "kecamatan"), [("awan", ""), ("awan", "36.71.05"),
                                                 ("aw", ""), ("", "")])
def test_many_matches_come_in_the_same_order_as_few(
        supervisor: ServiceContext, crowd: list[str], monkeypatch: pytest.MonkeyPatch,
        text: str, kecamatan: str) -> None:
    live = {r.id for r in search_participants(supervisor.db,
                                              SearchQuery(kecamatan_code=kecamatan))}
    assert len(live) == (14 if kecamatan else 29)  # the deleted one was in 36.71.05
    for sort in SortKey:
        for descending in (False, True):
            query = SearchQuery(text=text, kecamatan_code=kecamatan, sort=sort,
                                descending=descending)
            monkeypatch.setattr(participant_search, "SELECTIVE_MATCHES", 2000)
            rows = search_participants(supervisor.db, query)  # few matches: FTS
            monkeypatch.setattr(participant_search, "SELECTIVE_MATCHES", 2)
            walked = search_participants(supervisor.db, query)  # many: the index walk
            assert [r.id for r in walked] == [r.id for r in rows], query
            assert {r.id for r in rows} == live
            values = [_sort_value(r, sort) for r in rows]
            assert values == sorted(values, key=lambda v: (v is None, v),
                                    reverse=descending), query
            paged = [r.id for offset in range(0, 30, 7) for r in search_participants(
                supervisor.db, query, offset=offset, limit=7)]
            assert paged == [r.id for r in rows], "ties are broken alike on every page"
            for cap in (3, len(rows) - 1, len(rows), None):
                expected = len(rows) if cap is None else min(len(rows), cap + 1)
                assert count_participants(supervisor.db, query, cap=cap) == expected
