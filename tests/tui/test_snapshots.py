"""SVG snapshots of each tab and each dialog, at 80x24 and 120x40."""

from __future__ import annotations

import inspect

import pytest
from textual import events
from textual.widgets import Input

from approver_tui.tui.dialogs import ConfirmDialog, InfoDialog, ProjectPicker, ReasonDialog
from approver_tui.tui.pane import ItemsPane
from approver_tui.tui.screens import DetailScreen, EditScreen
from tests.tui.conftest import until

SIZES = [(80, 24), (120, 40)]


def steps(tab: str, label: str | None = None, keys: tuple = (), until_screen=None):
    """Go to `tab`, filter to `label`, wait for the footer to be judged, then press `keys`; a screen
    class among the keys waits for that screen first, a function for it to hold, a coroutine
    function is run with the pilot (mouse steps). Last, wait for `until_screen`."""

    async def run_before(pilot) -> None:
        app = pilot.app
        await pilot.press({"commitments": "1", "invoices": "2", "directory": "3", "queue": "4"}[tab])
        pane = app.query_one(f"#pane-{tab}", ItemsPane)
        await until(pilot, lambda: pane.table.total is not None and pane.table.highlighted)
        await until(pilot, lambda: pane.table.identifier_widths)  # measured once the first rows show
        if label:
            await pilot.press("slash", *label, "enter")
            await until(pilot, lambda: pane.table.highlighted and pane.table.highlighted["label"].startswith(label))
        await until(pilot, lambda: pane._available)
        for key in keys:
            if isinstance(key, type):
                await until(pilot, lambda: isinstance(app.screen, key))
            elif inspect.iscoroutinefunction(key):
                await key(pilot)
            elif callable(key):
                await until(pilot, lambda: key(app))
            else:
                await pilot.press(key)
        if until_screen:
            await until(pilot, lambda: isinstance(app.screen, until_screen))
        for box in app.screen.query(Input):  # a blinking cursor would make the picture random
            box.cursor_blink = False
        await pilot.pause(0.3)

    return run_before


def form_loaded(app) -> bool:
    return isinstance(app.screen, EditScreen) and app.screen.version is not None


async def wheel_then_click(pilot) -> None:
    """Three wheel notches down, then a click on the fourth row shown."""
    table = pilot.app.query_one("#pane-invoices", ItemsPane).table
    await pilot._post_mouse_events([events.MouseScrollDown] * 3, table, offset=(10, 5))
    await until(pilot, lambda: table.top > 0)
    await pilot.click(table, offset=(10, 4))
    await until(pilot, lambda: table.cursor == table.top + 3)


CASES = {
    "tab_commitments": ("admin", steps("commitments")),
    "tab_invoices": ("admin", steps("invoices")),
    "tab_directory": ("admin", steps("directory")),
    "tab_queue": ("approver", steps("queue")),
    "confirm_retrieve": ("admin", steps("invoices", "INV-2211", ("r",), ConfirmDialog)),
    "confirm_bulk_retrieve": ("admin", steps("queue", None, ("asterisk", lambda app: len(app.query_one("#pane-queue", ItemsPane).marks) == 20, "r"), ConfirmDialog)),
    "reason_dialog": ("approver", steps("queue", "INV-2213", ("x",), ReasonDialog)),
    "reason_dialog_empty_refused": ("approver", steps("queue", "INV-2213", ("x", ReasonDialog, "enter"), ReasonDialog)),
    "why_dialog": ("viewer", steps("invoices", "INV-2233", ("s",), InfoDialog)),
    "why_every_action": ("approver2", steps("invoices", "INV-2220", ("w",), InfoDialog)),
    "result_dialog": ("admin", steps("invoices", "INV-2211", ("space", "escape", "slash", *"INV-2201", "enter", "space", "r", ConfirmDialog, "y"), InfoDialog)),
    "history_dialog": ("admin", steps("invoices", "INV-2222", ("h",), InfoDialog)),
    "project_picker": ("admin", steps("invoices", None, ("p", ProjectPicker))),
    "scoped_invoices": ("admin", steps("invoices", None, ("p", ProjectPicker, *"1001", "enter",
                                                           lambda app: app.query_one("#pane-invoices", ItemsPane).table.total == 32))),
    "help_dialog": ("admin", steps("invoices", None, ("question_mark",), InfoDialog)),
    "notifications_dialog": ("admin", steps("invoices", None, ("n",), InfoDialog)),
    "edit_company": ("admin", steps("directory", "Keystone", ("e", form_loaded))),
    "edit_invoice_problems": ("admin", steps("invoices", "INV-2222", ("e", form_loaded, "tab", "end", "x", "tab", "end", "5",
                                                                    lambda app: len(app.screen.problems) == 2))),
    "invoices_after_mouse": ("admin", steps("invoices", None, (wheel_then_click,))),
    "commitment_detail": ("admin", steps("commitments", "SC-1001-01", ("enter",), DetailScreen)),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("case", list(CASES))
def test_snapshot(case, size, snap_compare, snapshot_app):
    login, run_before = CASES[case]
    assert snap_compare(snapshot_app(login), terminal_size=size, run_before=run_before)
