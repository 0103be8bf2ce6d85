"""Typed SQLAlchemy models for the whole mission.

Synced tables (they travel in bundles) use ``SyncedMixin``. Local tables (device identity,
counters, audit trail, exported bundle log) stay on the device.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from enrollment_app.storage.base import UUID_LENGTH, Base, SyncedMixin, UTCDateTime, new_uuid

ID = String(UUID_LENGTH)
# Partial index over the rows not tombstoned (SQLite and PostgreSQL spell it alike).
_LIVE_ROWS = {"sqlite_where": text("deleted_at IS NULL"),
              "postgresql_where": text("deleted_at IS NULL")}


# --------------------------------------------------------------------------- local tables
class Device(Base):
    """This installation: one row, made by the first-run wizard or ``enrollment init``."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(100))
    team: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    is_central: Mapped[bool] = mapped_column(Boolean, default=False)
    # The device secret: its raw Ed25519 signing key, from which its X25519 key is derived
    # (sync.keys). Made on first run.
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # The central office's raw X25519 public key (bundles are encrypted for it) and its
    # raw Ed25519 public key (its updates are verified with it), from provisioning.
    central_public_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    central_signing_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)


class ChangeCounter(Base):
    """The local change sequence: one row, incremented once per flush that writes."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Append-only, hash-chained record of every create/update/delete."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(10))  # create / update / delete
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(ID, index=True)
    changes: Mapped[dict] = mapped_column(JSON)  # field -> [old, new]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_log_user_at", "user_id", "at"),)


class ExportedBundle(Base):
    """Every bundle this device wrote, so it can be re-created and chained."""

    __tablename__ = "exported_bundles"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(20))  # daily / range / full
    from_change_seq: Mapped[int] = mapped_column(Integer)
    to_change_seq: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    receipt: Mapped[dict | None] = mapped_column(JSON, default=None)
    # What re-creating the bundle needs (services.export): its id and chain link, the
    # date range of a "range" bundle, and the audit position base versions count from.
    bundle_id: Mapped[str | None] = mapped_column(ID, default=None)
    previous_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    payload_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    since_date: Mapped[date | None] = mapped_column(Date, default=None)
    until_date: Mapped[date | None] = mapped_column(Date, default=None)
    audit_seq_to: Mapped[int | None] = mapped_column(Integer, default=None)
    per_kecamatan: Mapped[dict | None] = mapped_column(JSON, default=None)


class AppliedUpdate(Base):
    """Every central-office update applied on this device (services.apply_update)."""

    __tablename__ = "applied_updates"

    bundle_id: Mapped[str] = mapped_column(ID, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))  # as the manifest states it
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())
    applied_by: Mapped[str] = mapped_column(ID)
    file_name: Mapped[str] = mapped_column(String(200))
    counts: Mapped[dict] = mapped_column(JSON, default=dict)  # table -> outcome -> n


# -------------------------------------------------------------------------- synced tables
class User(SyncedMixin, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(50))
    full_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Set when a supervisor resets the password: the person chooses their own at sign-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False,
                                                       server_default=false())

    __table_args__ = (
        Index("uq_users_username_live", "username", unique=True,
              sqlite_where=text("deleted_at IS NULL"),
              postgresql_where=text("deleted_at IS NULL")),
        CheckConstraint("role IN ('field_officer','trainer','supervisor','central')",
                        name="role_known"),
    )


class Program(SyncedMixin, Base):
    __tablename__ = "programs"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    organiser: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    requires_interview: Mapped[bool] = mapped_column(Boolean, default=False)
    eligibility: Mapped[dict] = mapped_column(JSON, default=dict)
    targets: Mapped[list] = mapped_column(JSON, default=list)  # [{"key","count","unit",..}]
    completion_threshold: Mapped[int] = mapped_column(Integer, default=80)  # percent
    starter_package_top_n: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The selection interview's questions: [{"key", "label", "type": text/choice/scale,
    # "options": [{"value", "label"}] for choice, "min"/"max" for scale}].
    interview_questions: Mapped[list] = mapped_column(JSON, default=list,
                                                      server_default=text("'[]'"))

    skills: Mapped[list[ProgramSkill]] = relationship(back_populates="program")
    quotas: Mapped[list[ProgramQuota]] = relationship(back_populates="program")


class ProgramSkill(SyncedMixin, Base):
    __tablename__ = "program_skills"

    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))

    program: Mapped[Program] = relationship(back_populates="skills")
    __table_args__ = (UniqueConstraint("program_id", "code"),)


class ProgramQuota(SyncedMixin, Base):
    __tablename__ = "program_quotas"

    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), index=True)
    kecamatan_code: Mapped[str] = mapped_column(String(20))
    quota: Mapped[int] = mapped_column(Integer)

    program: Mapped[Program] = relationship(back_populates="quotas")
    __table_args__ = (UniqueConstraint("program_id", "kecamatan_code"),)


class Participant(SyncedMixin, Base):
    __tablename__ = "participants"

    nik: Mapped[str] = mapped_column(String(16))
    kk: Mapped[str] = mapped_column(String(16), default="")
    full_name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100))  # casefolded, accents stripped
    sex: Mapped[str] = mapped_column(String(1))
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    street: Mapped[str] = mapped_column(String(200), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    kecamatan_code: Mapped[str] = mapped_column(String(20), default="")
    kelurahan_code: Mapped[str] = mapped_column(String(20), default="")
    outside_city: Mapped[bool] = mapped_column(Boolean, default=False)
    outside_region: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(16), default="")
    education: Mapped[str] = mapped_column(String(20), default="")
    employment: Mapped[str] = mapped_column(String(20), default="")
    marital_status: Mapped[str] = mapped_column(String(20), default="")
    household_role: Mapped[str] = mapped_column(String(20), default="")
    registry_status: Mapped[str] = mapped_column(String(20), default="none")
    desil: Mapped[int | None] = mapped_column(Integer, default=None)
    assistance: Mapped[str] = mapped_column(String(50), default="")  # "bpnt,pkh"
    disability: Mapped[str] = mapped_column(String(20), default="none")
    consent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    consent_by: Mapped[str] = mapped_column(ID)
    consent_purpose: Mapped[str] = mapped_column(Text)
    confirmed_warnings: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when retention blanked the personal fields here (domain.personal_fields).
    redacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    __table_args__ = (
        # One live person per NIK on a device; the central office flags cross-device
        # duplicates instead (see the sync contract).
        Index("uq_participants_nik_live", "nik", unique=True, **_LIVE_ROWS),
        # The participant list (services.participant_search) walks these in sort order.
        # Live rows only: a count or a LIKE test then needs no table row for deleted_at
        # (the queries must say "deleted_at IS NULL" for SQLite to use them).
        Index("ix_participants_name_key", "name_key", **_LIVE_ROWS),
        Index("ix_participants_phone", "phone"),
        Index("ix_participants_kecamatan_name", "kecamatan_code", "name_key", **_LIVE_ROWS),
        Index("ix_participants_birth_date_name", "birth_date", "name_key"),
        Index("ix_participants_updated_live", "updated_at", **_LIVE_ROWS),
        CheckConstraint("sex IN ('L','P')", name="sex_known"),
        CheckConstraint("desil IS NULL OR desil BETWEEN 1 AND 10", name="desil_range"),
        CheckConstraint("length(nik) = 16", name="nik_length"),
    )


class BusinessUnit(SyncedMixin, Base):
    __tablename__ = "business_units"

    name: Mapped[str] = mapped_column(String(200))
    nib: Mapped[str] = mapped_column(String(13), default="")
    sector: Mapped[str] = mapped_column(String(30), default="")
    scale: Mapped[str] = mapped_column(String(20), default="mikro")
    street: Mapped[str] = mapped_column(String(200), default="")
    kecamatan_code: Mapped[str] = mapped_column(String(20), default="")
    kelurahan_code: Mapped[str] = mapped_column(String(20), default="")
    year_started: Mapped[int | None] = mapped_column(Integer, default=None)
    products: Mapped[str] = mapped_column(Text, default="")
    turnover_band: Mapped[str] = mapped_column(String(30), default="")
    permits: Mapped[str] = mapped_column(String(100), default="")  # "haki,halal,pirt"
    # The number of each permit or certificate held: {"pirt": "...", "halal": "..."}.
    permit_numbers: Mapped[dict] = mapped_column(JSON, default=dict,
                                                 server_default=text("'{}'"))


class BusinessOwner(SyncedMixin, Base):
    __tablename__ = "business_owners"

    business_unit_id: Mapped[str] = mapped_column(ForeignKey("business_units.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    role: Mapped[str] = mapped_column(String(30), default="pemilik")


class Group(SyncedMixin, Base):
    __tablename__ = "groups"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    kecamatan_code: Mapped[str] = mapped_column(String(20), default="")
    kelurahan_code: Mapped[str] = mapped_column(String(20), default="")
    leader_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"))
    contact: Mapped[str] = mapped_column(String(100), default="")


class GroupMember(SyncedMixin, Base):
    __tablename__ = "group_members"

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    role: Mapped[str] = mapped_column(String(30), default="anggota")
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)


class Application(SyncedMixin, Base):
    """A person (or business unit) applying to a program and skill."""

    __tablename__ = "applications"

    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), index=True)
    skill_id: Mapped[str | None] = mapped_column(ForeignKey("program_skills.id"))
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"), index=True)
    business_unit_id: Mapped[str | None] = mapped_column(ForeignKey("business_units.id"))
    kecamatan_code: Mapped[str] = mapped_column(String(20), default="")  # quota bucket
    status: Mapped[str] = mapped_column(String(20), default="registered")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    applied_on: Mapped[date] = mapped_column(Date)
    waitlist_position: Mapped[int | None] = mapped_column(Integer)
    eligibility: Mapped[dict] = mapped_column(JSON, default=dict)  # verdict and reasons
    override_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint(
            "status IN ('registered','interviewed','accepted','waitlisted','rejected',"
            "'assigned','completed','dropped')", name="status_known"),
        CheckConstraint("(participant_id IS NULL) <> (business_unit_id IS NULL)",
                        name="one_applicant"),
        # Quota counts and the program dashboard group a program's live applications by
        # kecamatan and status from this index alone (no table row per application; a
        # partial index would not cover the "deleted_at IS NULL" test on SQLite).
        Index("ix_applications_program_progress", "program_id", "kecamatan_code", "status",
              "deleted_at"),
    )


class Interview(SyncedMixin, Base):
    __tablename__ = "interviews"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"), index=True)
    interviewer_id: Mapped[str] = mapped_column(ID)
    held_on: Mapped[date] = mapped_column(Date)
    answers: Mapped[dict] = mapped_column(JSON, default=dict)
    score: Mapped[int | None] = mapped_column(Integer)
    recommendation: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingClass(SyncedMixin, Base):
    __tablename__ = "classes"

    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"), index=True)
    skill_id: Mapped[str | None] = mapped_column(ForeignKey("program_skills.id"))
    name: Mapped[str] = mapped_column(String(200))
    venue_name: Mapped[str] = mapped_column(String(200), default="")
    venue_address: Mapped[str] = mapped_column(String(300), default="")
    venue_kecamatan_code: Mapped[str] = mapped_column(String(20), default="")
    trainer_id: Mapped[str | None] = mapped_column(ID)
    capacity: Mapped[int] = mapped_column(Integer, default=25)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class ClassEnrollment(SyncedMixin, Base):
    """A participant's place in a class; moving classes ends one row and starts another."""

    __tablename__ = "class_enrollments"

    class_id: Mapped[str] = mapped_column(ForeignKey("classes.id"), index=True)
    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), default="")  # completed / dropped


