"""The history of an action's planned fields (points, owner, partners, dates, means,
indicator), so a past year's report shows what was planned then. A file without it gets one
"seed" row per action holding today's values, dated at the earliest day the file knows the
action by (its validation or first follow-up step), else today; its created_at says when the
history begins.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""

import uuid
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table('planned_version',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('concrete', sa.JSON(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('partners', sa.JSON(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('means', sa.Text(), nullable=False),
    sa.Column('indicator', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['plan_action.id'],
                            name=op.f('fk_planned_version_action_id_plan_action'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_version'))
    )
    with op.batch_alter_table('planned_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planned_version_action_id'), ['action_id'],
                              unique=False)
    action = sa.table('plan_action', sa.column('id', sa.String), sa.column('concrete', sa.JSON),
                      sa.column('owner', sa.String), sa.column('partners', sa.JSON),
                      sa.column('starts_on', sa.Date), sa.column('due_on', sa.Date),
                      sa.column('means', sa.Text), sa.column('indicator', sa.Text),
                      sa.column('validated_on', sa.Date))
    step = sa.table('action_status', sa.column('action_id', sa.String),
                    sa.column('on', sa.Date))
    bind = op.get_bind()
    first_steps = dict(bind.execute(sa.select(step.c.action_id, sa.func.min(step.c.on))
                                    .group_by(step.c.action_id)).all())
    now = datetime.now(UTC)
    rows = []
    for row in bind.execute(sa.select(action)).mappings():
        known = [d for d in (row['validated_on'], first_steps.get(row['id'])) if d is not None]
        first = min(known, default=now.date())
        rows.append({**{k: v for k, v in row.items() if k != 'validated_on'},
                     'id': str(uuid.uuid4()), 'action_id': row['id'], 'source': 'seed',
                     'effective_on': date.fromisoformat(str(first)), 'created_at': now})
    op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_table('planned_version')
