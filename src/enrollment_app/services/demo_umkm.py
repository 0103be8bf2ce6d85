"""Demo groups and facilitation records over the demo people (``enrollment demo``), so the
group and business-unit screens and the target figures show something.

Everything goes through the services (groups, facilitation), so it is validated, stamped
and audited like real work. Deterministic for a seed; adds nothing when the device has
no demo people or units yet, or when the programs of the shipped catalog are missing.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from enrollment_app.services import facilitation, groups
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.facilitation import FacilitationDraft
from enrollment_app.services.groups import GroupDraft
from enrollment_app.services.programs import program_id_for
from enrollment_app.storage.models import BusinessUnit, Participant, Program

GROUP_NAMES = ("Kelompok Wanita Melati", "KUB Mawar Sejahtera", "Kelompok Payet Anggrek")
UNIT_TARGETS = ("potensi_usaha", "daya_saing", "kemitraan")


def generate_demo_groups_and_records(ctx: ServiceContext, *, seed: int = 1,
                                     today: date | None = None) -> int:
    """Add a few groups with members and facilitation records; return how many records
    (groups, memberships and facilitations) were added."""
    rng = random.Random(seed)
    day = today or date.today()
    with ctx.read() as session:
        women = session.execute(select(Participant.id, Participant.kecamatan_code,
                                       Participant.kelurahan_code).where(
            Participant.sex == "P", Participant.kecamatan_code != "",
            Participant.deleted_at.is_(None)).order_by(Participant.id).limit(60)).all()
        units = session.scalars(select(BusinessUnit.id).where(
            BusinessUnit.deleted_at.is_(None), BusinessUnit.kecamatan_code != ""
        ).order_by(BusinessUnit.id).limit(40)).all()
        have = set(session.scalars(select(Program.id).where(Program.id.in_(
            [program_id_for("gampang-kerja-2026"), program_id_for("kppi-2021")]))))
    if len(women) < 6 or program_id_for("kppi-2021") not in have:
        return 0
    added = 0
    for number, name in enumerate(GROUP_NAMES):
        members = women[number * 6:(number + 1) * 6]
        if len(members) < 3:
            break
        first = members[0]
        group = groups.create_group(ctx, GroupDraft(
            name=name, kind="kelompok_wanita" if number != 1 else "kelompok_usaha_bersama",
            kecamatan_code=first.kecamatan_code, kelurahan_code=first.kelurahan_code))
        joined = day - timedelta(days=120)
        for index, person in enumerate(members):
            groups.add_member(ctx, group, person.id, role="ketua" if index == 0 else "anggota",
                              joined_on=joined, today=day)
        facilitation.record_facilitation(ctx, FacilitationDraft(
            kind="equipment", occurred_on=day - timedelta(days=30), group_id=group,
            program_id=program_id_for("kppi-2021"), target_key="mesin_obras",
            details={"items": ["Mesin obras"], "serial_numbers": [f"OB-{seed}{number:03d}"],
                     "signed_by": [members[0].id, members[1].id]}), today=day)
        added += len(members) + 2
    gampang_kerja = program_id_for("gampang-kerja-2026")
    if gampang_kerja in have:
        for unit in units:
            target = rng.choice(UNIT_TARGETS)
            facilitation.record_facilitation(ctx, FacilitationDraft(
                kind="training_completed", occurred_on=day - timedelta(days=rng.randint(1, 90)),
                business_unit_id=unit, program_id=gampang_kerja, target_key=target), today=day)
            added += 1
        for unit in units[:8]:
            facilitation.record_facilitation(ctx, FacilitationDraft(
                kind="exhibition", occurred_on=day - timedelta(days=14), business_unit_id=unit,
                program_id=gampang_kerja, target_key="pameran",
                details={"event": "Tangerang Expo UMKM", "place": "Puspemkot Tangerang",
                         "level": "local"}), today=day)
            added += 1
    return added
