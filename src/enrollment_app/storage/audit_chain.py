"""Hash chaining of audit entries: editing or deleting one breaks every later link."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

GENESIS_HASH = "0" * 64


def json_safe(value: Any) -> Any:
    """Turn column values into what JSON (and so the hash) can hold, deterministically."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    return value


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def hashed_fields(at: datetime, user_id: str | None, device_id: str, action: str,
                  table_name: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    return {
        "at": at.isoformat(), "user_id": user_id, "device_id": device_id, "action": action,
        "table": table_name, "record_id": record_id, "changes": changes,
    }


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


def find_first_break(rows: Iterable[Any]) -> ChainBreak | None:
    """Walk entries in sequence order; return the first whose link or hash is wrong."""
    prev = GENESIS_HASH
    for row in rows:
        if row.prev_hash != prev:
            return ChainBreak(row.seq, "prev_hash does not match the previous entry")
        fields = hashed_fields(row.at, row.user_id, row.device_id, row.action,
                               row.table_name, row.record_id, row.changes)
        if entry_hash(prev, fields) != row.hash:
            return ChainBreak(row.seq, "entry content does not match its hash")
        prev = row.hash
    return None
