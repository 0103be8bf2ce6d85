"""The Targets screen shows, for Gampang Kerja, the figures one can count in the database
by hand: distinct business units trained (two owners of one unit are one unit; a unit
trained twice counts once), distinct persons, exhibitions; and it follows new records."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import distinct, func, select

from enrollment_app.services import facilitation, programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.facilitation import FacilitationDraft
from enrollment_app.storage.models import BusinessOwner, Facilitation
from enrollment_app.ui.data_changes import DataChanges
from enrollment_app.ui.targets.targets_view import PROGRESS, REACHED, TargetsView, device_source
from tests.umkm_records import OTHER_KECAMATAN, make_unit, register

TODAY = date.today()
PROGRAM = "gampang-kerja-2026"


def record(ctx: ServiceContext, program_id: str, target: str, *, person: str | None = None,
           unit: str | None = None, kind: str = "training_completed",
           day: date = TODAY, **details: object) -> None:
    facilitation.record_facilitation(ctx, FacilitationDraft(
        kind=kind, occurred_on=day, participant_id=person, business_unit_id=unit,
        program_id=program_id, target_key=target, details=details))


@pytest.fixture
def program_id(supervisor: ServiceContext) -> str:
    """Two owners of one unit trained, another unit trained twice (in two months), a
    unit in another kecamatan at an exhibition."""
    program = programs.program_id_for(PROGRAM)
    siti, dewi = register(supervisor, 1), register(supervisor, 2, "Dewi Lestari")
    rina = register(supervisor, 3, "Rina Wati", kecamatan=OTHER_KECAMATAN)
    make_unit(supervisor, siti, dewi)
    twice = make_unit(supervisor, rina, name="Batik Rina", kecamatan=OTHER_KECAMATAN)
    for person in (siti, dewi):
        record(supervisor, program, "potensi_usaha", person=person)
    earlier = date(TODAY.year, 1, 15) if TODAY.month > 1 else TODAY
    record(supervisor, program, "potensi_usaha", unit=twice, day=earlier)
    record(supervisor, program, "potensi_usaha", unit=twice)
    record(supervisor, program, "pameran", unit=twice, kind="exhibition",
           event="Tangerang Expo", place="Tangcity Mall", level="local")
    return program


@pytest.fixture
def view(qtbot: QtBot, supervisor: ServiceContext, changes: DataChanges,
         program_id: str) -> TargetsView:
    widget = TargetsView(device_source(supervisor), changes)
    qtbot.addWidget(widget)
    widget.resize(1340, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.program.setCurrentIndex(widget.program.findData(program_id))
    qtbot.waitUntil(lambda: widget.figures is not None
                    and widget.figures.program_id == program_id)
    return widget


def units_trained(ctx: ServiceContext, program_id: str, target: str) -> int:
    """Distinct units: the units of the records, and the units their persons own."""
    with ctx.read() as session:
        tagged = (Facilitation.program_id == program_id, Facilitation.target_key == target,
                  Facilitation.deleted_at.is_(None))
        direct = set(session.scalars(select(Facilitation.business_unit_id).where(
            *tagged, Facilitation.business_unit_id.is_not(None))))
        owned = set(session.scalars(select(BusinessOwner.business_unit_id).join(
            Facilitation, Facilitation.participant_id == BusinessOwner.participant_id).where(
            *tagged, BusinessOwner.deleted_at.is_(None))))
    return len(direct | owned)


def events(ctx: ServiceContext, program_id: str, target: str) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count(distinct(Facilitation.occurred_on))).where(
            Facilitation.program_id == program_id, Facilitation.target_key == target)) or 0


def shown(view: TargetsView, key: str) -> tuple[str, str]:
    assert view.figures is not None
    row = next(n for n, t in enumerate(view.figures.targets) if t.key == key)
    bar = view.targets_table.cellWidget(row, PROGRESS)
    return view.targets_table.item(row, REACHED).text(), bar.text()  # type: ignore[union-attr]


def test_the_figures_equal_the_counts_in_the_database(view: TargetsView,
                                                      supervisor: ServiceContext,
                                                      program_id: str) -> None:
    expected = units_trained(supervisor, program_id, "potensi_usaha")
    assert expected == 2  # one unit with two owners, one unit trained twice
    reached, progress = shown(view, "potensi_usaha")
    assert reached == QLocale().toString(expected)
    assert progress == QLocale().toString(100.0 * expected / 400, "f", 1) + "%"
    assert shown(view, "pameran")[0] == str(units_trained(supervisor, program_id, "pameran"))
    assert shown(view, "modal_usaha")[0] == "0"
    # The kecamatan and month breakdown of the chosen target.
    view.targets_table.selectRow(next(n for n, t in enumerate(view.figures.targets)
                                      if t.key == "potensi_usaha"))
    assert view.kecamatan_table.rowCount() == 2
    assert sum(int(view.kecamatan_table.item(r, 1).text())
               for r in range(view.kecamatan_table.rowCount())) == expected
    assert sum(int(view.month_table.item(r, 1).text())
               for r in range(view.month_table.rowCount())) == expected
    assert events(supervisor, program_id, "pameran") == 1


def test_a_new_record_is_counted_when_the_hub_says_so(qtbot: QtBot, view: TargetsView,
                                                      supervisor: ServiceContext,
                                                      changes: DataChanges,
                                                      program_id: str) -> None:
    third = make_unit(supervisor, register(supervisor, 4, "Sri Rahma"), name="Kriya Sri")
    record(supervisor, program_id, "potensi_usaha", unit=third)
    changes.business_units_changed.emit(third)
    expected = units_trained(supervisor, program_id, "potensi_usaha")
    qtbot.waitUntil(lambda: shown(view, "potensi_usaha")[0] == str(expected))
    assert expected == 3
