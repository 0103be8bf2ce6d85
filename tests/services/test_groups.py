"""Groups (issue 10, item 1): create and edit, members with roles and dates, a person in
several groups, the leader; bad input refused at the field with nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from enrollment_app.services import groups
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.errors import ValidationError
from enrollment_app.services.groups import GroupDraft
from tests.umkm_records import (
    KECAMATAN,
    OTHER_KECAMATAN,
    make_group,
    register,
    row_counts,
)

DAY = date(2026, 3, 2)


def refused(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.code for p in error.value.problems}


def test_a_group_with_members_a_leader_and_one_who_left(supervisor: ServiceContext) -> None:
    siti, dewi, rina = (register(supervisor, n, name) for n, name in
                        enumerate(("Siti Aminah", "Dewi Lestari", "Rina Wati"), 1))
    group = make_group(supervisor)
    groups.add_member(supervisor, group, siti, role="ketua", joined_on=date(2026, 1, 5),
                      today=DAY)
    groups.add_member(supervisor, group, dewi, joined_on=date(2026, 1, 5), today=DAY)
    rina_member = groups.add_member(supervisor, group, rina, joined_on=date(2026, 1, 6),
                                    today=DAY)
    groups.leave_group(supervisor, rina_member, date(2026, 2, 1), today=DAY)

    info = groups.get_group(supervisor, group)
    assert info.leader is not None and info.leader.full_name == "Siti Aminah"
    assert [m.full_name for m in info.members] == ["Dewi Lestari", "Siti Aminah", "Rina Wati"]
    assert [m.full_name for m in info.active_members(date(2026, 1, 20))] == [
        "Dewi Lestari", "Siti Aminah", "Rina Wati"]
    assert [m.full_name for m in info.active_members(DAY)] == ["Dewi Lestari", "Siti Aminah"]
    assert [(g.name, g.active_members) for g in groups.list_groups(supervisor)] == [
        ("Kelompok Wanita Melati", 2)]

    groups.set_leader(supervisor, group, dewi)
    info = groups.get_group(supervisor, group)
    assert info.leader is not None and info.leader.full_name == "Dewi Lestari"
    assert {m.full_name: m.role for m in info.members}["Siti Aminah"] == "anggota"

    # Rina left; she may join again (a new membership row).
    groups.add_member(supervisor, group, rina, today=DAY)
    assert len(groups.get_group(supervisor, group).active_members(DAY)) == 3


def test_a_person_may_belong_to_several_groups(supervisor: ServiceContext) -> None:
    siti = register(supervisor, 1)
    first, second = make_group(supervisor, "Kelompok Melati"), make_group(
        supervisor, "KUB Mawar", kecamatan=OTHER_KECAMATAN)
    groups.add_member(supervisor, first, siti, today=DAY)
    groups.add_member(supervisor, second, siti, today=DAY)
    assert [g.name for g in groups.groups_of_participant(supervisor, siti)] == [
        "Kelompok Melati", "KUB Mawar"]
    assert [g.name for g in groups.list_groups(supervisor, kecamatan_code=KECAMATAN)] == [
        "Kelompok Melati"]


def test_a_member_added_twice_is_refused_and_nothing_is_written(
        supervisor: ServiceContext) -> None:
    siti = register(supervisor, 1)
    group = make_group(supervisor)
    groups.add_member(supervisor, group, siti, today=DAY)
    before = row_counts(supervisor)
    with pytest.raises(ValidationError) as error:
        groups.add_member(supervisor, group, siti, today=DAY)
    assert refused(error) == {"participant_id": "group.member_twice"}
    assert "Siti Aminah is already a member of Kelompok Wanita Melati" in \
        error.value.problems[0].render()
    assert row_counts(supervisor) == before


@pytest.mark.parametrize(("participant", "role", "joined", "expected"), [
    ("not-a-participant-id", "anggota", None, {"participant_id": "person.not_registered"}),
    ("siti", "raja", None, {"role": "group.role"}),
    ("siti", "anggota", date(2026, 3, 3), {"joined_on": "date.future"}),
])
def test_bad_members_are_refused_at_the_field(
        supervisor: ServiceContext, participant: str, role: str, joined: date | None,
        expected: dict[str, str]) -> None:
    siti = register(supervisor, 1)
    group = make_group(supervisor)
    before = row_counts(supervisor)
    with pytest.raises(ValidationError) as error:
        groups.add_member(supervisor, group, siti if participant == "siti" else participant,
                          role=role, joined_on=joined, today=DAY)
    assert refused(error) == expected
    assert row_counts(supervisor) == before


@pytest.mark.parametrize(("changes", "expected"), [
    ({"name": ""}, {"name": "name.required"}),
    ({"kind": "arisan_rahasia"}, {"kind": "group.kind"}),
    ({"kelurahan_code": "36.71.05.1001"}, {"kelurahan_code": "kelurahan.wrong_kecamatan"}),
    ({"kecamatan_code": "", "kelurahan_code": ""},
     {"kecamatan_code": "kecamatan.required", "kelurahan_code": "kelurahan.required"}),
])
def test_bad_group_details_are_refused(supervisor: ServiceContext, changes: dict[str, str],
                                       expected: dict[str, str]) -> None:
    values = {"name": "Kelompok Melati", "kind": "kelompok_wanita",
              "kecamatan_code": KECAMATAN, "kelurahan_code": f"{KECAMATAN}.1001", **changes}
    before = row_counts(supervisor)
    with pytest.raises(ValidationError) as error:
        groups.create_group(supervisor, GroupDraft(**values))
    assert refused(error) == expected
    assert row_counts(supervisor) == before


def test_editing_a_group_and_leaving_rules(supervisor: ServiceContext) -> None:
    siti = register(supervisor, 1)
    group = make_group(supervisor)
    member = groups.add_member(supervisor, group, siti, joined_on=date(2026, 2, 1), today=DAY)
    groups.edit_group(supervisor, group, GroupDraft(
        name="KUB Melati Jaya", kind="kelompok_usaha_bersama", kecamatan_code=KECAMATAN,
        kelurahan_code=f"{KECAMATAN}.1001", contact="081234567890"))
    info = groups.get_group(supervisor, group)
    assert (info.name, info.kind, info.contact, info.version) == (
        "KUB Melati Jaya", "kelompok_usaha_bersama", "081234567890", 2)
    with pytest.raises(ValidationError) as error:
        groups.leave_group(supervisor, member, date(2026, 1, 1), today=DAY)
    assert refused(error) == {"left_on": "group.left_before_joining"}
    with pytest.raises(ValidationError) as error:
        groups.set_leader(supervisor, group, register(supervisor, 2, "Dewi Lestari"))
    assert refused(error) == {"leader_id": "group.leader_not_member"}
