"""The central office's use cases: its database, the device registry, importing bundles,
statistics and the reconciliation report. The CLI (``enrollment central``) and the import
screen both call this module; neither touches the central database directly.

The central database is SQLite by default (``central.sqlite`` in the data folder) or any
SQLAlchemy URL (PostgreSQL: ``postgresql+psycopg://user@host/db``). Its private keys live
in a key folder: next to a SQLite file, else in the data folder (``--keys`` overrides).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP
from enrollment_app.domain.regions import load_regions
from enrollment_app.services.central_updates import (
    CandidateRequest,
    SentUpdate,
    write_device_update,
)
from enrollment_app.services.errors import ServiceError, ValidationError
from enrollment_app.services.stats import COUNTED, OUTSIDE_CITY, Stats
from enrollment_app.storage.base import new_uuid, utc_now
from enrollment_app.storage.engine import create_engine_for_url, sqlite_url
from enrollment_app.storage.errors import StorageError, classify
from enrollment_app.storage.models import Base
from enrollment_app.sync import central_keys
from enrollment_app.sync.bundle_types import BundleRecord, BundleRejected, VerifiedBundle
from enrollment_app.sync.central_import import (
    ImportCancelled,
    KnownImport,
    MergeOutcome,
    Progress,
    find_imported,
    merge_bundle,
    preflight,
)
from enrollment_app.sync.central_keys import KeysIncomplete, KeysMissing
from enrollment_app.sync.central_schema import (
    SYNCED_TABLES,
    central_devices,
    is_central_database,
    upgrade_central_schema,
)
from enrollment_app.sync.provisioning import CATALOG_TABLES, CentralKeys, ProvisionedUser
from enrollment_app.sync.record_codec import encode_row, exported_columns

if TYPE_CHECKING:
    from enrollment_app.services.central_candidates import CandidateImportReport

CENTRAL_DB_FILE = "central.sqlite"
KEYS_DIR_NAME = "central-keys"
HASH_BLOCK = 1 << 20

# Translate callable: (context, source text) -> text.
Translate = Callable[[str, str], str]


class CentralNotInitializedError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The central database {where} is not set up yet. Run 'enrollment "
        "central init' first.")


class CentralKeysMissingError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The central office keys are not in {folder}. Give the key folder "
        "with --keys, or run 'enrollment central init' to make them.")


class CentralDatabaseUnavailableError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The central database {where} cannot be reached: {error}")


class CentralKeysIncompleteError(ServiceError):
    message = QT_TRANSLATE_NOOP(
        "services", "The key folder {folder} holds only one of the two central keys (or "
        "another kind of key). Restore the missing key from the backup; no key was "
        "replaced.")


class UnknownDeviceNameError(ServiceError):
    message = QT_TRANSLATE_NOOP("services", "A device name is needed (1-100 characters).")


class Status(StrEnum):
    ACCEPTED = "accepted"
    ALREADY_IMPORTED = "already_imported"
    REJECTED = "rejected"
    VERIFIED = "verified"  # checked only (the screen's Verify button)
    CANCELLED = "cancelled"


STATUS_TEXTS = {
    Status.ACCEPTED: QT_TRANSLATE_NOOP("sync", "accepted"),
    Status.ALREADY_IMPORTED: QT_TRANSLATE_NOOP("sync", "already imported"),
    Status.REJECTED: QT_TRANSLATE_NOOP("sync", "rejected"),
    Status.VERIFIED: QT_TRANSLATE_NOOP("sync", "verified"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("sync", "cancelled"),
}


@dataclass
class BundleResult:
    """What happened to one bundle file."""

    file: str
    status: Status
    code: str = ""
    message: str = ""  # English source text with {placeholders} from params
    params: dict[str, Any] = field(default_factory=dict)
    context: str = "sync"  # the message's translation context
    bundle_id: str = ""
    device_id: str = ""
    device_name: str = ""
    sequence: int | None = None
    counts: dict[str, int] = field(default_factory=dict)  # announced in the manifest
    merged: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: int = 0
    possible_duplicates: int = 0
    missing_sequences: list[int] = field(default_factory=list)
    # (source text in the "sync" context, its placeholders)
    warnings: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status is not Status.REJECTED

    def reason(self, translate: Translate | None = None) -> str:
        return _render(self.context, self.message, self.params, translate)

    def warning_texts(self, translate: Translate | None = None) -> list[str]:
        return [_render("sync", text, params, translate) for text, params in self.warnings]

    def as_json(self, translate: Translate | None = None) -> dict[str, Any]:
        return {
            "file": self.file, "status": self.status.value, "bundle_id": self.bundle_id,
            "device_id": self.device_id, "device_name": self.device_name,
            "sequence": self.sequence, "counts": self.counts, "merged": self.merged,
            "conflicts": self.conflicts, "possible_duplicates": self.possible_duplicates,
            "missing_sequences": self.missing_sequences,
            "warnings": self.warning_texts(translate),
            "reason": self.code or None,
            "message": self.reason(translate) or None,
        }


def _render(context: str, text: str, params: dict[str, Any],
            translate: Translate | None) -> str:
    if not text:
        return ""
    shown = translate(context, text) if translate else text
    return shown.format(**params) if params else shown


GAP_WARNING = QT_TRANSLATE_NOOP(
    "sync", "Bundles are missing from this device: {numbers}. Ask the device to send them "
            "(they can be re-created on the device).")
RELINKED_WARNING = QT_TRANSLATE_NOOP(
    "sync", "This bundle is a re-created copy: the device's next bundle was chained to an "
            "earlier copy of it.")
ALREADY_TEXT = QT_TRANSLATE_NOOP(
    "sync", "Already imported (import number {import_id}); nothing was changed.")


@dataclass(frozen=True)
class InitReport:
    url: str
    keys_dir: Path
    created_tables: list[str]
    keys_created: bool
    encryption_key_id: str


@dataclass(frozen=True)
class NewDeviceUser:
    """A user account to send with a provisioning file (checked like any new account)."""

    username: str
    password: str
    role: str = "supervisor"
    full_name: str = ""


@dataclass(frozen=True)
class ProvisionedDevice:
    device_id: str
    name: str
    team: str
    file: Path


def _provisioned_user(user: NewDeviceUser) -> ProvisionedUser:
    from enrollment_app.services.accounts import (
        check_new_credentials,
        hash_password,
        normalize_username,
    )

    problems = check_new_credentials(user.username, user.password)
    if problems:
        raise ValidationError(problems)
    return ProvisionedUser(normalize_username(user.username), user.role,
                           hash_password(user.password), user.full_name.strip())


def default_central_url(data_dir: Path) -> str:
    return sqlite_url(data_dir / CENTRAL_DB_FILE)


def default_keys_dir(url: str, data_dir: Path) -> Path:
    """Next to a SQLite file; in the data folder for a server database."""
    path = _sqlite_file(url)
    return (path.parent if path is not None else data_dir) / KEYS_DIR_NAME


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for a server or an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser().resolve()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def shown_location(url: str) -> str:
    """Where the central database is, for people: the file, or the URL sans password."""
    path = _sqlite_file(url)
    return str(path) if path is not None else safe_url(url)


class CentralOffice:
    """The central database at ``url`` with its key folder."""

    def __init__(self, url: str, keys_dir: Path) -> None:
        self.url = url
        self.keys_dir = keys_dir
        self._engine: Engine | None = None
        self._ready = False

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = create_engine_for_url(self.url)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # -- set-up -----------------------------------------------------------------------
    def initialize(self) -> InitReport:
        """Create (or upgrade) the schema and make the keys if there are none yet."""
        path = _sqlite_file(self.url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        created = self._guarded(lambda: upgrade_central_schema(self.engine))
        self._guarded(self._seed_catalog)
        try:
            keys_created = central_keys.ensure_keys(self.keys_dir)
        except KeysIncomplete as exc:
            raise CentralKeysIncompleteError(folder=str(exc.folder)) from exc
        return InitReport(safe_url(self.url), self.keys_dir, created, keys_created,
                          central_keys.encryption_key_id(self.keys_dir))

    def _seed_catalog(self) -> int:
        """The shipped program catalog, where this database lacks it."""
        from enrollment_app.services.catalog_seed import seed_central_catalog

        with self.engine.begin() as connection:
            return seed_central_catalog(connection)

    def keys(self) -> CentralKeys:
        try:
            return central_keys.load_keys(self.keys_dir)
        except KeysIncomplete as exc:
            raise CentralKeysIncompleteError(folder=str(exc.folder)) from exc
        except KeysMissing as exc:
            raise CentralKeysMissingError(folder=str(exc.folder)) from exc

    def require_initialized(self) -> None:
        """Refuse a database ``central init`` never set up; add what a newer version of
        the application added to the schema (once per office object)."""
        if self._ready:
            return
        path = _sqlite_file(self.url)
        if path is not None and not path.exists():  # do not leave an empty file behind
            raise CentralNotInitializedError(where=safe_url(self.url))
        if not self._guarded(lambda: is_central_database(self.engine)):
            raise CentralNotInitializedError(where=safe_url(self.url))
        self._guarded(lambda: upgrade_central_schema(self.engine))
        self._ready = True

    def register_device(self, name: str, team: str = "", device_id: str | None = None
                        ) -> str:
        """Add a device to the registry (its key is pinned from its first bundle)."""
        name = name.strip()
        if not name or len(name) > 100:
            raise UnknownDeviceNameError()
        self.require_initialized()
        device_id = device_id or new_uuid()
        with self.engine.begin() as connection:
            connection.execute(central_devices.insert().values(
                device_id=device_id, name=name, team=team.strip(), registered_at=utc_now(),
                active=True))
        return device_id

    def provision_device(self, name: str, team: str, out: Path, *,
                         users: Sequence[NewDeviceUser] = ()) -> ProvisionedDevice:
        """Register a device and write its provisioning file: the central public keys,
        the device's id, name and team, its first user accounts and the program
        catalog held here. The device's signing key is pinned from its first bundle."""
        keys = self.keys()
        self.require_initialized()
        accounts = [_provisioned_user(user) for user in users]
        device_id = self.register_device(name, team)
        try:
            path = central_keys.write_provisioning(
                keys, out, device_id=device_id, device_name=name.strip(), team=team.strip(),
                users=accounts, catalog=self.catalog_records())
        except BaseException:
            with self.engine.begin() as connection:
                connection.execute(central_devices.delete().where(
                    central_devices.c.device_id == device_id))
            raise
        return ProvisionedDevice(device_id, name.strip(), team.strip(), Path(path))

    def catalog_records(self) -> list[BundleRecord]:
        """The live program catalog (programs, skills, quotas) as bundle records."""
        records: list[BundleRecord] = []
        with self.engine.connect() as connection:
            for name in CATALOG_TABLES:
                table = SYNCED_TABLES[name]
                columns = [table.c[column.key] for column in
                           exported_columns(Base.metadata.tables[name])]
                for row in connection.execute(select(*columns).where(
                        table.c.deleted_at.is_(None)).order_by(table.c.id)):
                    records.append(BundleRecord(name, encode_row(name, row), 0))
        return records

    def devices(self) -> list[dict[str, Any]]:
        self.require_initialized()
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(
                select(central_devices).order_by(central_devices.c.name))]

    # -- updates back to the field ----------------------------------------------------
    def write_update(self, device_id_or_name: str, out_dir: Path,
                     class_ids: Sequence[str] | None = None, progress: Progress | None = None,
                     *, created_by: str = "central",
                     candidates: CandidateRequest | None = None) -> SentUpdate:
        """Write the next update (program catalog, rosters of ``class_ids`` or of every
        class) for a registered device into ``out_dir``, signed with the central key and
        encrypted for the device; record it once the file is complete. Refuses an
        unknown or inactive device, one that never sent a bundle, and unknown classes."""
        keys = self.keys()
        self.require_initialized()
        return self._guarded(lambda: write_device_update(
            self.engine, keys, device_id_or_name, Path(out_dir), class_ids=class_ids,
            candidates=candidates, progress=progress, created_by=created_by))

    def import_candidates(self, path: Path, program_code: str,
                          translate: Translate | None = None,
                          refused_out: Path | None = None) -> CandidateImportReport:
        """Load a registry list as the program's candidates (services.central_candidates),
        in one transaction; refused rows to ``refused_out`` when given."""
        from enrollment_app.services.central_candidates import import_candidate_list

        self.require_initialized()

        def load() -> CandidateImportReport:
            with self.engine.begin() as connection:
                return import_candidate_list(connection, Path(path), program_code,
                                             translate=translate, refused_out=refused_out)
        return self._guarded(load)

    # -- importing --------------------------------------------------------------------
    def verify_file(self, path: Path) -> BundleResult:
        """Check a bundle without importing it (signature, hashes, device, history)."""
        self.require_initialized()
        opened = self._open(path)
        if isinstance(opened, BundleResult):
            return opened
        if isinstance(opened, KnownImport):
            return _already(path, opened)
        with self.engine.connect() as connection:
            known = find_imported(connection, bundle_id=opened.manifest.bundle_id)
            if known is not None:
                return _already(path, known, opened)
            try:
                missing, relinked = preflight(connection, opened)
            except BundleRejected as exc:
                return _rejected(str(path), exc, opened)
        result = _described(path, opened, Status.VERIFIED)
        _add_warnings(result, missing, relinked)
        return result

    def import_files(self, paths: Sequence[Path], progress: Progress | None = None,
                     on_result: Callable[[BundleResult], None] | None = None
                     ) -> list[BundleResult]:
        """Import bundles one by one, each in its own transaction (in each device's
        bundle order, whatever order they were given in)."""
        self.require_initialized()
        results = []
        for path in import_order(paths):
            result = self.import_file(path, progress)
            results.append(result)
            if on_result is not None:
                on_result(result)
            if result.status is Status.CANCELLED:
                break
        return results

    def import_file(self, path: Path, progress: Progress | None = None) -> BundleResult:
        opened = self._open(path)
        if isinstance(opened, BundleResult):
            return opened
        if isinstance(opened, KnownImport):
            return _already(path, opened)
        return self.import_verified(opened, file_name=str(path), progress=progress)

    def import_verified(self, bundle: VerifiedBundle, *, file_name: str = "",
                        progress: Progress | None = None) -> BundleResult:
        """Merge a bundle the reader verified (one transaction; all or nothing)."""
        try:
            outcome = merge_bundle(self.engine, bundle, file_name=Path(file_name).name,
                                   progress=progress)
        except BundleRejected as exc:
            return _rejected(file_name, exc, bundle)
        except ImportCancelled:
            result = _described(file_name, bundle, Status.CANCELLED)
            result.message = QT_TRANSLATE_NOOP("sync", "Cancelled; nothing was changed.")
            return result
        except DBAPIError as exc:
            return _database_refused(file_name, exc, bundle)
        if isinstance(outcome, KnownImport):
            return _already(file_name, outcome, bundle)
        return _accepted(file_name, bundle, outcome)

    def write_receipt(self, bundle_id: str, out_dir: Path) -> Path:
        """Write the signed import receipt of an imported bundle into ``out_dir``
        (BundleRejected "not_imported" when this office never imported it)."""
        from enrollment_app.sync.receipts import receipt_from_import, write_receipt

        self.require_initialized()
        keys = self.keys()
        with self.engine.connect() as connection:
            receipt = receipt_from_import(connection, bundle_id, keys.public.signing_key,
                                          utc_now())
        return write_receipt(receipt, keys.signing_key, out_dir)

    def _open(self, path: Path) -> VerifiedBundle | KnownImport | BundleResult:
        """Verify a bundle file before anything is written; or say it is known."""
        self.keys()  # a missing key folder is the user's to fix, not the bundle's fault
        try:
            sha256 = file_sha256(path)
        except OSError as exc:
            return BundleResult(str(path), Status.REJECTED, "unreadable", QT_TRANSLATE_NOOP(
                "sync", "The file cannot be read: {error}"), {"error": exc.strerror or exc})
        with self.engine.connect() as connection:
            known = find_imported(connection, sha256=sha256)
        if known is not None:
            return known
        try:
            return central_keys.open_device_bundle(path, self.keys_dir, self.engine)
        except BundleRejected as exc:
            result = _rejected(str(path), exc, None)
            _describe_unverified(result, path)
            return result

    def _guarded(self, call: Callable[[], Any]) -> Any:
        """Run ``call``; turn a driver error a user can act on into a StorageError, and a
        server that cannot be reached into a message naming it."""
        try:
            return call()
        except DBAPIError as exc:
            error = classify(exc)
            if error is not None:
                raise error from exc
            if isinstance(exc, OperationalError) and _sqlite_file(self.url) is None:
                raise CentralDatabaseUnavailableError(
                    where=safe_url(self.url),
                    error=str(exc.orig).strip().splitlines()[0] if exc.orig else "") from exc
            raise

    # -- reading ----------------------------------------------------------------------
    def stats(self) -> Stats:
        """Live records per type and participants per kecamatan (the device's shape)."""
        self.require_initialized()
        regions = load_regions()
        with self.engine.connect() as connection:
            counts = {}
            for key, model in COUNTED.items():
                table = SYNCED_TABLES[model.__tablename__]
                counts[key] = connection.scalar(
                    select(func.count()).select_from(table)
                    .where(table.c.deleted_at.is_(None))) or 0
            people = SYNCED_TABLES["participants"]
            rows = connection.execute(
                select(people.c.kecamatan_code, func.count())
                .where(people.c.deleted_at.is_(None))
                .group_by(people.c.kecamatan_code)).all()
        per_kecamatan = {name: 0 for _code, name in regions.kecamatan()}
        for code, count in rows:
            name = (regions.kecamatan_name(code) if code else OUTSIDE_CITY) or code
            per_kecamatan[name] = per_kecamatan.get(name, 0) + count
        return Stats(counts, per_kecamatan)

    def write_report(self, out_dir: Path, fmt: str = "csv",
                     translate: Translate | None = None) -> list[Path]:
        """The reconciliation report as CSV files or one XLSX workbook in ``out_dir``."""
        from enrollment_app.sync.reconciliation import build_report, write_csv, write_xlsx

        self.require_initialized()
        with self.engine.connect() as connection:
            tables = build_report(connection)
        writer = write_xlsx if fmt == "xlsx" else write_csv
        return writer(tables, out_dir, translate)


