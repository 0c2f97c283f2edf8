"""Interviews begun on a tablet without a network carry the tablet's id, so a resend makes no second one

Revision ID: 0002_interview_client_id
Revises: 0001
Create Date: 2026-12-06 04:50:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0002_interview_client_id'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.create_unique_constraint('uq_interviews_client_id', ['client_id'])


def downgrade():
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.drop_constraint('uq_interviews_client_id', type_='unique')
        batch_op.drop_column('client_id')
