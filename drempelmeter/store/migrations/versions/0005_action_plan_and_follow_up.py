"""The action plan (pillars, goals, actions) and each action's follow-up history.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plan_pillar',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_plan_pillar_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_pillar'))
    )
    with op.batch_alter_table('plan_pillar', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_pillar_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('plan_goal',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('pillar_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['pillar_id'], ['plan_pillar.id'], name=op.f('fk_plan_goal_pillar_id_plan_pillar'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_goal'))
    )
    with op.batch_alter_table('plan_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_goal_pillar_id'), ['pillar_id'], unique=False)

    op.create_table('plan_action',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('goal_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('concrete', sa.JSON(), nullable=False),
    sa.Column('risks', sa.JSON(), nullable=False),
    sa.Column('needs', sa.JSON(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('partners', sa.JSON(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('means', sa.Text(), nullable=False),
    sa.Column('indicator', sa.Text(), nullable=False),
    sa.Column('barrier_ids', sa.JSON(), nullable=False),
    sa.Column('bs', sa.JSON(), nullable=False),
    sa.Column('principles', sa.JSON(), nullable=False),
    sa.Column('moscow', sa.String(length=30), nullable=True),
    sa.Column('validated_on', sa.Date(), nullable=True),
    sa.Column('validation', sa.Text(), nullable=False),
    sa.Column('reported_back', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['plan_goal.id'], name=op.f('fk_plan_action_goal_id_plan_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_action'))
    )
    with op.batch_alter_table('plan_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_action_goal_id'), ['goal_id'], unique=False)

    op.create_table('action_status',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['plan_action.id'], name=op.f('fk_action_status_action_id_plan_action'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_status'))
    )
    with op.batch_alter_table('action_status', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_status_action_id'), ['action_id'], unique=False)

