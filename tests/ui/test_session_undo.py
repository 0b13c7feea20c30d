"""Removing a workshop session from the window, then undo: what running it recorded comes back
(its captures, poll counts and pre-mortem notes), not only its agenda and attendees."""

from __future__ import annotations

from drempelmeter.services import captures, polls, premortem, workshops
from drempelmeter.store.database import open_database
from drempelmeter.ui import edits
from drempelmeter.ui.document import TrajectoryDocument


def test_undo_of_removing_a_run_session_brings_back_what_it_recorded(qapp, demo_file):
    document = TrajectoryDocument(open_database(demo_file))
    try:
        db = document.db
        run = [s for s in workshops.list_sessions(db) if captures.list_captures(db, s.id)]
        assert run, "the demo runs workshops: some session holds captures"
        held = {s.id: (captures.list_captures(db, s.id), polls.tally(db, s.id),
                       premortem.list_notes(db, s.id)) for s in run}
        for session in run:
            assert document.push(edits.remove_session(document, session))
        assert all(captures.list_captures(db, s) == [] for s in held)
        for _ in run:
            document.undo_stack.undo()
        assert {s: (captures.list_captures(db, s), polls.tally(db, s),
                    premortem.list_notes(db, s)) for s in held} == held
    finally:
        document.close()
