"""Prioritisation rounds on a real file: each method ranks, inputs are kept, rounds freeze."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from drempelmeter.services import barriers, partners, prioritisation, signals
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import PartnerRecord, SignalRecord


@pytest.fixture
def db(new_db):
    """Three barriers with hand-set factors: severity, frequency and two partners for one."""
    for pid in ("p1", "p2"):
        partners.add_partner(new_db, PartnerRecord(pid, f"Partner {pid}", "core", "caw"))
    specs = {"a": ("p1", 4, "weekly"), "b": ("p1", 3, "daily"), "c": ("p2", 2, "daily")}
    for key, (partner, severity, frequency) in specs.items():
        signals.add_signal(new_db, SignalRecord(f"s{key}", partner, f"Signaal {key} over iets",
                                                "bekendheid", severity=severity,
                                                frequency=frequency))
        barriers.create_barrier(new_db, key, f"Drempel {key}", [f"s{key}"])
    signals.add_signal(new_db, SignalRecord("s-c2", "p2", "Nog een signaal", "bekendheid"))
    barriers.assign_signals(new_db, "a", ["s-c2"])  # a is recognised by p1 and p2
    return new_db


def ranks(db, round_id: str) -> dict[str, int | None]:  # type: ignore[no-untyped-def]
    return {e.barrier_id: e.rank for e in prioritisation.get_round(db, round_id).entries}


def test_score_round_ranks_by_the_factors_and_reranks_on_new_weights(db):
    prioritisation.start_round(db, "r", "score", date(2026, 12, 1), ["An"], ["a", "b", "c"])
    result = prioritisation.get_round(db, "r")
    # a: 4 × 3 (weekly) × 2 partners = 24; b: 3 × 4 × 1 = 12; c: 2 × 4 × 1 = 8
    assert {e.barrier_id: e.score for e in result.entries} == {"a": 24, "b": 12, "c": 8}
    assert [e.barrier_id for e in result.ranked()] == ["a", "b", "c"]
    before = prioritisation.set_settings(db, "r", {"weights": {"severity": 0, "frequency": 2,
                                                               "reach": 0}})
    # frequency² only: a 9, b 16, c 16 → b and c share rank 1
    assert ranks(db, "r") == {"b": 1, "c": 1, "a": 3}
    prioritisation.set_settings(db, "r", before)
    assert ranks(db, "r") == {"a": 1, "b": 2, "c": 3}


def test_dot_voting_counts_within_the_budget_and_keeps_objections(db):
    prioritisation.start_round(db, "d", "dots", date(2026, 12, 1), ["An", "Bert"],
                               ["a", "b", "c"], {"budget": 2})
    prioritisation.set_inputs(db, "d", "c", {"votes": {"An": 2, "Bert": 1}})
    old = prioritisation.set_inputs(db, "d", "a", {"votes": {"Bert": 1},
                                                   "objection": "Te breed geformuleerd"})
    assert old == {}
    assert ranks(db, "d") == {"c": 1, "a": 2, "b": 3}
    with pytest.raises(InvalidInput):  # Bert would spend three dots
        prioritisation.set_inputs(db, "d", "b", {"votes": {"Bert": 1}})
    with pytest.raises(InvalidInput):
        prioritisation.set_inputs(db, "d", "b", {"votes": {"Chris": 1}})
    assert ranks(db, "d") == {"c": 1, "a": 2, "b": 3}  # nothing of the refused votes stayed
    entry = next(e for e in prioritisation.get_round(db, "d").entries if e.barrier_id == "a")
    assert entry.inputs["objection"] == "Te breed geformuleerd"


def test_impact_effort_and_moscow_rank_only_what_was_placed(db):
    prioritisation.start_round(db, "i", "impact_effort", date(2026, 12, 1), [], ["a", "b", "c"])
    prioritisation.set_inputs(db, "i", "a", {"impact": 2, "effort": 4})  # time sink
    prioritisation.set_inputs(db, "i", "b", {"impact": 4, "effort": 2})  # quick win
    assert ranks(db, "i") == {"b": 1, "a": 2, "c": None}
    prioritisation.start_round(db, "m", "moscow", date(2026, 12, 2), [], ["a", "b", "c"])
    for key, choice in (("a", "should"), ("b", "must"), ("c", "must")):
        prioritisation.set_inputs(db, "m", key, {"moscow": choice})
    assert ranks(db, "m") == {"b": 1, "c": 1, "a": 3}
    compared = prioritisation.compare(prioritisation.get_round(db, "i"),
                                      prioritisation.get_round(db, "m"))
    assert compared == {"a": (2, 3), "b": (1, 1), "c": (None, 1)}


def test_a_closed_round_keeps_its_rationale_and_refuses_changes(db):
    prioritisation.start_round(db, "r", "score", date(2026, 12, 1), ["An"], ["a", "b"])
    prioritisation.close_round(db, "r", "Werkgroep van 1 december, na discussie.",
                               date(2026, 12, 1))
    result = prioritisation.get_round(db, "r")
    assert result.closed_on and result.rationale.startswith("Werkgroep")
    with pytest.raises(InvalidInput):
        prioritisation.set_settings(db, "r", {"weights": {"severity": 2}})
    # The barrier changes later; the closed round keeps the ranks it had.
    barriers.update_barrier(db, replace(barriers.get_barrier(db, "b"), severity=4,
                                        frequency="daily"))
    assert ranks(db, "r") == {"a": 1, "b": 2}


def test_the_latest_closed_round_is_the_one_closed_last(db):
    for round_id, held, closed in (("a", date(2026, 12, 1), date(2026, 12, 9)),
                                   ("b", date(2026, 12, 8), date(2026, 12, 8)),
                                   ("c", date(2026, 12, 8), None),
                                   ("d", date(2026, 12, 9), date(2026, 12, 9))):
        prioritisation.start_round(db, round_id, "score", held, ["An"], ["a", "b"])
        if closed:
            prioritisation.close_round(db, round_id, "", closed)
    rounds = prioritisation.list_rounds(db)
    assert prioritisation.latest_closed(rounds).id == "d"  # a and d closed the same day
    assert prioritisation.latest_closed([r for r in rounds if r.id in "abc"]).id == "a"
    assert prioritisation.latest_closed([r for r in rounds if r.id == "c"]) is None
