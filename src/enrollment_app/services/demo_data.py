"""Realistic synthetic participants, so a newcomer sees a working app and benchmarks have data.

People live in the 13 kecamatan of Kota Tangerang (weighted roughly by population) and
their kelurahan. Most are women (the programs target women), about a quarter men. Names
mix Sundanese, Betawi, Javanese and Muslim given names with common second names. NIKs are
valid: the region prefix is mostly the person's own kecamatan (36.71.xx), sometimes
another kecamatan of the city or a kecamatan elsewhere in Banten, Jakarta or Jawa Barat;
the encoded date and sex match the birth date and sex (women: day + 40); the serial makes
every NIK unique. Some people share a family card (KK) with a spouse or a parent.

Rows are written through the ORM in ``ctx.write()`` sessions, one transaction per batch,
so the session hooks stamp ids, versions, the change sequence and the audit trail exactly
as for a registration typed in the form. The same seed gives the same people.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import select

from enrollment_app.domain.choices import CONSENT_PURPOSE
from enrollment_app.domain.names import search_key
from enrollment_app.domain.nik import make_nik
from enrollment_app.domain.regions import RegionCatalog, load_regions
from enrollment_app.services.accounts import sign_in
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.device_setup import initialize_device, load_device
from enrollment_app.services.permissions import Permission, require
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.storage.database import Database
from enrollment_app.storage.models import BusinessOwner, BusinessUnit, Participant

DEMO_DEVICE_NAME = "Perangkat Demo"
DEMO_SUPERVISOR = "supervisor"
DEMO_SUPERVISOR_FULL_NAME = "Supervisor Demo"
DEFAULT_BATCH_SIZE = 1000

ProgressCallback = Callable[[int, int], bool]
T = TypeVar("T")

# ------------------------------------------------------------------------ reference data
# Rough population of each kecamatan (thousands, BPS Kota Tangerang): where people live.
KECAMATAN_WEIGHTS: dict[str, int] = {
    "36.71.01": 160, "36.71.02": 115, "36.71.03": 95, "36.71.04": 85, "36.71.05": 230,
    "36.71.06": 150, "36.71.07": 180, "36.71.08": 140, "36.71.09": 150, "36.71.10": 115,
    "36.71.11": 170, "36.71.12": 125, "36.71.13": 170,
}

# Where a NIK was first issued, for people not registered in their own kecamatan:
# regency/city code -> weight. Kota Tangerang itself covers moves inside the city.
ORIGIN_REGENCY_WEIGHTS: dict[str, int] = {
    "36.71": 30,  # another kecamatan of Kota Tangerang
    "36.03": 20,  # Kabupaten Tangerang
    "36.74": 8,  # Kota Tangerang Selatan
    "36.04": 4, "36.73": 3, "36.02": 4, "36.01": 4, "36.72": 1,  # rest of Banten
    "31.73": 8, "31.71": 2, "31.72": 3, "31.74": 3, "31.75": 3,  # Jakarta
    "32.01": 3, "32.16": 2, "32.75": 2, "32.76": 2, "32.73": 2, "32.09": 2,  # Jawa Barat
    "32.12": 2, "32.05": 1, "32.06": 1, "32.02": 1, "32.03": 1,
}
OWN_KECAMATAN_SHARE = 0.78  # NIK issued in the kecamatan the person lives in
# Men among people registering alone; with the husbands of couples about a quarter of all.
MALE_SHARE_SINGLE = 0.25

BIRTH_PLACE_TANGERANG = ("Tangerang",) * 8 + ("Jakarta", "Kab. Tangerang")

FEMALE_GIVEN = (
    # Muslim / Arabic-derived
    "Siti", "Siti", "Siti", "Nur", "Nur", "Nurul", "Aisyah", "Fatimah", "Khadijah", "Aminah",
    "Halimah", "Zahra", "Nabila", "Annisa", "Aulia", "Maryam", "Zulaikha", "Habibah",
    "Latifah", "Laila", "Syifa", "Hafsah", "Rahmah", "Salma", "Zainab", "Ummi", "Sri",
    # Sundanese
    "Neng", "Euis", "Iis", "Enok", "Imas", "Cucu", "Eti", "Yayah", "Ai", "Nining", "Lilis",
    "Titin", "Tati", "Wiwin", "Yeni", "Entin", "Ela", "Ika", "Cicih", "Oom", "Nenah",
    "Popon", "Elis", "Neneng", "Teti", "Yati", "Iyah", "Cici", "Nani", "Imas",
    # Betawi
    "Rohayati", "Nurhayati", "Maemunah", "Saodah", "Rodiah", "Masnah", "Juleha", "Rohimah",
    "Romlah", "Munah", "Saadah", "Marpuah", "Atun", "Hasanah", "Jamilah", "Zaenab",
    # Javanese
    "Sri", "Dwi", "Tri", "Endang", "Sumiyati", "Suparmi", "Wulan", "Rini", "Sulastri",
    "Tutik", "Ningsih", "Lestari", "Wahyuni", "Yuliani", "Kartini", "Sumarni", "Purwanti",
    "Retno", "Rukmini", "Suryani", "Wartini", "Sugiyem", "Endah", "Sari", "Murni",
    # common modern names
    "Dewi", "Putri", "Ayu", "Intan", "Fitri", "Rina", "Lina", "Maya", "Novi", "Yuli", "Desi",
    "Indah", "Rika", "Dian", "Ratna", "Mega", "Eka", "Winda", "Anisa", "Linda", "Tiara",
    "Nadia", "Amelia", "Rizka", "Vina", "Fika", "Melati", "Kartika", "Nova", "Yunita",
)
FEMALE_SECOND = (
    "Aminah", "Nurhasanah", "Rahmawati", "Kurniasih", "Maryani", "Susanti", "Handayani",
    "Rohaeni", "Sulastri", "Komariah", "Fitriani", "Yuliana", "Wulandari", "Lestari",
    "Kusumawati", "Purnamasari", "Anggraini", "Permatasari", "Safitri", "Hidayati",
    "Marlina", "Nurjanah", "Rosita", "Mulyani", "Suryani", "Setiawati", "Herlina",
    "Sumarni", "Maesaroh", "Jubaedah", "Rohimah", "Halimah", "Nuraeni", "Sopiah", "Hayati",
    "Sariyah", "Aisyah", "Khoiriyah", "Mardiyah", "Solihah", "Yulianti", "Novitasari",
    "Puspitasari", "Rahayu", "Utami", "Pratiwi", "Astuti", "Oktaviani", "Ramadhani",
    "Apriliani", "Nurlela", "Masitoh", "Munawaroh", "Zubaedah", "Saripah", "Kholifah",
    "Fauziah", "Amalia", "Hartati", "Sundari", "Widiastuti", "Suhartini", "Ernawati",
)
# Middle parts of three-part names: "Siti Nur Aisyah", "Muhammad Rizky Saputra".
FEMALE_MIDDLE = ("Nur", "Nurul", "Sri", "Ayu", "Putri", "Dewi", "Fitri", "Indah", "Ratna",
                 "Kurnia", "Rahma", "Dwi", "Tri", "Eka", "Siti", "Mega", "Intan")
MALE_MIDDLE = ("Nur", "Rizky", "Fajar", "Arif", "Ilham", "Abdul", "Agus", "Wahyu", "Dwi",
               "Eko", "Adi", "Budi")
MALE_GIVEN = (
    "Muhammad", "Muhammad", "Ahmad", "Ahmad", "Abdul", "Asep", "Ujang", "Dadang", "Cecep",
    "Dede", "Iwan", "Agus", "Budi", "Slamet", "Joko", "Bambang", "Heri", "Eko", "Rudi",
    "Hendra", "Deni", "Yusuf", "Ridwan", "Rohmat", "Saepul", "Jajang", "Aang", "Engkos",
    "Mamat", "Udin", "Ucup", "Sarip", "Mursid", "Rojali", "Muhidin", "Romli", "Sueb",
    "Bahrudin", "Haris", "Andi", "Rizky", "Fajar", "Ilham", "Arif", "Wahyu", "Sugeng",
    "Sutrisno", "Teguh", "Yanto", "Dimas", "Fikri", "Irfan", "Yogi", "Nana", "Endang",
)
MALE_SECOND = (
    "Hidayat", "Setiawan", "Kurniawan", "Saputra", "Gunawan", "Sunandar", "Suherman",
    "Rahman", "Hakim", "Firmansyah", "Ramdani", "Hermawan", "Supriyadi", "Santoso",
    "Prasetyo", "Wijaya", "Nugraha", "Permana", "Maulana", "Hidayatullah", "Syahputra",
    "Sobari", "Suryadi", "Mulyadi", "Sulaeman", "Jaelani", "Fauzi", "Arifin", "Sofyan",
    "Iskandar", "Nurdin", "Samsudin", "Kosasih", "Ruhiyat", "Ismail", "Sahroni",
)
# Families from North Sumatra keep their marga; a few live in Tangerang.
MARGA = ("Nasution", "Siregar", "Harahap", "Lubis", "Hutapea", "Sinaga", "Simatupang",
         "Simanjuntak", "Pasaribu", "Batubara")

STREET_NAMES = (
    "Melati", "Mawar", "Kenanga", "Flamboyan", "Anggrek", "Dahlia", "Cempaka", "Teratai",
    "H. Mansyur", "KH. Hasyim Ashari", "Imam Bonjol", "Daan Mogot", "Gatot Subroto",
    "Raden Saleh", "Moh. Toha", "Sultan Hasanudin", "Perintis Kemerdekaan",
    "Benteng Betawi", "Marsekal Suryadarma", "Kisamaun", "Ciledug Raya", "Maulana Hasanudin",
    "Hos Cokroaminoto", "Pembangunan", "Merdeka", "Jenderal Sudirman", "Cipto Mangunkusumo",
    "Aria Santika", "Irigasi Sipon", "Kali Pasir", "Bouraq", "Gaga", "Palem Raya",
)
GANG_NAMES = (
    "Masjid", "Haji Ipin", "Swadaya", "Langgar", "Damai", "Rukun", "Bakti", "Sawo",
    "Nangka", "Mangga", "Kelapa", "Musholla", "Sekolah", "Kramat", "Jambu", "Pelita",
)
HOUSING_ESTATES = (
    "Perumnas 1", "Perumnas 2", "Banjar Wijaya", "Poris Indah", "Taman Cibodas",
    "Griya Kencana", "Taman Royal", "Duta Bintaro", "Villa Tangerang Elok", "Puri Kartika",
    "Pondok Arum", "Cipondoh Makmur", "Kunciran Indah", "Alam Raya", "Pinang Griya",
)
OPERATOR_PREFIXES = (
    "811", "812", "813", "821", "822", "823", "851", "852", "853",  # Telkomsel
    "814", "815", "816", "855", "856", "857", "858",  # Indosat
    "817", "818", "819", "859", "877", "878",  # XL
    "895", "896", "897", "898", "899",  # Tri
    "831", "832", "833", "838",  # Axis
    "881", "882", "883", "887", "888", "889",  # Smartfren
)

EDUCATION_WEIGHTS = {"tidak_sekolah": 3, "sd": 20, "smp": 25, "sma": 40, "diploma": 5,
                     "s1": 6, "s2_s3": 1}
FEMALE_EMPLOYMENT = {"ibu_rumah_tangga": 55, "tidak_bekerja": 14, "buruh_harian": 9,
                     "karyawan": 7, "wirausaha": 12, "lainnya": 3}
UNMARRIED_FEMALE_EMPLOYMENT = {"tidak_bekerja": 40, "buruh_harian": 12, "karyawan": 22,
                               "wirausaha": 8, "pelajar": 10, "lainnya": 8}
MALE_EMPLOYMENT = {"buruh_harian": 35, "tidak_bekerja": 18, "karyawan": 15, "wirausaha": 22,
                   "pelajar": 2, "lainnya": 8}
REGISTRY_WEIGHTS = {"dtsen": 40, "dtks": 15, "regsosek": 15, "none": 30}
DESIL_WEIGHTS = {1: 18, 2: 17, 3: 15, 4: 13, 5: 11, 6: 9, 7: 7, 8: 5, 9: 3, 10: 2}
DISABILITY_WEIGHTS = {"none": 970, "fisik": 12, "sensorik": 8, "intelektual": 3,
                      "mental": 3, "ganda": 2}

BUSINESS_TEMPLATES: dict[str, tuple[str, ...]] = {
    "kuliner": ("Warung {nick}", "Kue Basah {nick}", "Dapur {nick}", "Keripik {nick}",
                "Katering {nick}", "Seblak {nick}", "Nasi Uduk {nick}", "Gorengan {nick}"),
    "fesyen": ("Jahit {nick}", "Konveksi {nick}", "Payet {nick}", "Butik {nick}"),
    "kriya": ("Kerajinan {nick}", "Anyaman {nick}", "Souvenir {nick}"),
    "jasa": ("Salon {nick}", "Laundry {nick}", "Rias Pengantin {nick}"),
    "ekonomi_kreatif": ("Sablon {nick}", "Kreasi {nick}"),
    "pertanian": ("Tanaman Hias {nick}", "Kebun Organik {nick}"),
    "lainnya": ("Toko {nick}", "Pulsa {nick}"),
}
MALE_BUSINESS_TEMPLATES: dict[str, tuple[str, ...]] = {
    "kuliner": ("Warung {nick}", "Bakso {nick}", "Sate {nick}", "Kopi {nick}"),
    "jasa": ("Pangkas Rambut {nick}", "Bengkel {nick}", "Servis HP {nick}"),
    "ekonomi_kreatif": ("Sablon {nick}", "Foto {nick}"),
    "lainnya": ("Toko {nick}", "Pulsa {nick}"),
}
FEMALE_BUSINESS_SECTORS = {"kuliner": 55, "fesyen": 18, "kriya": 8, "jasa": 10,
                           "ekonomi_kreatif": 3, "pertanian": 2, "lainnya": 4}
MALE_BUSINESS_SECTORS = {"kuliner": 40, "jasa": 35, "ekonomi_kreatif": 10, "lainnya": 15}


# ---------------------------------------------------------------------------- public API
def ensure_demo_device(db: Database, password: str) -> ServiceContext:
    """Initialise "Perangkat Demo" with the supervisor ``supervisor`` on an empty database,
    or sign ``supervisor`` in when the device exists (raises AuthenticationError)."""
    device = load_device(db)
    if device is None:
        return initialize_device(db, device_name=DEMO_DEVICE_NAME,
                                 supervisor_username=DEMO_SUPERVISOR, password=password,
                                 supervisor_full_name=DEMO_SUPERVISOR_FULL_NAME)
    return sign_in(db, device.id, DEMO_SUPERVISOR, password)


def generate_demo_participants(ctx: ServiceContext, count: int, *, seed: int = 1,
                               progress: ProgressCallback | None = None,
                               batch_size: int = DEFAULT_BATCH_SIZE,
                               today: date | None = None) -> int:
    """Add ``count`` synthetic participants; return how many were saved.

    One transaction per batch of ``batch_size``. ``progress(done, total)`` is called after
    every committed batch; returning False stops there (committed batches stay). The same
    ``seed`` (and ``today``, which fixes the ages) gives the same people; NIK serials skip
    numbers already in the database.
    """
    require(ctx, Permission.REGISTER)
    if count <= 0:
        return 0
    if batch_size <= 0:
        raise ValueError("batch_size must be positive")
    with ctx.read() as session:
        taken = set(session.scalars(select(Participant.nik)))
    people = _DemoPeople(seed, today or date.today(), taken).generate(count)
    done = 0
    while done < count:
        batch = [next(people) for _ in range(min(batch_size, count - done))]
        _save_batch(ctx, batch)
        done += len(batch)
        if progress is not None and progress(done, count) is False:
            break
    return done


# ------------------------------------------------------------------------------ internals
@dataclass
class _Person:
    columns: dict[str, Any]
    business: dict[str, Any] | None = None


def _save_batch(ctx: ServiceContext, batch: Sequence[_Person]) -> None:
    consent_at = utc_now()
    with ctx.write() as session:
        owners: list[BusinessOwner] = []
        for person in batch:
            participant = Participant(id=new_uuid(), **person.columns, consent_at=consent_at,
                                      consent_by=ctx.actor.user_id,
                                      consent_purpose=CONSENT_PURPOSE)
            session.add(participant)
            if person.business is not None:
                unit = BusinessUnit(id=new_uuid(), **person.business)
                session.add(unit)
                owners.append(BusinessOwner(business_unit_id=unit.id,
                                            participant_id=participant.id))
        session.flush()
        if owners:
            # Owners point at rows of the first flush (foreign keys are checked at once).
            session.add_all(owners)
            session.flush()


def _weighted(weights: dict[T, int]) -> tuple[list[T], list[int]]:
    keys = list(weights)
    cumulative: list[int] = []
    total = 0
    for key in keys:
        total += weights[key]
        cumulative.append(total)
    return keys, cumulative


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class _DemoPeople:
    """A deterministic stream of households, flattened into people."""

    def __init__(self, seed: int, today: date, taken_niks: set[str]) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.taken_niks = taken_niks
        self.next_serial: dict[tuple[str, str, date], int] = {}
        self.taken_kk: set[str] = set()
        self.taken_nib: set[str] = set()
        regions = load_regions()
        self.kelurahan = {code: [k for k, _name in regions.kelurahan(code)]
                          for code, _name in regions.kecamatan()}
        self.kelurahan_names = dict(regions.kelurahan_names)
        self.kecamatan_keys, self.kecamatan_cum = _weighted(
            {code: KECAMATAN_WEIGHTS.get(code, 100) for code in self.kelurahan})
        self.origin_keys, self.origin_cum = _weighted(ORIGIN_REGENCY_WEIGHTS)
        self.origin_kecamatan = _national_kecamatan(regions, ORIGIN_REGENCY_WEIGHTS)
        self.regency_place = {code: _place_name(regions, code) for code in ORIGIN_REGENCY_WEIGHTS}
        self.tables = {
            name: _weighted(weights) for name, weights in {
                "education": EDUCATION_WEIGHTS, "female_work": FEMALE_EMPLOYMENT,
                "unmarried_female_work": UNMARRIED_FEMALE_EMPLOYMENT,
                "male_work": MALE_EMPLOYMENT, "registry": REGISTRY_WEIGHTS,
                "desil": DESIL_WEIGHTS, "disability": DISABILITY_WEIGHTS,
                "female_sector": FEMALE_BUSINESS_SECTORS, "male_sector": MALE_BUSINESS_SECTORS,
            }.items()
        }

    # --------------------------------------------------------------------- small helpers
    def pick(self, table: str) -> Any:
        keys, cumulative = self.tables[table]
        return self.rng.choices(keys, cum_weights=cumulative)[0]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def birth_date(self, min_age: int, max_age: int, mode_age: float | None = None) -> date:
        """A birth date giving an age from ``min_age`` to ``max_age`` (inclusive) today."""
        latest = _years_before(self.today, min_age)
        earliest = _years_before(self.today, max_age + 1) + timedelta(days=1)
        span = (latest - earliest).days
        if mode_age is None:
            offset = self.rng.randint(0, span)
        else:
            mode = (latest - _years_before(self.today, round(mode_age))).days
            offset = round(self.rng.triangular(0, span, min(max(mode, 0), span)))
        return latest - timedelta(days=offset)

    def age(self, birth: date) -> int:
        had_birthday = (self.today.month, self.today.day) >= (birth.month, birth.day)
        return self.today.year - birth.year - (0 if had_birthday else 1)

    # ---------------------------------------------------------------------- identities
    def nik(self, prefix: str, birth: date, sex: str) -> str:
        key = (prefix, sex, birth)
        serial = self.next_serial.get(key, 1)
        while True:
            nik = make_nik(prefix, birth, sex, serial)
            serial += 1
            if nik not in self.taken_niks:
                break
        self.next_serial[key] = serial
        self.taken_niks.add(nik)
        return nik

    def nik_prefix(self, home_kecamatan: str) -> str:
        if self.chance(OWN_KECAMATAN_SHARE):
            return home_kecamatan
        regency = self.rng.choices(self.origin_keys, cum_weights=self.origin_cum)[0]
        return self.rng.choice(self.origin_kecamatan[regency])

    def birth_place(self, nik_prefix: str) -> str:
        regency = nik_prefix[:5]
        if regency == "36.71" or self.chance(0.15):
            return self.rng.choice(BIRTH_PLACE_TANGERANG)
        return self.regency_place.get(regency, "Tangerang")

    def kk(self, prefix: str) -> str:
        while True:
            issued = self.today - timedelta(days=self.rng.randint(200, 20 * 365))
            number = (prefix.replace(".", "") + f"{issued.day:02d}{issued.month:02d}"
                      f"{issued.year % 100:02d}{self.rng.randint(1, 9999):04d}")
            if number not in self.taken_kk:
                self.taken_kk.add(number)
                return number

    def phone(self) -> str:
        roll = self.rng.random()
        if roll < 0.05:
            return ""
        length = 11 if roll < 0.25 else 13 if roll > 0.85 else 12
        if roll < 0.08:
            length = 10
        prefix = "0" + self.rng.choice(OPERATOR_PREFIXES)
        rest = length - len(prefix)
        return prefix + f"{self.rng.randrange(10 ** rest):0{rest}d}"

    # ----------------------------------------------------------------------- people
    def name(self, sex: str, marga: str | None = None) -> str:
        rng = self.rng
        given, second = (FEMALE_GIVEN, FEMALE_SECOND) if sex == "P" else (MALE_GIVEN,
                                                                         MALE_SECOND)
        first = rng.choice(given)
        if marga:
            return f"{first} {marga}"
        roll = rng.random()
        if roll < 0.22 and " " not in first and len(first) > 4:
            return first  # one-word names, common among older Javanese and Betawi women
        if roll < 0.85:
            return f"{first} {rng.choice(second)}"
        middle = rng.choice(FEMALE_MIDDLE if sex == "P" else MALE_MIDDLE)
        if middle == first:
            return f"{first} {rng.choice(second)}"
        return f"{first} {middle} {rng.choice(second)}"

    def address(self) -> dict[str, Any]:
        rng = self.rng
        kecamatan = rng.choices(self.kecamatan_keys, cum_weights=self.kecamatan_cum)[0]
        kelurahan = rng.choice(self.kelurahan[kecamatan])
        number = rng.randint(1, 120)
        roll = rng.random()
        if roll < 0.45:
            street = f"Jl. {rng.choice(STREET_NAMES)} No. {number}"
        elif roll < 0.7:
            street = f"Jl. {rng.choice(STREET_NAMES)} Gg. {rng.choice(GANG_NAMES)} No. {number}"
        elif roll < 0.85:
            street = f"Kp. {self.kelurahan_names[kelurahan]} No. {number}"
        else:
            block = f"{rng.choice('ABCDEFGHJK')}{rng.randint(1, 12)}"
            street = f"Perum {rng.choice(HOUSING_ESTATES)} Blok {block} No. {number}"
        return {
            "street": street,
            "rt": f"{min(rng.randint(1, 10), rng.randint(1, 16)):03d}",
            "rw": f"{min(rng.randint(1, 8), rng.randint(1, 14)):03d}",
            "kecamatan_code": kecamatan,
            "kelurahan_code": kelurahan,
            "outside_city": False,
            "outside_region": "",
        }

    def welfare(self) -> dict[str, Any]:
        """Registry status, desil and assistance: the same for everyone on one KK."""
        registry = self.pick("registry")
        if registry == "none":
            return {"registry_status": "none", "desil": None, "assistance": ""}
        desil = self.pick("desil")
        assistance: set[str] = set()
        if desil <= 4 and self.chance(0.45):
            assistance.add("pkh")
        if desil <= 5 and self.chance(0.55):
            assistance.add("bpnt")
        return {"registry_status": registry, "desil": desil,
                "assistance": ",".join(sorted(assistance))}

    def marital(self, sex: str, age: int) -> str:
        roll = self.rng.random()
        if age < 23:
            return "belum_kawin" if roll < 0.7 else "kawin"
        if age < 30:
            return "belum_kawin" if roll < 0.25 else "kawin" if roll < 0.95 else "cerai_hidup"
        if age < 50:
            return ("belum_kawin" if roll < 0.05 else "kawin" if roll < 0.85
                    else "cerai_hidup" if roll < 0.95 else "cerai_mati")
        widowed = 0.25 if sex == "P" else 0.08
        return ("belum_kawin" if roll < 0.02 else "cerai_hidup" if roll < 0.10
                else "cerai_mati" if roll < 0.10 + widowed else "kawin")

    def household_role(self, sex: str, marital: str) -> str:
        roll = self.rng.random()
        if marital == "kawin":
            if sex == "L":
                return "kepala_keluarga"
            return "istri" if roll < 0.93 else "kepala_keluarga"
        if marital == "belum_kawin":
            return "anak" if roll < 0.88 else "kepala_keluarga" if roll < 0.95 else "lainnya"
        return "kepala_keluarga" if roll < 0.8 else "lainnya"

    def employment(self, sex: str, age: int, marital: str) -> str:
        if sex == "L":
            work = self.pick("male_work")
        elif marital == "belum_kawin":
            work = self.pick("unmarried_female_work")
        else:
            work = self.pick("female_work")
        if work == "pelajar" and age > 25:
            work = "tidak_bekerja"
        return work

    def education(self, age: int) -> str:
        education = self.pick("education")
        if age < 22 and education in ("s1", "s2_s3"):
            return "sma"
        if age > 50 and education in ("diploma", "s1", "s2_s3") and self.chance(0.6):
            return "smp"
        return education

    def person(self, *, sex: str, birth: date, home: dict[str, Any], kk: str,
               welfare: dict[str, Any], marital: str, role: str, marga: str | None,
               phone: str | None = None) -> _Person:
        age = self.age(birth)
        prefix = self.nik_prefix(home["kecamatan_code"])
        full_name = self.name(sex, marga)
        employment = self.employment(sex, age, marital)
        columns = {
            "nik": self.nik(prefix, birth, sex),
            "kk": kk,
            "full_name": full_name,
            "name_key": search_key(full_name),
            "sex": sex,
            "birth_place": self.birth_place(prefix),
            "birth_date": birth,
            **home,
            "phone": self.phone() if phone is None else phone,
            "education": self.education(age),
            "employment": employment,
            "marital_status": marital,
            "household_role": role,
            **welfare,
            "disability": self.pick("disability"),
        }
        wants_business = 0.4 if employment == "wirausaha" else 0.02
        business = self.business(sex, full_name, home) if self.chance(wants_business) else None
        return _Person(columns, business)

    def business(self, sex: str, full_name: str, home: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        sector = self.pick("female_sector" if sex == "P" else "male_sector")
        templates = (BUSINESS_TEMPLATES if sex == "P" else MALE_BUSINESS_TEMPLATES)[sector]
        first = full_name.split()[0]
        honorific = rng.choice(("Bu", "Mpok", "Teh", "")) if sex == "P" else rng.choice(
            ("Pak", "Bang", "Kang", ""))
        nick = f"{honorific} {first}".strip()
        nib = ""
        if self.chance(0.5):
            while not nib or nib in self.taken_nib:
                nib = f"912{rng.randrange(10 ** 10):010d}"
            self.taken_nib.add(nib)
        return {
            "name": rng.choice(templates).format(nick=nick),
            "nib": nib,
            "sector": sector,
            "scale": "mikro",
            "street": home["street"],
            "kecamatan_code": home["kecamatan_code"],
            "kelurahan_code": home["kelurahan_code"],
            "year_started": self.today.year - rng.randint(0, 12),
        }

    def household(self) -> list[_Person]:
        """One registration, or two people from one family card (about 1 in 6)."""
        home = self.address()
        welfare = self.welfare()
        kk_prefix = home["kecamatan_code"] if self.chance(0.9) else self.nik_prefix(
            home["kecamatan_code"])
        kk = self.kk(kk_prefix)
        marga = self.rng.choice(MARGA) if self.chance(0.02) else None
        roll = self.rng.random()
        if roll < 0.83:
            sex = "L" if self.chance(MALE_SHARE_SINGLE) else "P"
            birth = self.birth_date(18, 60, 36)
            marital = self.marital(sex, self.age(birth))
            return [self.person(sex=sex, birth=birth, home=home, kk=kk, welfare=welfare,
                                marital=marital, role=self.household_role(sex, marital),
                                marga=marga)]
        if roll < 0.92:  # mother and adult daughter
            mother_birth = self.birth_date(40, 60, 48)
            youngest = 18
            oldest = max(youngest, min(32, self.age(mother_birth) - 18))
            daughter_birth = self.birth_date(youngest, oldest)
            mother_marital = "kawin" if self.chance(0.7) else "cerai_mati"
            mother = self.person(sex="P", birth=mother_birth, home=home, kk=kk,
                                 welfare=welfare, marital=mother_marital,
                                 role="istri" if mother_marital == "kawin"
                                 else "kepala_keluarga", marga=marga)
            shared_phone = mother.columns["phone"] if self.chance(0.3) else None
            daughter = self.person(sex="P", birth=daughter_birth, home=home, kk=kk,
                                   welfare=welfare, marital="belum_kawin", role="anak",
                                   marga=marga, phone=shared_phone)
            return [mother, daughter]
        # husband and wife
        husband_birth = self.birth_date(22, 60, 40)
        husband_age = self.age(husband_birth)
        wife_age = max(18, min(60, husband_age - self.rng.randint(-2, 7)))
        wife_birth = self.birth_date(wife_age, wife_age)
        husband = self.person(sex="L", birth=husband_birth, home=home, kk=kk, welfare=welfare,
                              marital="kawin", role="kepala_keluarga", marga=marga)
        wife = self.person(sex="P", birth=wife_birth, home=home, kk=kk, welfare=welfare,
                           marital="kawin", role="istri", marga=marga)
        return [husband, wife] if self.chance(0.5) else [wife, husband]

    def generate(self, count: int) -> Iterator[_Person]:
        made = 0
        while made < count:
            for person in self.household():
                if made >= count:
                    return
                made += 1
                yield person


def _national_kecamatan(regions: RegionCatalog, regencies: Iterable[str]
                        ) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {code: [] for code in regencies}
    for code in sorted(regions.national_kecamatan):
        regency = code[:5]
        if regency in found:
            found[regency].append(code)
    missing = [code for code, kecamatan in found.items() if not kecamatan]
    if missing:
        raise LookupError(f"no kecamatan in the region list for {', '.join(missing)}")
    return found


def _place_name(regions: RegionCatalog, regency_code: str) -> str:
    """"Kota Administrasi Jakarta Barat" -> "Jakarta Barat", "Kabupaten Lebak" -> "Lebak"."""
    name = (regions.national_names.get(regency_code) or "Tangerang").strip()
    for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name
