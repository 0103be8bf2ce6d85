"""Programs and applicants for the application and interview tests.

People are registered through the registration service like at a field desk; programs are
written through an ordinary session (stamped and audited like any write), with rules like
the DP3AP2KB women's training so every test knows exactly which rules apply.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from enrollment_app.domain.nik import make_nik
from enrollment_app.services import registration
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.models import Program, ProgramQuota, ProgramSkill
from tests.conftest import make_draft

KEC_TANGERANG = "36.71.01"
KEL_TANGERANG = "36.71.01.1001"
KEC_CIPONDOH = "36.71.03"
KEL_CIPONDOH = "36.71.03.1001"
APPLIED_ON = date(2026, 2, 1)
WOMEN_RULES: Mapping[str, Any] = {
    "age": {"min": 20, "max": 55, "reference_date": "2026-02-01"}, "sex": "P",
    "domicile": "kota_tangerang", "registry": ["regsosek", "dtsen"],
    "not_active_in_program": True,
}


def add_program(ctx: ServiceContext, *, name: str = "Pelatihan Perempuan 2026",
                rules: Mapping[str, Any] = WOMEN_RULES, quotas: Mapping[str, int] | None = None,
                requires_interview: bool = False,
                questions: list[dict[str, Any]] | None = None,
                skills: tuple[tuple[str, str], ...] = (("tata_boga", "Tata Boga"),
                                                      ("menjahit", "Menjahit")),
                active: bool = True) -> str:
    """A program with its skills and per-kecamatan quotas; returns its id."""
    program_id = new_uuid()
    with ctx.write() as session:
        session.add(Program(id=program_id, code=f"T-{program_id[:8]}", name=name,
                            organiser="DP3AP2KB Kota Tangerang", eligibility=dict(rules),
                            requires_interview=requires_interview, active=active,
                            interview_questions=questions or []))
        session.flush()
        session.add_all(ProgramSkill(program_id=program_id, code=code, name=label)
                        for code, label in skills)
        session.add_all(ProgramQuota(program_id=program_id, kecamatan_code=code, quota=quota)
                        for code, quota in (quotas or {}).items())
    return program_id


def skill_id(ctx: ServiceContext, program_id: str, code: str = "tata_boga") -> str:
    with ctx.read() as session:
        program = session.get(Program, program_id)
        assert program is not None
        return next(s.id for s in program.skills if s.code == code)


def register(ctx: ServiceContext, serial: int, *, sex: str = "P",
             name: str = "", born: date = date(1990, 2, 15),
             kecamatan: str = KEC_TANGERANG, kelurahan: str = KEL_TANGERANG) -> str:
    """A registered person (a woman of 36 in Kecamatan Tangerang unless told otherwise)."""
    return registration.register_participant(ctx, make_draft(
        nik=make_nik(kecamatan, born, sex, serial), sex=sex, birth_date=born,
        full_name=name or f"Peserta Nomor {_words(serial)}", kecamatan_code=kecamatan,
        kelurahan_code=kelurahan, household_role="istri" if sex == "P" else "kepala_keluarga",
        phone=f"0812{serial:08d}", kk=f"36710101010{serial:05d}"), today=APPLIED_ON)


def _words(serial: int) -> str:
    """Names hold letters only: 12 -> "Satu Dua"."""
    digits = ["Nol", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan",
              "Sembilan"]
    return " ".join(digits[int(d)] for d in str(serial))
