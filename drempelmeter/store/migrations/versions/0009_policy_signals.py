"""Policy signals: supra-local barriers addressed to a level, with their status and answers.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('policy_signal',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('barrier_id', sa.String(length=36), nullable=True),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=30), nullable=False),
    sa.Column('addressee', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('request', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['barrier_id'], ['barrier.id'],
                            name=op.f('fk_policy_signal_barrier_id_barrier'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'],
                            name=op.f('fk_policy_signal_trajectory_id_trajectory'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_signal'))
    )
    with op.batch_alter_table('policy_signal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_signal_barrier_id'), ['barrier_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_policy_signal_trajectory_id'), ['trajectory_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('policy_signal')
