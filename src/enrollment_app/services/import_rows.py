"""One list row -> a ParticipantDraft, checked by the registration form's own checks.

Cell damage (a NIK from a number cell, a date in no known form, a broken formula) is
refused here with its own reason; everything else goes through ``check_participant``,
exactly as if the row had been typed into the form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from enrollment_app.domain.participant import ParticipantDraft
from enrollment_app.domain.participant_checks import check_participant
from enrollment_app.domain.regions import RegionCatalog
from enrollment_app.domain.spreadsheet_cells import (
    CellRefused,
    DateOrder,
    id_text,
    parse_assistance,
    parse_date_cell,
    parse_desil,
    parse_registry_status,
    parse_sex,
    phone_text,
    plain_text,
    registry_hint,
)
from enrollment_app.domain.validation import Problem
from enrollment_app.services.import_columns import HeaderMapping


@dataclass(frozen=True)
class CheckedRow:
    """A row's normalised values (as ``check_participant`` gives them) and problems."""

    values: dict[str, object]
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


class RowChecker:
    """Turns rows of one list into checked participants (one instance per import)."""

    def __init__(self, mapping: HeaderMapping, *, date_order: DateOrder, today: date,
                 regions: RegionCatalog) -> None:
        self.mapping = mapping
        self.date_order = date_order
        self.today = today
        self.regions = regions
        status_column = mapping.columns.get("registry_status")
        self.registry_hint = (registry_hint(mapping.headers[status_column])
                              if status_column is not None else None)
        self._regions_seen: dict[tuple[str, str], tuple[str, str]] = {}

    def check(self, cells: tuple[object, ...]) -> CheckedRow:
        problems: list[Problem] = []
        draft = self._draft(cells, problems)
        checked = check_participant(draft, today=self.today, regions=self.regions)
        damaged = {p.field for p in problems}
        # A damaged cell is already explained; the form's "required" for it would repeat it.
        problems += [p for p in checked.problems if p.field not in damaged]
        return CheckedRow(dict(checked.values), tuple(problems))

    def cell(self, cells: tuple[object, ...], name: str) -> object:
        index = self.mapping.columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    def _draft(self, cells: tuple[object, ...], problems: list[Problem]) -> ParticipantDraft:
        def take(name: str, parse: Callable[[object], object], empty: object = "") -> object:
            try:
                return parse(self.cell(cells, name))
            except CellRefused as refused:
                problems.append(refused.problem)
                return empty

        def text(name: str, field: str | None = None) -> str:
            return str(take(name, lambda v: plain_text(v, field or name)))

        draft = ParticipantDraft(consent=True)
        draft.nik = str(take("nik", lambda v: id_text(v, "nik", "NIK")))
        draft.kk = str(take("kk", lambda v: id_text(v, "kk", "KK")))
        draft.full_name = text("full_name")
        draft.sex = str(take("sex", parse_sex))
        draft.birth_place = text("birth_place")
        birth = take("birth_date", lambda v: parse_date_cell(
            v, today=self.today, order=self.date_order), empty=None)
        draft.birth_date = birth if isinstance(birth, date) else None
        draft.street = text("street")
        draft.rt, draft.rw = text("rt"), text("rw")
        if "rt_rw" in self.mapping.columns and not (draft.rt or draft.rw):
            draft.rt, draft.rw = _split_rt_rw(text("rt_rw", "rt"))
        draft.kecamatan_code, draft.kelurahan_code = self._region(
            text("kecamatan", "kecamatan_code"), text("kelurahan", "kelurahan_code"))
        draft.phone = str(take("phone", phone_text))
        desil = take("desil", parse_desil, empty=None)
        draft.desil = desil if isinstance(desil, int) else None
        status = take("registry_status", lambda v: parse_registry_status(
            v, column_hint=self.registry_hint))
        draft.registry_status = str(status or "none")
        assistance = take("assistance", parse_assistance, empty=frozenset())
        draft.assistance = assistance if isinstance(assistance, frozenset) else frozenset()
        draft.notes = text("notes")
        return draft

    def _region(self, kecamatan: str, kelurahan: str) -> tuple[str, str]:
        """Codes for names; an unknown name is passed on for the form's check to refuse."""
        key = (kecamatan, kelurahan)
        if key not in self._regions_seen:  # a list repeats the same few names
            self._regions_seen[key] = self._find_region(kecamatan, kelurahan)
        return self._regions_seen[key]

    def _find_region(self, kecamatan: str, kelurahan: str) -> tuple[str, str]:
        kecamatan_code = self.regions.find_kecamatan(kecamatan) if kecamatan else None
        kelurahan_code = None
        if kelurahan:
            kelurahan_code = (self.regions.find_kelurahan(kelurahan, kecamatan_code)
                              if kecamatan_code else None) or self.regions.find_kelurahan(
                                  kelurahan)
        if not kecamatan and kelurahan_code:
            kecamatan_code = self.regions.kecamatan_of(kelurahan_code)
        return kecamatan_code or kecamatan, kelurahan_code or kelurahan


def _split_rt_rw(text: str) -> tuple[str, str]:
    """"003/007" or "3 / 7" -> ("3", "7"); the form's check pads and refuses the rest."""
    for separator in ("/", "-", "\\", ","):
        if separator in text:
            rt, _, rw = text.partition(separator)
            return rt.strip(), rw.strip()
    return text, ""
