"""The region's vocabulary changes, read through the SQLite driver: every list the app shows or
checks against, a bundle import's too, which imports no SQLAlchemy (#14)."""

from __future__ import annotations

import sqlite3


def changes(conn: sqlite3.Connection) -> list[tuple[str, str, str | None, str | None,
                                                    bool | None, int]]:
    """(list, key, Dutch label, English label, retired, position) of every change the region
    made to a vocabulary, in the order it added terms."""
    return [(vocabulary, key, nl, en, None if retired is None else bool(retired), position)
            for vocabulary, key, nl, en, retired, position in conn.execute(
                "SELECT vocabulary, key, nl, en, retired, position FROM vocabulary_term "
                "ORDER BY vocabulary, position, key")]
