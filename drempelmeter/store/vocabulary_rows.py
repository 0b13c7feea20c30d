"""The region's vocabulary changes as plain records, and which keys of a list records use."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.vocabularies import Change
from .models import Decision, Participant, Partner, PlanAction, Signal, Trajectory, VocabularyTerm

#: Where each editable list's keys are stored: (column, holds a list of keys).
_USES = {
    "gbo_principles": ((Signal.gbo_principle, False), (PlanAction.principles, True)),
    "target_groups": ((Signal.target_groups, True), (Trajectory.target_groups, True)),
    "partner_types": ((Partner.type, False),),
    "groups": ((Participant.groups, True), (Decision.decided_by, False)),
    "participant_roles": ((Participant.role, False),),
    "life_domain_tags": ((Signal.tags, True),),
}


def save(session: Session, trajectory_id: str, change: Change) -> str:
    """Store `change` in place of what the region had for that term; returns its row's id."""
    row = session.scalars(select(VocabularyTerm).where(
        VocabularyTerm.vocabulary == change.vocabulary, VocabularyTerm.key == change.key)).first()
    if row is None:
        row = VocabularyTerm(trajectory_id=trajectory_id, vocabulary=change.vocabulary,
                             key=change.key)
        session.add(row)
    row.nl, row.en, row.retired, row.position = (change.nl, change.en, change.retired,
                                                 change.position)
    session.flush()
    return row.id


def forget(session: Session, vocabulary: str, keys: Iterable[str]) -> None:
    """Drop the region's changes of these terms (a default then reads as the default again)."""
    session.execute(delete(VocabularyTerm).where(
        VocabularyTerm.vocabulary == vocabulary, VocabularyTerm.key.in_(list(keys))))


def keys_in_use(session: Session, vocabulary: str) -> set[str]:
    """The keys of a list that some record holds (distinct values only are read)."""
    used: set[str] = set()
    for column, many in _USES.get(vocabulary, ()):
        for (value,) in session.execute(select(column).distinct()):
            if many:
                used.update(value or ())
            elif isinstance(value, str) and value:
                used.add(value)
    return used
