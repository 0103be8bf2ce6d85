"""Locate the shipped resources folder (reference data, catalog, translations)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the resources folder of a frozen build, an installed wheel or a checkout."""
    here = Path(__file__).resolve().parent
    candidates = [
        Path(getattr(sys, "_MEIPASS", here)) / "resources",  # PyInstaller bundle
        here / "resources",  # installed wheel (force-include)
        here.parents[1] / "resources",  # source checkout / editable install
    ]
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found; the installation is incomplete")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
