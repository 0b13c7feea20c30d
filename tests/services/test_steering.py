"""The steering group's texts and the decision log's proposals, through the services: what a
proposal needs, what the decision log and the report part show, and that reading them loads no
ORM object however many there are."""

from __future__ import annotations

from datetime import date

import pytest

from drempelmeter.domain.steering import DECIDED, NOT_ACCEPTED, PROPOSED
from drempelmeter.services import decisions, steering, workshops
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import DecisionRecord, SessionRecord

from ..orm_loads import objects_loaded

DAY = date(2026, 5, 4)


def fill(db, count: int) -> None:  # type: ignore[no-untyped-def]
    """`count` proposals, decisions and key findings, and a duiding for every chapter."""
    for n in range(count):
        decisions.save_decision(db, DecisionRecord(f"p{n}", None, "steering", f"Voorstel {n}",
                                                   None, PROPOSED, DAY))
        decisions.save_decision(db, DecisionRecord(f"d{n}", DAY, "working", f"Besluit {n}"))
    steering.save_key_findings(db, [(f"k{n}", f"Bevinding {n}") for n in range(count)])
    for key in ("summary", "signals", "plan"):
        steering.save_chapter_note(db, key, f"Duiding van {key}")


def test_a_proposal_needs_its_date_and_waits_for_a_decision(new_db):
    with pytest.raises(InvalidInput):
        decisions.save_decision(new_db, DecisionRecord("p", None, "steering", "Voorstel", None,
                                                       PROPOSED, None))
    with pytest.raises(InvalidInput):
        decisions.save_decision(new_db, DecisionRecord("d", None, "steering", "Besluit"))
    decisions.save_decision(new_db, DecisionRecord("p", DAY, "steering", "Voorstel", None,
                                                   PROPOSED, DAY))
    assert decisions.open_proposals(new_db)[0].decided_on is None  # no decision date yet
    assert decisions.list_decisions(new_db) == []
    decisions.save_decision(new_db, DecisionRecord("e", date(2026, 1, 2), "coach", "Eerder"))
    decisions.save_decision(new_db, DecisionRecord("p", date(2026, 6, 1), "steering",
                                                   "Voorstel", None, NOT_ACCEPTED, DAY))
    assert [(d.id, d.state) for d in decisions.decision_log(new_db)] == [
        ("e", DECIDED), ("p", NOT_ACCEPTED)]
    part = steering.report_part(new_db, date(2026, 5, 31))
    assert [d.text for d in part.decisions] == ["Eerder"]  # decided after the report's date
    assert part.proposals == ()


def test_texts_are_kept_in_order_and_removed_when_emptied(new_db):
    steering.save_key_findings(new_db, [("b", "Tweede"), ("a", "Eerste"), ("c", "  ")])
    assert steering.key_findings(new_db) == [("b", "Tweede"), ("a", "Eerste")]
    steering.save_chapter_note(new_db, "signals", "Veel over de telefoon")
    steering.save_chapter_note(new_db, "signals", "")
    assert steering.report_texts(new_db).notes == {}
    with pytest.raises(InvalidInput):
        steering.save_chapter_note(new_db, "no_such_chapter", "Tekst")


def test_a_finding_pasted_as_a_list_item_keeps_its_text_not_its_bullet(new_db):
    """The report numbers the findings itself: "1. • Cliënten ..." reads as a slip."""
    steering.save_key_findings(new_db, [
        ("a", "\u2022\tCli\u00ebnten scoren lager"), ("b", "- Warme doorverwijzing werkt"),
        ("c", "3.\tBereikbaarheid blijft zwak"), ("d", "\u25aa Rechten boven de regio"),
        ("e", "12 acties lopen"), ("f", "-5 % wachttijd")])
    assert [t for _i, t in steering.key_findings(new_db)] == [
        "Cli\u00ebnten scoren lager", "Warme doorverwijzing werkt", "Bereikbaarheid blijft zwak",
        "Rechten boven de regio", "12 acties lopen", "-5 % wachttijd"]


def test_a_session_held_without_workshop_mode_is_summarised_by_its_notes(new_db):
    """The steering group reads what happened at every session with a written record: the
    summary closing it in workshop mode wrote, else the coach's own notes."""
    workshops.save_session(new_db, SessionRecord("s1", 6, DAY, "Stand van zaken",
                                                 notes="De meeste acties lopen."))
    workshops.save_session(new_db, SessionRecord("s2", 6, DAY, "Zonder verslag"))
    summaries = steering.session_summaries(new_db, None, DAY)
    assert [(s.title, s.summary) for s in summaries] == [
        ("Stand van zaken", "De meeste acties lopen.")]


@pytest.mark.parametrize("count", [2, 20])
def test_the_report_part_reads_columns_whatever_its_size(new_db, count):
    fill(new_db, count)
    with objects_loaded() as loaded:
        part = steering.report_part(new_db, DAY)
    assert len(part.proposals) == count and len(part.decisions) == count
    assert len(part.texts.findings) == count
    assert sum(loaded.values()) == 0, loaded
