"""the related names copied onto commitments and invoices, and an index for every sortable column

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COPIES = {
    "commitments": {
        "project_name": "(SELECT name FROM projects WHERE projects.id = commitments.project_id)",
        "vendor_name": "(SELECT name FROM companies WHERE companies.id = commitments.vendor_id)",
    },
    "invoices": {
        "project_name": "(SELECT name FROM projects WHERE projects.id = invoices.project_id)",
        "vendor_name": "(SELECT companies.name FROM commitments JOIN companies ON companies.id = commitments.vendor_id"
                       " WHERE commitments.id = invoices.commitment_id)",
        "commitment_number": "(SELECT number FROM commitments WHERE commitments.id = invoices.commitment_id)",
    },
}
SORTED = {
    "commitments": (["number", "title", "project_name", "vendor_name", "status", "amount_cents"], []),
    "invoices": (["project_name", "vendor_name", "commitment_number", "amount_cents", "status"],
                 ["number", "billing_date", "sent_by", "last_reason"]),
}


def upgrade() -> None:
    for table, copies in COPIES.items():
        for column in copies:
            op.add_column(table, sa.Column(column, sa.String(length=100 if column == "commitment_number" else 200),
                                           nullable=False, server_default=""))
        op.execute(f"UPDATE {table} SET " + ", ".join(f"{column} = {source}" for column, source in copies.items()))
    op.drop_index("ix_commitments_number", table_name="commitments")  # the sort indexes take their place
    op.drop_index("ix_invoices_number", table_name="invoices")
    for table, (plain, nullable) in SORTED.items():
        for column in plain:
            op.create_index(f"ix_{table}_{column}_id", table, [column, "id"])
        for column in nullable:
            op.create_index(f"ix_{table}_{column}_sort", table, [sa.text(f"coalesce({column}, '')"), "id"])


def downgrade() -> None:
    for table, (plain, nullable) in SORTED.items():
        for column in plain:
            op.drop_index(f"ix_{table}_{column}_id", table_name=table)
        for column in nullable:
            op.drop_index(f"ix_{table}_{column}_sort", table_name=table)
    op.create_index("ix_commitments_number", "commitments", ["number"])
    op.create_index("ix_invoices_number", "invoices", ["number"])
    for table, copies in COPIES.items():
        with op.batch_alter_table(table) as batch:
            for column in copies:
                batch.drop_column(column)
