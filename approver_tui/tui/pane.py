"""A table with its filter, marks, status line and every action key.

The four tabs and a commitment's invoices are each one of these, so the same keys work alike
everywhere. Unavailable actions stay in the footer, dimmed; pressing one opens the why-dialog.
The dialogs are imported by the actions that open them: the first frame does not wait for them.
"""

from __future__ import annotations

from dataclasses import replace

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from approver_tui.domain import Action, ItemType
from approver_tui.services.browse import SORTABLE, View, refs_in_view, totals_of, view_totals
from approver_tui.services.errors import InputError
from approver_tui.services.items import ItemRef
from approver_tui.services.text import printable
from approver_tui.services.workflow import availability, explain, perform
from approver_tui.tui.formats import amount_text
from approver_tui.tui.keys import bound_key
from approver_tui.tui.table import ItemTable

# Above this many targets the footer does not pre-judge each item; the action still judges
# every item when it runs and lists the refused ones.
PREJUDGE_LIMIT = 500

ACTION_KEYS = {
    Action.SEND: ("s", "Send"),
    Action.RESEND: ("S", "Re-send"),
    Action.RETRIEVE: ("r", "Retrieve"),
    Action.ACCEPT: ("a", "Accept"),
    Action.REJECT: ("x", "Reject"),
    Action.EDIT: ("e", "Edit"),
}


def _action_bindings() -> list[Binding]:
    bindings = []
    for action, (key, label) in ACTION_KEYS.items():
        bindings.append(Binding(key, f"act('{action.value}')", label, id=action.value,
                                tooltip=f"{action.label} the marked rows, or the highlighted one"))
        bindings.append(Binding(key, f"explain('{action.value}')", label, show=False,
                                id=f"{action.value}_explain",
                                tooltip=f"Why {action.label} is unavailable here"))
    return bindings


def plural(count: int, item_type: ItemType | None) -> str:
    if item_type is None:
        return f"{count} item" + ("" if count == 1 else "s")
    return f"{count} {item_type.value if count == 1 else item_type.plural}"


