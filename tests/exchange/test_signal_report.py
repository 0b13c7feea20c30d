"""The signals and what became of them: every signal of a partner in its PDF and workbook, each
with its fate as the file holds it; and a partner's feedback report leads with them."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pypdf

from drempelmeter.domain.plan import ACTION_STATUSES, all_actions
from drempelmeter.domain.report import (
    IN_PLAN,
    NO_PRIORITY,
    NOT_BUNDLED,
    SUPRA_LOCAL,
)
from drempelmeter.services import barriers, partners, plan, signals
from drempelmeter.services.prioritisation import read_priorities
from drempelmeter.services.signal_report import write_signal_report

from ..demo_day import DEMO_DAY
from .test_report import pdf_text, squeeze

TODAY = DEMO_DAY  # the day the demo is dated: the tests make their files on it
SHEET = "Signalen en gevolg"


def fate_sheet(path, sheet: str = SHEET) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """The workbook's rows as dicts by column heading."""
    book = openpyxl.load_workbook(path)
    rows = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def own_signals(db, name: str):  # type: ignore[no-untyped-def]
    partner = next(p for p in partners.list_partners(db) if p.name == name)
    return [s for s in signals.list_signals(db) if s.partner_id == partner.id]


def test_the_partner_signal_report_lists_every_signal_of_the_partner_with_its_fate(
        demo_db, tmp_path):
    name = "CAW Demervallei"
    pdf, xlsx = tmp_path / "caw.pdf", tmp_path / "caw.xlsx"
    write_signal_report(demo_db, TODAY, pdf=pdf, xlsx=xlsx, partner=name.upper())
    own = own_signals(demo_db, name)
    assert own and not any(s.to_review for s in own)
    holding = {s: b.id for b in barriers.list_barriers(demo_db) for s in b.signal_ids}
    titles = {b.id: b.title for b in barriers.list_barriers(demo_db)}
    actions = {b: [a for a in all_actions(plan.read_plan(demo_db)) if b in a.barrier_ids]
               for b in titles}
    rows = fate_sheet(xlsx)
    assert sorted(r["Signaal"] for r in rows) == sorted(s.description for s in own)
    by_text = {r["Signaal"]: r for r in rows}
    for signal in own:
        row = by_text[signal.description]
        barrier = holding.get(signal.id)
        if barrier is None:
            assert row["Wat ermee gebeurde"] == NOT_BUNDLED and not row["Drempel"]
            continue
        assert row["Drempel"] == titles[barrier]
        for action in actions[barrier]:  # the demo's barriers each have an action
            assert row["Wat ermee gebeurde"] == IN_PLAN
            assert action.owner in row["Actie, stand en trekker"]
            assert ACTION_STATUSES.label(action.status, "nl") in row["Actie, stand en trekker"]
    text = pdf_text(pdf)
    assert "Wat gebeurde met de signalen van CAW Demervallei" in text
    for signal in own:
        assert squeeze(signal.description) in text, signal.description
    others = [s for s in signals.list_signals(demo_db) if s not in own]
    assert not any(squeeze(s.description) in text for s in others)
    reader = pypdf.PdfReader(pdf)
    assert reader.metadata.title.startswith("Wat gebeurde met de signalen van CAW Demervallei")


