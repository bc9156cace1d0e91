"""The seed documents' flows driven by keys through Pilot."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from approver_tui.domain import Action
from approver_tui.services.items import ItemRef
from approver_tui.services.workflow import perform
from approver_tui.services.workspace import open_workspace
from approver_tui.tui.dialogs import ConfirmDialog, InfoDialog, ReasonDialog
from approver_tui.tui.footer import KeyBar
from approver_tui.tui.pane import ItemsPane
from approver_tui.tui.screens import DetailScreen, EditScreen
from tests.tui.conftest import until


def pane(app, tab: str) -> ItemsPane:
    return app.query_one(f"#pane-{tab}", ItemsPane)


async def highlight(pilot, items: ItemsPane, label: str) -> None:
    """Filter the pane down to `label` and keep the filter, so the row is highlighted."""
    items.table.focus()
    await pilot.press("slash", *label, "enter")
    await until(pilot, lambda: items.table.highlighted and items.table.highlighted["label"] == label)


async def mark(pilot, items: ItemsPane, *labels: str) -> None:
    """Mark each row by filtering to it, then clear the filter."""
    for label in labels:
        await highlight(pilot, items, label)
        await pilot.press("space", "escape")


async def open_reject(pilot, label: str) -> None:
    """On the queue tab, press x on `label`: the reason dialog opens."""
    app = pilot.app
    await pilot.press("4")
    await highlight(pilot, pane(app, "queue"), label)
    await pilot.press("x")
    await until(pilot, lambda: isinstance(app.screen, ReasonDialog))


def dialog_text(app) -> str:
    parts = []
    for static in app.screen.query("Static"):
        content = static.content  # Text, or formats.Hanging around a Text: both have .plain
        parts.append(content.plain if hasattr(content, "plain") else str(content))
    return "\n".join(parts)


def erp_state(db, ref: str) -> tuple[str, str | None]:
    kind, number = ref.split(":")
    table = {"invoice": "invoices", "commitment": "commitments", "company": "companies"}[kind]
    with sqlite3.connect(db) as raw:
        return raw.execute(f"SELECT erp_state, last_reason FROM {table} WHERE id = ?", (int(number),)).fetchone()


async def test_reject_needs_a_reason_and_records_it(make_app, demo_db):
    app = await make_app("approver")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reject(pilot, "INV-2213")
        await pilot.press("enter")
        await until(pilot, lambda: "A reason is required" in dialog_text(app))
        assert isinstance(app.screen, ReasonDialog)
        await pilot.press(*"Lien waiver missing", "enter")
        await until(pilot, lambda: not isinstance(app.screen, ReasonDialog))
        await until(pilot, lambda: erp_state(demo_db, "invoice:13")[0] == "rejected")
    assert erp_state(demo_db, "invoice:13") == ("rejected", "Lien waiver missing")


async def test_bulk_retrieve_from_a_commitments_invoices(make_app, demo_db):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await highlight(pilot, pane(app, "commitments"), "SC-1001-01")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DetailScreen))
        invoices = app.screen.query_one(ItemsPane)
        await until(pilot, lambda: invoices.table.total == 11)
        await highlight(pilot, invoices, "INV-2211")
        await pilot.press("space", "escape")
        await highlight(pilot, invoices, "INV-2212")
        await pilot.press("space")
        assert len(invoices.marks) == 2
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        shown = dialog_text(app)
        assert "Retrieve 2 invoices (371,151.00) from the ERP queue?" in shown
        assert "invoice INV-2211  185,507.00" in shown and "2 invoices, total 371,151.00" in shown
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        assert "2 done, 0 refused" in app.screen.title_text
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, DetailScreen) and not invoices.marks)
    assert erp_state(demo_db, "invoice:11")[0] == erp_state(demo_db, "invoice:12")[0] == "retrieved"


async def test_fix_and_resend_a_rejected_invoice(make_app, demo_db):
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        await highlight(pilot, pane(app, "invoices"), "INV-2222")
        assert erp_state(demo_db, "invoice:22")[0] == "rejected"
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen.version is not None)
        field = app.screen.query_one("#field-amount")
        field.value = "1234.56"
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, EditScreen))
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("enter")
        await until(pilot, lambda: erp_state(demo_db, "invoice:22")[0] == "pending")


async def test_edit_refuses_bad_values_in_place(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        await highlight(pilot, pane(app, "invoices"), "INV-2233")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen.version is not None)
        app.screen.query_one("#field-amount").value = "twelve"
        await pilot.press("enter")
        await until(pilot, lambda: "not an amount" in dialog_text(app))
        assert isinstance(app.screen, EditScreen)


async def test_company_name_length_shows_as_you_type(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await highlight(pilot, pane(app, "directory"), "Lakeshore Painting & Coatings")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen.version is not None)
        app.screen.query_one("#field-name").value = "N" * 65
        await until(pilot, lambda: "65 of 60 characters: 5 too many" in dialog_text(app))


WHY_CASES = [
    # login, tab, row label, key, words the dialog must show
    ("viewer", "invoices", "INV-2233", "s", "needs Admin on the Commitments tool"),
    ("admin", "invoices", "INV-2211", "a", "for accounting approvers"),
    ("invoices-only", "directory", "Summit Elevator Company", "a", "covers invoices, not companies"),
    ("approver2", "invoices", "INV-2220", "a", "You sent this item"),
    ("admin", "invoices", "INV-2201", "r", "only possible before a decision"),
    ("admin", "invoices", "INV-2211", "e", "locked while it waits"),
    ("admin", "invoices", "INV-2244", "s", "Its status is Draft"),
    ("admin", "invoices", "INV-2252", "s", "Its amount is 0.00"),
    ("admin", "invoices", "INV-2254", "s", "Its billing date is empty"),
    ("admin", "invoices", "INV-2261", "s", "is not synced to the ERP yet"),
    ("admin", "commitments", "SC-1004-01", "s", "ERP data of project Eastside Library Renovation is not synced"),
    ("admin", "commitments", "SC-1001-05", "s", "is not linked to an ERP vendor"),
    ("admin", "commitments", "SC-1002-05", "s", "carries an ERP cost code"),
    ("admin", "directory", "Keystone Fire Protection", "s", "allows at most 60"),
    ("admin", "invoices", "INV-2233", "S", "only for items an approver rejected"),
]


@pytest.mark.parametrize(("login", "tab", "label", "key", "words"), WHY_CASES)
async def test_an_unavailable_key_explains_itself(make_app, login, tab, label, key, words):
    app = await make_app(login)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press({"commitments": "1", "invoices": "2", "directory": "3"}[tab])
        items = pane(app, tab)
        items.table.focus()
        await pilot.press("slash", *label, "enter")
        await until(pilot, lambda: items.table.highlighted and items.table.highlighted["label"].startswith(label))
        await until(pilot, lambda: items._available)
        await pilot.press(key)
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        assert app.screen.title_text.startswith("Why")
        assert words in dialog_text(app)


async def test_unavailable_actions_stay_in_the_footer_dimmed(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        items = pane(app, "invoices")
        await highlight(pilot, items, "INV-2201")
        await until(pilot, lambda: items._available)
        assert items.check_action("act", ("accept",)) is None  # shown, dimmed
        assert items.check_action("explain", ("accept",)) is True
        assert items.check_action("act", ("edit",)) is None
        await highlight(pilot, items, "INV-2233")
        await until(pilot, lambda: items._available.get(Action.SEND))
        assert items.check_action("act", ("send",)) is True
        assert items.check_action("explain", ("send",)) is False


def footer_dimmed(app) -> dict[str, bool]:
    """Each key the key bar shows, and whether it is dimmed."""
    keys, _ = app.screen.query_one(KeyBar).shown()
    return {key.key: not key.available for key in keys}


async def test_the_key_bar_follows_the_highlighted_row(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        items = pane(app, "invoices")
        await until(pilot, lambda: footer_dimmed(app).get("r") and not footer_dimmed(app)["space"])  # invoice:1, synced
        await pilot.press(*["down"] * 10)  # invoice:11, waiting in the queue: the admin may retrieve it
        await until(pilot, lambda: not footer_dimmed(app)["r"])
        await pilot.press("space")  # marked: the actions now judge the mark, whatever row is highlighted
        await pilot.press("slash", *"no such invoice", "enter")
        await until(pilot, lambda: items.table.total == 0)
        await until(pilot, lambda: footer_dimmed(app)["space"] and footer_dimmed(app)["enter"])  # no row
        assert not footer_dimmed(app)["r"]


async def test_clicking_a_key_in_the_key_bar_presses_it(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: footer_dimmed(app).get("r"))  # invoice:1 is synced: retrieve is dimmed
        bar = app.screen.query_one(KeyBar)
        await pilot.click(KeyBar, offset=(bar.render().plain.index(" r Retrieve") + 1, 0))
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        assert app.screen.title_text == "Why Retrieve from ERP is unavailable"


async def test_a_partly_refused_bulk_action_lists_what_was_refused(make_app, demo_db):
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        items = pane(app, "invoices")
        await mark(pilot, items, "INV-2211", "INV-2201")
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert "1 other marked item(s) cannot be included" in dialog_text(app)
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        assert "1 done, 1 refused" in app.screen.title_text
        text = dialog_text(app)
        assert "invoice:1  INV-2201" in text and "already accepted by approver" in text
        await pilot.press("escape")
        await until(pilot, lambda: list(items.marks) == [ItemRef.parse("invoice:1")])
    assert erp_state(demo_db, "invoice:11")[0] == "retrieved"


async def test_filter_narrows_keeps_and_clears(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        items = pane(app, "invoices")
        await until(pilot, lambda: items.table.total == 66)
        await pilot.press("slash", *"apex")
        await until(pilot, lambda: items.table.total == 12)
        await pilot.press("enter")
        assert app.focused is items.table and items.table.total == 12
        await pilot.press("escape")
        await until(pilot, lambda: items.table.total == 66)


async def test_keys_typed_with_the_first_slash_are_filter_text(make_app):
    """The filter box is made on first use; keys that arrive with the slash in one burst (a paste, a
    fast typist) are text for it, not dropped, and never the table's action keys (a is Accept)."""
    from textual import events

    app = await make_app("approver")
    async with app.run_test(size=(80, 24)) as pilot:
        items = pane(app, "invoices")
        await until(pilot, lambda: items.table.total == 66)
        for key in ("slash", *"apex"):
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await until(pilot, lambda: items.filter_box is not None and items.filter_box.value == "apex")
        await until(pilot, lambda: items.table.counted and items.table.total == 12)
        assert app.screen is app.screen_stack[0]


