"""The region's own vocabularies: terms it adds, renames or retires, per list.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('vocabulary_term',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('vocabulary', sa.String(length=30), nullable=False),
    sa.Column('key', sa.String(length=30), nullable=False),
    sa.Column('nl', sa.String(length=200), nullable=True),
    sa.Column('en', sa.String(length=200), nullable=True),
    sa.Column('retired', sa.Boolean(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'],
                            name=op.f('fk_vocabulary_term_trajectory_id_trajectory'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vocabulary_term')),
    sa.UniqueConstraint('trajectory_id', 'vocabulary', 'key',
                        name=op.f('uq_vocabulary_term_trajectory_id_vocabulary_key'))
    )
    with op.batch_alter_table('vocabulary_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vocabulary_term_trajectory_id'), ['trajectory_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('vocabulary_term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vocabulary_term_trajectory_id'))
    op.drop_table('vocabulary_term')
