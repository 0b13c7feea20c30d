"""The small trajectory the response-form fixtures were made for: fixed ids, so a form saved
by LibreOffice once still belongs to the trajectory a test builds again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import measurement, partners
from drempelmeter.services.records import PartnerRecord, RespondentRecord, TrajectoryRecord
from drempelmeter.services.trajectory import TrajectoryDatabase, create_trajectory

TRAJECTORY_ID = "fixture-trajectory-0001"
ROUND_ID = "fixture-round-0001"
PARTNER_ID = "fixture-partner-caw"
PARTNER_NAME = "CAW Demervallei"
#: Two staff questionnaires entered in the app before the form was made.
ENTERED = ("fixture-staff-1", "fixture-staff-2")


def build(path: Path) -> TrajectoryDatabase:
    db = create_trajectory(path, TrajectoryRecord(name="Formulieren", id=TRAJECTORY_ID))
    partners.add_partner(db, PartnerRecord(PARTNER_ID, PARTNER_NAME, "core", "caw"))
    # The forms were saved when the standard questionnaire asked the B's only.
    standard = read_questionnaire(questionnaires_dir() / "standaard.yaml")
    questionnaire = replace(standard, sections=tuple(
        s for s in standard.sections if not any(i.is_theme for i in s.items)))
    measurement.start_round(db, ROUND_ID, "baseline", "Nulmeting 2026", date(2026, 9, 1),
                            questionnaire)
    items = [item.id for item in questionnaire.items()]
    measurement.add_respondents(db, [
        RespondentRecord(respondent, ROUND_ID, PARTNER_ID, "staff",
                         tuple((item, 3 + n % 2, None) for item in items))
        for n, respondent in enumerate(ENTERED)])
    return db
