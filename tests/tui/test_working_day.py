"""The approver's working day: identifiers read whole, one project at a time, totals before money
moves, and keys that follow the [keys] config everywhere they are named."""

from __future__ import annotations

from decimal import Decimal

import pytest

from approver_tui.services.listing import ListFilter, ListKind, list_rows
from approver_tui.services.settings import ConfigError
from approver_tui.services.workspace import open_workspace
from approver_tui.tui.app import ApproverApp
from approver_tui.tui.dialogs import SHOWN_IN_CONFIRM, ConfirmDialog, InfoDialog, ProjectPicker
from approver_tui.tui.footer import KeyBar
from approver_tui.tui.keys import check_keymap
from tests.cli.conftest import run
from tests.conftest import FIXED_NOW
from tests.tui.conftest import until
from tests.tui.test_flows import dialog_text, pane


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


async def queue_rows(ws) -> list[dict]:
    return await list_rows(ws.db, ws.actor, ListKind.QUEUE, ListFilter())


async def test_the_status_line_shows_the_marked_total_and_what_waits(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        rows = await queue_rows(app.workspace)
        waiting = sum(Decimal(r["amount"]) for r in rows if r["amount"])
        await pilot.press("4")
        queue = pane(app, "queue")
        await until(pilot, lambda: queue.table.total == len(rows))
        status = lambda: queue.query_one(".status-line").visual.plain  # noqa: E731
        await until(pilot, lambda: f"{len(rows)} waiting in the queue ({money(waiting)})" in status())
        await pilot.press("asterisk")
        await until(pilot, lambda: f"{len(rows)} marked ({money(waiting)})" in status())
        await pilot.press("asterisk")
        await until(pilot, lambda: "0 marked ·" in status())


async def test_a_bulk_confirm_says_what_moves_and_for_how_much(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        rows = await queue_rows(app.workspace)
        retrievable = [r for r in rows if r["erp_state"] == "pending"]
        await pilot.press("4")
        queue = pane(app, "queue")
        await until(pilot, lambda: queue.table.total == len(rows))
        await pilot.press("asterisk")
        await until(pilot, lambda: len(queue.marks) == len(rows))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        shown = dialog_text(app)
        total = sum(Decimal(r["amount"]) for r in retrievable if r["amount"])
        assert f"Retrieve {len(retrievable)} items ({money(total)}) from the ERP queue?" in shown
        assert f"… and {len(retrievable) - SHOWN_IN_CONFIRM} more" in shown
        for kind, noun in (("invoice", "invoices"), ("commitment", "commitments")):
            of_kind = [r for r in retrievable if r["type"] == kind]
            assert f"{len(of_kind)} {noun}, total {money(sum(Decimal(r['amount']) for r in of_kind))}" in shown
        assert f"{len(rows) - len(retrievable)} other marked item(s) cannot be included" in shown
        assert "y / enter: yes" in shown  # the key line stays on screen at 80x24
        await pilot.press("n")


async def test_a_rebound_key_is_named_everywhere(make_app):
    app = await make_app("admin", keys={"retrieve": "R"})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        queue = pane(app, "queue")
        await until(pilot, lambda: queue.table.highlighted and queue._available)
        bar = app.query_one(KeyBar)
        assert ("R", "Retrieve") in [(k.display, k.description) for k in bar.shown()[0]]
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        assert "  R " in dialog_text(app) and "  r " not in dialog_text(app)
        await pilot.press("escape", "w")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog) and "Retrieve from ERP (R)" in dialog_text(app))
        await pilot.press("escape", "r")  # the old key does nothing now
        await pilot.pause(0.3)
        assert not isinstance(app.screen, ConfirmDialog)
        await pilot.press("R")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))


