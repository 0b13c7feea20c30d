"""The next cycle: carried barriers and actions, and the link to the cycle a trajectory continues.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
