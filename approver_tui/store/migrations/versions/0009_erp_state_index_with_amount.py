"""the ERP state index of invoices and commitments carries the amount

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("invoices", "commitments")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_erp_state_id_amount", table, ["erp_state", "id", "amount_cents"])
        op.drop_index(f"ix_{table}_erp_state_id", table_name=table)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_erp_state_id", table, ["erp_state", "id"])
        op.drop_index(f"ix_{table}_erp_state_id_amount", table_name=table)
