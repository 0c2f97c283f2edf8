"""Stored suggestions per answer: worked out when an answer, the model or the keywords change, read by the page

Revision ID: 0004_suggestion_scores
Revises: 0003_release_data
Create Date: 2026-12-06 05:25:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401


revision = '0004_suggestion_scores'
down_revision = '0003_release_data'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('suggestion_scores',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('answer_id', sa.Integer(), nullable=False),
    sa.Column('answer_version', sa.Integer(), nullable=False),
    sa.Column('model_label', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('hits', sa.Text(), nullable=False),
    sa.Column('scored_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['answer_id'], ['answers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('answer_id')
    )


def downgrade():
    op.drop_table('suggestion_scores')
