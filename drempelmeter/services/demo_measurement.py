"""The demo's measurement: a closed nulmeting for every partner and group, and an eindmeting begun
once the actions had run for most of a year."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from ..domain.ids import new_id
from ..domain.scoring import DONT_KNOW
from ..exchange.questionnaire_file import read_questionnaire
from ..paths import questionnaires_dir
from ..store.database import TrajectoryDatabase
from . import measurement, questionnaire_themes
from .demo_signals import BRUG
from .records import PartnerRecord, RespondentRecord

if TYPE_CHECKING:
    from .demo import Timeline

#: How many respondents each partner had per group; the poverty association's management is a
#: group of two, which every chart and report must suppress.
GROUP_SIZES = {"staff": (6, 9), "management": (5, 6), "clients": (5, 10)}
SMALL_GROUP = (BRUG, "management", 2)
#: How clients and management tend to differ from staff, per B or theme (clients see it less
#: rosy; participation is what management thinks it does most and clients notice least).
TENDENCY = {
    "clients": {"bekendheid": -0.8, "begrijpbaarheid": -0.9, "betaalbaarheid": -0.6,
               "beschikbaarheid": -0.4, "communicatiekanalen": -0.7,
               "participatie_kansengroepen": -1.1},
    "management": {"bekendheid": 0.3, "begrijpbaarheid": 0.4, "bruikbaarheid": 0.3,
                   "participatie_kansengroepen": 0.5, "gebouw": 0.2},
}
#: The region's own theme beside the fixed ones: the Demervallei asks about digital access.
DIGITAL = ("Digitale toegang", "Kunnen mensen de diensten online vinden en gebruiken, en wie "
           "dat niet kan, op een andere manier?",
           ["Op de website van de dienst is snel te vinden wat je zoekt.",
            "Je kunt online een afspraak maken of een vraag stellen.",
            "Wie een digitaal formulier niet alleen kan invullen, krijgt hulp.",
            "Je kunt ook zonder computer of smartphone bij de dienst terecht."])
#: How far clients see digital access below staff.
DIGITAL_GAP = -1.0
#: Days before the demo is made: the nulmeting opened and closed (before the results were
#: discussed in phase 4), and the eindmeting opened.
BASELINE_OPENED, BASELINE_CLOSED, END_OPENED = 485, 448, 21


def add_demo_measurement(db: TrajectoryDatabase, partners: list[PartnerRecord],
                         timeline: Timeline) -> None:
    questionnaire = read_questionnaire(questionnaires_dir() / "standaard.yaml")
    items = list(questionnaire.items())
    theme = questionnaire_themes.add_theme(db, *DIGITAL)
    theme_items = [i.key for i in questionnaire_themes.stored(db, theme).items]
    rng = random.Random(2026)
    theme_rng = random.Random(2027)  # its own: the other answers stay as they were
    baseline = new_id()
    opened = timeline.ago(BASELINE_OPENED)
    measurement.start_round(db, baseline, "baseline", f"Nulmeting {opened.year}", opened,
                            questionnaire)
    base_level = {p.id: rng.uniform(2.9, 3.7) for p in partners}
    records = []
    for partner in partners:
        for group, (low, high) in GROUP_SIZES.items():
            size = rng.randint(low, high)
            if (partner.name, group) == SMALL_GROUP[:2]:
                size = SMALL_GROUP[2]
            for _ in range(size):
                answers: list[tuple[str, int | None, str | None]] = []
                for item in items:
                    if rng.random() < (0.07 if group == "clients" else 0.03):
                        answers.append((item.id, None, DONT_KNOW))
                        continue
                    mean = base_level[partner.id] + TENDENCY.get(group, {}).get(item.b, 0.0)
                    value = min(5, max(1, round(rng.gauss(mean, 0.9))))
                    answers.append((item.id, value, None))
                mean = base_level[partner.id] + (DIGITAL_GAP if group == "clients" else 0.0)
                answers += [(item, min(5, max(1, round(theme_rng.gauss(mean, 0.9)))), None)
                            for item in theme_items]
                records.append(RespondentRecord(new_id(), baseline, partner.id, group,
                                                tuple(answers)))
    measurement.add_respondents(db, records)
    measurement.close_round(db, baseline, timeline.ago(BASELINE_CLOSED))
    end, opened = new_id(), timeline.ago(END_OPENED)
    measurement.start_round(db, end, "end", f"Eindmeting {opened.year}", opened, questionnaire)
    measurement.add_respondents(db, [
        RespondentRecord(new_id(), end, partner.id, "staff", tuple(
            (item.id, min(5, max(1, round(rng.gauss(base_level[partner.id] + 0.4, 0.8)))), None)
            for item in items) + tuple(
            (item, min(5, max(1, round(theme_rng.gauss(base_level[partner.id] + 0.6, 0.8)))),
             None) for item in theme_items))
        for partner in partners[:2] for _ in range(3)
    ])
