"""The report as a PDF (reportlab), in the region's language and its plan's familiar shape.

Cover, contents, then the chapters in `CHAPTERS` order: (in a partner's report first what
became of its own signals,) the coach's key findings, summary, what is put to the steering group
for a decision, the trajectory, signals, measurement, prioritised barriers, the policy signals,
the action plan, follow-up, the decisions with the sessions' summaries and an annex on method.
Every chart is a vector drawing with its table beside it; hidden measurement cells print as a
word, never a number. Written to a temporary name and renamed when complete.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.report import ReportData
from .atomic import write_atomically
from .markup import EMOJI, OTHER
from .pdf_contents import build_with_contents
from .pdf_story import ProgressCallback, page_frame, quiet
from .questionnaire_pdf import register_fonts
from .report_cycles import cycles
from .report_findings import barriers, measurement, signals
from .report_indicators import indicators
from .report_opening import cover, fates, summary, trajectory
from .report_plan import follow_up, plan
from .report_policy import policy
from .report_steering import decisions, key_findings, to_decide
from .report_writer import ReportWriter

STEPS = ("De grafieken tekenen", "De pagina's opmaken", "Het bestand schrijven")


def write_report_pdf(path: Path, data: ReportData, progress: ProgressCallback | None = None) -> None:
    """Write the regional report (or a partner's, when `data.partner` is set) to `path`."""
    write_atomically(Path(path), lambda target: _build(target, data, progress or quiet))


def annex(w: ReportWriter) -> None:
    threshold = w.data.measurement.threshold if w.data.measurement else 5
    w.chapter("Bijlage: werkwijze")
    for text in (
        "Signalen zijn waarnemingen van medewerkers, ervaringsdeskundigen en partners over "
        "wat mensen tegenhoudt. Ze worden nooit aan een persoon gekoppeld; vrije tekst wordt "
        "bij het invoeren nagekeken op persoonsgegevens.",
        "De meting vraagt per B hoe toegankelijk de dienstverlening is, aan medewerkers, "
        "leidinggevenden en cliënten. Scores zijn gemiddelden van 1 tot 5. Een groep met "
        f"minder dan {threshold} mensen die een score van 1 tot 5 gaven wordt niet getoond. "
        "Daarnaast worden zoveel andere cellen verborgen dat in geen enkele rij of kolom "
        "met een getoond totaal de verborgen cellen samen minder mensen tellen dan die "
        "drempel: zo is een kleine groep nooit uit de andere cijfers af te leiden.",
        "De score van een drempel is ernst × frequentie × bereik (het aantal partners dat "
        "de drempel herkent) × invloed: 1 voor een drempel binnen de lokale invloed, minder "
        "voor een bovenlokale drempel, die als beleidssignaal naar het bevoegde niveau gaat "
        "(hoofdstuk Beleidssignalen). De werkgroep legt daarnaast de volgorde vast in een "
        "prioriteringsronde: stippenstemming met een bezwaarronde, impact en inspanning, "
        "of MoSCoW. De rangorde en de motivering worden bewaard.",
        "Het actieplan volgt de vorm pijler, doel, actie; elke actie beantwoordt drie "
        "vragen: hoe het idee er concreet uitziet, hoe het kan mislukken en wat er nodig is "
        "om het te doen slagen.",
        f"Een teken dat het lettertype van dit rapport niet heeft, staat er als {EMOJI} "
        f"(voor de meeste emoji) of als {OTHER}; Arabisch en Hebreeuws staan van rechts "
        "naar links.",
    ):
        w.text(text)



#: The chapters after the cover and the contents, in order; each writes its own chapter (or
#: nothing, when it has nothing to say). A new chapter is a function added here.
CHAPTERS: tuple[Callable[[ReportWriter], None], ...] = (
    fates, key_findings, summary, to_decide, trajectory, signals, measurement, cycles,
    barriers, policy, plan, follow_up, indicators, decisions, annex)


def _build(target: Path, data: ReportData, progress: ProgressCallback) -> None:
    from reportlab.platypus import NextPageTemplate

    register_fonts()
    total = len(STEPS)
    progress(0, total, STEPS[0])
    frame = page_frame()
    writer = ReportWriter(data, frame.width)
    writer.story.append(NextPageTemplate("body"))  # from the page after the cover
    cover(writer)
    for chapter in CHAPTERS:
        chapter(writer)
    progress(1, total, STEPS[1])
    title = (f"Terugkoppeling aan {data.partner}: {data.title}" if data.partner
             else f"Regionaal rapport: {data.title}")
    build_with_contents(target, writer.story, writer.contents_at, frame, title, data.coach,
                        data.made_on)
    progress(total, total, STEPS[2])
