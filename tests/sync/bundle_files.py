"""Taking bundle files apart and damaging them on purpose."""

from __future__ import annotations

import zipfile
from pathlib import Path

from enrollment_app.sync.bundle_types import ENTRY_NAMES


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(path: Path, contents: dict[str, bytes]) -> None:
    """Write ``contents`` back as a well-formed stored ZIP (valid CRCs)."""
    path.unlink()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name in ENTRY_NAMES:
            archive.writestr(name, contents[name])


def flip_byte_inside(path: Path, entry: str, offset: int = 5) -> None:
    """Flip one bit of the ``offset``-th byte of ``entry``'s data, in place."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(entry)
    data = bytearray(path.read_bytes())
    start = info.header_offset
    name_length = int.from_bytes(data[start + 26:start + 28], "little")
    extra = int.from_bytes(data[start + 28:start + 30], "little")
    data[start + 30 + name_length + extra + offset] ^= 0x01
    path.write_bytes(bytes(data))
