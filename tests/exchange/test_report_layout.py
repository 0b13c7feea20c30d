"""The report PDF's layout read back with pypdf: headings on the page of what follows them, no
rows of dashes for an imported action's empty fields, no number printed twice, no word broken in
a narrow column, one "Uitgevoerd" column, chart labels inside the figure, and emoji and
right-to-left text printed with glyphs the font has, shaped and in display order."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise

import arabic_reshaper
import pypdf
import pytest
from bidi import get_display
from fontTools.ttLib import TTFont

from drempelmeter.domain.plan import QUESTIONS, all_actions
from drempelmeter.domain.taxonomy import ALL_BS
from drempelmeter.exchange.markup import EMOJI
from drempelmeter.paths import resource
from drempelmeter.services import barriers, partners, plan
from drempelmeter.services.report import write_report

from .test_report import chapter

TODAY = date(2027, 7, 1)


def pages(path) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def squeeze(text: str) -> str:
    return " ".join(text.split())


def headings(path) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """Every bookmarked heading with the index of its page."""
    reader = pypdf.PdfReader(path)

    def walk(entries):  # type: ignore[no-untyped-def]
        for entry in entries:
            if isinstance(entry, list):
                yield from walk(entry)
            else:
                yield entry.title, reader.get_destination_page_number(entry)

    return list(walk(reader.outline))


def add_goal_of_imported_actions(db, count: int) -> list:  # type: ignore[no-untyped-def]
    """A pillar with a goal of `count` actions as a plan import leaves them: a title that
    carries its own number, the rest empty, some with long points of varying length."""
    plan.add_pillar(db, "ip", "Geïmporteerde pijler")
    plan.add_goal(db, "ig", "ip", "Doel")
    for n in range(count):
        plan.add_action(db, f"ia{n}", "ig", f"Actie {n}")
    goal = next(g for p in plan.read_plan(db) for g in p.goals if g.id == "ig")
    plan.rename(db, "goal", "ig", f"Doel {goal.number}: Geïmporteerd doel")
    for n, action in enumerate(goal.actions):
        point = "Een punt dat over meer dan één regel loopt, zoals een plan dat echt doet. " * (
            1 + n % 4)
        plan.update_action(db, replace(action, title=f"Actie {action.number}: Ingevoerd {n}",
                                       concrete=tuple(point for _ in range(n % 5)),
                                       risks=(point,) if n % 2 else ()))
    return [a for a in all_actions(plan.read_plan(db)) if a.id.startswith("ia")]


def test_headings_stay_on_the_page_of_what_follows_them(demo_db, tmp_path):
    imported = add_goal_of_imported_actions(demo_db, 16)
    out = tmp_path / "rapport.pdf"
    write_report(demo_db, TODAY, pdf=out)
    text = pages(out)
    for title, page in headings(out):
        body = squeeze(text[page])
        shown = squeeze(title)
        assert shown in body, title
        assert not body.endswith(shown), f"{title!r} ends page {page + 1}"
    actions = all_actions(plan.read_plan(demo_db))
    assert len(actions) == 12 + len(imported)
    for action in actions:  # each shorter than a page: its heading with its three questions
        heading = squeeze(f"Actie {action.number}: ")
        page = next(squeeze(t) for t in reversed(text) if heading in squeeze(t))
        own = page[page.index(heading):]
        assert all(term.nl in own for term in QUESTIONS), action.number


def test_an_imported_action_lists_its_empty_fields_once_and_keeps_its_number_once(
        demo_db, tmp_path):
    imported = add_goal_of_imported_actions(demo_db, 2)
    out = tmp_path / "rapport.pdf"
    write_report(demo_db, TODAY, pdf=out)
    body = squeeze(" ".join(pages(out)))
    body = body[body.index("De acties uitgewerkt", body.index("Bijlage: werkwijze")):]
    for action in imported:
        assert f"Actie {action.number}: Actie" not in body
        start = body.index(f"Actie {action.number}: Ingevoerd")
        end = body.find("Actie ", start + 30)
        own = body[start:end]
        assert "—" not in own
        assert own.count("Nog niet ingevuld: Trekker, betrokken partners, start en deadline, "
                         "middelen en budget, indicator, drempels, B's, GBO-principes, "
                         "MoSCoW, beslissing stuurgroep.") == 1
        goal = action.number.split(".")[0]
        assert f"Pijler en doel Geïmporteerde pijler · {goal}. Geïmporteerd doel" in own
        assert f"{goal}. Doel {goal}" not in body


def test_no_word_is_broken_in_a_narrow_column(demo_db, demo_report):
    raw = "\n".join(pages(demo_report(TODAY).pdf))
    words = {w for b in ALL_BS for w in b.nl.split()} | {
        "Score", "Signalen", "Plaats", "Drempel", "ervaringsdeskundigen", "Leidinggevenden",
        "Medewerkers", "Armoedevereniging", "Demervallei", "Uitgevoerd", "Bijgestuurd"}
    words |= {w for b in barriers.list_barriers(demo_db) for w in re.findall(r"\w{6,}", b.title)}
    words |= {w for p in partners.list_partners(demo_db) for w in re.findall(r"\w{6,}", p.name)}
    broken = [f"{w[:i]}|{w[i:]}" for w in words for i in range(1, len(w))
              for gap in (" ", "\n") if f"{w[:i]}{gap}{w[i:]}" in raw]
    assert broken == []
    assert all(b.nl in raw for b in ALL_BS if b.key in {"betaalbaarheid", "bekendheid"})


def test_the_progress_table_has_one_done_column(demo_report):
    body = squeeze(" ".join(pages(demo_report(TODAY).pdf)))
    follow = body[chapter(body, "Opvolging"):]
    table = follow[follow.index("Pijler Niet gestart"):]
    table = table[:table.index("Te laat", table.index("Te laat") + 1)]
    assert table.count("Uitgevoerd") == table.count("Lopend") == 1
    assert re.search(r"\d+ \(\d+ %\)", table)  # the done ones with their share


def test_chart_labels_stay_inside_the_figure():
    from drempelmeter.charts.barrier_charts import pareto
    from drempelmeter.charts.measurement_charts import radar
    from drempelmeter.exchange.pdf_figures import figure_drawing

    long = "Een heel lange drempeltitel die niet op één regel past"
    figures = [
        pareto([long, "Kort", long + " 2"], [30, 20, 10], [50, 83, 100], "Drempels"),
        radar(["Bekendheid", "Betaalbaarheid", "Begrijpbaarheid"],
              [("Cliënten en ervaringsdeskundigen van de hele regio", [3.0, 4.0, 2.5])], "T"),
    ]
    for figure in figures:
        drawing = figure_drawing(figure, 480)
        x0, y0, x1, y1 = drawing.getBounds()  # in the drawing's units: scaled already
        assert x0 >= -0.5 and y0 >= -0.5, (x0, y0)
        assert x1 <= drawing.width + 0.5 and y1 <= drawing.height + 0.5, (x1, y1)


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font:UserWarning")
def test_emoji_and_right_to_left_text_print_with_glyphs_shaped_and_in_order(demo_db,
                                                                            tmp_path):
    hebrew, arabic = "שלום עולם", "مرحبا بالعالم"
    first = barriers.list_barriers(demo_db)[0]
    barriers.update_barrier(demo_db, replace(first, title="Wachtrij 😀 ✔ 🚌 👨‍👩‍👧 klaar"))
    action = all_actions(plan.read_plan(demo_db))[0]
    plan.update_action(demo_db, replace(action, title=f"{arabic} en {hebrew}",
                                        concrete=(hebrew, arabic)))
    out = tmp_path / "rapport.pdf"
    write_report(demo_db, TODAY, pdf=out)
    text = "".join(pages(out))
    assert f"Wachtrij {EMOJI} ✔ {EMOJI} {EMOJI} klaar" in squeeze(text)
    # pypdf reads a right-to-left run of a page back into the order it was typed in: it finds
    # the words as typed only when the page draws them from right to left (the display order).
    assert hebrew in text and get_display(hebrew) not in text
    # Arabic letters joined (their presentation forms, here read back as typed); none loose.
    assert arabic_reshaper.reshape(arabic) in text
    assert "\ufee3\ufeae\ufea3\ufe92\ufe8e" in text  # مرحبا: meem, reh, hah, beh, alef joined
    assert not re.search("[\u0600-\u06ff]", text)
    font = TTFont(resource("fonts", "DejaVuSans.ttf"))
    missing = {c for c in text if ord(c) not in font.getBestCmap() and not c.isspace()}
    assert missing == set()  # no character without a glyph: never an empty box


def test_no_heading_is_left_before_a_list_or_a_kept_block(demo_db):
    """reportlab keeps a heading (keepWithNext) with a paragraph or a table that follows it,
    but not with a list or a KeepTogether: those must take the heading in."""
    from reportlab.platypus.flowables import _Container, _ContainerSpace

    from drempelmeter.exchange.questionnaire_pdf import register_fonts
    from drempelmeter.exchange.report_opening import cover
    from drempelmeter.exchange.report_pdf import CHAPTERS
    from drempelmeter.exchange.report_writer import ReportWriter
    from drempelmeter.services.report import gather

    register_fonts()
    add_goal_of_imported_actions(demo_db, 3)
    writer = ReportWriter(gather(demo_db, TODAY), 480)
    cover(writer)
    for write_chapter in CHAPTERS:
        write_chapter(writer)
    story = writer.story
    loose = [getattr(f, "text", f) for f, after in pairwise(story)
             if f.getKeepWithNext() and isinstance(after, _Container | _ContainerSpace)]
    assert loose == []
    kept = [f for f in story if isinstance(f, _ContainerSpace)]
    assert len(kept) >= len(all_actions(plan.read_plan(demo_db)))


def _bookmarks(outline) -> list[str]:  # type: ignore[no-untyped-def]
    return [title for item in outline for title in (
        _bookmarks(item) if isinstance(item, list) else [item.title])]


@pytest.mark.parametrize("added", [16, 70])
def test_the_contents_lists_the_actions_while_they_are_few(demo_db, tmp_path, added):
    """A province's 400 actions took nine pages of contents: past MOST_THIRD_LEVEL actions the
    contents lists chapters and sections, and every action stays a bookmark."""
    from drempelmeter.exchange.pdf_contents import MOST_THIRD_LEVEL

    from .test_report import ANNEX, pdf_text

    imported = add_goal_of_imported_actions(demo_db, added)
    actions = all_actions(plan.read_plan(demo_db))
    assert (len(actions) <= MOST_THIRD_LEVEL) == (added == 16)  # the demo's and these
    out = tmp_path / "rapport.pdf"
    write_report(demo_db, TODAY, pdf=out)
    text = pdf_text(out)
    contents = text[:text.index(ANNEX)]
    listed = [a for a in imported if f"Ingevoerd {a.id[2:]}" in contents]
    assert listed == (imported if len(actions) <= MOST_THIRD_LEVEL else [])
    assert "Het actieplan" in contents and "De acties uitgewerkt" in contents
    marks = _bookmarks(pypdf.PdfReader(out).outline)
    assert all(f"Actie {a.number}: Ingevoerd {a.id[2:]}" in marks for a in imported)
