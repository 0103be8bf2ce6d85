"""The Candidates page and a registration pre-filled from a candidate, for
scripts/screenshots.py.

Its own throw-away database: candidates of the DP3AP2KB program in two kecamatan, stored
as a central update stores them; a few were already visited.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_candidates.py
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from enrollment_app.domain.names import search_key
from enrollment_app.domain.nik import make_nik
from enrollment_app.domain.regions import load_regions
from enrollment_app.services import candidates
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.models import Candidate, Program

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import Save, main_window, run_into_argument, throwaway_device

FIRST = ("Siti", "Dewi", "Ani", "Sri", "Nur", "Rina", "Yuli", "Eka", "Wati", "Lilis",
         "Neneng", "Euis", "Ratna", "Tuti", "Heni", "Maya")
LAST = ("Aminah", "Lestari", "Suryani", "Rahayu", "Hasanah", "Kurniasih", "Marlina",
        "Sulastri", "Fitriani", "Nurjanah", "Handayani", "Susanti")
STREETS = ("Jl. Melati", "Jl. Kenanga", "Gg. Mawar", "Jl. Flamboyan", "Jl. Anggrek")


def add_candidates(ctx: ServiceContext, count: int = 60) -> list[str]:
    regions = load_regions()
    places = [(kec, kel) for kec in ("36.71.01", "36.71.05")
              for kel, _name in regions.kelurahan(kec)][:9]
    pick = random.Random(12)
    ids = []
    with ctx.write() as session:
        program_id = session.scalar(select(Program.id).where(Program.code == "dp3ap2kb-2026"))
        for serial in range(1, count + 1):
            kecamatan, kelurahan = pick.choice(places)
            born = date(1975, 1, 1) + timedelta(days=pick.randrange(9000))
            name = f"{pick.choice(FIRST)} {pick.choice(LAST)}"
            row = Candidate(
                program_id=program_id, source="dtsen-desil-1-4-2026.xlsx",
                nik=make_nik(kecamatan, born, "P", serial), kk="", full_name=name,
                name_key=search_key(name), sex="P", birth_place="Tangerang",
                birth_date=born, street=f"{pick.choice(STREETS)} No. {pick.randrange(1, 90)}",
                rt=f"{pick.randrange(1, 12):03d}", rw=f"{pick.randrange(1, 9):03d}",
                kecamatan_code=kecamatan, kelurahan_code=kelurahan,
                phone=f"0812{pick.randrange(10**7, 10**8)}", registry_status="dtsen",
                desil=pick.randrange(1, 5), assistance=pick.choice(("pkh", "bpnt", "")))
            session.add(row)
            session.flush()
            ids.append(row.id)
    for candidate_id in ids[:6]:
        candidates.mark_visit(ctx, candidate_id, candidates.NOT_FOUND, "Pindah alamat")
    return ids


def shoot_candidates(save: Save) -> None:
    with throwaway_device() as (ctx, _folder):
        ids = add_candidates(ctx)
        window = main_window(ctx)
        features = window.candidate_features
        assert features.view is not None
        features.show_candidates()
        view = features.view
        view.counts.selectRow(2)
        view.table.setFocus()
        view.table.selectRow(0)
        QApplication.processEvents()
        save(window, "60-candidates")
        features.open_candidate(ids[10])
        QApplication.processEvents()
        save(window, "61-registration-from-candidate")
        window.registration_form.start_new(ask=False)
        window.close()


if __name__ == "__main__":
    run_into_argument(shoot_candidates)
