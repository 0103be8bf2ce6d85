"""Finding participants by NIK, name part or phone; paging and sorting."""

from __future__ import annotations

from datetime import date

import pytest

from enrollment_app.domain.nik import make_nik
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
