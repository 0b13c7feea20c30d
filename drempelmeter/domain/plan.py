"""The action plan's words, records and rules: the three questions, the follow-up statuses,
pillars → goals → actions as frozen records, how actions are numbered, when one is overdue, and
what the plan leaves uncovered."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from .terms import Term, Vocabulary

#: The three questions every action answers, as lists of points (the region's own shape).
QUESTIONS = Vocabulary(
    "plan_questions",
    (
        Term("concrete", "Hoe ziet het idee er concreet uit?", "What does the idea look like?"),
        Term("risks", "Hoe kan het initiatief mislukken?", "How could the initiative fail?"),
        Term("needs", "Wat is er dan nodig om het idee te doen slagen?",
             "What is needed to make it succeed?"),
    ),
)

ACTION_STATUSES = Vocabulary(
    "action_statuses",
    (
        Term("not_started", "Niet gestart", "Not started"),
        Term("running", "Lopend", "Running"),
        Term("done", "Uitgevoerd", "Done"),
        Term("adjusted", "Bijgestuurd", "Adjusted"),
        Term("stopped", "Gestopt", "Stopped"),
    ),
)

#: Statuses that need a note saying why.
NEEDS_REASON = frozenset({"adjusted", "stopped"})
#: Statuses after which a deadline no longer matters.
FINISHED = frozenset({"done", "stopped"})


def action_number(goal_number: int, position: int) -> str:
    """Actions are numbered per goal, the goals through the whole plan: 1.1, 1.2, 2.1, …"""
    return f"{goal_number}.{position}"


def is_overdue(due_on: date | None, status: str, today: date) -> bool:
    """Past its deadline and neither done nor stopped."""
    return due_on is not None and due_on < today and status not in FINISHED


@dataclass(frozen=True)
class Progress:
    """How many actions of a pillar are in each status, and how many are overdue."""

    counts: dict[str, int]
    overdue: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done_share(self) -> float:
        """The share of actions done, in percent (0 for no actions)."""
        return 100 * self.counts.get("done", 0) / self.total if self.total else 0.0


@dataclass(frozen=True)
class StatusStep:
    id: str
    status: str
    on: date
    note: str = ""


@dataclass(frozen=True)
class ActionRecord:
    id: str
    title: str
    concrete: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    owner: str = ""
    partners: tuple[str, ...] = ()
    starts_on: date | None = None
    due_on: date | None = None
    means: str = ""
    indicator: str = ""
    barrier_ids: tuple[str, ...] = ()
    bs: tuple[str, ...] = ()
    principles: tuple[str, ...] = ()
    moscow: str | None = None
    validated_on: date | None = None
    validation: str = ""
    reported_back: str = ""
    #: Read only: the number in the plan (1.1, 1.2, 2.1, …) and the follow-up, oldest first.
    number: str = ""
    history: tuple[StatusStep, ...] = ()

    @property
    def status(self) -> str:
        return self.history[-1].status if self.history else "not_started"


#: The fields an edit of an action writes (not its number or history).
ACTION_FIELDS = tuple(f.name for f in fields(ActionRecord) if f.name not in (
    "id", "number", "history"))
LIST_FIELDS = ("concrete", "risks", "needs", "partners", "barrier_ids", "bs", "principles")


@dataclass(frozen=True)
class GoalRecord:
    id: str
    title: str
    number: int
    actions: tuple[ActionRecord, ...] = ()


@dataclass(frozen=True)
class PillarRecord:
    id: str
    title: str
    goals: tuple[GoalRecord, ...] = ()

    def all_actions(self) -> list[ActionRecord]:
        return [a for g in self.goals for a in g.actions]


def all_actions(plan: list[PillarRecord]) -> list[ActionRecord]:
    return [a for p in plan for a in p.all_actions()]


@dataclass(frozen=True)
class Coverage:
    """What the plan leaves open."""

    #: priority barriers neither addressed by an action nor routed to a policy signal
    barriers_without_action: tuple[str, ...]
    bs_without_action: tuple[str, ...]
    principles_without_action: tuple[str, ...]
    actions_without_owner: tuple[str, ...]
    actions_without_deadline: tuple[str, ...]
