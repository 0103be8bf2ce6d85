"""Fixtures for the domain tests: the shipped region catalog and a fixed 'today'."""

from __future__ import annotations

from datetime import date

import pytest

from enrollment_app.domain.regions import RegionCatalog, load_regions

TODAY = date(2026, 5, 9)


@pytest.fixture
def regions() -> RegionCatalog:
    return load_regions()


@pytest.fixture
def today() -> date:
    return TODAY
