"""Power cuts: kill -9 the app in the middle of its work, at seeded random moments.

After every kill: the database passes ``PRAGMA integrity_check``; every save the worker
acknowledged is there; nothing is half there (each row's version matches its audit
entries, the audit chain is unbroken); no bundle is left looking complete unless it is;
and the next run works. ``ENROLLMENT_CRASH_RUNS`` sets the kills per scenario.
"""

from __future__ import annotations

import errno
import shutil
from datetime import date
from pathlib import Path

import pytest

from enrollment_app.domain.nik import make_nik
from enrollment_app.services.central import CentralOffice, Status
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.export import (
    FULL,
    ExportRequest,
    export_bundle,
    list_exports,
    recreate_bundle,
)
from enrollment_app.storage.data_dir import database_path
from enrollment_app.sync import bundle_writer
from enrollment_app.sync.bundle_reader import open_bundle
from enrollment_app.sync.bundle_types import BUNDLE_SUFFIX
from enrollment_app.sync.bundle_writer import PARTIAL_SUFFIX, BundleWriteError
from tests.applicants import KEC_TANGERANG, register
from tests.class_setup import class_with_people, setting
from tests.resilience.checks import assert_whole
from tests.resilience.crash_harness import (
    crash_runs,
    integrity,
    report,
    run_and_kill,
    scalar,
    seeded,
)
from tests.resilience.driver import SESSION_DAY, attendance_state, roster_ids, signed_in

BORN = date(1990, 2, 15)
def assert_next_run_works(data_dir: Path, usb: Path, office: CentralOffice) -> None:
    """Open the database afresh, register someone, export and import at the office."""
    ctx = signed_in(data_dir)
    try:
        register(ctx, 9_999)
        result = export_bundle(ctx, usb, ExportRequest(FULL))
        assert result.path is not None
        assert office.import_file(result.path).status is Status.ACCEPTED
    finally:
        ctx.db.close()


def test_a_burst_of_registrations_survives_kill_9(device: ServiceContext, data_dir: Path,
                                                  usb: Path, office: CentralOffice) -> None:
    rng = seeded("register")
    acknowledged: list[int] = []
    serial = 1
    for _ in range(crash_runs()):
        killed = run_and_kill("register", str(data_dir), str(serial),
                              delay=rng.uniform(0.0, 1.5))
        acknowledged += [int(ack) for ack in killed.acks]
        assert_whole(data_dir)
        path = database_path(data_dir)
        for number in acknowledged:
            nik = make_nik(KEC_TANGERANG, BORN, "P", number)
            assert scalar(path, "SELECT count(*) FROM participants WHERE nik = ?", nik) == 1
        saved = scalar(path, "SELECT count(*) FROM participants")
        report("register", acks=len(killed.acks), finished=killed.finished,
               unacknowledged_saved=int(saved) - len(set(acknowledged)))
        serial = max(acknowledged, default=serial - 1) + 1
    assert acknowledged, "the workers never got to save anything"
    assert_next_run_works(data_dir, usb, office)


def marks(data_dir: Path, session_id: str) -> dict[str, str]:
    import sqlite3

    connection = sqlite3.connect(database_path(data_dir))
    try:
        return dict(connection.execute(
            "SELECT participant_id, code FROM attendance_marks WHERE session_id = ? "
            "AND deleted_at IS NULL", (session_id,)).fetchall())
    finally:
        connection.close()


def test_an_attendance_session_survives_kill_9(device: ServiceContext, data_dir: Path,
                                               usb: Path, office: CentralOffice) -> None:
    _class_id, session_id = class_with_people(device, setting(device), 12,
                                              session_day=SESSION_DAY)
    people = roster_ids(device, session_id)
    rng = seeded("attend")
    step = 0
    for _ in range(crash_runs()):
        killed = run_and_kill("attend", str(data_dir), session_id, str(step),
                              delay=rng.uniform(0.0, 1.5))
        if killed.acks:
            step = int(killed.acks[-1]) + 1
        assert_whole(data_dir)
        # Every acknowledged mark is there; at most the one in flight went further.
        found = {person: code for person, code in marks(data_dir, session_id).items()}
        expected = {p: c for p, c in attendance_state(step, people).items() if c}
        in_flight = {p: c for p, c in attendance_state(step + 1, people).items() if c}
        assert found in (expected, in_flight)
        report("attend", acks=len(killed.acks), finished=killed.finished,
               unacknowledged_saved=found != expected)
    assert step > 0, "the workers never got to mark anyone"
    assert_next_run_works(data_dir, usb, office)


def assert_only_complete_bundles(usb: Path, office: CentralOffice) -> list[Path]:
    """Every file under a bundle's name verifies; anything else is a ``.partial``."""
    finished = []
    for path in sorted(usb.iterdir()):
        if path.name.endswith(BUNDLE_SUFFIX):
            open_bundle(path, central_private_key=office.keys().encryption_key)
            finished.append(path)
        else:
            assert path.name.endswith(PARTIAL_SUFFIX), path.name
    return finished


