"""A region's questionnaire themes on the command line: `themes FILE` lists them, `--export
OUT.yaml` writes them to share, `--import IN.yaml [--dry-run]` takes a file in."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_output import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, say
from .cli_yaml import add_file_options, misused

COMMANDS = ("themes",)


def cmd_themes(args: argparse.Namespace) -> int:
    from .services import questionnaire_themes
    from .services.trajectory import open_trajectory

    if misused(args, "themes"):
        return EXIT_USAGE
    db = open_trajectory(args.file, read_only=not args.import_ or args.dry_run)
    try:
        if args.export:
            count = questionnaire_themes.export_file(db, args.export)
            say(f"{count} themes written to {args.export}")
            return EXIT_OK
        if args.import_:
            return _import(db, args.import_, args.dry_run)
        own = questionnaire_themes.themes(db)
        for theme in own:
            say(f"{theme.key}: {theme.name}, {len(theme.items)} questions"
                + (" (retired)" if theme.retired else ""))
        if not own:
            say("The trajectory asks no questionnaire themes of its own.")
        return EXIT_OK
    finally:
        db.close()


def _import(db, path: Path, dry_run: bool) -> int:
    """Import a themes file (or say what it would do), naming the questions it clears the
    wordings per group of."""
    from .exchange.vocabulary_file import VocabularyFileError
    from .services import questionnaire_themes

    try:
        report = questionnaire_themes.import_file(db, path, dry_run=dry_run)
    except VocabularyFileError as exc:  # file:line: message, as editors read it
        say(f"{exc}; nothing imported", error=True)
        return EXIT_USER_ERROR
    say(f"{len(report.added)} themes {'would be' if dry_run else 'were'} added, "
        f"{len(report.changed)} changed" + (" (dry run: nothing written)" if dry_run else ""))
    for kind, names in (("added", report.added), ("changed", report.changed)):
        for name in names:
            say(f"  {kind}: {name}")
    if report.cleared:
        say(f"The file lacks wordings per group that {len(report.cleared)} questions have in "
            f"the trajectory: the import {'would clear' if dry_run else 'cleared'} them, and "
            "those groups read the question as it is:")
        for theme, question in report.cleared:
            say(f"  wordings cleared: “{question}” ({theme})")
    return EXIT_OK


def add_commands(commands) -> None:
    """Add `themes` to the headless parser's commands."""
    themes = commands.add_parser("themes", help="list, export or import the region's own "
                                 "questionnaire themes")
    add_file_options(themes, "the themes", "the trajectory's themes")
    themes.set_defaults(run=cmd_themes)
