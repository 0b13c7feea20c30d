"""A policy signal as a letter (reportlab), in the regional report's layout: sender and
addressee, date and subject, the barrier, the evidence from the file (hidden cells as a word,
never a number), the request and a contact. Written to a temporary name and renamed when
complete."""

from __future__ import annotations

from pathlib import Path

from ..domain.policy import PolicyLetter, address_lines
from ..domain.taxonomy import ALL_BS, CORE_BS, JOURNEY_MOMENTS
from ..domain.terms import Vocabulary
from .atomic import write_atomically
from .markup import markup
from .pdf_contents import Contents, document_with_contents
from .pdf_story import StoryWriter, day, number, page_frame, running_lines
from .questionnaire_pdf import register_fonts

NOT_YET = "Nog in te vullen."
#: The seven B's in a sentence, as the letter explains them to a reader who does not know them.
B_NAMES = ", ".join(t.nl.lower() for t in CORE_BS.terms[:-1]) + " en " + CORE_BS.terms[-1].nl.lower()


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
        if letter.addressee:
            addressee = ["Aan", *address_lines(letter.addressee), letter.level]
        else:
            addressee = ["Aan de bevoegde dienst", letter.body.name or letter.level]
        self.blocks(sender, addressee)
        self.story.append(Spacer(1, 8))
        if letter.partners:
            self.text("Namens de partners: " + ", ".join(letter.partners) + ".",
                      self.styles.small)
        self.story.append(Spacer(1, 8))
        self.text(f"Datum: {day(dated(letter))}")
        self.text(f"Ons kenmerk: beleidssignaal {letter.number}")
        self.text(f"Betreft: {letter.subject}", self.styles.h3)
        self.text("Geachte mevrouw, geachte heer,")
        region = letter.region or "onze regio"
        self.text(f"In het Geïntegreerd Breed Onthaal (GBO) van {region} werken het lokaal "
                  "bestuur, het CAW en de diensten maatschappelijk werk van de ziekenfondsen "
                  "samen met hun partners. Wij gaan na wat mensen tegenhoudt om de hulp en de "
                  "rechten te krijgen waarop zij recht hebben, en wij nemen die drempels weg "
                  "waar wij dat zelf kunnen.")
        where = f" {letter.body.level}" if letter.body.level else ""
        self.text("De drempel in deze brief kunnen wij als regio niet zelf wegnemen: de oorzaak "
                  f"ligt in regelgeving of beleid{where}. Daarom leggen wij hem aan u voor. "
                  "Hieronder leest u wat de drempel inhoudt, wat wij u vragen en waarop wij "
                  "ons baseren.")

    def barrier(self) -> None:
        letter = self.letter
        self.part("De drempel")
        self.text(letter.subject, self.styles.question)
        if letter.description:
            self.text(letter.description)
        if letter.b_label:
            self.text("Wij bekijken de toegankelijkheid van hulp langs enkele dimensies, die "
                      f"wij de B’s noemen ({B_NAMES}). Deze drempel raakt vooral de "
                      f"{letter.b_label.lower()}"
                      + (f". De vraag daarbij is: {_lowered(letter.b_question)}"
                         if letter.b_question else "."))

    def evidence(self) -> None:
        from reportlab.platypus import Spacer

        found = self.letter.evidence
        self.part("Wat wij vaststellen")
        if not found.signals:
            self.text("Bij deze drempel zijn nog geen signalen geteld.")
        else:
            partners = len(found.partners)
            self.text(f"{found.signals} {'signaal' if found.signals == 1 else 'signalen'} van "
                      f"{partners} {'partner' if partners == 1 else 'partners'}"
                      + (f" ({', '.join(found.partners)})" if found.partners else "") + ".")
            self.text("Een signaal is een probleem dat medewerkers van de partners in hun werk "
                      "herhaaldelijk vaststellen, bij meer dan één persoon. Een signaal gaat "
                      "nooit over één herkenbare persoon.", self.styles.small)
            self.text("Welke dimensie van toegankelijkheid de signalen raken", self.styles.h3)
            self.table(["Dimensie (B)", "Signalen", "Waarover het gaat"],
                       [(label, count, _definition(ALL_BS, label))
                        for label, count in found.per_b], wrap=(0, 2))
            self.story.append(Spacer(1, 6))
            self.text("Waar mensen op de drempel botsen", self.styles.h3)
            self.table(["Moment op de weg naar hulp", "Signalen", "Wat er dan gebeurt"],
                       [(label, count, _definition(JOURNEY_MOMENTS, label))
                        for label, count in found.per_moment], wrap=(0, 2))
        if found.examples:
            self.text("Enkele signalen, zoals partners ze noteerden:", self.styles.h3)
            self.bullets(list(found.examples))
        b = found.b_label.lower() or "deze dimensie"
        if not found.measured:
            self.text(f"Onze meting heeft de {b} nog niet bevraagd.", self.styles.small)
            return
        self.text(f"Meting ({found.round_name}): {found.b_label}", self.styles.h3)
        self.text(f"De bevraagde groepen beoordeelden uitspraken over de {b} van 1 (helemaal "
                  "niet akkoord) tot 5 (helemaal akkoord): hoe hoger, hoe toegankelijker zij "
                  "de hulp vinden. Het gemiddelde per groep en per partner:")
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
        gbo = "het Geïntegreerd Breed Onthaal" + (f" {letter.region}" if letter.region else "")
        self.text(f"Voor meer uitleg kunt u terecht bij {who}, procescoach van {gbo}. Wij "
                  "horen graag van u wat u met dit signaal doet.")
        self.text("Met vriendelijke groet,")
        self.text(who)
        self.text("Procescoach, namens de partners van " + gbo, self.styles.small)
        self.text("Signalen zijn waarnemingen van medewerkers en partners, nooit gegevens over "
                  "een persoon.", self.styles.small)


def _lowered(question: str) -> str:
    """A question of the taxonomy inside a sentence: its first letter small."""
    return question[:1].lower() + question[1:]


def _definition(vocabulary: Vocabulary, label: str) -> str:
    """What a term of `vocabulary` (found by its Dutch label) is about; "" when it is none."""
    term = vocabulary.find(label)
    return term.definition_nl if term is not None else ""


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
