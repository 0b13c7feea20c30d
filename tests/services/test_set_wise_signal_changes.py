"""A selection of signals changed set-wise (status, bundle, remove) and undone, by the work it
does (not timed): the statements grow with the slices of ids, not with the signals (#14: at
40,000 signals, one object and one statement each took 18 to 35 s); no signal object is
loaded, and every undo puts back exactly what was there."""

from __future__ import annotations

import math
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from operator import attrgetter

import pytest
from sqlalchemy import event

from drempelmeter.services import barriers, partners, signal_lines, signals
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import PartnerRecord
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.store import slices

from ..orm_loads import objects_loaded
from ..store.test_sliced_queries import with_signals

COUNT, SLICE = 1200, 100
PARTS = math.ceil(COUNT / SLICE)


@pytest.fixture
def selection(tmp_path, monkeypatch):
    """1,200 signals of two partners, 100 ids a statement: the first 300 analysed, the next
    300 of a second partner, the last 100 in a barrier of their own."""
    monkeypatch.setattr(slices, "SLICE", SLICE)
    db, ids = with_signals(tmp_path / "t.drempel", COUNT)
    partners.add_partner(db, PartnerRecord("ocmw", "OCMW", "core", "local_government"))
    signals.set_status(db, dict.fromkeys(ids[:300], "analysed"))
    with db.sqlite(writing=True) as conn:
        conn.executemany("UPDATE signal SET partner_id = 'ocmw' WHERE id = ?",
                         [(i,) for i in ids[300:600]])
    barriers.create_barrier(db, "oud", "Al gebundeld", ids[-100:])
    yield db, ids
    db.close()


@contextmanager
def statements(db) -> Iterator[list[str]]:
    """The SQL statements run inside the block (an executemany counts once)."""
    run: list[str] = []

    def count(_conn, _cursor, statement, _parameters, _context, _many) -> None:
        run.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield run
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def stored(db) -> list[tuple]:
    """Every signal's every column as stored."""
    with db.sqlite() as conn:
        return conn.execute("SELECT * FROM signal ORDER BY id").fetchall()


def writes(run: list[str]) -> list[str]:
    return [s for s in run if s.lstrip().upper().startswith(("UPDATE", "DELETE", "INSERT"))]


def test_a_status_change_and_its_undo_write_once_per_slice(selection):
    db, ids = selection
    with objects_loaded() as loaded, statements(db) as run:
        old = signals.set_status(db, dict.fromkeys(ids, "in_action"))
    assert old == {**dict.fromkeys(ids, "noticed"), **dict.fromkeys(ids[:300], "analysed"),
                   **dict.fromkeys(ids[-100:], "bundled")}
    assert len(writes(run)) == PARTS and len(run) <= 2 * PARTS + 2  # read, write per slice
    assert {line.status for line in signal_lines.lines_with_ids(db, ids)} == {"in_action"}
    with statements(db) as run:
        signals.set_status(db, old)  # the undo: one UPDATE per status and slice
    assert len(writes(run)) == 8 + 3 + 1  # per status, its slices: 800 noticed, 300, 100
    assert {line.id: line.status for line in signal_lines.lines_with_ids(db, ids)} == old
    assert not loaded["Signal"]


def test_bundling_a_selection_and_its_undo_write_once_per_slice(selection):
    db, ids = selection
    before = stored(db)
    with objects_loaded() as loaded, statements(db) as run:
        moved = barriers.create_barrier(db, "b1", "Lange wachttijden", ids)
    assert len(writes(run)) == PARTS + 1  # the barrier, then its signals a slice at a time
    assert len(run) <= 2 * PARTS + 8
    barrier = barriers.get_barrier(db, "b1")
    assert len(barrier.signal_ids) == COUNT and barrier.primary_b == "bekendheid"
    assert set(barrier.recognised_by) == {"ocmw", *{s.partner_id for s in
                                                    signal_lines.lines_with_ids(db, ids[:1])}}
    listing = barriers.barrier_listing(db)
    assert listing.signal_counts == {"b1": COUNT}  # "oud" gave its 100 up
    statuses = {line.id: line.status for line in signal_lines.lines_with_ids(db, ids)}
    assert statuses == {**dict.fromkeys(ids, "bundled"), **dict.fromkeys(ids[:300], "analysed")}
    assert moved[ids[0]] == (None, "analysed") and moved[ids[-1]] == ("oud", "bundled")

    with statements(db) as run:  # the window's undo of a bundle
        barriers.restore_assignments(db, moved)
        barriers.remove_barrier(db, "b1")
    assert len(writes(run)) == PARTS + 1  # per place its slices (8, 3, 1), the empty barrier
    assert stored(db) == before
    assert barriers.barrier_listing(db).signal_counts == {"oud": 100}
    assert not loaded["Signal"]


