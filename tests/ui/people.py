"""A few distinct, valid participants registered through the service."""

from __future__ import annotations

from datetime import date

from enrollment_app.domain.nik import make_nik
from enrollment_app.domain.regions import load_regions
from enrollment_app.services import registration
from enrollment_app.services.context import ServiceContext
from tests.conftest import make_draft

GIVEN = ["Siti", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Nur", "Eko", "Sri", "Joko"]
FAMILY = ["Aminah", "Santoso", "Lestari", "Hidayat", "Wati", "Saputra", "Rahma", "Prasetyo"]


def person_name(index: int) -> str:
    return f"{GIVEN[index % len(GIVEN)]} {FAMILY[index % len(FAMILY)]} {chr(65 + index % 26)}"


def register_people(ctx: ServiceContext, count: int) -> list[str]:
    """Register ``count`` people spread over the kecamatan; returns their ids in order."""
    regions = load_regions()
    kecamatan = [code for code, _name in regions.kecamatan()]
    ids = []
    for index in range(count):
        kec = kecamatan[index % len(kecamatan)]
        kel = regions.kelurahan(kec)[0][0]
        sex = "P" if index % 2 == 0 else "L"
        born = date(1970 + index % 30, 1 + index % 12, 1 + index % 28)
        ids.append(registration.register_participant(ctx, make_draft(
            nik=make_nik(kec, born, sex, index + 1), full_name=person_name(index), sex=sex,
            birth_date=born, kecamatan_code=kec, kelurahan_code=kel,
            household_role="istri" if sex == "P" else "kepala_keluarga",
            phone=f"0813{index:08d}")))
    return ids
