"""The approver's working day: identifiers read whole, one project at a time, totals before money
moves, and keys that follow the [keys] config everywhere they are named."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from textual import events
from textual.widgets import Select

from approver_tui.domain import ItemType, Status
from approver_tui.services.listing import ListFilter, ListKind, list_rows
from approver_tui.services.settings import ConfigError
from approver_tui.services.workspace import open_workspace
from approver_tui.tui.app import ApproverApp
from approver_tui.tui.dialogs import SHOWN_IN_CONFIRM, ConfirmDialog, InfoDialog, ProjectPicker
from approver_tui.tui.footer import KeyBar
from approver_tui.tui.keys import check_keymap
from approver_tui.tui.screens import DetailScreen, EditScreen
from approver_tui.tui.table import layout_columns
from tests.cli.conftest import run
from tests.conftest import FIXED_NOW
from tests.tui.conftest import until
from tests.tui.test_flows import dialog_text, highlight, mark, pane


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def invoice_row(db, invoice_id: int) -> tuple:
    with sqlite3.connect(db) as raw:
        return raw.execute("SELECT status, billing_date, amount_cents, version FROM invoices WHERE id = ?",
                           (invoice_id,)).fetchone()


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


async def test_mark_all_adds_the_new_marks_to_those_made_before_and_the_total_follows(make_app):
    """Mark-all shows its marks first and the total after; marks made outside the filter stay
    in that total, and a row marked meanwhile is in it too."""
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        rows = await queue_rows(app.workspace)
        amount = {r["label"]: Decimal(r["amount"] or 0) for r in rows}
        commitment = next(r["label"] for r in rows if r["type"] == "commitment" and r["amount"])
        invoices = [r["label"] for r in rows if r["type"] == "invoice"]
        await pilot.press("4")
        queue = pane(app, "queue")
        status = lambda: queue.query_one(".status-line").visual.plain  # noqa: E731
        await mark(pilot, queue, commitment)
        await pilot.press("slash", *"INV-", "enter")
        await until(pilot, lambda: queue.table.total == len(invoices))
        await pilot.press("asterisk")
        everything = amount[commitment] + sum(amount[label] for label in invoices)
        await until(pilot, lambda: f"{len(invoices) + 1} marked ({money(everything)})" in status())
        first = queue.table.highlighted_ref
        await pilot.press("asterisk", "space")  # unmark the filter's rows, then mark the highlighted one again
        label = next(r["label"] for r in rows if r["ref"] == str(first))
        await until(pilot, lambda: f"2 marked ({money(amount[commitment] + amount[label])})" in status())
        assert {str(ref) for ref in queue.marks} == {str(first), next(r["ref"] for r in rows if r["label"] == commitment)}


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


async def open_edit(pilot, tab: str, label: str) -> EditScreen:
    app = pilot.app
    await pilot.press({"invoices": "2", "directory": "3"}[tab])
    await highlight(pilot, pane(app, tab), label)
    await pilot.press("e")
    await until(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen.version is not None)
    return app.screen


LONG_NAMED = "Keystone Fire Protection, Sprinkler Design & Life Safety Systems of the Pacific Northwest LLC"


def field_check(form: EditScreen, name: str) -> str:
    line = form.query_one(f"#check-{name}")
    return line.visual.plain if line.display else ""


async def test_the_edit_form_judges_each_field_as_it_is_typed(make_app, demo_db):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_edit(pilot, "invoices", "INV-2222")
        before = invoice_row(demo_db, 22)
        await pilot.press("tab", "end", "x")  # billing date
        await until(pilot, lambda: "is not a date; write it as YYYY-MM-DD" in field_check(form, "billing_date"))
        await pilot.press("tab", "end", "5")  # amount: three decimals
        await until(pilot, lambda: "at most two decimals" in field_check(form, "amount"))
        assert form.query_one("#field-amount").has_class("-problem")
        assert form.query_one("#field-billing_date").has_class("-problem")  # still marked once left
        error = form.query_one("#edit-error")
        assert error.display and "fix the billing date, amount" in error.visual.plain

        await pilot.press("ctrl+s")  # refused in place: nothing is saved, the first bad field has the focus
        await until(pilot, lambda: app.focused is form.query_one("#field-billing_date"))
        assert isinstance(app.screen, EditScreen) and invoice_row(demo_db, 22) == before

        await pilot.press("backspace")
        await until(pilot, lambda: field_check(form, "billing_date") == "")
        await pilot.press("tab", "backspace")
        await until(pilot, lambda: not form.problems and not error.display)

        # the status is chosen from the statuses an invoice may have, never typed
        status = form.query_one("#field-status", Select)
        labels = [str(prompt) for prompt, _ in status._options]
        assert labels == list(Status.of(ItemType.INVOICE).values())
        await pilot.press("tab", "enter")
        await until(pilot, lambda: status.expanded)
        await pilot.press("home", "enter")
        await until(pilot, lambda: status.value == "draft")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, EditScreen))
    assert invoice_row(demo_db, 22)[0:2] == ("draft", before[1])


async def test_the_focused_field_and_the_buttons_stay_on_a_short_screen(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(80, 14)) as pilot:
        form = await open_edit(pilot, "directory", LONG_NAMED)
        dialog, body, foot = (form.query_one(f".{name}") for name in ("dialog", "dialog-body", "dialog-foot"))
        on_screen = dialog.content_region  # the dialog itself fits the screen; what it clips is not seen
        seen = []
        for _ in range(len(form.specs) + 2):  # every field, then Save and Cancel
            focused = app.focused
            seen.append(focused.id)
            if focused.id.startswith("field-"):  # seen: within the body, on screen, not under the foot
                assert body.region.intersection(on_screen).contains_region(focused.region), focused
                assert not focused.region.overlaps(foot.region), focused
            else:
                assert foot.region.contains_region(focused.region), focused
            assert on_screen.contains_region(foot.region)
            await pilot.press("tab")
            await pilot.pause()
        assert seen == [*(f"field-{name}" for name in form.specs), "edit-save", "edit-cancel"]
        assert body.max_scroll_y > 0  # the fields did not fit: the body scrolled to each one


async def test_escape_with_unsaved_changes_asks_once_more(make_app, demo_db):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_edit(pilot, "invoices", "INV-2222")
        before = invoice_row(demo_db, 22)
        await pilot.press("tab", "tab", "end", "1")
        await pilot.press("escape")
        await until(pilot, lambda: "Unsaved changes to the amount: escape again discards them" in form.query_one("#edit-error").visual.plain)
        assert isinstance(app.screen, EditScreen)
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, EditScreen))
    assert invoice_row(demo_db, 22) == before


async def test_the_table_follows_the_mouse(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        invoices = pane(app, "invoices")
        table = invoices.table
        await until(pilot, lambda: table.total == 66 and table.highlighted)
        assert table.show_vertical_scrollbar and table.width_inside == table.size.width - 1

        await pilot._post_mouse_events([events.MouseScrollDown] * 3, table, offset=(10, 5))
        await until(pilot, lambda: table.top > 0)
        assert table.cursor == 0  # the wheel moves the view, not the cursor
        first_shown = table.row_at(table.top)
        await until(pilot, lambda: table.render_line(1).text[4:12] == first_shown["label"])

        await pilot.click(table, offset=(10, 3))  # the third row on screen (under the header)
        await until(pilot, lambda: table.cursor == table.top + 2)
        assert not invoices.marks
        await pilot.click(table, offset=(1, 3))  # its mark box
        await until(pilot, lambda: table.highlighted_ref in invoices.marks)
        await pilot.double_click(table, offset=(10, 4))
        await until(pilot, lambda: isinstance(app.screen, DetailScreen))
        assert app.screen.ref == table.highlighted_ref
        await pilot.press("escape")

        await until(pilot, lambda: not isinstance(app.screen, DetailScreen))
        amount_title = next(x for x in range(80) if table.render_line(0).text[x:].startswith("Amount"))
        await pilot.click(table, offset=(amount_title, 0))
        await until(pilot, lambda: invoices.view.sort == "amount_cents" and not invoices.view.descending)
        await pilot.click(table, offset=(amount_title, 0))
        await until(pilot, lambda: invoices.view.descending and table.highlighted)
        amounts = [table.row_at(n)["amount_cents"] for n in range(5)]
        assert amounts == sorted(amounts, reverse=True)

        await pilot._post_mouse_events([events.MouseScrollDown] * 40, table, offset=(10, 5))  # to the end: pages load
        await until(pilot, lambda: table.top == table.total - table.body_height)
        await until(pilot, lambda: table.row_at(table.total - 1) is not None)


@pytest.mark.parametrize("size, compact", [((80, 24), True), ((80, 40), True), ((140, 28), True), ((120, 40), False)])
async def test_a_commitments_detail_is_compact_on_a_narrow_or_short_screen(make_app, size, compact):
    app = await make_app("admin")
    async with app.run_test(size=size) as pilot:
        await pilot.press("1")
        await highlight(pilot, pane(app, "commitments"), "SC-1001-01")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DetailScreen) and app.screen.details is not None)
        detail = app.screen
        await until(pilot, lambda: detail.query_one("#commitment-invoices").table.total)
        fields = detail.query_one("#detail").region.height
        invoices = detail.query_one("#commitment-invoices").region.height
        assert detail.has_class("-compact") is compact
        text = detail.query_one("#detail-fields").visual.plain
        assert ("Number: SC-1001-01  ·  Title: " in text) is compact
        assert ("History:" in text) is not compact  # the full detail lists the whole history
        if compact:
            assert invoices > 2 * fields


@pytest.mark.parametrize("width, number_cells, shown", [
    (80, 14, {"label", "title", "project", "vendor", "erp_state"}),  # the outlier gives way, ends in "…"
    (120, 41, {"label", "title", "project", "vendor", "erp_state"}),  # room for it whole
])
def test_one_long_number_does_not_push_out_the_project(width, number_cells, shown):
    """The demo has one commitment number of 41 characters (over Vista's limit on purpose)."""
    layout = dict((column.key, cells) for column, cells in
                  layout_columns(ListKind.COMMITMENTS, width - 1, (("label", 41), ("title", 22))))
    assert layout["label"] == number_cells
    assert shown <= layout.keys()


@pytest.mark.parametrize("body", ["one\ntwo", "one\ntwo\n"])
async def test_a_dialog_body_is_as_tall_as_its_wrapped_lines(body):
    """Measured as Textual measures it: a last line without a newline counts too (a bulk confirm's
    closing sentence was cut off at 80x24)."""
    from rich.text import Text
    from textual.app import App
    from textual.widgets import Static

    from approver_tui.tui.formats import Hanging

    long = "4 other marked item(s) cannot be included; they will be listed with their reasons."

    class Probe(App):
        def compose(self):
            yield Static(Hanging(Text(body + "\n" + long if not body.endswith("\n") else body + long + "\n")))

    async with Probe().run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert pilot.app.query_one(Static).size.height == 4  # two lines, and the long one wrapped in two


def test_a_large_result_lists_the_failed_exports_every_refusal_and_counts_the_rest():
    """A thousand done items are not read one by one: the result names the first, counts the rest
    (each is in its history); a done item with news (its export failed) and every refused one with
    its reasons are always listed."""
    from approver_tui.domain import Action, Reason
    from approver_tui.services.items import ItemRef
    from approver_tui.services.workflow import BatchResult, ItemOutcome
    from approver_tui.tui.dialogs import SHOWN_DONE, result_text

    done = [ItemOutcome(ItemRef.parse(f"invoice:{n}"), f"INV-{n}", True, "pending", "synced") for n in range(1, 1001)]
    done[700].note = "export failed: disk full"
    refused = [ItemOutcome(ItemRef.parse(f"invoice:{n}"), f"INV-{n}", False, "synced", "synced",
                           [Reason("already_decided", f"INV-{n} was accepted already.", "Nothing to do.")])
               for n in range(2001, 2031)]
    text = result_text(BatchResult(Action.ACCEPT, done + refused)).plain
    assert "Done (1000):" in text and f"… and {1000 - SHOWN_DONE} more, each in its history" in text
    assert text.index("INV-701  pending → synced  (export failed: disk full)") < text.index("INV-1  ")
    assert "INV-999 " not in text
    assert "Refused (30):" in text and all(f"INV-{n} was accepted already." in text for n in range(2001, 2031))
