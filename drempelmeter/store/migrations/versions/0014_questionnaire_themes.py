"""A region's own questionnaire themes: questionnaire_theme (name, explanation, retired,
position) and questionnaire_theme_item (the item id a round asks, its text, position, and
whether it was taken out of its theme after a round asked it).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('questionnaire_theme',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('explanation', sa.String(length=500), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'],
                            name=op.f('fk_questionnaire_theme_trajectory_id_trajectory'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire_theme')),
    sa.UniqueConstraint('trajectory_id', 'key',
                        name=op.f('uq_questionnaire_theme_trajectory_id_key'))
    )
    with op.batch_alter_table('questionnaire_theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questionnaire_theme_trajectory_id'),
                              ['trajectory_id'], unique=False)
    op.create_table('questionnaire_theme_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('theme_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('removed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['theme_id'], ['questionnaire_theme.id'],
                            name=op.f('fk_questionnaire_theme_item_theme_id_questionnaire_theme'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questionnaire_theme_item')),
    sa.UniqueConstraint('theme_id', 'key', name=op.f('uq_questionnaire_theme_item_theme_id_key'))
    )
    with op.batch_alter_table('questionnaire_theme_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questionnaire_theme_item_theme_id'), ['theme_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('questionnaire_theme_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questionnaire_theme_item_theme_id'))
    op.drop_table('questionnaire_theme_item')
    with op.batch_alter_table('questionnaire_theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questionnaire_theme_trajectory_id'))
    op.drop_table('questionnaire_theme')
