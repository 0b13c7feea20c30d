"""The demo's follow-up in numbers: indicators with values for several actions (one read from
the measurement's B scores) and the klankgroep's evaluations of the last two half-years."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.ids import new_id
from ..domain.indicators import Evaluation, IndicatorRecord
from ..domain.plan import all_actions
from ..store.database import TrajectoryDatabase
from . import indicators, plan

if TYPE_CHECKING:
    from .demo import Timeline

#: Per action (by title): (name, unit, direction, baseline, target (to reach by the action's
#: deadline), B or None, values as (days after the action's start, value, reported by the
#: trekker)). A B-linked indicator takes its baseline from the nulmeting; its values come from
#: later closed rounds.
INDICATORS = {
    "Maandelijkse rechtenverkenning op basis van gegevens van het ziekenfonds": (
        ("Gezinnen die na contact een toeslag of tegemoetkoming krijgen", "gezinnen", "higher",
         0, 120, None, ((60, 18, False), (150, 41, True), (240, 66, True))),
        ("Bekendheid van de rechten (score van de regio)", "", "higher", None, 3.8, "bekendheid",
         ()),
    ),
    "Schrijfteam voor heldere brieven met ervaringsdeskundigen": (
        ("Herschreven brieven in gebruik", "brieven", "higher", 0, 25, None,
         ((90, 4, False), (180, 9, True), (270, 12, True))),
    ),
    "Eén gezamenlijke onthaalpermanentie zonder afspraak": (
        ("Wachttijd tot een eerste gesprek", "dagen", "lower", 21, 7, None,
         ((30, 18, False), (100, 14, True), (170, 12, True), (240, 11, True))),
    ),
    "Afspraken voor een warme overdracht": (
        ("Doorverwijzingen met een warme overdracht", "%", "higher", 35, 80, None,
         ((40, 52, False), (90, 71, True), (130, 84, True))),
    ),
    "Telefoonlijn die terugbelt in plaats van in de wachtrij te zetten": (
        ("Oproepen binnen twee werkdagen teruggebeld", "%", "higher", 40, 90, None,
         ((30, 55, True), (90, 62, True))),
    ),
}

#: Per action (by title): the klankgroep's view (days before the demo is made, verdict, why).
EVALUATIONS = {
    "Maandelijkse rechtenverkenning op basis van gegevens van het ziekenfonds": (
        (190, "partly", "De lijsten komen pas na zes weken; sommige gezinnen zijn dan al "
                        "verhuisd of hebben het opgegeven."),
        (12, "works", "Sinds de lijst maandelijks komt, wordt bijna elk gezin binnen twee "
                      "weken gebeld. Mensen zeggen dat ze het telefoontje niet verwachtten."),
    ),
    "Schrijfteam voor heldere brieven met ervaringsdeskundigen": (
        (190, "not", "De herschreven brieven worden nog niet verstuurd: het sjabloon zit vast "
                     "bij de informaticadienst."),
        (12, "partly", "Twaalf brieven zijn in gebruik en de klankgroep vindt ze duidelijk; "
                       "de brieven over terugvorderingen zijn nog de oude."),
    ),
    "Eén gezamenlijke onthaalpermanentie zonder afspraak": (
        (12, "works", "Mensen weten waar ze zonder afspraak terechtkunnen. Op maandagochtend "
                      "blijft de wachtrij lang."),
    ),
    "Spreekuur op locatie in de wijken": (
        (190, "not", "Te weinig mensen kwamen langs; de wijkwerkers raden aan om aan te sluiten "
                     "bij activiteiten die er al zijn."),
    ),
}


def add_demo_indicators(db: TrajectoryDatabase, timeline: Timeline) -> None:
    """The indicators, their values (never dated after the day the demo is made) and the
    evaluations, on the demo plan's actions."""
    actions = {a.title: a for a in all_actions(plan.read_plan(db))}
    for title, wanted in INDICATORS.items():
        action = actions[title]
        start = action.starts_on or timeline.today
        for name, unit, direction, baseline, target, b, values in wanted:
            indicator_id = new_id()
            indicators.add_indicator(db, IndicatorRecord(
                indicator_id, action.id, name, unit, direction, baseline,
                None if baseline is None else start, target, action.due_on, b))
            for days, value, by_trekker in values:
                on = timeline.later(start, days)
                if on < timeline.today:
                    indicators.add_value(db, new_id(), indicator_id, on, value,
                                         reporter=action.owner if by_trekker else "")
    for title, views in EVALUATIONS.items():
        for days, verdict, reason in views:
            indicators.add_evaluation(db, Evaluation(new_id(), actions[title].id,
                                                     timeline.ago(days), verdict, reason))
