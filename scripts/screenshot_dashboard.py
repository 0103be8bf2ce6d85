"""The program dashboard with a season's applications, for scripts/screenshots.py.

Its own throw-away database: demo participants apply to the DP3AP2KB program through the
applications service, a supervisor decides (acceptance beyond a kecamatan's quota goes
to the waitlist by itself), and some accepted people move on to a class.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_dashboard.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from enrollment_app.services import applications, programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.storage.models import Participant

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import Save, main_window, throwaway_device

PEOPLE = 1400
PROGRAM = "dp3ap2kb-2026"
OVERRIDE = "Tercatat di Regsosek menurut daftar kelurahan; diperiksa koordinator."
# What happens to an application after it is made: (outcome, weight).
OUTCOMES = (("registered", 14), ("accept", 60), ("waitlist", 6), ("reject", 8),
            ("assigned", 9), ("completed", 2), ("dropped", 1))


def shoot_dashboard(save: Save) -> None:
    with throwaway_device() as (ctx, _folder):
        program_id = programs.program_id_for(PROGRAM)
        _season(ctx, program_id)
        window = main_window(ctx)
        catalog = window.program_features.catalog
        window.navigation.setCurrentRow(window.pages.indexOf(catalog))
        catalog.select(program_id)
        save(window, "31-program-catalog")
        window.program_features.show_dashboard()
        view = window.program_features.dashboard
        assert view is not None
        view.program.setCurrentIndex(view.program.findData(program_id))
        QApplication.processEvents()
        view.table.selectRow(0)
        save(window, "30-dashboard")
        window.close()


def _season(ctx: ServiceContext, program_id: str) -> None:
    """Applications from the demo people, unevenly spread over the kecamatan."""
    generate_demo_participants(ctx, PEOPLE, seed=3)
    chance = random.Random(5)
    with ctx.read() as session:
        people = session.execute(select(Participant.id, Participant.kecamatan_code).where(
            Participant.outside_city.is_(False), Participant.sex == "P")).all()
    eagerness = {code: chance.uniform(0.25, 1.0) for _id, code in people}
    skills = [skill.id for skill in programs.get_program(ctx, program_id).skills]
    outcomes, weights = zip(*OUTCOMES, strict=True)
    for person_id, kecamatan in people:
        if chance.random() > eagerness[kecamatan]:
            continue
        application = applications.apply(ctx, person_id, program_id, chance.choice(skills),
                                          override_reason=OVERRIDE)
        outcome = chance.choices(outcomes, weights)[0]
        if outcome == "registered":
            continue
        if outcome == "reject":
            applications.decide(ctx, application, "rejected", "Tidak hadir saat verifikasi.")
            continue
        decision = applications.decide(
            ctx, application, "waitlisted" if outcome == "waitlist" else "accepted")
        if decision.status == "accepted" and outcome in ("assigned", "completed", "dropped"):
            applications.record_progress(ctx, application, "assigned")
            if outcome != "assigned":
                applications.record_progress(ctx, application, outcome)


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "scripts"))
    from screenshots import OUT, gui, save

    gui.create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    shoot_dashboard(save)
