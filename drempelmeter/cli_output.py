"""What the headless commands print: results, import problems and errors in plain words."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


def say(text: str, *, error: bool = False) -> None:
    """Print to stdout or stderr, if the process has them (a GUI launcher on Windows has none)."""
    stream = sys.stderr if error else sys.stdout
    if stream is None:
        return
    try:
        print(text, file=stream)
    except UnicodeEncodeError:  # a file name the terminal's encoding cannot show
        encoding = stream.encoding or "utf-8"
        print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream)


def counted(number: int, word: str, words: str = "") -> str:
    """"1 problem", "2 problems": a count with its noun in the right number."""
    return f"{number} {word if number == 1 else words or word + 's'}"


def say_problems(report) -> None:
    """Every problem of an import's report on its own line, and the macros warning."""
    for problem in report.problems:
        say(f"  {problem}", error=True)
    if report.macros_ignored:
        say("  the workbook holds macros; they were ignored", error=True)


def say_if_open(path: Path) -> None:
    """A note when a workbook to import is open in Excel or LibreOffice: what was typed there
    since it was last saved is not read."""
    from .exchange.safe_open import lock_beside

    lock = lock_beside(Path(path))
    if lock is not None:
        say(f"  note: {path} is open in another program ({lock.name} is beside it): what was "
            "typed there since it was last saved is not read", error=True)


def say_to_review(notes, what: str) -> None:
    """The cells whose text looks like personal data: imported, but to review first."""
    for note in notes:
        say(f"  {note} Imported: {what}.", error=True)


def say_masked(masked: tuple[str, ...], out: Path) -> None:
    """Tell which texts an export wrote with personal data replaced by neutral words."""
    if masked:
        say(f"{out}: {counted(len(masked), 'text')} looked like personal data nobody confirmed "
            "and were written with it replaced (check them: drempelmeter privacy FILE):",
            error=True)
        for line in masked:
            say(f"  {line}", error=True)


def run_guarded(action: Callable[[], int], log_file: Path) -> int:
    """Run `action`; the user's mistakes become one line and exit 1, bugs are logged (exit 3)."""
    try:
        return action()
    except KeyboardInterrupt:
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the reader of the output went away (`| head`): nothing to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the flush at exit does not fail again
        return EXIT_USER_ERROR
    except Exception as exc:
        return explain(exc, log_file)


def explain(exc: Exception, log_file: Path) -> int:
    """Say what went wrong and return the exit status; called inside the `except` block (the
    log takes the traceback from there). The error classes are imported only now: a command
    that succeeds needs none of their modules (the questionnaire reader, for one)."""
    from .exchange.errors import WorkbookError, WriteError
    from .exchange.questionnaire_file import QuestionnaireError
    from .services.bundles import BundleMismatch
    from .services.errors import InvalidInput, TrajectoryFileError

    if isinstance(exc, WriteError):
        say(f"drempelmeter: {write_words(exc)}", error=True)
        return EXIT_USER_ERROR
    if isinstance(exc, (TrajectoryFileError, WorkbookError)):
        say(f"drempelmeter: {exc}", error=True)
        return EXIT_USER_ERROR
    if isinstance(exc, QuestionnaireError):  # file:line: message, as editors read it
        say(str(exc), error=True)
        return EXIT_USER_ERROR
    if isinstance(exc, BundleMismatch):
        say(f"drempelmeter: {exc}; nothing imported (use --accept-other to import it anyway)",
            error=True)
        return EXIT_USER_ERROR
    if isinstance(exc, InvalidInput):
        say(f"drempelmeter: {input_words(exc)}", error=True)
        return EXIT_USER_ERROR
    log.exception("internal error")
    say(f"drempelmeter: something went wrong inside Drempelmeter; your files are as they "
        f"were, and the details are in {log_file}", error=True)
    return EXIT_BUG


def write_words(exc) -> str:
    """A file that could not be written, in plain words (never the kind's code)."""
    from .exchange.errors import WriteError

    why = {
        WriteError.IN_USE: "it is open in another program (close it, then try again)",
        WriteError.DISK_FULL: "the disk is full",
        WriteError.NO_PERMISSION: "you may not write in that folder",
    }.get(exc.kind, exc.detail or "the system refused it")
    return f"{exc.path} could not be written: {why}; nothing was written there"


