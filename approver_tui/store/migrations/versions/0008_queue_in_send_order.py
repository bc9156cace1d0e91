"""an index of the queued items in send order, per item table

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("invoices", "commitments", "companies")
QUEUED = "erp_state IN ('failed', 'pending')"


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_queue_sent_at", table,
                        [sa.text("coalesce(sent_at, '1970-01-01 00:00:00.000000')"), "id"],
                        sqlite_where=sa.text(QUEUED), postgresql_where=sa.text(QUEUED))


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_queue_sent_at", table_name=table)
