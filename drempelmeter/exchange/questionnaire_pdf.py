"""A printable questionnaire (PDF) for one perspective, for paper sessions.

Clients get the easy-language wording, a larger type and the short scale labels. Each question
keeps its code in the margin, in the order of the entry grid, so typing the forms in is quick.
DejaVu Sans (shipped in resources/fonts) shows every character of Dutch text and the boxes.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.questionnaire import MEASURED, Questionnaire, Text
from ..paths import resource
from .atomic import write_atomically
from .markup import markup

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
BOX = "☐"
PERSPECTIVE_TITLES = {"staff": "Vragenlijst voor medewerkers",
                      "management": "Vragenlijst voor leidinggevenden",
                      "client": "Vragenlijst voor cliënten en ervaringsdeskundigen"}
INTRO = {
    "client": ("Wij willen weten hoe makkelijk het is om bij ons hulp te vinden. Uw mening helpt "
               "ons om beter te worden. Er zijn geen foute antwoorden.",
               "Schrijf uw naam niet op dit blad. Niemand weet wat u antwoordt.",
               "Zet bij elke vraag één kruisje. Weet u het niet? Kruis dan “weet niet” aan."),
    "other": ("Deze vragenlijst meet hoe toegankelijk onze dienstverlening is, vanuit uw "
              "ervaring in het werk. De antwoorden worden per groep samengeteld; kleine groepen "
              "worden nooit apart getoond.",
              "De vragenlijst is anoniem: schrijf uw naam nergens op.",
              "Kruis per uitspraak één vakje aan: van 1 (helemaal niet akkoord) tot 5 (helemaal "
              "akkoord), of “weet niet” of “n.v.t.” (niet van toepassing)."),
}


def register_fonts() -> None:
    """Make DejaVu Sans known to reportlab (once)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _wording(text: Text, easy: bool) -> str:
    """The text to print, escaped: reportlab reads paragraphs as markup."""
    return markup(text.easy_nl or text.nl if easy else text.nl)


def write_questionnaire_pdf(path: Path, questionnaire: Questionnaire, perspective: str,
                            heading: str = "") -> None:
    """Write the paper form of `questionnaire` as `perspective` reads it; `heading` names the
    partner or session, when given."""
    write_atomically(Path(path), lambda target: _build(target, questionnaire, perspective,
                                                       heading))


def _build(target: Path, questionnaire: Questionnaire, perspective: str, heading: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    easy = perspective == "client"
    size = 12.5 if easy else 10
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.35)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9,
                           textColor=colors.HexColor("#555555"))
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=size + 7,
                           leading=(size + 7) * 1.3, spaceAfter=4 * mm)
    section = ParagraphStyle("section", parent=body, fontName=BOLD, fontSize=size + 2,
                             leading=(size + 2) * 1.3, spaceBefore=5 * mm, spaceAfter=2 * mm)
    centred = ParagraphStyle("centred", parent=body, fontSize=7.5, leading=9, alignment=1)
    box = ParagraphStyle("box", parent=body, fontSize=size + 4, leading=size + 6, alignment=1)

    story = [Paragraph(PERSPECTIVE_TITLES[perspective], title)]
    if heading:
        story.append(Paragraph(markup(heading), body))
        story.append(Spacer(1, 3 * mm))
    story += [Paragraph(line, ParagraphStyle("intro", parent=body, spaceAfter=2 * mm))
              for line in INTRO["client" if easy else "other"]]
    scale = questionnaire.scale
    labels = [f"{n}<br/>{_wording(point, easy)}" for n, point in enumerate(scale.points, 1)]
    # "n.v.t." is explained in the introduction; spelled out it does not fit the column.
    labels += [_wording(scale.dont_know, easy),
               _wording(scale.not_applicable, easy) if easy else "n.v.t."]
    width = A4[0] - 36 * mm
    answer_width = 15 * mm
    widths = [10 * mm, width - 10 * mm - 7 * answer_width] + [answer_width] * 7
    for part in questionnaire.sections:
        rows = [["", Paragraph("", body), *(Paragraph(text, centred) for text in labels)]]
        for item in part.items:
            rows.append([Paragraph(markup(item.id), small),
                         Paragraph(_wording(item.wording(perspective), easy), body),
                         *(Paragraph(BOX, box) for _ in labels)])
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, -1), 1), ("RIGHTPADDING", (0, 0), (0, -1), 1),
            ("LEFTPADDING", (2, 0), (-1, -1), 2), ("RIGHTPADDING", (2, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEF2F6")),
            ("TOPPADDING", (0, 1), (-1, -1), 5 if easy else 3),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5 if easy else 3),
        ]))
        name = _wording(part.title, easy) or (
            MEASURED.label(part.items[0].b, "nl") if part.items else "")
        intro = [Paragraph(_wording(part.intro, easy), body)] if part.intro.nl else []
        story.append(KeepTogether([Paragraph(name, section), *intro, table]))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph("Bedankt om deze vragenlijst in te vullen!" if easy else
                           "Bedankt voor uw medewerking.", body))

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(18 * mm, 10 * mm, f"{questionnaire.title.nl} · versie "
                                            f"{questionnaire.version}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Pagina {document.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(target), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm, title=PERSPECTIVE_TITLES[perspective],
        author="Drempelmeter", subject=questionnaire.title.nl, lang="nl-BE")
    document.build(story, onFirstPage=footer, onLaterPages=footer)
