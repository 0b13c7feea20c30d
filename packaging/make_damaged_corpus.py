#!/usr/bin/env python3
"""Make the damaged-file corpus: broken, odd and unusable trajectory files for every command.

Each case is one file (or one path) made from a sound trajectory by one kind of damage or one odd
circumstance, with the outcome the app owes the user. tests/store/test_damaged_corpus.py hands
every case to every command and to the window. To look at the files by hand:
    .venv/bin/python packaging/make_damaged_corpus.py OUT_FOLDER [TRAJECTORY.drempel]
(without a trajectory the demo is written first). As root, read-only cases are made with
`chattr +i` (root ignores permissions); `make_damaged_corpus.py --release OUT_FOLDER` undoes it,
so the folder can be deleted.
"""

from __future__ import annotations

import shutil
import sys
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import corpus_builders as b
from corpus_builders import FROZEN_LIST, NAME, Bench, Builder, CannotMake, release_corpus
from sqlite_pages import leave_hot_journal, read_layout


class Outcome(StrEnum):
    """What the app owes the user for a case, on the command line and in the window."""

    #: A sound file in an odd place: every command works; the window opens it for editing.
    SOUND = "sound"
    #: A crash mid-write left a hot journal where it can be rolled back: it is, no journal is
    #: left, and then the file is sound.
    RECOVERED = "recovered"
    #: A hot journal that cannot be rolled back here: every command says the file was
    #: interrupted mid-write (never "damaged"); the file and its journal stay as they are.
    INTERRUPTED = "interrupted"
    #: A sound file that cannot be written here: reading works, writing commands exit 1 saying
    #: so, and the window opens it read-only.
    READ_ONLY = "read-only"
    #: A sound file whose lock cannot be taken (held by another run, not a lock file, no room
    #: for its name): reading works, writing commands exit 1, the window never opens it for
    #: editing.
    NOT_EDITABLE = "not-editable"
    #: A damaged file: every command exits 1, `check` says it is damaged, the window never opens
    #: it for editing, and nothing is ever written to it.
    DAMAGED = "damaged"
    #: Not a trajectory, or no usable file at this path: every command exits 1 with the reason,
    #: the window says it and opens nothing.
    REFUSED = "refused"


@dataclass(frozen=True)
class Case:
    """One corpus entry: the path to hand to the app, and what the app owes the user."""

    name: str
    path: Path
    kind: str
    outcome: Outcome
    detail: str
    #: Why this case could not be made on this machine (the tests skip it), or "".
    skip: str = ""


@dataclass(frozen=True)
class Spec:
    name: str
    kind: str
    outcome: Outcome
    detail: str
    build: Builder


