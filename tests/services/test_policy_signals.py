"""Policy signals: only a supra-local barrier becomes one; its status moves as the domain allows,
with the dates and answer each status needs; its evidence hides small groups as the report does;
its texts are screened; and revision 0009 adds its table to an older file."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from drempelmeter.domain.policy import (
    ANSWERED,
    CLOSED,
    DRAFT,
    FOLLOW_UP,
    POLICY_STATUSES,
    SENT,
    can_move,
)
from drempelmeter.domain.prioritisation import Weights
from drempelmeter.domain.report import HIDDEN
from drempelmeter.domain.scoring import ALL
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import (
    barriers,
    measurement,
    partners,
    personal_data,
    prioritisation,
    signals,
)
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.personal_data import PersonalDataFound
from drempelmeter.services.policy_signals import (
    evidence,
    get_policy_signal,
    list_policy_signals,
    make_policy_signal,
    remove_policy_signal,
    restore_policy_signal,
    save_policy_signal,
    write_letter,
)
from drempelmeter.services.prioritisation import read_priorities
from drempelmeter.services.records import PartnerRecord, RespondentRecord, SignalRecord
from drempelmeter.services.report import gather
from drempelmeter.store import schema

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
NAMES = {"caw": "CAW Midden", "ocmw": "OCMW Stad", "huis": "Huis van het Kind"}
#: Per partner and group, each person's score on bek-1: the Huis van het Kind has two people.
PEOPLE = {("caw", "staff"): [4, 3, 4, 5, 4, 3], ("caw", "client"): [2, 1, 2, 3, 2],
          ("ocmw", "staff"): [3, 4, 4, 2, 3, 5, 4], ("ocmw", "client"): [2, 2, 3, 1, 2, 3],
          ("huis", "staff"): [1, 1]}
SIGNALS = (("caw", "before_door", "Niemand weet dat de toeslag bestaat."),
           ("ocmw", "before_door", "De premie wordt niet automatisch toegekend."),
           ("huis", "after_door", "Ouders horen pas na de termijn van de tegemoetkoming."),
           ("caw", None, "Wie de toeslag niet aanvraagt, krijgt hem nooit."))


@pytest.fixture
def db(new_db):
    """Three partners, a closed round on bekendheid, and a supra-local barrier of four
    signals from the three partners."""
    for key, name in NAMES.items():
        partners.add_partner(new_db, PartnerRecord(key, name, "core", "other"))
    questionnaire = read_questionnaire(questionnaires_dir() / "standaard.yaml")
    measurement.start_round(new_db, "r1", "baseline", "Nulmeting", date(2026, 9, 1),
                            questionnaire)
    measurement.add_respondents(new_db, [
        RespondentRecord(f"{p}-{g}-{i}", "r1", p, g, (("bek-1", v, None),))
        for (p, g), values in PEOPLE.items() for i, v in enumerate(values)])
    measurement.close_round(new_db, "r1", date(2026, 10, 1))
    signals.add_signals(new_db, [
        SignalRecord(f"s{n}", partner, text, "bekendheid", journey_moment=moment)
        for n, (partner, moment, text) in enumerate(SIGNALS)])
    barriers.create_barrier(new_db, "b1", "Rechten niet automatisch toegekend",
                            [f"s{n}" for n in range(len(SIGNALS))])
    supra = replace(barriers.get_barrier(new_db, "b1"), influence="supralocal")
    barriers.update_barrier(new_db, supra)
    return new_db


def test_only_a_supra_local_barrier_becomes_a_policy_signal(db):
    barriers.create_barrier(db, "b2", "Lokaal op te lossen", ["s3"])
    with pytest.raises(InvalidInput) as refused:
        make_policy_signal(db, "p0", "b2", "flemish")
    assert refused.value.field == "influence"
    first = make_policy_signal(db, "p1", "b1", "flemish", "Vlaams minister van Welzijn",
                               "Ken de toeslag automatisch toe.")
    second = make_policy_signal(db, "p2", "b1", "federal")
    assert (first.number, second.number) == (1, 2)
    assert first.subject == "Rechten niet automatisch toegekend" and first.status == DRAFT
    assert [r.id for r in list_policy_signals(db)] == ["p1", "p2"]
    with pytest.raises(InvalidInput):
        make_policy_signal(db, "p3", "b1", "the moon")


def test_a_status_moves_only_as_allowed_and_needs_its_dates_and_answer(db):
    unasked = make_policy_signal(db, "p0", "b1", "province", "Gouverneur")
    with pytest.raises(InvalidInput) as refused:  # no letter goes out without its request
        save_policy_signal(db, replace(unasked, status=SENT, sent_on=date(2026, 3, 1)))
    assert refused.value.field == "request"
    made = make_policy_signal(db, "p1", "b1", "province", "Gouverneur", "Een bus elk uur.")
    with pytest.raises(InvalidInput) as refused:
        save_policy_signal(db, replace(made, status=SENT))
    assert refused.value.field == "sent_on"
    with pytest.raises(InvalidInput) as refused:  # a draft is never answered
        save_policy_signal(db, replace(made, status=ANSWERED, sent_on=date(2026, 3, 1),
                                       answered_on=date(2026, 4, 1), answer="Ja."))
    assert refused.value.field == "status"
    sent = replace(made, status=SENT, sent_on=date(2026, 3, 1))
    assert save_policy_signal(db, sent) == made  # what it replaced, for undo
    with pytest.raises(InvalidInput) as refused:
        save_policy_signal(db, replace(sent, status=ANSWERED, answered_on=date(2026, 2, 1),
                                       answer="Te vroeg."))
    assert refused.value.field == "dates"
    with pytest.raises(InvalidInput) as refused:
        save_policy_signal(db, replace(sent, status=ANSWERED, answered_on=date(2026, 4, 1)))
    assert refused.value.field == "answer"
    answered = replace(sent, status=ANSWERED, answered_on=date(2026, 4, 1),
                       answer="Wij nemen het mee in het decreet.")
    save_policy_signal(db, answered)
    with pytest.raises(InvalidInput):
        save_policy_signal(db, replace(answered, status=FOLLOW_UP))  # says what is done next
    followed = replace(answered, status=FOLLOW_UP, follow_up="Navragen in juni.")
    save_policy_signal(db, followed)
    save_policy_signal(db, replace(followed, status=CLOSED))
    assert get_policy_signal(db, "p1").status == CLOSED
    with pytest.raises(InvalidInput):
        save_policy_signal(db, replace(followed, status=DRAFT))
    restore_policy_signal(db, made)  # undo goes back past the rules of moving forward
    assert get_policy_signal(db, "p1") == made


@pytest.mark.parametrize(("sent_on", "answered_on", "field"), [
    (date(2026, 3, 2), None, "sent_on"),
    (date(2026, 3, 1), date(2026, 3, 2), "answered_on"),
])
def test_a_letter_sent_or_answered_after_today_is_refused_by_the_service(
        db, sent_on, answered_on, field):
    """Not only the dialog: any path (the command line, an import, a script) hears it."""
    from drempelmeter.cli_output import input_words

    made = make_policy_signal(db, "p1", "b1", "province", "Gouverneur", "Een bus elk uur.")
    later = replace(made, status=ANSWERED if answered_on else SENT, sent_on=sent_on,
                    answered_on=answered_on, answer="Ja." if answered_on else "")
    if answered_on:
        save_policy_signal(db, replace(made, status=SENT, sent_on=sent_on), date(2026, 3, 1))
    with pytest.raises(InvalidInput) as refused:
        save_policy_signal(db, later, date(2026, 3, 1))
    assert (refused.value.field, refused.value.problem) == (field, InvalidInput.AFTER_TODAY)
    assert get_policy_signal(db, "p1").status == (SENT if answered_on else DRAFT)
    assert "is after today" in input_words(refused.value)
    save_policy_signal(db, later, date(2026, 3, 2))  # on the day itself it is fine
    with pytest.raises(InvalidInput):  # and without a day given, the computer's today
        save_policy_signal(db, replace(later, sent_on=date.today() + timedelta(days=1),
                                       answered_on=None, status=SENT))


def letter_lines(path) -> list[str]:  # type: ignore[no-untyped-def]
    """The letter's lines as pypdf reads them, white space made single."""
    import pypdf

    return [" ".join(line.split()) for page in pypdf.PdfReader(path).pages
            for line in (page.extract_text() or "").splitlines() if line.strip()]


