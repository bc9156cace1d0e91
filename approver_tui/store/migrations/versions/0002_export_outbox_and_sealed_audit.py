"""export outbox; audit records sealed by triggers

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEALED_MESSAGE = "audit records are append-only: they cannot be changed or deleted"


def upgrade() -> None:
    op.create_table(
        "erp_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_type", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("erp_id", sa.String(length=40), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("claimed_by", sa.String(length=100), nullable=True),
        sa.Column("claimed_at", sa.DateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_erp_exports_state_id", "erp_exports", ["state", "id"])
    # writers lock this row first (services.audit.AuditWriter), so it must exist before any does
    op.execute(f"INSERT INTO audit_head (id, last_hash) SELECT 1, '{'0' * 64}' "
               "WHERE NOT EXISTS (SELECT 1 FROM audit_head)")
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{SEALED_MESSAGE}'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_log_sealed() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{SEALED_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_log_sealed BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_sealed()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute("DROP TRIGGER audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER audit_log_sealed ON audit_log")
        op.execute("DROP FUNCTION audit_log_sealed()")
    op.drop_index("ix_erp_exports_state_id", table_name="erp_exports")
    op.drop_table("erp_exports")
