"""What the store's tests share: a copy of a schema fixture to upgrade, check and downgrade."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event

from drempelmeter.store import schema

from ..conftest import FIXTURES


def count(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


class SchemaFile:
    """A copy of the file a released revision left (tests/fixtures/schema), to upgrade the way
    the app does, look into with sqlite3, and downgrade."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def upgrade(self, target: str) -> None:
        schema.migrate(self.path, schema.MIGRATIONS_DIR, target=target)

    def downgrade(self, target: str) -> None:
        """Back to `target`, with foreign keys off as for an upgrade (a batch migration
        recreates tables)."""
        engine = create_engine(f"sqlite:///{self.path}")
        event.listen(engine, "connect", lambda c, _: c.execute("PRAGMA foreign_keys = OFF"))
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
            config.attributes["connection"] = conn
            command.downgrade(config, target)
        engine.dispose()

    @contextmanager
    def connected(self) -> Iterator[sqlite3.Connection]:
        """A connection with foreign keys on (so cascades run), committed when the block ends
        without an exception."""
        with closing(sqlite3.connect(self.path)) as conn:
            conn.execute("PRAGMA foreign_keys = ON")
            yield conn
            conn.commit()

    def rows(self, sql: str, *params: object) -> list[tuple]:
        with closing(sqlite3.connect(self.path)) as conn:
            return conn.execute(sql, params).fetchall()

    def tables(self) -> set[str]:
        return {r[0] for r in self.rows("SELECT name FROM sqlite_master WHERE type='table'")}

    def count(self, table: str) -> int:
        with closing(sqlite3.connect(self.path)) as conn:
            return count(conn, table)


@pytest.fixture
def schema_file(tmp_path: Path) -> Callable[[str], SchemaFile]:
    """`schema_file("0011")`: a copy of the fixture of revision 0011 in tmp_path."""

    def copy(revision: str) -> SchemaFile:
        path = tmp_path / f"{revision}.drempel"
        shutil.copyfile(FIXTURES / "schema" / f"{revision}.drempel", path)
        return SchemaFile(path)

    return copy