def test_a_letter_without_an_addressee_goes_to_the_levels_body_in_plain_words(db, tmp_path):
    made = make_policy_signal(db, "p1", "b1", "flemish", "", "Ken de toeslag automatisch toe.")
    out = tmp_path / "brief.pdf"
    write_letter(db, made.id, date(2026, 11, 2), out)
    lines = letter_lines(out)
    text = " ".join(lines)
    assert "Aan de bevoegde dienst" in lines and "Vlaamse Regering" in lines
    assert "Geachte mevrouw, geachte heer," in lines and "Geachte," not in lines
    assert "de oorzaak ligt in regelgeving of beleid op Vlaams niveau" in text
    assert "Deze drempel raakt vooral de bekendheid. De vraag daarbij is: weten mensen" in text
    assert "die wij de B’s noemen (bekendheid, bereikbaarheid, beschikbaarheid," in text
    assert "Bekendheid 4 Weten mensen" in text  # each B with what it is about
    assert "B van het signaal" not in text


def test_an_addressee_with_a_contact_person_is_two_lines_of_the_address(db, tmp_path):
    made = make_policy_signal(db, "p1", "b1", "federal",
                              "Kabinet van de minister van Sociale Zaken, t.a.v. de adviseur "
                              "armoedebeleid")
    out = tmp_path / "brief.pdf"
    write_letter(db, made.id, date(2026, 11, 2), out)
    lines = letter_lines(out)
    at = lines.index("Kabinet van de minister van Sociale Zaken")
    assert lines[at + 1:at + 3] == ["t.a.v. de adviseur armoedebeleid", "Federale overheid"]
    assert "Aan de bevoegde dienst" not in lines


