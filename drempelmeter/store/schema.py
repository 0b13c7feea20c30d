"""Schema revisions: create a new file at the newest revision, or back up and migrate an old one."""

from __future__ import annotations

from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from .backups import BEFORE_UPGRADE, take_backup
from .errors import MigrationFailed
from .sqlite_file import FileFacts, connect_file

# SQLAlchemy is imported where a schema is made or migrated: opening a file needs none of it
# (a bundle import on the command line imports none).
if TYPE_CHECKING:
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: Every released schema revision, oldest first. The last one is what this version writes.
#: Kept here (and checked against Alembic by a test) so opening a file never imports Alembic.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006",
                                     "0007", "0008", "0009", "0010", "0011", "0012", "0013",
                                     "0014", "0015", "0016", "0017", "0018")
HEAD_REVISION = SCHEMA_REVISIONS[-1]
#: The tables of a file at the head revision, the models' (checked against them by a test):
#: kept here so opening a file never imports the models (their set-up is a sixth of the start).
HEAD_TABLES = frozenset({
    "action_status", "action_year_note", "agenda_item", "app_meta", "attendance", "barrier",
    "baseline_score", "capture", "carried_item", "chapter_note", "checklist_item", "cycle_link",
    "decision", "follow_up_report", "indicator", "indicator_value", "key_finding",
    "measurement_round", "participant", "partner", "personal_data_keep", "phase", "plan_action",
    "plan_goal", "plan_pillar", "planned_version", "policy_signal", "poll_count", "premortem_note",
    "priority_entry", "priority_round", "questionnaire_theme", "questionnaire_theme_item",
    "respondent", "response_answer", "signal",
    "sounding_board_evaluation", "trajectory", "vocabulary_term", "workshop_session"})


def missing_tables(path: Path, revision: str) -> list[str]:
    """The tables a file of the head revision must have and lacks (a shell, a dropped table)."""
    if revision != HEAD_REVISION:
        return []  # an older file is checked by its upgrade
    with closing(connect_file(path, "ro")) as conn:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = sorted(HEAD_TABLES - present)
    return [f"tables missing: {', '.join(missing)}"] if missing else []


def is_newer(revision: str) -> bool:
    """A revision this version does not know was written by a newer version."""
    return revision not in SCHEMA_REVISIONS


def needs_upgrade(revision: str) -> bool:
    return revision != HEAD_REVISION and not is_newer(revision)


def create_schema(conn: Connection) -> None:
    """Create every table at the head revision and record it, inside the caller's transaction."""
    from sqlalchemy import insert

    from .models import AppMeta, Base  # the models: not imported to open a file (HEAD_TABLES)

    Base.metadata.create_all(conn)
    conn.exec_driver_sql(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
    )
    conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (HEAD_REVISION,))
    conn.execute(
        insert(AppMeta),
        [{"key": "created_by", "value": __version__}, {"key": "written_by", "value": __version__}],
    )


def upgrade_file(path: Path, facts: FileFacts) -> Path:
    """Back the file up (into its trajectory's backup folder, not beside it), then migrate it to
    the head revision. Returns the backup's path."""
    backup = take_backup(path, BEFORE_UPGRADE, datetime.now())
    migrate(path, MIGRATIONS_DIR, stamp_written_by=True)
    return backup.path


def migrate(
    path: Path, script_location: Path, target: str = "head", *, stamp_written_by: bool = False
) -> None:
    """Run Alembic migrations on `path` in one transaction with foreign keys off.

    Foreign keys must be off *before* the transaction begins: a batch migration recreates
    tables, and with them on, dropping the old parent table cascades into its children. The
    foreign-key check runs before commit; any problem rolls the whole upgrade back.
    """
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    def connect():
        conn = connect_file(path, "rw")
        conn.execute("PRAGMA foreign_keys = OFF")
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    try:
        with engine.connect() as conn, conn.begin():
            config = Config()
            config.set_main_option("script_location", str(script_location))
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationFailed(path, f"{len(broken)} rows lost their parent")
            if stamp_written_by:
                conn.exec_driver_sql(
                    "UPDATE app_meta SET value = ? WHERE key = 'written_by'", (__version__,)
                )
    except MigrationFailed:
        raise
    except Exception as exc:
        raise MigrationFailed(path, f"{type(exc).__name__}: {exc}") from exc
    finally:
        engine.dispose()
