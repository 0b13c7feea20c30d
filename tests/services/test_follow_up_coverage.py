"""The plan's coverage reads the priorities from column queries: the same barriers, in the same
order, as the one reading over full barrier records gives, reach included (the partners of a
barrier's signals, or those the coach set)."""

from __future__ import annotations

from dataclasses import replace

from drempelmeter.services import barriers, follow_up, partners, prioritisation, signals
from drempelmeter.services.records import PartnerRecord, SignalRecord


def test_priority_barriers_rank_by_reach_as_the_reading_of_full_records(new_db):
    for n in (1, 2, 3):
        partners.add_partner(new_db, PartnerRecord(f"pa{n}", f"CAW {n}", "core", "caw"))
    signals.add_signals(new_db, [
        SignalRecord(f"s{n}", partner, f"Signaal {n}", "bereikbaarheid", severity=3)
        for n, partner in enumerate(("pa1", "pa1", "pa2", "pa3", "pa1", "pa1"), start=1)])
    barriers.create_barrier(new_db, "a", "A: one partner, two signals", ["s1", "s6"])
    barriers.create_barrier(new_db, "b", "B: three partners", ["s2", "s3", "s4"])
    barriers.create_barrier(new_db, "c", "C: two partners, set by the coach", ["s5"])
    for record in barriers.list_barriers(new_db):
        chosen = ("pa2", "pa3") if record.id == "c" else None
        barriers.update_barrier(new_db, replace(record, status="prioritised",
                                                partner_ids=chosen))
    assert follow_up.priority_barriers(new_db) == ["b", "c", "a"]
    assert [p.barrier_id for p in prioritisation.read_priorities(new_db).order] == ["b", "c", "a"]
    gaps = follow_up.coverage(new_db, [])
    assert gaps.barriers_without_action == ("b", "c", "a")
