"""Crash-harness edits: random edits of a trajectory, each with the values it changes."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from drempelmeter.services import decisions, partners, signals
from drempelmeter.services.records import (
    DecisionRecord,
    ParticipantRecord,
    PartnerRecord,
    SignalRecord,
)
from drempelmeter.services.trajectory import TrajectoryDatabase

#: Letters only: a description without digits is never screened as personal data.
LETTERS = "bcdfghjklmnpqrstvwxz"
B_KEYS = ("bekendheid", "bereikbaarheid", "beschikbaarheid", "betaalbaarheid")
STATUSES = ("noticed", "bundled", "analysed", "in_action", "reported_back")
NO_PARTNER = "-"

#: A value per key ("partner:ID", "participant:ID", "participant-partner:ID", "signal:ID",
#: "status:ID", "decision:ID"); None means the row is not there.
Values = dict[str, str | None]


@dataclass(frozen=True)
class Edit:
    """One edit: the values it finds and leaves, as a service call and as an undo command."""

    label: str
    before: Values
    after: Values
    call: Callable[[TrajectoryDatabase], object] | None = None
    #: (function name in drempelmeter.ui.edits, its arguments after the document)
    command: tuple[str, tuple[object, ...]] | None = None


@dataclass(frozen=True)
class Snapshot:
    """What the file holds now, read through the services before each edit."""

    partners: list[PartnerRecord]
    participants: list[ParticipantRecord]
    signals: list[SignalRecord]

    @classmethod
    def read(cls, db: TrajectoryDatabase) -> Snapshot:
        return cls(partners.list_partners(db), partners.list_participants(db),
                   signals.list_signals(db))


class EditMaker:
    """Draws edits from a seeded generator; remembers which rows it added (only those go).

    The signals of `spared` (a partner) are never added, rewritten or removed: they hold the
    rows of the bundle import, which is judged by them.
    """

    def __init__(self, rng: random.Random, *, removals: bool, spared: str | None = None) -> None:
        self.rng = rng
        self.spared = spared
        self.added_partners: set[str] = set()
        self.added_signals: set[str] = set()
        makers = [(self.add_partner, 2), (self.edit_partner, 1), (self.add_participant, 2),
                  (self.add_signal, 4), (self.edit_signal, 3), (self.set_status, 2),
                  (self.save_decision, 1), (self.remove_signals, 1)]
        if removals:
            makers.append((self.remove_partner, 2))
        self.makers = [m for m, _ in makers]
        self.weights = [w for _, w in makers]

    def next(self, snap: Snapshot) -> Edit:
        while True:
            made = self.rng.choices(self.makers, self.weights)[0](snap)
            if made is not None:
                return made

    def new_id(self) -> str:
        return f"stress-{self.rng.getrandbits(64):016x}"

    def words(self, lead: str) -> str:
        return f"{lead} {''.join(self.rng.choice(LETTERS) for _ in range(10))}"

    def add_partner(self, _snap: Snapshot) -> Edit:
        record = PartnerRecord(self.new_id(), self.words("Stresspartner"), "core", "caw")
        self.added_partners.add(record.id)
        key = f"partner:{record.id}"
        return Edit("add_partner", {key: None}, {key: record.name},
                    lambda db: partners.add_partner(db, record), ("add_partner", (record,)))

    def edit_partner(self, snap: Snapshot) -> Edit:
        old = self.rng.choice(snap.partners)
        new = replace(old, name=self.words("Partner"))
        key = f"partner:{old.id}"
        return Edit("edit_partner", {key: old.name}, {key: new.name},
                    lambda db: partners.update_partner(db, new), ("edit_partner", (old, new)))

    def add_participant(self, snap: Snapshot) -> Edit:
        partner = self.rng.choice(snap.partners)
        record = ParticipantRecord(self.new_id(), self.words("Deelnemer"), "policy_worker",
                                   partner.id, ("working",))
        keys = (f"participant:{record.id}", f"participant-partner:{record.id}")
        return Edit("add_participant", dict.fromkeys(keys),
                    dict(zip(keys, (record.name, partner.id), strict=True)),
                    lambda db: partners.add_participant(db, record),
                    ("add_participant", (record,)))

    def add_signal(self, snap: Snapshot) -> Edit:
        partner = self.rng.choice([p for p in snap.partners if p.id != self.spared])
        record = SignalRecord(self.new_id(), partner.id,
                              self.words("Stresstest: signaal"), self.rng.choice(B_KEYS))
        self.added_signals.add(record.id)
        keys = (f"signal:{record.id}", f"status:{record.id}")
        return Edit("add_signal", dict.fromkeys(keys),
                    dict(zip(keys, (record.description, record.status), strict=True)),
                    lambda db: signals.add_signal(db, record), ("add_signal", (record,)))

    def edit_signal(self, snap: Snapshot) -> Edit:
        old = self.rng.choice([s for s in snap.signals if s.partner_id != self.spared])
        new = replace(old, description=self.words("Herschreven signaal"))
        key = f"signal:{old.id}"
        return Edit("edit_signal", {key: old.description}, {key: new.description},
                    lambda db: signals.update_signal(db, new), ("edit_signal", (old, new)))

    def set_status(self, snap: Snapshot) -> Edit:
        chosen = self.rng.sample(snap.signals, self.rng.randint(1, 3))
        status = self.rng.choice(STATUSES)
        keys = [f"status:{r.id}" for r in chosen]
        statuses = {r.id: status for r in chosen}
        return Edit("set_status", {k: r.status for k, r in zip(keys, chosen, strict=True)},
                    dict.fromkeys(keys, status), lambda db: signals.set_status(db, statuses),
                    ("set_signal_status", (chosen, status)))

    def save_decision(self, _snap: Snapshot) -> Edit:
        record = DecisionRecord(self.new_id(), date(2026, 5, 4), "coach",
                                self.words("Stresstest: besluit"), 2)
        key = f"decision:{record.id}"
        return Edit("save_decision", {key: None}, {key: record.text},
                    lambda db: decisions.save_decision(db, record),
                    ("save_decision", (None, record)))

    def remove_signals(self, snap: Snapshot) -> Edit | None:
        ours = [s for s in snap.signals if s.id in self.added_signals]
        if not ours:
            return None
        chosen = self.rng.sample(ours, min(len(ours), self.rng.randint(1, 2)))
        before: Values = {}
        for record in chosen:
            before[f"signal:{record.id}"] = record.description
            before[f"status:{record.id}"] = record.status
        ids = [r.id for r in chosen]
        return Edit("remove_signals", before, dict.fromkeys(before),
                    lambda db: signals.remove_signals(db, ids), ("remove_signals", (chosen,)))

    def remove_partner(self, snap: Snapshot) -> Edit | None:
        used = {s.partner_id for s in snap.signals}
        ours = [p for p in snap.partners if p.id in self.added_partners and p.id not in used]
        if not ours:
            return None
        record = self.rng.choice(ours)
        linked = [p.id for p in snap.participants if p.partner_id == record.id]
        before: Values = {f"partner:{record.id}": record.name}
        before.update((f"participant-partner:{i}", record.id) for i in linked)
        after: Values = {f"partner:{record.id}": None}
        after.update((f"participant-partner:{i}", NO_PARTNER) for i in linked)
        return Edit("remove_partner", before, after,
                    lambda db: partners.remove_partner(db, record.id),
                    ("remove_partner", (record,)))
