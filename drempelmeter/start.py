"""The program's entry (`drempelmeter`, `python -m drempelmeter`): a bundle import begins reading
its workbook before the command line's code loads; then cli.main runs."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    bundle = bundle_named(sys.argv[1:])
    if bundle is None:
        from .cli import main as command_line

        return command_line()
    # The workbook is checked and built in a thread while the rest loads (about a tenth of a
    # 10,000-row import, #14); the import takes this reading when it names the same file.
    from .exchange import read_ahead

    read_ahead.begin(bundle)
    try:
        from .cli import main as command_line

        return command_line()
    finally:
        read_ahead.end()


def bundle_named(argv: list[str]) -> Path | None:
    """The workbook `drempelmeter import FILE BUNDLE [options]` names, read from the arguments
    as they come (argparse is not loaded yet); None for any other command. A wrong guess costs
    only a reading that the import does not take."""
    if not argv or argv[0] != "import":
        return None
    positional: list[str] = []
    takes_value = False
    for arg in argv[1:]:
        if takes_value:
            takes_value = False
        elif arg == "--partner":  # the import's one option with a value of its own
            takes_value = True
        elif not arg.startswith("-"):
            positional.append(arg)
    return Path(positional[1]) if len(positional) >= 2 else None
