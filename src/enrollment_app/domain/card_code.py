"""The text printed as QR code / barcode on a participant card, and reading it back.

A USB scanner types the code like a keyboard, followed by Enter. The code is a short
prefix that names the format and its version, then the participant's UUID:
``TNG1:3f2b0c9e-...``. Scanners set to another keyboard layout or caps lock may change the
case, and some add spaces or a tab, so reading tolerates both; anything else is not a
card of this app.
"""

from __future__ import annotations

import re
import uuid

CARD_PREFIX = "TNG1:"
_CARD = re.compile(r"^TNG1:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")


def encode_card(participant_id: str) -> str:
    """The card text for ``participant_id`` (a UUID string); ValueError for anything else."""
    return CARD_PREFIX + str(uuid.UUID(participant_id))


def decode_card(text: str) -> str | None:
    """The participant id (lower-case UUID) a scanned card names, or None when ``text``
    is not a card code."""
    if not isinstance(text, str):
        return None
    match = _CARD.match(text.strip().lower().replace("tng1:", "TNG1:", 1))
    return match.group(1) if match else None
