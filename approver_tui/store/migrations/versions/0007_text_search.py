"""an index that finds typed text in any searched column: FTS5 trigram tables (SQLite), pg_trgm (PostgreSQL)

Revision ID: 0007
Revises: 0006
"""

from alembic import op

from approver_tui.store.search import SEARCHED, create_statements, drop_statements

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # a trusted extension: a database owner may add it
    for table in SEARCHED:
        for statement in create_statements(dialect, table):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in SEARCHED:
        for statement in drop_statements(dialect, table):
            op.execute(statement)
