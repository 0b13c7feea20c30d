"""What became of each signal, as the rows and lines every report that shows it prints."""

from __future__ import annotations

from ..domain.report import BarrierFate, FateAction, SignalBundle, SignalFate


def action_line(action: FateAction) -> str:
    """An action as a partner reads it: its number, title, status and owner."""
    return f"Actie {action.number}: {action.title} ({action.status}; trekker: {action.owner})"


def barrier_facts(barrier: BarrierFate) -> list[tuple[str, str]]:
    """What a barrier's heading is followed by: its B, place, round, outcome, actions and
    policy signals."""
    return [("B", barrier.b), ("Plaats in de prioriteiten", barrier.place),
            ("Ronde", barrier.round), ("Wat ermee gebeurde", barrier.outcome),
            *(("Actie", action_line(a)) for a in barrier.actions),
            *(("Beleidssignaal", line) for line in barrier.policy),
            ("Bundelt", f"{barrier.signals} {'signaal' if barrier.signals == 1 else 'signalen'}"
                        f" van {barrier.partners} "
                        f"{'partner' if barrier.partners == 1 else 'partners'}")]


def ordered(bundle: SignalBundle) -> list[SignalFate]:
    """The signals, bundled ones in the order of their barriers' priorities, then the others
    by B."""
    place = {b.barrier_id: n for n, b in enumerate(bundle.barriers)}
    b_order = {b: n for n, b in enumerate(bundle.b_labels)}
    return sorted(bundle.signals, key=lambda s: (
        s.barrier_id is None, place.get(s.barrier_id or "", 0), b_order.get(s.b, 0)))


def fate_columns(bundle: SignalBundle) -> list[str]:
    return ["Signaal", *([] if bundle.partner else ["Partner"]), "B", "Drempel", "Plaats",
            "Ronde", "Wat ermee gebeurde", "Actie, stand en trekker"]


def fate_rows(bundle: SignalBundle) -> list[tuple[str, ...]]:
    """A row per signal (see `fate_columns`), in the order of `ordered`."""
    rows = []
    for signal in ordered(bundle):
        barrier = bundle.barrier(signal.barrier_id)
        rows.append((signal.text, *(() if bundle.partner else (signal.partner,)), signal.b,
                     barrier.title if barrier else "", barrier.place if barrier else "",
                     barrier.round if barrier else "", signal.outcome,
                     "\n".join(action_line(a) for a in barrier.actions) if barrier else ""))
    return rows
