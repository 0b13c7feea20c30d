"""A region's own questionnaire themes: each with its name, a short explanation and its items,
asked beside the B's and scored like the fixed themes."""

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import NAME_LENGTH, TEXT_LENGTH, Base, id_column


class QuestionnaireTheme(Base):
    """A theme the region added. Its key is what a round's items and the scores name; it never
    changes, and a theme is retired rather than deleted once a round asked it."""

    __tablename__ = "questionnaire_theme"
    __table_args__ = (UniqueConstraint("trajectory_id", "key"),)

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    explanation: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[list["QuestionnaireThemeItem"]] = relationship(
        order_by="QuestionnaireThemeItem.position", cascade="all, delete-orphan"
    )


class QuestionnaireThemeItem(Base):
    """One question of a region's theme: `text` is what every group reads unless its own
    wording (`staff_text`, `management_text`, `client_text`: per perspective) says otherwise;
    `key` is the item id a round asks and its answers carry. A question taken out of its theme
    after a round asked it is kept, `removed`: that round's forms and grid keep its wording, a
    new round never asks it."""

    __tablename__ = "questionnaire_theme_item"
    __table_args__ = (UniqueConstraint("theme_id", "key"),)

    id: Mapped[str] = id_column()
    theme_id: Mapped[str] = mapped_column(
        ForeignKey("questionnaire_theme.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(String(TEXT_LENGTH))
    position: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    staff_text: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="", server_default="")
    management_text: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="",
                                                 server_default="")
    client_text: Mapped[str] = mapped_column(String(TEXT_LENGTH), default="", server_default="")