# ------------------------------------------------------------------------------ results
def _described(file: Path | str, bundle: VerifiedBundle | None, status: Status
               ) -> BundleResult:
    result = BundleResult(str(file), status)
    if bundle is not None:
        manifest = bundle.manifest
        result.bundle_id = manifest.bundle_id
        result.device_id = manifest.device_id
        result.device_name = manifest.device_name
        result.sequence = manifest.sequence
        result.counts = dict(manifest.counts)
    return result


def import_order(paths: Sequence[Path]) -> list[Path]:
    """Folders opened to their bundles; each device's bundles by number (files whose
    manifest cannot be read keep their place at the end, to be refused with a reason)."""
    from enrollment_app.sync.bundle_reader import read_manifest
    from enrollment_app.sync.bundle_types import BUNDLE_SUFFIX

    files: list[Path] = []
    for path in paths:
        path = Path(path)
        files += sorted(path.glob(f"*{BUNDLE_SUFFIX}")) if path.is_dir() else [path]
    readable: list[tuple[str, int, int, Path]] = []
    unreadable: list[Path] = []
    for position, path in enumerate(files):
        try:
            manifest = read_manifest(path)
        except (BundleRejected, OSError, ValueError):
            unreadable.append(path)
            continue
        readable.append((manifest.device_id, manifest.sequence, position, path))
    return [path for *_key, path in sorted(readable)] + unreadable


