"""The action plan's words and rules: the three questions, the follow-up statuses, how actions
are numbered, and when one is overdue."""

from __future__ import annotations

from dataclasses import dataclass
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
