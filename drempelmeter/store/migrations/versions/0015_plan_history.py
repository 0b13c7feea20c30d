"""Reserved: the history of an action's planned fields, so a past year's report shows what was planned then.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
