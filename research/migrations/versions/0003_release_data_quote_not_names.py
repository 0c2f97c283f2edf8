"""Released reports keep the figures they were made from; a quote keeps the words marked "no name"

Revision ID: 0003_release_data
Revises: 0002_interview_client_id
Create Date: 2026-12-06 05:00:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

from research.crypto import EncryptedText


revision = '0003_release_data'
down_revision = '0002_interview_client_id'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('report_releases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('data', EncryptedText(), nullable=True))
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quote_not_names', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.drop_column('quote_not_names')
    with op.batch_alter_table('report_releases', schema=None) as batch_op:
        batch_op.drop_column('data')
