"""The full-screen app: four tabs over the ERP queue workflow.

What only a later action needs (the dialogs, the item screens, mail, people, the ERP sync's date)
is imported where it is used: importing it at start-up made every first frame about 20 ms later."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import TypeVar

from rich.cells import cell_len
from rich.text import Text
from textual import events, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.signal import Signal
from textual.widgets import Input, Static, TabbedContent, TabPane

from approver_tui.domain import Action
from approver_tui.resources import resource_dir
from approver_tui.services import exports
from approver_tui.services.access import NotAllowed, not_found
from approver_tui.services.browse import View, view_totals
from approver_tui.services.items import ItemRef
from approver_tui.services.listing import ListFilter, ListKind
from approver_tui.services.live import ChangeWatcher, watch_changes
from approver_tui.services.notifications import read_notices
from approver_tui.services.projects import ProjectChoice, visible_projects
from approver_tui.services.settings import ConfigError
from approver_tui.services.text import printable
from approver_tui.services.workspace import Workspace
from approver_tui.tui.footer import KeyBar
from approver_tui.tui.keys import bindings_by_id, bound_key
from approver_tui.tui.palette import ApproverCommands
from approver_tui.tui.pane import ItemsPane
from approver_tui.tui.startup import app_ended, pause_collection, startup_finished
from approver_tui.tui.table import ItemTable
from approver_tui.tui.walkthrough import WalkthroughPanel

T = TypeVar("T")

# How long quitting waits for database calls still running before it abandons them (a write
# abandoned this way is rolled back by the database when the process ends).
QUIT_GRACE_SECONDS = 0.8
MAIL_INTERVAL_SECONDS = 60  # with smtp.deliver_from_app: how often due mail is sent
WALKTHROUGH_BESIDE_FROM = 120  # columns: from here the walkthrough sits beside the tables, below them under it


@dataclass(frozen=True)
class DataChanged:
    """What `ApproverApp.data_changed_signal` carries: the items this app just changed (none when it
    changed only something else, such as notices read), or None when another process changed
    something (what it changed is not known, so views look again)."""

    refs: frozenset[ItemRef] | None

    @property
    def touches_items(self) -> bool:
        """Whether items may have changed (what the tables and counts show)."""
        return self.refs is None or bool(self.refs)


TABS = [
    ("commitments", "Commitments", View(ListKind.COMMITMENTS)),
    ("invoices", "Invoices", View(ListKind.INVOICES)),
    ("directory", "Directory", View(ListKind.COMPANIES)),
    ("queue", "ERP Queue", View(ListKind.QUEUE, sort="sent_at")),
]


class MainScreen(Screen):
    # Focus lands on the invoices straight away, not on the tab strip first and then moved.
    AUTO_FOCUS = "#pane-invoices ItemTable"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WALKTHROUGH_BESIDE_FROM, "-wide")]

    def __init__(self, width: int) -> None:
        # Made with the class its width gives it, as each resize sets it: gaining it at the first
        # resize would style every widget a second time before the first frame.
        width_class = max(point for point in self.HORIZONTAL_BREAKPOINTS if width >= point[0])[1]
        super().__init__(id="_default", classes=width_class)


class ApproverApp(App[None]):
    TITLE = "approver-tui"
    CSS_PATH = [resource_dir("styles", "app.tcss") / "app.tcss"]
    COMMANDS = App.COMMANDS | {ApproverCommands}
    BINDINGS = [
        *(Binding(str(n), f"show_tab('{tab_id}')", title, show=False, id=f"tab_{tab_id}",
                  tooltip=f"The {title} tab")
          for n, (tab_id, title, _) in enumerate(TABS, start=1)),
        Binding("p", "pick_project", "Project", id="project_scope",
                tooltip="Work on one project (every tab, count and action), or on all of them"),
        Binding("n", "notifications", "Notices", id="notifications", tooltip="Your notifications"),
        Binding("u", "switch_user", "User", id="switch_user",
                tooltip="Be someone else in this demo: same data, same tab"),
        Binding("g", "toggle_walkthrough", "Guide", id="walkthrough",
                tooltip="Show or hide the guided walkthrough"),
        Binding("question_mark", "help", "Help", id="help", tooltip="Every key, by context"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Leave approver-tui"),
    ]

    def __init__(self, workspace: Workspace, *, now: Callable[[], datetime] | None = None,
                 pick_persona: bool = False) -> None:
        super().__init__()
        self.workspace = workspace
        self.pick_persona = pick_persona  # the demo opens on the persona picker
        self.current_tab = "invoices"
        self.walkthrough_shown = bool(workspace.settings.walkthrough)
        self.now = now or (lambda: datetime.now(timezone.utc))
        self.queue_waiting: int | None = None
        self.queue_waiting_cents = 0
        self.scope: ProjectChoice | None = None  # the project every tab works within; None: all
        self.starting = True  # until the first rows are on screen
        self._unfinished: set[asyncio.Task] = set()
        self.abandoned_calls = 0  # database calls still running when the app had to end
        self._watcher: ChangeWatcher | None = None
        self._own_writes = 0  # this app's writes under way (see `write`)
        self._noticed_while_writing = False
        # The one way every view learns that data changed: this app's actions and other
        # people's (through the database's change watcher) both publish here.
        self.data_changed_signal: Signal[DataChanged] = Signal(self, "data-changed")

    def get_key_display(self, binding: Binding) -> str:
        """Keys by the names printed on them ("enter", "escape"), not symbols or abbreviations."""
        display = super().get_key_display(binding)
        return {"⏎": "enter", "esc": "escape"}.get(display, display)

    def get_default_screen(self) -> Screen:
        return MainScreen(self.size.width)

    def compose(self) -> ComposeResult:
        with Horizontal(classes="title-bar"):
            yield Static(self._identity(), id="identity")
            yield Static(id="last-sync")
        with Horizontal(id="workarea"):
            with TabbedContent(initial=self.current_tab):
                for tab_id, title, view in TABS:
                    with TabPane(f"{title}", id=tab_id):
                        scoped = replace(view, filters=replace(view.filters, project_id=self.scope_id))
                        yield ItemsPane(title, scoped, id=f"pane-{tab_id}")
            if self.walkthrough_offered:
                panel = WalkthroughPanel()
                panel.display = self.walkthrough_shown
                yield panel
        yield KeyBar()

    @property
    def walkthrough_offered(self) -> bool:
        """In demo databases, or wherever the config turns it on."""
        return self.workspace.is_demo or bool(self.workspace.settings.walkthrough)

    def offers(self, binding_id: str) -> bool:
        """Whether this database has what the binding does (for the keys, help and the palette):
        the persona switch only in demo databases, the walkthrough where it is offered."""
        if binding_id in ("switch_user", "persona_stay"):
            return self.workspace.is_demo
        if binding_id == "walkthrough":
            return self.walkthrough_offered
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # False (not None): a key this database does not have is not shown at all
        return self.offers({"toggle_walkthrough": "walkthrough"}.get(action, action))

    def on_load(self) -> None:
        pause_collection()  # already paused when started from the command line

    def on_item_table_changed(self, event: ItemTable.Changed) -> None:
        if self.starting and (event.table.total == 0 or event.table.highlighted is not None):
            self.starting = False
            # once the frame with these rows is drawn: started beside it, this work's imports and
            # queries made that frame 10-20 ms later
            self.call_after_refresh(self._after_first_rows)

    def _after_first_rows(self) -> None:
        """What can wait until the first rows are on screen."""
        startup_finished()
        self._count_queue()  # at a million invoices it reads 50,000 rows: not beside the first page
        self._refresh_title()
        for table in self.query(ItemTable):
            if table.requested:  # the other tabs measure when first shown
                table.measure_identifiers()
        self._watch_changes()
        self._resume_exports()
        if self.workspace.settings.deliver_from_app:
            self.set_interval(MAIL_INTERVAL_SECONDS, self._deliver_mail)
            self._deliver_mail()

    async def finish(self, call: Awaitable[T]) -> T:
        """Await a database call that runs to its end even when the worker awaiting it is cancelled
        (superseded by a newer one as the user types, its widget removed, the app quitting).
        Cancelled mid-query, SQLAlchemy terminates the aiosqlite connection in a way that can leave
        a task waiting forever, so the process cannot exit. An answer that arrives while the app
        is quitting cancels the worker: the widgets it would be shown in are being taken down."""
        task = asyncio.ensure_future(call)
        self._unfinished.add(task)
        task.add_done_callback(self._unfinished.discard)
        task.add_done_callback(lambda done: done.cancelled() or done.exception())  # nobody may be waiting
        result = await asyncio.shield(task)
        if not self.is_running:
            raise asyncio.CancelledError
        return result

    async def write(self, call: Awaitable[T]) -> T:
        """`finish` for a write whose caller publishes what it changed when it ends. Until then the
        change watcher takes a commit it notices for this write's own (on SQLite it cannot tell
        whose a commit was): reloading every view ran beside an accept of 1,000 items that was
        still writing its exports. Whatever someone else changed meanwhile shows with the reload
        that follows; a write that fails publishes nothing, so the views look again then."""
        self._own_writes += 1
        try:
            return await self.finish(call)
        except Exception:
            if self._noticed_while_writing:
                self.data_changed_signal.publish(DataChanged(None))
            raise
        finally:
            self._own_writes -= 1
            if not self._own_writes:
                self._noticed_while_writing = False

    async def on_unmount(self) -> None:
        if self._unfinished:  # the workspace is closed after this returns
            _, still_running = await asyncio.wait(set(self._unfinished), timeout=QUIT_GRACE_SECONDS)
            self.abandoned_calls = len(still_running)
        app_ended()

    def on_mount(self) -> None:
        self._apply_keymap()
        if self.workspace.settings.theme:
            self.theme = self.workspace.settings.theme
        self.data_changed_signal.subscribe(self, lambda change: change.touches_items and self._count_queue())
        self.data_changed_signal.subscribe(self, lambda change: change.refs is None and self._refresh_title())
        invoices = self.query_one("#pane-invoices", ItemsPane)
        invoices.ensure_loaded()
        if self.pick_persona:
            self.action_switch_user()

    def _identity(self) -> Text:
        actor, profile = self.workspace.actor, self.workspace.profile
        demo = "  [demo]" if self.workspace.is_demo else ""
        return Text(printable(f"{actor.login} · {self.scope_words} · {', '.join(actor.roles)} · ERP: {profile.name}{demo}"))

    @property
    def scope_id(self) -> int | None:
        return self.scope.id if self.scope else None

    @property
    def scope_words(self) -> str:
        return f"project {self.scope.label}" if self.scope else "all projects"

    @work(group="title", exclusive=True)
    async def _refresh_title(self) -> None:
        """Who you are and what you may do (reloaded by the change watcher), and how fresh the ERP's
        master data is (another program may sync it)."""
        from approver_tui.services.erp_sync import last_sync

        synced = await self.finish(last_sync(self.workspace))
        self.query_one("#identity", Static).update(self._identity())
        self.query_one("#last-sync", Static).update(
            f"ERP data synced {synced:%Y-%m-%d %H:%M}" if synced else "ERP data never synced")

    @work(group="dialog", exclusive=True)
    async def action_pick_project(self) -> None:
        from approver_tui.tui.dialogs import ProjectPicker

        projects = await self.finish(visible_projects(self.workspace))
        choice = await self.push_screen_wait(ProjectPicker(projects, self.scope))
        if choice is None or choice.project == self.scope:
            return
        self.scope = choice.project
        for pane in self.screen_stack[0].query(ItemsPane):
            pane.set_project(self.scope_id)
        self.query_one("#identity", Static).update(self._identity())
        self._count_queue()
        self.notify(printable(f"Working on {self.scope_words}."), markup=False, timeout=3)

    def publish_change(self, refs: set[ItemRef]) -> None:
        """This app changed `refs`: every view shows it now, not when the watcher next looks."""
        self.data_changed_signal.publish(DataChanged(frozenset(refs)))
        if self._watcher is not None:
            self.run_worker(self._watcher.absorb(), group="absorb")
        if self.workspace.settings.deliver_from_app:
            self._deliver_mail()  # a rejection or a send is mailed at once, not at the next tick

    @work(group="mail", exclusive=False, exit_on_error=False)
    async def _deliver_mail(self) -> None:
        """Send the mail that is due (retries wait for their back-off); problems show as a notice."""
        from approver_tui.services.mail import deliver_mail

        try:
            report = await self.finish(deliver_mail(self.workspace, due_only=True))
        except ConfigError as error:
            self.notify(f"Mail is not sent from this app: {error}", severity="warning", markup=False, timeout=10)
            return
        if report.failed:
            self.notify(printable(f"{len(report.failed)} mail(s) not sent yet: {report.failed[0]}"),
                        severity="warning", markup=False, timeout=8)

    @work(group="watch", exit_on_error=False)
    async def _watch_changes(self) -> None:
        self._watcher = await self.finish(watch_changes(self.workspace))
        try:
            while True:
                await self._watcher.wait()
                if self._own_writes:
                    self._noticed_while_writing = True
                    continue
                # a Directory admin may have changed what this user may do: judge with that
                await self.finish(self.workspace.reload_actor())
                self.data_changed_signal.publish(DataChanged(None))
        finally:
            self._watcher.close()

    @work(group="exports", exit_on_error=False)
    async def _resume_exports(self) -> None:
        """Deliver exports a killed process left behind (nothing to do, nearly always)."""
        delivered = await self.finish(exports.resume(self.workspace))
        if delivered:
            self.publish_change({d.ref for d in delivered})

    def on_key(self, event: events.Key) -> None:
        # A character that reached the app although a text box has focus was handed to the widget
        # focused before it (keys arriving in one burst, a paste or a fast typist, are all handed
        # out before the first is handled: "/apex" went to the table, then the slash made the filter
        # box). A box takes every character typed into it, and no binding can claim one while a box
        # has focus, so this one is the box's too.
        if event.is_printable and isinstance(self.focused, Input):
            self.focused.post_message(events.Key(event.key, event.character))

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.current_tab = event.pane.id
        self.query_one(f"#pane-{event.pane.id}", ItemsPane).ensure_loaded()

    @work(group="dialog", exclusive=True)
    async def action_switch_user(self) -> None:
        """Demo databases: the same data as another person, on the same tab."""
        from approver_tui.services.people import become, demo_personas
        from approver_tui.tui.dialogs import PersonaPicker

        if not self._back_to_the_tabs():
            return
        ws = self.workspace
        personas = await self.finish(demo_personas(ws))
        starting, self.pick_persona = self.pick_persona, False
        login = await self.push_screen_wait(PersonaPicker(personas, ws.actor.login, starting=starting))
        if login is None or login == ws.actor.login:
            return
        await self.finish(become(ws, login))
        if self.scope is not None and self.scope not in await self.finish(visible_projects(ws)):
            self.scope = None
        await self.recompose()
        pane = self.query_one(f"#pane-{self.current_tab}", ItemsPane)
        pane.ensure_loaded()
        pane.table.focus()
        self._refresh_title()
        self._count_queue()
        self.notify(printable(f"You are {ws.actor.login} ({ws.actor.name}) now: {', '.join(ws.actor.roles)}."),
                    markup=False, timeout=4)

    def action_toggle_walkthrough(self) -> None:
        self.walkthrough_shown = not self.walkthrough_shown
        self.query_one(WalkthroughPanel).display = self.walkthrough_shown

    def _apply_keymap(self) -> None:
        keymap = dict(self.workspace.settings.keys)
        # an action's "why" twin follows the action to its new key
        for binding_id, keys in list(keymap.items()):
            keymap.setdefault(f"{binding_id}_explain", keys)
        if keymap:
            self.set_keymap(keymap)

    @work(group="queue-count", exclusive=True)
    async def _count_queue(self) -> None:
        ws = self.workspace
        scope = ListFilter(project_id=self.scope_id)
        totals = (await self.finish(view_totals(ws.db, ws.actor, View(ListKind.QUEUE, scope)))).values()
        self.queue_waiting_cents = sum(t.cents for t in totals)
        self.queue_waiting = sum(t.count for t in totals)
        for pane in self.query(ItemsPane):
            pane.update_status()

    def _back_to_the_tabs(self) -> bool:
        """Close the item screens on top of the tabs; False (nothing done) while a dialog is open."""
        if self.screen is self.screen_stack[0]:
            return True  # nearly always: a tab switch need not load the item screens
        from approver_tui.tui.screens import DetailScreen

        if not isinstance(self.screen, DetailScreen):
            return False
        while isinstance(self.screen, DetailScreen):
            self.pop_screen()
        return True

    def action_show_tab(self, tab_id: str) -> None:
        if not self._back_to_the_tabs():
            return
        self.query_one(TabbedContent).active = tab_id
        self.query_one(f"#pane-{tab_id}", ItemsPane).table.focus()

    def open_item(self, ref: ItemRef) -> None:
        from approver_tui.tui.screens import DetailScreen

        self.push_screen(DetailScreen(ref))

    @work(group="dialog", exclusive=True)
    async def show_history(self, ref: ItemRef) -> None:
        from approver_tui.services.details import item_history
        from approver_tui.tui.dialogs import InfoDialog
        from approver_tui.tui.screens import history_text

        found = await self.finish(item_history(self.workspace, ref))
        if found is None:
            self.notify(not_found(ref).as_text(), severity="warning", markup=False)
            return
        item, entries = found
        await self.push_screen_wait(InfoDialog(f"History of {ref} {item.label}", history_text(entries)))

    @work(group="dialog", exclusive=True)
    async def action_notifications(self) -> None:
        from approver_tui.services.mail import delivery_state
        from approver_tui.services.people import digest_subscribed
        from approver_tui.tui.dialogs import NotificationsDialog

        ws = self.workspace
        messages = await self.finish(read_notices(ws, limit=100))
        if any(message.read_at is None for message in messages):
            self.data_changed_signal.publish(DataChanged(frozenset()))  # notices read: the walkthrough follows that
        subscribed = await self.finish(digest_subscribed(ws))
        text = Text()
        text.append("Daily summary: " + ("you get it each day while items wait in the queue (d turns it off)."
                                         if subscribed else "off (d turns it on)."), style="italic")
        if subscribed and not ws.actor.approver:
            text.append(" It goes out to accounting approvers only.", style="italic")
        text.append("\n\n")
        if ws.actor.approver and self.queue_waiting:
            text.append(f"{self.queue_waiting} item(s) wait in the ERP queue (tab 4).\n\n", style="bold")
        if not messages:
            text.append("No notifications for you.\n")
        for message in messages:
            text.append(f"{message.created_at:%Y-%m-%d %H:%M}  {printable(message.subject)}\n", style="bold")
            for line in message.body.splitlines():
                if line.startswith("Reason:"):
                    text.append(f"    {printable(line)}\n")
            text.append(f"    {printable(delivery_state(message))}\n", style="italic")
        await self.push_screen_wait(NotificationsDialog(f"Notifications for {ws.actor.login}", text))

    @work(group="dialog-action", exclusive=True, exit_on_error=False)
    async def action_toggle_digest(self) -> None:
        from approver_tui.services.people import digest_subscribed, set_digest
        from approver_tui.tui.dialogs import NotificationsDialog

        ws = self.workspace
        subscribed = await self.finish(digest_subscribed(ws))
        try:
            change = await self.finish(set_digest(ws, ws.actor.login, not subscribed))
        except NotAllowed as refusal:
            self.notify(str(refusal), severity="warning", markup=False)
            return
        self.notify(printable(change.what), markup=False)
        if isinstance(self.screen, NotificationsDialog):
            self.screen.dismiss(None)
            self.action_notifications()

    def action_help(self) -> None:
        """Every key as bound now (after the [keys] config), by where it works."""
        from approver_tui.tui.dialogs import InfoDialog

        sections = {
            "Anywhere": ["tab_commitments", "tab_invoices", "tab_directory", "tab_queue", "project_scope",
                         "notifications", "switch_user", "walkthrough", "help", "quit"],
            "In a table": ["cursor_up", "cursor_down", "page_up", "page_down", "first_row", "last_row", "mark",
                           "mark_all", "filter", "clear_filter", "open", "history", "why", "sort", "reverse_sort"],
            "Actions (marked rows, or the highlighted one)": [action.value for action in Action],
            "Dialogs": ["confirm_yes", "confirm_no", "dialog_close", "reason_cancel", "toggle_digest",
                        "picker_cancel", "persona_stay", "edit_save", "edit_cancel", "back"],
        }
        bindings = bindings_by_id()
        rows = {title: [(bound_key(self, binding_id), bindings[binding_id].tooltip or bindings[binding_id].description)
                        for binding_id in ids if self.offers(binding_id)] for title, ids in sections.items()}
        rows["Anywhere"].append((self.get_key_display(Binding(self.COMMAND_PALETTE_BINDING, "")),
                                 "command palette: actions, go to an item"))
        width = max(cell_len(key) for entries in rows.values() for key, _ in entries) + 2
        text = Text()
        for title, entries in rows.items():
            text.append(f"{title}\n", style="bold")
            for key, meaning in entries:
                text.append(f"  {key}{' ' * (width - cell_len(key))}{meaning}\n")
            text.append("\n")
        text.append("A dimmed key is unavailable for the item: press it to see why.\n", style="italic")
        text.append("The mouse: the wheel and the scrollbar scroll a table; a click picks a row, a click on its "
                    "[ ] marks it, a double click opens it, a click on a column title sorts by it.\n", style="italic")
        self.push_screen(InfoDialog("Keys", text))
