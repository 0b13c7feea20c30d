"""Signals: what each partner noticed, with the taxonomy fields of DOMAIN.md.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('signal',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('partner_id', sa.String(length=36), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('primary_b', sa.String(length=30), nullable=False),
    sa.Column('secondary_b', sa.String(length=30), nullable=True),
    sa.Column('level', sa.String(length=30), nullable=True),
    sa.Column('non_take_up', sa.String(length=30), nullable=True),
    sa.Column('journey_moment', sa.String(length=30), nullable=True),
    sa.Column('channel', sa.String(length=30), nullable=True),
    sa.Column('gbo_function', sa.String(length=30), nullable=True),
    sa.Column('gbo_principle', sa.String(length=30), nullable=True),
    sa.Column('life_domains', sa.JSON(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('target_groups', sa.JSON(), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=True),
    sa.Column('severity', sa.Integer(), nullable=True),
    sa.Column('frequency', sa.String(length=30), nullable=True),
    sa.Column('influence', sa.String(length=30), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('kept_findings', sa.JSON(), nullable=False),
    sa.Column('kept_confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('severity IS NULL OR severity BETWEEN 0 AND 4', name=op.f('ck_signal_severity_range')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_signal_partner_id_partner'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_signal_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signal'))
    )
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signal_fingerprint'), ['fingerprint'], unique=False)
        batch_op.create_index(batch_op.f('ix_signal_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signal_trajectory_id'), ['trajectory_id'], unique=False)

