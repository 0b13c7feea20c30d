"""A batch migration that makes SQLite copy and drop the parent table ("move and copy")."""

import sqlalchemy as sa
from alembic import op

revision = "t2"
down_revision = "t1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("parent") as batch:
        batch.alter_column("name", type_=sa.String(120), existing_nullable=False)
        batch.add_column(sa.Column("note", sa.Text, nullable=True))