@pytest.mark.parametrize(("addressee", "lines"), [
    ("Vlaams minister van Welzijn", ["Vlaams minister van Welzijn"]),
    ("Kabinet Welzijn, t.a.v. mevrouw de adviseur", ["Kabinet Welzijn",
                                                     "t.a.v. mevrouw de adviseur"]),
    ("RIZIV T.a.v. dienst uitkeringen", ["RIZIV", "T.a.v. dienst uitkeringen"]),
    ("Dienst Tav-regeling", ["Dienst Tav-regeling"]),
])
def test_the_contact_person_is_what_follows_t_a_v(addressee, lines):
    from drempelmeter.domain.policy import address_lines

    assert address_lines(addressee) == lines


def test_every_status_can_be_reached_from_a_draft():
    reached, todo = {DRAFT}, [DRAFT]
    while todo:
        status = todo.pop()
        for after in POLICY_STATUSES.ordered_keys():
            if can_move(status, after) and after not in reached:
                reached.add(after)
                todo.append(after)
    assert reached == set(POLICY_STATUSES.ordered_keys())
    assert not can_move(DRAFT, ANSWERED) and not can_move(CLOSED, DRAFT)


def test_removing_and_restoring_a_policy_signal_keeps_it_whole(db):
    made = make_policy_signal(db, "p1", "b1", "vvsg", "VVSG", "Breng het op de agenda.")
    removed = remove_policy_signal(db, "p1")
    assert list_policy_signals(db) == []
    restore_policy_signal(db, removed)
    assert list_policy_signals(db) == [made]