#: Field names that do not read as words once "_" is a space.
FIELD_WORDS = {"due_on": "deadline", "starts_on": "start date", "validated_on": "validation date",
               "primary_b": "first B", "secondary_b": "second B", "nl": "Dutch label",
               "en": "English label", "sent_on": "date the letter was sent",
               "answered_on": "date of the answer"}


def input_words(exc) -> str:
    """What a use case refused, in plain words (never the problem code)."""
    from .exchange.errors import shortened
    from .services.errors import InvalidInput
    from .services.response_forms import RoundClosed

    if isinstance(exc, RoundClosed):
        return str(exc)
    field = FIELD_WORDS.get(exc.field, exc.field.replace("_", " "))
    value = repr(shortened(str(exc.value))) if exc.value is not None else "this"
    return {
        InvalidInput.REQUIRED: f"the {field} is required",
        InvalidInput.TOO_LONG: f"the {field} is too long",
        InvalidInput.DUPLICATE: f"there is already a {field} {value}",
        InvalidInput.UNKNOWN_VALUE: f"{value} is not a {field} Drempelmeter knows",
        InvalidInput.OUT_OF_RANGE: f"{value} is not a {field} that is allowed here",
        InvalidInput.NOT_FOUND: f"there is no {field} named {value} in this trajectory",
        InvalidInput.IN_USE: f"the {field} {value} is in use elsewhere",
        InvalidInput.CLOSED: f"the {field} {value} is closed: it can no longer change",
        InvalidInput.PERSONAL_DATA: f"the {field} looks like personal data ({value})",
        InvalidInput.SEPARATOR: f"the {field} cannot hold "
        + ("a line break" if exc.value == "\n" else value)
        + ": a workbook puts it between the terms of one cell (use '/' or ',' instead)",
        InvalidInput.AFTER_TODAY: f"the {field} {value} is after today",
    }.get(exc.problem, f"the {field} {value} cannot be used here") + (
        f" (the {field}s: {'; '.join(exc.choices)})" if exc.choices else "")


#: The room's activities as its lines name them.
ROOM_ACTIVITIES = {"poll": "gut-feeling poll", "dots": "dot vote", "moscow": "MoSCoW",
                   "premortem": "pre-mortem"}


def room_closed(kind: str, answered: int, joined: int, kept: int) -> str:
    """The room's last line: the devices that answered, of those that joined."""
    held = f"; {counted(kept, 'text')} nobody reviewed kept as drafts of the session" if (
        kept) else ""
    return (f"The {ROOM_ACTIVITIES[kind]} closed: {counted(answered, 'device')} answered "
            f"({joined} joined){held}")


def room_earlier(kind: str, earlier: int) -> str:
    """What the session or round holds already that the room's answers add to."""
    held = (f"This session's poll already holds {counted(earlier, 'answer')} (from phones or "
            "counted by hand)" if kind == "poll"
            else f"This round already holds the votes of {counted(earlier, 'phone')}")
    return f"{held}; they stay counted: phones that answered before can answer again."


def bind_problem(host: str, port: int, exc: OSError) -> str:
    """Why the room could not listen where asked, in plain words (never the system's tuple)."""
    import errno
    import socket

    where = f"{host} port {port}" if port else f"{host} (any free port)"
    if isinstance(exc, socket.gaierror):
        why = "this computer knows no such address or name"
    else:
        why = {
            errno.EADDRINUSE: "another program uses that port (choose another with --port N, "
                              "or 0 for any free port)",
            errno.EADDRNOTAVAIL: "that is not an address of this computer (give one of its "
                                 "own with --host ADDR, or leave --host out)",
            errno.EACCES: "the system does not allow it (a port below 1024 needs an "
                          "administrator: choose a higher one with --port N)",
        }.get(exc.errno or 0, os.strerror(exc.errno) if exc.errno else "the system refused")
    return f"cannot listen on {where}: {why}"


def unknown_command(word: Path | None, commands: Sequence[str]) -> str | None:
    """What to say when the window's FILE is a mistyped command (`drempelmeter chek x.drempel`):
    a word that is no file, with neither a path separator nor a suffix; else None."""
    if word is None or word.suffix or len(word.parts) != 1 or word.exists():
        return None
    import difflib

    close = difflib.get_close_matches(str(word), commands, n=1)
    guess = f"; did you mean '{close[0]}'?" if close else ""
    return (f"drempelmeter: unknown command '{word}'{guess}\n"
            f"Commands: {', '.join(commands)} (drempelmeter COMMAND --help for "
            "more); drempelmeter FILE.drempel opens the window.")