@pytest.mark.parametrize("keymap,words", [
    ({"retreive": "R"}, "unknown binding id 'retreive'"),
    ({"send": "ctrl+bogus"}, "'ctrl+bogus' is not a key name"),
    ({"send": "hyperspace+s"}, "unknown modifier 'hyperspace'"),
])
def test_a_mistyped_keys_entry_stops_the_start_naming_the_valid_ids(keymap, words):
    with pytest.raises(ConfigError, match="Valid binding ids: send, resend, retrieve") as error:
        check_keymap(keymap)
    assert words in str(error.value) and "_explain" not in str(error.value)
    check_keymap({"retrieve": "R", "mark_all": "ctrl+a,asterisk", "help": "f1"})


def test_the_app_refuses_a_bad_keymap_in_one_line(demo_db, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[keys]\nretreive = "R"\n')
    result = run("--db", str(demo_db), "--user", "admin", env={"APPROVER_TUI_CONFIG": str(config)})
    assert result.returncode == 2 and "unknown binding id 'retreive'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_every_invoice_number_reads_whole_on_a_large_company(tmp_path, size):
    from approver_tui.services.seeding import seed_scale
    from approver_tui.store.engine import open_database
    from tests.tui.conftest import settings

    db = await open_database(str(tmp_path / "scale.db"))
    await seed_scale(db, 3000)
    await db.close()
    ws = await open_workspace(settings(tmp_path / "scale.db", "admin", tmp_path))
    app = ApproverApp(ws, now=lambda: FIXED_NOW)
    try:
        async with app.run_test(size=size) as pilot:
            invoices = pane(app, "invoices")
            await until(pilot, lambda: invoices.table.total == 3000 and invoices.table.identifier_widths)
            await pilot.pause(0.2)
            table = invoices.table
            for y in range(1, table.body_height + 1):
                row = table.row_at(table.top + y - 1)
                assert f" {row['label']} " in table.render_line(y).text, table.render_line(y).text
    finally:
        await ws.close()


async def test_a_project_scope_narrows_every_tab_count_and_mark(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        invoices = pane(app, "invoices")
        await until(pilot, lambda: invoices.table.total == 66)
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProjectPicker))
        await pilot.press(*"eastside", "enter")
        await until(pilot, lambda: invoices.table.total == 2)
        assert "admin · project 1004 Eastside Library Renovation" in str(app.query_one("#identity").visual)
        assert "Project" not in invoices.table.render_line(0).text  # its name would repeat on every row
        await pilot.press("asterisk")
        await until(pilot, lambda: len(invoices.marks) == 2)
        await until(pilot, lambda: app.queue_waiting == 0)  # nothing of project 1004 waits
        await pilot.press("1")
        commitments = pane(app, "commitments")
        await until(pilot, lambda: commitments.table.total == 2)
        await pilot.press("3")
        directory = pane(app, "directory")
        await until(pilot, lambda: directory.table.total is not None)
        vendors = {directory.table.row_at(i)["label"] for i in range(directory.table.total)}
        assert vendors == {"Apex Concrete & Masonry Inc.", "Bayline Electrical Contractors"}  # its commitments' vendors
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProjectPicker))
        assert "1004 Eastside Library Renovation" in str(app.screen.query_one("OptionList").get_option_at_index(
            app.screen.query_one("OptionList").highlighted).prompt)  # the picker starts on the scope in force
        await pilot.press(*"all", "enter")
        await until(pilot, lambda: directory.table.total == 20)
        await until(pilot, lambda: app.queue_waiting == 20)
        assert invoices.marks == {}  # marks made within the old scope are not carried over


def test_wrapped_dialog_lines_keep_their_hanging_indent():
    from io import StringIO

    from rich.console import Console
    from rich.text import Text

    from approver_tui.tui.formats import Hanging

    console = Console(file=StringIO(), width=30, color_system=None)
    console.print(Hanging(Text("✗ Send\n  • It is already in the ERP queue since Monday.\n    → Retrieve it first, or wait for a decision.\n"
                               "  p    Work on one project, or on all of them")))
    lines = [line.rstrip() for line in console.file.getvalue().splitlines()]
    assert lines == [
        "✗ Send",
        "  • It is already in the ERP",
        "    queue since Monday.",
        "    → Retrieve it first, or",
        "      wait for a decision.",
        "  p    Work on one project, or",
        "       on all of them",
    ]
