"""Workshop mode: a session's start, close, summary and own prompts; the time an agenda item
really took; captures, gut-feeling poll tallies and pre-mortem notes of a session; and an index
on a signal's barrier and partner.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('workshop_session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('started_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('summary', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('prompts', sa.JSON(), server_default='[]', nullable=False))
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kept_seconds', sa.Integer(), nullable=True))
    op.create_table('capture',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('b', sa.String(length=30), nullable=True),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('result_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['workshop_session.id'],
                            name=op.f('fk_capture_session_id_workshop_session'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_capture'))
    )
    with op.batch_alter_table('capture', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_capture_session_id'), ['session_id'], unique=False)
    op.create_table('poll_count',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('b', sa.String(length=30), nullable=False),
    sa.Column('answer', sa.String(length=30), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['workshop_session.id'],
                            name=op.f('fk_poll_count_session_id_workshop_session'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'b', 'answer', name=op.f('pk_poll_count'))
    )
    op.create_table('premortem_note',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('cluster', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['plan_action.id'],
                            name=op.f('fk_premortem_note_action_id_plan_action'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['workshop_session.id'],
                            name=op.f('fk_premortem_note_session_id_workshop_session'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_premortem_note'))
    )
    with op.batch_alter_table('premortem_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_premortem_note_action_id'), ['action_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_premortem_note_session_id'), ['session_id'],
                              unique=False)
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.create_index('ix_signal_barrier_partner', ['barrier_id', 'partner_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_index('ix_signal_barrier_partner')
    op.drop_table('premortem_note')
    op.drop_table('poll_count')
    op.drop_table('capture')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_column('kept_seconds')
    with op.batch_alter_table('workshop_session', schema=None) as batch_op:
        batch_op.drop_column('prompts')
        batch_op.drop_column('summary')
        batch_op.drop_column('closed_at')
        batch_op.drop_column('started_at')
