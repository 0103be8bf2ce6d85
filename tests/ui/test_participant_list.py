"""The participant list: search, filter, sort, page and open."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from enrollment_app.services.context import ServiceContext
from enrollment_app.services.participant_search import SortKey
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.participants import list_view, table_model
from enrollment_app.ui.participants.list_view import ParticipantListView
from enrollment_app.ui.participants.table_model import (
    KECAMATAN,
    NAME,
    NIK,
    ParticipantTableModel,
)
from tests.ui.people import person_name, register_people


def shown_names(view: ParticipantListView) -> list[str]:
    model = view.model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def search_for(qtbot: QtBot, view: ParticipantListView, text: str) -> None:
    """Type into the search box and wait for the debounced search to run."""
    qtbot.mouseClick(view.search, Qt.MouseButton.LeftButton)
    QTest.keyClick(view.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(view.model.modelReset, timeout=2000):
        QTest.keyClick(view.search, Qt.Key.Key_Delete)
        qtbot.keyClicks(view.search, text)


@pytest.fixture
def people(supervisor: ServiceContext) -> list[str]:
    return register_people(supervisor, 12)


@pytest.fixture
def view(people: list[str], participant_list: ParticipantListView) -> ParticipantListView:
    participant_list.refresh()
    return participant_list


def test_everyone_is_listed_with_a_count(view: ParticipantListView) -> None:
    assert view.model.total == 12
    assert "12" in view.count_label.text()
    assert len(shown_names(view)) == 12


@pytest.mark.parametrize(("typed", "expected"), [
    ("dewi lest", [person_name(2)]),  # part of a name, any case
    ("LESTARI", sorted(person_name(i) for i in range(12) if "Lestari" in person_name(i))),
    ("36710", None),  # part of a NIK: checked below against the NIK column
    ("3671012", []),  # a NIK start nobody has
    ("0813 0000 0005", [person_name(5)]),  # phone typed with spaces
    ("+62813 00000005", [person_name(5)]),  # phone in international form
])
def test_search_by_name_nik_or_phone(qtbot: QtBot, view: ParticipantListView, typed: str,
                                     expected: list[str] | None) -> None:
    search_for(qtbot, view, typed)
    if expected is None:
        niks = [view.model.index(r, NIK).data() for r in range(view.model.rowCount())]
        assert len(niks) == 9 and all("36710" in nik for nik in niks)
    else:
        assert shown_names(view) == expected
    assert str(view.model.total) in view.count_label.text()


def test_search_by_the_full_nik(qtbot: QtBot, view: ParticipantListView) -> None:
    nik = view.model.index(3, NIK).data()
    name = view.model.index(3, NAME).data()
    search_for(qtbot, view, nik)
    assert shown_names(view) == [name]


def test_search_with_no_match_shows_zero(qtbot: QtBot, view: ParticipantListView) -> None:
    search_for(qtbot, view, "zzzz")
    assert view.model.rowCount() == 0
    assert "0" in view.count_label.text()


def test_sql_typed_into_search_is_just_text(qtbot: QtBot, view: ParticipantListView) -> None:
    search_for(qtbot, view, "'; DROP TABLE participants;--")
    assert view.model.rowCount() == 0
    search_for(qtbot, view, "")
    assert view.model.total == 12


def test_kecamatan_filter_shows_kecamatan_by_name(qtbot: QtBot,
                                                  view: ParticipantListView) -> None:
    view.kecamatan.setFocus()
    with qtbot.waitSignal(view.model.modelReset):
        QTest.keyClick(view.kecamatan, Qt.Key.Key_Down)  # the first kecamatan: Tangerang
    assert view.kecamatan.currentText() == "Tangerang"
    shown = {view.model.index(r, KECAMATAN).data() for r in range(view.model.rowCount())}
    assert shown == {"Tangerang"}
    assert view.model.total == 1


def test_clicking_the_name_header_sorts_descending(qtbot: QtBot,
                                                   view: ParticipantListView) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(NAME) + 10
    with qtbot.waitSignal(view.model.modelReset):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = shown_names(view)
    assert names == sorted(names, key=str.casefold, reverse=True)
    assert view.model.query.sort is SortKey.NAME and view.model.query.descending


def test_enter_in_search_moves_to_results_and_enter_opens(
        qtbot: QtBot, view: ParticipantListView, people: list[str]) -> None:
    search_for(qtbot, view, person_name(4))
    QTest.keyClick(view.search, Qt.Key.Key_Return)
    assert view.table.hasFocus()
    with qtbot.waitSignal(view.open_requested) as opened:
        QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [people[4]]


def test_double_click_opens(qtbot: QtBot, view: ParticipantListView,
                            people: list[str]) -> None:
    row = shown_names(view).index(person_name(7))
    rect = view.table.visualRect(view.model.index(row, NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert opened.args == [people[7]]


def test_a_save_elsewhere_refreshes_the_list(qtbot: QtBot, supervisor: ServiceContext,
                                             participant_list: ParticipantListView,
                                             changes: DataChanges) -> None:
    assert participant_list.model.total == 0
    ids = register_people(supervisor, 1)
    with qtbot.waitSignal(participant_list.model.modelReset):
        changes.participants_changed.emit(ids[0])
    assert shown_names(participant_list) == [person_name(0)]


def test_the_model_loads_one_page_at_a_time(qtbot: QtBot, supervisor: ServiceContext,
                                            people: list[str]) -> None:
    model = ParticipantTableModel(supervisor.db, page_size=5)
    model.reload()
    assert (model.rowCount(), model.total) == (5, 12)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()
    names = [model.index(r, NAME).data() for r in range(12)]
    assert names == sorted(names, key=str.casefold)


def test_building_the_list_loads_the_count_and_first_page_once(
        qtbot: QtBot, supervisor: ServiceContext, people: list[str], changes: DataChanges,
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return function(*args, **kwargs)
        return call

    for name in ("count_participants", "search_participants"):
        monkeypatch.setattr(table_model, name, counting(name, getattr(table_model, name)))
    view = ParticipantListView(supervisor, changes)
    qtbot.addWidget(view)
    assert calls == ["count_participants", "search_participants"]
    assert view.model.total == 12 and len(shown_names(view)) == 12


def test_the_model_keeps_fetching_past_a_capped_count(qtbot: QtBot, supervisor: ServiceContext,
                                                      people: list[str]) -> None:
    model = ParticipantTableModel(supervisor.db, page_size=5, count_cap=7)
    with qtbot.waitSignal(model.total_changed):
        model.reload()
    assert (model.rowCount(), model.total, model.capped) == (5, 8, True)  # "7+"
    model.fetchMore()
    assert (model.rowCount(), model.capped) == (10, True)
    assert model.canFetchMore()
    with qtbot.waitSignal(model.total_changed):
        model.fetchMore()  # a short page: the last one
    assert (model.rowCount(), model.total, model.capped) == (12, 12, False)
    assert not model.canFetchMore()
    names = [model.index(r, NAME).data() for r in range(12)]
    assert names == sorted(names, key=str.casefold)


def test_a_capped_count_shows_n_plus_until_the_last_page_is_in(
        qtbot: QtBot, supervisor: ServiceContext, people: list[str], changes: DataChanges,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_view, "ParticipantTableModel",
                        partial(ParticipantTableModel, page_size=4, count_cap=5))
    view = ParticipantListView(supervisor, changes)
    qtbot.addWidget(view)
    assert view.model.capped
    assert view.count_label.text() == "5+ participants"
    view.resize(1190, 680)
    view.show()  # a tall view asks for pages until it is full, or the matches end
    qtbot.waitUntil(lambda: not view.model.capped)  # a page came back short (here empty)
    assert view.model.rowCount() == 12
    assert "12" in view.count_label.text() and "+" not in view.count_label.text()
