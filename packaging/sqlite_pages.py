"""Byte-level surgery on SQLite files: find b-tree pages, damage them, leave a real hot journal."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

INTERIOR_TYPES = (0x02, 0x05)  # index and table interior pages; leaves are 0x0A and 0x0D

#: A child that deletes half the rows of a table in one transaction with a cache of one page, so
#: changed pages spill into the file before the commit; it says so and waits to be killed.
HOT_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA synchronous = FULL")
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN")
conn.execute('DELETE FROM "%s" WHERE rowid %% 2 = 0' % sys.argv[2])
print("spilled", flush=True)
time.sleep(120)
"""


@dataclass(frozen=True)
class Tree:
    """One b-tree of a database: its name, root page, and its pages and leaves in tree order."""

    name: str
    root: int
    pages: tuple[int, ...]
    leaves: tuple[int, ...]

    @property
    def leaf(self) -> int:
        """The leaf in the middle of the tree (the root when the tree has one page)."""
        return self.leaves[len(self.leaves) // 2]


@dataclass(frozen=True)
class Layout:
    """Where things are in a database file: page size, page count and its biggest b-trees."""

    page_size: int
    page_count: int
    table: Tree
    index: Tree
    schema: Tree


def header_start(page: int) -> int:
    """Where a page's b-tree header starts within the page (page 1 carries the file header)."""
    return 100 if page == 1 else 0


def page_start(page: int, page_size: int) -> int:
    return (page - 1) * page_size


def read_tree(data: bytes, page_size: int, name: str, root: int) -> Tree:
    """The b-tree rooted at `root`, walked depth first through the children of its interiors."""
    pages: list[int] = []
    leaves: list[int] = []
    todo = [root]
    while todo:
        page = todo.pop(0)
        pages.append(page)
        base = page_start(page, page_size)
        head = base + header_start(page)
        if data[head] not in INTERIOR_TYPES:
            leaves.append(page)
            continue
        cells = int.from_bytes(data[head + 3:head + 5], "big")
        children = []
        for i in range(cells):
            pointer = int.from_bytes(data[head + 12 + 2 * i:head + 14 + 2 * i], "big")
            children.append(int.from_bytes(data[base + pointer:base + pointer + 4], "big"))
        children.append(int.from_bytes(data[head + 8:head + 12], "big"))
        todo = children + todo
    return Tree(name, root, tuple(pages), tuple(leaves))


def read_layout(path: Path) -> Layout:
    """The page size and count, and the biggest table and index (by pages) of `path`."""
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        roots = conn.execute(
            "SELECT type, name, rootpage FROM sqlite_master WHERE rootpage > 0").fetchall()
    trees = {kind: [read_tree(data, page_size, name, root)
                    for found, name, root in roots if found == kind] for kind in ("table", "index")}
    return Layout(
        page_size=page_size,
        page_count=len(data) // page_size,
        table=max(trees["table"], key=lambda tree: len(tree.pages)),
        index=max(trees["index"], key=lambda tree: len(tree.pages)),
        schema=read_tree(data, page_size, "sqlite_master", 1),
    )


def cell_offset(data: bytes, page: int, page_size: int, cell: int) -> int:
    """Where cell number `cell` of a b-tree page starts in the file."""
    head = page_start(page, page_size) + header_start(page)
    pointers = head + (12 if data[head] in INTERIOR_TYPES else 8) + 2 * cell
    return page_start(page, page_size) + int.from_bytes(data[pointers:pointers + 2], "big")


def flip(path: Path, offset: int, mask: int = 0xFF) -> None:
    """Flip the bits of `mask` in the byte at `offset`."""
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def overwrite(path: Path, offset: int, content: bytes) -> None:
    data = bytearray(path.read_bytes())
    data[offset:offset + len(content)] = content
    path.write_bytes(bytes(data))


def truncate(path: Path, size: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(size)


def leave_hot_journal(path: Path, table: str) -> None:
    """Kill a real writer with SIGKILL while its journal exists and changed pages are in the
    file: what a crash in the middle of an import leaves. Raises when no journal was left."""
    before = path.read_bytes()
    child = subprocess.Popen([sys.executable, "-c", HOT_WRITER, str(path), table],
                             stdout=subprocess.PIPE, text=True)
    try:
        said = child.stdout.readline() if child.stdout else ""
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        if child.stdout:
            child.stdout.close()
    journal = path.with_name(path.name + "-journal")
    if said.strip() != "spilled" or not journal.exists() or path.read_bytes() == before:
        raise RuntimeError(f"{path}: the writer was killed without leaving a hot journal")
