"""Personal data under review: imported signals that wait for the coach, and recorded keeps;
the score weights kept in the file, and when a prioritisation round was closed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('personal_data_keep',
    sa.Column('record', sa.String(length=30), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('texts', sa.JSON(), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('record', 'record_id', 'field', name=op.f('pk_personal_data_keep'))
    )
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('to_review', sa.Boolean(), server_default='0', nullable=False))
        batch_op.create_index(batch_op.f('ix_signal_to_review'), ['to_review'], unique=False)
    with op.batch_alter_table('trajectory', schema=None) as batch_op:
        batch_op.add_column(sa.Column('score_weights', sa.JSON(), nullable=True))
    with op.batch_alter_table('priority_round', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('priority_round', schema=None) as batch_op:
        batch_op.drop_column('closed_at')
    with op.batch_alter_table('trajectory', schema=None) as batch_op:
        batch_op.drop_column('score_weights')
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signal_to_review'))
        batch_op.drop_column('to_review')
    op.drop_table('personal_data_keep')
