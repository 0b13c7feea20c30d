"""A parent table and a child table under ON DELETE CASCADE."""

import sqlalchemy as sa
from alembic import op

revision = "t1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parent",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
    )
    op.create_table(
        "child",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "parent_id", sa.Integer,
            sa.ForeignKey("parent.id", ondelete="CASCADE", name="fk_child_parent"),
            nullable=False,
        ),
    )
