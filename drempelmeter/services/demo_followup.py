"""The demo's follow-up form: the trekker of the call-back line reports through the form, so
that action's history holds a step reported by a trekker, with an indicator value."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.plan import all_actions
from ..exchange.followup_form import fill_in
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
    "status": "Lopend",
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
    """Export the trekker's form, fill it in as the trekker did, and import it."""
    action = next(a for a in all_actions(plan.read_plan(db)) if a.title == ACTION)
    measured = [i for i in indicators.read_indicators(db).get(action.id, ()) if i.b is None]
    with tempfile.TemporaryDirectory() as folder:
        form = Path(folder) / "opvolging.xlsx"
        followup_forms.export_followup(db, form, owner=OWNER)
        fill_in(form, REPORTER, timeline.ago(FILLED), {action.id: REPORT},
                {i.id: (VALUE, timeline.ago(MEASURED)) for i in measured[:1]})
        followup_forms.import_followup(db, form, today=timeline.today)
