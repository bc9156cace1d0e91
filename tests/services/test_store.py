"""The store: migrations shipped in the package, and what the head constant promises."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from approver_tui.store.migrations import HEAD_REVISION, alembic_config


def test_head_constant_matches_the_newest_migration():
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
