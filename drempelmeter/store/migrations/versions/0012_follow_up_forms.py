"""Follow-up forms: what a trekker reports per action (done, evidence, next step, needs) and who reported it.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