class ClassSession(SyncedMixin, Base):
    __tablename__ = "class_sessions"

    class_id: Mapped[str] = mapped_column(ForeignKey("classes.id"), index=True)
    session_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    topic: Mapped[str] = mapped_column(String(200), default="")


class AttendanceMark(SyncedMixin, Base):
    __tablename__ = "attendance_marks"

    session_id: Mapped[str] = mapped_column(ForeignKey("class_sessions.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    code: Mapped[str] = mapped_column(String(1))
    arrival_time: Mapped[time | None] = mapped_column(Time)
    source: Mapped[str] = mapped_column(String(10), default="key")  # key / scan / paper
    note: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        UniqueConstraint("session_id", "participant_id"),
        CheckConstraint("code IN ('H','I','S','A','T')", name="code_known"),
    )


class AidHandover(SyncedMixin, Base):
    """Starter kits, equipment or capital handed to a person, a group or a business."""

    __tablename__ = "aid_handovers"

    program_id: Mapped[str | None] = mapped_column(ForeignKey("programs.id"))
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"))
    group_id: Mapped[str | None] = mapped_column(ForeignKey("groups.id"))
    business_unit_id: Mapped[str | None] = mapped_column(ForeignKey("business_units.id"))
    kind: Mapped[str] = mapped_column(String(30))  # starter_kit / equipment / capital
    items: Mapped[list] = mapped_column(JSON, default=list)
    amount: Mapped[int | None] = mapped_column(Integer)
    handed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    receipt_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class Facilitation(SyncedMixin, Base):
    """What was done for a person, a business unit or a group, and when
    (services.facilitation): a training completed, a certification, a HAKI application,
    an exhibition or promotion, capital aid, equipment handed over, ... ``target_key``
    names the program target it counts toward (services.targets); ``kecamatan_code`` is
    the subject's kecamatan on the day (the bucket it is counted in); ``details`` holds
    what the kind needs (domain.facilitation_kinds). Capital aid and equipment also have
    their AidHandover row (``aid_handover_id``)."""

    __tablename__ = "facilitations"

    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"),
                                                       index=True)
    business_unit_id: Mapped[str | None] = mapped_column(ForeignKey("business_units.id"),
                                                         index=True)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("groups.id"), index=True)
    program_id: Mapped[str | None] = mapped_column(ForeignKey("programs.id"))
    target_key: Mapped[str | None] = mapped_column(String(60), default=None)
    kind: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[date] = mapped_column(Date)
    kecamatan_code: Mapped[str] = mapped_column(String(20), default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    aid_handover_id: Mapped[str | None] = mapped_column(ForeignKey("aid_handovers.id"),
                                                        default=None)

    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN participant_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN business_unit_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN group_id IS NULL THEN 0 ELSE 1 END) = 1", name="one_subject"),
        # The target figures read a program's records target by target.
        Index("ix_facilitations_program_target", "program_id", "target_key", "deleted_at"),
    )


