"""`TrajectoryDatabase.sqlite()`, the driver's own connection a bundle import writes through:
one transaction, all or nothing, inside a running session when there is one, with the failures
of a Session."""

from __future__ import annotations

import pytest

from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.store.errors import WriteFailed


def count(db) -> int:  # type: ignore[no-untyped-def]
    with db.sqlite() as conn:
        return conn.execute("SELECT count(*) FROM partner").fetchone()[0]


def add_partner(conn, name: str) -> None:  # type: ignore[no-untyped-def]
    conn.execute("INSERT INTO partner (id, trajectory_id, name, kind, type, position) "
                 "SELECT ?, id, ?, 'core', 'local_government', 99 FROM trajectory",
                 (f"id-{name}", name))


@pytest.fixture
def demo_db(demo_file):
    db = open_trajectory(demo_file, back_up=False)
    yield db
    db.close()


def test_its_work_is_committed_at_the_end_or_not_at_all(demo_db):
    before = count(demo_db)
    with pytest.raises(RuntimeError), demo_db.sqlite(writing=True) as conn:
        add_partner(conn, "Eerste")
        raise RuntimeError("a problem after the insert")
    assert count(demo_db) == before
    with demo_db.sqlite(writing=True) as conn:
        add_partner(conn, "Tweede")
    assert count(demo_db) == before + 1


def test_inside_a_session_it_sees_the_sessions_work_and_joins_its_transaction(demo_db):
    from drempelmeter.store import queries
    from drempelmeter.store.models import Partner

    before = count(demo_db)
    with pytest.raises(RuntimeError), demo_db.session() as session:
        session.add(Partner(trajectory_id=queries.trajectory(session).id, name="Nog niet",
                            kind="core", type="local_government", position=98))
        with demo_db.sqlite(writing=True) as conn:
            assert conn.execute("SELECT count(*) FROM partner").fetchone()[0] == before + 1
            add_partner(conn, "Derde")
        raise RuntimeError("the session fails: both are rolled back")
    assert count(demo_db) == before


def test_a_write_on_a_file_opened_read_only_fails_in_words(demo_file):
    db = open_trajectory(demo_file, read_only=True)
    try:
        with pytest.raises(WriteFailed), db.sqlite(writing=True) as conn:
            add_partner(conn, "Vierde")
    finally:
        db.close()
