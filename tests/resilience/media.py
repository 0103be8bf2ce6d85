"""Hostile storage for the tests: tiny or read-only file systems, and injected OS errors.

A real tmpfs is mounted where the test runs with the right to mount (root in a container
or CI); elsewhere the tests that need one are skipped and the injected variants still
run. ``chmod`` does not stop root, so the chmod variant is skipped for root.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pytest


def _mount(folder: Path, options: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def tmpfs(folder: Path, size_kib: int, *, read_only: bool = False) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` at ``folder`` (skips the test when it cannot be mounted)."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size_kib}k,mode=0755" + (",ro" if read_only else "")
    if not _mount(folder, options):
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN); the "
                    "injected-error variant covers this case")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def resize(folder: Path, size_kib: int) -> None:
    """Give a mounted tmpfs more room (freeing space on a full disk)."""
    subprocess.run(["mount", "-o", f"remount,size={size_kib}k", str(folder)], check=True,
                   capture_output=True)


def is_root() -> bool:
    return os.name == "posix" and os.geteuid() == 0


class FailingFile:
    """A real file whose writes fail with ``error`` once ``allowed`` bytes are written:
    what a USB stick does when it fills up halfway through a copy."""

    def __init__(self, handle: IO[bytes], allowed: int, error: int) -> None:
        self._handle = handle
        self._left = allowed
        self._error = error

    def write(self, data: Any) -> int:
        if len(data) > self._left:
            raise OSError(self._error, os.strerror(self._error))
        self._left -= len(data)
        return self._handle.write(data)

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def failing_open(allowed: int, error: int = errno.ENOSPC) -> Any:
    """An ``open`` for the bundle writer's module whose new files fail after ``allowed``
    bytes (at once for 0: a read-only medium with EROFS)."""
    def fake_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        writing = any(letter in mode for letter in "wxa")
        if writing and allowed == 0:
            raise OSError(error, os.strerror(error), str(path))
        handle = open(path, mode, *args, **kwargs)  # noqa: SIM115 - closed by the wrapper
        return FailingFile(handle, allowed, error) if writing else handle
    return fake_open
