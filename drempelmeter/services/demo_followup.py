"""The demo's follow-up form: the trekker of the call-back line reported through the form, so
that action's history holds a step reported by a trekker, with an indicator value. The report
is recorded as an imported form's is, without a workbook (the demo writes no file but its own)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.ids import new_id
from ..domain.plan import all_actions
from ..exchange.followup_columns import FOLLOW_UP_SHEET, HEADER_ROW
from ..exchange.followup_reader import FollowUpContents, FormInfo, IndicatorRow, ReportRow
from ..store import queries
from ..store.database import TrajectoryDatabase
from . import followup_forms, indicators, plan

if TYPE_CHECKING:
    from .demo import Timeline

OWNER = "CAW Demervallei"
ACTION = "Telefoonlijn die terugbelt in plaats van in de wachtrij te zetten"
REPORTER = "Lotte Claes, teamcoach onthaal"
#: Days before the demo's day that the form was filled in, and that the value was measured.
FILLED, MEASURED = 12, 15
REPORT = {
    "done": "Het terugbelsysteem draait sinds september bij het CAW en het OCMW. Elke "
            "ochtend verdeelt het onthaal de oproepen van de vorige dag.",
    "evidence": "Telling van het terugbelsysteem, oktober (74 % binnen twee werkdagen).",
    "next_step": "In januari ook het Sociaal Huis aansluiten; nieuwe boodschap op het "
                 "antwoordapparaat.",
    "problems": "Op maandag lukt terugbellen binnen twee dagen niet: dan komen de meeste "
                "oproepen binnen.",
    "needs": "Een extra medewerker op maandagvoormiddag, of een afspraak met het OCMW om "
             "die dag samen op te vangen.",
}
VALUE = 74.0


def add_demo_followup(db: TrajectoryDatabase, timeline: Timeline) -> None:
    """The trekker's report on the call-back line (still running) and its first indicator."""
    action = next(a for a in all_actions(plan.read_plan(db)) if a.title == ACTION)
    measured = [i for i in indicators.read_indicators(db).get(action.id, ()) if i.b is None]
    with db.session() as session:
        trajectory = queries.trajectory(session)
        info = FormInfo(trajectory.id, trajectory.name, new_id(), followup_forms.OWNER, OWNER)
    row = HEADER_ROW + 1
    contents = FollowUpContents(
        Path(), FOLLOW_UP_SHEET, info, REPORTER, reported_on=timeline.ago(FILLED),
        rows=[ReportRow(row, action.id, action.number, "running", REPORT, "demo")],
        indicators=[IndicatorRow(row, i.id, action.number, i.name, VALUE, timeline.ago(MEASURED))
                    for i in measured[:1]])
    followup_forms.record_followup(db, contents, timeline.today, back_up=False)
