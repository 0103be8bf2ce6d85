"""Issue 11 item 5: the log file never holds a NIK, KK, phone number or name, even at
DEBUG and even when a database error (which quotes the values it was given) is logged
with its traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from enrollment_app.domain.log_scrub import scrub
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.data_subject import export_subject_data
from enrollment_app.services.registration import register_participant
from enrollment_app.storage.data_dir import logs_dir
from enrollment_app.storage.models import Participant
from enrollment_app.ui.crash_report import log
from tests.conftest import make_draft

KNOWN = make_draft(full_name="Wulandari Sekar Kinasih", kk="3671010101090077",
                   phone="081399887766")


def test_logs_hold_no_nik_kk_phone_or_name(debug_log: Path, data_dir: Path,
                                         supervisor: ServiceContext, tmp_path: Path) -> None:
    person = register_participant(supervisor, KNOWN)
    export_subject_data(supervisor, KNOWN.nik, tmp_path)
    log.debug("Registered %s", person)
    try:  # the same NIK again, straight to the database: an IntegrityError quoting it
        with supervisor.write() as session:
            session.add(Participant(**_values()))
    except IntegrityError as error:
        log.error("Saving failed", exc_info=error)
    else:  # pragma: no cover - the unique NIK index must refuse it
        pytest.fail("the duplicate NIK was stored")
    log.debug("Looked up %s (%s, %s)", KNOWN.nik, KNOWN.kk, KNOWN.phone)

    text = "".join(p.read_text(encoding="utf-8") for p in logs_dir(data_dir).iterdir())
    assert "Saving failed" in text and "IntegrityError" in text  # it did log
    for secret in (KNOWN.nik, KNOWN.kk, KNOWN.phone, KNOWN.full_name, "Wulandari"):
        assert secret not in text


def _values() -> dict[str, object]:
    from datetime import UTC, datetime

    return {"nik": KNOWN.nik, "kk": KNOWN.kk, "full_name": KNOWN.full_name,
            "name_key": KNOWN.full_name.casefold(), "sex": "P", "birth_date": KNOWN.birth_date,
            "consent_at": datetime.now(UTC), "consent_by": "x", "consent_purpose": "x",
            "phone": KNOWN.phone}


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("NIK 3671015502900001 refused", "refused", "3671015502900001"),
    ("call +6281234567890 now", "call", "6281234567890"),
    ("call 081234567890 now", "now", "081234567890"),
    ("x\n[parameters: ('Siti', '3671')]\n(Background on this error)", "Background", "Siti"),
    ("record 12345 saved at 2026-11-23", "12345", "[id removed]"),
])
def test_scrub_removes_personal_numbers_and_quoted_values(line: str, kept: str,
                                                          gone: str) -> None:
    assert kept in scrub(line) and gone not in scrub(line)
