"""Revision 0015 (the history of the planned fields): a file of 0014 gains planned_version with
one seed per action holding its values of that day, dated at its validation or first step; a
removed action takes its history along; the downgrade takes the table away and leaves the rest."""

from __future__ import annotations

import json
from datetime import UTC, datetime


def test_upgrade_seeds_one_version_per_action_and_downgrade_removes_it(schema_file):
    old = schema_file("0014")
    before = old.tables()
    assert "planned_version" not in before
    old.upgrade("0015")
    assert old.tables() == before | {"planned_version"}
    actions = {row[0]: row[1:] for row in old.rows(
        "SELECT a.id, a.owner, a.due_on, a.concrete, a.means, "
        "min(coalesce(a.validated_on, s.\"on\"), coalesce(s.\"on\", a.validated_on)) "
        "FROM plan_action a LEFT JOIN action_status s ON s.action_id = a.id GROUP BY a.id")}
    seeds = {row[0]: row[1:] for row in old.rows(
        "SELECT action_id, owner, due_on, concrete, means, effective_on, source, "
        "date(created_at) FROM planned_version")}
    assert len(actions) > 1 and set(seeds) == set(actions)
    for action_id, (owner, due_on, concrete, means, known) in actions.items():
        seed = seeds[action_id]
        assert seed[:2] == (owner, due_on) and json.loads(seed[2]) == json.loads(concrete)
        today = datetime.now(UTC).date().isoformat()  # the day the history begins, in UTC
        assert seed[3:] == (means, known or today, "seed", today)
    gone = next(iter(actions))
    with old.connected() as conn:
        conn.execute("DELETE FROM plan_action WHERE id = ?", (gone,))
    assert old.count("planned_version") == len(actions) - 1
    old.downgrade("0014")
    assert old.tables() == before
