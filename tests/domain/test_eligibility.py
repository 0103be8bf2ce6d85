"""Eligibility rules: each rule's edge cases as a table, the reasons' wording, verdicts
stored and read back, and the property that a verdict is eligible iff every check passed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrollment_app.domain.choices import ASSISTANCE, REGISTRY_STATUS
from enrollment_app.domain.eligibility import (
    PersonFacts,
    Verdict,
    describe_rules,
    evaluate,
    rule_problems,
)

WOMEN_2026 = {
    "age": {"min": 20, "max": 55, "reference_date": "2026-02-01"}, "sex": "P",
    "domicile": "kota_tangerang", "registry": ["regsosek", "dtsen"],
    "desil": {"min": 1, "max": 4}, "assistance_required": True,
    "not_active_in_program": True,
}
SITI = PersonFacts(sex="P", birth_date=date(1985, 6, 15), outside_city=False,
                   kecamatan_code="36.71.05", registry_status="dtsen", desil=3,
                   assistance=frozenset({"pkh"}))
# Indonesian for the texts these tests look at, as the lead's .ts file will give them.
INDONESIAN = {
    "Age {age} on {date}, limit {min}–{max}": "Usia {age} tahun pada {date}, batas {min}–{max}",
    "Aug": "Agu",
}


def indonesian(context: str, text: str) -> str:
    return INDONESIAN.get(text, text)


def failed_rules(person: PersonFacts, rules: dict | None = None, **kwargs: object) -> list[str]:
    verdict = evaluate(WOMEN_2026 if rules is None else rules, person, **kwargs)
    return [check.rule for check in verdict.checks if not check.passed]


def test_a_woman_who_meets_every_rule_is_eligible_and_every_check_says_why() -> None:
    verdict = evaluate(WOMEN_2026, SITI)
    assert verdict.eligible
    assert [c.rule for c in verdict.checks] == [
        "age", "sex", "domicile", "registry", "desil", "assistance_required",
        "not_active_in_program"]
    assert verdict.reasons() == [
        "Age 40 on 1 Feb 2026, within 20–55", "A woman, as the program requires",
        "Lives in Kota Tangerang", "Registry: DTSEN", "Desil 3, within 1–4",
        "Receives social assistance: PKH", "Not yet taking part in this program"]


@pytest.mark.parametrize(("birth_date", "age", "eligible"), [
    (date(1970, 2, 1), 56, False),  # 56th birthday ON the reference date: 56 counts
    (date(1970, 2, 2), 55, True),  # the birthday is the day after: still 55
    (date(1971, 2, 1), 55, True),
    (date(2006, 2, 1), 20, True),  # 20th birthday on the reference date
    (date(2006, 2, 2), 19, False),  # the day before the 20th birthday
    (date(1968, 12, 1), 57, False),
])
def test_age_counts_on_the_reference_date(birth_date: date, age: int, eligible: bool) -> None:
    verdict = evaluate({"age": WOMEN_2026["age"]}, replace(SITI, birth_date=birth_date))
    assert verdict.eligible is eligible
    assert verdict.checks[0].params["age"] == age


@pytest.mark.parametrize(("reference", "age"), [
    ("2029-02-28", 20),  # no 29 February in 2029: the 21st birthday is not reached yet
    ("2029-03-01", 21),  # ... it counts from 1 March
    ("2028-02-28", 19),
    ("2028-02-29", 20),
])
def test_someone_born_on_29_february(reference: str, age: int) -> None:
    rules = {"age": {"min": 21, "reference_date": reference}}
    verdict = evaluate(rules, replace(SITI, birth_date=date(2008, 2, 29)))
    assert verdict.checks[0].params["age"] == age
    assert verdict.eligible is (age >= 21)


def test_without_a_reference_date_in_the_rule_the_given_day_counts() -> None:
    rules = {"age": {"min": 20, "max": 55}}
    person = replace(SITI, birth_date=date(1970, 8, 17))
    assert evaluate(rules, person, reference_date=date(2026, 8, 16)).eligible
    assert not evaluate(rules, person, reference_date=date(2026, 8, 17)).eligible


def test_the_age_reason_in_bahasa_indonesia() -> None:
    verdict = evaluate(WOMEN_2026, replace(SITI, birth_date=date(1968, 12, 1)))
    assert verdict.reasons(indonesian) == ["Usia 57 tahun pada 1 Feb 2026, batas 20–55"]
    august = evaluate({"age": {"min": 20, "max": 55, "reference_date": "2026-08-17"}},
                      replace(SITI, birth_date=date(1960, 1, 1)))
    assert august.reasons(indonesian) == ["Usia 66 tahun pada 17 Agu 2026, batas 20–55"]


@pytest.mark.parametrize(("desil", "eligible", "reason"), [
    (1, True, "Desil 1, within 1–4"),  # min
    (4, True, "Desil 4, within 1–4"),  # max
    (5, False, "Desil 5, the program requires 1–4"),  # max + 1
    (None, False, "No desil recorded; the program requires desil 1–4"),
])
def test_desil_boundaries(desil: int | None, eligible: bool, reason: str) -> None:
    verdict = evaluate({"desil": {"min": 1, "max": 4}}, replace(SITI, desil=desil))
    assert verdict.eligible is eligible
    assert verdict.reasons() == [reason]


def test_a_man_applying_to_the_womens_program() -> None:
    man = replace(SITI, sex="L")
    verdict = evaluate(WOMEN_2026, man)
    assert not verdict.eligible
    assert verdict.reasons() == [
        "The program is for women only; the person is recorded as male"]


@pytest.mark.parametrize(("outside_city", "kecamatan", "reason"), [
    (True, "", "Lives outside Kota Tangerang; the program is for residents of the city"),
    (False, "", "No kecamatan of Kota Tangerang is recorded in the address"),
    (False, "36.03.01", "No kecamatan of Kota Tangerang is recorded in the address"),
])
def test_an_address_outside_the_city(outside_city: bool, kecamatan: str, reason: str) -> None:
    person = replace(SITI, outside_city=outside_city, kecamatan_code=kecamatan)
    verdict = evaluate(WOMEN_2026, person)
    assert failed_rules(person) == ["domicile"]
    assert verdict.reasons() == [reason]


@pytest.mark.parametrize(("status", "eligible"), [
    ("regsosek", True), ("dtsen", True), ("dtks", False), ("p3ke", False), ("none", False),
])
def test_registry_membership(status: str, eligible: bool) -> None:
    verdict = evaluate({"registry": ["regsosek", "dtsen"]}, replace(SITI, registry_status=status))
    assert verdict.eligible is eligible
    if not eligible:
        label = REGISTRY_STATUS[status]
        assert verdict.reasons() == [f"Registry: {label}; the program requires Regsosek, DTSEN"]


@pytest.mark.parametrize(("rule", "assistance", "eligible"), [
    (True, {"pkh"}, True), (True, {"bpnt"}, True), (True, set(), False),
    (["pkh"], {"bpnt"}, False), (["pkh"], {"bpnt", "pkh"}, True),
])
def test_assistance_received(rule: object, assistance: set[str], eligible: bool) -> None:
    person = replace(SITI, assistance=frozenset(assistance))
    assert evaluate({"assistance_required": rule}, person).eligible is eligible


def test_someone_already_active_in_the_program() -> None:
    verdict = evaluate(WOMEN_2026, SITI, already_active=True)
    assert failed_rules(SITI, already_active=True) == ["not_active_in_program"]
    assert verdict.reasons() == [
        "Already has an application in this program that is still open"]


def test_every_failed_rule_is_listed_not_only_the_first() -> None:
    person = PersonFacts(sex="L", birth_date=date(1950, 1, 1), outside_city=True,
                         kecamatan_code="", registry_status="none", desil=None,
                         assistance=frozenset())
    assert failed_rules(person, already_active=True) == [
        "age", "sex", "domicile", "registry", "desil", "assistance_required",
        "not_active_in_program"]


def test_rules_switched_off_or_absent_are_not_checked() -> None:
    assert evaluate({}, SITI) == Verdict(True, ())
    verdict = evaluate({"sex": None, "not_active_in_program": False}, SITI, already_active=True)
    assert verdict == Verdict(True, ())


def test_person_facts_from_a_participant_record() -> None:
    record = SimpleNamespace(sex="P", birth_date=date(1990, 2, 15), outside_city=False,
                             kecamatan_code="36.71.01", registry_status="dtks", desil=2,
                             assistance="bpnt,pkh")
    facts = PersonFacts.of(record)
    assert facts.assistance == frozenset({"bpnt", "pkh"})
    assert (facts.registry_status, facts.desil) == ("dtks", 2)
    empty = PersonFacts.of(SimpleNamespace(**{**vars(record), "assistance": ""}))
    assert empty.assistance == frozenset()


def test_a_verdict_is_stored_as_json_and_read_back_unchanged() -> None:
    import json

    verdict = evaluate(WOMEN_2026, replace(SITI, sex="L", desil=None))
    stored = json.loads(json.dumps(verdict.to_json()))
    assert Verdict.from_json(stored) == verdict
    assert Verdict.from_json(stored).reasons() == verdict.reasons()


def test_rules_in_words_and_malformed_rules() -> None:
    assert describe_rules(WOMEN_2026) == [
        "Aged 20–55 on 1 Feb 2026", "Women only", "Lives in Kota Tangerang",
        "Registered in Regsosek, DTSEN", "Household in desil 1–4",
        "Receives social assistance (BPNT / Sembako, PKH)",
        "Not already taking part in the program"]
    assert describe_rules({}) == ["Open to everyone"]
    assert rule_problems(WOMEN_2026) == []
    assert rule_problems({"age": {"min": 60, "max": 20}, "sex": "W", "colour": "red",
                          "registry": ["dtks", "bpjs"]}) == [
        "age: min is above max", "sex must be 'L' or 'P'", "unknown rule 'colour'",
        "registry must list registry codes"]


people = st.builds(
    PersonFacts,
    sex=st.sampled_from(["L", "P"]),
    birth_date=st.dates(min_value=date(1930, 1, 1), max_value=date(2012, 12, 31)),
    outside_city=st.booleans(),
    kecamatan_code=st.sampled_from(["", "36.71.01", "36.71.13", "36.03.01"]),
    registry_status=st.sampled_from(sorted(REGISTRY_STATUS)),
    desil=st.none() | st.integers(min_value=1, max_value=10),
    assistance=st.frozensets(st.sampled_from(sorted(ASSISTANCE))),
)
rule_sets = st.fixed_dictionaries({}, optional={
    "age": st.fixed_dictionaries({"min": st.integers(15, 40), "max": st.integers(41, 70)}),
    "sex": st.sampled_from(["L", "P"]),
    "domicile": st.just("kota_tangerang"),
    "registry": st.lists(st.sampled_from(sorted(REGISTRY_STATUS)), min_size=1, unique=True),
    "desil": st.fixed_dictionaries({"min": st.integers(1, 5), "max": st.integers(5, 10)}),
    "assistance_required": st.booleans(),
    "not_active_in_program": st.booleans(),
})


@given(rules=rule_sets, person=people, active=st.booleans(),
       on=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
def test_eligible_exactly_when_every_check_passes(rules: dict, person: PersonFacts,
                                                  active: bool, on: date) -> None:
    verdict = evaluate(rules, person, reference_date=on, already_active=active)
    assert verdict.eligible is all(check.passed for check in verdict.checks)
    assert {c.rule for c in verdict.checks} == {r for r, v in rules.items() if v is not False}
    assert len(verdict.reasons()) == (len(verdict.checks) if verdict.eligible
                                      else len(verdict.failed))
    assert Verdict.from_json(verdict.to_json()) == verdict
