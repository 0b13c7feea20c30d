"""Identifiers for rows that may leave the trajectory file (Excel templates, reports)."""

import os
import uuid
from collections.abc import Callable


def new_id() -> str:
    """A new random UUID, as text."""
    return str(uuid.uuid4())


def new_ids(count: int, random_bytes: Callable[[int], bytes] = os.urandom) -> list[str]:
    """`count` new random UUIDs (version 4, as `new_id` makes them), as text, from one read of
    the system's randomness (or of `random_bytes`: a seeded generator's, to make the same ids
    again): an import of thousands of rows made each with three calls."""
    raw = bytearray(random_bytes(16 * count))
    raw[6::16] = bytes(0x40 | b & 0x0F for b in raw[6::16])  # the version, 4
    raw[8::16] = bytes(0x80 | b & 0x3F for b in raw[8::16])  # the variant, RFC 4122's
    text = raw.hex()
    return [f"{text[i:i + 8]}-{text[i + 8:i + 12]}-{text[i + 12:i + 16]}-"
            f"{text[i + 16:i + 20]}-{text[i + 20:i + 32]}" for i in range(0, 32 * count, 32)]
