"""A partner's own feedback never loses its own groups because another partner's group is
small: where the region's total would give the small group away, the region's total is hidden,
not the partner's figures."""

from __future__ import annotations

from datetime import date

import pytest

from drempelmeter.domain.questionnaire import RESPONDENT_GROUPS
from drempelmeter.domain.report import HIDDEN, REGION
from drempelmeter.domain.scoring import ALL, Answer, score
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import measurement, partners
from drempelmeter.services.records import PartnerRecord, RespondentRecord
from drempelmeter.services.report import gather

#: Per partner and group, each person's answer to bek-1: the CAW's groups are large enough on
#: their own; the OCMW answered with two people only.
PEOPLE = {("caw", "staff"): [4, 3, 4, 5, 4, 3], ("caw", "management"): [2, 3, 3, 4, 2, 3],
          ("ocmw", "staff"): [1, 2]}
THRESHOLD = 5


def answers() -> list[Answer]:
    return [Answer(f"{p}-{g}-{i}", p, g, "bekendheid", v)
            for (p, g), values in PEOPLE.items() for i, v in enumerate(values)]


def test_another_partners_small_group_hides_the_regions_total_not_the_partners_own():
    own = score(answers(), THRESHOLD, ["caw"])
    for group in (ALL, "staff", "management"):
        cell = own.get("caw", group, "bekendheid")
        assert cell is not None and not cell.suppressed, group
    assert own.get(ALL, ALL, "bekendheid").suppressed  # region minus CAW would be the OCMW's two
    assert all(key[0] in ("caw", ALL) for key in own.cells)
    # the regional table still hides the OCMW's two, and enough besides to keep them hidden
    regional = score(answers(), THRESHOLD)
    assert regional.get("ocmw", "staff", "bekendheid").suppressed
    assert regional.get("ocmw", ALL, "bekendheid").suppressed


def test_a_partner_with_a_small_group_of_its_own_still_hides_it():
    small = {**PEOPLE, ("caw", "management"): [2, 3]}
    own = score([Answer(f"{p}-{g}-{i}", p, g, "bekendheid", v)
                 for (p, g), values in small.items() for i, v in enumerate(values)],
                THRESHOLD, ["caw"])
    assert own.get("caw", "management", "bekendheid").suppressed
    # the partner's total and its staff together would tell what its two managers answered
    assert own.get("caw", "staff", "bekendheid").suppressed or \
        own.get("caw", ALL, "bekendheid").suppressed


@pytest.fixture
def db(new_db):
    partners.add_partner(new_db, PartnerRecord("caw", "CAW Midden", "core", "caw"))
    partners.add_partner(new_db, PartnerRecord("ocmw", "OCMW Stad", "core", "local_government"))
    questionnaire = read_questionnaire(questionnaires_dir() / "standaard.yaml")
    measurement.start_round(new_db, "r1", "baseline", "Nulmeting", date(2026, 9, 1),
                            questionnaire)
    measurement.add_respondents(new_db, [
        RespondentRecord(f"{p}-{g}-{i}", "r1", p, g, (("bek-1", v, None),))
        for (p, g), values in PEOPLE.items() for i, v in enumerate(values)])
    measurement.close_round(new_db, "r1", date(2026, 10, 1))
    return new_db


def test_the_partners_feedback_report_shows_its_own_groups(db):
    part = gather(db, date(2026, 12, 1), "CAW Midden").measurement
    assert part is not None
    column = part.b_labels.index("Bekendheid")
    groups = {name: values[column] for name, values in part.groups}
    for key in ("staff", "management"):
        assert groups[RESPONDENT_GROUPS.label(key, "nl")] != HIDDEN
    rows = {name: values[column] for name, values in part.rows}
    assert rows["CAW Midden"] == pytest.approx(3.33, abs=0.01)
    assert rows[REGION] == HIDDEN
