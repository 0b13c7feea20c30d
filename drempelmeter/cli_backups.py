"""A trajectory's automatic backups on the command line: `backups FILE` lists them, `restore
FILE BACKUP -o OUT.drempel` restores one into a new file."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_output import EXIT_OK, counted, say

COMMANDS = ("backups", "restore")


def cmd_backups(args: argparse.Namespace) -> int:
    from .services.backups import list_backups

    found = list_backups(args.file)
    if not found:
        say(f"{args.file}: no backups yet")
        return EXIT_OK
    count = counted(len(found), "backup")
    say(f"{args.file}: {count}, newest first (restore one with "
        "drempelmeter restore FILE NAME -o OUT.drempel)")
    width = max(len(b.name) for b in found)
    for backup in found:
        say(f"  {backup.name:<{width}}  {backup.taken:%Y-%m-%d  %H:%M:%S}  "
            f"{backup.reason.replace('-', ' '):<20}  {size_text(backup.size):>8}")
    return EXIT_OK


def size_text(size: int) -> str:
    """A file size in kB or MB, as file managers show it."""
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{max(1, round(size / 1e3))} kB"


def cmd_restore(args: argparse.Namespace) -> int:
    from .services.backups import find_backup, restore_into

    backup = find_backup(args.file, args.backup)
    restore_into(backup, args.out)
    say(f"{backup.name} restored to {args.out}")
    return EXIT_OK


def add_commands(commands) -> None:
    """Add `backups` and `restore` to the headless parser's commands."""
    listing = commands.add_parser("backups", help="list the automatic backups of a trajectory")
    listing.add_argument("file", type=Path, metavar="FILE")
    listing.set_defaults(run=cmd_backups)
    restore = commands.add_parser("restore", help="restore a backup of a trajectory into a new "
                                  "file")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("backup", metavar="BACKUP",
                         help="the backup's name as `drempelmeter backups FILE` lists it, or a path")
    restore.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.drempel")
    restore.set_defaults(run=cmd_restore)
