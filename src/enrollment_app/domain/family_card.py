"""KK, the 16-digit family card number (Kartu Keluarga). Several people share one KK."""

from __future__ import annotations

from enrollment_app.domain.digits import check_id_digits
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import RegionCatalog, load_regions, nik_prefix_code
from enrollment_app.domain.validation import FieldResult, Problem, Severity

FIELD = "kk"
KK_LENGTH = 16


def check_kk(
    text: str | None, *, required: bool = False, regions: RegionCatalog | None = None
) -> FieldResult:
    """Check a family card number; the value is the 16 digits, or None.

    Same refusals as a NIK (not digits, wrong length, spreadsheet damage). Empty (or
    only zeros) is allowed unless ``required``. A region prefix not in today's code list
    is a warning: the card may carry an older or a regency code.
    """
    digits, problem = check_id_digits(text, field=FIELD, code="kk", label="KK", length=KK_LENGTH)
    if problem is not None:
        return FieldResult(None, (problem,))
    if not digits:
        return FieldResult(None, (_required(),) if required else ())
    if (regions or load_regions()).is_known_nik_prefix(digits[:6]):
        return FieldResult(digits)
    warning = Problem(
        field=FIELD,
        code="kk.region_unknown",
        message=QT_TRANSLATE_NOOP(
            "validation",
            "The family card number starts with the region code {prefix}, which is not in "
            "today's list of kecamatan. Codes are sometimes renumbered, so it can be "
            "right: check the card and confirm.",
        ),
        severity=Severity.WARNING,
        params={"prefix": nik_prefix_code(digits[:6])},
    )
    return FieldResult(digits, (warning,))


def _required() -> Problem:
    return Problem(
        field=FIELD,
        code="kk.required",
        message=QT_TRANSLATE_NOOP(
            "validation", "Type the family card number (KK): 16 digits on the Kartu Keluarga."
        ),
    )
