"""A policy signal as a letter (reportlab), in the regional report's layout: sender and
addressee, date and subject, the barrier, the evidence from the file (hidden cells as a word,
never a number), the request and a contact. Written to a temporary name and renamed when
complete."""

from __future__ import annotations

from pathlib import Path

from ..domain.policy import PolicyLetter
from .atomic import write_atomically
from .markup import markup
from .pdf_contents import Contents, document_with_contents
from .pdf_story import StoryWriter, day, number, page_frame, running_lines
from .questionnaire_pdf import register_fonts

NOT_YET = "Nog in te vullen."


def write_policy_letter_pdf(path: Path, letter: PolicyLetter) -> None:
    """Write the letter of one policy signal to `path`."""
    write_atomically(Path(path), lambda target: _build(target, letter))


def title_of(letter: PolicyLetter) -> str:
    return f"Beleidssignaal {letter.number}: {letter.subject}"


def dated(letter: PolicyLetter):
    """The letter's date: the day it was sent, or the day it was made while it is a draft."""
    return letter.sent_on or letter.made_on


class _Writer(StoryWriter):
    def __init__(self, letter: PolicyLetter, width: float) -> None:
        super().__init__(width)
        self.letter = letter

    def blocks(self, left: list[str], right: list[str]) -> None:
        """Two blocks of lines side by side, without lines around them: sender and addressee."""
        from reportlab.platypus import Paragraph, Table, TableStyle

        def block(lines: list[str]) -> list:
            return [Paragraph(markup(line), self.styles.body) for line in lines if line]

        table = Table([[block(left), block(right)]], colWidths=[self.width * 0.55,
                                                                self.width * 0.45])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        self.story.append(table)

    def part(self, text: str) -> None:
        """A part of the letter: a heading in the report's second size, and a bookmark."""
        from reportlab.platypus import Paragraph

        paragraph = Paragraph(markup(text), self.styles.h2)
        paragraph.toc_entry = (0, text)
        self.story.append(paragraph)

    def head(self) -> None:
        from reportlab.platypus import Spacer

        letter = self.letter
        if letter.draft:
            self.text("Ontwerp: deze brief is nog niet verstuurd.", self.styles.h3)
        sender = [f"Geïntegreerd Breed Onthaal {letter.region}".strip(), letter.trajectory,
                  f"Procescoach: {letter.coach}" if letter.coach else ""]
        addressee = ["Aan:", letter.addressee or letter.level,
                     *([letter.level] if letter.addressee else [])]
        self.blocks(sender, addressee)
        self.story.append(Spacer(1, 8))
        if letter.partners:
            self.text("Namens de partners: " + ", ".join(letter.partners) + ".",
                      self.styles.small)
        self.story.append(Spacer(1, 8))
        self.text(f"Datum: {day(dated(letter))}")
        self.text(f"Ons kenmerk: beleidssignaal {letter.number}")
        self.text(f"Betreft: {letter.subject}", self.styles.h3)
        self.text("Geachte,")
        region = letter.region or "onze regio"
        self.text(f"De partners van het Geïntegreerd Breed Onthaal in {region} zoeken samen "
                  "naar de drempels die mensen tegenhouden om hulp en hun rechten te krijgen. "
                  "Deze drempel kunnen wij lokaal niet wegnemen: hij hoort bij regelgeving of "
                  f"beleid van een hoger niveau ({letter.level}). Daarom leggen wij hem aan u "
                  "voor, met onze vraag en met wat onze signalen en metingen erover tonen.")

    def barrier(self) -> None:
        letter = self.letter
        self.part("De drempel")
        self.text(letter.subject, self.styles.question)
        if letter.description:
            self.text(letter.description)
        if letter.b_label:
            self.text(f"Toegankelijkheid die hij raakt: {letter.b_label}.", self.styles.small)

    def evidence(self) -> None:
        from reportlab.platypus import Spacer

        found = self.letter.evidence
        self.part("Wat wij vaststellen")
        if not found.signals:
            self.text("Er zijn nog geen signalen bij deze drempel geteld.")
        else:
            partners = len(found.partners)
            self.text(f"{found.signals} {'signaal' if found.signals == 1 else 'signalen'} van "
                      f"{partners} {'partner' if partners == 1 else 'partners'}"
                      + (f" ({', '.join(found.partners)})" if found.partners else "") + ".")
            self.table(["B van het signaal", "Signalen"], found.per_b, wrap=(0,))
            self.story.append(Spacer(1, 6))
            self.table(["Moment in de weg naar hulp", "Signalen"], found.per_moment, wrap=(0,))
        if found.examples:
            self.text("Enkele signalen, zoals partners ze noteerden:", self.styles.h3)
            self.bullets(list(found.examples))
        if not found.measured:
            self.text("De meting heeft deze B nog niet bevraagd.", self.styles.small)
            return
        self.text(f"Meting ({found.round_name}): gemiddelde score voor {found.b_label}",
                  self.styles.h3)
        self.table(["Groep of partner", "Gemiddelde (1 tot 5)"],
                   [(name, number(value)) for name, value in found.measured], wrap=(0,))
        self.text(f"Groepen met minder dan {found.threshold} mensen die een score van 1 tot 5 "
                  f"gaven, worden niet getoond. {found.hidden_note}", self.styles.small)

    def request(self) -> None:
        self.part("Onze vraag")
        self.text(self.letter.request or NOT_YET)

    def contact(self) -> None:
        letter = self.letter
        self.part("Contact")
        who = letter.coach or "De procescoach"
        self.text(f"{who}, procescoach van het Geïntegreerd Breed Onthaal"
                  + (f" {letter.region}" if letter.region else "")
                  + ", geeft graag meer uitleg en hoort graag wat u met dit signaal doet.")
        self.text("Met vriendelijke groet,")
        self.text(who + (f", namens de partners van {letter.region}" if letter.region else ""))
        self.text("Signalen zijn waarnemingen van medewerkers en partners, nooit gegevens over "
                  "een persoon.", self.styles.small)


def _build(target: Path, letter: PolicyLetter) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageTemplate

    register_fonts()
    frame = page_frame()
    writer = _Writer(letter, frame.width)
    writer.head()
    writer.barrier()
    writer.request()
    writer.evidence()
    writer.contact()
    title = title_of(letter)
    document = document_with_contents(
        str(target), Contents(0, frame.height), pagesize=A4, title=title,
        author=letter.coach or "Drempelmeter", subject="Drempelmeter: beleidssignaal",
        creator="Drempelmeter", lang="nl-BE",
        pageTemplates=[PageTemplate("body", [frame],
                                    onPage=running_lines(title, dated(letter)))])
    document.build(writer.story)