def test_an_export_killed_midway_leaves_no_bundle_that_looks_complete(
        device: ServiceContext, data_dir: Path, usb: Path, office: CentralOffice) -> None:
    generate_demo_participants(device, 1500, seed=3)
    rng = seeded("export")
    acknowledged: list[str] = []
    for _ in range(crash_runs()):
        killed = run_and_kill("export", str(data_dir), str(usb),
                              delay=rng.uniform(0.0, 3.0))
        acknowledged += killed.acks
        assert_whole(data_dir)
        finished = assert_only_complete_bundles(usb, office)
        path = database_path(data_dir)
        remembered = scalar(path, "SELECT count(*) FROM exported_bundles")
        report("export", acks=len(killed.acks), finished=killed.finished,
               partial_left=len(list(usb.glob("*" + PARTIAL_SUFFIX))),
               bundles=len(finished), remembered=remembered)
        for name in acknowledged:
            assert usb / name in finished
        for bundle in finished:  # never a finished bundle its device does not know
            assert scalar(path, "SELECT count(*) FROM exported_bundles WHERE file_name = ?",
                          bundle.name) == 1
    assert acknowledged, "no export finished in any run: give the workers more time"
    for leftover in usb.glob("*" + PARTIAL_SUFFIX):
        leftover.unlink()
    results = office.import_files(sorted(usb.glob("*" + BUNDLE_SUFFIX)))
    assert {r.status for r in results} == {Status.ACCEPTED}, [r.reason() for r in results]
    assert_next_run_works(data_dir, usb, office)


def test_a_central_import_killed_midway_is_all_or_nothing(
        device: ServiceContext, usb: Path, office: CentralOffice, tmp_path: Path) -> None:
    generate_demo_participants(device, 1500, seed=4)
    bundle = export_bundle(device, usb, ExportRequest(FULL))
    assert bundle.path is not None
    people = bundle.counts["participants"]
    template = database_path_of(office)
    office.close()
    rng = seeded("import")
    for run in range(crash_runs()):
        copy = tmp_path / f"central-{run}" / "central.sqlite"
        copy.parent.mkdir()
        shutil.copy(template, copy)
        url = f"sqlite+pysqlite:///{copy}"
        killed = run_and_kill("import", url, str(office.keys_dir), str(bundle.path),
                              delay=rng.uniform(0.0, 1.0))
        assert integrity(copy) == "ok"
        imports = scalar(copy, "SELECT count(*) FROM central_imports")
        rows = scalar(copy, "SELECT count(*) FROM participants")
        assert (imports, rows) in ((0, 0), (1, people))
        if killed.acks:
            assert killed.acks == [Status.ACCEPTED.value] and imports == 1
        report("import", acks=len(killed.acks), finished=killed.finished,
               committed=bool(imports))
        again = CentralOffice(url, office.keys_dir)
        try:  # the next run: the import completes, or says it is already there
            status = again.import_file(bundle.path).status
            assert status is (Status.ALREADY_IMPORTED if imports else Status.ACCEPTED)
        finally:
            again.close()
        assert scalar(copy, "SELECT count(*) FROM participants") == people
        assert integrity(copy) == "ok"


def database_path_of(office: CentralOffice) -> Path:
    return Path(office.url.split(":///", 1)[1])


def cut_power(*_args: object) -> None:
    raise SystemExit("power cut")  # like SIGKILL: no handler below runs its clean-up


def test_a_power_cut_after_the_bundle_is_recorded_but_before_it_is_named_is_recoverable(
        device: ServiceContext, usb: Path, office: CentralOffice,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The device records a bundle before giving the file its final name, so a power cut
    between the two leaves a known bundle without a file (written again from the
    history), never a finished file the device does not know, whose number the next
    bundle would reuse and the central office would refuse."""
    register(device, 1)
    monkeypatch.setattr(bundle_writer.os, "rename", cut_power)
    with pytest.raises(SystemExit):
        export_bundle(device, usb, ExportRequest())
    monkeypatch.undo()
    assert list(usb.glob("*" + BUNDLE_SUFFIX)) == []
    assert [item.sequence for item in list_exports(device)] == [1]
    again = recreate_bundle(device, 1, usb)
    register(device, 2)
    following = export_bundle(device, usb, ExportRequest())
    assert following.sequence == 2
    assert again.path is not None and following.path is not None
    results = office.import_files([again.path, following.path])
    assert [r.status for r in results] == [Status.ACCEPTED, Status.ACCEPTED]


def test_a_bundle_that_cannot_be_named_is_not_recorded(
        device: ServiceContext, usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    register(device, 1)

    def failing_rename(*_args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(bundle_writer.os, "rename", failing_rename)
    with pytest.raises(BundleWriteError):
        export_bundle(device, usb, ExportRequest())
    monkeypatch.undo()
    assert list(usb.iterdir()) == [] and list_exports(device) == []
    assert export_bundle(device, usb, ExportRequest()).sequence == 1
