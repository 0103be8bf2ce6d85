"""Region codes: the kecamatan and kelurahan of Kota Tangerang and Indonesia's kecamatan.

Codes follow Kepmendagri No 300.2.2-2138 Tahun 2025: ``36`` province, ``36.71`` city,
``36.71.01`` kecamatan, ``36.71.01.1001`` kelurahan. The reference files ship in
``resources/reference``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.validation import Problem
from enrollment_app.resources_path import resource

CITY_CODE = "36.71"
CITY_FILE = "kota_tangerang_regions.csv"
NATIONAL_FILE = "indonesia_regions_to_kecamatan.csv"

_KECAMATAN_PREFIX = re.compile(r"^\s*(?:kecamatan|kec)\b\.?\s*", re.IGNORECASE)
_KELURAHAN_PREFIX = re.compile(r"^\s*(?:kelurahan|kel|desa|ds)\b\.?\s*", re.IGNORECASE)


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _match_key(text: str) -> str:
    """Casefold and drop every space and dot, so "Karang  tengah" matches "Karangtengah"."""
    return "".join(ch for ch in text.casefold() if not ch.isspace() and ch != ".")


def _code_key(text: str) -> str:
    """Reduce a region code to its digits: "36.71.01" and "36 71 01" give "367101"."""
    return "".join(ch for ch in text if ch.isdigit())


def nik_prefix_code(six_digits: str) -> str:
    """Turn the first six digits of a NIK ("367101") into a kecamatan code ("36.71.01")."""
    digits = _code_key(six_digits)
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}"


@dataclass(frozen=True, eq=False)
class RegionCatalog:
    """The region reference data, read-only. Get the shipped one with ``load_regions()``."""

    kecamatan_names: Mapping[str, str]  # Kota Tangerang kecamatan code -> name
    kelurahan_names: Mapping[str, str]  # kelurahan code -> name
    kelurahan_parent: Mapping[str, str]  # kelurahan code -> kecamatan code
    national_names: Mapping[str, str]  # province/regency/kecamatan code -> name
    national_kecamatan: frozenset[str]  # every kecamatan code in Indonesia

    @classmethod
    def from_files(cls, city_csv: Path, national_csv: Path) -> RegionCatalog:
        """Read the city file (code,level,name,parent_code) and the national file."""
        kecamatan: dict[str, str] = {}
        kelurahan: dict[str, str] = {}
        parent: dict[str, str] = {}
        for row in _read_rows(city_csv):
            if row["level"] == "kecamatan":
                kecamatan[row["code"]] = row["name"]
            elif row["level"].startswith("kelurahan"):
                kelurahan[row["code"]] = row["name"]
                parent[row["code"]] = row["parent_code"]
        national_rows = _read_rows(national_csv)
        national = {row["code"]: row["name"] for row in national_rows}
        national_kecamatan = frozenset(
            row["code"] for row in national_rows if row["level"] == "kecamatan"
        )
        return cls(
            kecamatan_names=MappingProxyType(dict(sorted(kecamatan.items()))),
            kelurahan_names=MappingProxyType(kelurahan),
            kelurahan_parent=MappingProxyType(parent),
            national_names=MappingProxyType(national),
            national_kecamatan=national_kecamatan,
        )

    def kecamatan(self) -> list[tuple[str, str]]:
        """Return the kecamatan of Kota Tangerang as (code, name), in code order."""
        return list(self.kecamatan_names.items())

    def kelurahan(self, kecamatan_code: str) -> list[tuple[str, str]]:
        """Return the kelurahan of one kecamatan as (code, name), sorted by name."""
        rows = [
            (code, self.kelurahan_names[code])
            for code, parent in self.kelurahan_parent.items()
            if parent == kecamatan_code
        ]
        return sorted(rows, key=lambda row: (row[1].casefold(), row[0]))

    def kecamatan_name(self, code: str) -> str | None:
        """Return the name of a Kota Tangerang kecamatan, or None for an unknown code."""
        return self.kecamatan_names.get(code)

    def kelurahan_name(self, code: str) -> str | None:
        """Return the name of a Kota Tangerang kelurahan, or None for an unknown code."""
        return self.kelurahan_names.get(code)

    def kecamatan_of(self, kelurahan_code: str) -> str | None:
        """Return the kecamatan code a kelurahan belongs to, or None for an unknown code."""
        return self.kelurahan_parent.get(kelurahan_code)

    def is_known_nik_prefix(self, six_digits: str) -> bool:
        """Return True when "PPKKCC" (or "PP.KK.CC") is a kecamatan in today's code list."""
        if len(_code_key(six_digits)) != 6:
            return False
        return nik_prefix_code(six_digits) in self.national_kecamatan

    def region_name_for_prefix(self, six_digits: str) -> str | None:
        """Return "Kecamatan, Regency/City, Province" for a NIK prefix, or None if unknown."""
        if not self.is_known_nik_prefix(six_digits):
            return None
        code = nik_prefix_code(six_digits)
        parts = [code, code[:5], code[:2]]
        return ", ".join(self.national_names.get(part, part) for part in parts)

    def find_kecamatan(self, name_or_code: str) -> str | None:
        """Return the code of a Kota Tangerang kecamatan given by name or code.

        Case, spaces and a "Kecamatan"/"Kec." prefix are ignored, so "KARANGTENGAH",
        "Kec. Karang Tengah", "36.71.12" and "367112" all find 36.71.12.
        """
        by_code = self._by_code(name_or_code, self.kecamatan_names)
        if by_code:
            return by_code
        return _by_name(_KECAMATAN_PREFIX.sub("", name_or_code), self.kecamatan_names)

    def find_kelurahan(self, name_or_code: str, kecamatan_code: str | None = None) -> str | None:
        """Return the code of a Kota Tangerang kelurahan given by name or code.

        Matching ignores case, spaces and a "Kelurahan"/"Kel."/"Desa" prefix. With
        ``kecamatan_code`` only kelurahan of that kecamatan are found.
        """
        candidates = {
            code: name
            for code, name in self.kelurahan_names.items()
            if kecamatan_code is None or self.kelurahan_parent[code] == kecamatan_code
        }
        by_code = self._by_code(name_or_code, candidates)
        if by_code:
            return by_code
        return _by_name(_KELURAHAN_PREFIX.sub("", name_or_code), candidates)

    @staticmethod
    def _by_code(text: str, names: Mapping[str, str]) -> str | None:
        stripped = text.strip()
        if not stripped or any(ch.isalpha() for ch in stripped):
            return None
        key = _code_key(stripped)
        return next((code for code in names if _code_key(code) == key), None)


