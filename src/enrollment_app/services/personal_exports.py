"""Files that leave the laptop in the clear with personal data in them: PDF lists, CSV and
XLSX reports, data-subject exports.

Each one is written to the audit trail (who, what kind, how many people, the file's
name: never a NIK or a name) and says on itself that it holds personal data
(``PERSONAL_DATA_NOTICE``: the PDF footer, a CSV's first line, an XLSX header row). The
screens ask for confirmation first (ui/widgets/personal_data_confirm.py).
"""

from __future__ import annotations

from pathlib import Path

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.services.context import ServiceContext
from enrollment_app.storage.base import new_uuid
from enrollment_app.storage.session_hooks import append_audit_event

EXPORT_EVENT = "export"
EXPORTS_SUBJECT = "exported_files"  # the audit entry's "table": files, not rows
PERSONAL_DATA_NOTICE = QT_TRANSLATE_NOOP(
    "services", "This file holds personal data (UU PDP, Law 27/2022): keep it safe, share "
                "it only with those who need it, and delete it when it is no longer needed.")
CSV_COMMENT = "# "  # how a CSV's first line marks the notice

# What kind of file was written (the audit entry's "kind").
PARTICIPANT_CARDS = "participant_cards"
ATTENDANCE_SHEET = "attendance_sheet"
CERTIFICATES = "certificates"
HANDOVER_RECEIPT = "handover_receipt"
SUBJECT_EXPORT = "subject_export"
REFUSED_ROWS = "refused_rows"


def record_personal_export(ctx: ServiceContext, kind: str, people: int, path: Path) -> None:
    """One audit entry for a file with personal data of ``people`` people."""
    with ctx.write() as session:
        append_audit_event(session, EXPORT_EVENT, EXPORTS_SUBJECT, new_uuid(),
                           {"kind": kind, "people": people, "file": Path(path).name})
