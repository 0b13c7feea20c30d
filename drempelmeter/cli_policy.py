"""Policy signals on the command line: `policy FILE` lists them, `policy FILE N --pdf OUT.pdf`
writes the letter of policy signal N."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_output import EXIT_OK, EXIT_USAGE, say, say_masked

COMMANDS = ("policy",)


def cmd_policy(args: argparse.Namespace) -> int:
    from datetime import date

    from .domain.policy import POLICY_LEVELS, POLICY_STATUSES
    from .services import policy_signals
    from .services.trajectory import open_trajectory

    if args.number is not None and args.pdf is None:
        say("drempelmeter policy: say where to write the letter: --pdf OUT.pdf", error=True)
        return EXIT_USAGE
    db = open_trajectory(args.file, read_only=True)
    try:
        if args.number is None:
            found = policy_signals.list_policy_signals(db)
            for record in found:
                say(f"{record.number}. {record.subject} — to "
                    f"{record.addressee or POLICY_LEVELS.label(record.level, 'en')} "
                    f"({POLICY_LEVELS.label(record.level, 'en')}): "
                    f"{POLICY_STATUSES.label(record.status, 'en').lower()}")
            if not found:
                say("No policy signals yet: mark a barrier supra-local and make one in the app.")
            return EXIT_OK
        record = policy_signals.find_by_number(db, args.number)
        letter = policy_signals.write_letter(db, record.id, date.today(), args.pdf)
    finally:
        db.close()
    say(f"The letter of policy signal {letter.number} ({letter.subject}) written to {args.pdf}")
    say_masked(letter.masked, args.pdf)
    return EXIT_OK


def add_commands(commands) -> None:
    """Add `policy` to the headless parser's commands."""
    policy = commands.add_parser("policy", help="list the policy signals, or write the letter "
                                 "of one as a PDF")
    policy.add_argument("file", type=Path, metavar="FILE", help="the trajectory file")
    policy.add_argument("number", type=int, nargs="?", metavar="N",
                        help="the policy signal's number (as the list shows it)")
    policy.add_argument("--pdf", type=Path, metavar="OUT.pdf",
                        help="write the letter of policy signal N to this file")
    policy.set_defaults(run=cmd_policy)