def make_corpus(folder: Path, demo_path: Path) -> list[Case]:
    """Make every case under `folder` (each in a folder of its own) from the sound trajectory
    `demo_path`; the corpus can be deleted after `release_corpus(folder)`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FROZEN_LIST).write_text("", encoding="utf-8")
    layout = read_layout(demo_path)
    hot = folder / "interrupted" / NAME
    hot.parent.mkdir()
    shutil.copyfile(demo_path, hot)
    leave_hot_journal(hot, layout.table.name)
    cases = []
    for spec in SPECS:
        bench = Bench(folder / spec.name, demo_path, layout, hot)
        bench.folder.mkdir()
        try:
            path, skip = spec.build(bench), ""
        except CannotMake as exc:
            path, skip = bench.folder / NAME, str(exc)
        cases.append(Case(spec.name, path, spec.kind, spec.outcome, spec.detail, skip))
    return cases


D, S, R = Outcome.DAMAGED, Outcome.SOUND, Outcome.REFUSED
TEXT = b"Boodschappen:\n- brood\n- melk\n"
#: Every case, in the order of the issue: what is done, and what the app owes the user.
SPECS: tuple[Spec, ...] = (
    Spec("truncated-one-byte", "truncated", D, "one byte short",
         b.cut(lambda bench: bench.source.stat().st_size - 1)),
    Spec("truncated-half-page", "truncated", D, "half a page short",
         b.cut(lambda bench: bench.source.stat().st_size - bench.layout.page_size // 2)),
    Spec("truncated-last-page", "truncated", D, "the last page cut off, at a page boundary",
         b.cut(lambda bench: bench.source.stat().st_size - bench.layout.page_size)),
    Spec("truncated-mid-file", "truncated", D, "cut at a page boundary in the middle",
         b.cut(lambda bench: bench.layout.page_count // 2 * bench.layout.page_size)),
    Spec("truncated-to-first-page", "truncated", D, "only the header page left",
         b.cut(lambda bench: bench.layout.page_size)),
    Spec("truncated-to-header", "truncated", D, "only the 100-byte file header left",
         b.cut(100)),
    Spec("truncated-to-magic", "truncated", D, "only the 16 bytes 'SQLite format 3' left",
         b.cut(16)),
    Spec("header-magic", "header", D, "a byte of 'SQLite format 3' flipped",
         b.flip_at(0)),
    Spec("header-page-size", "header", D, "the page size flipped", b.flip_at(16)),
    Spec("header-page-count", "header", D, "the page count flipped", b.flip_at(30)),
    Spec("header-schema-cookie", "header", S, "the schema cookie flipped (SQLite only uses it to "
         "notice schema changes: harmless)", b.flip_at(43)),
    Spec("header-change-counter", "header", S, "the change counter flipped (SQLite then ignores "
         "the page count in the header: harmless)", b.flip_at(27)),
    Spec("header-schema-format", "header", D, "the schema format number flipped",
         b.flip_at(47)),
    Spec("header-read-version", "header", D, "the read version flipped", b.flip_at(19)),
    Spec("header-reserved-space", "header", D, "the reserved bytes per page flipped",
         b.flip_at(20)),
    Spec("header-freelist-count", "header", D, "the count of free pages flipped",
         b.flip_at(39, 0x01)),
    Spec("header-text-encoding", "header", D, "the text encoding flipped",
         b.flip_at(59)),
    Spec("table-page-type", "btree", D, "the page type of a table's root page flipped",
         b.flip_at(lambda bench: bench.head(bench.layout.table.root))),
    Spec("table-child-pointer", "btree", D, "a child page number in a table's root flipped",
         b.flip_at(b.child_pointer, 0x05)),
    Spec("table-cell-count", "btree", D, "the cell count of a table's leaf flipped",
         b.flip_at(lambda bench: bench.head(bench.layout.table.leaf) + 3, 0x40)),
    Spec("table-cell-pointer", "btree", D, "a cell pointer of a table's leaf flipped",
         b.flip_at(lambda bench: bench.head(bench.layout.table.leaf) + 8, 0x80)),
    Spec("index-page-type", "btree", D, "the page type of an index leaf flipped",
         b.flip_at(lambda bench: bench.head(bench.layout.index.leaf))),
    Spec("index-cell-count", "btree", D, "the cell count of an index leaf flipped",
         b.flip_at(lambda bench: bench.head(bench.layout.index.leaf) + 3, 0x40)),
    Spec("index-key", "btree", D, "a byte of a key in an index leaf flipped",
         b.copy_and(b.index_key)),
    Spec("zeroed-table-leaf", "zeroed", D, "a leaf page of the biggest table zeroed",
         b.fill_page(lambda layout: layout.table.leaf, b.zeros)),
    Spec("zeroed-table-root", "zeroed", D, "the root page of the biggest table zeroed",
         b.fill_page(lambda layout: layout.table.root, b.zeros)),
    Spec("zeroed-index-leaf", "zeroed", D, "a leaf page of the biggest index zeroed",
         b.fill_page(lambda layout: layout.index.leaf, b.zeros)),
    Spec("zeroed-schema-root", "zeroed", D, "the sqlite_master page zeroed after the file "
         "header", b.fill_page(1, b.zeros, skip_header=True)),
    Spec("zeroed-schema-leaf", "zeroed", D, "a leaf page of sqlite_master zeroed",
         b.fill_page(lambda layout: layout.schema.leaf, b.zeros)),
    Spec("zeroed-first-page", "zeroed", D, "the whole first page zeroed, file header included",
         b.fill_page(1, b.zeros)),
    Spec("zeroed-whole-file", "zeroed", D, "every byte zero, the size unchanged (what a sync "
         "placeholder or a power cut can leave)", b.copy_and(
             lambda bench, path: path.write_bytes(bytes(path.stat().st_size)))),
    Spec("garbage-page", "garbage", D, "a table leaf page of random bytes",
         b.fill_page(lambda layout: layout.table.leaf, b.noise)),
    Spec("swapped-pages", "garbage", D, "a table leaf and an index leaf swapped",
         b.copy_and(b.swap_pages)),
    Spec("duplicated-page", "garbage", D, "a table leaf copied over another",
         b.copy_and(b.duplicate_page)),
    Spec("appended-garbage", "garbage", D, "half a page of random bytes appended",
         b.copy_and(lambda bench, path: path.write_bytes(
             path.read_bytes() + b.noise(bench.layout.page_size // 2)))),
    Spec("foreign-database", "schema", R, "someone else's SQLite database", b.foreign_database),
    Spec("empty-database", "schema", R, "an SQLite database without tables", b.empty_database),
    Spec("shell", "schema", D, "only app_meta, trajectory and alembic_version", b.shell),
    Spec("missing-table", "schema", D, "one of our tables dropped", b.missing_table),
    Spec("newer-revision", "schema", R, "schema revision 9999, written by a newer version",
         b.with_sql("UPDATE alembic_version SET version_num = '9999'",
                  "UPDATE app_meta SET value = '9.0' WHERE key = 'written_by'")),
    Spec("no-revision", "schema", D, "no schema revision recorded",
         b.with_sql("DELETE FROM alembic_version")),
    Spec("hot-journal", "journal", Outcome.RECOVERED, "a writer killed with SIGKILL mid-"
         "transaction: changed pages in the file, the hot journal beside it", b.hot_journal),
    Spec("hot-journal-via-link", "journal", Outcome.RECOVERED, "the same, opened through a "
         "symbolic link from another folder", b.hot_journal_via_link),
    Spec("hot-journal-read-only-folder", "journal", Outcome.INTERRUPTED, "the same, in a folder "
         "that cannot be written", b.hot_journal_read_only_folder),
    Spec("hot-journal-read-only-file", "journal", Outcome.INTERRUPTED, "the same, the file "
         "itself read-only", b.hot_journal_read_only_file),
    Spec("stale-journal-empty", "journal", S, "an empty -journal beside a sound file",
         b.empty_journal),
    Spec("stale-journal-zeroed", "journal", S, "a -journal with a zeroed header (not hot)",
         b.zeroed_journal),
    Spec("wal-mode", "journal", Outcome.RECOVERED, "our file switched to WAL mode by another "
         "tool: made one self-contained file again", b.wal_mode),
    Spec("read-only-file", "permissions", Outcome.READ_ONLY, "the file is read-only",
         b.read_only_file),
    Spec("read-only-folder", "permissions", Outcome.READ_ONLY, "the folder is read-only",
         b.read_only_folder),
    Spec("unreadable-file", "permissions", R, "no permission to read the file",
         b.unreadable_file),
    Spec("lock-is-folder", "lock", Outcome.NOT_EDITABLE, "a folder where the lock file goes",
         b.lock_is_folder),
    Spec("locked-by-live-run", "lock", Outcome.NOT_EDITABLE, "a lock of a running process on "
         "this machine", b.locked_by_live_run),
    Spec("stale-lock", "lock", S, "a lock of a process that is gone", b.stale_lock),
    Spec("symlink-beside", "link", S, "a symbolic link beside the file", b.symlink_beside),
    Spec("symlink-other-folder", "link", S, "a symbolic link in another folder",
         b.symlink_other_folder),
    Spec("symlinked-folder", "link", S, "the file reached through a linked folder",
         b.symlinked_folder),
    Spec("symlink-loop", "link", R, "two links pointing at each other", b.symlink_loop),
    Spec("dangling-symlink", "link", R, "a link to a file that was moved", b.dangling_symlink),
    Spec("non-ascii-path", "name", S, "spaces, accents and a dash in folder and file name",
         b.named("Régio Demer – kopie", "Traject 2026 é.drempel")),
    Spec("percent-placeholder", "name", S, "a %2 in the name (a placeholder in messages)",
         b.named("Regio %2 Demer.drempel")),
    Spec("decomposed-accents", "name", S, "accents as combining characters (macOS names)",
         b.named(unicodedata.normalize("NFD", "Régio Démer.drempel"))),
    Spec("uri-characters", "name", S, "# ? & = and %20 in the name (special in SQLite URIs)",
         b.named("Regio #3 ?x=1&y %20.drempel")),
    Spec("emoji-and-rtl", "name", S, "an emoji and right-to-left text in the name",
         b.named("Traject 📊 بلدية.drempel")),
    Spec("undecodable-name", "name", S, "a name in Latin-1 bytes, not UTF-8", b.undecodable_name),
    Spec("empty-file", "not-trajectory", R, "an empty file", b.written(b"")),
    Spec("text-file", "not-trajectory", R, "a text file named .drempel", b.written(TEXT)),
    Spec("folder-named-drempel", "not-trajectory", R, "a folder named Traject.drempel",
         b.folder_named_drempel),
    Spec("zip-renamed", "not-trajectory", R, "an Excel workbook renamed .drempel", b.zip_renamed),
    Spec("missing-file", "not-trajectory", R, "no file at this path",
         lambda bench: bench.folder / NAME),
    Spec("through-a-file", "not-trajectory", R, "a path that goes on below a file",
         b.through_a_file),
    Spec("fifo", "not-trajectory", R, "a named pipe (reading it would wait forever)", b.fifo),
    Spec("name-too-long", "path", R, "a file name of 300 bytes",
         lambda bench: bench.folder / ("T" * 292 + ".drempel")),
    Spec("path-too-long", "path", R, "a path of more than 4,096 bytes", b.path_too_long),
    Spec("longest-name", "path", Outcome.NOT_EDITABLE, "a name of 255 bytes: no room for the "
         "journal's or the lock's name", b.longest_name),
)


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--release":
        release_corpus(Path(argv[1]))
        return 0
    if len(argv) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    if len(argv) == 2:
        source = Path(argv[1])
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from drempelmeter.services.demo import build_demo

        source = folder.with_name(folder.name + "-demo.drempel")
        source.unlink(missing_ok=True)
        build_demo(source)
    for case in make_corpus(folder, source):
        print(f"{case.name:30} {case.outcome:13} {case.skip or case.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
