"""Headline results as one machine-readable line each, for `dev.py bench` to gather in a table.

A benchmark prints, besides its own report, `RESULT<TAB>what<TAB>ours<TAB>baseline<TAB>ratio
<TAB>target<TAB>verdict` per row of the issue's table ("-" where a column does not apply;
verdict "met", "missed" or "-"). Standard library only: dev.py runs outside the venv.
"""

from __future__ import annotations

PREFIX = "RESULT\t"
COLUMNS = ("what", "ours", "baseline", "ratio", "target", "verdict")


def result(what: str, ours: str, *, baseline: str = "-", ratio: str = "-", target: str = "-",
           met: bool | None = None) -> None:
    """Print one headline row; `met` is whether ours reaches the target (None: no target)."""
    verdict = "-" if met is None else "met" if met else "missed"
    cells = (what, ours, baseline, ratio, target, verdict)
    print(PREFIX + "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells), flush=True)


def parse(line: str) -> tuple[str, ...] | None:
    """The cells of a RESULT line, or None for any other line."""
    if not line.startswith(PREFIX):
        return None
    cells = line.rstrip("\r\n").split("\t")[1:]
    return tuple(cells + ["-"] * (len(COLUMNS) - len(cells)))[:len(COLUMNS)]


def table(rows: list[tuple[str, ...]]) -> str:
    """The rows as a plain-text table under a header, each column as wide as its widest cell."""
    lines = [COLUMNS, *rows]
    widths = [max(len(row[i]) for row in lines) for i in range(len(COLUMNS))]
    text = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            for row in lines]
    text.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(text)
