"""What became of each signal, as plain data in the region's language: the signals of the
region (or of one partner) grouped by B and barrier, each with its barrier's place in the
priorities, the round that set it, the actions that address it (status and owner), or why it
was not taken up. Signals waiting for review are left out; personal data nobody confirmed is
masked, as in the regional report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..domain.plan import ACTION_STATUSES, all_actions
from ..domain.policy import SUPRA_LOCAL as SUPRA_LOCAL_INFLUENCE
from ..domain.prioritisation import METHODS
from ..domain.report import (
    EMPTY,
    IN_PLAN,
    NO_PRIORITY,
    NOT_BUNDLED,
    NOT_YET_PRIORITISED,
    PRIORITY_WITHOUT_ACTION,
    SET_ASIDE,
    SUPRA_LOCAL,
    BarrierFate,
    FateAction,
    SignalBundle,
    SignalFate,
)
from ..domain.taxonomy import ALL_BS, SIGNAL_STATUSES, active_bs
from ..store.database import TrajectoryDatabase
from . import (
    barriers,
    follow_up,
    partners,
    plan,
    policy_signals,
    prioritisation,
    signals,
    trajectory,
)
from .export_screen import export_screen
from .prioritisation import Prioritisation
from .records import BarrierRecord
from .validation import refuse_own_file


def fates(db: TrajectoryDatabase, today: date, partner: str | None = None) -> SignalBundle:
    """The signals of the region, or of the partner called `partner`, with what became of each;
    not yet screened for personal data (see `gather`)."""
    details = trajectory.get_trajectory(db)
    known = partners.list_partners(db)
    names = {p.id: p.name for p in known}
    partner_id = None
    if partner is not None:
        found = partners.find_partner(known, partner)
        partner_id, partner = found.id, found.name
    everything = signals.list_signals(db)
    waiting = [s for s in everything if s.to_review]
    chosen = [s for s in everything if not s.to_review and partner_id in (None, s.partner_id)]
    records = barriers.list_barriers(db)
    priorities = prioritisation.reading(prioritisation.list_rounds(db), records,
                                        prioritisation.get_weights(db))
    actions: dict[str, list[FateAction]] = {}
    for action in all_actions(plan.read_plan(db)):
        for barrier_id in action.barrier_ids:
            actions.setdefault(barrier_id, []).append(FateAction(
                action.number, action.title, ACTION_STATUSES.label(action.status, "nl"),
                action.owner or EMPTY))
    priority = set(follow_up.priority_barriers(db))
    addressed: dict[str, list[str]] = {}  # per barrier: its policy signals, in words
    for line in policy_signals.lines(db):
        addressed.setdefault(line.barrier_id or "", []).append(line.in_words())
    holding = {s: r.id for r in records for s in r.signal_ids}
    counted: dict[str, list[str]] = {}  # per barrier: the partner of each signal shown anywhere
    for s in everything:
        if s.id in holding and not s.to_review:
            counted.setdefault(holding[s.id], []).append(s.partner_id)
    wanted = {holding[s.id] for s in chosen if s.id in holding}
    by_id = {r.id: r for r in records}
    barrier_fates = [
        _barrier_fate(by_id[p.barrier_id], p.place, p.round_rank, priorities,
                      tuple(actions.get(p.barrier_id, ())), p.barrier_id in priority,
                      len(counted[p.barrier_id]), len(set(counted[p.barrier_id])),
                      tuple(addressed.get(p.barrier_id, ())))
        for p in priorities.order if p.barrier_id in wanted]
    outcome = {b.barrier_id: b.outcome for b in barrier_fates}
    b_keys = [t.key for t in active_bs(details.optional_bs)]
    b_keys += [b for b in {s.primary_b for s in chosen} if b not in b_keys]
    return SignalBundle(
        title=details.name, region=details.region, coach=details.coach, made_on=today,
        partner=partner, round_note=_round_words(priorities),
        b_labels=[ALL_BS.label(b, "nl") for b in b_keys], barriers=barrier_fates,
        signals=[SignalFate(s.id, s.description, names.get(s.partner_id, s.partner_id),
                            ALL_BS.label(s.primary_b, "nl"),
                            SIGNAL_STATUSES.label(s.status, "nl"), holding.get(s.id),
                            outcome.get(holding.get(s.id, ""), NOT_BUNDLED))
                 for s in chosen],
        left_out=sum(1 for s in waiting if partner_id in (None, s.partner_id)))


def _barrier_fate(record: BarrierRecord, place: int, round_rank: int | None,
                  priorities: Prioritisation, actions: tuple[FateAction, ...], prioritised: bool,
                  signal_count: int, partner_count: int, policy: tuple[str, ...],
                  ) -> BarrierFate:
    """A barrier's outcome: an action addresses it; or it was set aside; or it belongs to a
    level above the region (with the policy signals that took it there); or it is a priority
    still without an action; or no round has been closed yet; or it is no priority this
    cycle."""
    decided = priorities.decided_by
    if actions:
        outcome = IN_PLAN
    elif record.status == "set_aside":
        outcome = SET_ASIDE
    elif record.influence == SUPRA_LOCAL_INFLUENCE:
        outcome = SUPRA_LOCAL
    elif prioritised:
        outcome = PRIORITY_WITHOUT_ACTION
    elif decided is None:
        outcome = NOT_YET_PRIORITISED
    else:
        outcome = NO_PRIORITY
    if decided is None:
        when = "nog geen ronde afgesloten"
    elif round_rank is None:
        when = f"niet in de ronde van {decided.held_on:%d-%m-%Y}; volgt op score"
    else:
        when = (f"plaats {round_rank} in de ronde van {decided.held_on:%d-%m-%Y} "
                f"({METHODS.label(decided.method, 'nl')})")
    return BarrierFate(record.id, record.title, ALL_BS.label(record.primary_b, "nl"), str(place),
                       when, outcome, actions, signal_count, partner_count, policy)


def _round_words(priorities: Prioritisation) -> str:
    """Which round set the places, and which barriers count as a priority."""
    decided = priorities.decided_by
    if decided is None:
        return ("Er is nog geen prioriteringsronde afgesloten: de plaats van een drempel volgt "
                "voorlopig uit zijn score.")
    return (f"De plaatsen komen uit de laatst afgesloten prioriteringsronde, van "
            f"{decided.held_on:%d-%m-%Y} ({METHODS.label(decided.method, 'nl')}). De eerste "
            f"{follow_up.PRIORITY_TOP} plaatsen van die ronde, en de drempels die de werkgroep "
            "als prioriteit of in actie markeerde, zijn de prioriteiten van deze cyclus.")


def gather(db: TrajectoryDatabase, today: date, partner: str | None = None) -> SignalBundle:
    """`fates`, with personal data nobody confirmed replaced by neutral words."""
    screen = export_screen(db)
    bundle = screen.walk(fates(db, today, partner))
    return replace(bundle, masked=tuple(m.describe() for m in screen.masked))


def write_signal_report(db: TrajectoryDatabase, today: date, *, pdf: Path | None = None,
                        xlsx: Path | None = None, partner: str | None = None,
                        progress: Callable[[int, int, str], None] | None = None,
                        ) -> SignalBundle:
    """Gather the signals and their fate once and write them as a PDF and/or a workbook."""
    for path in (pdf, xlsx):
        if path is not None:
            refuse_own_file(db, path)
    bundle = gather(db, today, partner)
    if pdf is not None:
        from ..exchange.signal_report_pdf import write_signal_report_pdf

        write_signal_report_pdf(pdf, bundle, progress)
    if xlsx is not None:
        from ..exchange.report_xlsx import write_signal_report_xlsx

        write_signal_report_xlsx(xlsx, bundle)
    return bundle
