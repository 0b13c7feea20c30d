"""The next cycle: the link to the cycle a trajectory continues (its file, trajectory, cycle
number, questionnaire and baseline round), the baseline's scores per B, and the marks of the
barriers and actions carried over.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cycle_link',
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('cycle_number', sa.Integer(), nullable=False),
    sa.Column('previous_file', sa.String(length=500), nullable=False),
    sa.Column('previous_trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('previous_name', sa.String(length=200), nullable=False),
    sa.Column('baseline_round', sa.String(length=200), nullable=False),
    sa.Column('baseline_closed_on', sa.Date(), nullable=True),
    sa.Column('baseline_threshold', sa.Integer(), nullable=True),
    sa.Column('questionnaire_id', sa.String(length=60), nullable=False),
    sa.Column('questionnaire_version', sa.String(length=30), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('cycle_number >= 2', name=op.f('ck_cycle_link_cycle_number_min')),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'],
                            name=op.f('fk_cycle_link_trajectory_id_trajectory'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('trajectory_id', name=op.f('pk_cycle_link'))
    )
    op.create_table('baseline_score',
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('b', sa.String(length=30), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('suppressed', sa.Boolean(), nullable=False),
    sa.Column('respondents', sa.Integer(), nullable=True),
    sa.Column('mean', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['trajectory_id'], ['cycle_link.trajectory_id'],
                            name=op.f('fk_baseline_score_trajectory_id_cycle_link'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('trajectory_id', 'b', name=op.f('pk_baseline_score'))
    )
    op.create_table('carried_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('barrier_id', sa.String(length=36), nullable=True),
    sa.Column('action_id', sa.String(length=36), nullable=True),
    sa.Column('from_cycle', sa.Integer(), nullable=False),
    sa.Column('from_name', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.CheckConstraint('(barrier_id IS NULL) <> (action_id IS NULL)',
                       name=op.f('ck_carried_item_one_item')),
    sa.ForeignKeyConstraint(['action_id'], ['plan_action.id'],
                            name=op.f('fk_carried_item_action_id_plan_action'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['barrier_id'], ['barrier.id'],
                            name=op.f('fk_carried_item_barrier_id_barrier'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_carried_item'))
    )
    with op.batch_alter_table('carried_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_carried_item_action_id'), ['action_id'],
                              unique=True)
        batch_op.create_index(batch_op.f('ix_carried_item_barrier_id'), ['barrier_id'],
                              unique=True)


def downgrade() -> None:
    op.drop_table('carried_item')
    op.drop_table('baseline_score')
    op.drop_table('cycle_link')
