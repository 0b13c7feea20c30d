"""Initial schema: trajectory, partners, participants, phases, checklists, sessions, decisions.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=50), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('trajectory',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=200), nullable=False),
    sa.Column('coach', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('target_groups', sa.JSON(), nullable=False),
    sa.Column('optional_bs', sa.JSON(), nullable=False),
    sa.Column('suppression_threshold', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('suppression_threshold >= 3', name=op.f('ck_trajectory_suppression_min')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trajectory'))
    )
    op.create_table('partner',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('type', sa.String(length=30), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_partner_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner')),
    sa.UniqueConstraint('trajectory_id', 'name', name=op.f('uq_partner_trajectory_id_name'))
    )
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('phase',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.CheckConstraint('number BETWEEN 1 AND 6', name=op.f('ck_phase_number_range')),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_phase_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase')),
    sa.UniqueConstraint('trajectory_id', 'number', name=op.f('uq_phase_trajectory_id_number'))
    )
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phase_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('checklist_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('phase_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=True),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['phase_id'], ['phase.id'], name=op.f('fk_checklist_item_phase_id_phase'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item'))
    )
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_item_phase_id'), ['phase_id'], unique=False)

    op.create_table('decision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('phase_id', sa.String(length=36), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['phase_id'], ['phase.id'], name=op.f('fk_decision_phase_id_phase'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_decision_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_phase_id'), ['phase_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('partner_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('groups', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_participant_partner_id_partner'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_participant_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('workshop_session',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('phase_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['phase_id'], ['phase.id'], name=op.f('fk_workshop_session_phase_id_phase'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_session'))
    )
    with op.batch_alter_table('workshop_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_session_phase_id'), ['phase_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['workshop_session.id'], name=op.f('fk_agenda_item_session_id_workshop_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_session_id'), ['session_id'], unique=False)

    op.create_table('attendance',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_attendance_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['workshop_session.id'], name=op.f('fk_attendance_session_id_workshop_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'participant_id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_participant_id'), ['participant_id'], unique=False)

