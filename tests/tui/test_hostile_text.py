"""Text from the database on screen: columns stay aligned whatever the script (widths in terminal
cells), and markup or escapes are drawn as the characters they are."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from rich.cells import cell_len

from approver_tui.domain import Action
from approver_tui.services.items import ItemRef
from approver_tui.services.workflow import perform
from approver_tui.tui.dialogs import InfoDialog
from tests.tui.conftest import until
from tests.tui.test_flows import dialog_text, highlight, pane

NAMES = {
    13: "東京建設株式会社 東京建設株式会社 東京建設",  # wide
    14: "🏗️🚧 Crane & Hoist 🏗️🚧🏗️🚧🏗️🚧🏗️🚧",  # emoji, with variation selectors
    15: "Cafe\u0301 Ünïcödé Ma\u0308\u0308ssig Ro\u0301o\u0301fing",  # combining marks
    16: "שלום בנייה בע\"מ مرحبا للبناء",  # right to left
}


async def test_columns_stay_aligned_with_wide_combining_and_right_to_left_names(make_app, demo_db):
    with closing(sqlite3.connect(demo_db)) as raw, raw:
        for company_id, name in NAMES.items():
            raw.execute("UPDATE companies SET name = ? WHERE id = ?", (name, company_id))
    app = await make_app("admin")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        directory = pane(app, "directory")
        await until(pilot, lambda: directory.table.total == 20 and directory.table.row_at(19))
        table = directory.table
        starts = set()
        for y in range(1, 21):
            line = table.render_line(y).text
            assert cell_len(line) == table.size.width, (y, line)
            row = table.row_at(table.top + y - 1)
            state = row["erp_state"].label
            starts.add(cell_len(line[:line.index(state, 30)]))
        assert len(starts) == 1, starts  # the ERP state column begins at the same cell on every row


async def test_markup_in_a_reason_is_drawn_literally(make_app, demo_db, tmp_path):
    app = await make_app("approver")
    reason = "[bold]Retainage[/bold] is [link=http://x]wrong[/link] :warning: \\[x]"
    await perform(app.workspace, Action.REJECT, [ItemRef.parse("invoice:11")], reason=reason)
    async with app.run_test(size=(120, 40)) as pilot:
        invoices = pane(app, "invoices")
        await highlight(pilot, invoices, "INV-2211")
        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        assert reason in dialog_text(app)
