"""The follow-up form commands: `followup` writes a trekker's or partner's form,
`followup-import` reads a filled one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_output import (
    EXIT_OK,
    EXIT_USER_ERROR,
    counted,
    say,
    say_if_open,
    say_masked,
    say_problems,
)

COMMANDS = ("followup", "followup-import")


def cmd_followup(args: argparse.Namespace) -> int:
    from .services.followup_forms import actions_for, export_followup
    from .services.trajectory import open_trajectory

    db = open_trajectory(args.file, read_only=True)
    try:
        name, _ = actions_for(db, owner=args.owner, partner=args.partner)  # as the file spells it
        exported = export_followup(db, args.out, owner=args.owner, partner=args.partner)
    finally:
        db.close()
    whom = f"owner {name}" if args.owner is not None else f"partner {name}"
    say(f"Follow-up form for {whom} written to {args.out} "
        f"({counted(exported.count, 'action')})")
    say_masked(exported.masked, args.out)
    return EXIT_OK


def cmd_followup_import(args: argparse.Namespace) -> int:
    from .domain.plan import ACTION_STATUSES
    from .services.followup_forms import import_followup
    from .services.trajectory import open_trajectory

    say_if_open(args.form)
    # No backup at opening: the import takes its own just before it writes.
    db = open_trajectory(args.file, back_up=False)
    try:
        report = import_followup(db, args.form, dry_run=args.dry_run)
    finally:
        db.close()
    say_problems(report)
    if report.problems:
        say(f"drempelmeter: {args.form}: nothing imported: "
            f"{counted(len(report.problems), 'problem')} in "
            f"{counted(len({p.row for p in report.problems}), 'row')}", error=True)
        return EXIT_USER_ERROR
    if not (report.changes or report.unchanged or report.values or report.values_unchanged):
        say(f"drempelmeter: {args.form}: nothing imported: no action's row is filled in",
            error=True)
        return EXIT_USER_ERROR
    for change in report.changes:
        before = ACTION_STATUSES.label(change.before, "en")
        after = ACTION_STATUSES.label(change.after, "en")
        moved = f"{before} → {after}" if before != after else f"still {after.lower()}"
        say(f"  action {change.number} {change.title}: {moved}"
            f"{' (corrected report)' if change.updated else ''}")
    for value in report.values:
        shown = f"{value.value:g} {value.unit}".strip()
        say(f"  action {value.number}, {value.name}: {shown} on {value.on:%d-%m-%Y}"
            f"{' (corrected value)' if value.updated else ''}")
    verb = "would record" if args.dry_run else "recorded"
    say(f"{args.form}: {verb} the report of {report.reporter} for {report.partner_name}: "
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged; "
        f"{counted(len(report.values), 'indicator value')} new or corrected, "
        f"{report.values_unchanged} unchanged")
    return EXIT_OK


def add_commands(commands) -> None:
    """Add the follow-up form commands to the headless parser's subcommands."""
    form = commands.add_parser("followup", help="write the follow-up form of an action owner "
                               "(trekker) or a partner: their actions, to report on")
    form.add_argument("file", type=Path, metavar="FILE", help="the trajectory file")
    whom = form.add_mutually_exclusive_group(required=True)
    whom.add_argument("--owner", metavar="NAME",
                      help="the owner (trekker) of the actions, as the plan names them")
    whom.add_argument("--partner", metavar="NAME",
                      help="a partner: the actions it carries or works on")
    form.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.xlsx")
    form.set_defaults(run=cmd_followup)
    filled = commands.add_parser("followup-import", help="import a filled follow-up form")
    filled.add_argument("file", type=Path, metavar="FILE")
    filled.add_argument("form", type=Path, metavar="FORM.xlsx")
    filled.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    filled.set_defaults(run=cmd_followup_import)