async def test_tables_count_after_their_rows_and_only_when_the_rows_change(make_app, monkeypatch):
    """The count starts once the first rows are in; a first page shorter than a page is the count;
    a new order of the same rows keeps it; the status line says "…" while it is outdated."""
    import approver_tui.tui.table as table_module

    counted = []
    real_count = table_module.count_rows

    async def count_rows(*args, **kwargs):
        counted.append((items.table.view.filters.search, items.table.highlighted is not None))
        return await real_count(*args, **kwargs)

    monkeypatch.setattr(table_module, "count_rows", count_rows)
    monkeypatch.setattr(table_module, "PAGE_SIZE", 10)
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        items = pane(app, "invoices")
        status = lambda: items.query_one(".status-line").visual.plain  # noqa: E731
        await until(pilot, lambda: items.table.counted and items.table.total == 66)
        assert counted == [("", True)] and "Invoices: 66 rows" in status()
        items._sort_by("vendor", descending=True)
        await until(pilot, lambda: items.table.highlighted and items.table.highlighted["_sort"] is not None)
        assert items.table.counted and counted == [("", True)]
        await pilot.press("slash", *"apex")
        await until(pilot, lambda: items.table.counted and items.table.total == 12)
        assert counted[-1] == ("apex", True) and "Invoices: 12 rows" in status()
        assert all(rows_first for _, rows_first in counted)  # the rows under the cursor came first
        await pilot.press("escape", "slash", *"INV-2211")
        await until(pilot, lambda: items.table.counted and items.table.total == 1)
        assert "INV-2211" not in {search for search, _ in counted}  # the first page held it all


