"""Shared fixtures: a demo database built once per run and copied for each test."""

from __future__ import annotations

import asyncio
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from approver_tui.services.seeding import load_demo
from approver_tui.services.settings import Settings
from approver_tui.services.workspace import open_workspace
from approver_tui.store.engine import open_database


# The demo's history is dated back from this moment, so screens and snapshots are repeatable.
FIXED_NOW = datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"

    async def build():
        db = await open_database(str(path))
        await load_demo(db, now=FIXED_NOW)
        await db.close()

    asyncio.run(build())
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    """A fresh copy of the demo database for one test."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def settings_for(demo_db, tmp_path):
    def make(login: str, **overrides) -> Settings:
        return Settings(**{"db": str(demo_db), "user": login, "erp_export_dir": tmp_path / "export", **overrides})

    return make


@pytest.fixture
async def workspace(settings_for):
    """`await workspace("admin")` opens the demo database as that user; closed after the test."""
    opened = []

    async def open_as(login: str, **overrides):
        ws = await open_workspace(settings_for(login, **overrides))
        opened.append(ws)
        return ws

    yield open_as
    for ws in opened:
        await ws.close()
