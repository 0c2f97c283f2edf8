"""Rounds of the action cycle: a project knows its round number and the round before it

Revision ID: 0008_project_rounds
Revises: 0007_check_rounds
Create Date: 2026-12-06 13:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008_project_rounds'
down_revision = '0007_check_rounds'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.add_column(sa.Column('round_number', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('previous_round_id', sa.Integer(), nullable=True))
        batch_op.create_index('ix_projects_previous_round_id', ['previous_round_id'], unique=False)
        batch_op.create_foreign_key('fk_projects_previous_round_id', 'projects', ['previous_round_id'], ['id'],
                                    ondelete='SET NULL')


def downgrade():
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_constraint('fk_projects_previous_round_id', type_='foreignkey')
        batch_op.drop_index('ix_projects_previous_round_id')
        batch_op.drop_column('previous_round_id')
        batch_op.drop_column('round_number')
