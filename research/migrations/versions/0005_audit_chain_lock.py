"""One row that appenders of the audit log take in turn, so that events chain one after the other

Revision ID: 0005_audit_chain_lock
Revises: 0004_suggestion_scores
Create Date: 2026-12-06 12:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_audit_chain_lock'
down_revision = '0004_suggestion_scores'
branch_labels = None
depends_on = None


def upgrade():
    table = op.create_table('audit_chain',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('appended', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.bulk_insert(table, [{'id': 1, 'appended': 0}])


def downgrade():
    op.drop_table('audit_chain')
