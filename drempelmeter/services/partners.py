"""Partners and participants: add, edit, remove and restore (for undo)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, TypeVar

from ..domain.organisation import PARTNER_KINDS
from ..domain.terms import normalise
from ..domain.vocabularies import Vocabularies
from ..store.database import TrajectoryDatabase
from . import personal_data, vocabularies
from .base_records import ParticipantRecord, PartnerRecord, RemovedParticipant, RemovedPartner
from .errors import InvalidInput
from .validation import clean_text, existing, known_key, known_keys, refuse_if_changed

if TYPE_CHECKING:
    from ..store.models import Participant, Partner
# The ORM models and the queries on them are imported in the functions that use them: the
# first window needs none of them, and their set-up is a sixth of the start-up (#14).


class Named(Protocol):
    @property
    def name(self) -> str: ...


N = TypeVar("N", bound=Named)


def find_partner(known: Iterable[N], name: str) -> N:
    """The partner a user means by `name` (`--partner`, a bundle's info): its exact name, or
    the one partner whose name is the same but for case, accents and spaces. Else InvalidInput
    with every partner's name as its choices."""
    known = list(known)
    exact = [p for p in known if p.name == name]
    alike = exact or [p for p in known if normalise(p.name) == normalise(name)]
    if len(alike) != 1:
        raise InvalidInput("partner", InvalidInput.NOT_FOUND, name,
                           tuple(p.name for p in known))
    return alike[0]


def _partner_record(row: Partner) -> PartnerRecord:
    return PartnerRecord(id=row.id, name=row.name, kind=row.kind, type=row.type,
                         position=row.position)


def _participant_record(row: Participant) -> ParticipantRecord:
    return ParticipantRecord(id=row.id, name=row.name, role=row.role, partner_id=row.partner_id,
                             groups=tuple(row.groups))


def list_partners(db: TrajectoryDatabase) -> list[PartnerRecord]:
    """Every partner, from the table's columns (no object loaded)."""
    from ..store import queries
    with db.session() as session:
        return [PartnerRecord(*row) for row in queries.partner_rows(session)]


def list_participants(db: TrajectoryDatabase) -> list[ParticipantRecord]:
    from ..store import queries
    with db.session() as session:
        return [_participant_record(p) for p in queries.participants(session)]


def _check_partner(session, record: PartnerRecord, lists: Vocabularies) -> PartnerRecord:
    from ..store import queries
    name = clean_text("name", record.name, required=True)
    same = queries.partner_named(session, name)
    if same is not None and same.id != record.id:
        raise InvalidInput("name", InvalidInput.DUPLICATE, name)
    return PartnerRecord(
        id=record.id, name=name, kind=known_key("kind", PARTNER_KINDS, record.kind),
        type=known_key("type", lists.partner_types, record.type), position=record.position,
    )


def add_partner(db: TrajectoryDatabase, record: PartnerRecord) -> PartnerRecord:
    """Add a partner with the id in `record`, placed after the others unless a position is set."""
    from ..store import queries
    from ..store.models import Partner
    with db.session() as session:
        record = _check_partner(session, record, vocabularies.effective(db))
        personal_data.check(session, "partner", record.id, "name", record.name)
        trajectory = queries.trajectory(session)
        position = record.position or 1 + max((p.position for p in trajectory.partners), default=0)
        session.add(Partner(id=record.id, trajectory_id=trajectory.id, name=record.name,
                            kind=record.kind, type=record.type, position=position))
        return PartnerRecord(record.id, record.name, record.kind, record.type, position)


def _write_partner(row, record: PartnerRecord) -> None:
    row.name, row.kind, row.type = record.name, record.kind, record.type


def update_partner(
    db: TrajectoryDatabase, record: PartnerRecord, expected: PartnerRecord | None = None
) -> None:
    """Write the partner; refused (ChangedElsewhere) when it no longer is as `expected`."""
    from ..store.models import Partner
    with db.session() as session:
        row = existing(session, Partner, record.id)
        refuse_if_changed(db, row, _write_partner, expected, "partner",
                          lambda r: _check_partner(session, r, vocabularies.effective(db)))
        record = _check_partner(session, record, vocabularies.effective(db))
        personal_data.check(session, "partner", record.id, "name", record.name)
        _write_partner(row, record)


def remove_partner(db: TrajectoryDatabase, partner_id: str) -> RemovedPartner:
    """Remove a partner; its participants stay, without a partner. Returns what undo needs.

    A partner that has signals or questionnaire responses is refused: they would be lost.
    """
    from ..store import queries
    from ..store.models import Partner
    with db.session() as session:
        row = existing(session, Partner, partner_id)
        if queries.signal_count_of_partner(session, partner_id) or \
                queries.respondent_count_of_partner(session, partner_id):
            raise InvalidInput("partner", InvalidInput.IN_USE, row.name)
        linked = tuple(p.id for p in queries.participants_of_partner(session, partner_id))
        removed = RemovedPartner(_partner_record(row), linked)
        session.delete(row)
        return removed


def restore_partner(db: TrajectoryDatabase, removed: RemovedPartner) -> None:
    """Undo `remove_partner`: the partner comes back with its participants linked again."""
    from ..store.models import Participant
    add_partner(db, removed.partner)
    with db.session() as session:
        for participant_id in removed.participant_ids:
            existing(session, Participant, participant_id).partner_id = removed.partner.id


def _check_participant(session, record: ParticipantRecord,
                       lists: Vocabularies) -> ParticipantRecord:
    from ..store.models import Partner
    if record.partner_id is not None:
        existing(session, Partner, record.partner_id)
    return ParticipantRecord(
        id=record.id, name=clean_text("name", record.name, required=True),
        role=known_key("role", lists.participant_roles, record.role), partner_id=record.partner_id,
        groups=tuple(known_keys("groups", lists.groups, record.groups)),
    )


def add_participant(db: TrajectoryDatabase, record: ParticipantRecord) -> None:
    from ..store import queries
    from ..store.models import Participant
    with db.session() as session:
        record = _check_participant(session, record, vocabularies.effective(db))
        personal_data.check(session, "participant", record.id, "name", record.name)
        session.add(Participant(
            id=record.id, trajectory_id=queries.trajectory(session).id, name=record.name,
            role=record.role, partner_id=record.partner_id, groups=list(record.groups),
        ))


def _write_participant(row, record: ParticipantRecord) -> None:
    row.name, row.role, row.partner_id = record.name, record.role, record.partner_id
    row.groups = list(record.groups)


def update_participant(
    db: TrajectoryDatabase, record: ParticipantRecord, expected: ParticipantRecord | None = None
) -> None:
    """Write the participant; refused when it no longer is as `expected`."""
    from ..store.models import Participant
    with db.session() as session:
        row = existing(session, Participant, record.id)
        refuse_if_changed(db, row, _write_participant, expected, "participant",
                          lambda r: _check_participant(session, r, vocabularies.effective(db)))
        record = _check_participant(session, record, vocabularies.effective(db))
        personal_data.check(session, "participant", record.id, "name", record.name)
        _write_participant(row, record)


def remove_participant(db: TrajectoryDatabase, participant_id: str) -> RemovedParticipant:
    """Remove a participant and their attendance; returns what undo needs to restore both."""
    from ..store import queries
    from ..store.models import Participant
    with db.session() as session:
        row = existing(session, Participant, participant_id)
        removed = RemovedParticipant(
            _participant_record(row), tuple(queries.sessions_attended_by(session, participant_id))
        )
        session.delete(row)
        return removed


def restore_participant(db: TrajectoryDatabase, removed: RemovedParticipant) -> None:
    from ..store.models import Attendance
    add_participant(db, removed.participant)
    with db.session() as session:
        for session_id in removed.session_ids:
            session.add(Attendance(session_id=session_id, participant_id=removed.participant.id))

