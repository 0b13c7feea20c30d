"""The report reads signals as counts and columns in SQL (store.report_rows), never as objects:
writing it loads no signal, and what it loads does not grow with the number of signals."""

from __future__ import annotations

from datetime import date

import pytest

from drempelmeter.services import barriers, partners, signals
from drempelmeter.services.records import SignalRecord
from drempelmeter.services.report import gather, write_report
from drempelmeter.services.trajectory import open_trajectory

TODAY = date(2027, 7, 1)


@pytest.fixture
def db(demo_file):
    db = open_trajectory(demo_file)
    yield db
    db.close()


def add(db, count: int, barrier_id: str | None = None, to_review: bool = False) -> list[str]:
    """`count` more signals of the first partner (bundled into `barrier_id` when given)."""
    first = partners.list_partners(db)[0].id
    ids = [f"extra-{barrier_id or 'loose'}-{to_review}-{n}" for n in range(count)]
    mail = " (mail jan.peeters@example.be)" if to_review else ""  # personal data to review
    signals.add_signals(db, [SignalRecord(key, first, f"Nog een signaal {n}{mail}",
                                          "bereikbaarheid", level="organisation",
                                          to_review=to_review)
                             for n, key in enumerate(ids)])
    if barrier_id is not None:
        barriers.assign_signals(db, barrier_id, ids)
    return ids


def test_writing_a_report_loads_no_signal_object(db, loads, tmp_path):
    write_report(db, TODAY, pdf=tmp_path / "report.pdf", xlsx=tmp_path / "report.xlsx")
    assert (tmp_path / "report.pdf").stat().st_size and loads["Barrier"] == 0
    assert loads["Signal"] == 0
    signals.list_signals(db)  # the listener does see a full load
    assert loads["Signal"] > 0


def test_what_the_report_loads_does_not_grow_with_the_signals(db, loads):
    def loaded_by_gather() -> dict[str, int]:
        loads.clear()
        gather(db, TODAY)
        return dict(loads)

    barrier = barriers.list_barriers(db)[0]
    before = loaded_by_gather()
    add(db, 40)
    add(db, 40, barrier.id)
    assert loaded_by_gather() == before
    assert "Signal" not in before


def test_signals_waiting_for_review_count_nowhere_but_their_partner_recognises(db):
    barrier = next(b for b in barriers.list_barriers(db) if b.partner_ids is None)
    first = partners.list_partners(db)[0].name
    data = gather(db, TODAY)
    line = next(b for b in data.barriers if b.title == barrier.title)
    add(db, 3, barrier.id, to_review=True)
    add(db, 2, barrier.id)
    after = gather(db, TODAY)
    moved = next(b for b in after.barriers if b.title == barrier.title)
    assert moved.signals == line.signals + 2
    assert after.signal_total == data.signal_total + 2
    assert first in moved.partners.split(", ")
    levels = dict(after.levels)
    assert levels["Organisatie en aanbod"] == dict(data.levels)["Organisatie en aanbod"] + 2
