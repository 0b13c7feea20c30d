"""Builders of the damaged-file corpus: each makes one case from a sound trajectory."""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_pages import Layout, cell_offset, flip, header_start, overwrite, page_start, truncate

NAME = "Traject.drempel"
#: Lists what was made immutable, so `release_corpus` can undo it.
FROZEN_LIST = "frozen.txt"


class CannotMake(Exception):
    """This machine cannot make a case (e.g. root ignores permissions); the message says why."""


@dataclass(frozen=True)
class Bench:
    """What a case's builder works with: its own folder, the sound file and the file's layout."""

    folder: Path
    source: Path
    layout: Layout
    hot: Path  # a sound file with a real hot journal beside it, to copy from

    def copy(self, name: str = NAME, folder: Path | None = None,
             source: Path | None = None) -> Path:
        """A copy of the sound file (or `source`) named `name` in the case's folder (or
        `folder`)."""
        target = (folder or self.folder) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source or self.source, target)
        return target

    def copy_hot(self, folder: Path | None = None) -> Path:
        """A copy of the interrupted file together with its hot journal."""
        target = self.copy(folder=folder, source=self.hot)
        shutil.copyfile(journal(self.hot), journal(target))
        return target

    def page(self, number: int) -> int:
        return page_start(number, self.layout.page_size)

    def head(self, number: int) -> int:
        """Where the b-tree header of page `number` is in the file."""
        return self.page(number) + header_start(number)


Builder = Callable[[Bench], Path]


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def copy_and(change: Callable[[Bench, Path], object]) -> Builder:
    """A builder that copies the sound file and then changes the copy."""

    def build(bench: Bench) -> Path:
        path = bench.copy()
        change(bench, path)
        return path

    return build


def with_sql(*statements: str) -> Builder:
    """A copy of the sound file changed by SQL, foreign keys off, compacted afterwards."""

    def change(_bench: Bench, path: Path) -> None:
        with closing(sqlite3.connect(path, isolation_level=None)) as conn:
            for statement in statements:
                conn.execute(statement)
            conn.execute("VACUUM")

    return copy_and(change)


def fill_page(number: int | Callable[[Layout], int], content: Callable[[int], bytes],
              skip_header: bool = False) -> Builder:
    """A copy with page `number` overwritten by `content(size)`; with `skip_header`, the file
    header at the start of page 1 is kept."""

    def change(bench: Bench, path: Path) -> None:
        page = number(bench.layout) if callable(number) else number
        start = bench.head(page) if skip_header else bench.page(page)
        overwrite(path, start, content(bench.page(page + 1) - start))

    return copy_and(change)


def zeros(size: int) -> bytes:
    return bytes(size)


def noise(size: int) -> bytes:
    return random.Random(11).randbytes(size)


Where = int | Callable[[Bench], int]


def worked_out(where: Where, bench: Bench) -> int:
    return where(bench) if callable(where) else where


def cut(size: Where) -> Builder:
    """A copy cut to `size` bytes."""
    return copy_and(lambda bench, path: truncate(path, worked_out(size, bench)))


def flip_at(offset: Where, mask: int = 0xFF) -> Builder:
    """A copy with the bits of `mask` flipped in the byte at `offset`."""
    return copy_and(lambda bench, path: flip(path, worked_out(offset, bench), mask))


def child_pointer(bench: Bench) -> int:
    """The last byte of the first child page number in the biggest table's root page."""
    data = bench.source.read_bytes()
    return cell_offset(data, bench.layout.table.root, bench.layout.page_size, 0) + 3


def swap_pages(bench: Bench, path: Path) -> None:
    data = bytearray(path.read_bytes())
    a, b = bench.page(bench.layout.table.leaf), bench.page(bench.layout.index.leaf)
    size = bench.layout.page_size
    data[a:a + size], data[b:b + size] = data[b:b + size], data[a:a + size]
    path.write_bytes(bytes(data))


def duplicate_page(bench: Bench, path: Path) -> None:
    data = path.read_bytes()
    leaves = bench.layout.table.leaves
    start = bench.page(leaves[0])
    overwrite(path, bench.page(leaves[1]), data[start:start + bench.layout.page_size])