async def test_mark_all_marks_what_the_filter_shows_then_unmarks(make_app):
    app = await make_app("approver")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        queue = pane(app, "queue")
        await until(pilot, lambda: queue.table.total == 20)
        await pilot.press("asterisk")
        await until(pilot, lambda: len(queue.marks) == 20)
        await pilot.press("asterisk")
        await until(pilot, lambda: not queue.marks)


async def test_marks_on_items_that_left_the_view_are_dropped_and_said(make_app, demo_db, tmp_path):
    app = await make_app("approver")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        queue = pane(app, "queue")
        await highlight(pilot, queue, "INV-2211")
        await pilot.press("space")
        admin = await open_workspace(replace(app.workspace.settings, user="admin"))
        await perform(admin, Action.RETRIEVE, [ItemRef.parse("invoice:11")])  # someone else, meanwhile
        await admin.close()
        await until(pilot, lambda: not queue.marks)  # no key pressed: the app noticed by itself
        assert any("left this view" in str(n.message) for n in app._notifications)


async def test_database_text_is_shown_literally(make_app, demo_db):
    with sqlite3.connect(demo_db) as raw:
        raw.execute("UPDATE companies SET name = ? WHERE id = 13", ("[bold red]Lakeshore[/] \x1b[31mPaint\x07",))
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        items = pane(app, "directory")
        await until(pilot, lambda: items.table.total)
        await pilot.press("slash", *"[bold red]Lakeshore", "enter")
        await until(pilot, lambda: items.table.total == 1 and items.table.highlighted)
        row = items.table.highlighted
        cell = items.table.cell(items.table.columns[0], row)
        assert cell == "[bold red]Lakeshore[/] \\x1b[31mPaint\\x07"
        strip = items.table.render_line(1)
        assert "[bold red]Lakeshore[/]" in strip.text and "\x1b" not in strip.text
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DetailScreen) and "Lakeshore" in dialog_text(app))
        assert "\x1b" not in dialog_text(app) and "[bold red]Lakeshore[/]" in dialog_text(app)


async def test_keys_can_be_rebound_by_binding_id(make_app):
    app = await make_app("admin", keys={"retrieve": "R"})
    async with app.run_test(size=(80, 24)) as pilot:
        await highlight(pilot, pane(app, "invoices"), "INV-2211")
        await pilot.press("R")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))


async def test_help_history_notifications_and_palette_open(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        await highlight(pilot, pane(app, "invoices"), "INV-2222")
        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        assert "Lien waiver" in dialog_text(app)
        await pilot.press("escape")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog) and "Notifications" in app.screen.title_text)
        assert "Rejected: invoice" in dialog_text(app) and "mailed to admin@example.test" in dialog_text(app)
        await pilot.press("escape")
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog) and app.screen.title_text == "Keys")
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await until(pilot, lambda: app.screen.__class__.__name__ == "CommandPalette")
        await pilot.press(*"INV-2233")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DetailScreen) and "INV-2233" in dialog_text(app))
