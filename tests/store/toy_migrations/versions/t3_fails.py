"""A migration that changes data, then fails half-way on a file whose parent is named 'fail'."""

import sqlalchemy as sa
from alembic import op

revision = "t3"
down_revision = "t2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE parent SET note = 'touched'")
    if op.get_bind().execute(sa.text("SELECT count(*) FROM parent WHERE name = 'fail'")).scalar():
        raise RuntimeError("migration failed half-way")
