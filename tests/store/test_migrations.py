"""Schema migrations: the runner keeps child rows, is all or nothing, and old files keep opening."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event

from drempelmeter import __version__
from drempelmeter.paths import user_data_dir
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.store import schema
from drempelmeter.store.errors import MigrationFailed
from drempelmeter.store.models import Base
from drempelmeter.store.sqlite_file import FileFacts, inspect_file, integrity_problems

TOY = Path(__file__).parent / "toy_migrations"
SCHEMA_FIXTURES = Path(__file__).parent.parent / "fixtures" / "schema"


def scalar(path: Path, sql: str):
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchone()[0]


def toy_file_at_t1(path: Path) -> Path:
    """A toy file at revision t1 with 3 parents and 7 children under the cascade."""
    sqlite3.connect(path).close()
    schema.migrate(path, TOY, "t1")
    with closing(sqlite3.connect(path)) as conn:
        conn.executemany("INSERT INTO parent VALUES (?, ?)", [(1, "a"), (2, "b"), (3, "c")])
        conn.executemany("INSERT INTO child VALUES (?, ?)", [(i, 1 + i % 3) for i in range(7)])
        conn.commit()
    return path


def test_batch_migration_keeps_children_under_a_cascade(tmp_path):
    path = toy_file_at_t1(tmp_path / "toy.drempel")
    schema.migrate(path, TOY, "t2")
    assert scalar(path, "SELECT count(*) FROM child") == 7
    assert scalar(path, "SELECT count(*) FROM parent") == 3
    assert integrity_problems(path) == []
    with closing(sqlite3.connect(path)) as conn:
        assert "note" in {row[1] for row in conn.execute("PRAGMA table_info(parent)")}


def test_the_trap_is_real_with_foreign_keys_on(tmp_path):
    """Negative control: the same migration with foreign keys on loses every child row."""
    path = toy_file_at_t1(tmp_path / "toy.drempel")
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda c, _: c.execute("PRAGMA foreign_keys = ON"))
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(TOY))
        config.attributes["connection"] = conn
        command.upgrade(config, "t2")
    engine.dispose()
    assert scalar(path, "SELECT count(*) FROM child") == 0


def test_a_failing_migration_changes_nothing(tmp_path):
    path = toy_file_at_t1(tmp_path / "toy.drempel")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE parent SET name = 'fail' WHERE id = 1")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(MigrationFailed, match="half-way"):
        schema.migrate(path, TOY)
    assert path.read_bytes() == before
    assert scalar(path, "SELECT version_num FROM alembic_version") == "t1"


def test_revision_list_matches_the_alembic_scripts():
    script = ScriptDirectory(str(schema.MIGRATIONS_DIR))
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == schema.SCHEMA_REVISIONS
    assert script.get_current_head() == schema.HEAD_REVISION


def test_the_head_tables_are_the_models_tables():
    """Opening a file checks it has schema.HEAD_TABLES without importing the models: a table
    added to the models is added there too."""
    assert set(Base.metadata.tables) == schema.HEAD_TABLES


def test_migrations_build_exactly_the_models(tmp_path):
    """A file migrated from nothing has the same schema as one created from the models."""
    path = tmp_path / "migrated.drempel"
    sqlite3.connect(path).close()
    schema.migrate(path, schema.MIGRATIONS_DIR)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_fixture_exists_for_every_released_revision():
    fixtures = {p.stem for p in SCHEMA_FIXTURES.glob("*.drempel")}
    assert set(schema.SCHEMA_REVISIONS) <= fixtures


@pytest.mark.parametrize("fixture", sorted(SCHEMA_FIXTURES.glob("*.drempel")), ids=lambda p: p.stem)
def test_every_released_revision_still_opens_with_all_its_rows(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    tables = ("partner", "participant", "phase", "checklist_item", "workshop_session",
              "agenda_item", "attendance", "decision")
    before = {t: scalar(path, f"SELECT count(*) FROM {t}") for t in tables}
    assert before["checklist_item"] > 0 and before["attendance"] > 0
    db = open_trajectory(path)
    try:
        if fixture.stem != schema.HEAD_REVISION:
            assert db.backup is not None and db.backup.exists()
    finally:
        db.close()
    assert inspect_file(path).revision == schema.HEAD_REVISION
    assert {t: scalar(path, f"SELECT count(*) FROM {t}") for t in tables} == before
    assert integrity_problems(path) == []


def test_upgrade_file_keeps_a_backup_in_the_trajectorys_backup_folder(tmp_path, monkeypatch):
    path = toy_file_at_t1(tmp_path / "toy.drempel")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE app_meta (key VARCHAR(50) PRIMARY KEY, value VARCHAR(200))")
        conn.execute("INSERT INTO app_meta VALUES ('written_by', '0.0.1')")
        conn.execute("CREATE TABLE trajectory (id VARCHAR(36) PRIMARY KEY)")
        conn.execute("INSERT INTO trajectory VALUES ('4d6f8a52-0c1e-4b7a-9d1f-2e3c4b5a6978')")
        conn.commit()
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", TOY)
    backup = schema.upgrade_file(path, FileFacts("t1", "0.0.1", None))
    assert backup.parent == user_data_dir() / "backups" / "4d6f8a52-0c1e-4b7a-9d1f-2e3c4b5a6978"
    assert backup.name.endswith("-before-upgrade.drempel")
    assert [p.name for p in tmp_path.iterdir()] == ["toy.drempel"]  # nothing beside the file
    assert scalar(backup, "SELECT version_num FROM alembic_version") == "t1"
    assert scalar(backup, "SELECT count(*) FROM child") == 7
    assert scalar(path, "SELECT version_num FROM alembic_version") == "t3"
    assert scalar(path, "SELECT count(*) FROM child") == 7
    assert scalar(path, "SELECT count(*) FROM parent WHERE note = 'touched'") == 3
    assert scalar(path, "SELECT value FROM app_meta WHERE key = 'written_by'") == __version__


def test_an_older_file_reads_read_only_from_an_upgraded_copy_and_is_left_as_it_was(tmp_path):
    """Where an older file cannot be upgraded (a read-only share, open elsewhere) it can still
    be read: the upgrade runs on a private copy, removed at close."""
    import shutil
    import tempfile

    from drempelmeter.services import partners
    from drempelmeter.services.trajectory import open_trajectory

    def scratch_folders() -> set[Path]:
        return set(Path(tempfile.gettempdir()).glob("drempelmeter-*"))

    path = tmp_path / "oud.drempel"
    shutil.copyfile(SCHEMA_FIXTURES / "0001.drempel", path)
    before, folders = path.read_bytes(), scratch_folders()
    db = open_trajectory(path, read_only=True)
    try:
        assert db.read_only and partners.list_partners(db)
        assert len(scratch_folders() - folders) == 1
    finally:
        db.close()
    assert scratch_folders() == folders
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oud.drempel"]
