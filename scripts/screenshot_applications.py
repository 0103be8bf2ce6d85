"""Screens of applications, the selection interview and a person's history, for
scripts/screenshots.py (``shoot_applications(save)``), on their own throw-away database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_applications.py [--lang id|en]
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtTest import QTest

from enrollment_app.services import applications, programs
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import find_subject
from enrollment_app.ui.applications.apply_dialog import ApplyDialog
from enrollment_app.ui.applications.history_dialog import ParticipantHistoryDialog
from enrollment_app.ui.applications.interview_dialog import InterviewDialog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_tools import Save, register_person, run_alone, throwaway_device


def shoot_applications(save: Save) -> None:
    with throwaway_device() as (ctx, _folder):
        _shoot(ctx, save)


def _shoot(ctx: ServiceContext, save: Save) -> None:
    catalog = programs.list_programs(ctx)
    women = next(p for p in catalog if p.eligibility.get("sex") == "P")
    dinsos = next(p for p in catalog if p.requires_interview)
    man = register_person(ctx, 1, "Budi Santoso", "L", date(1968, 5, 3))
    woman = register_person(ctx, 2, "Siti Rahmawati", "P", date(1990, 2, 15))

    apply_man = ApplyDialog(ctx, find_subject(ctx, man))
    apply_man.select_program(women.id)
    QTest.keyClicks(apply_man.override_reason, "Pendamping istri penyandang disabilitas.")
    save(apply_man, "10-apply-not-eligible")
    apply_man.close()

    first = applications.apply(ctx, woman, dinsos.id, dinsos.skills[0].id)
    applications.apply(ctx, woman, women.id, women.skills[0].id)
    interview = InterviewDialog(ctx, first)
    QTest.keyClicks(interview.answers.focus_order()[0],
                    "Ingin membuka usaha katering di rumah")
    interview.score.setValue(85)
    interview.recommendation.set_code("recommended")
    interview.show()
    save(interview, "11-interview")
    interview.save()
    interview.decision.decide("accepted")
    save(interview, "12-interview-decided")
    interview.close()

    history = ParticipantHistoryDialog(ctx, find_subject(ctx, woman))
    save(history, "13-participant-history")
    history.close()


def main() -> int:
    return run_alone(shoot_applications, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
