"""Several people, one ledger: an open app shows other people's changes by itself (within 2 s,
no key pressed), keeping the cursor's item, the filter and the marks; quitting always ends it.
The live tests run on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import time

import pytest

from approver_tui.domain import Action, ErpState
from approver_tui.services.items import ItemRef
from approver_tui.services.workflow import perform
from approver_tui.tui.dialogs import ConfirmDialog, InfoDialog
from approver_tui.tui.screens import DetailScreen
from tests.tui.conftest import until
from tests.tui.test_flows import dialog_text, highlight, mark, pane


async def seconds_until(pilot, condition) -> float:
    started = time.monotonic()
    await until(pilot, condition, timeout=2.0)
    return time.monotonic() - started


async def test_someone_elses_decision_shows_by_itself_and_the_cursor_stays_on_its_item(make_app_on):
    app, workspace_of = await make_app_on("approver")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        queue = pane(app, "queue")
        await until(pilot, lambda: queue.table.total == 20 and queue.table.highlighted)
        await pilot.press("down", "down", "down", "space")  # mark the fourth row, move to the fifth
        await until(pilot, lambda: queue.table.cursor == 4)
        watched = queue.table.highlighted_ref
        first = queue.table.row_at(0)
        marked = set(queue.marks)

        admin = await workspace_of("admin")
        result = await perform(admin, Action.RETRIEVE, [ItemRef.of_row(first)])
        assert result.done

        waited = await seconds_until(pilot, lambda: queue.table.total == 19)
        assert waited < 2.0
        await until(pilot, lambda: queue.table.highlighted_ref == watched)  # one row up, same item
        assert queue.table.cursor == 3 and set(queue.marks) == marked
        await until(pilot, lambda: app.queue_waiting == 19)
        assert "19 waiting in the queue" in queue.query_one(".status-line").visual.plain


async def test_a_tab_not_shown_looks_again_when_it_is_shown(make_app_on):
    app, workspace_of = await make_app_on("approver")
    async with app.run_test(size=(120, 40)) as pilot:
        invoices, queue = pane(app, "invoices"), pane(app, "queue")
        await highlight(pilot, invoices, "INV-2211")
        await pilot.press("4")
        await until(pilot, lambda: queue.table.total == 20)
        generation = invoices.table._generation

        admin = await workspace_of("admin")
        await perform(admin, Action.RETRIEVE, [ItemRef.parse("invoice:11")])
        await seconds_until(pilot, lambda: queue.table.total == 19)
        await pilot.pause(0.3)
        assert invoices.table._generation == generation  # hidden: nothing read for it yet

        await pilot.press("2")
        await until(pilot, lambda: invoices.table.highlighted["erp_state"] is ErpState.RETRIEVED)
        assert invoices.table.highlighted["label"] == "INV-2211"


async def test_the_apps_own_write_is_not_taken_for_someone_elses(make_app_on):
    """The watcher notices every commit on SQLite, this app's own too: while the app's write is
    under way (an accept still writing its exports) it must not make every view look again."""
    app, _ = await make_app_on("approver")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        queue = pane(app, "queue")
        await until(pilot, lambda: queue.table.total == 20)
        await pilot.pause(0.6)  # the watcher has had a first look
        heard = []
        app.data_changed_signal.subscribe(app, heard.append)

        async def accept_then_keep_writing():
            result = await perform(app.workspace, Action.ACCEPT, [ItemRef.parse("invoice:12")])
            await asyncio.sleep(1.5)  # committed; three of the watcher's looks pass meanwhile
            return result

        assert (await app.write(accept_then_keep_writing())).done
        assert heard == []
        app.publish_change({ItemRef.parse("invoice:12")})
        await until(pilot, lambda: queue.table.total == 19)
        await pilot.pause(1.2)
        assert [change.refs for change in heard] == [frozenset({ItemRef.parse("invoice:12")})]


async def test_a_change_noticed_during_a_write_that_fails_is_shown(make_app_on):
    app, workspace_of = await make_app_on("approver")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        queue = pane(app, "queue")
        await until(pilot, lambda: queue.table.total == 20)
        admin = await workspace_of("admin")

        async def someone_else_retrieves_then_this_write_fails():
            await perform(admin, Action.RETRIEVE, [ItemRef.parse("invoice:11")])
            await asyncio.sleep(1.2)  # the watcher looks meanwhile
            raise RuntimeError("the write failed")

        with pytest.raises(RuntimeError):
            await app.write(someone_else_retrieves_then_this_write_fails())
        await seconds_until(pilot, lambda: queue.table.total == 19)


async def test_the_filter_stays_and_a_detail_screen_follows_the_item(make_app_on):
    app, workspace_of = await make_app_on("approver")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        queue = pane(app, "queue")
        await highlight(pilot, queue, "INV-2212")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DetailScreen) and "Pending" in dialog_text(app))

        other = await workspace_of("approver2")
        await perform(other, Action.REJECT, [ItemRef.parse("invoice:12")], reason="Retainage is wrong")

        await seconds_until(pilot, lambda: "Retainage is wrong" in dialog_text(app))
        await pilot.press("escape")
        await until(pilot, lambda: queue.table.total == 0)  # the filter is still INV-2212
        assert queue.view.filters.search == "INV-2212"


async def test_acting_on_an_item_that_changed_meanwhile_says_who_and_when(make_app_on):
    app, workspace_of = await make_app_on("approver")
    async with app.run_test(size=(120, 40)) as pilot:
        invoices = pane(app, "invoices")
        await highlight(pilot, invoices, "INV-2213")
        await pilot.press("space")
        other = await workspace_of("approver2")
        await perform(other, Action.REJECT, [ItemRef.parse("invoice:13")], reason="Wrong cost code")
        await until(pilot, lambda: invoices.table.highlighted["erp_state"] == "rejected")
        assert set(invoices.marks) == {ItemRef.parse("invoice:13")}  # still in view: still marked
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        text = dialog_text(app)
        assert "already rejected by approver2 on 20" in text


async def test_q_quits_from_a_result_dialog_and_leaves_no_task(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        invoices = pane(app, "invoices")
        await mark(pilot, invoices, "INV-2211", "INV-2212")
        await until(pilot, lambda: len(invoices.marks) == 2)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        await pilot.press("q")
        await until(pilot, lambda: not app.is_running, timeout=1.0)
    await app.workspace.close()
    assert [task for task in asyncio.all_tasks() if task is not asyncio.current_task()] == []


async def test_q_quits_from_a_confirm_dialog_without_acting(make_app):
    app = await make_app("admin")
    async with app.run_test(size=(80, 24)) as pilot:
        invoices = pane(app, "invoices")
        await highlight(pilot, invoices, "INV-2211")
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("q")
        await until(pilot, lambda: not app.is_running, timeout=1.0)
    ws = app.workspace
    listed = await perform(ws, Action.RETRIEVE, [ItemRef.parse("invoice:11")])  # still pending: nothing was done
    assert listed.done
