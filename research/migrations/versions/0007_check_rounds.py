"""Member checks: rounds of statements that key figures and residents recognise or not

Revision ID: 0007_check_rounds
Revises: 0006_follow_up_actions
Create Date: 2026-12-06 14:15:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401


revision = '0007_check_rounds'
down_revision = '0006_follow_up_actions'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('check_rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('opened_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('closed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_check_rounds_project_id', 'check_rounds', ['project_id'])
    op.create_table('check_statements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['check_rounds.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_check_statements_round_id', 'check_statements', ['round_id'])
    op.create_table('check_statement_translations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('lang', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
    sa.ForeignKeyConstraint(['statement_id'], ['check_statements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('statement_id', 'lang')
    )
    op.create_index('ix_check_statement_translations_statement_id', 'check_statement_translations',
                    ['statement_id'])
    op.create_table('check_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('group', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('choice', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('answered_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['statement_id'], ['check_statements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('statement_id', 'participant_id'),
    sa.UniqueConstraint('statement_id', 'user_id')
    )
    op.create_index('ix_check_answers_statement_id', 'check_answers', ['statement_id'])


def downgrade():
    op.drop_index('ix_check_answers_statement_id', 'check_answers')
    op.drop_table('check_answers')
    op.drop_index('ix_check_statement_translations_statement_id', 'check_statement_translations')
    op.drop_table('check_statement_translations')
    op.drop_index('ix_check_statements_round_id', 'check_statements')
    op.drop_table('check_statements')
    op.drop_index('ix_check_rounds_project_id', 'check_rounds')
    op.drop_table('check_rounds')
