"""Barriers on a real file: bundling signals, moving, merging, splitting, and every undo."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from drempelmeter.services import barriers, signals
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.personal_data import PersonalDataFound
from drempelmeter.services.records import BarrierRecord
from drempelmeter.services.trajectory import open_trajectory
from drempelmeter.store.models import Signal


@pytest.fixture
def db(demo_file):
    handle = open_trajectory(demo_file)
    yield handle
    handle.close()


def free_signals(db, count: int, b: str | None = None) -> list:  # type: ignore[no-untyped-def]
    return [s for s in signals.list_signals(db) if b in (None, s.primary_b)
            and s.id not in {i for bar in barriers.list_barriers(db) for i in bar.signal_ids}
            ][:count]


def test_a_barrier_from_signals_takes_its_fields_and_partners_from_them(db):
    chosen = free_signals(db, 3, "beschikbaarheid")
    before = barriers.create_barrier(db, "b1", "Lange wachtlijsten", [s.id for s in chosen])
    barrier = barriers.get_barrier(db, "b1")
    assert barrier.signal_ids == tuple(s.id for s in chosen)
    assert barrier.primary_b == "beschikbaarheid" and barrier.status == "candidate"
    assert barrier.severity == max(s.severity for s in chosen if s.severity is not None)
    assert set(barrier.recognised_by) == {s.partner_id for s in chosen}
    assert barrier.partner_ids is None
    now = {s.id: s.status for s in signals.list_signals(db)}
    assert all(now[s.id] == ("bundled" if s.status == "noticed" else s.status) for s in chosen)

    barriers.remove_barrier(db, "b1")
    barriers.restore_assignments(db, before)  # (as the undo of create does, after removing)
    assert {s.id: s.status for s in signals.list_signals(db)} == {
        **now, **{s.id: s.status for s in chosen}}


def test_move_merge_and_restore(db):
    one, two, three, four = free_signals(db, 4)
    barriers.create_barrier(db, "a", "Eerste", [one.id, two.id])
    barriers.create_barrier(db, "b", "Tweede", [three.id])
    moved = barriers.assign_signals(db, "b", [two.id])
    assert set(barriers.get_barrier(db, "b").signal_ids) == {two.id, three.id}
    barriers.restore_assignments(db, moved)
    assert set(barriers.get_barrier(db, "a").signal_ids) == {one.id, two.id}

    removed, merged, _relinked = barriers.merge_barriers(db, "a", "b")
    assert {"a", "b"} & {b.id for b in barriers.list_barriers(db)} == {"a"}
    assert set(barriers.get_barrier(db, "a").signal_ids) == {one.id, two.id, three.id}
    barriers.restore_barrier(db, removed, merged)
    assert set(barriers.get_barrier(db, "b").signal_ids) == {three.id}
    assert set(barriers.get_barrier(db, "a").signal_ids) == {one.id, two.id}

    # A split is a new barrier made of some of the signals: they move out of the old one.
    barriers.create_barrier(db, "c", "Afgesplitst", [two.id])
    assert set(barriers.get_barrier(db, "a").signal_ids) == {one.id}
    with pytest.raises(InvalidInput):
        barriers.merge_barriers(db, "a", "a")
    with pytest.raises(InvalidInput):
        barriers.create_barrier(db, "d", "Leeg", [])
    assert four.id not in {i for b in barriers.list_barriers(db) for i in b.signal_ids}


def test_the_coach_can_set_the_partners_and_fields(db):
    one, two = free_signals(db, 2)
    barriers.create_barrier(db, "a", "Eerste", [one.id, two.id])
    from dataclasses import replace

    record = barriers.get_barrier(db, "a")
    barriers.update_barrier(db, replace(record, partner_ids=(one.partner_id,), severity=4,
                                        status="validated", title=" Nieuwe titel "))
    changed = barriers.get_barrier(db, "a")
    assert changed.recognised_by == (one.partner_id,) and changed.title == "Nieuwe titel"
    assert (changed.severity, changed.status) == (4, "validated")
    with pytest.raises(InvalidInput):
        barriers.update_barrier(db, replace(record, status="klaar"))


def test_suggestions_only_hold_signals_not_yet_in_a_barrier(db):
    groups = barriers.suggestions(db)
    assert groups and all(len(g) >= 2 for g in groups)
    first = groups[0]
    barriers.create_barrier(db, "x", "Gesuggereerd", first)
    assert all(first[0] not in g for g in barriers.suggestions(db))


def test_suggestions_read_columns_without_loading_signal_objects(db):
    loaded: list[Signal] = []

    def count(target, _context) -> None:  # type: ignore[no-untyped-def]
        loaded.append(target)

    event.listen(Signal, "load", count)
    try:
        groups = barriers.suggestions(db)
        assert groups and not loaded
        signals.list_signals(db)  # the listener does see a full load
        assert loaded
    finally:
        event.remove(Signal, "load", count)


def test_a_barrier_named_in_a_workshop_starts_without_signals_and_is_screened(db):
    before = len(barriers.list_barriers(db))
    named = BarrierRecord("w1", "Niemand kent het spreekuur", primary_b="bekendheid",
                          signal_ids=("ignored",))
    barriers.add_barrier(db, named)
    added = barriers.get_barrier(db, "w1")
    assert (added.title, added.primary_b, added.signal_ids) == (named.title, "bekendheid", ())
    with pytest.raises(PersonalDataFound):
        barriers.add_barrier(db, BarrierRecord("w2", "Bel jan.peeters@example.be",
                                               primary_b="bekendheid"))
    assert len(barriers.list_barriers(db)) == before + 1  # nothing of the refused one


def test_a_barriers_partners_are_listed_in_the_partners_order_read_without_a_sort(db):
    """The list and the barrier itself name its partners alike, in the partners' own order;
    the list reads them from the barrier-and-partner index alone (sorting every signal in a
    barrier took 0.3 s of a province's barriers page)."""
    from drempelmeter.services import partners as partner_service
    from drempelmeter.store import barrier_rows

    order = [p.id for p in partner_service.list_partners(db)]
    chosen = [s for s in reversed(signals.list_signals(db))
              if not any(s.id in b.signal_ids for b in barriers.list_barriers(db))]
    picked = list({s.partner_id: s for s in chosen}.values())[:3]  # three partners, late first
    assert len(picked) == 3
    barriers.create_barrier(db, "b1", "Drie partners", [s.id for s in picked])
    listed = {r.id: r for r in barriers.barrier_listing(db).records}
    expected = tuple(sorted({s.partner_id for s in picked}, key=order.index))
    assert listed["b1"].recognised_by == barriers.get_barrier(db, "b1").recognised_by == expected
    run: list[str] = []
    with db.session() as session:
        engine = session.get_bind()
        listen = (engine, "before_cursor_execute",
                  lambda _conn, _cursor, sql, *_rest: run.append(sql))
        event.listen(*listen)
        try:
            assert barrier_rows.member_partners(session)
        finally:
            event.remove(*listen)
        [sql] = [q for q in run if "FROM signal" in q]
        plan = " ".join(str(r[-1]) for r in session.connection().exec_driver_sql(
            f"EXPLAIN QUERY PLAN {sql}", ()))
    assert "COVERING INDEX ix_signal_barrier_partner" in plan and "TEMP B-TREE" not in plan
