"""The small trajectory the follow-up form fixtures were made for, and what the fixture's
reporter filled in: fixed ids, so a form saved by LibreOffice once still belongs to the
trajectory a test builds again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from drempelmeter.domain.indicators import IndicatorRecord
from drempelmeter.domain.plan import ActionRecord, GoalRecord, PillarRecord
from drempelmeter.services import indicators, plan
from drempelmeter.services.trajectory import TrajectoryDatabase, TrajectoryRecord, create_trajectory

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "followup"
TRAJECTORY_ID = "fixture-trajectory-followup"
OWNER = "Sociaal Huis Bilzen"
#: The trekker's actions (id, title), then one of another owner (not on the form).
ACTIONS = (
    ("aaaaaaaa-0000-4000-8000-000000000001", "Rechtenverkenning met het ziekenfonds"),
    ("aaaaaaaa-0000-4000-8000-000000000002", "Spreekuur op locatie in de wijken"),
    ("aaaaaaaa-0000-4000-8000-000000000003", "Brieven in eenvoudige taal"),
)
OTHER = ("aaaaaaaa-0000-4000-8000-000000000004", "Terugbellijn", "CAW Demervallei")
REPORTER = "Sara Peeters"
REPORTED_ON = date(2026, 11, 20)
#: What the reporter filled in per action (by its place on the form); the third row is empty.
#: Texts as pasted from a word processor: non-breaking spaces, smart quotes, a line break.
FILLED = {
    0: {"status": "Uitgevoerd", "done": "Lijst van 42 gezinnen\u00a0overlopen;\nallen gebeld.",
        "evidence": "Verslag “overleg” van 12-11", "next_step": "Evaluatie in januari",
        "problems": "", "needs": "Twee uur per week extra"},
    1: {"status": "Bijgestuurd", "done": "Twee wijken i.p.v. vier",
        "evidence": "", "next_step": "Nieuwe planning voor de stuurgroep",
        "problems": "Te weinig vrijwilligers ‘s avonds", "needs": ""},
}
#: The indicator of the first action, and the value the reporter measured: typed as text
#: with a Dutch decimal comma.
INDICATOR_ID = "bbbbbbbb-0000-4000-8000-000000000001"
MEASURED = ("87,5", date(2026, 11, 15))
#: The same form with mistakes: (sheet, row, column letter) → what was typed; and what the
#: import says about each.
MISTAKES = {("Opvolging", 5, "G"): "Bijna klaar", ("Opvolging", 2, "B"): "31-02-2026",
            ("Opvolging", 6, "H"): "=1+1", ("Indicatoren", 5, "G"): "veel"}
MISTAKES_SAID = {("Opvolging", 5, "G", "not in the list"), ("Opvolging", 2, "B", "not a date"),
                 ("Opvolging", 6, "H", "a formula; type the value itself"),
                 ("Indicatoren", 5, "G", "not a number")}


def build(path: Path) -> TrajectoryDatabase:
    db = create_trajectory(path, TrajectoryRecord(name="Opvolging Bilzen", id=TRAJECTORY_ID))
    actions = [ActionRecord(action_id, title, owner=OWNER, starts_on=date(2026, 1, 15),
                            due_on=date(2026, 12, 31)) for action_id, title in ACTIONS]
    actions.append(ActionRecord(OTHER[0], OTHER[1], owner=OTHER[2]))
    plan.add_plan(db, [PillarRecord("fixture-pillar", "Bereik", (GoalRecord(
        "fixture-goal", "Mensen vinden de weg", 1, tuple(actions)),))])
    indicators.add_indicator(db, IndicatorRecord(
        INDICATOR_ID, ACTIONS[0][0], "Gezinnen die een toeslag krijgen", "%",
        baseline_value=20, baseline_on=date(2026, 1, 15), target_value=80,
        target_on=date(2026, 12, 31)))
    return db