def _by_name(name: str, names: Mapping[str, str]) -> str | None:
    key = _match_key(name)
    if not key:
        return None
    return next((code for code, known in names.items() if _match_key(known) == key), None)


@cache
def load_regions() -> RegionCatalog:
    """Return the shipped region catalog, read once per process."""
    folder = resource("reference")
    return RegionCatalog.from_files(folder / CITY_FILE, folder / NATIONAL_FILE)


def check_address_region(
    kecamatan_code: str,
    kelurahan_code: str,
    outside_city: bool,
    outside_region: str,
    *,
    regions: RegionCatalog | None = None,
) -> list[Problem]:
    """Check where a person lives.

    Inside Kota Tangerang both codes are required, must be known, and the kelurahan must
    belong to the kecamatan. Outside the city the codes stay empty and the free-text
    ``outside_region`` is required; such a record can be saved and is marked outside.
    """
    regions = regions or load_regions()
    kecamatan_code = (kecamatan_code or "").strip()
    kelurahan_code = (kelurahan_code or "").strip()
    if outside_city:
        return _check_outside(kecamatan_code, kelurahan_code, outside_region)
    problems = _check_kecamatan(kecamatan_code, regions)
    problems += _check_kelurahan(kelurahan_code, kecamatan_code, regions)
    return problems


def _check_outside(kecamatan_code: str, kelurahan_code: str, outside_region: str) -> list[Problem]:
    problems: list[Problem] = []
    if kecamatan_code or kelurahan_code:
        field = "kecamatan_code" if kecamatan_code else "kelurahan_code"
        problems.append(Problem(
            field=field,
            code="kecamatan.outside_city",
            message=QT_TRANSLATE_NOOP(
                "validation",
                "The person lives outside Kota Tangerang, so kecamatan and kelurahan of "
                "Kota Tangerang must stay empty. Write the region under Region outside "
                "the city.",
            ),
        ))
    if not (outside_region or "").strip():
        problems.append(Problem(
            field="outside_region",
            code="outside_region.required",
            message=QT_TRANSLATE_NOOP(
                "validation",
                "Write where the person lives (kelurahan/desa, kecamatan, city or regency) "
                "when the address is outside Kota Tangerang.",
            ),
        ))
    return problems


def _check_kecamatan(code: str, regions: RegionCatalog) -> list[Problem]:
    if not code:
        return [Problem(
            field="kecamatan_code",
            code="kecamatan.required",
            message=QT_TRANSLATE_NOOP(
                "validation",
                "Choose the kecamatan, or mark the address as outside Kota Tangerang.",
            ),
        )]
    if regions.kecamatan_name(code) is None:
        return [Problem(
            field="kecamatan_code",
            code="kecamatan.unknown",
            message=QT_TRANSLATE_NOOP(
                "validation",
                "{code} is not a kecamatan of Kota Tangerang; choose one from the list.",
            ),
            params={"code": code},
        )]
    return []


def _check_kelurahan(code: str, kecamatan_code: str, regions: RegionCatalog) -> list[Problem]:
    if not code:
        return [Problem(
            field="kelurahan_code",
            code="kelurahan.required",
            message=QT_TRANSLATE_NOOP("validation", "Choose the kelurahan."),
        )]
    name = regions.kelurahan_name(code)
    if name is None:
        return [Problem(
            field="kelurahan_code",
            code="kelurahan.unknown",
            message=QT_TRANSLATE_NOOP(
                "validation",
                "{code} is not a kelurahan of Kota Tangerang; choose one from the list.",
            ),
            params={"code": code},
        )]
    chosen = regions.kecamatan_name(kecamatan_code)
    actual = regions.kecamatan_of(code) or ""
    if chosen is not None and actual != kecamatan_code:
        return [Problem(
            field="kelurahan_code",
            code="kelurahan.wrong_kecamatan",
            message=QT_TRANSLATE_NOOP(
                "validation",
                "Kelurahan {kelurahan} is in kecamatan {actual}, not in kecamatan "
                "{kecamatan}. Choose the kelurahan again or correct the kecamatan.",
            ),
            params={
                "kelurahan": name,
                "kecamatan": chosen,
                "actual": regions.kecamatan_name(actual) or actual,
            },
        )]
    return []
