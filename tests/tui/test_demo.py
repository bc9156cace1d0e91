"""The demo: the persona picker and switch, the guided walkthrough ticking from what was done;
and themes, which must read and keep the cursor and marks apart without colour."""

from __future__ import annotations

import sqlite3

import pytest

from approver_tui.services.people import become
from approver_tui.services.walkthrough import Step
from approver_tui.services.workspace import IdentityError, open_workspace
from approver_tui.tui.app import ApproverApp
from approver_tui.tui.dialogs import ConfirmDialog, InfoDialog, NotificationsDialog, PersonaPicker, ReasonDialog
from approver_tui.tui.screens import EditScreen
from approver_tui.tui.walkthrough import WalkthroughPanel
from tests.cli.conftest import run
from tests.conftest import FIXED_NOW
from tests.tui.conftest import settings, until
from tests.tui.test_flows import dialog_text, erp_state, highlight, mark, pane

LONG_COMPANY = "Keystone Fire Protection, Sprinkler Design & Life Safety Systems of the Pacific Northwest LLC"


@pytest.fixture
async def demo_app(demo_db, tmp_path):
    """The app as `approver-tui demo` opens it: on the persona picker, with the walkthrough."""
    opened = []

    async def make() -> ApproverApp:
        ws = await open_workspace(settings(demo_db, "approver", tmp_path, walkthrough=True))
        opened.append(ws)
        return ApproverApp(ws, now=lambda: FIXED_NOW, pick_persona=True)

    yield make
    for ws in opened:
        await ws.close()


async def switch_to(pilot, login: str) -> None:
    app = pilot.app
    await pilot.press("u")
    await until(pilot, lambda: isinstance(app.screen, PersonaPicker))
    picker = app.screen
    await pilot.press("home")
    for _ in range([p.login for p in picker.personas].index(login)):
        await pilot.press("down")
    await pilot.press("enter")
    await until(pilot, lambda: app.workspace.actor.login == login and not isinstance(app.screen, PersonaPicker))
    await until(pilot, lambda: login in str(app.query_one("#identity").content))


async def stay_and_load_the_walkthrough(pilot) -> WalkthroughPanel:
    """Past the opening persona picker (escape: stay the approver), with the walkthrough's steps read."""
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, PersonaPicker))
    await pilot.press("escape")
    panel = app.query_one(WalkthroughPanel)
    await until(pilot, lambda: panel.progress is not None)
    return panel


def progress(app) -> set[Step]:
    panel = app.query_one(WalkthroughPanel)
    return set(panel.progress.done) if panel.progress else set()


async def test_the_demo_opens_on_the_persona_picker_and_escape_stays(demo_app):
    app = await demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, PersonaPicker))
        shown = "\n".join(str(option.prompt) for option in app.screen.query_one("#persona-options").options)
        for login in ("admin", "approver", "approver2", "viewer", "invoices-only"):
            assert f"{login}  " in shown
        assert "Accepts or rejects invoices only." in shown and "Reads; changes nothing." in shown
        assert "Who are you in this demo?" in dialog_text(app)
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, PersonaPicker))
        assert app.workspace.actor.login == "approver"


async def test_switching_user_keeps_the_tab_and_judges_as_the_new_person(demo_app):
    app = await demo_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, PersonaPicker))
        await pilot.press("escape")
        await pilot.press("3")
        await until(pilot, lambda: pane(app, "directory").table.total)
        await switch_to(pilot, "admin")
        assert app.current_tab == "directory" and app.focused is pane(app, "directory").table
        await until(pilot, lambda: pane(app, "directory").table.total)
        # the admin may send the long-named company's edits: the key bar judges as admin now
        await highlight(pilot, pane(app, "directory"), LONG_COMPANY)
        assert app.screen.active_bindings["e"].enabled


async def test_no_persona_switch_or_walkthrough_outside_demo_databases(make_app, demo_db):
    with sqlite3.connect(demo_db) as raw:
        raw.execute("UPDATE meta SET value = '0' WHERE key = 'demo'")
    app = await make_app("admin", allow_user_override=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: pane(app, "invoices").table.total)
        assert "u" not in app.screen.active_bindings and "g" not in app.screen.active_bindings
        assert not app.query(WalkthroughPanel)
        await pilot.press("u")
        await pilot.pause(0.2)
        assert not isinstance(app.screen, PersonaPicker)
        with pytest.raises(IdentityError, match="only for demo databases"):
            await become(app.workspace, "approver")
        assert app.workspace.actor.login == "admin"


