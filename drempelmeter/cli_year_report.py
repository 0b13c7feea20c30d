"""The yearly realisation report on the command line: `report FILE --year YEAR --pdf OUT.pdf
[--xlsx OUT.xlsx]` (the option and its check live on the report command in cli.py)."""

from __future__ import annotations

import argparse

from .cli_output import EXIT_OK, EXIT_USAGE, say, say_masked


def cmd_year_report(args: argparse.Namespace) -> int:
    from datetime import date

    from .services.trajectory import open_trajectory
    from .services.year_report import write_year_report

    if args.partner is not None or args.signals:
        say("drempelmeter report: --year is the region's report: leave out --partner and "
            "--signals", error=True)
        return EXIT_USAGE
    db = open_trajectory(args.file, read_only=True)
    try:
        data = write_year_report(db, args.year, date.today(), pdf=args.pdf, xlsx=args.xlsx)
    finally:
        db.close()
    say(f"The realisation report of {data.year} ({len(data.actions())} actions) written to "
        + " and ".join(str(p) for p in (args.pdf, args.xlsx) if p))
    say_masked(data.masked, args.pdf or args.xlsx)
    return EXIT_OK