def index_key(bench: Bench, path: Path) -> None:
    """Flip the last byte of the first key of an index leaf (past the cell's size varint)."""
    data = path.read_bytes()
    cell = cell_offset(data, bench.layout.index.leaf, bench.layout.page_size, 0)
    flip(path, cell + data[cell] if data[cell] < 0x80 else cell + 2, 0x01)


def shell(bench: Bench) -> Path:
    """Only app_meta, trajectory and alembic_version, with their rows: a half-made file."""
    path = bench.copy()
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        keep = {"app_meta", "trajectory", "alembic_version"}
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table not in keep:
                conn.execute(f'DROP TABLE "{table}"')
        conn.execute("VACUUM")
    return path


def missing_table(bench: Bench) -> Path:
    """Our file with one table that no other table refers to dropped."""
    path = bench.copy()
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY rootpage")]
        parents = {r[2] for t in tables for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')}
        leaf = [t for t in tables if t not in parents and t not in
                {"app_meta", "trajectory", "alembic_version"}][-1]
        conn.execute(f'DROP TABLE "{leaf}"')
        conn.execute("VACUUM")
    return path


def foreign_database(bench: Bench) -> Path:
    path = bench.folder / NAME
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)")
        conn.executemany("INSERT INTO contacts (name, phone) VALUES (?, ?)",
                         [(f"Contact {i}", f"0470 00 00 {i:02}") for i in range(200)])
        conn.commit()
    return path


def empty_database(bench: Bench) -> Path:
    path = bench.folder / NAME
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 7")
    return path


def wal_mode(bench: Bench) -> Path:
    """Our file switched to WAL by another SQLite tool (header bytes 18 and 19 say 2)."""
    path = bench.copy()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
    return path


def hot_journal(bench: Bench) -> Path:
    return bench.copy_hot()


def hot_journal_via_link(bench: Bench) -> Path:
    real = bench.copy_hot(bench.folder / "stick")
    link = bench.folder / "shortcut" / NAME
    link.parent.mkdir()
    link.symlink_to(real)
    return link


def hot_journal_read_only_folder(bench: Bench) -> Path:
    path = bench.copy_hot()
    freeze(bench.folder)
    return path


def hot_journal_read_only_file(bench: Bench) -> Path:
    path = bench.copy_hot()
    freeze(path)
    return path


def empty_journal(bench: Bench) -> Path:
    path = bench.copy()
    journal(path).write_bytes(b"")
    return path


def zeroed_journal(bench: Bench) -> Path:
    """A journal whose header was zeroed (what journal_mode=PERSIST leaves): not hot."""
    path = bench.copy_hot()
    shutil.copyfile(bench.source, path)
    overwrite(journal(path), 0, bytes(28))
    return path


def read_only_file(bench: Bench) -> Path:
    path = bench.copy()
    freeze(path)
    return path


def read_only_folder(bench: Bench) -> Path:
    path = bench.copy()
    freeze(bench.folder)
    return path


def unreadable_file(bench: Bench) -> Path:
    path = bench.copy()
    path.chmod(0)
    try:
        path.open("rb").close()
    except PermissionError:
        return path
    raise CannotMake("running as root: no permission keeps root from reading a file")


def lock_is_folder(bench: Bench) -> Path:
    path = bench.copy()
    (bench.folder / f".~lock.{NAME}#").mkdir()
    return path


def lock_file(path: Path, pid: int) -> None:
    """A lock in the app's format, owned by process `pid` on this machine."""
    owner = {"user": "coach", "host": socket.gethostname(), "pid": pid,  # since after it began
             "since": datetime.now(UTC).isoformat()}
    path.with_name(f".~lock.{path.name}#").write_text(json.dumps(owner), encoding="utf-8")


def locked_by_live_run(bench: Bench) -> Path:
    path = bench.copy()
    lock_file(path, 1)  # process 1 always runs: another run has this file open
    return path


def stale_lock(bench: Bench) -> Path:
    path = bench.copy()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    lock_file(path, gone.pid)
    return path


def symlink_beside(bench: Bench) -> Path:
    real = bench.copy()
    link = bench.folder / "Snelkoppeling.drempel"
    link.symlink_to(real.name)
    return link


def symlink_other_folder(bench: Bench) -> Path:
    real = bench.copy(folder=bench.folder / "Gedeeld")
    link = bench.folder / "Bureaublad" / NAME
    link.parent.mkdir()
    link.symlink_to(real)
    return link


