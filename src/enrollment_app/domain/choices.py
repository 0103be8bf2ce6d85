"""Coded answers stored in the database, each with an English source label.

The codes are stable (they travel in sync bundles); the labels are translated by the UI
in the "choices" context.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP

CHOICES_CONTEXT = "choices"


def _choices(*pairs: tuple[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(pairs))


SEX = _choices(
    ("L", QT_TRANSLATE_NOOP("choices", "Male")),
    ("P", QT_TRANSLATE_NOOP("choices", "Female")),
)

EDUCATION = _choices(
    ("tidak_sekolah", QT_TRANSLATE_NOOP("choices", "No schooling")),
    ("sd", QT_TRANSLATE_NOOP("choices", "Primary school (SD)")),
    ("smp", QT_TRANSLATE_NOOP("choices", "Junior high school (SMP)")),
    ("sma", QT_TRANSLATE_NOOP("choices", "Senior high school (SMA/SMK)")),
    ("diploma", QT_TRANSLATE_NOOP("choices", "Diploma (D1-D3)")),
    ("s1", QT_TRANSLATE_NOOP("choices", "Bachelor (D4/S1)")),
    ("s2_s3", QT_TRANSLATE_NOOP("choices", "Postgraduate (S2/S3)")),
)

EMPLOYMENT = _choices(
    ("ibu_rumah_tangga", QT_TRANSLATE_NOOP("choices", "Housewife")),
    ("tidak_bekerja", QT_TRANSLATE_NOOP("choices", "Not working")),
    ("buruh_harian", QT_TRANSLATE_NOOP("choices", "Day labourer")),
    ("karyawan", QT_TRANSLATE_NOOP("choices", "Employee")),
    ("wirausaha", QT_TRANSLATE_NOOP("choices", "Self-employed / own business")),
    ("pelajar", QT_TRANSLATE_NOOP("choices", "Student")),
    ("lainnya", QT_TRANSLATE_NOOP("choices", "Other")),
)

MARITAL_STATUS = _choices(
    ("belum_kawin", QT_TRANSLATE_NOOP("choices", "Not married")),
    ("kawin", QT_TRANSLATE_NOOP("choices", "Married")),
    ("cerai_hidup", QT_TRANSLATE_NOOP("choices", "Divorced")),
    ("cerai_mati", QT_TRANSLATE_NOOP("choices", "Widowed")),
)

HOUSEHOLD_ROLE = _choices(
    ("kepala_keluarga", QT_TRANSLATE_NOOP("choices", "Head of household")),
    ("istri", QT_TRANSLATE_NOOP("choices", "Wife")),
    ("suami", QT_TRANSLATE_NOOP("choices", "Husband")),
    ("anak", QT_TRANSLATE_NOOP("choices", "Child")),
    ("lainnya", QT_TRANSLATE_NOOP("choices", "Other family member")),
)

REGISTRY_STATUS = _choices(
    ("dtsen", QT_TRANSLATE_NOOP("choices", "DTSEN")),
    ("dtks", QT_TRANSLATE_NOOP("choices", "DTKS")),
    ("regsosek", QT_TRANSLATE_NOOP("choices", "Regsosek")),
    ("p3ke", QT_TRANSLATE_NOOP("choices", "P3KE")),
    ("none", QT_TRANSLATE_NOOP("choices", "Not registered")),
)

ASSISTANCE = _choices(
    ("pkh", QT_TRANSLATE_NOOP("choices", "PKH")),
    ("bpnt", QT_TRANSLATE_NOOP("choices", "BPNT / Sembako")),
)

DISABILITY = _choices(
    ("none", QT_TRANSLATE_NOOP("choices", "None")),
    ("fisik", QT_TRANSLATE_NOOP("choices", "Physical")),
    ("sensorik", QT_TRANSLATE_NOOP("choices", "Sensory (sight, hearing, speech)")),
    ("intelektual", QT_TRANSLATE_NOOP("choices", "Intellectual")),
    ("mental", QT_TRANSLATE_NOOP("choices", "Mental")),
    ("ganda", QT_TRANSLATE_NOOP("choices", "Multiple")),
)

BUSINESS_SECTOR = _choices(
    ("kuliner", QT_TRANSLATE_NOOP("choices", "Culinary")),
    ("fesyen", QT_TRANSLATE_NOOP("choices", "Fashion")),
    ("kriya", QT_TRANSLATE_NOOP("choices", "Handicraft")),
    ("jasa", QT_TRANSLATE_NOOP("choices", "Services")),
    ("pariwisata", QT_TRANSLATE_NOOP("choices", "Tourism")),
    ("ekonomi_kreatif", QT_TRANSLATE_NOOP("choices", "Creative economy")),
    ("pertanian", QT_TRANSLATE_NOOP("choices", "Agriculture")),
    ("lainnya", QT_TRANSLATE_NOOP("choices", "Other")),
)

ROLES = _choices(
    ("field_officer", QT_TRANSLATE_NOOP("choices", "Field officer")),
    ("trainer", QT_TRANSLATE_NOOP("choices", "Trainer")),
    ("supervisor", QT_TRANSLATE_NOOP("choices", "Supervisor")),
    ("central", QT_TRANSLATE_NOOP("choices", "Central office")),
)

ATTENDANCE_CODES = _choices(
    ("H", QT_TRANSLATE_NOOP("choices", "Present (hadir)")),
    ("I", QT_TRANSLATE_NOOP("choices", "Excused (izin)")),
    ("S", QT_TRANSLATE_NOOP("choices", "Sick (sakit)")),
    ("A", QT_TRANSLATE_NOOP("choices", "Absent (alpa)")),
    ("T", QT_TRANSLATE_NOOP("choices", "Late (terlambat)")),
)

CONSENT_PURPOSE = QT_TRANSLATE_NOOP(
    "choices",
    "Registration, selection and training in a Kota Tangerang skills-training program, "
    "and reporting to the organising government office (UU 27/2022 on personal data).",
)

# Groups (kelompok) and business units (UMKM), issue 10.
GROUP_KIND = _choices(
    ("kelompok_wanita", QT_TRANSLATE_NOOP("choices", "Women's group (kelompok wanita)")),
    ("kelompok_usaha_bersama", QT_TRANSLATE_NOOP(
        "choices", "Joint business group (kelompok usaha bersama)")),
    ("kelompok_tani", QT_TRANSLATE_NOOP("choices", "Farmers' group (kelompok tani)")),
    ("karang_taruna", QT_TRANSLATE_NOOP("choices", "Youth organisation (karang taruna)")),
    ("pkk", QT_TRANSLATE_NOOP("choices", "Family welfare group (PKK)")),
    ("lainnya", QT_TRANSLATE_NOOP("choices", "Other")),
)

GROUP_MEMBER_ROLE = _choices(
    ("ketua", QT_TRANSLATE_NOOP("choices", "Leader (ketua)")),
    ("sekretaris", QT_TRANSLATE_NOOP("choices", "Secretary (sekretaris)")),
    ("bendahara", QT_TRANSLATE_NOOP("choices", "Treasurer (bendahara)")),
    ("anggota", QT_TRANSLATE_NOOP("choices", "Member (anggota)")),
)

BUSINESS_OWNER_ROLE = _choices(
    ("pemilik", QT_TRANSLATE_NOOP("choices", "Owner")),
    ("pemilik_bersama", QT_TRANSLATE_NOOP("choices", "Co-owner")),
    ("pengelola", QT_TRANSLATE_NOOP("choices", "Manager")),
)

BUSINESS_SCALE = _choices(
    ("mikro", QT_TRANSLATE_NOOP("choices", "Micro")),
    ("kecil", QT_TRANSLATE_NOOP("choices", "Small")),
    ("menengah", QT_TRANSLATE_NOOP("choices", "Medium")),
)

# Monthly turnover in rupiah.
TURNOVER_BAND = _choices(
    ("lt_5jt", QT_TRANSLATE_NOOP("choices", "Under Rp 5 million a month")),
    ("5_25jt", QT_TRANSLATE_NOOP("choices", "Rp 5-25 million a month")),
    ("25_100jt", QT_TRANSLATE_NOOP("choices", "Rp 25-100 million a month")),
    ("gt_100jt", QT_TRANSLATE_NOOP("choices", "Over Rp 100 million a month")),
)

BUSINESS_PERMIT = _choices(
    ("pirt", QT_TRANSLATE_NOOP("choices", "PIRT (home food industry permit)")),
    ("halal", QT_TRANSLATE_NOOP("choices", "Halal certificate")),
    ("haki", QT_TRANSLATE_NOOP("choices", "HAKI (intellectual property)")),
    ("bpom", QT_TRANSLATE_NOOP("choices", "BPOM registration")),
    ("sni", QT_TRANSLATE_NOOP("choices", "SNI certificate")),
)
