"""Alembic migrations, shipped in the package and run when a database is opened."""

from __future__ import annotations

from pathlib import Path

# The newest revision in versions/. Opening a database compares against it so that alembic
# (slow to import) is only loaded when there is something to migrate; a test keeps it in step.
HEAD_REVISION = "0010"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")

SCRIPT_LOCATION = Path(__file__).parent


def alembic_config(sync_conn=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = sync_conn
    return config


def upgrade_to_head(sync_conn) -> None:
    from alembic import command

    command.upgrade(alembic_config(sync_conn), "head")
