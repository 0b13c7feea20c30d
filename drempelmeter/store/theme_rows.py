"""The region's own questionnaire themes as plain records, and which of their items rounds
asked."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.questionnaire import PERSPECTIVES
from ..domain.region_themes import RegionTheme, ThemeItem
from .models import MeasurementRound, QuestionnaireTheme, QuestionnaireThemeItem

#: The column of a question's wording per perspective.
WORDING_COLUMNS = tuple((p, f"{p}_text") for p in PERSPECTIVES)


def themes(session: Session) -> list[RegionTheme]:
    """Every theme the region added (retired ones too), in its order, with the questions
    removed from it that a round asked."""
    rows = session.scalars(select(QuestionnaireTheme).order_by(QuestionnaireTheme.position,
                                                               QuestionnaireTheme.key))
    return [RegionTheme(row.key, row.name, row.explanation,
                        tuple(_item(i) for i in row.items if not i.removed),
                        row.retired, row.position,
                        tuple(_item(i) for i in row.items if i.removed))
            for row in rows]


def _item(row: QuestionnaireThemeItem) -> ThemeItem:
    return ThemeItem(row.key, row.text, tuple((p, getattr(row, column))
                                              for p, column in WORDING_COLUMNS
                                              if getattr(row, column)))


def save(session: Session, trajectory_id: str, theme: RegionTheme) -> tuple[str, list[str]]:
    """Store `theme` in place of what the file had under its key, its removed questions marked
    so after its questions; returns the ids of its row and of its items' rows (its questions,
    then the removed ones), for the personal-data check."""
    row = session.scalars(select(QuestionnaireTheme).where(
        QuestionnaireTheme.key == theme.key)).first()
    if row is None:
        row = QuestionnaireTheme(trajectory_id=trajectory_id, key=theme.key)
        session.add(row)
    row.name, row.explanation, row.retired, row.position = (
        theme.name, theme.explanation, theme.retired, theme.position)
    have = {i.key: i for i in row.items}
    wanted = [*((i, False) for i in theme.items), *((i, True) for i in theme.removed)]
    row.items = [have.get(i.key) or QuestionnaireThemeItem(key=i.key) for i, _gone in wanted]
    for position, (item, (want, gone)) in enumerate(zip(row.items, wanted, strict=True),
                                                    start=1):
        item.text, item.position, item.removed = want.text, position, gone
        for perspective, column in WORDING_COLUMNS:
            setattr(item, column, dict(want.wordings).get(perspective, ""))
    session.flush()
    return row.id, [i.id for i in row.items]


def forget(session: Session, key: str) -> None:
    """Take a theme away with its items (the undo of adding it)."""
    session.execute(delete(QuestionnaireTheme).where(QuestionnaireTheme.key == key))


def asked_items(session: Session) -> dict[str, set[str]]:
    """Per theme key, the item ids that some round asked under it."""
    asked: dict[str, set[str]] = {}
    for (items,) in session.execute(select(MeasurementRound.items)):
        for item in items or ():
            asked.setdefault(item["b"], set()).add(item["id"])
    return asked
