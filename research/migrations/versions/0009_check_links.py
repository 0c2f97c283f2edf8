"""Member checks by personal link: consent to be asked again, and a link per participant and check round

Revision ID: 0009_check_links
Revises: 0008_project_rounds
Create Date: 2026-12-06 22:00:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401


revision = '0009_check_links'
down_revision = '0008_project_rounds'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_allowed', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table('check_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['check_rounds.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('round_id', 'participant_id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_index('ix_check_links_round_id', 'check_links', ['round_id'])


def downgrade():
    op.drop_index('ix_check_links_round_id', 'check_links')
    op.drop_table('check_links')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_column('contact_allowed')
