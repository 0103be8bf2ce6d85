"""NIB, the 13-digit business identification number issued by OSS."""

from __future__ import annotations

from enrollment_app.domain.digits import check_id_digits
from enrollment_app.domain.validation import FieldResult

FIELD = "business_nib"
NIB_LENGTH = 13


def check_nib(text: str | None) -> FieldResult:
    """Check an optional NIB; the value is the 13 digits, or None when empty or refused."""
    digits, problem = check_id_digits(
        text, field=FIELD, code="nib", label="NIB", length=NIB_LENGTH
    )
    if problem is not None:
        return FieldResult(None, (problem,))
    return FieldResult(digits or None)
