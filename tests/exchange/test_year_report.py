"""The yearly realisation report per action, compared with the file: every action of the plan
with what was planned, its status steps of that year only, its indicator values and what
changes next year; in the PDF and the workbook, and from the command line."""

from __future__ import annotations

from datetime import date

import openpyxl
import pypdf
import pytest

from drempelmeter.domain.ids import new_id
from drempelmeter.domain.plan import all_actions
from drempelmeter.services import decisions, indicators, plan, steering, trajectory
from drempelmeter.services.errors import InvalidInput
from drempelmeter.services.records import DecisionRecord
from drempelmeter.services.year_report import gather_year, write_year_report

from ..demo_day import DEMO_DAY
from ..test_cli import run
from .test_report import pdf_text, squeeze
from .test_steering_report import rows

TODAY = DEMO_DAY
YEAR = TODAY.year  # the demo's notes are written for the year it is made in


def test_the_yearly_report_covers_every_action_as_the_file_holds_it(demo_db, tmp_path):
    actions = all_actions(plan.read_plan(demo_db))
    measured = indicators.read_indicators(demo_db)
    pdf, xlsx = tmp_path / "jaar.pdf", tmp_path / "jaar.xlsx"
    data = write_year_report(demo_db, YEAR, TODAY, pdf=pdf, xlsx=xlsx)
    assert [a.number for a in data.actions()] == [a.number for a in actions]
    notes = {a.id: steering.year_note(demo_db, a.id, YEAR) for a in actions}
    assert sum(bool(n) for n in notes.values()) >= 3  # the demo writes some

    text = pdf_text(pdf)
    assert pypdf.PdfReader(pdf).metadata.title.startswith(f"Rapportering werkingsjaar {YEAR}")
    body = text[text.rindex("II. Het actieplan"):]
    for n, action in enumerate(actions):
        start = body.index(squeeze(f"Actie {action.number}: {action.title}"))
        end = (body.index(f"Actie {actions[n + 1].number}: ", start) if n + 1 < len(actions)
               else body.index("III. Besluiten"))
        own = body[start:end]
        assert "Gepland" in own and f"Gerealiseerd in {YEAR}" in own, action.number
        assert f"Wat verandert er in {YEAR + 1}" in own
        assert squeeze(notes[action.id] or "Nog niet ingevuld.") in own
        for point in action.concrete:
            assert squeeze(point) in own
        done = own[own.index("Gerealiseerd in"):]
        done = done[:min(done.find(w) % len(done) for w in ("Indicatorwaarden", "Wat verandert"))]
        for step in action.history:
            assert (f"{step.on:%d-%m-%Y}" in done) == (step.on.year == YEAR), action.number
        for indicator in measured.get(action.id, ()):
            assert squeeze(indicator.name)[:20] in own

    sheet = rows(openpyxl.load_workbook(xlsx)[f"Acties {YEAR}"])
    assert [r["Nummer"] for r in sheet] == [a.number for a in actions]
    assert [r["Wat verandert volgend jaar"] or "" for r in sheet] == [
        notes[a.id] for a in actions]
    assert [r["Gepland"] or "" for r in sheet] == ["\n".join(a.concrete) for a in actions]
    steps = rows(openpyxl.load_workbook(xlsx)["Verloop"])
    assert len(steps) == sum(s.on.year == YEAR for a in actions for s in a.history)


