"""The reports read back: the PDF with pypdf (sections in order, every action's three questions,
no hidden number, characters and markup intact), the workbook with openpyxl (sheets, rows, no
formulas), and a failed write that leaves nothing behind."""

from __future__ import annotations

import re
from dataclasses import replace

import openpyxl
import pypdf
import pytest

from drempelmeter.domain.plan import QUESTIONS, all_actions
from drempelmeter.domain.questionnaire import QUESTIONNAIRE_THEMES, RESPONDENT_GROUPS
from drempelmeter.domain.report import HIDDEN, REGION
from drempelmeter.domain.scoring import ALL
from drempelmeter.domain.taxonomy import ALL_BS
from drempelmeter.exchange.errors import WriteError
from drempelmeter.services import measurement, partners, plan, questionnaire_themes, trajectory
from drempelmeter.services.report import gather, write_report

from ..demo_day import DEMO_DAY

TODAY = DEMO_DAY  # the day the demo is dated: the tests make their files on it
#: Chapters of the demo's regional report in their order (others may come between them).
SECTIONS = ["Kernbevindingen", "Samenvatting", "Ter beslissing", "Het traject", "Signalen",
            "Meting van de toegankelijkheid", "Geprioriteerde drempels", "Beleidssignalen",
            "Het actieplan", "Opvolging", "Besluiten", "Bijlage: werkwijze"]
ANNEX = "Bijlage: werkwijze"  # the last chapter, so the last line of the contents


def after_contents(text: str) -> str:
    """The report's text after its table of contents."""
    return text[text.index(ANNEX) + len(ANNEX):]


def chapter(text: str, title: str) -> int:
    """Where the chapter `title` begins (its number in front, whatever it is)."""
    return max(m.start() for m in re.finditer(rf"\b\d+\. {re.escape(title)}", text))


def numbered_chapters(reader) -> list[str]:  # type: ignore[no-untyped-def]
    """The chapters in the PDF's bookmarks, checked to be numbered 1, 2, ... and returned
    without their number."""
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    numbers = [int(t.split(". ", 1)[0]) for t in titles]
    assert numbers == list(range(1, len(titles) + 1))
    return [t.split(". ", 1)[1] for t in titles]


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    """All text of the PDF with white space made single, as a reader would search it."""
    reader = pypdf.PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def squeeze(text: str) -> str:
    return " ".join(text.split())


def test_the_regional_report_has_its_sections_in_order_and_every_action_whole(demo_db,
                                                                              demo_report):
    out = demo_report(TODAY).pdf
    reader = pypdf.PdfReader(out)
    chapters = numbered_chapters(reader)
    assert [c for c in chapters if c in SECTIONS] == SECTIONS
    assert reader.metadata.title.startswith("Regionaal rapport")
    text = pdf_text(out)
    body = after_contents(text)
    places = [chapter(body, title) for title in SECTIONS]
    assert places == sorted(places)
    assert "Pagina 3" in text  # page numbers in the footer
    actions = all_actions(plan.read_plan(demo_db))
    assert len(actions) == 12
    detail = body[body.index("De acties uitgewerkt"):]
    for action in actions:
        start = detail.index(squeeze(f"Actie {action.number}: {action.title}"))
        end = detail.find("Actie ", start + 10 + len(action.title))
        own = detail[start:] if end < 0 else detail[start:end + 200]
        for term, points in zip(QUESTIONS, (action.concrete, action.risks, action.needs),
                                strict=True):
            assert term.nl in own
            for point in points:
                assert squeeze(point) in own, (action.number, point)


def true_mean(answers, partner: str, group: str, b: str) -> float | None:  # type: ignore[no-untyped-def]
    """The mean of a cell as if nothing were hidden."""
    values = [a.value for a in answers if a.value is not None and a.b == b
              and partner in (ALL, a.partner) and group in (ALL, a.group)]
    return sum(values) / len(values) if values else None


