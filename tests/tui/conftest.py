"""The app on the demo database (whose dates are fixed, see tests/conftest.py)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from approver_tui.services.settings import Settings
from approver_tui.services.workspace import open_workspace
from approver_tui.tui.app import ApproverApp
from tests.conftest import FIXED_NOW

def settings(db: Path | str, login: str, tmp_path: Path, **overrides) -> Settings:
    return Settings(**{"db": str(db), "user": login, "erp_export_dir": tmp_path / "export", **overrides})


@pytest.fixture
async def make_app(demo_db, tmp_path):
    """For async (Pilot) tests: `app = await make_app("admin")`."""
    opened = []

    async def make(login: str, **overrides) -> ApproverApp:
        ws = await open_workspace(settings(demo_db, login, tmp_path, **overrides))
        opened.append(ws)
        return ApproverApp(ws, now=lambda: FIXED_NOW)

    yield make
    for ws in opened:
        await ws.close()


@pytest.fixture
async def make_app_on(demo_url, tmp_path):
    """Like make_app, on the demo database of the test's backend (SQLite or PostgreSQL):
    `app, ws_of = await make_app_on("approver")`; `await ws_of("admin")` opens a second person's
    workspace on the same database, as another terminal would."""
    opened = []

    async def open_as(login: str, **overrides):
        ws = await open_workspace(settings(demo_url, login, tmp_path, **overrides))
        opened.append(ws)
        return ws

    async def make(login: str, **overrides):
        return ApproverApp(await open_as(login, **overrides), now=lambda: FIXED_NOW), open_as

    yield make
    for ws in opened:
        await ws.close()


@pytest.fixture
def snapshot_app(demo_db, tmp_path):
    """For snapshot tests, which run the app on their own event loop: the workspace is opened here
    and its connection pools emptied (a disposed engine connects again when next used), so the
    app's loop opens its own connections."""

    def make(login: str) -> ApproverApp:
        async def opened():
            ws = await open_workspace(settings(demo_db, login, tmp_path))
            await ws.db.close()
            return ws

        return ApproverApp(asyncio.run(opened()), now=lambda: FIXED_NOW)

    return make


async def until(pilot, condition, timeout: float = 5.0) -> None:
    """Let the app work until `condition()` holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await pilot.pause(0.02)
        try:
            if condition():
                return
        except Exception:  # the widget being asked may not exist yet
            pass
    raise AssertionError(f"timed out waiting for {condition}")