def symlinked_folder(bench: Bench) -> Path:
    bench.copy(folder=bench.folder / "Documenten")
    (bench.folder / "Mijn documenten").symlink_to(bench.folder / "Documenten")
    return bench.folder / "Mijn documenten" / NAME


def symlink_loop(bench: Bench) -> Path:
    first, second = bench.folder / NAME, bench.folder / "Ander.drempel"
    first.symlink_to(second.name)
    second.symlink_to(first.name)
    return first


def dangling_symlink(bench: Bench) -> Path:
    link = bench.folder / NAME
    link.symlink_to(bench.folder / "verplaatst" / NAME)
    return link


def named(*parts: str) -> Builder:
    """A copy of the sound file under a folder and file name of its own."""

    def build(bench: Bench) -> Path:
        return bench.copy(parts[-1], bench.folder.joinpath(*parts[:-1]))

    return build


def undecodable_name(bench: Bench) -> Path:
    name = os.fsdecode(b"Regio \xe9 Demer.drempel")  # Latin-1, as old zip files carry names
    try:
        return bench.copy(name)
    except (OSError, UnicodeError) as exc:
        raise CannotMake(f"this file system refuses names that are not UTF-8 ({exc})") from None


def written(content: bytes) -> Builder:
    def build(bench: Bench) -> Path:
        path = bench.folder / NAME
        path.write_bytes(content)
        return path

    return build


def folder_named_drempel(bench: Bench) -> Path:
    path = bench.folder / NAME
    path.mkdir()
    (path / "inhoud.txt").write_text("een map, geen bestand\n", encoding="utf-8")
    return path


def zip_renamed(bench: Bench) -> Path:
    """An Excel workbook (a zip archive) saved with the .drempel extension."""
    import openpyxl  # the project's own dependency, loaded only here

    path = bench.folder / NAME
    book = openpyxl.Workbook()
    book.active.append(["Partner", "Signaal"])
    book.save(path)
    return path


def through_a_file(bench: Bench) -> Path:
    return bench.copy() / "Traject 2.drempel"


def fifo(bench: Bench) -> Path:
    if not hasattr(os, "mkfifo"):
        raise CannotMake("this system has no named pipes")
    path = bench.folder / NAME
    os.mkfifo(path)
    return path


def longest_name(bench: Bench) -> Path:
    """A name of 255 bytes: it exists, but there is no room for a journal's or lock's name."""
    return bench.copy("T" * (255 - len(".drempel")) + ".drempel")


def path_too_long(bench: Bench) -> Path:
    return bench.folder.joinpath(*["map" * 60] * 25, NAME)


def freeze(path: Path) -> None:
    """Make `path` (a file or a folder) read-only, even for root (`chattr +i`); CannotMake when
    this machine cannot."""
    path.chmod(0o555 if path.is_dir() else 0o444)
    if writable(path) and os.name == "posix" and shutil.which("chattr"):
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
        if done.returncode == 0:
            with (corpus_root(path) / FROZEN_LIST).open("a", encoding="utf-8") as frozen:
                frozen.write(f"{path}\n")
    if writable(path):
        raise CannotMake("running as root without `chattr +i` on this file system: nothing "
                         "here makes a file or folder read-only for root")


def corpus_root(path: Path) -> Path:
    """The corpus folder that holds `path` (the parent of the case's own folder)."""
    for parent in path.parents:
        if (parent / FROZEN_LIST).exists():
            return parent
    raise FileNotFoundError(f"{path} is not inside a corpus folder")


def writable(path: Path) -> bool:
    """Whether `path` can really be written (tried, not asked: root passes every access check)."""
    try:
        if path.is_dir():
            probe = path / ".probe"
            probe.write_bytes(b"")
            probe.unlink()
        else:
            os.close(os.open(path, os.O_WRONLY))
    except OSError:
        return False
    return True


def release_corpus(folder: Path) -> None:
    """Undo `chattr +i` and the read-only permissions, so the corpus can be deleted."""
    frozen = Path(folder) / FROZEN_LIST
    if frozen.exists():
        for line in frozen.read_text(encoding="utf-8").splitlines():
            subprocess.run(["chattr", "-i", line], capture_output=True)
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root, name)
            if not path.is_symlink() and (path.is_dir() or path.is_file()):
                path.chmod(0o755 if path.is_dir() else 0o644)
    Path(folder).chmod(0o755)