def test_no_hidden_number_is_printed(demo_db, demo_report):
    written = demo_report(TODAY)
    data = written.data
    latest = [r for r in measurement.list_rounds(demo_db) if r.closed][-1]
    scores = measurement.round_scores(demo_db, latest.id)
    answers = measurement.round_answers(demo_db, latest.id)
    hidden = [key for key, cell in scores.cells.items() if cell.suppressed]
    assert hidden, "the demo must have small groups for this test to mean anything"
    shown_means = {f"{c.mean:.2f}".replace(".", ",") for c in scores.cells.values()
                   if c.mean is not None and not c.suppressed}
    secrets = {f"{mean:.2f}".replace(".", ",") for key in hidden
               if (mean := true_mean(answers, *key)) is not None} - shown_means
    assert secrets  # the means the suppression keeps back, computed here by hand
    text = pdf_text(written.pdf)
    measured = text[chapter(text, "Meting van de toegankelijkheid"):
                    chapter(text, "Geprioriteerde drempels")]
    assert HIDDEN in measured
    assert not {s for s in secrets if s in measured}
    # Every hidden cell of the region's groups and of the partners prints as the word.
    shown_keys = [(ALL, t.key) for t in RESPONDENT_GROUPS] + [
        (p.id, g) for p in partners.list_partners(demo_db)
        for g in (ALL, *(t.key for t in RESPONDENT_GROUPS))]
    themes = {t.key for t in (*QUESTIONNAIRE_THEMES, *questionnaire_themes.themes(demo_db))}
    expected = sum(1 for (p, g, b), cell in scores.cells.items()
                   if cell.suppressed and (p, g) in shown_keys and b not in themes)
    part = data.measurement
    printed = [v for _name, values in (*part.groups, *part.rows, *part.detail) for v in values]
    assert printed.count(HIDDEN) == expected > 0
    # The themes' table: the region's groups, each partner and the region, hidden alike.
    theme_keys = {(ALL, t.key) for t in RESPONDENT_GROUPS} | {
        (p.id, ALL) for p in partners.list_partners(demo_db)}
    printed_themes = [v for _name, values in part.themes for v in values]
    assert printed_themes.count(HIDDEN) == sum(
        1 for (p, g, b), cell in scores.cells.items()
        if cell.suppressed and (p, g) in theme_keys and b in themes)
    printed += printed_themes
    assert all(isinstance(v, float) or v in (HIDDEN, "—") for v in printed)


def test_user_text_is_printed_as_written_never_as_markup(demo_db, tmp_path):
    first = all_actions(plan.read_plan(demo_db))[0]
    title = 'Brieven <img src="/etc/passwd"/> & “Dévé” ë ï € ŝ'
    plan.update_action(demo_db, replace(first, title=title, concrete=("<b>niet vet</b> ‘oké’",)))
    out = tmp_path / "rapport.pdf"
    write_report(demo_db, TODAY, pdf=out)
    text = pdf_text(out)
    assert title in text and "<b>niet vet</b> ‘oké’" in text
    assert squeeze(trajectory.get_trajectory(demo_db).name) in text


def test_a_partner_report_shows_only_that_partner(demo_db, demo_report):
    data = gather(demo_db, TODAY, partner="caw demervallei")
    assert data.partner == "CAW Demervallei"
    assert data.signal_partners == ["CAW Demervallei"]
    assert [name for name, _values in data.measurement.rows] == ["CAW Demervallei", REGION]
    everyone = gather(demo_db, TODAY)
    assert 0 < len(data.barriers) < len(everyone.barriers)
    assert data.signal_total < everyone.signal_total
    text = pdf_text(demo_report(TODAY, "CAW Demervallei").pdf)
    assert "Terugkoppeling aan CAW Demervallei" in text
    assert text.index("1. Wat gebeurde met uw signalen") < text.index("2. Samenvatting")
    measured = text[text.rindex("Per partner"):chapter(text, "Geprioriteerde drempels")]
    assert "OCMW Heuvelgem" not in measured and "CAW Demervallei" in measured
    with pytest.raises(Exception, match="partner"):
        gather(demo_db, TODAY, partner="Niemand")


