"""Start-up and shutdown: the collector paused and handed back, nothing left waiting at the end."""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
import sys

from approver_tui.tui.startup import pause_collection
from tests.tui.conftest import until


async def test_collection_resumes_with_start_up_frozen_once_rows_show(make_app):
    app = await make_app("admin")
    pause_collection()  # as the command line does, before its imports
    assert not gc.isenabled()
    async with app.run_test() as pilot:
        table = app.query_one("#pane-invoices").table
        await until(pilot, lambda: table.highlighted is not None, timeout=15)
        await until(pilot, gc.isenabled, timeout=15)
        assert gc.get_freeze_count() > 0
    assert gc.isenabled() and gc.get_freeze_count() == 0


async def test_an_app_that_ends_early_restores_the_collector(make_app):
    app = await make_app("admin")
    async with app.run_test():
        pass
    assert gc.isenabled() and gc.get_freeze_count() == 0


async def test_a_collector_someone_else_turned_off_stays_off(make_app):
    app = await make_app("admin")
    gc.disable()
    try:
        async with app.run_test() as pilot:
            table = app.query_one("#pane-invoices").table
            await until(pilot, lambda: table.highlighted is not None)
            await pilot.pause(0.1)
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


async def test_quitting_while_queries_run_leaves_nothing_waiting(make_app):
    app = await make_app("admin")
    async with app.run_test():
        pass  # quits with the first counts and pages still in flight
    await app.workspace.close()
    assert [task for task in asyncio.all_tasks() if task is not asyncio.current_task()] == []


FIRST_FRAME = """
import asyncio, sys
from pathlib import Path
from approver_tui.services.settings import Settings
from approver_tui.services.workspace import open_workspace
from approver_tui.tui.app import ApproverApp

async def main():
    ws = await open_workspace(Settings(db=sys.argv[1], user="approver", erp_export_dir=Path(sys.argv[2])))
    app = ApproverApp(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one("#pane-invoices").table
        while table.row_at(0) is None:
            await asyncio.sleep(0.001)
        await pilot.pause(0)
        print(sorted(name for name in ("sqlalchemy.orm", "sqlalchemy.ext.asyncio") if name in sys.modules))
    await ws.close()

asyncio.run(main())
"""


def test_the_first_frame_with_rows_is_read_without_the_orm(demo_db, tmp_path):
    """On SQLite the acting user and the first rows come through plain reads; the ORM and the
    asyncio engine (some 55 ms of imports) load after that frame."""
    done = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(demo_db), str(tmp_path)], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "APPROVER_TUI_CONFIG": os.devnull})
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[]"
