"""What the commands that share a YAML file between trajectories (vocabulary, themes) have in
common: their options, and the refusal of options that do not go together."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_output import say


def add_file_options(parser: argparse.ArgumentParser, exported: str, merged: str) -> None:
    """FILE, `--export OUT.yaml` (writing `exported`), `--import IN.yaml` (merging into
    `merged`) and `--dry-run`."""
    parser.add_argument("file", type=Path, metavar="FILE", help="the trajectory file")
    parser.add_argument("--export", type=Path, metavar="OUT.yaml",
                        help=f"write {exported} to a YAML file to share")
    parser.add_argument("--import", dest="import_", type=Path, metavar="IN.yaml",
                        help=f"merge a YAML file into {merged} (all or nothing)")
    parser.add_argument("--dry-run", action="store_true",
                        help="with --import: say what would change, write nothing")


def misused(args: argparse.Namespace, command: str) -> bool:
    """Whether the options do not go together (said on stderr)."""
    if args.export and args.import_:
        say(f"drempelmeter {command}: --export or --import, not both", error=True)
        return True
    if args.dry_run and not args.import_:
        say(f"drempelmeter {command}: --dry-run goes with --import IN.yaml", error=True)
        return True
    return False
