"""Refresh the Qt translation sources and compile them.

    .venv/bin/python scripts/update_translations.py          # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if strings are missing

Source strings are English; resources/translations/enrollment_id.ts holds Bahasa
Indonesia. lupdate keeps existing translations and marks new strings unfinished.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "enrollment_app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id",)


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def python_sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def lupdate(ts_file: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *python_sources(), "-no-obsolete",
                    "-locations", "none", "-ts", str(ts_file)],
                   check=True, capture_output=True)


def lrelease(ts_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm",
                    str(ts_file.with_suffix(".qm"))], check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true",
                        help="only report whether the .ts files are up to date")
    args = parser.parse_args()
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"enrollment_{language}.ts"
        if args.check:
            with tempfile.TemporaryDirectory() as scratch:
                copy = Path(scratch) / ts_file.name
                shutil.copy(ts_file, copy)
                lupdate(copy)
                if copy.read_bytes() != ts_file.read_bytes():
                    print(f"{ts_file.name} is out of date: run {Path(__file__).name}")
                    return 1
            continue
        lupdate(ts_file)
        lrelease(ts_file)
        print(f"updated {ts_file.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
