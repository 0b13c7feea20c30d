"""Two indexes of the signal table that nothing asks: on trajectory_id (a file holds one
trajectory) and on barrier_id (ix_signal_barrier_partner, on barrier_id and partner_id, serves
every look-up by barrier, the foreign key's too). Each cost every insert of an import and the
room of a province's 100,000 rows.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_index('ix_signal_barrier_id')
        batch_op.drop_index('ix_signal_trajectory_id')


def downgrade() -> None:
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.create_index('ix_signal_trajectory_id', ['trajectory_id'], unique=False)
        batch_op.create_index('ix_signal_barrier_id', ['barrier_id'], unique=False)
