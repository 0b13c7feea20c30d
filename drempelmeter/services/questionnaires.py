"""The questionnaires on offer: the bundled ones and those a region put in its own folder."""

from __future__ import annotations

from pathlib import Path

from ..domain.questionnaire import RESPONDENT_GROUPS, WORDING_OF_GROUP, Questionnaire
from ..exchange.questionnaire_file import QuestionnaireError, read_folder
from ..paths import questionnaires_dir, user_data_dir
from .validation import known_key


def user_questionnaires_dir() -> Path:
    """Where a region keeps its own or adapted questionnaires; created on first use."""
    folder = user_data_dir() / "questionnaires"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def available() -> tuple[list[Questionnaire], list[QuestionnaireError]]:
    """Every questionnaire that loads, the region's own first; a broken file is reported apart.

    A region's file with the same id and version as a bundled one takes its place.
    """
    found: dict[tuple[str, str], Questionnaire] = {}
    errors: list[QuestionnaireError] = []
    for folder in (user_questionnaires_dir(), questionnaires_dir()):
        loaded, failed = read_folder(folder)
        errors += failed
        for questionnaire in loaded:
            found.setdefault((questionnaire.id, questionnaire.version), questionnaire)
    return list(found.values()), errors


def find(questionnaire_id: str, version: str) -> Questionnaire | None:
    """The questionnaire a round used, when its file is still there."""
    questionnaires, _errors = available()
    return next((q for q in questionnaires if (q.id, q.version) == (questionnaire_id, version)),
                None)


def write_paper_form(out: Path, questionnaire: Questionnaire, perspective: str,
                     heading: str = "") -> None:
    """The printable questionnaire (PDF) for one respondent group, in its wording; easy language
    for clients."""
    from ..exchange.questionnaire_pdf import write_questionnaire_pdf

    known_key("perspective", RESPONDENT_GROUPS, perspective)
    write_questionnaire_pdf(out, questionnaire, WORDING_OF_GROUP[perspective], heading)
