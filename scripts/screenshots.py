"""Make the README's pictures: SVG screenshots of each tab and the main dialogs, taken from the
demo company (its dates fixed, so the same code always draws the same pictures).

    python scripts/screenshots.py [--out docs/screenshots]

The test suite runs this and compares the result with docs/screenshots, so a change that moves
the screen fails until the pictures are made again.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from approver_tui.services.seeding import load_demo
from approver_tui.services.settings import Settings
from approver_tui.services.workspace import open_workspace
from approver_tui.store.engine import open_database
from approver_tui.tui.app import ApproverApp
from approver_tui.tui.dialogs import ConfirmDialog, InfoDialog, PersonaPicker, ReasonDialog
from approver_tui.tui.pane import ItemsPane
from approver_tui.tui.screens import EditScreen
from approver_tui.tui.walkthrough import WalkthroughPanel

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc)
SIZE = (120, 34)
DOCS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
TABS = {"commitments": "1", "invoices": "2", "directory": "3", "queue": "4"}

# (file name, tab, filter to this label first, keys, the screen to wait for, walkthrough shown)
SHOTS = [
    ("invoices", "invoices", None, (), None, False),
    ("commitments", "commitments", None, (), None, False),
    ("directory", "directory", None, (), None, False),
    ("erp-queue", "queue", None, ("space", "down", "space", "down"), None, False),
    ("why", "directory", "Keystone Fire", ("w",), InfoDialog, False),
    ("reject", "queue", "INV-2213", ("x", *"Lien waiver missing"), ReasonDialog, False),
    ("bulk-confirm", "queue", None, ("space", "down", "space", "r"), ConfirmDialog, False),
    ("edit", "invoices", "INV-2222", ("e",), EditScreen, False),
    ("walkthrough", "queue", None, (), None, True),
]


async def until(pilot, condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen never got ready for its picture")
        await pilot.pause(0.02)


async def shoot(db: Path, export: Path, shot: tuple, login: str) -> str:
    name, tab, label, keys, wait_for, walkthrough = shot
    ws = await open_workspace(Settings(db=str(db), user=login, erp_export_dir=export, walkthrough=walkthrough))
    try:
        app = ApproverApp(ws, now=lambda: NOW)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press(TABS[tab])
            pane = app.query_one(f"#pane-{tab}", ItemsPane)
            await until(pilot, lambda: pane.table.highlighted is not None and pane.table.identifier_widths)
            if label:
                await pilot.press("slash", *label, "enter")
                await until(pilot, lambda: pane.table.highlighted["label"].startswith(label))
            await until(pilot, lambda: pane._available)
            await pilot.press(*keys)
            if wait_for:
                await until(pilot, lambda: isinstance(app.screen, wait_for)
                            and getattr(app.screen, "version", True) is not None)
            if walkthrough:
                await until(pilot, lambda: app.query_one(WalkthroughPanel).progress is not None)
            for box in app.screen.query("Input"):
                box.cursor_blink = False  # a blinking cursor would make the picture random
            await pilot.pause(0.3)
            return app.export_screenshot(title=f"approver-tui: {name}")
    finally:
        await ws.close()


async def shoot_persona_picker(db: Path, export: Path) -> str:
    ws = await open_workspace(Settings(db=str(db), user="approver", erp_export_dir=export, walkthrough=True))
    try:
        app = ApproverApp(ws, now=lambda: NOW, pick_persona=True)
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: isinstance(app.screen, PersonaPicker))
            await pilot.pause(0.3)
            return app.export_screenshot(title="approver-tui: persona picker")
    finally:
        await ws.close()


async def make_all(out: Path) -> list[Path]:
    with tempfile.TemporaryDirectory() as scratch:
        db_path = Path(scratch) / "demo.db"
        db = await open_database(str(db_path))
        await load_demo(db, now=NOW)
        await db.close()
        pictures = {"persona-picker": await shoot_persona_picker(db_path, Path(scratch) / "export")}
        for shot in SHOTS:
            login = "approver" if shot[1] == "queue" and shot[0] != "bulk-confirm" else "admin"
            pictures[shot[0]] = await shoot(db_path, Path(scratch) / "export", shot, login)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, svg in pictures.items():
        path = out / f"{name}.svg"
        path.write_text(svg, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS, help="where to write the SVG files")
    for path in asyncio.run(make_all(parser.parse_args().out)):
        print(path)


if __name__ == "__main__":
    main()
