"""Learning that someone else changed the data (store.changes), for the screens that show it."""

from __future__ import annotations

from approver_tui.services.workspace import Workspace
from approver_tui.store.changes import ChangeWatcher, watch


async def watch_changes(ws: Workspace) -> ChangeWatcher:
    """A watcher whose `wait()` returns each time another process committed a change."""
    return await watch(ws.db)


__all__ = ["ChangeWatcher", "watch_changes"]
