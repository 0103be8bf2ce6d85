"""Validation results shared by every validator in the domain."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

VALIDATION_CONTEXT = "validation"


class Severity(StrEnum):
    ERROR = "error"  # the value cannot be saved
    WARNING = "warning"  # the value can be saved once the user confirms


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field.

    ``message`` is an English source text in the "validation" translation context with
    ``{name}`` placeholders filled from ``params``; ``code`` is a stable identifier that
    tests, the CLI's JSON output and warning confirmations use.
    """

    field: str
    code: str
    message: str
    severity: Severity = Severity.ERROR
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def render(self, translate: Any = None) -> str:
        """Return the message, translated by ``translate(context, text)`` when given."""
        text = translate(VALIDATION_CONTEXT, self.message) if translate else self.message
        return text.format(**self.params)


@dataclass(frozen=True)
class FieldResult:
    """The normalised value of one field (None when empty or invalid) and its problems."""

    value: Any
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def warnings(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if not p.is_error]
