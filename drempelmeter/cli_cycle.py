"""The next cycle and the actions due on the command line: `next-cycle` and `overdue`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .cli_output import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, counted, say

COMMANDS = ("next-cycle", "overdue")


def cmd_next_cycle(args: argparse.Namespace) -> int:
    from .services import vocabularies
    from .services.next_cycle import NextCycle, cycle_number, default_name, start_next_cycle
    from .services.trajectory import get_trajectory, open_trajectory
    from .store.database import EXTENSION

    # as the window does: the file is a .drempel, or the next cycle could not find it beside it
    out = args.out if args.out.suffix.lower() == EXTENSION else args.out.with_name(
        args.out.name + EXTENSION)
    db = open_trajectory(args.file, read_only=True)
    try:
        details = get_trajectory(db)
        own = vocabularies.effective(db).target_groups
        found = [own.find(given) for given in args.target_group or ()]
        if None in found:
            unknown = args.target_group[found.index(None)]
            say(f"drempelmeter next-cycle: no target group '{unknown}'; the trajectory's are: "
                + "; ".join(f"{t.key} ({t.nl})" for t in own.offered()), error=True)
            return EXIT_USER_ERROR
        groups = (tuple(t.key for t in own if t in found) if found
                  else details.target_groups)
        made = start_next_cycle(db, out, NextCycle(
            args.name or default_name(details.name, cycle_number(db) + 1), groups,
            args.start or date.today()))
    finally:
        db.close()
    baseline = (f"baseline: {made.baseline_round}" if made.baseline_round
                else "no closed measurement round to take as its baseline")
    say(f"Cycle {made.cycle_number} written to {made.path}: "
        f"{counted(made.partners, 'partner')}, {counted(made.participants, 'participant')}, "
        f"{counted(made.barriers, 'open barrier')} and "
        f"{counted(made.actions, 'unfinished action')} carried over; {baseline}")
    return EXIT_OK


def cmd_overdue(args: argparse.Namespace) -> int:
    from .domain.cycle import per_owner
    from .domain.plan import ACTION_STATUSES
    from .services.due_actions import MAX_DAYS, by_owner, evaluations, rhythm, undated
    from .services.trajectory import open_trajectory

    if not 0 <= args.days <= MAX_DAYS:
        say(f"drempelmeter overdue: --days must be from 0 to {MAX_DAYS}", error=True)
        return EXIT_USAGE
    today = date.today()
    db = open_trajectory(args.file, read_only=True)
    try:
        owners = by_owner(db, today, args.days)
        no_end = undated(db)
        to_evaluate = evaluations(db, today, args.days)
        months = rhythm(db)
    finally:
        db.close()
    if not owners:
        say(f"No action is overdue or due within {counted(args.days, 'day')}.")
    for owner, actions in owners:
        say(f"{owner or '(no owner)'}:")
        for a in actions:
            when = (f"overdue by {counted(-a.days, 'day')}" if a.days < 0
                    else "due today" if a.days == 0 else f"due in {counted(a.days, 'day')}")
            say(f"  {a.number} {a.title} — planned end {a.due_on:%d-%m-%Y}, {when} "
                f"({ACTION_STATUSES.label(a.status, 'en').lower()})")
    if no_end:
        say(f"Never listed, as they have no planned end date: {', '.join(no_end)}")
    say(f"Sounding board (klankgroep) evaluations, every {months} months from the "
        "last one or from the action's start:")
    if not to_evaluate:
        say(f"  none late, to plan or due within {counted(args.days, 'day')}.")
    for owner, due in per_owner(to_evaluate):
        say(f"  {owner or '(no owner)'}:")
        for e in due:
            last = f"last {e.last_on:%d-%m-%Y}" if e.last_on else "none since its start"
            state = (f"late by {counted(-e.days, 'day')}" if e.days < 0
                     else f"to plan by {e.due_on:%d-%m-%Y}")
            say(f"    {e.number} {e.title} — evaluation {state} ({last})")
    return EXIT_OK


def add_commands(commands) -> None:  # type: ignore[no-untyped-def]
    """Add `next-cycle` and `overdue` to the command line's subcommands."""
    cycle = commands.add_parser("next-cycle", help="start the next cycle: a new, linked "
                                "trajectory with the partners, open barriers, unfinished "
                                "actions and the last measurement as its baseline")
    cycle.add_argument("file", type=Path, metavar="FILE")
    cycle.add_argument("-o", "--out", type=Path, required=True, metavar="NEW.drempel")
    cycle.add_argument("--name", help="the new cycle's name (default: the name, cycle N)")
    cycle.add_argument("--target-group", action="append", metavar="KEY",
                       help="a target group of the new cycle, by key or name (repeat for more; "
                       "default: those of FILE)")
    cycle.add_argument("--start", type=date.fromisoformat, metavar="YYYY-MM-DD",
                       help="the new cycle's start date (default: today)")
    cycle.set_defaults(run=cmd_next_cycle)
    due = commands.add_parser("overdue", help="the actions overdue or due soon, and those whose "
                              "sounding board evaluation is late or to plan, per owner (for a "
                              "reminder you write yourself)")
    due.add_argument("file", type=Path, metavar="FILE")
    due.add_argument("--days", type=int, default=30, metavar="N",
                     help="due soon: the planned end (or the next sounding board evaluation) "
                     "within N days (default 30)")
    due.set_defaults(run=cmd_overdue)
