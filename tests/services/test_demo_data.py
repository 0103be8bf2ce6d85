"""Demo data: realistic, valid, deterministic participants written through the hooks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enrollment_app.domain.birth_date import age_on
from enrollment_app.domain.nik import parse_nik
from enrollment_app.domain.participant_checks import check_participant
from enrollment_app.domain.regions import load_regions
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import (
    DEMO_DEVICE_NAME,
    DEMO_SUPERVISOR,
    ensure_demo_device,
    generate_demo_participants,
)
from enrollment_app.services.errors import AuthenticationError
from enrollment_app.services.registration import load_draft
from enrollment_app.services.stats import collect_stats
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import (
    AuditEntry,
    BusinessOwner,
    BusinessUnit,
    Device,
    Participant,
)

PASSWORD = "demo-sandi-1"
TODAY = date(2026, 3, 2)
PEOPLE = 300


def _open(folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    return Database.open(folder)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    """One database with 300 demo people, shared by the read-only tests below."""
    db = _open(tmp_path_factory.mktemp("demo") / "data")
    ctx = ensure_demo_device(db, PASSWORD)
    assert generate_demo_participants(ctx, PEOPLE, seed=7, today=TODAY, batch_size=64) == PEOPLE
    yield ctx
    db.close()


def _participants(ctx: ServiceContext) -> list[Participant]:
    with ctx.read() as session:
        return list(session.scalars(select(Participant).order_by(Participant.nik)))


def _fingerprint(ctx: ServiceContext) -> list[tuple[object, ...]]:
    """Everything a seed decides (not ids and timestamps, which are made at save time)."""
    return [(p.nik, p.kk, p.full_name, p.sex, p.birth_date, p.street, p.rt, p.rw,
             p.kelurahan_code, p.phone, p.education, p.employment, p.registry_status,
             p.desil, p.assistance) for p in _participants(ctx)]


def test_every_kecamatan_has_people_and_the_stats_add_up(demo: ServiceContext) -> None:
    people = _participants(demo)
    assert len(people) == PEOPLE
    kecamatan = {code for code, _name in load_regions().kecamatan()}
    assert len(kecamatan) == 13
    assert {p.kecamatan_code for p in people} == kecamatan
    stats = collect_stats(demo.db)
    assert stats.counts["participants"] == PEOPLE
    assert sum(stats.per_kecamatan.values()) == PEOPLE
    assert all(stats.per_kecamatan[name] > 0 for _code, name in load_regions().kecamatan())


def test_every_demo_person_passes_the_registration_checks(demo: ServiceContext) -> None:
    people = _participants(demo)
    assert len({p.nik for p in people}) == PEOPLE
    for person in people:
        checked = check_participant(load_draft(demo, person.id), today=TODAY)
        assert checked.errors == (), (person.full_name, checked.errors)
        nik_warnings = [w.code for w in checked.warnings if w.field == "nik"]
        assert nik_warnings == [], (person.nik, nik_warnings)


def test_demo_people_look_like_the_programs_participants(demo: ServiceContext) -> None:
    people = _participants(demo)
    regions = load_regions()
    men = sum(p.sex == "L" for p in people)
    assert 0.15 * PEOPLE < men < 0.35 * PEOPLE
    kota_tangerang = sum(p.nik.startswith("3671") for p in people)
    assert kota_tangerang > 0.7 * PEOPLE
    assert kota_tangerang < PEOPLE  # some were first registered elsewhere
    assert {p.nik[:2] for p in people} <= {"31", "32", "36"}
    assert len({p.kk for p in people}) < PEOPLE  # some families share a card
    for p in people:
        parsed = parse_nik(p.nik, birth_date=p.birth_date)
        assert parsed is not None and parsed.birth_date == p.birth_date and parsed.sex == p.sex
        assert 18 <= age_on(p.birth_date, TODAY) <= 60
        assert regions.kecamatan_of(p.kelurahan_code) == p.kecamatan_code
        assert re.fullmatch(r"\d{16}", p.kk)
        assert p.phone == "" or re.fullmatch(r"08\d{8,11}", p.phone)
        assert re.fullmatch(r"\d{3}", p.rt) and re.fullmatch(r"\d{3}", p.rw)
        assert (p.desil is None) == (p.registry_status == "none")
        assert p.registry_status in {"dtsen", "dtks", "regsosek", "none"}
        assert p.assistance == "" or p.registry_status != "none"
        assert p.consent_by == demo.actor.user_id and p.consent_purpose and p.consent_at
        assert p.created_by == demo.actor.user_id and p.origin_device_id == demo.device_id
        assert p.version == 1 and p.change_seq > 0


def test_rows_go_through_the_hooks_with_audit_entries(demo: ServiceContext) -> None:
    with demo.read() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry)
                                 .where(AuditEntry.table_name == "participants",
                                        AuditEntry.action == "create"))
        units = session.scalar(select(func.count()).select_from(BusinessUnit))
        owners = session.scalars(select(BusinessOwner)).all()
        seqs = set(session.scalars(select(Participant.change_seq)))
    assert audited == PEOPLE
    assert units == len(owners) and 0 < units < PEOPLE // 4  # a few small businesses
    assert len(seqs) >= PEOPLE // 64  # one change sequence per batch (transaction)


def test_the_same_seed_gives_the_same_people(tmp_path: Path) -> None:
    fingerprints = []
    for name in ("a", "b"):
        db = _open(tmp_path / name)
        ctx = ensure_demo_device(db, PASSWORD)
        generate_demo_participants(ctx, 120, seed=3, today=TODAY, batch_size=50)
        fingerprints.append(_fingerprint(ctx))
        db.close()
    assert fingerprints[0] == fingerprints[1]
    other = _open(tmp_path / "c")
    ctx = ensure_demo_device(other, PASSWORD)
    generate_demo_participants(ctx, 120, seed=4, today=TODAY)
    assert _fingerprint(ctx) != fingerprints[0]
    other.close()


def test_running_again_with_the_same_seed_never_reuses_a_nik(tmp_path: Path) -> None:
    db = _open(tmp_path / "data")
    ctx = ensure_demo_device(db, PASSWORD)
    generate_demo_participants(ctx, 80, seed=1, today=TODAY)
    generate_demo_participants(ctx, 80, seed=1, today=TODAY)
    niks = [p.nik for p in _participants(ctx)]
    assert len(niks) == len(set(niks)) == 160
    db.close()


def test_cancelling_through_progress_keeps_only_whole_batches(tmp_path: Path) -> None:
    db = _open(tmp_path / "data")
    ctx = ensure_demo_device(db, PASSWORD)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 100

    created = generate_demo_participants(ctx, 300, seed=2, today=TODAY, batch_size=50,
                                         progress=progress)
    assert created == 100
    assert calls == [(50, 300), (100, 300)]
    assert collect_stats(db).counts["participants"] == 100
    db.close()


def test_ensure_demo_device_initialises_once_then_signs_in(tmp_path: Path) -> None:
    db = _open(tmp_path / "data")
    first = ensure_demo_device(db, PASSWORD)
    assert first.actor.username == DEMO_SUPERVISOR and first.actor.role == "supervisor"
    with db.session() as session:
        assert session.scalar(select(Device.name)) == DEMO_DEVICE_NAME
    again = ensure_demo_device(db, PASSWORD)
    assert (again.device_id, again.actor.user_id) == (first.device_id, first.actor.user_id)
    with pytest.raises(AuthenticationError):
        ensure_demo_device(db, "salah-sandi-9")
    db.close()


def test_nothing_is_made_for_zero_people(tmp_path: Path) -> None:
    db = _open(tmp_path / "data")
    ctx = ensure_demo_device(db, PASSWORD)
    assert generate_demo_participants(ctx, 0) == 0
    assert collect_stats(db).counts["participants"] == 0
    db.close()
