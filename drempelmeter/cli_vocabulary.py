"""A region's vocabularies on the command line: `vocabulary FILE` lists the terms it changed,
`--export OUT.yaml` writes every list to share, `--import IN.yaml [--dry-run]` takes one in."""

from __future__ import annotations

import argparse

from .cli_output import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, say
from .cli_yaml import add_file_options, misused

COMMANDS = ("vocabulary",)


def cmd_vocabulary(args: argparse.Namespace) -> int:
    from .exchange.vocabulary_file import VocabularyFileError
    from .services import vocabularies
    from .services.trajectory import open_trajectory

    if misused(args, "vocabulary"):
        return EXIT_USAGE
    db = open_trajectory(args.file, read_only=not args.import_ or args.dry_run)
    try:
        if args.export:
            count = vocabularies.export_file(db, args.export)
            say(f"{count} terms of {len(vocabularies.EDITABLE)} lists written to {args.export}")
            return EXIT_OK
        if args.import_:
            try:
                report = vocabularies.import_file(db, args.import_, dry_run=args.dry_run)
            except VocabularyFileError as exc:  # file:line: message, as editors read it
                say(f"{exc}; nothing imported", error=True)
                return EXIT_USER_ERROR
            verb = "would be" if args.dry_run else "were"
            say(f"{len(report.added)} terms {verb} added, {len(report.changed)} changed, "
                f"{len(report.removed)} taken away" + (" (dry run: nothing written)"
                                                       if args.dry_run else ""))
            for kind, keys in (("added", report.added), ("changed", report.changed),
                               ("taken away", report.removed)):
                for key in keys:
                    say(f"  {kind}: {key}")
            return EXIT_OK
        lists = vocabularies.effective(db)
        own = list(lists.changes)
        for change in own:
            term = lists[change.vocabulary][change.key]
            kind = ("added" if change.key not in vocabularies.EDITABLE[change.vocabulary]
                    else "retired" if term.retired else "renamed")
            say(f"{change.vocabulary}.{change.key}: {term.nl} ({kind})")
        if not own:
            say("The trajectory uses the default lists as they are.")
        return EXIT_OK
    finally:
        db.close()


def add_commands(commands) -> None:
    """Add `vocabulary` to the headless parser's commands."""
    vocabulary = commands.add_parser("vocabulary", help="list, export or import the region's "
                                     "own vocabularies (target groups, principles, groups, ...)")
    add_file_options(vocabulary, "every list", "the trajectory's lists")
    vocabulary.set_defaults(run=cmd_vocabulary)