def test_a_year_note_belongs_to_its_year(demo_db):
    action = all_actions(plan.read_plan(demo_db))[1]
    steering.save_year_note(demo_db, action.id, YEAR - 1, "Vorig jaar geschreven")
    steering.save_year_note(demo_db, action.id, YEAR, "Dit jaar geschreven")
    assert gather_year(demo_db, YEAR - 1, TODAY).actions()[1].next_year == "Vorig jaar geschreven"
    assert gather_year(demo_db, YEAR, TODAY).actions()[1].next_year == "Dit jaar geschreven"
    steering.save_year_note(demo_db, action.id, YEAR, "")
    assert steering.year_note(demo_db, action.id, YEAR) == ""
    with pytest.raises(InvalidInput):
        gather_year(demo_db, YEAR + 1, TODAY)  # a year not begun has nothing to report
    first = trajectory.get_trajectory(demo_db).start_date.year
    with pytest.raises(InvalidInput) as before:  # nor a year before the trajectory started
        gather_year(demo_db, first - 1, TODAY)
    assert before.value.choices == (f"{first}–{YEAR}",)
    assert gather_year(demo_db, first, TODAY).year == first


def test_the_yearly_report_from_the_command_line(demo_file, tmp_path, cli):
    made = run("report", str(demo_file), "--year", str(YEAR), "--pdf", "jaar.pdf", "--xlsx",
               "jaar.xlsx", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert f"realisation report of {YEAR} (12 actions)" in made.stdout
    assert (tmp_path / "jaar.pdf").exists() and (tmp_path / "jaar.xlsx").exists()
    future = cli("report", str(demo_file), "--year", str(YEAR + 5), "--pdf", "x.pdf")
    assert future.returncode == 1 and "Traceback" not in future.stderr
    before = cli("report", str(demo_file), "--year", "2019", "--pdf", "x.pdf")
    assert before.returncode == 1 and "(the years: " in before.stderr, before.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_text_pasted_from_a_word_processor_prints_as_written(demo_db, tmp_path):
    """A tab between smart quotes and non-breaking spaces (Word's list and layout) prints as a
    space, never as the placeholder of a character the font lacks."""
    action = all_actions(plan.read_plan(demo_db))[0]
    pasted = "\u2022\t\u201cEerste stap\u201d:\tde leesgroep\u00a0\u2013\u00a0twee keer"
    steering.save_year_note(demo_db, action.id, YEAR, pasted)
    # Dated 1 January: a year report made on that day holds that day and no later one.
    decisions.save_decision(demo_db, DecisionRecord(
        new_id(), date(YEAR, 1, 1), "steering", "Besluit \u201cA\u201d\nen een tweede regel", 6,
        "decided", None))
    pdf = tmp_path / "jaar.pdf"
    write_year_report(demo_db, YEAR, TODAY, pdf=pdf)
    text = pdf_text(pdf)
    assert "[teken]" not in text
    assert "Besluit \u201cA\u201d en een tweede regel" in text
    assert "\u2022 \u201cEerste stap\u201d: de leesgroep \u2013 twee keer" in text


def test_the_yearly_report_of_a_trajectory_with_nothing_in_it_says_so(new_db, tmp_path):
    pdf, xlsx = tmp_path / "jaar.pdf", tmp_path / "jaar.xlsx"
    write_year_report(new_db, YEAR, TODAY, pdf=pdf, xlsx=xlsx)
    text = pdf_text(pdf)
    assert "telt het actieplan nog geen acties" in text
    assert "Er zijn nog geen acties om over te rapporteren." in text
    assert f"In {YEAR} werd niets beslist." in text
    assert "0 acties in 0 pijlers" not in text and "Geen gegevens" not in text


def test_text_after_a_table_keeps_its_distance_from_the_grid():
    """The yearly report sets a sentence right under a table (the state of affairs, an
    action's points under its "Gepland" table): a line's room apart, not touching the grid."""
    from reportlab.platypus import Paragraph

    from drempelmeter.exchange.pdf_story import StoryWriter
    from drempelmeter.exchange.questionnaire_pdf import register_fonts

    register_fonts()
    writer = StoryWriter(400)
    writer.table(["Stand", "Acties"], [("Lopend", 8)])
    writer.text("In het jaar: 0 sessies met een verslag.")
    table, text = writer.story
    assert isinstance(text, Paragraph)
    assert table.getSpaceAfter() + text.getSpaceBefore() >= 4
