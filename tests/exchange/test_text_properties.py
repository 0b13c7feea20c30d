"""Any text typed into a free-text field reaches every Excel output and the PDF report: the
workbooks read back (openpyxl, as Excel shows them) equal to the text as cleaned at the door, a
bundle re-imports unchanged, the PDF (pypdf) has its sections and embeds nothing. Text is thrown
at the fields with hypothesis: control characters, `$`, markup, formula starts, right-to-left
scripts, emoji and combining marks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import openpyxl
import pypdf
import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st
from openpyxl.utils.escape import unescape

from drempelmeter.domain.ids import new_id
from drempelmeter.domain.plan import all_actions
from drempelmeter.domain.privacy import screen
from drempelmeter.domain.text import clean
from drempelmeter.exchange.questionnaire_file import read_questionnaire
from drempelmeter.paths import questionnaires_dir
from drempelmeter.services import (
    barriers,
    bundles,
    measurement,
    partners,
    plan,
    response_forms,
    signals,
    trajectory,
)
from drempelmeter.services.records import PartnerRecord, RespondentRecord, SignalRecord
from drempelmeter.services.report import write_report

# DejaVu Sans has no emoji: matplotlib warns that a glyph is missing, and draws a box.
pytestmark = pytest.mark.filterwarnings("ignore:Glyph .* missing from font:UserWarning")

TODAY = date(2027, 7, 1)
#: The chapters every regional report has, in order (others come between when there is
#: something to say: policy signals, progress in numbers, ...).
SECTIONS = ["Samenvatting", "Ter beslissing", "Het traject", "Signalen",
            "Meting van de toegankelijkheid", "Geprioriteerde drempels", "Het actieplan",
            "Opvolging", "Besluiten", "Bijlage: werkwijze"]
NASTY = st.sampled_from([
    "Kosten tussen $5 en $10", "$", "$\\frac{1}$", "<b>vet</b>", '<img src="/etc/passwd"/>',
    "&amp; & <", "=SUM(A1)", "+32", "-1", "@A1", "\t=1+1", "مرحبا بالعالم", "שלום עולם",
    "😀👍🏽", "e\u0301", "\u202eomgekeerd", "\x0b", "\x07", "\x00", "\r\n", "\r", "\x85", "\x9f",
    "\ufeff", "\u200b", "\uffff", " ", "\n", "_x0041_",
])
#: Any characters but lone surrogates (which no text box or workbook can give us).
ANY = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
TEXT = st.lists(st.one_of(NASTY, ANY), max_size=4).map("".join)
REQUIRED = TEXT.filter(lambda text: clean(text) != "")
FIELDS = st.fixed_dictionaries({
    "trajectory": REQUIRED, "partner": REQUIRED, "description": REQUIRED, "barrier": REQUIRED,
    "concrete": st.lists(TEXT, max_size=3), "risks": st.lists(TEXT, max_size=2),
    "needs": st.lists(TEXT, max_size=2), "owner": TEXT,
})
#: A failing example is reported as generated: each writes three workbooks or a PDF report, so
#: shrinking it would take minutes.
SLOW = settings(max_examples=20, deadline=None,
                phases=(Phase.explicit, Phase.reuse, Phase.generate),
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.filter_too_much])
SIGNAL = new_id()


@pytest.fixture
def db(new_db):
    """A trajectory with one partner, signal, barrier and action, and a closed measurement."""
    partners.add_partner(new_db, PartnerRecord("p", "Partner", "core", "caw"))
    signals.add_signal(new_db, SignalRecord(SIGNAL, "p", "Signaal", "bekendheid", severity=3))
    barriers.create_barrier(new_db, "b", "Drempel", [SIGNAL])
    plan.add_pillar(new_db, "p1", "Pijler")
    plan.add_goal(new_db, "g1", "p1", "Doel")
    plan.add_action(new_db, "a1", "g1", "Actie")
    measurement.start_round(new_db, "m", "baseline", "Nulmeting", date(2026, 9, 1),
                            read_questionnaire(questionnaires_dir() / "standaard.yaml"))
    measurement.add_respondents(new_db, [RespondentRecord(f"r{n}", "m", "p", "staff", (
        ("bek-1", 1 + n, None),)) for n in range(5)])
    measurement.close_round(new_db, "m", date(2026, 10, 1))
    return new_db


def points(texts: list[str]) -> tuple[str, ...]:
    """The points of a question as saved: each cleaned, the empty ones left out."""
    return tuple(p for p in map(clean, texts) if p)


def type_in(db, fields: dict) -> dict[str, object]:  # type: ignore[no-untyped-def, type-arg]
    """Put the texts into their fields through the services; returns them as saved."""
    for text in (fields["trajectory"], fields["partner"], fields["description"],
                 fields["barrier"], fields["owner"], *fields["concrete"], *fields["risks"],
                 *fields["needs"]):
        assume(not screen(clean(text)))  # personal data is refused (tested elsewhere)
    details = trajectory.get_trajectory(db)
    trajectory.update_trajectory(db, replace(details, name=fields["trajectory"]))
    partners.update_partner(db, PartnerRecord("p", fields["partner"], "core", "caw"))
    signal = signals.list_signals(db)[0]
    signals.update_signal(db, replace(signal, description=fields["description"]))
    barriers.update_barrier(db, replace(barriers.get_barrier(db, "b"), title=fields["barrier"]))
    action = all_actions(plan.read_plan(db))[0]
    plan.update_action(db, replace(action, concrete=tuple(fields["concrete"]),
                                   risks=tuple(fields["risks"]), needs=tuple(fields["needs"]),
                                   owner=fields["owner"]))
    saved = {key: clean(fields[key]) for key in ("trajectory", "partner", "description",
                                                 "barrier", "owner")}
    saved.update({key: points(fields[key]) for key in ("concrete", "risks", "needs")})
    assert trajectory.get_trajectory(db).name == saved["trajectory"]
    assert partners.list_partners(db)[0].name == saved["partner"]
    assert signals.list_signals(db)[0].description == saved["description"]
    assert barriers.get_barrier(db, "b").title == saved["barrier"]
    action = all_actions(plan.read_plan(db))[0]
    assert (action.concrete, action.risks, action.needs, action.owner) == (
        saved["concrete"], saved["risks"], saved["needs"], saved["owner"])
    return saved


def shown(value: object) -> object:
    """A cell's value as Excel shows it: OOXML's "_x005F_" escape of a literal "_x0041_" read
    (openpyxl leaves it to us)."""
    return unescape(value) if isinstance(value, str) else value


def info(book) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The hidden facts of a bundle or form: key → value."""
    return {row[0]: shown(row[1]) for row in book["Info"].iter_rows(values_only=True)}


