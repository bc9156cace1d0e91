"""Opening the app from the command line."""

from __future__ import annotations

from approver_tui.services.settings import Settings
from approver_tui.services.workspace import open_workspace


async def open_app(settings: Settings) -> None:
    """Resolve the user and database first (so their errors print as one line), then go full screen."""
    ws = await open_workspace(settings)
    try:
        from approver_tui.tui.app import ApproverApp

        await ApproverApp(ws).run_async()
    finally:
        await ws.close()
