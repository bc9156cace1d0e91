"""The app on a demo database whose dates are fixed, so screens and snapshots are repeatable."""

from __future__ import annotations

import asyncio
import shutil
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from approver_tui.services.seeding import load_demo
from approver_tui.services.settings import Settings
from approver_tui.services.workspace import open_workspace
from approver_tui.store.engine import open_database
from approver_tui.tui.app import ApproverApp

FIXED_NOW = datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="session")
def frozen_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("frozen") / "demo.db"

    async def build():
        db = await open_database(str(path))
        await load_demo(db, now=FIXED_NOW)
        await db.close()

    asyncio.run(build())
    return path


@pytest.fixture
def frozen_db(frozen_template, tmp_path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(frozen_template, path)
    return path


def settings(db: Path, login: str, tmp_path: Path, **overrides) -> Settings:
    return Settings(**{"db": str(db), "user": login, "erp_export_dir": tmp_path / "export", **overrides})


@pytest.fixture
async def make_app(frozen_db, tmp_path):
    """For async (Pilot) tests: `app = await make_app("admin")`."""
    opened = []

    async def make(login: str, **overrides) -> ApproverApp:
        ws = await open_workspace(settings(frozen_db, login, tmp_path, **overrides))
        opened.append(ws)
        return ApproverApp(ws, now=lambda: FIXED_NOW)

    yield make
    for ws in opened:
        await ws.close()


@pytest.fixture
def snapshot_app(frozen_db, tmp_path):
    """For snapshot tests, which run the app on their own event loop: the workspace is opened here
    and its connection pool emptied so the app's loop opens its own connections."""

    def make(login: str) -> ApproverApp:
        async def opened():
            ws = await open_workspace(settings(frozen_db, login, tmp_path))
            await ws.db.engine.dispose()
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
