"""The demo's regional report for the steering group, read back: the coach's duiding under each
chapter, the key findings first, "Ter beslissing" with exactly the open proposals, the decisions
with their outcome and the sessions' summaries; in the PDF (pypdf) and the workbook (openpyxl)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import openpyxl
import pypdf

from drempelmeter.domain.plan import ACTION_STATUSES, all_actions
from drempelmeter.domain.steering import CHAPTERS, PROPOSED
from drempelmeter.services import decisions, plan, steering, workshops
from drempelmeter.services.records import DecisionRecord
from drempelmeter.services.report import write_report

from ..demo_day import DEMO_DAY
from .test_report import after_contents, chapter, pdf_text, squeeze

TODAY = DEMO_DAY  # the day the demo is dated: the tests make their files on it


def rows(sheet) -> list[dict]:  # type: ignore[no-untyped-def]
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, (c.value for c in row), strict=True))
            for row in sheet.iter_rows(min_row=2) if any(c.value is not None for c in row)]


def test_the_regional_report_carries_what_the_steering_group_reads(demo_db, demo_report):
    texts = steering.report_texts(demo_db)
    proposals = decisions.open_proposals(demo_db)
    taken = decisions.list_decisions(demo_db)
    summaries = steering.session_summaries(demo_db, None, TODAY)
    assert len(texts.notes) >= 8 and 3 <= len(texts.findings) <= 5  # the demo has them
    assert len(proposals) == 2 and any(d.state == "not_accepted" for d in taken)
    assert summaries
    written = demo_report(TODAY)
    reader = pypdf.PdfReader(written.pdf)
    titles = [o.title.split(". ", 1)[1] for o in reader.outline if not isinstance(o, list)]
    assert titles[:3] == ["Kernbevindingen", "Samenvatting", "Ter beslissing"]
    text = after_contents(pdf_text(written.pdf))

    summary = text[chapter(text, "Samenvatting"):chapter(text, "Ter beslissing")]
    states = Counter(a.status for a in all_actions(plan.read_plan(demo_db)))
    assert len(states) >= 4  # the demo's actions are in most states
    assert squeeze("(" + ", ".join(f"{states[t.key]} {t.nl.lower()}" for t in ACTION_STATUSES
                                   if states[t.key]) + ")") in summary  # adding up to the plan

    findings = text[chapter(text, "Kernbevindingen"):chapter(text, "Samenvatting")]
    for n, finding in enumerate(texts.findings, 1):
        assert f"{n}. {squeeze(finding)}" in findings
    for key, note in texts.notes.items():  # each under its own chapter's title
        start = chapter(text, CHAPTERS[key].nl)
        assert text[start:].split(" ", 1)[1].startswith(
            f"{CHAPTERS[key].nl} Duiding {squeeze(note)}"), key

    to_decide = text[chapter(text, "Ter beslissing"):chapter(text, "Het traject")]
    for proposal in proposals:
        assert squeeze(proposal.text) in to_decide
    assert not [d.text for d in taken if squeeze(d.text) in to_decide]

    log = text[chapter(text, "Besluiten"):chapter(text, "Bijlage: werkwijze")]
    for decision in taken:
        assert squeeze(decision.text) in log
        assert f"{decision.decided_on:%d-%m-%Y}" in log
    assert "Niet aanvaard" in log and "Beslist" in log
    assert not [p.text for p in proposals if squeeze(p.text) in log]
    for summary in summaries:
        assert squeeze(summary.summary.splitlines()[-1]) in log

    book = openpyxl.load_workbook(written.xlsx)
    assert [r["Bevinding"] for r in rows(book["Kernbevindingen"])] == list(texts.findings)
    assert {r["Hoofdstuk"]: r["Duiding"] for r in rows(book["Duiding"])} == {
        CHAPTERS[k].nl: v for k, v in texts.notes.items()}
    assert [r["Voorstel"] for r in rows(book["Ter beslissing"])] == [p.text for p in proposals]
    assert sorted(r["Besluit"] for r in rows(book["Besluiten"])) == sorted(d.text for d in taken)
    assert [r["Verslag"] for r in rows(book["Sessies"])] == [s.summary for s in summaries]


def test_a_proposal_moves_from_ter_beslissing_to_the_decisions_once_decided(new_db, tmp_path):
    """On a new trajectory: its report has the chapters too, written in a third of the
    demo's time."""
    proposal = DecisionRecord("p-1", None, "steering", "Een <b>vet</b> voorstel & meer", 6,
                              PROPOSED, date(2026, 3, 2))
    decisions.save_decision(new_db, proposal)
    out = tmp_path / "rapport.pdf"
    write_report(new_db, TODAY, pdf=out)
    text = after_contents(pdf_text(out))
    assert "Een <b>vet</b> voorstel & meer" in text[chapter(text, "Ter beslissing"):
                                                    chapter(text, "Het traject")]
    decisions.save_decision(new_db, DecisionRecord(
        "p-1", date(2026, 3, 9), "steering", proposal.text, 6, "decided", date(2026, 3, 2)))
    write_report(new_db, TODAY, pdf=out)
    text = after_contents(pdf_text(out))
    assert "vet</b>" not in text[chapter(text, "Ter beslissing"):chapter(text, "Het traject")]
    log = text[chapter(text, "Besluiten"):]
    assert "09-03-2026 Een <b>vet</b> voorstel & meer" in log


def test_a_partner_report_leaves_the_steering_groups_texts_out(demo_db, demo_report):
    text = pdf_text(demo_report(TODAY, "CAW Demervallei").pdf)
    texts = steering.report_texts(demo_db)
    assert not [n for n in (*texts.notes.values(), *texts.findings) if squeeze(n)[:40] in text]
    assert "Ter beslissing" not in text and "Kernbevindingen" not in text
    assert workshops.list_sessions(demo_db)  # the sessions exist, but stay out
    assert "Verslagen van de sessies" not in text


def test_a_decision_list_without_proposals_has_no_empty_proposed_on_column():
    from drempelmeter.domain.steering import DECIDED, DecisionLine
    from drempelmeter.exchange.report_steering import decision_rows

    taken = DecisionLine("De start is goedgekeurd.", "Stuurgroep", DECIDED, None,
                         date(2025, 2, 18), "")
    columns, rows = decision_rows([taken])
    assert "Voorgesteld op" not in columns and all(len(r) == len(columns) for r in rows)
    proposed = DecisionLine("Een tweede partner.", "Stuurgroep", DECIDED, date(2025, 3, 1),
                            date(2025, 3, 20), "")
    columns, rows = decision_rows([taken, proposed])
    assert columns[-1] == "Voorgesteld op" and [r[-1] for r in rows] == ["", "01-03-2025"]
