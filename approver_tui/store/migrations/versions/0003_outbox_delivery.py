"""outbox delivery: retries with back-off, claims, once-a-day keys

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("next_attempt_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("claimed_by", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("claimed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("once_key", sa.String(length=120), nullable=True))
        batch.create_unique_constraint("uq_outbox_once_key", ["once_key"])


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_constraint("uq_outbox_once_key", type_="unique")
        batch.drop_column("once_key")
        batch.drop_column("claimed_at")
        batch.drop_column("claimed_by")
        batch.drop_column("next_attempt_at")
