"""an index that finds typed text in any searched column: FTS5 trigram tables (SQLite), pg_trgm (PostgreSQL);
indexes on the length of the identifier columns

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from approver_tui.store.search import SEARCHED, create_statements, drop_statements

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

IDENTIFIERS = {"invoices": "number", "commitments": "number", "companies": "name"}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # a trusted extension: a database owner may add it
    for table in SEARCHED:
        for statement in create_statements(dialect, table):
            op.execute(statement)
    for table, column in IDENTIFIERS.items():
        op.create_index(f"ix_{table}_{column}_length", table, [sa.text(f"length({column})")])


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, column in IDENTIFIERS.items():
        op.drop_index(f"ix_{table}_{column}_length", table_name=table)
    for table in SEARCHED:
        for statement in drop_statements(dialect, table):
            op.execute(statement)
