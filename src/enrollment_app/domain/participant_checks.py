"""All checks for one participant: every field, coded choices, consent and NIK cross-checks.

``check_participant`` is what the registration form, the spreadsheet import and the CLI
run before saving. Errors block saving; warnings are saved once the user confirms them
(their codes are stored with the record, see ``confirmable_codes``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from types import MappingProxyType
from typing import Any

from enrollment_app.domain import choices
from enrollment_app.domain.address import check_rt_rw
from enrollment_app.domain.birth_date import check_birth_date
from enrollment_app.domain.family_card import check_kk
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.names import check_free_text, check_person_name
from enrollment_app.domain.nib import check_nib
from enrollment_app.domain.nik import check_nik
from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.domain.phone import check_phone
from enrollment_app.domain.regions import RegionCatalog, check_address_region, load_regions
from enrollment_app.domain.validation import FieldResult, Problem

MAX_LENGTHS: Mapping[str, int] = MappingProxyType({
    "full_name": 100,
    "birth_place": 100,
    "street": 200,
    "outside_region": 200,
    "business_name": 200,
    "notes": 2000,
})
DESIL_RANGE = range(1, 11)
NOT_REGISTERED = "none"


@dataclass(frozen=True)
class CheckedParticipant:
    """Normalised values of a draft (keyed by ParticipantDraft field names) and problems.

    Text fields hold "" when empty or refused; ``birth_date`` and ``desil`` hold None;
    ``assistance`` is a sorted comma-joined string such as "bpnt,pkh" (or "").
    """

    values: dict[str, object]
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Problems that block saving."""
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Problems the user may confirm before saving."""
        return tuple(p for p in self.problems if not p.is_error)

    @property
    def ok(self) -> bool:
        """True when nothing blocks saving (warnings may still need confirmation)."""
        return not self.errors

    def problems_for(self, field: str) -> tuple[Problem, ...]:
        """Problems of one field, for showing next to it in a form."""
        return tuple(p for p in self.problems if p.field == field)


def confirmable_codes(problems: Iterable[Problem]) -> list[str]:
    """Return the codes of the warnings among ``problems``, once each, in order."""
    return list(dict.fromkeys(p.code for p in problems if not p.is_error))


def unconfirmed_warnings(problems: Iterable[Problem], confirmed: Iterable[str]) -> list[Problem]:
    """Return the warnings whose codes are not in ``confirmed``."""
    done = set(confirmed)
    return [p for p in problems if not p.is_error and p.code not in done]


def check_participant(
    draft: ParticipantDraft, *, today: date, regions: RegionCatalog | None = None
) -> CheckedParticipant:
    """Run every check on ``draft`` and return its normalised values and problems."""
    regions = regions or load_regions()
    collector = _Collector()
    _check_identity(draft, collector, today, regions)
    _check_address(draft, collector, regions)
    collector.add("phone", check_phone(draft.phone))
    _check_profile(draft, collector)
    _check_registry(draft, collector)
    _check_business(draft, collector)
    _check_consent(draft, collector)
    order = [f.name for f in fields(ParticipantDraft)]
    values = {name: collector.values.get(name) for name in order}
    # Problems in form order, so a list of them reads top to bottom like the form.
    position = {name: index for index, name in enumerate(order)}
    problems = sorted(collector.problems, key=lambda p: position.get(p.field, len(order)))
    return CheckedParticipant(values, tuple(problems))


class _Collector:
    """Gathers normalised values and problems field by field."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.problems: list[Problem] = []

    def add(self, field: str, result: FieldResult, empty: object = "") -> object:
        value = result.value if result.value is not None and result.ok else empty
        self.values[field] = value
        self.problems.extend(result.problems)
        return value

    def problem(self, problem: Problem) -> None:
        self.problems.append(problem)


def _check_identity(
    draft: ParticipantDraft, out: _Collector, today: date, regions: RegionCatalog
) -> None:
    out.add("full_name", check_person_name(
        draft.full_name, "full_name", max_length=MAX_LENGTHS["full_name"]
    ))
    sex = out.add("sex", check_choice(draft.sex, "sex", choices.SEX, required=True, upper=True))
    out.add("birth_place", check_free_text(
        draft.birth_place, "birth_place", max_length=MAX_LENGTHS["birth_place"]
    ))
    birth = out.add("birth_date", check_birth_date(draft.birth_date, today=today), empty=None)
    out.add("nik", check_nik(
        draft.nik,
        birth_date=birth if isinstance(birth, date) else None,
        sex=str(sex) or None,
        regions=regions,
        today=today,
    ))
    out.add("kk", check_kk(draft.kk, regions=regions))


def _check_address(draft: ParticipantDraft, out: _Collector, regions: RegionCatalog) -> None:
    outside = bool(draft.outside_city)
    out.values["outside_city"] = outside
    out.add("street", check_free_text(draft.street, "street", max_length=MAX_LENGTHS["street"]))
    out.add("rt", check_rt_rw(draft.rt, "rt", required=not outside))
    out.add("rw", check_rt_rw(draft.rw, "rw", required=not outside))
    region_problems = check_address_region(
        draft.kecamatan_code, draft.kelurahan_code, outside, draft.outside_region,
        regions=regions,
    )
    for problem in region_problems:
        out.problem(problem)
    wrong = {p.field for p in region_problems}
    for field in ("kecamatan_code", "kelurahan_code"):
        code = (getattr(draft, field) or "").strip()
        out.values[field] = "" if outside or field in wrong else code
    if outside:
        out.add("outside_region", check_free_text(
            draft.outside_region, "outside_region", max_length=MAX_LENGTHS["outside_region"]
        ))
    else:
        out.values["outside_region"] = ""  # collect only what the record needs (UU PDP)