async def test_the_whole_walkthrough_by_keys_ticks_each_step_when_done(demo_app, demo_db, tmp_path):
    app = await demo_app()
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await stay_and_load_the_walkthrough(pilot)
        assert progress(app) == set()  # the demo's seeded history does not count
        assert "4 opens the ERP Queue" in str(panel.content)

        # 1. reject as the approver
        await pilot.press("4")
        await highlight(pilot, pane(app, "queue"), "INV-2213")
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ReasonDialog))
        await pilot.press(*"Lien waiver missing", "enter")
        await until(pilot, lambda: progress(app) == {Step.REJECT})
        assert "Press u and pick admin" in str(panel.content)

        # 2. the admin finds the notice
        await switch_to(pilot, "admin")
        panel = app.query_one(WalkthroughPanel)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, NotificationsDialog))
        assert "Lien waiver missing" in dialog_text(app)
        await pilot.press("escape")
        await until(pilot, lambda: progress(app) == {Step.REJECT, Step.READ_NOTICE})

        # 3. fix it and re-send it
        await pilot.press("2")
        await highlight(pilot, pane(app, "invoices"), "INV-2213")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen.version is not None)
        app.screen.query_one("#field-amount").value = "185700.00"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, EditScreen))
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await until(pilot, lambda: Step.FIX_AND_RESEND in progress(app))
        await pilot.press("escape")

        # 4. retrieve two at once
        await pilot.press("4")
        await mark(pilot, pane(app, "queue"), "INV-2211", "INV-2212")
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await until(pilot, lambda: Step.RETRIEVE_TWO in progress(app))
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        await pilot.press("escape")

        # 5. why the company cannot go to Vista, fix the name, send it
        await pilot.press("3")
        await highlight(pilot, pane(app, "directory"), LONG_COMPANY)
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, InfoDialog))
        assert "60" in dialog_text(app)
        await pilot.press("escape")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditScreen) and app.screen.version is not None)
        app.screen.query_one("#field-name").value = "Keystone Fire Protection LLC"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, EditScreen))
        await pilot.press("escape")  # the filter named the old name
        await highlight(pilot, pane(app, "directory"), "Keystone Fire Protection LLC")
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await until(pilot, lambda: Step.FIX_COMPANY in progress(app))

        # 6. accept as the approver; the export is delivered
        await switch_to(pilot, "approver")
        await pilot.press("4")
        await highlight(pilot, pane(app, "queue"), "INV-2214")
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await until(pilot, lambda: progress(app) == set(Step), timeout=10)
        assert "All six done" in str(app.query_one(WalkthroughPanel).content)
    assert erp_state(demo_db, "invoice:14")[0] == "synced"
    assert (tmp_path / "export").is_dir() and any((tmp_path / "export").iterdir())


async def test_the_walkthrough_fits_below_the_tables_at_80x24_and_g_hides_it(demo_app):
    app = await demo_app()
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await stay_and_load_the_walkthrough(pilot)
        table = pane(app, "invoices").table
        assert panel.region.y >= table.region.bottom and panel.region.height <= 4
        assert table.region.height >= 12
        await pilot.press("g")
        await pilot.pause()
        assert not panel.display
        await pilot.press("g")
        await pilot.pause()
        assert panel.display
    app = await demo_app()
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await stay_and_load_the_walkthrough(pilot)
        table = pane(app, "invoices").table
        assert panel.region.x >= table.region.right and panel.region.height > 30


def contrast(one, other) -> float:
    """The WCAG contrast ratio of two rich colours given as RGB."""
    def luminance(color) -> float:
        channels = []
        for value in color.get_truecolor():
            c = value / 255
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark", "ansi-light"])
async def test_a_theme_from_the_config_reads_and_keeps_the_cursor_and_marks_apart_without_colour(make_app, theme):
    app = await make_app("admin", theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        table = pane(app, "invoices").table
        await until(pilot, lambda: table.highlighted is not None)
        assert app.theme == theme
        cursor = table.get_component_rich_style("item-table--cursor")
        marked = table.get_component_rich_style("item-table--marked")
        assert cursor.reverse and marked.bold  # and marked rows say [x]: neither rests on colour
        base = table.rich_style
        if base.color and base.bgcolor and not base.color.is_default and not base.bgcolor.is_default:
            assert contrast(base.color, base.bgcolor) >= 4.5
            assert contrast(marked.color or base.color, base.bgcolor) >= 3
        assert "Theme" in [command.title for command in app.get_system_commands(app.screen)]


def test_an_unknown_theme_stops_the_start_in_one_line(demo_db):
    result = run("--db", str(demo_db), "--user", "admin", env={"APPROVER_TUI_THEME": "midnight-disco"})
    assert result.returncode == 2 and "theme 'midnight-disco' is not a theme here" in result.stderr
    assert "textual-light" in result.stderr and len(result.stderr.strip().splitlines()) == 1
