"""Counts per record type and per kecamatan: the `stats` command and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from enrollment_app.domain.regions import load_regions
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import (
    Application,
    AttendanceMark,
    BusinessUnit,
    ClassSession,
    Facilitation,
    Group,
    Interview,
    Participant,
    TrainingClass,
    User,
)

COUNTED = {
    "participants": Participant,
    "applications": Application,
    "interviews": Interview,
    "classes": TrainingClass,
    "sessions": ClassSession,
    "attendance_marks": AttendanceMark,
    "groups": Group,
    "business_units": BusinessUnit,
    "facilitations": Facilitation,
    "users": User,
}
OUTSIDE_CITY = "Luar Kota Tangerang"


@dataclass(frozen=True)
class Stats:
    counts: dict[str, int]
    per_kecamatan: dict[str, int]

    def as_json(self) -> dict[str, dict[str, int]]:
        return {"counts": self.counts, "per_kecamatan": self.per_kecamatan}


def collect_stats(db: Database) -> Stats:
    """Live (not tombstoned) records per type, and participants per kecamatan by name."""
    regions = load_regions()
    with db.session() as session:
        counts = {
            key: session.scalar(select(func.count()).select_from(model)
                                .where(model.deleted_at.is_(None))) or 0
            for key, model in COUNTED.items()
        }
        rows = session.execute(
            select(Participant.kecamatan_code, func.count())
            .where(Participant.deleted_at.is_(None))
            .group_by(Participant.kecamatan_code)).all()
    per_kecamatan = {name: 0 for _code, name in regions.kecamatan()}
    for code, count in rows:
        name = regions.kecamatan_name(code) if code else OUTSIDE_CITY
        per_kecamatan[name or code] = per_kecamatan.get(name or code, 0) + count
    return Stats(counts, per_kecamatan)
