"""Follow-up actions on themes: what, who, by when and how far along

Revision ID: 0006_follow_up_actions
Revises: 0005_audit_chain_lock
Create Date: 2026-12-06 13:20:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401


revision = '0006_follow_up_actions'
down_revision = '0005_audit_chain_lock'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('follow_up_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=True),
    sa.Column('what', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('progress_note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_follow_up_actions_project_id', 'follow_up_actions', ['project_id'])
    op.create_index('ix_follow_up_actions_code_id', 'follow_up_actions', ['code_id'])


def downgrade():
    op.drop_index('ix_follow_up_actions_code_id', 'follow_up_actions')
    op.drop_index('ix_follow_up_actions_project_id', 'follow_up_actions')
    op.drop_table('follow_up_actions')
