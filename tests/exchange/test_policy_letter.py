"""The demo's supra-local barrier as a policy letter (read back with pypdf: its counts, partners,
request and hidden cells) and in the regional report's policy chapter and workbook sheet."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pypdf

from drempelmeter.cli import main
from drempelmeter.domain.report import HIDDEN
from drempelmeter.services import barriers, partners, policy_signals
from drempelmeter.services.demo_policy import COSTS, FEDERAL_REQUEST, FLEMISH_ANSWER
from drempelmeter.services.signal_report import write_signal_report

from ..demo_day import DEMO_DAY
from .test_report import pdf_text, squeeze

TODAY = DEMO_DAY  # the day the demo is dated: the tests make their files on it


def test_the_demos_supra_local_barrier_has_a_letter_with_its_evidence(demo_db, tmp_path):
    costs = barriers.get_barrier(demo_db, COSTS)
    assert costs.influence == "supralocal"
    [sent, draft] = policy_signals.list_policy_signals(demo_db)
    assert (sent.status, sent.level, draft.status, draft.level) == (
        "answered", "flemish", "draft", "federal")
    out = tmp_path / "brief.pdf"
    letter = policy_signals.write_letter(demo_db, draft.id, TODAY, out)
    text = pdf_text(out)
    names = {p.id: p.name for p in partners.list_partners(demo_db)}
    recognised = [names[p] for p in costs.recognised_by]
    assert len(recognised) == 4
    assert f"5 signalen van 4 partners ({', '.join(recognised)})" in text
    for words in ("Beleidssignaal 2", "Federale overheid", "Ontwerp: deze brief is nog niet",
                  "RIZIV", "Betaalbaarheid 5", "Vóór de deur 4", "Na de deur 1",
                  squeeze(FEDERAL_REQUEST), "Regio (alle partners)", "Sofie Wuytack"):
        assert words in text, words
    # The measurement of its B, as the report prints it: each number in Dutch notation.
    for name, value in letter.evidence.measured:
        shown = value if isinstance(value, str) else f"{value:.2f}".replace(".", ",")
        assert f"{name} {shown}" in text
    reader = pypdf.PdfReader(out)
    assert reader.metadata.title == "Beleidssignaal 2: Kosten die hulp doen uitstellen"
    assert [o.title for o in reader.outline] == ["De drempel", "Onze vraag",
                                                   "Wat wij vaststellen", "Contact"]


def test_a_hidden_cell_prints_as_the_word_never_its_number(demo_db, tmp_path, monkeypatch):
    """The letter prints what the evidence holds; a suppressed cell is the report's word."""
    letter = policy_signals.letter(demo_db, "demo-policy-1", TODAY)
    measured = (*letter.evidence.measured[:-1], ("Kleine groep", HIDDEN))
    hidden = replace(letter, evidence=replace(letter.evidence, measured=measured))
    monkeypatch.setattr(policy_signals, "letter", lambda *_args: hidden)
    out = tmp_path / "brief.pdf"
    policy_signals.write_letter(demo_db, "demo-policy-1", TODAY, out)
    assert f"Kleine groep {HIDDEN}" in pdf_text(out)


def test_the_regional_report_lists_the_policy_signals_with_their_status(demo_report):
    written = demo_report(TODAY)
    pdf, xlsx = written.pdf, written.xlsx
    text = pdf_text(pdf)
    chapter = text[text.index("Drempels die de regio zelf niet kan wegnemen, legt ze"):]
    assert chapter.index("Nr. Onderwerp Niveau Aan Stand Verstuurd Beantwoord") < 400
    assert "2 beleidssignalen naar een hoger niveau: 1 beantwoord, 1 ontwerp." in text
    for words in ("Vlaamse overheid", "Vlaams minister van Welzijn", "Beantwoord",
                  "Federale overheid", "Ontwerp", squeeze(FLEMISH_ANSWER)):
        assert words in chapter, words
    rows = list(openpyxl.load_workbook(xlsx)["Beleidssignalen"].iter_rows(values_only=True))
    assert rows[0][:5] == ("Nr.", "Onderwerp", "Niveau", "Aan", "Stand")
    assert [(r[0], r[2], r[4]) for r in rows[1:]] == [
        (1, "Vlaamse overheid", "Beantwoord"), (2, "Federale overheid", "Ontwerp")]
    assert rows[1][7] == FLEMISH_ANSWER and rows[2][5] is None


def test_a_partners_report_has_no_policy_chapter(demo_report):
    out = demo_report(TODAY, "CAW Demervallei").xlsx
    assert "Beleidssignalen" not in openpyxl.load_workbook(out).sheetnames


def test_the_command_line_lists_and_writes_a_letter(demo_file, tmp_path, capsys):
    assert main(["policy", str(demo_file)]) == 0
    listed = capsys.readouterr().out
    assert "1. Kosten die hulp doen uitstellen" in listed and "answered" in listed
    out = tmp_path / "brief.pdf"
    assert main(["policy", str(demo_file), "1", "--pdf", str(out)]) == 0
    assert "Vlaamse overheid" in pdf_text(out)
    assert main(["policy", str(demo_file), "9", "--pdf", str(out)]) == 1
    assert "the policy signals: 1; 2" in capsys.readouterr().err
    assert main(["policy", str(demo_file), "1"]) == 2  # no --pdf: a usage error


def test_a_partner_reads_what_became_of_its_supra_local_signals(demo_db, tmp_path):
    """The costs barrier's fate names its policy signals: where they went and the answer."""
    out = tmp_path / "ocmw.pdf"
    write_signal_report(demo_db, TODAY, pdf=out, partner="OCMW Heuvelgem")
    text = pdf_text(out)
    assert "Buiten de regio: bovenlokaal signaal" in text
    assert ("Beleidssignaal 1 aan Vlaamse overheid (Vlaams minister van Welzijn): Beantwoord, "
            "verstuurd op") in text
    assert squeeze(f"Antwoord: {FLEMISH_ANSWER}") in text
    assert "Beleidssignaal 2 aan Federale overheid (RIZIV, dienst voor geneeskundige " \
           "verzorging): Ontwerp" in text


def test_the_signals_heading_stays_on_the_page_of_its_first_signal(demo_db, tmp_path):
    """Whatever the request's length pushes down, "Enkele signalen" is never the last line of a
    page with its signals on the next."""
    draft = policy_signals.list_policy_signals(demo_db)[1]
    heading = "Enkele signalen, zoals partners ze noteerden"
    for words in range(300, 495, 15):  # up to the 4000 characters a request may hold
        request = " ".join(["Wij vragen een automatische toekenning."] * (words // 5))
        policy_signals.save_policy_signal(demo_db, replace(draft, request=request))
        out = tmp_path / f"brief-{words}.pdf"
        letter = policy_signals.write_letter(demo_db, draft.id, TODAY, out)
        first = " ".join(letter.evidence.examples[0].split()[:4])
        pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages]
        [page] = [p for p in pages if heading in p]
        assert first in page, words
