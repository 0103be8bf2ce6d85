"""Helpers for the group, business-unit, facilitation and target tests: people registered
through the registration service, units and groups made through their services."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from enrollment_app.domain.nik import make_nik
from enrollment_app.services.business_units import OwnerDraft, UnitDraft, create_unit
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ConfirmationNeededError
from enrollment_app.services.groups import GroupDraft, create_group
from enrollment_app.services.registration import register_participant
from enrollment_app.storage.models import SYNCED_MODELS
from tests.conftest import make_draft

KECAMATAN = "36.71.01"
KELURAHAN = "36.71.01.1001"
OTHER_KECAMATAN = "36.71.05"
OTHER_KELURAHAN = "36.71.05.1001"


def register(ctx: ServiceContext, serial: int, name: str = "Siti Aminah",
             kecamatan: str = KECAMATAN) -> str:
    """A woman registered through the registration service; returns her id."""
    draft = make_draft(nik=make_nik(kecamatan, date(1988, 3, 1 + serial % 28), "P", serial),
                       full_name=name, kk="", kecamatan_code=kecamatan,
                       kelurahan_code=f"{kecamatan}.1001")
    try:
        return register_participant(ctx, draft)
    except ConfirmationNeededError as asked:
        return register_participant(ctx, draft, confirmed=asked.codes)


def unit_draft(*owners: str, name: str = "Dapur Bu Siti", nib: str = "",
               kecamatan: str = KECAMATAN, **changes: object) -> UnitDraft:
    values: dict[str, object] = {
        "name": name, "owners": [OwnerDraft(pid) for pid in owners], "sector": "kuliner",
        "kecamatan_code": kecamatan, "kelurahan_code": f"{kecamatan}.1001", "nib": nib,
        **changes}
    return UnitDraft(**values)  # type: ignore[arg-type]


def make_unit(ctx: ServiceContext, *owners: str, **changes: object) -> str:
    return create_unit(ctx, unit_draft(*owners, **changes))


def make_group(ctx: ServiceContext, name: str = "Kelompok Wanita Melati",
               kecamatan: str = KECAMATAN) -> str:
    return create_group(ctx, GroupDraft(name=name, kind="kelompok_wanita",
                                        kecamatan_code=kecamatan,
                                        kelurahan_code=f"{kecamatan}.1001"))


def row_counts(ctx: ServiceContext) -> dict[str, int]:
    """Rows per synced table (tombstones included): "nothing written" compares these."""
    with ctx.read() as session:
        return {model.__tablename__: session.scalar(  # type: ignore[attr-defined]
            select(func.count()).select_from(model)) or 0 for model in SYNCED_MODELS}
