"""The completed default vocabularies in the demo, and in a file written before they were."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from drempelmeter.domain.organisation import PARTICIPANT_ROLES, PARTNER_TYPES
from drempelmeter.domain.questionnaire import RESPONDENT_GROUPS
from drempelmeter.services import measurement, partners
from drempelmeter.services.demo_signals import BRUG
from drempelmeter.services.report import gather
from drempelmeter.services.trajectory import open_trajectory

SCHEMA_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"


def test_the_demos_association_is_an_armoedevereniging_and_its_clients_a_group_of_their_own(
        demo_file):
    db = open_trajectory(demo_file)
    try:
        association = next(p for p in partners.list_partners(db) if p.name == BRUG)
        assert association.type == "poverty_association"
        assert PARTNER_TYPES.label(association.type, "nl") == (
            "Armoedevereniging / doelgroeporganisatie")
        roles = {p.role for p in partners.list_participants(db)}
        assert "process_coach" in roles and "other" not in roles
        first = measurement.list_rounds(db)[0]
        groups = {r.group for r in measurement.list_respondents(db, first.id)}
        assert groups == {"staff", "management", "clients"}
        assert not any(RESPONDENT_GROUPS[g].retired for g in groups)
    finally:
        db.close()


def test_a_file_of_schema_0007_opens_and_its_records_keep_their_labels(tmp_path):
    path = tmp_path / "0007.drempel"
    shutil.copyfile(SCHEMA_FIXTURES / "0007.drempel", path)
    db = open_trajectory(path)
    try:
        association = next(p for p in partners.list_partners(db)
                           if p.name.startswith("Armoedevereniging"))
        assert PARTNER_TYPES.label(association.type, "nl") == "Andere"
        coach = next(p for p in partners.list_participants(db) if p.name == "Sofie Wuytack")
        assert PARTICIPANT_ROLES.label(coach.role, "nl") == "Andere"
        assert set(coach.groups) == {"steering", "working"}
        first = measurement.list_rounds(db)[0]
        joint = measurement.list_respondents(db, first.id, group="client")
        assert joint and RESPONDENT_GROUPS.label("client", "nl") == (
            "Cliënten en ervaringsdeskundigen")
        scores = measurement.round_scores(db, first.id)
        assert scores.gap(joint[0].partner_id, "bekendheid") is not None  # staff against "client"
        part = gather(db, date(2026, 11, 30)).measurement
        assert part is not None
        names = [name for name, _values in part.groups]
        assert "Cliënten en ervaringsdeskundigen" in names  # retired, and shown with its answers
    finally:
        db.close()