def _check_profile(draft: ParticipantDraft, out: _Collector) -> None:
    optional = (
        ("education", choices.EDUCATION),
        ("employment", choices.EMPLOYMENT),
        ("marital_status", choices.MARITAL_STATUS),
        ("household_role", choices.HOUSEHOLD_ROLE),
    )
    for field, known in optional:
        out.add(field, check_choice(getattr(draft, field), field, known))
    out.add("disability", check_choice(
        draft.disability, "disability", choices.DISABILITY, required=True
    ))


def _check_registry(draft: ParticipantDraft, out: _Collector) -> None:
    status = out.add("registry_status", check_choice(
        draft.registry_status, "registry_status", choices.REGISTRY_STATUS, required=True
    ))
    out.add("desil", check_desil(draft.desil, str(status) or None), empty=None)
    out.add("assistance", check_assistance(draft.assistance))


def _check_business(draft: ParticipantDraft, out: _Collector) -> None:
    name = out.add("business_name", check_free_text(
        draft.business_name, "business_name", max_length=MAX_LENGTHS["business_name"]
    ))
    has_business = bool(name) or bool((draft.business_name or "").strip())
    if has_business:
        out.add("business_nib", check_nib(draft.business_nib))
        out.add("business_sector", check_choice(
            draft.business_sector, "business_sector", choices.BUSINESS_SECTOR, required=True
        ))
        return
    out.values["business_nib"] = out.values["business_sector"] = ""
    if (draft.business_nib or "").strip():
        out.problem(Problem("business_nib", "nib.without_business", QT_TRANSLATE_NOOP(
            "validation", "A NIB belongs to a business: type the business name too."
        )))
    if (draft.business_sector or "").strip():
        message = QT_TRANSLATE_NOOP(
            "validation", "A business sector needs a business: type the business name too."
        )
        out.problem(Problem("business_sector", "business_sector.without_business", message))


def _check_consent(draft: ParticipantDraft, out: _Collector) -> None:
    out.values["consent"] = draft.consent is True
    if draft.consent is not True:
        out.problem(Problem("consent", "consent.required", QT_TRANSLATE_NOOP(
            "validation",
            "Record the person's consent first: nothing may be saved without it "
            "(UU 27/2022 on personal data protection).",
        )))
    out.add("notes", check_free_text(
        draft.notes, "notes", max_length=MAX_LENGTHS["notes"], multiline=True
    ))


def check_choice(
    value: str | None,
    field: str,
    known: Mapping[str, str],
    *,
    required: bool = False,
    upper: bool = False,
) -> FieldResult:
    """Check a coded answer against ``known`` (a mapping from domain/choices.py).

    The value is the code (trimmed, lower case, or upper case with ``upper``) or None.
    """
    text = (value or "").strip()
    code = text.upper() if upper else text.lower()
    if not code:
        if not required:
            return FieldResult(None)
        return FieldResult(None, (Problem(field, f"{field}.required", QT_TRANSLATE_NOOP(
            "validation", "Choose one of the options."
        )),))
    if code not in known:
        return FieldResult(None, (Problem(field, f"{field}.unknown", QT_TRANSLATE_NOOP(
            "validation", "{value} is not one of the options; choose one from the list."
        ), params={"value": f'"{text}"'}),))
    return FieldResult(code)


def check_desil(value: Any, registry_status: str | None) -> FieldResult:
    """Check a DTSEN desil: 1-10, and only for someone in a registry."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return FieldResult(None)
    desil = _as_int(value)
    if desil not in DESIL_RANGE:
        return FieldResult(None, (Problem("desil", "desil.range", QT_TRANSLATE_NOOP(
            "validation", "Desil is a number from 1 (poorest) to 10; {value} is not."
        ), params={"value": str(value)}),))
    if registry_status == NOT_REGISTERED:
        return FieldResult(None, (Problem("desil", "desil.without_registry", QT_TRANSLATE_NOOP(
            "validation",
            "A desil comes from a social registry, but the person is marked as not "
            "registered. Choose the registry or leave the desil empty.",
        )),))
    return FieldResult(desil)


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isascii() and text.isdigit() else None


def check_assistance(value: Iterable[str] | str | None) -> FieldResult:
    """Check assistance codes; the value is a sorted comma-joined string like "bpnt,pkh"."""
    items = value.split(",") if isinstance(value, str) else list(value or ())
    codes = {str(item).strip().lower() for item in items} - {""}
    unknown = sorted(codes - set(choices.ASSISTANCE))
    if unknown:
        return FieldResult(None, (Problem("assistance", "assistance.unknown", QT_TRANSLATE_NOOP(
            "validation", "Unknown assistance program: {codes}. Choose from the list."
        ), params={"codes": ", ".join(unknown)}),))
    return FieldResult(",".join(sorted(codes)))