class DataSubjectRequest(SyncedMixin, Base):
    """A person's request under UU PDP: a copy of their data (access) or a correction."""

    __tablename__ = "data_subject_requests"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # access / correction
    received_on: Mapped[date] = mapped_column(Date)
    request_text: Mapped[str] = mapped_column(Text, default="")  # what the person asked
    status: Mapped[str] = mapped_column(String(20), default="done")  # pending/done/refused
    response: Mapped[str] = mapped_column(Text, default="")  # what was done, or why not
    handled_by: Mapped[str | None] = mapped_column(ID, default=None)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    __table_args__ = (
        CheckConstraint("kind IN ('access','correction')", name="kind_known"),
        CheckConstraint("status IN ('pending','done','refused')", name="status_known"),
    )


class Candidate(SyncedMixin, Base):
    """A person on a program's registry list (DTSEN/DTKS extract) whom field staff are to
    visit, verify and register (services.candidates). Made at the central office and sent
    to devices in update bundles; ``participant_id`` is set once the person is registered."""

    __tablename__ = "candidates"

    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id"))
    source: Mapped[str] = mapped_column(String(200), default="")  # the list's file name
    nik: Mapped[str] = mapped_column(String(16))
    kk: Mapped[str] = mapped_column(String(16), default="")
    full_name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1), default="")
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    street: Mapped[str] = mapped_column(String(200), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    kecamatan_code: Mapped[str] = mapped_column(String(20), default="")
    kelurahan_code: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(16), default="")
    registry_status: Mapped[str] = mapped_column(String(20), default="none")
    desil: Mapped[int | None] = mapped_column(Integer, default=None)
    assistance: Mapped[str] = mapped_column(String(50), default="")  # "bpnt,pkh"
    status: Mapped[str] = mapped_column(String(20), default="to_visit")
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"),
                                                       default=None)
    visited_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_candidates_nik", "nik"),
        # The Candidates page counts and lists who is still to be visited per kelurahan.
        Index("ix_candidates_area_status", "kecamatan_code", "kelurahan_code", "status"),
        CheckConstraint("status IN ('to_visit','registered','not_found','refused')",
                        name="status_known"),
        CheckConstraint("desil IS NULL OR desil BETWEEN 1 AND 10", name="desil_range"),
    )


SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    User, Program, ProgramSkill, ProgramQuota, Participant, BusinessUnit, BusinessOwner,
    Group, GroupMember, Application, Interview, TrainingClass, ClassEnrollment, ClassSession,
    AttendanceMark, AidHandover, DataSubjectRequest, Candidate, Facilitation,
)
