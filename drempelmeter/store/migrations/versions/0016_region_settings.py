"""A region's own settings: the klankgroep's rhythm (trajectory.evaluation_months, 6 in a file
from before) and the wording of a question of its own questionnaire themes per group
(questionnaire_theme_item.staff_text, management_text, client_text; empty: the common wording).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

#: The wording columns of a theme's question, one per perspective.
WORDINGS = ('staff_text', 'management_text', 'client_text')


def upgrade() -> None:
    with op.batch_alter_table('trajectory', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evaluation_months', sa.Integer(), server_default='6',
                                      nullable=False))
    with op.batch_alter_table('questionnaire_theme_item', schema=None) as batch_op:
        for name in WORDINGS:
            batch_op.add_column(sa.Column(name, sa.String(length=500), server_default='',
                                          nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('questionnaire_theme_item', schema=None) as batch_op:
        for name in reversed(WORDINGS):
            batch_op.drop_column(name)
    with op.batch_alter_table('trajectory', schema=None) as batch_op:
        batch_op.drop_column('evaluation_months')
