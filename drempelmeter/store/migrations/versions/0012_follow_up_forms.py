"""Follow-up forms: what a trekker reports per action (done, evidence, next step, needs) and who reported it.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('follow_up_report',
    sa.Column('status_id', sa.String(length=36), nullable=False),
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('form_id', sa.String(length=36), nullable=False),
    sa.Column('made_for', sa.String(length=200), nullable=False),
    sa.Column('reporter', sa.String(length=200), nullable=False),
    sa.Column('done', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('next_step', sa.Text(), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.Column('needs', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['plan_action.id'],
                            name=op.f('fk_follow_up_report_action_id_plan_action'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['status_id'], ['action_status.id'],
                            name=op.f('fk_follow_up_report_status_id_action_status'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('status_id', name=op.f('pk_follow_up_report')),
    sa.UniqueConstraint('form_id', 'action_id', name=op.f('uq_follow_up_report_form_id_action_id'))
    )
    with op.batch_alter_table('follow_up_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_report_action_id'), ['action_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('follow_up_report')
