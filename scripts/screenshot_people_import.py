"""The people import screen: the column mapping (one heading mapped by hand) and the
report of the import, for scripts/screenshots.py.

Its own throw-away database with one person already registered, and a kelurahan list of
eight rows: six good, one NIK damaged by Excel (3.67101E+15), one already registered.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_people_import.py [OUT]
"""

from __future__ import annotations

import csv
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from enrollment_app.domain.nik import make_nik
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.services.registration import register_participant
from enrollment_app.ui.people_import.dialog import PeopleImportDialog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import SCREEN, Save, run_into_argument, throwaway_device

HEADERS = ("NIK", "No. KK", "NAMA PENERIMA MANFAAT", "L/P", "Tempat Lahir",
           "Tanggal Lahir", "Alamat", "RT", "RW", "Desa/Kelurahan", "Kecamatan", "No. HP",
           "Desil", "Status DTSEN")
NAMES = ("Siti Aminah", "Dewi Lestari", "Ani Suryani", "Sri Rahayu", "Nur Hasanah",
         "Rina Kurniasih", "Yuli Marlina", "Eka Sulastri")


def _row(index: int, name: str) -> list[object]:
    born = date(1985 + index, 1 + index, 10 + index)
    return [make_nik("36.71.01", born, "P", index + 1), "3671010101090001", name, "P",
            "Tangerang", born.strftime("%d/%m/%Y"), f"Jl. Melati No. {index + 3}", "003",
            "007", "Sukarasa", "Tangerang", f"08129876{index:04d}", 2 + index % 3, "DTSEN"]


def write_list(folder: Path) -> Path:
    path = folder / "daftar-kelurahan-sukarasa.csv"
    rows = [_row(index, name) for index, name in enumerate(NAMES)]
    rows[6][0] = "3.67101E+15"  # opened and saved again in Excel
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def _wait(dialog: PeopleImportDialog) -> None:
    while dialog.is_busy():
        QApplication.processEvents()


def shoot_people_import(save: Save) -> None:
    with throwaway_device("data") as (ctx, folder):
        path = write_list(folder)
        first = _row(7, NAMES[7])
        register_participant(ctx, ParticipantDraft(
            nik=str(first[0]), full_name=NAMES[7], sex="P", birth_place="Tangerang",
            birth_date=date(1992, 8, 17), street="Jl. Melati No. 10", rt="003",
            rw="007", kecamatan_code="36.71.01", kelurahan_code="36.71.01.1001",
            consent=True))
        dialog = PeopleImportDialog(ctx, path=str(path))
        dialog.resize(SCREEN)
        dialog.show()
        dialog.go_next()
        combo = dialog.mapping_page.combos["full_name"]
        combo.setCurrentIndex(combo.findData(2))
        save(dialog, "62-import-mapping")
        dialog.go_next()
        _wait(dialog)
        dialog.go_next()
        _wait(dialog)
        save(dialog, "63-import-report")
        dialog.close()


if __name__ == "__main__":
    run_into_argument(shoot_people_import)