def test_each_outcome_is_said_in_plain_words(demo_db, tmp_path):
    """A supra-local barrier without action, one ranked below the cut-off without action, a
    signal in no barrier, and a barrier whose action shows its status and owner."""
    priorities = read_priorities(demo_db)
    listed = {b.id: b for b in barriers.list_barriers(demo_db)}
    ranked = [listed[p.barrier_id] for p in priorities.order]
    # The last barrier the region can remove itself (the demo's costs barrier is supra-local).
    low = next(b for b in reversed(ranked) if b.influence != "supralocal")
    supra, kept = ranked[0], ranked[1]
    assert priorities.of(low.id).place > 5
    barriers.update_barrier(demo_db, replace(supra, influence="supralocal"))
    barriers.update_barrier(demo_db, replace(low, status="validated"))  # no longer in action
    for action in all_actions(plan.read_plan(demo_db)):
        if {supra.id, low.id} & set(action.barrier_ids):
            plan.update_action(demo_db, replace(action, barrier_ids=tuple(
                b for b in action.barrier_ids if b not in (supra.id, low.id))))
    loose = supra.signal_ids[0]
    barriers.assign_signals(demo_db, None, [loose])
    xlsx, pdf = tmp_path / "regio.xlsx", tmp_path / "regio.pdf"
    write_signal_report(demo_db, TODAY, xlsx=xlsx, pdf=pdf)
    rows = {r["Signaal"]: r for r in fate_sheet(xlsx)}
    texts = {s.id: s.description for s in signals.list_signals(demo_db)}
    assert len(rows) == len(texts)
    assert rows[texts[loose]]["Wat ermee gebeurde"] == NOT_BUNDLED
    for signal_id in supra.signal_ids[1:]:
        assert rows[texts[signal_id]]["Wat ermee gebeurde"] == SUPRA_LOCAL
    for signal_id in low.signal_ids:
        assert rows[texts[signal_id]]["Wat ermee gebeurde"] == NO_PRIORITY
    [action] = [a for a in all_actions(plan.read_plan(demo_db)) if kept.id in a.barrier_ids][:1]
    row = rows[texts[kept.signal_ids[0]]]
    assert row["Wat ermee gebeurde"] == IN_PLAN
    assert f"Actie {action.number}" in row["Actie, stand en trekker"]
    assert f"({ACTION_STATUSES.label(action.status, 'nl')}; trekker: {action.owner})" in \
        row["Actie, stand en trekker"]
    assert row["Plaats"] == 2 and "ronde van" in row["Ronde"]
    text = pdf_text(pdf)
    for words in (NOT_BUNDLED, SUPRA_LOCAL, NO_PRIORITY, f"trekker: {action.owner}"):
        assert words in text


def test_signal_texts_are_printed_as_written_and_waiting_ones_left_out(demo_db, tmp_path):
    """Markup in a signal is text (never an image from the coach's disk), a formula is text,
    and a signal waiting for review of personal data is left out and counted."""
    first, second = own_signals(demo_db, "OCMW Heuvelgem")[:2]
    written = "=2+2 <img src='/etc/passwd'/> & <b>vet</b> wachten"
    signals.update_signal(demo_db, replace(first, description=written))
    waiting = "Wie belt 0470 12 34 56 terug? Niemand."  # imported, not yet reviewed
    signals.update_signal(demo_db, replace(second, description=waiting, to_review=True))
    pdf, xlsx = tmp_path / "ocmw.pdf", tmp_path / "ocmw.xlsx"
    bundle = write_signal_report(demo_db, TODAY, pdf=pdf, xlsx=xlsx, partner="OCMW Heuvelgem")
    assert bundle.left_out == 1
    rows = fate_sheet(xlsx)
    assert written in [r["Signaal"] for r in rows]
    assert len(rows) == len(own_signals(demo_db, "OCMW Heuvelgem")) - 1
    text = pdf_text(pdf)
    assert "0470" not in text
    assert "<img src='/etc/passwd'/> & <b>vet</b>" in text
    assert "1 signalen wachten op nazicht" in text


def test_a_partner_feedback_report_leads_with_its_own_signals(demo_db, demo_report):
    written = demo_report(TODAY, "CAW Demervallei")
    pdf, xlsx = written.pdf, written.xlsx
    reader = pypdf.PdfReader(pdf)
    assert reader.outline[0].title == "1. Wat gebeurde met uw signalen"
    assert openpyxl.load_workbook(xlsx).sheetnames[:2] == ["Over dit rapport", "Uw signalen"]
    own = own_signals(demo_db, "CAW Demervallei")
    assert sorted(r["Signaal"] for r in fate_sheet(xlsx, "Uw signalen")) == sorted(
        s.description for s in own)
    regional = demo_report(TODAY).pdf  # the regional report has no such chapter
    assert pypdf.PdfReader(regional).outline[0].title == "1. Kernbevindingen"
