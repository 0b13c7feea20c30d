"""The export and import of a trajectory's lists as a YAML file, for the vocabularies and the
questionnaire themes alike: the file dialogs, the dry run's question and the refusals in words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ..services.errors import InvalidInput, TrajectoryFileError
from . import prompts
from .document import TrajectoryDocument
from .i18n import fill


def export_yaml(parent: QWidget, title: str, suggestion: Path, file_filter: str,
                write: Callable[[Path], int], written: str) -> None:
    """Ask where to save, `write` the file there and say `written` (%1 the count, %2 the file)."""
    from ..exchange.errors import WriteError
    from .messages import describe_write_error

    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), file_filter)
    if not name:
        return
    target = Path(name) if Path(name).suffix in (".yaml", ".yml") else Path(f"{name}.yaml")
    try:
        count = write(target)
    except WriteError as exc:
        prompts.show_error(parent, title, describe_write_error(exc))
        return
    prompts.show_info(parent, title, fill(written, str(count), str(target)))


def import_yaml(parent: QWidget, title: str, document: TrajectoryDocument, areas: Iterable[str],
                file_filter: str, question: Callable[[Path], str | None],
                apply: Callable[[Path], object]) -> Path | None:
    """Ask for a file; `question` dry-runs it and gives what to confirm (None: it told the user
    there is nothing to do); `apply` imports it. Returns the file imported, or None when nothing
    was, a refusal said in words with the file and line. An import is not undoable, and an edit
    before it undone over what it changed could put back what the file changed or give two
    records one label: the undo stack is cleared (the import's backup can undo it) and the
    `areas` are told they changed."""
    from ..exchange.vocabulary_file import VocabularyFileError
    from .messages import describe_file_error, describe_invalid_input
    from .yaml_messages import describe_yaml_error

    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path(document.db.path).parent),
                                          file_filter)
    if not name:
        return None
    path = Path(name)
    try:
        asked = question(path)
        if asked is None or not prompts.confirm(parent, title, asked):
            return None
        apply(path)
    except VocabularyFileError as exc:
        prompts.show_error(parent, title, describe_yaml_error(exc))
        return None
    except InvalidInput as exc:
        prompts.show_error(parent, title, describe_invalid_input(exc))
        return None
    except TrajectoryFileError as exc:
        prompts.show_error(parent, title, describe_file_error(exc))
        return None
    document.undo_stack.clear()
    for area in areas:
        document.changed.emit(area)
    return path
