"""The signal table's index on to_review holds only the signals waiting for review: every
other signal (nearly all) had an entry that no query asks for, written at each insert of an
import (#14). The count of signals to review (`to_review = 1`) reads the smaller index.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

WAITING = sa.text('to_review = 1')


def upgrade() -> None:
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_index('ix_signal_to_review')
        batch_op.create_index('ix_signal_to_review', ['to_review'], unique=False,
                              sqlite_where=WAITING, postgresql_where=WAITING)


def downgrade() -> None:
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_index('ix_signal_to_review')
        batch_op.create_index('ix_signal_to_review', ['to_review'], unique=False)