class ItemsPane(Vertical):
    BINDINGS = [
        *_action_bindings(),
        Binding("space", "toggle_mark", "Mark", id="mark", tooltip="Mark or unmark the highlighted row"),
        Binding("asterisk", "mark_all", "Mark all", id="mark_all",
                tooltip="Mark every row the filter shows, or unmark them all"),
        Binding("slash", "filter", "Filter", id="filter", tooltip="Narrow the rows as you type"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="clear_filter",
                tooltip="Clear the filter"),
        Binding("enter", "open", "Open", id="open", tooltip="Open the highlighted item"),
        Binding("h", "history", "History", id="history", tooltip="The audit trail of the highlighted item"),
        Binding("w", "why", "Why", id="why", tooltip="Every action for the highlighted item, with reasons"),
        Binding("o", "sort(1)", "Sort", id="sort", tooltip="Sort by the next column"),
        Binding("O", "reverse_sort", "Reverse", show=False, id="reverse_sort", tooltip="Reverse the sort order"),
    ]

    def __init__(self, title: str, view: View, *, id: str | None = None, load_now: bool = False) -> None:
        super().__init__(id=id, classes="items-pane")
        self.title = title
        self.view = view
        self.default_sort = view.sort
        self.marks: dict[ItemRef, int | None] = {}
        # the marked items' amounts added up: kept as rows are marked one by one, asked of the
        # database after mark-all and when marks are dropped unseen (_total_marks); None meanwhile
        self.marked_cents: int | None = 0
        self._available: dict[Action, bool | None] = {}
        self.wanted = load_now  # load as soon as the table is mounted
        self.loaded = False
        self._outdated = False  # data changed while another tab was shown: look again when shown

    @property
    def workspace(self):
        return self.app.workspace

    def compose(self) -> ComposeResult:
        yield ItemTable(self.workspace, self.view, marks=self.marks, now=self.app.now)
        yield Static(Text(""), classes="status-line")

    @property
    def table(self) -> ItemTable:
        return self.query_one(ItemTable)

    def on_mount(self) -> None:
        self.app.data_changed_signal.subscribe(self, self._data_changed)
        if self.wanted:
            self.ensure_loaded()

    def _data_changed(self, change) -> None:
        """Show the data as it is now, keeping the cursor's item, the filter and the marks on rows
        that are still here; the keys are judged again when the rows arrive. A tab not shown looks
        again when it is shown, not beside the one the user is working in."""
        if not (self.loaded and change.touches_items):
            return
        if self.behind_another_tab:
            self._outdated = True
        else:
            self._refresh_rows()

    @work(group="refresh", exclusive=True)
    async def _refresh_rows(self) -> None:
        await self.prune_marks()
        self.table.reload()

    def set_project(self, project_id: int | None) -> None:
        """Work within one project (None: all): rows, counts, mark-all and actions. Marks made
        outside the new scope are dropped rather than acted on unseen."""
        self.view = replace(self.view, filters=replace(self.view.filters, project_id=project_id))
        self.marks.clear()
        self.workers.cancel_group(self, "marked-total")
        self.marked_cents = 0
        if self.loaded:
            self._outdated = False
            self.table.reload(self.view, keep_cursor=False)
        else:
            self.table.view = self.view

    def ensure_loaded(self) -> None:
        """Load the rows the first time the pane is shown (hidden tabs cost nothing at start-up);
        later, look again if the data changed while it was hidden, or else judge its keys, which
        are left alone while it is hidden."""
        self.wanted = True
        tables = self.query(ItemTable)
        if not self.loaded and tables:
            self.loaded = True
            tables.first().reload()
        elif self._outdated:
            self._outdated = False
            self._refresh_rows()
        elif self.loaded:
            self._judge_targets()

    # -- targets and availability ----------------------------------------------------------

    def targets(self) -> list[ItemRef]:
        if self.marks:
            return sorted(self.marks)
        ref = self.table.highlighted_ref
        return [ref] if ref else []

    def seen_versions(self) -> dict[ItemRef, int]:
        seen = {ref: version for ref, version in self.marks.items() if version is not None}
        if self.table.highlighted and not self.marks:
            seen[self.table.highlighted_ref] = self.table.highlighted["version"]
        return seen

    @on(ItemTable.Changed)
    def _table_changed(self) -> None:
        self.update_status()
        if not self.behind_another_tab:  # its keys are judged when it is shown
            self._judge_targets()

    @property
    def behind_another_tab(self) -> bool:
        """A tab of the main window (`pane-<tab>`, app.py) that is not the one shown."""
        return self.id.startswith("pane-") and self.id != f"pane-{self.app.current_tab}"

    @work(group="availability", exclusive=True)
    async def _judge_targets(self) -> None:
        if len(self.marks) > PREJUDGE_LIMIT:  # before listing them: 86,000 marks take 40 ms to sort
            available = {}
        elif not (targets := self.targets()):
            available = {}
        else:
            answers = await self.app.finish(availability(self.workspace, targets))
            available = {
                action: any(not per_item[action] for per_item in answers.values()) for action in Action
            }
        self._available = available
        self.refresh_bindings()  # also for the keys that need a highlighted row

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "act":
            return None if self._available.get(Action(parameters[0])) is False else True
        if action == "explain":
            return self._available.get(Action(parameters[0])) is False
        if action == "clear_filter":
            box = self.filter_box
            return box is not None and (box.display or box.has_focus)
        if action in ("open", "history", "why", "toggle_mark"):
            return True if self.table.highlighted else None
        return True

    def update_status(self) -> None:
        """Counts, the marked total and the queue's total waiting, then the filter, the row and
        the sort: what does not fit the width is left out from the end of that order."""
        table = self.table
        total = f"{table.total:,}" if table.counted else "…"
        parts = [(0, f"{self.title}: {total} rows")]
        marked = f"{len(self.marks):,} marked"
        if self.marks and self.marked_cents is None:
            marked += " (…)"
        elif self.marks and self.marked_cents:
            marked += f" ({amount_text(self.marked_cents)})"
        parts.append((1, marked))
        waiting = self.app.queue_waiting
        if waiting is not None:
            money = f" ({amount_text(self.app.queue_waiting_cents)})" if self.app.queue_waiting_cents else ""
            parts.append((2, f"{waiting:,} waiting in the queue{money}"))
        if self.view.filters.search:
            parts.append((3, f"filter: {printable(self.view.filters.search)}"))
        if table.total:
            parts.insert(1, (4, f"row {table.cursor + 1:,}"))
        if self.view.sort != self.default_sort or self.view.descending:
            parts.append((5, f"sorted by {self.view.sort}{' (desc)' if self.view.descending else ''}"))
        width = self.size.width - 2 if self.size.width else 10_000
        while len(parts) > 1 and cell_len(" · ".join(text for _, text in parts)) > width:
            parts.remove(max(parts))
        # one line high and as wide as the pane, whatever it says: no layout of the screen
        self.query_one(".status-line", Static).update(Text(" · ".join(text for _, text in parts)), layout=False)

    def on_resize(self) -> None:
        self.update_status()

    @work(group="marked-total", exclusive=True)
    async def _total_marks(self, exactly: View | None = None) -> None:
        """Add up the marked amounts in the database. `exactly`: the marks are that view's rows,
        whose total one aggregate gives (faster than looking up 86,000 marked ids)."""
        if not self.marks:
            self.marked_cents = 0
            self.update_status()
            return
        self.marked_cents = None
        self.update_status()
        ws = self.workspace
        totals = await self.app.finish(
            view_totals(ws.db, ws.actor, exactly) if exactly else totals_of(ws.db, list(self.marks)))
        self.marked_cents = sum(t.cents for t in totals.values())
        self.update_status()

    # -- marks --------------------------------------------------------------------------------

    def action_toggle_mark(self, advance: bool = True) -> None:
        """Mark the highlighted row or unmark it; from the keyboard the cursor then moves on."""
        ref = self.table.highlighted_ref
        if not ref:
            return
        row = self.table.highlighted
        cents = row["amount_cents"] or 0
        if ref in self.marks:
            del self.marks[ref]
            cents = -cents
        else:
            self.marks[ref] = row["version"]
        if self.marked_cents is None:  # still being added up: again, with this mark
            self._total_marks()
        else:
            self.marked_cents += cents
        if advance:
            self.table.action_cursor(1)
        self.table.refresh()
        self.update_status()
        self._judge_targets()

    @work(group="marks", exclusive=True)
    async def action_mark_all(self) -> None:
        """Mark every row of the view (filtered: every match); when all are marked already, unmark them."""
        view = self.view
        shown = await self.app.finish(refs_in_view(self.workspace.db, self.workspace.actor, view))
        if shown and shown.keys() <= self.marks.keys():
            if len(shown) == len(self.marks):
                self.marks.clear()
            for ref in shown if self.marks else ():
                del self.marks[ref]
        else:  # marks made before keep the version they were made at
            self.marks.update(dict.fromkeys(shown.keys() - self.marks.keys()) if self.marks else shown)
        self.table.refresh()
        # the marks are the view's rows when they number as many (they hold every one of them)
        self._total_marks(view if self.marks and len(self.marks) == len(shown) else None)
        self._judge_targets()

    async def prune_marks(self) -> None:
        """Drop marks on items that left this view, and say so."""
        if not self.marks:
            return
        ws = self.workspace
        still = await self.app.finish(refs_in_view(ws.db, ws.actor, self.view, among=set(self.marks)))
        gone = [ref for ref in self.marks if ref not in still]
        for ref in gone:
            del self.marks[ref]
        if gone:
            self._total_marks()
            self.app.notify(f"{plural(len(gone), None)} left this view and were unmarked.", markup=False)

    # -- filter and sort --------------------------------------------------------------------

    @property
    def filter_box(self) -> Input | None:
        boxes = self.query(".filter")
        return boxes.first(Input) if boxes else None

    async def action_filter(self) -> None:
        box = self.filter_box
        if box is None:  # made on first use: four idle filter boxes would slow every start-up
            box = Input(placeholder="filter: type to narrow, enter keeps it, escape clears it", classes="filter")
            await self.mount(box, before=self.query_one(".status-line"))
        box.display = True
        # at once, not after this turn (as box.focus() would): keys typed right after the slash are
        # judged with the box focused, so none can be taken for an action key (app.on_key)
        self.screen.set_focus(box)

    @on(Input.Changed, ".filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.view = replace(self.view, filters=replace(self.view.filters, search=event.value))
        self.table.reload(self.view, keep_cursor=False)

    @on(Input.Submitted, ".filter")
    def _filter_kept(self) -> None:
        self.filter_box.display = bool(self.view.filters.search)
        self.table.focus()

    def action_clear_filter(self) -> None:
        box = self.filter_box
        box.value = ""
        box.display = False
        self.table.focus()

    def action_sort(self, step: int) -> None:
        columns = [c.sort for c in self.table.columns if c.sort and c.sort in SORTABLE]
        order = ["id", *dict.fromkeys(columns)]
        current = order.index(self.view.sort) if self.view.sort in order else 0
        self._sort_by(order[(current + step) % len(order)], descending=False)

    def action_reverse_sort(self) -> None:
        self._sort_by(self.view.sort, descending=not self.view.descending)

    @on(ItemTable.HeaderClicked)
    def _header_clicked(self, event: ItemTable.HeaderClicked) -> None:
        """A click on a column's title sorts by it; a second click reverses the order."""
        if event.sort in SORTABLE:
            self._sort_by(event.sort, descending=event.sort == self.view.sort and not self.view.descending)

    def _sort_by(self, sort: str, descending: bool) -> None:
        self.view = replace(self.view, sort=sort, descending=descending)
        self.table.reload(self.view, keep_cursor=False)
        title = next((c.title for c in self.table.columns if c.sort == sort), "the order they were made in")
        self.app.notify(f"Sorted by {title}{' (descending)' if descending else ''}.", markup=False, timeout=2)

    @on(ItemTable.RowClicked)
    def _row_clicked(self, event: ItemTable.RowClicked) -> None:
        """A click on the mark box marks the row (or unmarks it); a double click opens it."""
        if event.on_mark:
            self.action_toggle_mark(advance=False)
        elif event.twice:
            self.action_open()

    # -- actions ------------------------------------------------------------------------------

    def _type_of(self, refs: list[ItemRef]) -> ItemType | None:
        types = {ref.type for ref in refs}
        return types.pop() if len(types) == 1 else None

    def action_explain(self, action_name: str) -> None:
        self._explain(Action(action_name))

    @work(group="action", exclusive=True)
    async def _explain(self, action: Action) -> None:
        await self._show_why(action, await self.app.finish(explain(self.workspace, action, self.targets())))

    async def _show_why(self, action: Action, answers: dict) -> None:
        from approver_tui.tui.dialogs import InfoDialog, why_text

        shown = {ref: (item.label if item else "", reasons) for ref, (item, reasons) in answers.items()}
        await self.app.push_screen_wait(InfoDialog(f"Why {action.label} is unavailable", why_text(action, shown)))

    def action_act(self, action_name: str) -> None:
        action = Action(action_name)
        if action is Action.EDIT:
            self._edit()
        else:
            self._queue_action(action)

    @work(group="action", exclusive=True)
    async def _queue_action(self, action: Action) -> None:
        from approver_tui.tui.dialogs import ConfirmDialog, InfoDialog, ReasonDialog, moving_text, result_text

        ws = self.workspace
        targets = self.targets()
        if not targets:
            return
        answers = await self.app.finish(explain(ws, action, targets))
        ready = [ref for ref, (_, reasons) in answers.items() if not reasons]
        if not ready:
            await self._show_why(action, answers)
            return
        items = [answers[ref][0] for ref in ready]
        subject = plural(len(ready), self._type_of(ready))
        if len(ready) == 1:
            subject = f"{items[0].type.title} {items[0].label}"
        cents = sum(item.amount_cents for item in items if item.type is not ItemType.COMPANY)
        if cents:
            subject += f" ({amount_text(cents)})"
        reason = None
        if action is Action.REJECT:
            reason = await self.app.push_screen_wait(ReasonDialog(subject))
            if reason is None:
                return
        else:
            detail = moving_text(items) if len(items) > 1 else Text()
            blocked = len(targets) - len(ready)
            if blocked:
                detail.append(f"{blocked} other marked item(s) cannot be included; they will be listed with their reasons.")
            question = {
                Action.SEND: f"Send {subject} to the ERP queue?",
                Action.RESEND: f"Re-send {subject} to the ERP queue?",
                Action.RETRIEVE: f"Retrieve {subject} from the ERP queue?",
                Action.ACCEPT: f"Accept {subject} and export to {ws.profile.name}?",
            }[action]
            if not await self.app.push_screen_wait(ConfirmDialog(question, detail or None)):
                return
        try:
            result = await self.app.write(
                perform(ws, action, targets, reason=reason, seen_versions=self.seen_versions()))
        except InputError as error:
            self.app.notify(str(error), severity="error", markup=False)
            return
        # done items leave the marks; refused ones stay marked to look at
        done_marked = [outcome.ref for outcome in result.done if outcome.ref in self.marks]
        for ref in done_marked:
            del self.marks[ref]
        if done_marked:
            self._total_marks()
        self.app.publish_change({outcome.ref for outcome in result.done})
        if len(result.outcomes) == 1 and result.done:
            outcome = result.done[0]
            note = f" ({outcome.note})" if outcome.note else ""
            self.app.notify(printable(f"{action.label}: {outcome.ref} {outcome.label} is now {outcome.to_state}{note}."),
                            markup=False, severity="warning" if outcome.note else "information")
        else:
            title = f"{action.label}: {len(result.done)} done, {len(result.refused)} refused"
            await self.app.push_screen_wait(InfoDialog(title, result_text(result)))

    @work(group="action", exclusive=True)
    async def _edit(self) -> None:
        from approver_tui.tui.screens import EditScreen

        ref = self.table.highlighted_ref
        if not ref:
            return
        answers = await self.app.finish(explain(self.workspace, Action.EDIT, [ref]))
        if answers[ref][1]:
            await self._show_why(Action.EDIT, answers)
            return
        if await self.app.push_screen_wait(EditScreen(ref)):
            self.app.publish_change({ref})

    def action_open(self) -> None:
        ref = self.table.highlighted_ref
        if ref:
            self.app.open_item(ref)

    def action_history(self) -> None:
        ref = self.table.highlighted_ref
        if ref:
            self.app.show_history(ref)

    @work(group="action", exclusive=True)
    async def action_why(self) -> None:
        from approver_tui.tui.dialogs import InfoDialog, reasons_text

        row, ref = self.table.highlighted, self.table.highlighted_ref
        if not ref:
            return
        per_action = (await self.app.finish(availability(self.workspace, [ref])))[ref]
        text = Text()
        for action, reasons in per_action.items():
            key = bound_key(self.app, action.value)
            if reasons:
                text.append(f"✗ {action.label} ({key})\n", style="bold")
                text.append_text(reasons_text(reasons))
            else:
                text.append(f"✓ {action.label} ({key}): available\n", style="bold")
        await self.app.push_screen_wait(InfoDialog(f"What you can do with {ref} {row['label'] or ''}", text))

