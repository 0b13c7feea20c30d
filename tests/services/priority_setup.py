"""Two hand-made trajectories whose priorities have ties, built through the services, with the
order a coach reads off them worked out by hand (see each builder's docstring).

Score = severity × frequency (rarely 1, monthly 2, weekly 3, daily 4) × partners, each to its
weight. Within a shared place the higher score comes first, then the title.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from drempelmeter.domain.prioritisation import Weights
from drempelmeter.services import barriers, partners, prioritisation, signals
from drempelmeter.services.records import PartnerRecord, SignalRecord, TrajectoryRecord
from drempelmeter.services.trajectory import create_trajectory
from drempelmeter.store.database import TrajectoryDatabase

NORTH, SOUTH = "Partner Noord", "Partner Zuid"


def _barrier(db: TrajectoryDatabase, key: str, title: str, partner_ids: tuple[str, ...],
             severity: int, frequency: str) -> None:
    """A barrier of one signal per partner, with the severity and frequency given."""
    ids = []
    for partner_id in partner_ids:
        signal_id = f"{key}-{partner_id}"
        signals.add_signal(db, SignalRecord(signal_id, partner_id, f"Signaal over {title}",
                                            "bekendheid", severity=severity,
                                            frequency=frequency))
        ids.append(signal_id)
    barriers.create_barrier(db, key, title, ids)


def _start(path: Path, name: str) -> TrajectoryDatabase:
    db = create_trajectory(path, TrajectoryRecord(name=name))
    partners.add_partner(db, PartnerRecord("p1", NORTH, "core", "caw"))
    partners.add_partner(db, PartnerRecord("p2", SOUTH, "core", "caw"))
    return db


#: same_day_rounds: first priority first.
SAME_DAY_ORDER = ["Wachtlijst bij het onthaal", "Website niet toegankelijk",
                  "Formulieren in moeilijke taal", "Geen tolk beschikbaar",
                  "Openingsuren te beperkt", "Kosten van vervoer"]
SAME_DAY_PLACES = [1, 1, 3, 4, 5, 6]


def same_day_rounds(path: Path) -> Path:
    """Two rounds held and closed on the same day: a dot vote, then a MoSCoW round that was
    closed later that day and decides (its id sorts first, so neither the id nor the order of
    the list picks it). MoSCoW: two Musts (w 4, s 1 by score), a Should, a Could; "Openingsuren"
    not chosen; "Kosten" bundled after the rounds. The saved weights (reach 3) put
    "Openingsuren" (2 × 2 × 2³ = 32) before "Kosten" (4 × 3 × 1 = 12), which the default
    weights would not (8 against 12). Had the dot vote decided: tolk, openingsuren, formulieren.
    """
    db = _start(path, "Twee rondes op één dag")
    specs = (("w", "Wachtlijst bij het onthaal", ("p1",), 2, "monthly"),
             ("f", "Formulieren in moeilijke taal", ("p1", "p2"), 3, "weekly"),
             ("t", "Geen tolk beschikbaar", ("p2",), 4, "daily"),
             ("s", "Website niet toegankelijk", ("p1",), 1, "rarely"),
             ("o", "Openingsuren te beperkt", ("p1", "p2"), 2, "monthly"))
    for spec in specs:
        _barrier(db, *spec)
    day = date(2026, 3, 10)
    keys = [key for key, *_rest in specs]
    prioritisation.start_round(db, "z-dots", "dots", day, ["An", "Bo", "Cor"], keys,
                               {"budget": 2})
    for key, dots in (("t", 3), ("o", 2), ("f", 1)):
        prioritisation.set_inputs(db, "z-dots", key, {"votes": {"tally": dots}})
    prioritisation.close_round(db, "z-dots", "Eerste stemming.", day)
    prioritisation.start_round(db, "a-moscow", "moscow", day, ["An", "Bo", "Cor"], keys)
    for key, choice in (("w", "must"), ("s", "must"), ("f", "should"), ("t", "could")):
        prioritisation.set_inputs(db, "a-moscow", key, {"moscow": choice})
    prioritisation.close_round(db, "a-moscow", "Na de stemming in MoSCoW gegoten.", day)
    _barrier(db, "k", "Kosten van vervoer", ("p1",), 4, "weekly")
    prioritisation.set_weights(db, Weights(1.0, 1.0, 3.0))
    db.close()
    return path


#: tied_ranks: first priority first.
TIED_ORDER = ["Aanvraag enkel online", "Computer niet beschikbaar", "Eigen bijdrage te hoog",
              "Doorverwijzing zonder overdracht", "Brieven in moeilijke taal",
              "Huisbezoek niet mogelijk"]
TIED_PLACES = [1, 1, 3, 3, 5, 6]


def tied_ranks(path: Path) -> Path:
    """A dot vote whose tally ties twice (a and c 3 dots, d and e 1, b none: ranks 1, 1, 3, 3,
    5), closed after an earlier score round and beside a later round still open; "Huisbezoek"
    bundled after the vote comes last although it has the highest score. Within the ties: a
    (2 × 3 = 6) before c (1), e (3 × 4 = 12) before d (2 × 2 × 2 = 8). The third place is
    shared, so the summary's first three are four."""
    db = _start(path, "Gelijke plaatsen")
    specs = (("a", "Aanvraag enkel online", ("p1",), 2, "weekly"),
             ("b", "Brieven in moeilijke taal", ("p2",), 4, "daily"),
             ("c", "Computer niet beschikbaar", ("p1",), 1, "rarely"),
             ("d", "Doorverwijzing zonder overdracht", ("p1", "p2"), 2, "monthly"),
             ("e", "Eigen bijdrage te hoog", ("p2",), 3, "daily"))
    for spec in specs:
        _barrier(db, *spec)
    keys = [key for key, *_rest in specs]
    prioritisation.start_round(db, "score", "score", date(2026, 2, 1), ["An"], keys)
    prioritisation.close_round(db, "score", "Eerst op score.", date(2026, 2, 1))
    prioritisation.start_round(db, "vote", "dots", date(2026, 3, 1), ["An", "Bo", "Cor"], keys)
    for key, dots in (("a", 3), ("c", 3), ("d", 1), ("e", 1)):
        prioritisation.set_inputs(db, "vote", key, {"votes": {"tally": dots}})
    prioritisation.close_round(db, "vote", "Stemming met de werkgroep.", date(2026, 3, 2))
    prioritisation.start_round(db, "open", "impact_effort", date(2026, 3, 5), ["An"], keys)
    prioritisation.set_inputs(db, "open", "b", {"impact": 5, "effort": 1})
    _barrier(db, "h", "Huisbezoek niet mogelijk", ("p1",), 4, "daily")
    db.close()
    return path


#: Per builder: the region's order and places, and per partner the first priorities it sees.
CASES = {
    "same_day": (same_day_rounds, SAME_DAY_ORDER, SAME_DAY_PLACES, {
        NORTH: ["Wachtlijst bij het onthaal", "Website niet toegankelijk",
                "Formulieren in moeilijke taal"],
        SOUTH: ["Formulieren in moeilijke taal", "Geen tolk beschikbaar",
                "Openingsuren te beperkt"]}),
    "tied": (tied_ranks, TIED_ORDER, TIED_PLACES, {
        NORTH: ["Aanvraag enkel online", "Computer niet beschikbaar",
                "Doorverwijzing zonder overdracht"],
        SOUTH: ["Eigen bijdrage te hoog", "Doorverwijzing zonder overdracht",
                "Brieven in moeilijke taal"]}),
}
