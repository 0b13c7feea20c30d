"""Open a workbook from outside without trusting it: size, type, zip bombs, XML bombs."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import WorkbookError

MAX_FILE_BYTES = 50 * 2**20
MAX_ENTRIES = 2000
MAX_UNPACKED_BYTES = 300 * 2**20
MAX_RATIO = 200  # unpacked / packed, for entries over a megabyte

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")


XLSX, ODS, XLS = "xlsx", "ods", "xls"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


#: The lock files beside an open workbook: Excel's "~$name.xlsx", LibreOffice's
#: ".~lock.name.xlsx#"; the part that names the workbook.
LOCK_FILE = re.compile(r"~\$(.+)|\.~lock\.(.+)#")


def inspect_workbook(path: Path) -> tuple[str, bool]:
    """Refuse what is not a safe .xlsx/.xlsm, .ods or .xls; returns its format and whether it
    holds macros. Only the container is checked here: the XML inside is checked where it is
    parsed."""
    if lock := LOCK_FILE.fullmatch(path.name):
        raise WorkbookError(path, WorkbookError.LOCK_FILE, lock[2] or _owner_of(path, lock[1]))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(min(size, 1 << 20))
    except FileNotFoundError as exc:
        raise WorkbookError(path, WorkbookError.NOT_FOUND) from exc
    except PermissionError as exc:
        raise WorkbookError(path, WorkbookError.IN_USE, exc.strerror or "") from exc
    except OSError as exc:
        raise WorkbookError(path, WorkbookError.NOT_A_WORKBOOK, exc.strerror or "") from exc
    if size > MAX_FILE_BYTES:
        raise WorkbookError(path, WorkbookError.TOO_LARGE, f"{size // 2**20} MB")
    if head.startswith(OLE2_MAGIC):
        if ENCRYPTED_MARK in head:
            raise WorkbookError(path, WorkbookError.ENCRYPTED)
        return XLS, False
    if not head:
        raise WorkbookError(path, WorkbookError.EMPTY)
    if not head.startswith(ZIP_MAGIC):
        raise WorkbookError(path, WorkbookError.TEXT_FILE if _is_text(head)
                            else WorkbookError.NOT_A_WORKBOOK)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
            kind = (ODS if "mimetype" in names
                    and archive.read("mimetype").strip() == ODS_MIMETYPE else XLSX)
            if kind == ODS and b"encryption-data" in archive.read("META-INF/manifest.xml"):
                raise WorkbookError(path, WorkbookError.ENCRYPTED)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise WorkbookError(path, WorkbookError.DAMAGED, str(exc)) from exc
    if kind == ODS:
        if "content.xml" not in names:
            raise WorkbookError(path, WorkbookError.NOT_A_WORKBOOK)
    elif "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise WorkbookError(path, WorkbookError.NOT_A_WORKBOOK)
    if len(entries) > MAX_ENTRIES:
        raise WorkbookError(path, WorkbookError.UNSAFE, f"{len(entries)} parts")
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(path, WorkbookError.UNSAFE, f"unpacks to {unpacked // 2**20} MB")
    for entry in entries:
        if entry.file_size > 2**20 and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise WorkbookError(path, WorkbookError.UNSAFE, f"{entry.filename} is a zip bomb")
    return kind, "xl/vbaProject.bin" in names


def lock_beside(path: Path) -> Path | None:
    """The lock file Excel or LibreOffice keeps beside the workbook at `path` while it is open
    there (what was typed since it was last saved is not in the file); None when none is."""
    name = path.name
    for lock in ("~$" + name, "~$" + name[1:], "~$" + name[2:], f".~lock.{name}#"):
        candidate = path.with_name(lock)
        if candidate != path and candidate.is_file():
            return candidate
    return None


def _owner_of(lock: Path, rest: str) -> str:
    """The workbook beside Excel's lock file "~$" + `rest`: Excel puts "~$" in front of a short
    name, and in place of the first one or two letters of a longer one ("~$ndel CAW.xlsx" for
    "bundel CAW.xlsx"); `rest` when no such workbook is there."""
    try:
        return next((sibling.name for sibling in lock.parent.iterdir()
                     if rest in (sibling.name, sibling.name[1:], sibling.name[2:])
                     and sibling != lock), rest)
    except OSError:
        return rest


def _is_text(head: bytes) -> bool:
    """Whether a file's first bytes are text, as a CSV (or a page saved as .xls) is: UTF-8,
    UTF-16 with its mark, or a Windows code page, without control characters but line ends
    and tabs."""
    sample = head[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    text = sample.decode("utf-8", "ignore") if b"\x00" not in sample else ""
    return bool(text.strip()) and all(ch.isprintable() or ch in "\r\n\t\ufeff" for ch in text)


@contextmanager
def open_workbook(path: Path) -> Iterator:
    """A read-only openpyxl workbook, after `inspect_workbook` passed; closed on leaving.

    openpyxl parses with defusedxml when it is installed (a hard dependency), so entity bombs
    are refused instead of expanded. The file handle is ours, so it is closed even when
    openpyxl fails half-way.
    """
    import openpyxl
    from defusedxml import DefusedXmlException

    with path.open("rb") as handle:
        try:
            book = openpyxl.load_workbook(handle, read_only=True, data_only=False,
                                          keep_links=False)
        except (DefusedXmlException, KeyError, ValueError, OSError, zipfile.BadZipFile,
                TypeError, IndexError) as exc:
            raise as_workbook_error(path, exc) from exc
        try:
            yield book
        finally:
            book.close()


def as_workbook_error(path: Path, exc: BaseException) -> WorkbookError:
    """UNSAFE when defusedxml refused the XML anywhere in the chain (openpyxl wraps it in a
    ValueError), DAMAGED otherwise."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return WorkbookError(path, WorkbookError.UNSAFE, type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    return WorkbookError(path, WorkbookError.DAMAGED, f"{type(exc).__name__}: {exc}")