def test_removing_a_selection_and_its_undo_put_back_every_column(selection):
    db, ids = selection
    before = stored(db)
    with objects_loaded() as loaded, statements(db) as run:
        removed = signals.remove_signals(db, ids)
    assert len(writes(run)) == PARTS and len(run) <= 2 * PARTS + 2
    assert [r.id for r in removed] == ids and len(removed) == COUNT
    assert stored(db) == [] and barriers.barrier_listing(db).signal_counts == {}
    with statements(db) as run:
        signals.restore_signals(db, removed)
    assert len(writes(run)) == 1  # one executemany
    assert stored(db) == before  # barrier, status, times, review: all as they were
    assert barriers.barrier_listing(db).signal_counts == {"oud": 100}
    assert not loaded["Signal"]


def test_the_whole_records_of_a_selection_are_read_as_columns(selection):
    db, ids = selection
    with objects_loaded() as loaded, statements(db) as run:
        records = signal_lines.signals_with_ids(db, ids)
    assert [r.id for r in records] == sorted(ids) and len(run) <= PARTS + 1
    by_id = {r.id: r for r in records}
    assert by_id[ids[0]].status == "analysed" and by_id[ids[-1]].status == "bundled"
    assert by_id[ids[300]].partner_id == "ocmw" and by_id[ids[0]].life_domains == ()
    assert not loaded["Signal"]


def test_records_read_as_columns_are_those_of_the_signal_objects(demo_file, tmp_path):
    """Every field as the ORM reads it: lists, times, flags, kept findings, a review."""
    path = tmp_path / "demo.drempel"
    shutil.copyfile(demo_file, path)
    db = open_trajectory(path)
    try:
        first = signals.list_signals(db)[0]
        text = "Mevrouw uit de Kerkstraat 12 kreeg geen antwoord."
        signals.add_signal(db, replace(first, id="bewaard", description=text,
                                       kept_findings=("Kerkstraat 12",), created_at=None))
        signals.add_signal(db, replace(first, id="na te kijken", description=text,
                                       to_review=True, created_at=None))
        expected = signals.list_signals(db)  # read through the objects
        got = signal_lines.signals_with_ids(db, [r.id for r in reversed(expected)])
        assert sorted(got, key=attrgetter("id")) == sorted(expected, key=attrgetter("id"))
        assert any(r.to_review for r in got) and any(r.kept_findings for r in got)
        assert any(r.life_domains for r in got) and all(r.created_at.tzinfo for r in got)
        removed = signals.remove_signals(db, ["bewaard", "na te kijken"])
        assert list(removed) == [r for r in expected if r.id in ("bewaard", "na te kijken")]
    finally:
        db.close()


def test_a_selection_with_a_signal_gone_changes_nothing(selection):
    db, ids = selection
    before = stored(db)
    gone = [*ids[:700], "weg", *ids[700:]]
    with pytest.raises(InvalidInput) as caught:
        signals.set_status(db, dict.fromkeys(gone, "analysed"))
    assert caught.value.value == "weg"
    with pytest.raises(InvalidInput):
        signals.remove_signals(db, gone)
    with pytest.raises(InvalidInput):
        barriers.create_barrier(db, "b2", "Niet", gone)
    with pytest.raises(InvalidInput):
        barriers.restore_assignments(db, dict.fromkeys(gone, (None, "noticed")))
    with pytest.raises(InvalidInput):
        signals.set_status(db, {ids[0]: "vergeten"})
    assert stored(db) == before and [b.id for b in barriers.list_barriers(db)] == ["oud"]
