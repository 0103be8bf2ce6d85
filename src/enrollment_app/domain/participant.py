"""A participant as typed in the registration form or read from a list, before checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class ParticipantDraft:
    """Raw input for one participant. Strings are as typed; checks normalise them.

    ``kecamatan_code``/``kelurahan_code`` are Kota Tangerang codes such as ``36.71.01`` and
    ``36.71.01.1001``. When ``outside_city`` is true the person lives outside Kota
    Tangerang: the two codes stay empty and ``outside_region`` holds the free-text region.
    """

    nik: str = ""
    kk: str = ""
    full_name: str = ""
    sex: str = ""  # "L" or "P"
    birth_place: str = ""
    birth_date: date | None = None
    street: str = ""
    rt: str = ""
    rw: str = ""
    kecamatan_code: str = ""
    kelurahan_code: str = ""
    outside_city: bool = False
    outside_region: str = ""
    phone: str = ""
    education: str = ""
    employment: str = ""
    marital_status: str = ""
    household_role: str = ""
    registry_status: str = "none"
    desil: int | None = None
    assistance: frozenset[str] = field(default_factory=frozenset)
    disability: str = "none"
    business_name: str = ""
    business_nib: str = ""
    business_sector: str = ""
    consent: bool = False
    notes: str = ""
