"""Opening the app from the command line."""

from __future__ import annotations

import os
import sys

from approver_tui.services.settings import ConfigError, Settings
from approver_tui.services.workspace import open_workspace

FIRST_DEMO_PERSONA = "approver"  # who the demo is until the persona picker says otherwise


async def open_app(settings: Settings, *, demo: bool = False) -> None:
    """Resolve the user and database first (so their errors print as one line), then go full screen.
    `demo` (the `demo` command): open on the persona picker unless a user was named, with the
    walkthrough shown unless the config says otherwise."""
    from approver_tui.tui.keys import check_keymap

    check_keymap(settings.keys)  # a mistyped [keys] entry stops the start, in one line
    pick_persona = demo and not settings.user
    if demo:
        settings.user = settings.user or FIRST_DEMO_PERSONA
        settings.walkthrough = True if settings.walkthrough is None else settings.walkthrough
    ws = await open_workspace(settings)
    try:
        from approver_tui.tui.app import QUIT_GRACE_SECONDS, ApproverApp

        app = ApproverApp(ws, pick_persona=pick_persona)
        if settings.theme and settings.theme not in app.available_themes:
            raise ConfigError(f"theme {settings.theme!r} is not a theme here; pick one of "
                              f"{', '.join(sorted(app.available_themes))}.")
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
