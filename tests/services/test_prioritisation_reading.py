"""The one reading of the prioritisation on real files: which round decided, each barrier's place
and why, the rest by the weights kept in the file; the report and the coverage check follow it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from drempelmeter.domain.prioritisation import Weights
from drempelmeter.services import barriers, follow_up, prioritisation
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.report import gather
from drempelmeter.services.trajectory import open_trajectory

from .priority_setup import CASES, NORTH

TODAY = date(2026, 11, 30)


@pytest.fixture(params=sorted(CASES))
def case(request, tmp_path):  # type: ignore[no-untyped-def]
    build, order, places, per_partner = CASES[request.param]
    db = open_trajectory(build(tmp_path / f"{request.param}.drempel"))
    yield db, order, places, per_partner
    db.close()


def titles(db):  # type: ignore[no-untyped-def]
    return {b.id: b.title for b in barriers.list_barriers(db)}


def test_the_reading_orders_by_the_deciding_round_then_by_the_saved_score(case):
    db, order, places, _per_partner = case
    reading = prioritisation.read_priorities(db)
    named = titles(db)
    assert [named[p.barrier_id] for p in reading.order] == order
    assert [p.place for p in reading.order] == places
    assert reading.decided_by is not None and reading.decided_by.id in ("a-moscow", "vote")


def test_the_report_lists_and_sums_up_the_same_order(case):
    db, order, places, per_partner = case
    data = gather(db, TODAY)
    assert [b.title for b in data.barriers] == order
    assert [b.rank for b in data.barriers] == places
    decided = prioritisation.read_priorities(db).decided_by
    assert decided is not None and f"{decided.held_on:%d-%m-%Y}" in data.round_note
    for partner, first in per_partner.items():
        own = gather(db, TODAY, partner)
        assert [b.title for b in own.barriers][:3] == first


def test_same_day_rounds_the_one_closed_later_decides_and_says_why(tmp_path):
    build, order, _places, _per_partner = CASES["same_day"]
    db = open_trajectory(build(tmp_path / "same_day.drempel"))
    try:
        reading = prioritisation.read_priorities(db)
        assert reading.decided_by.id == "a-moscow"
        assert reading.weights == Weights(1.0, 1.0, 3.0)
        data = gather(db, TODAY)
        assert [b.basis for b in data.barriers] == [
            "Must: moet", "Must: moet", "Should: zou moeten", "Could: kan", "niet gekozen", ""]
        assert [b.round_rank for b in data.barriers] == ["1", "1", "3", "4", "—", "—"]
        assert "gewichten 1, 1, 3 en 1" in data.round_note
        # With the weights back to 1, "Kosten" (12) comes before "Openingsuren" (8).
        assert prioritisation.set_weights(db, Weights()) == Weights(1.0, 1.0, 3.0)
        assert [b.title for b in gather(db, TODAY).barriers][4:] == [order[5], order[4]]
    finally:
        db.close()


def test_tied_ranks_share_a_place_and_words_say_the_dots(tmp_path):
    build, _order, _places, _per_partner = CASES["tied"]
    db = open_trajectory(build(tmp_path / "tied.drempel"))
    try:
        data = gather(db, TODAY)
        assert [b.basis for b in data.barriers] == [
            "3 stippen", "3 stippen", "1 stip", "1 stip", "0 stippen", ""]
        assert data.round_note.startswith("Rangorde uit de laatst afgesloten ronde, van "
                                          "01-03-2026 (Stippenstemming")
    finally:
        db.close()


def test_the_coverage_check_takes_the_top_of_the_reading_and_the_marked(tmp_path):
    build, order, _places, _per_partner = CASES["same_day"]
    db = open_trajectory(build(tmp_path / "same_day.drempel"))
    try:
        named = titles(db)
        assert [named[b] for b in follow_up.priority_barriers(db)] == order[:4]
        kosten = barriers.get_barrier(db, "k")
        barriers.update_barrier(db, replace(kosten, status="prioritised"), expected=kosten)
        assert [named[b] for b in follow_up.priority_barriers(db)] == [*order[:4], order[5]]
        assert named["k"] in {named[b] for b in follow_up.coverage(db, []).barriers_without_action}
    finally:
        db.close()


def test_weights_are_kept_in_the_file_checked_and_new_score_rounds_take_them(tmp_path):
    build, _order, _places, _per_partner = CASES["tied"]
    path = build(tmp_path / "tied.drempel")
    db = open_trajectory(path)
    assert prioritisation.get_weights(db) == Weights()
    assert prioritisation.set_weights(db, Weights(0.0, 2.5, 1.0)) == Weights()
    with pytest.raises(InvalidInput):
        prioritisation.set_weights(db, Weights(4.0, 1.0, 1.0))
    db.close()
    db = open_trajectory(path)
    try:
        assert prioritisation.get_weights(db) == Weights(0.0, 2.5, 1.0)
        prioritisation.start_round(db, "again", "score", TODAY, ["An"], ["a", "h"])
        assert prioritisation.get_round(db, "again").settings["weights"] == {
            "severity": 0.0, "frequency": 2.5, "reach": 1.0, "influence": 1.0}
    finally:
        db.close()


def test_without_a_closed_round_the_order_is_the_score(new_db):
    assert prioritisation.read_priorities(new_db).decided_by is None
    data = gather(new_db, TODAY)
    assert data.barriers == [] and "nog geen prioriteringsronde" in data.round_note


def test_partner_lists_keep_the_regions_places(case):
    db, _order, _places, per_partner = case
    region = {b.title: b.rank for b in gather(db, TODAY).barriers}
    own = gather(db, TODAY, NORTH).barriers
    assert [b.title for b in own][:3] == per_partner[NORTH]
    assert all(b.rank == region[b.title] for b in own)