def formulas(book) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{sheet.title}!{cell.coordinate}" for sheet in book for row in sheet.iter_rows()
            for cell in row if cell.data_type == "f"]


@pytest.mark.slow
@SLOW
@given(fields=FIELDS)
def test_any_text_reads_back_from_every_workbook_as_cleaned(db, tmp_path, fields):
    saved = type_in(db, fields)
    bundle, form, report = (tmp_path / name for name in ("bundel.xlsx", "formulier.xlsx",
                                                         "rapport.xlsx"))
    bundles.export_template(db, saved["partner"], bundle)
    response_forms.export_form(db, form, "m", "p", "staff")
    write_report(db, TODAY, xlsx=report)

    book = openpyxl.load_workbook(bundle)
    assert (info(book)["partner_name"], info(book)["trajectory_name"]) == (
        saved["partner"], saved["trajectory"])
    assert shown(book["Signalen"]["B2"].value) == saved["description"]
    assert f"Bundel van {saved['partner']}, traject {saved['trajectory']}" in [
        shown(row[0]) for row in book["Instructies"].iter_rows(values_only=True)]
    assert formulas(book) == []
    again = bundles.import_bundle(db, bundle, dry_run=True)
    assert (again.problems, again.added, again.updated, again.unchanged) == ((), 0, 0, 1)

    book = openpyxl.load_workbook(form)
    assert (info(book)["partner_name"], info(book)["trajectory_name"]) == (
        saved["partner"], saved["trajectory"])
    assert shown(book["Uitleg"].cell(row=book["Uitleg"].max_row, column=1).value) == (
        f"{saved['partner']}: Medewerkers, Nulmeting (traject {saved['trajectory']})")
    assert formulas(book) == []

    book = openpyxl.load_workbook(report)
    assert shown(book["Over dit rapport"]["B1"].value) == saved["trajectory"]
    assert shown(book["Signalen"]["A2"].value) == saved["partner"]
    assert (shown(book["Drempels"]["B2"].value), shown(book["Drempels"]["E2"].value)) == (
        saved["barrier"], saved["partner"])
    assert shown(book["Meting"]["A2"].value) == saved["partner"]
    actions = [shown(cell.value) for cell in book["Acties"][2]]
    assert actions[4:8] == [("\n".join(saved[key]) or None) for key in (
        "concrete", "risks", "needs")] + [saved["owner"] or None]
    assert formulas(book) == []


@pytest.mark.slow
@settings(SLOW, max_examples=6)
@given(fields=FIELDS)
def test_any_text_makes_a_whole_pdf_report(db, tmp_path, fields):
    saved = type_in(db, fields)
    out = tmp_path / "rapport.pdf"
    write_report(db, TODAY, pdf=out)
    reader = pypdf.PdfReader(out)
    numbered = [o.title.split(". ", 1) for o in reader.outline if not isinstance(o, list)]
    assert [n for n, _title in numbered] == [str(n) for n in range(1, len(numbered) + 1)]
    assert [title for _n, title in numbered if title in SECTIONS] == SECTIONS
    assert reader.metadata.title == f"Regionaal rapport: {saved['trajectory']}"
    # A cover, a page of contents and a page at least per section; the headings are there.
    assert len(reader.pages) >= 2 + len(SECTIONS)
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    assert all(title in text for title in SECTIONS)
    # Markup stays text: no image is embedded (the charts are vector drawings).
    images = [name for page in reader.pages
              for name, x in (page["/Resources"].get("/XObject") or {}).items()
              if x.get_object().get("/Subtype") == "/Image"]
    assert images == []
