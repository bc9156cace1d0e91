"""retainage on commitments and invoices; the ERP's cost codes from `erp sync`

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("commitments", sa.Column("retainage_basis_points", sa.Integer(), nullable=False,
                                           server_default="0"))
    op.add_column("invoices", sa.Column("retainage_cents", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "erp_cost_codes",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )


def downgrade() -> None:
    op.drop_table("erp_cost_codes")
    with op.batch_alter_table("invoices") as batch:
        batch.drop_column("retainage_cents")
    with op.batch_alter_table("commitments") as batch:
        batch.drop_column("retainage_basis_points")
