"""Region reference data and the address-region check."""

from __future__ import annotations

import pytest

from enrollment_app.domain.regions import (
    RegionCatalog,
    check_address_region,
    load_regions,
    nik_prefix_code,
)


def test_loaded_once() -> None:
    assert load_regions() is load_regions()


def test_thirteen_kecamatan_in_code_order(regions: RegionCatalog) -> None:
    kecamatan = regions.kecamatan()
    assert len(kecamatan) == 13
    assert kecamatan[0] == ("36.71.01", "Tangerang")
    assert kecamatan[-1] == ("36.71.13", "Larangan")
    assert [code for code, _ in kecamatan] == sorted(code for code, _ in kecamatan)


def test_one_hundred_and_four_kelurahan(regions: RegionCatalog) -> None:
    per_kecamatan = [regions.kelurahan(code) for code, _ in regions.kecamatan()]
    assert sum(len(rows) for rows in per_kecamatan) == 104
    assert all(rows for rows in per_kecamatan)


def test_kelurahan_sorted_by_name(regions: RegionCatalog) -> None:
    names = [name for _, name in regions.kelurahan("36.71.12")]
    assert names == sorted(names, key=str.casefold)
    assert "Karang Tengah" in names


def test_unknown_kecamatan_has_no_kelurahan(regions: RegionCatalog) -> None:
    assert regions.kelurahan("36.71.99") == []


@pytest.mark.parametrize(("code", "name"), [
    ("36.71.01", "Tangerang"),
    ("36.71.12", "Karang Tengah"),
    ("36.71.99", None),
    ("36.03.01", None),  # a kecamatan of Kabupaten Tangerang, not of the city
    ("", None),
])
def test_kecamatan_name(regions: RegionCatalog, code: str, name: str | None) -> None:
    assert regions.kecamatan_name(code) == name


@pytest.mark.parametrize(("code", "name", "kecamatan"), [
    ("36.71.01.1001", "Sukarasa", "36.71.01"),
    ("36.71.12.1001", "Karang Tengah", "36.71.12"),
    ("36.71.01.9999", None, None),
])
def test_kelurahan_lookup(
    regions: RegionCatalog, code: str, name: str | None, kecamatan: str | None
) -> None:
    assert regions.kelurahan_name(code) == name
    assert regions.kecamatan_of(code) == kecamatan


@pytest.mark.parametrize(("prefix", "known", "name"), [
    ("367101", True, "Tangerang, Kota Tangerang, Banten"),
    ("36.71.01", True, "Tangerang, Kota Tangerang, Banten"),
    ("360301", True, "Balaraja, Kabupaten Tangerang, Banten"),
    ("930101", True, "Merauke, Kabupaten Merauke, Papua Selatan"),
    ("910101", False, None),  # Merauke's code before the 2022 Papua split
    ("990101", False, None),
    ("36710", False, None),
    ("", False, None),
])
def test_nik_prefix(regions: RegionCatalog, prefix: str, known: bool, name: str | None) -> None:
    assert regions.is_known_nik_prefix(prefix) is known
    assert regions.region_name_for_prefix(prefix) == name


def test_nik_prefix_code() -> None:
    assert nik_prefix_code("367101") == "36.71.01"


@pytest.mark.parametrize(("text", "expected"), [
    ("Karang Tengah", "36.71.12"),
    ("KARANG TENGAH", "36.71.12"),
    ("karangtengah", "36.71.12"),
    ("  Karang   Tengah ", "36.71.12"),
    ("Kec. Karang Tengah", "36.71.12"),
    ("Kecamatan Cipondoh", "36.71.05"),
    ("36.71.05", "36.71.05"),
    ("367105", "36.71.05"),
    ("Balaraja", None),
    ("36.71.99", None),
    ("", None),
])
def test_find_kecamatan(regions: RegionCatalog, text: str, expected: str | None) -> None:
    assert regions.find_kecamatan(text) == expected


@pytest.mark.parametrize(("text", "kecamatan", "expected"), [
    ("Sukarasa", None, "36.71.01.1001"),
    ("SUKARASA", "36.71.01", "36.71.01.1001"),
    ("Kel. Kelapa Indah", None, "36.71.01.1006"),
    ("kelapaindah", None, "36.71.01.1006"),
    ("Karang Tengah", None, "36.71.12.1001"),
    ("36.71.01.1001", None, "36.71.01.1001"),
    ("3671011001", None, "36.71.01.1001"),
    ("Sukarasa", "36.71.12", None),  # exists, but in another kecamatan
    ("Tidak Ada", None, None),
    ("", None, None),
])
def test_find_kelurahan(
    regions: RegionCatalog, text: str, kecamatan: str | None, expected: str | None
) -> None:
    assert regions.find_kelurahan(text, kecamatan) == expected


@pytest.mark.parametrize(("kecamatan", "kelurahan", "outside", "region", "expected"), [
    ("36.71.01", "36.71.01.1001", False, "", []),
    ("", "", True, "Kabupaten Tangerang, Kec. Pasar Kemis", []),  # recordable outside
    ("", "", False, "", ["kecamatan.required", "kelurahan.required"]),
    ("36.71.01", "", False, "", ["kelurahan.required"]),
    ("36.71.99", "36.71.01.1001", False, "", ["kecamatan.unknown"]),
    ("36.71.01", "36.71.01.9999", False, "", ["kelurahan.unknown"]),
    ("36.71.12", "36.71.01.1001", False, "", ["kelurahan.wrong_kecamatan"]),
    ("", "", True, "", ["outside_region.required"]),
    ("", "", True, "   ", ["outside_region.required"]),
    ("36.71.01", "36.71.01.1001", True, "Depok", ["kecamatan.outside_city"]),
])
def test_check_address_region(
    regions: RegionCatalog, kecamatan: str, kelurahan: str, outside: bool, region: str,
    expected: list[str],
) -> None:
    problems = check_address_region(kecamatan, kelurahan, outside, region, regions=regions)
    assert [p.code for p in problems] == expected
    assert all(p.is_error for p in problems)


def test_wrong_kecamatan_message_names_both(regions: RegionCatalog) -> None:
    (problem,) = check_address_region("36.71.12", "36.71.01.1001", False, "", regions=regions)
    assert problem.field == "kelurahan_code"
    assert problem.render() == (
        "Kelurahan Sukarasa is in kecamatan Tangerang, not in kecamatan Karang Tengah. "
        "Choose the kelurahan again or correct the kecamatan."
    )


def test_catalog_from_other_files(tmp_path) -> None:
    city = tmp_path / "city.csv"
    city.write_text(
        "\ufeffcode,level,name,parent_code\n"
        "36.71,kabupaten_kota,Kota Tangerang,36\n"
        "36.71.01,kecamatan,Tangerang,36.71\n"
        "36.71.01.1001,kelurahan_desa,Sukarasa,36.71.01\n",
        encoding="utf-8",
    )
    national = tmp_path / "national.csv"
    national.write_text("code,level,name\n36,provinsi,Banten\n36.71.01,kecamatan,Tangerang\n")
    catalog = RegionCatalog.from_files(city, national)
    assert catalog.kecamatan() == [("36.71.01", "Tangerang")]
    assert catalog.kelurahan("36.71.01") == [("36.71.01.1001", "Sukarasa")]
    assert catalog.is_known_nik_prefix("367101")
