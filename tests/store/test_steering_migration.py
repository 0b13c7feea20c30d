"""Revision 0010 on a real file (the 0007 demo at 0009): every decision stays, as a decision;
the steering tables are there; a downgrade keeps the decisions and drops the open proposals,
which an older version could not tell from decisions."""

from __future__ import annotations

STEERING = {"chapter_note", "key_finding", "action_year_note"}


def test_0010_keeps_every_decision_as_a_decision_and_downgrades_without_proposals(schema_file):
    old = schema_file("0009")
    decisions = "SELECT id, decided_on, decided_by, text FROM decision ORDER BY id"
    before = old.rows(decisions)
    assert before
    old.upgrade("0010")
    after = old.rows("SELECT id, decided_on, decided_by, text, state, proposed_on "
                     "FROM decision ORDER BY id")
    assert [r[:4] for r in after] == before
    assert {(r[4], r[5]) for r in after} == {("decided", None)}
    assert old.tables() >= STEERING

    trajectory = old.rows("SELECT id FROM trajectory")[0][0]
    action = old.rows("SELECT id FROM plan_action LIMIT 1")[0][0]
    with old.connected() as conn:
        conn.execute("INSERT INTO decision (id, trajectory_id, decided_on, decided_by, text, "
                     "created_at, state, proposed_on) VALUES ('p', ?, NULL, 'steering', "
                     "'Open', '2026-01-01', 'proposed', '2026-01-01')", (trajectory,))
        conn.execute("INSERT INTO action_year_note VALUES ('n', ?, 2026, 'Meer', "
                     "'2026-01-01')", (action,))
    old.downgrade("0009")
    assert old.rows(decisions) == before
    assert not STEERING & old.tables()
