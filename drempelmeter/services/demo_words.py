"""The demo region's own words: a target group and a working group of its own, in use."""

from __future__ import annotations

from dataclasses import replace

from ..store.database import TrajectoryDatabase
from . import partners, signals, trajectory, vocabularies

#: The region's own target group, and the words that put a demo signal in it.
DEBT_GROUP = ("Gezinnen met schulden", "Families in debt")
DEBT_WORDS = ("schulden", "schuldbemiddeling")
#: The region's own working group, and the partners whose front-line workers sit in it.
RECEPTION_GROUP = ("Werkgroep onthaal en eerste gesprek", "Working group reception and first talk")
RECEPTION_PARTNERS = ("Sociaal Huis Demerstad", "OCMW Heuvelgem", "CAW Demervallei")


def add_demo_words(db: TrajectoryDatabase) -> None:
    """Add the demo's own terms and use them: on the signals about debts, on the trajectory's
    target groups and on the front-line workers of the reception working group."""
    debt = vocabularies.add_term(db, "target_groups", *DEBT_GROUP)
    reception = vocabularies.add_term(db, "groups", *RECEPTION_GROUP)
    details = trajectory.get_trajectory(db)
    trajectory.update_trajectory(db, replace(details, target_groups=(
        *details.target_groups, debt)))
    for record in signals.list_signals(db):
        if any(word in record.description for word in DEBT_WORDS):
            signals.update_signal(db, replace(record, target_groups=(
                *record.target_groups, debt)))
    named = {p.id: p.name for p in partners.list_partners(db)}
    for person in partners.list_participants(db):
        if person.role == "front_line_worker" and named.get(person.partner_id or "") in (
                RECEPTION_PARTNERS):
            partners.update_participant(db, replace(person, groups=(*person.groups, reception)))