def _describe_unverified(result: BundleResult, path: Path) -> None:
    """Name the device and bundle number a refused file claims, when it can be read
    (for people only: nothing of it is trusted or stored)."""
    from enrollment_app.sync.bundle_reader import read_manifest

    try:
        manifest = read_manifest(path)
    except (BundleRejected, OSError, ValueError):
        return
    result.device_name = manifest.device_name
    result.device_id = manifest.device_id
    result.sequence = manifest.sequence


def _accepted(file: str, bundle: VerifiedBundle, outcome: MergeOutcome) -> BundleResult:
    result = _described(file, bundle, Status.ACCEPTED)
    result.merged = {name: counts.as_json() for name, counts in outcome.merged.items()}
    result.conflicts = outcome.conflicts
    result.possible_duplicates = outcome.possible_duplicates
    _add_warnings(result, outcome.missing_sequences, outcome.relinked_next)
    return result


def _add_warnings(result: BundleResult, missing: list[int], relinked: bool) -> None:
    result.missing_sequences = list(missing)
    if missing:
        result.warnings.append((GAP_WARNING, {"numbers": ", ".join(map(str, missing))}))
    if relinked:
        result.warnings.append((RELINKED_WARNING, {}))


def _already(file: Path | str, known: KnownImport, bundle: VerifiedBundle | None = None
             ) -> BundleResult:
    result = _described(file, bundle, Status.ALREADY_IMPORTED)
    result.bundle_id = result.bundle_id or known.bundle_id
    result.sequence = result.sequence if result.sequence is not None else known.sequence
    result.message = ALREADY_TEXT
    result.params = {"import_id": known.import_id}
    return result


def _rejected(file: Path | str, exc: BundleRejected, bundle: VerifiedBundle | None
              ) -> BundleResult:
    result = _described(file, bundle, Status.REJECTED)
    result.code = exc.code
    result.message = exc.message
    result.params = dict(exc.params)
    return result


def _database_refused(file: str, exc: DBAPIError, bundle: VerifiedBundle) -> BundleResult:
    error = classify(exc)
    result = _described(file, bundle, Status.REJECTED)
    result.code = "database"
    if isinstance(error, StorageError):
        result.message = error.message
        result.context = "storage"
    else:
        result.message = QT_TRANSLATE_NOOP(
            "sync", "The central database refused the bundle ({error}); nothing was "
                    "changed.")
        result.params = {"error": str(exc.orig).splitlines()[0] if exc.orig else ""}
    return result


def summarize(results: Iterable[BundleResult]) -> dict[str, int]:
    totals = {status.value: 0 for status in (Status.ACCEPTED, Status.ALREADY_IMPORTED,
                                             Status.REJECTED)}
    for result in results:
        totals[result.status.value] = totals.get(result.status.value, 0) + 1
    return totals
