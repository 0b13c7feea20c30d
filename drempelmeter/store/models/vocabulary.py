"""A region's changes to its vocabularies: the terms it added, renamed, retired or restored."""

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import NAME_LENGTH, Base, id_column


class VocabularyTerm(Base):
    """One term of a list that the region changed or added; the defaults are not stored, so
    a later version's better defaults reach older files. Keys never change; a row is never
    deleted while a record uses its key (it is retired instead)."""

    __tablename__ = "vocabulary_term"
    __table_args__ = (UniqueConstraint("trajectory_id", "vocabulary", "key"),)

    id: Mapped[str] = id_column()
    trajectory_id: Mapped[str] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    vocabulary: Mapped[str] = mapped_column(String(30))
    key: Mapped[str] = mapped_column(String(30))
    #: The region's labels; None keeps the default's.
    nl: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    en: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    #: True retires, False restores, None keeps the default's.
    retired: Mapped[bool | None] = mapped_column(Boolean)
    #: The order of the terms the region added.
    position: Mapped[int] = mapped_column(Integer, default=0)
