"""Measurement rounds, anonymous respondents and their answers.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('measurement_round',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('questionnaire_id', sa.String(length=60), nullable=False),
    sa.Column('questionnaire_version', sa.String(length=30), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_measurement_round_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurement_round'))
    )
    with op.batch_alter_table('measurement_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurement_round_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('respondent',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('round_id', sa.String(length=36), nullable=False),
    sa.Column('partner_id', sa.String(length=36), nullable=False),
    sa.Column('group', sa.String(length=20), nullable=False),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_respondent_partner_id_partner'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['round_id'], ['measurement_round.id'], name=op.f('fk_respondent_round_id_measurement_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_respondent'))
    )
    with op.batch_alter_table('respondent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_respondent_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_respondent_round_id'), ['round_id'], unique=False)

    op.create_table('response_answer',
    sa.Column('respondent_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('special', sa.String(length=20), nullable=True),
    sa.CheckConstraint("(value BETWEEN 1 AND 5 AND special IS NULL) OR (value IS NULL AND special IN ('dont_know', 'not_applicable'))", name=op.f('ck_response_answer_value_or_special')),
    sa.ForeignKeyConstraint(['respondent_id'], ['respondent.id'], name=op.f('fk_response_answer_respondent_id_respondent'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('respondent_id', 'item_id', name=op.f('pk_response_answer'))
    )
