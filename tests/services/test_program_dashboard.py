"""The program dashboard's figures equal the applications and quotas in the database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from enrollment_app.domain.regions import load_regions
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import NotFoundError, PermissionDeniedError
from enrollment_app.services.program_dashboard import (
    AWAITING_DECISION,
    PIPELINE,
    PLACE_TAKEN,
    ProgramDashboard,
    dashboard_programs,
    program_dashboard,
)
from enrollment_app.services.stats import collect_stats
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.models import Program
from tests.program_rows import (
    add_applications,
    add_program,
    add_quota,
    count_applications,
    quota_of,
)
from tests.staff import add_staff

KEC = [code for code, _name in load_regions().kecamatan()]
LIVE = [
    *[(KEC[0], status) for status in ("registered", "registered", "interviewed", "accepted",
                                      "accepted", "assigned", "completed", "waitlisted",
                                      "rejected", "dropped")],
    (KEC[1], "accepted"), (KEC[1], "waitlisted"), (KEC[1], "waitlisted"),
    (KEC[3], "completed"),
    ("", "registered"),  # a business unit or someone living outside the city
]
TOMBSTONED = [(KEC[0], "accepted"), (KEC[0], "accepted"), (KEC[0], "accepted"),
              (KEC[4], "registered")]


@pytest.fixture
def program(supervisor: ServiceContext) -> str:
    """200 places in every kecamatan but the second (250) and the last two (none, and a
    tombstoned quota); live and tombstoned applications, and applications to another
    program that must not count."""
    quotas = {code: 200 for code in KEC[:-2]} | {KEC[1]: 250}
    program_id = add_program(supervisor, quotas,
                             targets=[{"key": "women", "count": 2600, "unit": "persons"}])
    add_quota(supervisor, program_id, KEC[-1], 999, deleted=True)
    add_applications(supervisor, program_id, LIVE)
    add_applications(supervisor, program_id, TOMBSTONED, deleted=True)
    other = add_program(supervisor, {KEC[0]: 10}, name="Barbershop")
    add_applications(supervisor, other, [(KEC[0], "accepted"), (KEC[5], "registered")])
    return program_id


@pytest.fixture
def dashboard(supervisor: ServiceContext, program: str) -> ProgramDashboard:
    return program_dashboard(supervisor, program)


def test_every_kecamatan_row_equals_the_counts_in_the_database(
        supervisor: ServiceContext, program: str, dashboard: ProgramDashboard) -> None:
    assert [row.code for row in dashboard.kecamatan] == KEC
    for row in dashboard.kecamatan:
        def counted(statuses: frozenset[str] | set[str], code: str = row.code) -> int:
            return count_applications(supervisor, program, statuses, code)

        assert row.name == load_regions().kecamatan_name(row.code)
        assert row.quota == quota_of(supervisor, program, row.code)
        assert row.places_taken == counted(PLACE_TAKEN)
        assert row.waitlisted == counted({"waitlisted"})
        assert row.awaiting == counted(AWAITING_DECISION)
        assert row.rejected == counted({"rejected"})
        assert row.dropped == counted({"dropped"})


def test_the_figures_of_the_scenario(dashboard: ProgramDashboard) -> None:
    first, second, _third, fourth, fifth = dashboard.kecamatan[:5]
    # Tombstoned acceptances in the first kecamatan do not take places.
    assert (first.quota, first.places_taken, first.waitlisted, first.awaiting,
            first.rejected, first.dropped) == (200, 4, 1, 3, 1, 1)
    assert first.percent == pytest.approx(2.0)
    assert (second.quota, second.places_taken, second.waitlisted) == (250, 1, 2)
    assert (fourth.places_taken, fourth.percent) == (1, pytest.approx(0.5))
    # Only a tombstoned application here: a row of zeros under its quota.
    assert (fifth.quota, fifth.places_taken, fifth.waitlisted, fifth.awaiting) == (200, 0, 0, 0)
    for last in dashboard.kecamatan[-2:]:  # no quota; a tombstoned one does not count
        assert (last.quota, last.places_taken, last.percent) == (0, 0, None)


def test_pipeline_totals_equal_the_database_per_status(
        supervisor: ServiceContext, program: str, dashboard: ProgramDashboard) -> None:
    assert list(dashboard.pipeline) == list(PIPELINE)
    for status in PIPELINE:
        assert dashboard.pipeline[status] == count_applications(supervisor, program, {status})
    assert dashboard.pipeline["registered"] == 3
    assert dashboard.applications == len(LIVE)
    assert dashboard.places_taken == 6


def test_applications_outside_the_kecamatan_are_counted_apart(
        dashboard: ProgramDashboard) -> None:
    assert dashboard.elsewhere is not None
    assert (dashboard.elsewhere.awaiting, dashboard.elsewhere.quota) == (1, 0)
    assert sum(row.awaiting for row in dashboard.kecamatan) == 3


def test_places_are_measured_against_the_quota_total(
        supervisor: ServiceContext, dashboard: ProgramDashboard) -> None:
    assert dashboard.quota_total == 200 * 11 + 50
    assert dashboard.overall_target == dashboard.quota_total
    bare = add_program(supervisor, {KEC[0]: 30, KEC[1]: 20}, name="Payet")
    figures = program_dashboard(supervisor, bare)
    assert (figures.overall_target, figures.applications, figures.elsewhere) == (50, 0, None)
    assert all(count == 0 for count in figures.pipeline.values())


@pytest.mark.parametrize(("targets", "expected"), [
    ([{"key": "modal", "label": "Modal usaha", "count": 150, "unit": "persons"}], 150),
    ([{"key": "haki", "count": None, "unit": "business_units"},
      {"key": "modal", "count": 150, "unit": "persons"}], 150),
    ([{"key": "modal", "count": 150, "unit": "persons"},
      {"key": "pameran", "count": 100, "unit": "business_units"}], None),
    ([{"key": "kelompok", "count": None, "unit": "groups"}], None),
    ([], None),
])
def test_without_quotas_the_one_numbered_target_is_the_target(
        supervisor: ServiceContext, targets: list[dict], expected: int | None) -> None:
    program_id = add_program(supervisor, {}, name="Gampang Kerja", targets=targets)
    figures = program_dashboard(supervisor, program_id)
    assert figures.overall_target == expected
    assert [target.count for target in figures.targets] == [t["count"] for t in targets]


def test_the_figures_take_two_statements_whatever_the_number_of_rows(
        supervisor: ServiceContext, program: str) -> None:
    with _statements(supervisor) as statements:
        program_dashboard(supervisor, program)
    reads = [sql for sql in statements if "applications" in sql or "programs" in sql]
    assert len(reads) == 2
    assert "GROUP BY" in reads[1] and "UNION ALL" in reads[1]


def test_programs_for_the_selector_newest_period_first(supervisor: ServiceContext,
                                                       program: str) -> None:
    with supervisor.write() as session:
        session.add(Program(code="lama", name="Program Lama", organiser="Dinsos",
                            period_start=date(2020, 1, 1)))
        session.add(Program(code="baru", name="Program Baru", organiser="Dinsos",
                            period_start=date(2030, 1, 1)))
    names = [choice.name for choice in dashboard_programs(supervisor)]
    assert names[0] == "Program Baru"
    assert names.index("Program Lama") < names.index("Barbershop") < names.index("Tata Boga")


def test_an_unknown_program_is_not_found(supervisor: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        program_dashboard(supervisor, new_uuid())


@pytest.mark.parametrize(("role", "may_see"), [
    ("trainer", False), ("field_officer", True), ("central", True)])
def test_who_may_see_the_dashboard(supervisor: ServiceContext, program: str, role: str,
                                   may_see: bool) -> None:
    staff = add_staff(supervisor, "petugas", role)
    if may_see:
        assert program_dashboard(staff, program).pipeline["accepted"] == 3
        return
    with pytest.raises(PermissionDeniedError):
        program_dashboard(staff, program)
    with pytest.raises(PermissionDeniedError):
        dashboard_programs(staff)


class _statements:
    """Collects the SQL text of every statement run on the context's engine."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._engine = ctx.db.engine
        self.sql: list[str] = []

    def _seen(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        self.sql.append(statement)

    def __enter__(self) -> list[str]:
        event.listen(self._engine, "before_cursor_execute", self._seen)
        return self.sql

    def __exit__(self, *_exc: object) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)


def test_stats_count_the_live_applications_and_the_interviews(
        supervisor: ServiceContext, program: str) -> None:
    """`enrollment stats --json` keeps "applications" and "interviews" in its counts."""
    counts = collect_stats(supervisor.db).counts
    assert counts["applications"] == len(LIVE) + 2  # plus the other program's two
    assert counts["interviews"] == 0
