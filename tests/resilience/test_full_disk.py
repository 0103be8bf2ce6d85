"""Full and read-only media: a clear message, no file left behind, the database intact.

Each case runs on a real tmpfs where the test may mount one (``media.tmpfs``) and with an
injected OS error at the writer's file calls everywhere, so it never depends on root.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from enrollment_app.services import export
from enrollment_app.services.context import ServiceContext
from enrollment_app.services.demo_data import generate_demo_participants
from enrollment_app.services.export import FULL, ExportRequest, export_bundle
from enrollment_app.storage.data_dir import database_path
from enrollment_app.storage.errors import DiskFullError
from enrollment_app.sync import bundle_writer
from enrollment_app.sync.bundle_writer import DestinationFullError, DestinationReadOnlyError
from tests.applicants import register
from tests.resilience.checks import assert_whole
from tests.resilience.crash_harness import integrity, scalar
from tests.resilience.driver import signed_in
from tests.resilience.media import failing_open, is_root, resize, tmpfs

PEOPLE = 400


@pytest.fixture
def people(device: ServiceContext) -> ServiceContext:
    generate_demo_participants(device, PEOPLE, seed=5)
    return device


def assert_nothing_exported(ctx: ServiceContext, folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if p.name != "lost+found"] == []
    assert export.list_exports(ctx) == []


def assert_exports_elsewhere(ctx: ServiceContext, usb: Path) -> None:
    """After the failure the same bundle (number 1) goes to a good stick."""
    result = export_bundle(ctx, usb, ExportRequest(FULL))
    assert result.path is not None and result.sequence == 1
    assert result.counts["participants"] == PEOPLE


@pytest.fixture(params=["tmpfs", "chmod", "injected"])
def read_only_folder(request: pytest.FixtureRequest, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "stick"
    if request.param == "tmpfs":
        with tmpfs(folder, 1024, read_only=True):
            yield folder
        return
    folder.mkdir()
    if request.param == "chmod":
        if is_root():
            pytest.skip("running as root: chmod does not stop root's writes (the tmpfs "
                        "and injected variants cover this case)")
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    monkeypatch.setattr(bundle_writer, "open", failing_open(0, errno.EROFS), raising=False)
    yield folder


def test_an_export_to_a_read_only_stick_says_so_and_writes_nothing(
        people: ServiceContext, read_only_folder: Path, usb: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DestinationReadOnlyError) as refused:
        export_bundle(people, read_only_folder, ExportRequest(FULL))
    assert str(read_only_folder) in refused.value.render()
    assert "read-only" in refused.value.render()
    assert_nothing_exported(people, read_only_folder)
    monkeypatch.undo()
    assert_exports_elsewhere(people, usb)


@pytest.fixture(params=["tmpfs", "injected"])
def full_folder(request: pytest.FixtureRequest, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "stick"
    if request.param == "tmpfs":
        with tmpfs(folder, 16):  # the bundle of PEOPLE people is larger than this
            yield folder
        return
    folder.mkdir()
    monkeypatch.setattr(bundle_writer, "open", failing_open(50_000), raising=False)
    yield folder


def test_an_export_to_a_full_stick_says_so_and_leaves_no_partial_file(
        people: ServiceContext, full_folder: Path, usb: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DestinationFullError) as refused:
        export_bundle(people, full_folder, ExportRequest(FULL))
    assert "is full" in refused.value.render()
    assert_nothing_exported(people, full_folder)
    monkeypatch.undo()
    assert_exports_elsewhere(people, usb)


def page_limit(db_path: Path, extra_pages: int) -> None:
    """Cap the file a few pages above its size: SQLite then answers SQLITE_FULL."""
    pages = scalar(db_path, "PRAGMA page_count")

    def cap(connection: object, _record: object) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")  # type: ignore[attr-defined]
    return cap  # type: ignore[return-value]


@pytest.fixture(params=["tmpfs", "page-limit"])
def nearly_full(request: pytest.FixtureRequest, device: ServiceContext, data_dir: Path,
                tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A device database with little room left; yields (how, data folder)."""
    device.db.close()
    if request.param == "page-limit":
        yield request.param, data_dir
        return
    room = tmp_path / "small-disk"
    used = sum(p.stat().st_size for p in data_dir.rglob("*") if p.is_file()) // 1024
    with tmpfs(room, used + 160):
        shutil.copytree(data_dir, room / "data")
        yield request.param, room / "data"


def test_saving_on_a_full_disk_says_so_and_keeps_what_was_saved(
        nearly_full: tuple[str, Path]) -> None:
    how, data_dir = nearly_full
    ctx = signed_in(data_dir)
    if how == "page-limit":
        event.listen(ctx.db.engine, "connect", page_limit(database_path(data_dir), 24))
    saved = []
    with pytest.raises(DiskFullError) as refused:
        for serial in range(1, 2000):
            register(ctx, serial)
            saved.append(serial)
    ctx.db.close()
    assert saved, "the disk was full before the first registration"
    assert "disk is full" in refused.value.render()
    path = database_path(data_dir)
    assert integrity(path) == "ok"
    assert scalar(path, "SELECT count(*) FROM participants") == len(saved)
    assert_whole(data_dir)
    if how == "tmpfs":  # space freed: the next save works
        resize(data_dir.parent, 8192)
    ctx = signed_in(data_dir)
    try:
        register(ctx, 9_999)
    finally:
        ctx.db.close()
    assert scalar(path, "SELECT count(*) FROM participants") == len(saved) + 1
    assert os.path.exists(path)