def test_the_workbook_has_its_sheets_rows_and_never_a_formula(demo_db, tmp_path):
    first = all_actions(plan.read_plan(demo_db))[0]
    plan.update_action(demo_db, replace(first, title="=HYPERLINK(\"http://x\",\"klik\")",
                                        concrete=("+32 is geen formule", "@SUM(A1)")))
    out = tmp_path / "rapport.xlsx"
    write_report(demo_db, TODAY, xlsx=out)
    book = openpyxl.load_workbook(out)
    sheets = ["Over dit rapport", "Kernbevindingen", "Duiding", "Ter beslissing", "Signalen",
              "Drempels", "Beleidssignalen", "Meting", "Actieplan overzicht", "Acties",
              "Opvolging", "Besluiten", "Sessies", "Dekking"]
    assert [s for s in book.sheetnames if s in sheets] == sheets
    actions = book["Acties"]
    assert actions.max_row == 1 + 12 and actions.freeze_panes == "A2"
    assert actions.auto_filter.ref.startswith("A1:")
    assert actions["D2"].value == '=HYPERLINK("http://x","klik")'
    assert actions["E2"].value == "+32 is geen formule\n@SUM(A1)"
    formulas = [c.coordinate for sheet in book for row in sheet.iter_rows() for c in row
                if c.data_type == "f"]
    assert formulas == []
    assert book["Drempels"].max_row == 1 + 8
    assert all(book["Acties"].column_dimensions[c].width >= 9 for c in "ABCDE")


def test_a_failed_write_leaves_nothing_half_written(new_db, tmp_path):
    """A small trajectory's report: the whole of it is written before the rename fails."""
    folder = tmp_path / "uit"
    folder.mkdir()
    taken = folder / "rapport.pdf"
    taken.mkdir()  # something that cannot be replaced by a file
    with pytest.raises(WriteError):
        write_report(new_db, TODAY, pdf=taken)
    assert taken.is_dir() and list(folder.iterdir()) == [taken]
    with pytest.raises(WriteError):
        write_report(new_db, TODAY, xlsx=folder / "missing" / "rapport.xlsx")
    assert list(folder.iterdir()) == [taken]


def test_the_pdf_charts_are_vector_with_real_text(demo_report):
    out = demo_report(TODAY).pdf
    text = pdf_text(out)
    assert re.search(r"Drempels volgens score", text)  # a chart title, set as text
    reader = pypdf.PdfReader(out)
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in (page["/Resources"].get("/Font") or {}).values()}
    assert any("DejaVuSans" in f for f in fonts)


def test_baseline_against_the_end_measurement(demo_db, tmp_path):
    rounds = measurement.list_rounds(demo_db)
    end = next(r for r in rounds if r.kind == "end")
    measurement.close_round(demo_db, end.id, TODAY)
    data = gather(demo_db, TODAY)
    (first, last), _before, after = data.measurement.comparison
    baseline = next(r for r in rounds if r.kind == "baseline")
    assert (first, last) == (baseline.name, end.name)
    scores = measurement.round_scores(demo_db, end.id)
    present = {b for _item, b in end.items}
    bs = [t.key for t in ALL_BS if t.key in present]
    for b, value in zip(bs, after, strict=True):
        cell = scores.get(ALL, ALL, b)
        assert value == (HIDDEN if cell.suppressed else cell.mean)
    out = tmp_path / "rapport.pdf"
    write_report(demo_db, TODAY, pdf=out)
    text = pdf_text(out)
    assert "Nulmeting en herhaalmeting" in text and end.name in text


def test_hatched_bars_keep_their_colour_in_the_pdf_drawing():
    """A hatched bar keeps its colour: drawn through SVG patterns (as svglib read them) it came
    out empty."""
    from drempelmeter.charts.signal_charts import BAR_COLOUR, signals_per_level
    from drempelmeter.exchange.pdf_figures import figure_drawing

    drawing = figure_drawing(signals_per_level(["Beleid", "Aanbod", "Netwerk"], [2, 3, 1]), 400)

    def shapes(node):  # type: ignore[no-untyped-def]
        for child in getattr(node, "contents", []):
            yield child
            yield from shapes(child)

    filled = [s for s in shapes(drawing) if getattr(s, "fillColor", None) is not None
              and s.fillColor.hexval().lower() == "0x" + BAR_COLOUR.lstrip("#").lower()]
    assert len(filled) >= 3
