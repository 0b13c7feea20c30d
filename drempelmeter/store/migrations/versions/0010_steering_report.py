"""The steering group's report: the coach's interpretation per chapter, the key findings, what
changes next year per action and year; and proposals in the decision log (a state, the date
proposed, no decision date while open).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('chapter_note',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('chapter', sa.String(length=30), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'],
                            name=op.f('fk_chapter_note_trajectory_id_trajectory'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chapter_note')),
    sa.UniqueConstraint('trajectory_id', 'chapter',
                        name=op.f('uq_chapter_note_trajectory_id_chapter'))
    )
    with op.batch_alter_table('chapter_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chapter_note_trajectory_id'), ['trajectory_id'],
                              unique=False)
    op.create_table('key_finding',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('trajectory_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'],
                            name=op.f('fk_key_finding_trajectory_id_trajectory'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_finding'))
    )
    with op.batch_alter_table('key_finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_finding_trajectory_id'), ['trajectory_id'],
                              unique=False)
    op.create_table('action_year_note',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('action_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['plan_action.id'],
                            name=op.f('fk_action_year_note_action_id_plan_action'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_year_note')),
    sa.UniqueConstraint('action_id', 'year', name=op.f('uq_action_year_note_action_id_year'))
    )
    with op.batch_alter_table('action_year_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_year_note_action_id'), ['action_id'],
                              unique=False)
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state', sa.String(length=30), server_default='decided',
                                      nullable=False))
        batch_op.add_column(sa.Column('proposed_on', sa.Date(), nullable=True))
        batch_op.alter_column('decided_on', existing_type=sa.Date(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM decision WHERE decided_on IS NULL")
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.alter_column('decided_on', existing_type=sa.Date(), nullable=False)
        batch_op.drop_column('proposed_on')
        batch_op.drop_column('state')
    with op.batch_alter_table('action_year_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_year_note_action_id'))
    op.drop_table('action_year_note')
    with op.batch_alter_table('key_finding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_finding_trajectory_id'))
    op.drop_table('key_finding')
    with op.batch_alter_table('chapter_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chapter_note_trajectory_id'))
    op.drop_table('chapter_note')
