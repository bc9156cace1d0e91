"""Opening the app from the command line."""

from __future__ import annotations

import os
import sys

from approver_tui.services.settings import Settings
from approver_tui.services.workspace import open_workspace


async def open_app(settings: Settings) -> None:
    """Resolve the user and database first (so their errors print as one line), then go full screen."""
    from approver_tui.tui.keys import check_keymap

    check_keymap(settings.keys)  # a mistyped [keys] entry stops the start, in one line
    ws = await open_workspace(settings)
    try:
        from approver_tui.tui.app import QUIT_GRACE_SECONDS, ApproverApp

        app = ApproverApp(ws)
        await app.run_async()
        if app.abandoned_calls:
            # A call stuck on the database (a lock held elsewhere, a dead server) would keep the
            # process waiting at exit; an unfinished write is rolled back when the process ends.
            print(f"approver-tui: {app.abandoned_calls} database call(s) were still running "
                  f"{QUIT_GRACE_SECONDS:g} s after quitting and were abandoned; anything they were "
                  "writing was rolled back.", file=sys.stderr, flush=True)
            sys.stdout.flush()
            os._exit(1)
    finally:
        await ws.close()
