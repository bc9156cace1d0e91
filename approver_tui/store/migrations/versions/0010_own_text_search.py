"""PostgreSQL: a trigram index of each item's own searched text, apart from the names it copies

Revision ID: 0010
Revises: 0009
"""

from alembic import op

from approver_tui.store.search import COPIED_NAMES, create_own_statements, drop_own_statements

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in COPIED_NAMES:
        for statement in create_own_statements(dialect, table):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in COPIED_NAMES:
        for statement in drop_own_statements(dialect, table):
            op.execute(statement)
