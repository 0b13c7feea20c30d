"""Barriers (clusters of signals) and prioritisation rounds with their entries.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('barrier',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('primary_b', sa.String(length=30), nullable=False),
    sa.Column('level', sa.String(length=30), nullable=True),
    sa.Column('journey_moment', sa.String(length=30), nullable=True),
    sa.Column('severity', sa.Integer(), nullable=True),
    sa.Column('frequency', sa.String(length=30), nullable=True),
    sa.Column('influence', sa.String(length=30), nullable=True),
    sa.Column('partner_ids', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('severity IS NULL OR severity BETWEEN 0 AND 4', name=op.f('ck_barrier_severity_range')),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_barrier_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_barrier'))
    )
    with op.batch_alter_table('barrier', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_barrier_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('priority_round',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('method', sa.String(length=30), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('participants', sa.JSON(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('rationale', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_priority_round_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_priority_round'))
    )
    with op.batch_alter_table('priority_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_priority_round_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('priority_entry',
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('barrier_id', sa.String(length=36), nullable=False),
    sa.Column('inputs', sa.JSON(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['barrier_id'], ['barrier.id'], name=op.f('fk_priority_entry_barrier_id_barrier'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['priority_round.id'], name=op.f('fk_priority_entry_round_id_priority_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('round_id', 'barrier_id', name=op.f('pk_priority_entry'))
    )
    with op.batch_alter_table('priority_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_priority_entry_barrier_id'), ['barrier_id'], unique=False)

    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('barrier_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_signal_barrier_id'), ['barrier_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_signal_barrier_id_barrier'), 'barrier', ['barrier_id'], ['id'], ondelete='SET NULL')

