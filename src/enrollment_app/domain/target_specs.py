"""A program target as the catalog states it, and what may count toward it.

``resources/catalog/programs.json`` gives each target ``key``, ``label``, ``count`` (None
when named without a number) and ``unit``: what is counted (distinct ``persons``,
distinct ``business_units``, ``groups`` or ``events``). Two optional keys say what counts:

- ``kinds``: the facilitation kinds a record tagged with this target may have
  (domain.facilitation_kinds); absent means any kind;
- ``completed_applications``: true when the program's completed applications (people or
  units who finished its training) count too, with no facilitation record needed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PERSONS = "persons"
BUSINESS_UNITS = "business_units"
GROUPS = "groups"
EVENTS = "events"
UNITS = (PERSONS, BUSINESS_UNITS, GROUPS, EVENTS)


@dataclass(frozen=True)
class TargetSpec:
    key: str
    label: str
    count: int | None
    unit: str
    kinds: frozenset[str] | None  # None: any kind
    completed_applications: bool

    def accepts_kind(self, kind: str) -> bool:
        return self.kinds is None or kind in self.kinds


def target_specs(raw: Any) -> tuple[TargetSpec, ...]:
    """The well-formed targets of a program's ``targets`` list (others are skipped)."""
    items = raw if isinstance(raw, list) else []
    return tuple(_spec(item) for item in items
                 if isinstance(item, Mapping) and item.get("key") and item.get("unit") in UNITS)


def find_target(raw: Any, key: str) -> TargetSpec | None:
    return next((spec for spec in target_specs(raw) if spec.key == key), None)


def _spec(item: Mapping[str, Any]) -> TargetSpec:
    count = item.get("count")
    kinds = item.get("kinds")
    return TargetSpec(
        key=str(item["key"]), label=str(item.get("label") or item["key"]),
        count=count if isinstance(count, int) and not isinstance(count, bool) else None,
        unit=str(item["unit"]),
        kinds=frozenset(str(k) for k in kinds) if isinstance(kinds, list) else None,
        completed_applications=item.get("completed_applications") is True)
