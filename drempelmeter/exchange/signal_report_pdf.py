"""The signals and what became of them as a PDF, in the regional report's layout: an overview,
then per B each barrier with its place, round and actions (or why it was not taken up) and the
signals it bundles, then the signals not yet bundled; the meaning of each outcome at the end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..domain.report import IN_PLAN, NOT_BUNDLED, OUTCOMES, SignalBundle, SignalFate
from .atomic import write_atomically
from .pdf_contents import Contents, count_entries, document_with_contents
from .pdf_story import ProgressCallback, StoryWriter, day, page_frame, running_lines
from .questionnaire_pdf import register_fonts
from .signal_fates import barrier_facts


def write_signal_report_pdf(path: Path, bundle: SignalBundle,
                            progress: ProgressCallback | None = None) -> None:
    """Write the signals of the region (or of `bundle.partner`) and their fate to `path`."""
    write_atomically(Path(path), lambda target: _build(target, bundle, progress))


def title_of(bundle: SignalBundle) -> str:
    return (f"Wat gebeurde met de signalen van {bundle.partner}" if bundle.partner
            else "Wat gebeurde met de signalen")


class _Writer(StoryWriter):
    def __init__(self, bundle: SignalBundle, width: float, height: float) -> None:
        super().__init__(width)
        self.height = height
        self.bundle = bundle
        self.section = 0
        self.contents_at = 0

    def chapter(self, text: str, new_page: bool = True) -> None:
        """A numbered chapter; one that need not start a page starts one only when less than
        a third of the page is left."""
        from reportlab.platypus import CondPageBreak, PageBreak

        self.section += 1
        self.story.append(PageBreak() if new_page else CondPageBreak(self.height / 3))
        self.heading(f"{self.section}. {text}", 0)

    def cover(self) -> None:
        from reportlab.platypus import PageBreak, Spacer

        bundle = self.bundle
        self.story.append(Spacer(1, 120))
        self.text(title_of(bundle), self.styles.cover)
        self.text(bundle.title, self.styles.h2)
        for line in (f"Regio: {bundle.region}" if bundle.region else "",
                     f"Procescoach: {bundle.coach}" if bundle.coach else "",
                     f"Gemaakt op {day(bundle.made_on)}"):
            if line:
                self.text(line)
        self.text("Elk signaal staat hier met wat ermee gebeurde: in welke drempel het "
                  "gebundeld werd, welke plaats die drempel kreeg, welke actie hem aanpakt, of "
                  "waarom hij (nog) niet werd opgenomen.")
        self.story.append(PageBreak())
        self.contents_at = len(self.story)

    def overview(self) -> None:
        bundle = self.bundle
        self.chapter("Overzicht")
        count = len(bundle.signals)
        self.text(f"{count} {'signaal' if count == 1 else 'signalen'}"
                  + (f" van {bundle.partner}" if bundle.partner else "")
                  + f", gebundeld in {len(bundle.barriers)} "
                  + ("drempel." if len(bundle.barriers) == 1 else "drempels.")
                  + f" {bundle.round_note}")
        if bundle.left_out:
            self.text(f"{bundle.left_out} signalen wachten op nazicht van mogelijke "
                      "persoonsgegevens en staan niet in dit rapport.", self.styles.small)
        outcomes = Counter(s.outcome for s in bundle.signals)
        self.heading("Wat ermee gebeurde", 1)
        self.table(["Wat ermee gebeurde", "Signalen"],
                   [(o, outcomes[o]) for o, _meaning in OUTCOMES if outcomes[o]], wrap=(0,))
        self.heading("Per B", 1)
        rows = []
        for b in bundle.b_labels:
            of_b = [s for s in bundle.signals if s.b == b]
            if of_b:
                rows.append((b, len(of_b), sum(s.outcome != NOT_BUNDLED for s in of_b),
                             sum(s.outcome == IN_PLAN for s in of_b)))
        self.table(["B van het signaal", "Signalen", "Gebundeld", "In het actieplan"], rows,
                   wrap=(0,))

    def per_b(self) -> None:
        """A chapter per B: its barriers (in the order of the priorities) with their signals,
        then its signals not yet bundled."""
        bundle = self.bundle
        regional = bundle.partner is None
        columns = ["Signaal", *(["Partner"] if regional else []), "Stand van het signaal"]

        def rows(fates: Sequence[SignalFate]) -> list[tuple[str, ...]]:
            return [(s.text, *((s.partner,) if regional else ()), s.status) for s in fates]

        for b in bundle.b_labels:
            barriers = [x for x in bundle.barriers if x.b == b]
            loose = [s for s in bundle.signals if s.barrier_id is None and s.b == b]
            if not barriers and not loose:
                continue
            self.chapter(b, new_page=False)
            for barrier in barriers:
                start = len(self.story)
                self.heading(f"Drempel: {barrier.title}", 1)
                self.table([], barrier_facts(barrier), wrap=(1,))
                self.keep_with_heading(start)
                self.table(columns, rows([s for s in bundle.signals
                                          if s.barrier_id == barrier.barrier_id]),
                           wrap=tuple(range(len(columns))))
            if loose:
                self.heading(f"{NOT_BUNDLED} ({b})", 1)
                self.table(columns, rows(loose), wrap=tuple(range(len(columns))))

    def meanings(self) -> None:
        from reportlab.platypus import Spacer

        self.chapter("Wat de uitkomsten betekenen", new_page=False)
        self.table(["Uitkomst", "Betekenis"], list(OUTCOMES), wrap=(0, 1))
        self.story.append(Spacer(1, 6))
        self.text("Signalen zijn waarnemingen, geen personen. Tekst die op persoonsgegevens "
                  "lijkt en door niemand werd bevestigd, staat hier vervangen door een neutraal "
                  "woord.", self.styles.small)


def _build(target: Path, bundle: SignalBundle, progress: ProgressCallback | None) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import NextPageTemplate, PageTemplate

    register_fonts()
    if progress:
        progress(0, 2, "De pagina's opmaken")
    frame = page_frame()
    writer = _Writer(bundle, frame.width, frame.height)
    writer.story.append(NextPageTemplate("body"))
    writer.cover()
    writer.overview()
    writer.per_b()
    writer.meanings()
    title = f"{title_of(bundle)}: {bundle.title}"
    entries = count_entries(writer.story)
    contents = Contents(entries, frame.height)
    writer.story[writer.contents_at:writer.contents_at] = contents.pages()
    document = document_with_contents(
        str(target), contents, pagesize=A4, title=title, author=bundle.coach or "Drempelmeter",
        subject="Drempelmeter", creator="Drempelmeter", lang="nl-BE",
        pageTemplates=[PageTemplate("cover", [frame]),
                       PageTemplate("body", [frame],
                                    onPage=running_lines(title, bundle.made_on))])
    document.build(writer.story)
    if progress:
        progress(2, 2, "Het bestand schrijven")
