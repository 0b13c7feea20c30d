"""Reserved: a region's own settings (the klankgroep's rhythm, the wording of its questionnaire
themes per group); filled in by the change that adds them.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
