"""Identifiers for rows that may leave the trajectory file (Excel templates, reports)."""

import uuid


def new_id() -> str:
    """A new random UUID, as text."""
    return str(uuid.uuid4())
