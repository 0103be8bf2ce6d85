"""The program catalog: the shipped seed, supervisors' edits, and who may make them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enrollment_app.domain.eligibility import rule_problems
from enrollment_app.domain.interview_questions import question_problems
from enrollment_app.resources_path import resource
from enrollment_app.services import export, programs
from enrollment_app.services.central import CentralOffice
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import initialize_device
from enrollment_app.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from enrollment_app.storage.database import Database
from enrollment_app.storage.engine import sqlite_url
from enrollment_app.storage.models import AuditEntry, Program, ProgramQuota, ProgramSkill
from enrollment_app.sync.central_schema import SYNCED_TABLES
from tests.conftest import PASSWORD, SUPERVISOR
from tests.staff import add_staff

DP3 = "dp3ap2kb-2026"
CIPONDOH = "36.71.05"
CATALOG = resource("catalog", "programs.json")


def catalog_rows(db: Database) -> list[tuple[str, str, str]]:
    """Every catalog row (tombstones too) as (table, id, content) for comparing databases."""
    rows: list[tuple[str, str, str]] = []
    with db.session() as session:
        for model in (Program, ProgramSkill, ProgramQuota):
            for row in session.scalars(select(model)):
                content = {c.key: getattr(row, c.key) for c in model.__table__.columns
                           if c.key not in ("change_seq", "created_at", "updated_at",
                                            "created_by", "updated_by")}
                rows.append((model.__tablename__, row.id, json.dumps(content, default=str,
                                                                    sort_keys=True)))
    return sorted(rows)


def audit_entries(db: Database, record_id: str) -> list[AuditEntry]:
    with db.session() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.record_id == record_id).order_by(AuditEntry.seq)))


def test_a_new_device_holds_the_shipped_catalog(supervisor: ServiceContext) -> None:
    listed = {p.code: p for p in programs.list_programs(supervisor)}
    assert set(listed) == {DP3, "dinsos-2025", "gampang-kerja-2026", "kppi-2021"}
    women = listed[DP3]
    assert women.id == programs.program_id_for(DP3)
    assert women.total_quota == 2600 and set(women.quotas.values()) == {200}
    assert len(women.quotas) == 13
    assert women.eligibility["sex"] == "P" and women.eligibility["age"]["max"] == 55
    assert {s.code for s in women.skills} >= {"tata_boga", "menjahit"}
    dinsos = listed["dinsos-2025"]
    assert dinsos.requires_interview and dinsos.starter_package_top_n == 3
    assert [q["key"] for q in dinsos.interview_questions] == [
        "motivation", "prior_experience", "business_idea", "available_time",
        "family_support", "needs"]
    units = {t["key"]: (t["count"], t["unit"]) for t in listed["gampang-kerja-2026"].targets}
    assert units["potensi_usaha"] == (400, "business_units")
    assert units["modal_usaha"] == (150, "persons")
    assert {s.code for s in listed["kppi-2021"].skills} >= {"payet", "menjahit_obras"}


def test_the_shipped_rows_are_not_sent_back_until_edited(supervisor: ServiceContext) -> None:
    """The central office seeds the same rows: a daily bundle carries only local edits."""
    assert export.summarize_pending(supervisor).counts == {"users": 1}  # the supervisor
    programs.set_quota(supervisor, programs.program_id_for(DP3), CIPONDOH, 180)
    assert export.summarize_pending(supervisor).counts == {"users": 1, "program_quotas": 1}


def test_the_shipped_catalog_is_well_formed() -> None:
    data = json.loads(CATALOG.read_text(encoding="utf-8"))
    for item in data["programs"]:
        assert rule_problems(item["eligibility"]) == [], item["code"]
        assert programs.target_problems(item["targets"]) == [], item["code"]
    for row in programs.seed_rows():
        if row.model is Program:
            assert question_problems(row.values["interview_questions"]) == []


def test_seeding_again_adds_nothing_and_keeps_edits(supervisor: ServiceContext) -> None:
    programs.set_quota(supervisor, programs.program_id_for(DP3), "36.71.01", 250)
    before = catalog_rows(supervisor.db)
    assert programs.seed_catalog(supervisor) == 0
    assert catalog_rows(supervisor.db) == before
    assert programs.get_program(supervisor, DP3).quota_for("36.71.01") == 250


def test_two_devices_seed_the_same_ids(tmp_path: Path) -> None:
    seeded: list[list[tuple[str, str, str]]] = []
    for name in ("Tim A", "Tim B"):
        (tmp_path / name).mkdir()
        db = Database.open(tmp_path / name)
        try:
            initialize_device(db, device_name=name, supervisor_username=SUPERVISOR,
                              password=PASSWORD)
            seeded.append(catalog_rows(db))
        finally:
            db.close()
    assert seeded[0] == seeded[1]
    assert len(seeded[0]) > 30


def uji_catalog(tmp_path: Path) -> Path:
    path = tmp_path / "programs.json"
    path.write_text(json.dumps({"programs": [{
        "code": "uji-2027", "name": "Program Uji", "organiser": "Dinas Uji",
        "eligibility": {}, "targets": [], "skills": [{"code": "payet", "name": "Payet"}],
        "quotas": {"36.71.02": 10}, "interview_questions": []}]}), encoding="utf-8")
    return path


def test_a_missing_catalog_is_seeded_in_one_call(supervisor: ServiceContext,
                                                 tmp_path: Path) -> None:
    catalog = uji_catalog(tmp_path)
    assert programs.seed_catalog(supervisor, catalog) == 3
    assert programs.seed_catalog(supervisor, catalog) == 0
    program = programs.get_program(supervisor, "uji-2027")
    assert program.quotas == {"36.71.02": 10} and program.interview_questions == ()
    assert [s.code for s in program.skills] == ["payet"]


def test_a_program_code_the_central_office_sent_under_another_id_is_left_alone(
        supervisor: ServiceContext, tmp_path: Path) -> None:
    with supervisor.write() as session:  # as a provisioning file would have brought it
        session.add(Program(code="uji-2027", name="Program dari pusat", organiser="Pusat"))
    assert programs.seed_catalog(supervisor, uji_catalog(tmp_path)) == 0
    program = programs.get_program(supervisor, "uji-2027")
    assert program.id != programs.program_id_for("uji-2027")
    assert (program.name, program.skills, dict(program.quotas)) == (
        "Program dari pusat", (), {})


def test_quota_edits_are_audited(supervisor: ServiceContext) -> None:
    program_id = programs.program_id_for(DP3)
    updated = programs.set_quotas(supervisor, program_id, {"36.71.05": 180, "36.71.13": 220})
    assert (updated.quota_for("36.71.05"), updated.quota_for("36.71.13")) == (180, 220)
    quota_id = programs.quota_id_for(program_id, "36.71.05")
    entry = audit_entries(supervisor.db, quota_id)[-1]
    assert (entry.action, entry.user_id, entry.changes) == (
        "update", supervisor.actor.user_id, {"quota": [200, 180]})

    removed = programs.set_quota(supervisor, program_id, "36.71.05", None)
    assert removed.quota_for("36.71.05") is None and removed.total_quota == 2600 - 200 + 20
    assert audit_entries(supervisor.db, quota_id)[-1].action == "delete"
    back = programs.set_quota(supervisor, program_id, "36.71.05", 90)
    assert back.quota_for("36.71.05") == 90


def test_program_edits_are_audited(supervisor: ServiceContext) -> None:
    program_id = programs.program_id_for("dinsos-2025")
    program = programs.update_program(supervisor, program_id, name="Pelatihan Dinsos 2026",
                                      period_start=date(2026, 1, 1),
                                      period_end=date(2026, 12, 31), starter_package_top_n=5)
    assert (program.name, program.starter_package_top_n, program.version) == (
        "Pelatihan Dinsos 2026", 5, 2)
    entry = audit_entries(supervisor.db, program_id)[-1]
    assert entry.action == "update" and entry.user_id == supervisor.actor.user_id
    assert entry.changes["name"] == ["Pelatihan Keterampilan Dinas Sosial 2025",
                                     "Pelatihan Dinsos 2026"]
    assert entry.changes["starter_package_top_n"] == [3, 5]


def test_adding_a_skill(supervisor: ServiceContext) -> None:
    program_id = programs.program_id_for(DP3)
    skill = programs.add_skill(supervisor, program_id, "Tata_Rias", "Tata Rias")
    assert skill.code == "tata_rias"
    assert skill.id == programs.skill_id_for(program_id, "tata_rias")
    assert audit_entries(supervisor.db, skill.id)[0].action == "create"
    with pytest.raises(ValidationError) as taken:
        programs.add_skill(supervisor, program_id, "tata_rias", "Rias Lagi")
    assert [p.code for p in taken.value.problems] == ["skill_code.taken"]
    programs.remove_skill(supervisor, program_id, skill.id)
    assert "tata_rias" not in {s.code for s in programs.get_program(supervisor, DP3).skills}
    again = programs.add_skill(supervisor, program_id, "tata_rias", "Tata Rias & Make-up")
    assert again.id == skill.id and again.name == "Tata Rias & Make-up"


@pytest.mark.parametrize(("fields", "codes"), [
    ({"name": ""}, ["name.required"]),
    ({"period_start": date(2026, 5, 1), "period_end": date(2026, 4, 1)}, ["period.order"]),
    ({"completion_threshold": 120}, ["completion_threshold.range"]),
    ({"starter_package_top_n": -1}, ["starter_package_top_n.range"]),
    ({"eligibility": {"age": {"min": 60, "max": 20}}}, ["eligibility.shape"]),
    ({"targets": [{"key": "x", "label": "X", "count": 5, "unit": "cats"}]}, ["targets.shape"]),
    ({"interview_questions": [{"key": "a", "label": "A", "type": "essay"}]},
     ["interview_questions.shape"]),
])
def test_bad_program_edits_are_refused_and_nothing_is_saved(
        supervisor: ServiceContext, fields: dict, codes: list[str]) -> None:
    program_id = programs.program_id_for(DP3)
    before = catalog_rows(supervisor.db)
    with pytest.raises(ValidationError) as refused:
        programs.update_program(supervisor, program_id, **fields)
    assert [p.code for p in refused.value.problems] == codes
    assert catalog_rows(supervisor.db) == before


@pytest.mark.parametrize(("kecamatan", "quota", "code"), [
    ("36.71.99", 10, "quota.kecamatan"),
    ("36.71.01", -1, "quota.range"),
    ("36.71.01", 2.5, "quota.range"),
    ("36.71.01", programs.MAX_QUOTA + 1, "quota.range"),
])
def test_bad_quotas_are_refused(supervisor: ServiceContext, kecamatan: str, quota: object,
                                code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        programs.set_quota(supervisor, programs.program_id_for(DP3), kecamatan, quota)  # type: ignore[arg-type]
    assert [p.code for p in refused.value.problems] == [code]


def test_a_field_officer_may_read_but_not_edit_the_catalog(supervisor: ServiceContext) -> None:
    officer = add_staff(supervisor, "petugas1", "field_officer")
    program_id = programs.program_id_for(DP3)
    assert programs.get_program(officer, program_id).code == DP3
    before = catalog_rows(supervisor.db)
    for call in (lambda: programs.set_quota(officer, program_id, "36.71.01", 999),
                 lambda: programs.update_program(officer, program_id, name="Diubah"),
                 lambda: programs.add_skill(officer, program_id, "las", "Las")):
        with pytest.raises(PermissionDeniedError):
            call()
    assert catalog_rows(supervisor.db) == before


def test_inactive_programs_are_listed_only_on_request(supervisor: ServiceContext) -> None:
    programs.update_program(supervisor, programs.program_id_for("kppi-2021"), active=False)
    assert "kppi-2021" not in {p.code for p in programs.list_programs(supervisor)}
    assert "kppi-2021" in {p.code for p in programs.list_programs(supervisor.db,
                                                                    active_only=False)}
    with pytest.raises(NotFoundError):
        programs.get_program(supervisor, "no-such-program")


def test_the_central_office_seeds_the_same_rows_once(supervisor: ServiceContext,
                                                     tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "central.sqlite")
    office = CentralOffice(url, tmp_path / "keys")
    try:
        office.initialize()
        office.initialize()  # again: nothing doubled
        with office.engine.connect() as connection:
            central = {(r.table, r.values["id"]) for r in office.catalog_records()}
            assert connection.scalar(select(func.count()).select_from(
                SYNCED_TABLES["programs"])) == 4
    finally:
        office.close()
    on_device = {(table, row_id) for table, row_id, _ in catalog_rows(supervisor.db)}
    assert central == on_device
