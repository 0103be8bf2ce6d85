"""Who may join a program: data-driven rules and a verdict that gives its reasons.

A program's rules are a plain mapping (stored as JSON in ``programs.eligibility`` and sent
by the central office), for example::

    {"age": {"min": 20, "max": 55, "reference_date": "2026-02-01"}, "sex": "P",
     "domicile": "kota_tangerang", "registry": ["regsosek", "dtsen"],
     "desil": {"min": 1, "max": 4}, "assistance_required": true,
     "not_active_in_program": true}

``evaluate`` checks a person against every rule present and returns a ``Verdict``: one
``Check`` per rule, passed or not, each with an English source message (context
"eligibility") and its parameters, so the reasons can be shown in the user's language
("Usia 57 tahun pada 1 Feb 2026, batas 20–55") and stored with an application.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from enrollment_app.domain.birth_date import age_on, format_short_date
from enrollment_app.domain.choices import ASSISTANCE, CHOICES_CONTEXT, REGISTRY_STATUS
from enrollment_app.domain.messages import QT_TRANSLATE_NOOP, Translate, active_translator
from enrollment_app.domain.regions import CITY_CODE

ELIGIBILITY_CONTEXT = "eligibility"
VERDICT_FORMAT = 1  # the shape of Verdict.to_json(), stored in applications.eligibility
DOMICILE_CITY = "kota_tangerang"

# Rule names in the order the checks are listed.
AGE, SEX, DOMICILE, REGISTRY, DESIL = "age", "sex", "domicile", "registry", "desil"
ASSISTANCE_REQUIRED, NOT_ACTIVE = "assistance_required", "not_active_in_program"
RULES = (AGE, SEX, DOMICILE, REGISTRY, DESIL, ASSISTANCE_REQUIRED, NOT_ACTIVE)


@dataclass(frozen=True)
class PersonFacts:
    """What the rules look at, taken from a participant record."""

    sex: str  # "L" / "P" (domain.choices.SEX)
    birth_date: date
    outside_city: bool
    kecamatan_code: str
    registry_status: str  # domain.choices.REGISTRY_STATUS code
    desil: int | None
    assistance: frozenset[str] = field(default_factory=frozenset)  # ASSISTANCE codes

    @classmethod
    def of(cls, participant: Any) -> PersonFacts:
        """From a storage ``Participant`` (or anything with the same attributes)."""
        assistance = participant.assistance or ""
        codes = assistance.split(",") if isinstance(assistance, str) else assistance
        return cls(
            sex=participant.sex,
            birth_date=participant.birth_date,
            outside_city=bool(participant.outside_city),
            kecamatan_code=participant.kecamatan_code or "",
            registry_status=participant.registry_status or "none",
            desil=participant.desil,
            assistance=frozenset(code.strip() for code in codes if code.strip()),
        )


@dataclass(frozen=True)
class Check:
    """One rule's outcome. ``message`` is an English source text in the "eligibility"
    context with ``{placeholders}`` filled from ``params`` (JSON values: dates as ISO
    text, registry and assistance codes as codes)."""

    rule: str
    passed: bool
    message: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, translate: Translate | None = None) -> str:
        """The message in the interface language with its parameters filled in."""
        translate = translate or active_translator()
        shown = {key: _shown(key, value, translate) for key, value in self.params.items()}
        return translate(ELIGIBILITY_CONTEXT, self.message).format(**shown)

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "passed": self.passed, "message": self.message,
                "params": dict(self.params)}


@dataclass(frozen=True)
class Verdict:
    """Eligible when every check passed (a program without rules admits everyone)."""

    eligible: bool
    checks: tuple[Check, ...]

    @property
    def failed(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if not check.passed)

    def reasons(self, translate: Translate | None = None) -> list[str]:
        """Why: the failed checks' texts, or every check's text when eligible."""
        shown = self.failed if not self.eligible else self.checks
        return [check.text(translate) for check in shown]

    def to_json(self) -> dict[str, Any]:
        return {"format": VERDICT_FORMAT, "eligible": self.eligible,
                "checks": [check.to_json() for check in self.checks]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Verdict:
        checks = tuple(Check(str(item["rule"]), bool(item["passed"]), str(item["message"]),
                             dict(item.get("params") or {}))
                       for item in data.get("checks") or ())
        return cls(bool(data.get("eligible", all(c.passed for c in checks))), checks)


def evaluate(rules: Mapping[str, Any], person: PersonFacts, *,
             reference_date: date | None = None, already_active: bool = False) -> Verdict:
    """Check ``person`` against ``rules``.

    Age is counted on the rule's own ``reference_date`` when it has one, else on
    ``reference_date``, else today. ``already_active`` says whether the person already
    holds a live application in the same program (for ``not_active_in_program``).
    """
    checks: list[Check] = []
    for rule in sorted(rules, key=_rule_order):
        value = rules[rule]
        if value is None or value is False:
            continue  # a rule switched off
        checker = _CHECKERS.get(rule)
        if checker is None:
            checks.append(Check(rule, True, UNKNOWN_RULE, {"rule": rule}))
            continue
        checks.append(checker(value, person, reference_date or date.today(), already_active))
    return Verdict(all(check.passed for check in checks), tuple(checks))


# ---------------------------------------------------------------------------- messages
UNKNOWN_RULE = QT_TRANSLATE_NOOP(
    "eligibility", "Rule '{rule}' is not known to this version of the application and was "
    "not checked")
AGE_WITHIN = QT_TRANSLATE_NOOP("eligibility", "Age {age} on {date}, within {min}–{max}")
AGE_OUTSIDE = QT_TRANSLATE_NOOP("eligibility", "Age {age} on {date}, limit {min}–{max}")
AGE_AT_LEAST = QT_TRANSLATE_NOOP("eligibility", "Age {age} on {date}, at least {min}")
AGE_TOO_YOUNG = QT_TRANSLATE_NOOP("eligibility", "Age {age} on {date}, minimum {min}")
AGE_AT_MOST = QT_TRANSLATE_NOOP("eligibility", "Age {age} on {date}, at most {max}")
AGE_TOO_OLD = QT_TRANSLATE_NOOP("eligibility", "Age {age} on {date}, maximum {max}")
WOMAN_OK = QT_TRANSLATE_NOOP("eligibility", "A woman, as the program requires")
WOMEN_ONLY = QT_TRANSLATE_NOOP("eligibility",
                               "The program is for women only; the person is recorded as male")
MAN_OK = QT_TRANSLATE_NOOP("eligibility", "A man, as the program requires")
MEN_ONLY = QT_TRANSLATE_NOOP("eligibility",
                             "The program is for men only; the person is recorded as female")
LIVES_IN_CITY = QT_TRANSLATE_NOOP("eligibility", "Lives in Kota Tangerang")
LIVES_OUTSIDE = QT_TRANSLATE_NOOP(
    "eligibility", "Lives outside Kota Tangerang; the program is for residents of the city")
NO_KECAMATAN = QT_TRANSLATE_NOOP(
    "eligibility", "No kecamatan of Kota Tangerang is recorded in the address")
IN_REGISTRY = QT_TRANSLATE_NOOP("eligibility", "Registry: {status}")
NOT_IN_REGISTRY = QT_TRANSLATE_NOOP(
    "eligibility", "Registry: {status}; the program requires {allowed}")
DESIL_WITHIN = QT_TRANSLATE_NOOP("eligibility", "Desil {desil}, within {min}–{max}")
DESIL_OUTSIDE = QT_TRANSLATE_NOOP("eligibility", "Desil {desil}, the program requires {min}–{max}")
DESIL_MISSING = QT_TRANSLATE_NOOP(
    "eligibility", "No desil recorded; the program requires desil {min}–{max}")
RECEIVES_ASSISTANCE = QT_TRANSLATE_NOOP("eligibility", "Receives social assistance: {kinds}")
NO_ASSISTANCE = QT_TRANSLATE_NOOP(
    "eligibility", "Receives none of the required social assistance ({kinds})")
NOT_YET_ACTIVE = QT_TRANSLATE_NOOP("eligibility", "Not yet taking part in this program")
ALREADY_ACTIVE = QT_TRANSLATE_NOOP(
    "eligibility", "Already has an application in this program that is still open")


# ------------------------------------------------------------------------------ checks
Checker = Callable[[Any, PersonFacts, date, bool], Check]


def _check_age(rule: Mapping[str, Any], person: PersonFacts, today: date, _: bool) -> Check:
    on = _as_date(rule.get("reference_date")) or today
    low, high = rule.get("min"), rule.get("max")
    age = age_on(person.birth_date, on)
    params: dict[str, object] = {"age": age, "date": on.isoformat(), "min": low, "max": high}
    too_young = low is not None and age < int(low)
    too_old = high is not None and age > int(high)
    passed = not (too_young or too_old)
    if low is not None and high is not None:
        message = AGE_WITHIN if passed else AGE_OUTSIDE
    elif low is not None:
        message = AGE_AT_LEAST if passed else AGE_TOO_YOUNG
    else:
        message = AGE_AT_MOST if passed else AGE_TOO_OLD
    return Check(AGE, passed, message, params)


def _check_sex(required: str, person: PersonFacts, _today: date, _: bool) -> Check:
    passed = person.sex == required
    if required == "P":
        return Check(SEX, passed, WOMAN_OK if passed else WOMEN_ONLY, {"required": required})
    return Check(SEX, passed, MAN_OK if passed else MEN_ONLY, {"required": required})


def _check_domicile(area: str, person: PersonFacts, _today: date, _: bool) -> Check:
    params = {"area": area}
    if person.outside_city:
        return Check(DOMICILE, False, LIVES_OUTSIDE, params)
    if not person.kecamatan_code.startswith(CITY_CODE + "."):
        return Check(DOMICILE, False, NO_KECAMATAN, params)
    return Check(DOMICILE, True, LIVES_IN_CITY, params)


def _check_registry(allowed: Iterable[str] | str, person: PersonFacts, _today: date,
                    _: bool) -> Check:
    codes = [allowed] if isinstance(allowed, str) else list(allowed)
    passed = person.registry_status in codes
    params = {"status": person.registry_status, "allowed": codes}
    return Check(REGISTRY, passed, IN_REGISTRY if passed else NOT_IN_REGISTRY, params)


def _check_desil(rule: Mapping[str, Any], person: PersonFacts, _today: date, _: bool) -> Check:
    low, high = int(rule.get("min", 1)), int(rule.get("max", 10))
    params: dict[str, object] = {"desil": person.desil, "min": low, "max": high}
    if person.desil is None:
        return Check(DESIL, False, DESIL_MISSING, params)
    passed = low <= person.desil <= high
    return Check(DESIL, passed, DESIL_WITHIN if passed else DESIL_OUTSIDE, params)


def _check_assistance(required: Any, person: PersonFacts, _today: date, _: bool) -> Check:
    # true: any assistance counts; a list: one of those kinds.
    kinds = sorted(ASSISTANCE) if required is True else sorted(required)
    received = sorted(person.assistance & set(kinds))
    if received:
        return Check(ASSISTANCE_REQUIRED, True, RECEIVES_ASSISTANCE, {"kinds": received})
    return Check(ASSISTANCE_REQUIRED, False, NO_ASSISTANCE, {"kinds": kinds})


def _check_not_active(_rule: Any, _person: PersonFacts, _today: date,
                      already_active: bool) -> Check:
    return Check(NOT_ACTIVE, not already_active,
                 ALREADY_ACTIVE if already_active else NOT_YET_ACTIVE, {})


_CHECKERS: dict[str, Checker] = {
    AGE: _check_age, SEX: _check_sex, DOMICILE: _check_domicile, REGISTRY: _check_registry,
    DESIL: _check_desil, ASSISTANCE_REQUIRED: _check_assistance, NOT_ACTIVE: _check_not_active,
}


# ----------------------------------------------------------------------- rules in words
RULE_AGE_RANGE = QT_TRANSLATE_NOOP("eligibility", "Aged {min}–{max}")
RULE_AGE_MIN = QT_TRANSLATE_NOOP("eligibility", "Aged {min} or older")
RULE_AGE_MAX = QT_TRANSLATE_NOOP("eligibility", "Aged {max} or younger")
RULE_AGE_ON = QT_TRANSLATE_NOOP("eligibility", "{ages} on {date}")
RULE_WOMEN = QT_TRANSLATE_NOOP("eligibility", "Women only")
RULE_MEN = QT_TRANSLATE_NOOP("eligibility", "Men only")
RULE_DOMICILE = QT_TRANSLATE_NOOP("eligibility", "Lives in Kota Tangerang")
RULE_REGISTRY = QT_TRANSLATE_NOOP("eligibility", "Registered in {allowed}")
RULE_DESIL = QT_TRANSLATE_NOOP("eligibility", "Household in desil {min}–{max}")
RULE_ASSISTANCE = QT_TRANSLATE_NOOP("eligibility", "Receives social assistance ({kinds})")
RULE_NOT_ACTIVE = QT_TRANSLATE_NOOP("eligibility",
                                    "Not already taking part in the program")
RULE_NONE = QT_TRANSLATE_NOOP("eligibility", "Open to everyone")


def describe_rules(rules: Mapping[str, Any], translate: Translate | None = None) -> list[str]:
    """The rules in words, one line per rule, in the interface language."""
    translate = translate or active_translator()
    lines: list[str] = []
    for rule in sorted(rules, key=_rule_order):
        value = rules[rule]
        if value is None or value is False:
            continue
        message, params = _rule_words(rule, value, translate)
        shown = {key: _shown(key, item, translate) for key, item in params.items()}
        lines.append(translate(ELIGIBILITY_CONTEXT, message).format(**shown))
    return lines or [translate(ELIGIBILITY_CONTEXT, RULE_NONE)]


def _rule_words(rule: str, value: Any, translate: Translate) -> tuple[str, dict[str, object]]:
    if rule == AGE:
        low, high = value.get("min"), value.get("max")
        message = (RULE_AGE_RANGE if low is not None and high is not None
                   else RULE_AGE_MIN if low is not None else RULE_AGE_MAX)
        ages = translate(ELIGIBILITY_CONTEXT, message).format(min=low, max=high)
        if value.get("reference_date"):
            return RULE_AGE_ON, {"ages": ages, "date": str(value["reference_date"])}
        return "{ages}", {"ages": ages}
    if rule == SEX:
        return (RULE_WOMEN if value == "P" else RULE_MEN), {}
    if rule == DOMICILE:
        return RULE_DOMICILE, {}
    if rule == REGISTRY:
        return RULE_REGISTRY, {"allowed": [value] if isinstance(value, str) else list(value)}
    if rule == DESIL:
        return RULE_DESIL, {"min": value.get("min", 1), "max": value.get("max", 10)}
    if rule == ASSISTANCE_REQUIRED:
        return RULE_ASSISTANCE, {"kinds": sorted(ASSISTANCE) if value is True else sorted(value)}
    if rule == NOT_ACTIVE:
        return RULE_NOT_ACTIVE, {}
    return UNKNOWN_RULE, {"rule": rule}


def rule_problems(rules: Any) -> list[str]:
    """What is wrong with a rules mapping (English, for refusing a bad catalog edit)."""
    if not isinstance(rules, Mapping):
        return ["the rules are not a mapping"]
    problems: list[str] = []
    for rule, value in rules.items():
        if rule not in RULES:
            problems.append(f"unknown rule {rule!r}")
        elif value is None or value is False:
            continue
        elif rule in (AGE, DESIL):
            problems.extend(_range_problems(rule, value))
        elif rule == SEX and value not in ("L", "P"):
            problems.append("sex must be 'L' or 'P'")
        elif rule == DOMICILE and value != DOMICILE_CITY:
            problems.append(f"domicile must be {DOMICILE_CITY!r}")
        elif rule == REGISTRY and not _codes_known(value, REGISTRY_STATUS):
            problems.append("registry must list registry codes")
        elif rule == ASSISTANCE_REQUIRED and value is not True and not _codes_known(
                value, ASSISTANCE):
            problems.append("assistance_required must be true or list assistance codes")
    return problems


def _range_problems(rule: str, value: Any) -> list[str]:
    if not isinstance(value, Mapping):
        return [f"{rule} must be a mapping with min and/or max"]
    bounds = [value.get("min"), value.get("max")]
    if all(b is None for b in bounds) or not all(
            b is None or (isinstance(b, int) and not isinstance(b, bool)) for b in bounds):
        return [f"{rule} needs whole-number min and/or max"]
    low, high = bounds
    if low is not None and high is not None and low > high:
        return [f"{rule}: min is above max"]
    try:
        _as_date(value.get("reference_date"))
    except ValueError:
        return [f"{rule}: reference_date is not a YYYY-MM-DD date"]
    return []


def _codes_known(value: Any, known: Mapping[str, str]) -> bool:
    codes = [value] if isinstance(value, str) else value
    return isinstance(codes, list | tuple) and bool(codes) and all(c in known for c in codes)


# ----------------------------------------------------------------------------- helpers
def _rule_order(rule: str) -> tuple[int, str]:
    return (RULES.index(rule) if rule in RULES else len(RULES), rule)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _shown(key: str, value: object, translate: Translate) -> object:
    """A parameter as the reader sees it: dates written out, codes as their labels."""
    if key == "date" and isinstance(value, str):
        return format_short_date(date.fromisoformat(value), translate)
    if key in ("status", "allowed"):
        return _labels(REGISTRY_STATUS, value, translate)
    if key == "kinds":
        return _labels(ASSISTANCE, value, translate)
    return value


def _labels(labels: Mapping[str, str], codes: object, translate: Translate) -> str:
    items = [codes] if isinstance(codes, str) else list(codes)  # type: ignore[call-overload]
    return ", ".join(translate(CHOICES_CONTEXT, labels[c]) if c in labels else str(c)
                     for c in items)