def test_the_evidence_counts_the_signals_and_hides_small_groups_as_the_report_does(db):
    found = evidence(db, "b1")
    assert found.signals == 4
    assert set(found.partners) == set(NAMES.values())
    assert found.per_b == (("Bekendheid", 4),)
    assert dict(found.per_moment) == {"Vóór de deur": 2, "Na de deur": 1,
                                      "Geen moment opgegeven": 1}
    assert len(found.examples) == 3 and found.examples[0] == SIGNALS[0][2]
    measured = dict(found.measured)
    scores = measurement.round_scores(db, "r1")
    # The Huis van het Kind's two people are hidden, as in the regional report.
    assert measured["Huis van het Kind"] == HIDDEN
    assert scores.get("huis", ALL, "bekendheid").suppressed
    for key, name in NAMES.items():
        cell = scores.get(key, ALL, "bekendheid")
        assert (measured[name] == HIDDEN) == cell.suppressed
        if not cell.suppressed:
            assert measured[name] == pytest.approx(cell.mean)
    assert found.hidden_note.startswith("Verborgen: ")
    assert 1.0 not in measured.values()  # the two people's mean is printed nowhere


def test_a_signal_waiting_for_review_is_not_counted(db):
    waiting = SignalRecord("s9", "ocmw", "Bel 0470 12 34 56 voor de premie.", "bekendheid",
                           to_review=True)
    signals.add_signals(db, [waiting])
    barriers.assign_signals(db, "b1", ["s9"])
    found = evidence(db, "b1")
    assert found.signals == 4 and all("0470" not in text for text in found.examples)


def test_free_text_is_screened_for_personal_data(db):
    made = make_policy_signal(db, "p1", "b1", "flemish", "", "Ken de toeslag automatisch toe.")
    answer = "Dhr. Vermeulen antwoordde dat het kabinet het bekijkt."
    answered = replace(made, status=SENT, sent_on=date(2026, 3, 1))
    save_policy_signal(db, answered)
    answered = replace(answered, status=ANSWERED, answered_on=date(2026, 4, 1), answer=answer)
    with pytest.raises(PersonalDataFound) as found:
        save_policy_signal(db, answered)
    assert get_policy_signal(db, "p1").status == SENT
    with personal_data.confirmed([f.text for f in found.value.findings]):
        save_policy_signal(db, answered)
    assert get_policy_signal(db, "p1").answer == answer


def test_revision_0009_adds_the_policy_table_and_keeps_the_barriers(tmp_path):
    path = tmp_path / "0008.drempel"
    shutil.copyfile(FIXTURES / "0008.drempel", path)

    def count(sql: str) -> int:
        with sqlite3.connect(path) as conn:
            value = conn.execute(sql).fetchone()[0]
        conn.close()
        return value

    barriers_before = count("SELECT count(*) FROM barrier")
    assert count("SELECT count(*) FROM sqlite_master WHERE name = 'policy_signal'") == 0
    schema.migrate(path, schema.MIGRATIONS_DIR, "0009")
    assert count("SELECT count(*) FROM sqlite_master WHERE name = 'policy_signal'") == 1
    assert count("SELECT count(*) FROM barrier") == barriers_before > 0
    assert count("SELECT count(*) FROM policy_signal") == 0


def test_influence_weighs_in_the_priorities_and_the_report_says_how(db):
    barriers.create_barrier(db, "b2", "Lokaal op te lossen", ["s3"])
    for barrier_id in ("b1", "b2"):
        same = replace(barriers.get_barrier(db, barrier_id), severity=3, frequency="weekly")
        barriers.update_barrier(db, same)
    scores = {p.barrier_id: p.score for p in read_priorities(db).order}
    # b1 is recognised by three partners, b2 by one: without influence b1 scores three times more.
    assert scores["b1"] == pytest.approx(scores["b2"] * 3 / 2)
    prioritisation.set_weights(db, Weights(influence=0))
    scores = {p.barrier_id: p.score for p in read_priorities(db).order}
    assert scores["b1"] == pytest.approx(scores["b2"] * 3)
    note = gather(db, date(2026, 11, 30)).round_note
    assert "ernst × frequentie × bereik × invloed" in note and "bovenlokale drempel" in note
