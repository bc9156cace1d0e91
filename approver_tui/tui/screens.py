"""Full screens: an item's detail (a commitment with its invoices) and the edit form."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Label, Static

from approver_tui.domain import ItemType
from approver_tui.services.browse import View
from approver_tui.services.details import ItemDetails, item_details
from approver_tui.services.editing import EDITABLE, edit_item, editable_values
from approver_tui.services.errors import InputError
from approver_tui.services.items import ItemRef
from approver_tui.services.listing import ListFilter, ListKind
from approver_tui.services.text import printable
from approver_tui.tui.dialogs import reasons_text
from approver_tui.tui.footer import KeyBar
from approver_tui.tui.keys import key_line
from approver_tui.tui.pane import ItemsPane


def history_text(entries) -> Text:
    text = Text()
    if not entries:
        text.append("No recorded actions yet.\n")
    for e in entries:
        states = e.from_state if e.from_state == e.to_state else f"{e.from_state} → {e.to_state}"
        text.append(f"{e.at:%Y-%m-%d %H:%M}  {printable(e.actor)}  {e.action} {e.outcome}  {states}\n")
        if e.detail:
            text.append(f"    {printable(e.detail)}\n", style="italic")
    return text


COMPACT_BELOW_ROWS = 32  # a commitment's detail is compact on screens shorter than this


class DetailScreen(Screen[None]):
    """One item: every field, its ERP state and history; a commitment lists its invoices."""

    BINDINGS = [Binding("escape,backspace", "app.pop_screen", "Back", id="back", tooltip="Back to the list")]

    def __init__(self, ref: ItemRef) -> None:
        super().__init__()
        self.ref = ref
        self.details: ItemDetails | None = None
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Static(Text(f"{self.ref.type.title.capitalize()} {self.ref}"), classes="title-bar")
        with VerticalScroll(id="detail"):
            yield Static(Text("loading…"), id="detail-fields")
        if self.ref.type is ItemType.COMMITMENT:
            view = View(ListKind.INVOICES, ListFilter(commitment_id=self.ref.id))
            yield ItemsPane("Invoices of this commitment", view, id="commitment-invoices", load_now=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.app.data_changed_signal.subscribe(self, lambda _change: self._load())
        self._load()
        if self.ref.type is ItemType.COMMITMENT:
            self.call_after_refresh(lambda: self.query_one(ItemsPane).table.focus())

    @work(exclusive=True)
    async def _load(self) -> None:
        self.details = await self.app.finish(item_details(self.app.workspace, self.ref))
        self.loaded = True
        self._show()

    def on_resize(self) -> None:
        self._show()

    @property
    def compact(self) -> bool:
        """A commitment on a short screen: its fields flow in a few lines, so its invoices get
        most of the screen."""
        return self.ref.type is ItemType.COMMITMENT and self.size.height < COMPACT_BELOW_ROWS

    def _show(self) -> None:
        details = self.details
        target = self.query_one("#detail-fields", Static)
        if details is None:
            if self.loaded:
                target.update(Text("This item does not exist or you may not see it."))
            return
        self.query_one(".title-bar", Static).update(
            Text(printable(f"{details.item.type.title.capitalize()} {details.item.label}  ({self.ref})"))
        )
        fields = list(details.fields)
        if details.last_reason:
            fields.append(("Last rejection", details.last_reason))
        if details.erp_error:
            fields.append(("Export error", details.erp_error))
        self.set_class(self.compact, "-compact")
        text = Text()
        if self.compact:
            for n, (label, value) in enumerate(fields):
                text.append("  ·  " if n else "")
                text.append(f"{label}: ", style="bold")
                text.append(printable(value))
            if details.lines:
                codes = ", ".join(dict.fromkeys(printable(code) for _, _, code in details.lines))
                text.append("  ·  ")
                text.append("Lines: ", style="bold")
                text.append(f"{len(details.lines)} (cost codes {codes})")
            last = details.history[-1:] if details.history else []
            for entry in last:
                text.append("\nLast: ", style="bold")
                text.append(printable(f"{entry.at:%Y-%m-%d %H:%M} {entry.actor} {entry.action} {entry.outcome}"))
            target.update(text)
            return
        for label, value in fields:
            text.append(f"{label:>15}: ", style="bold")
            text.append(printable(value) + "\n")
        if details.lines:
            text.append("Lines:\n", style="bold")
            for description, amount, cost_code in details.lines:
                text.append(f"  {printable(description)}  {amount}  cost code {printable(cost_code)}\n")
        text.append("History:\n", style="bold")
        text.append_text(history_text(details.history))
        target.update(text)


class EditScreen(ModalScreen[bool]):
    """Edit an item's fields; validation comes from the services, refusals are shown in place."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="edit_cancel"),
        Binding("ctrl+s", "save", "Save", id="edit_save", tooltip="Save the changes"),
    ]

    def __init__(self, ref: ItemRef) -> None:
        super().__init__()
        self.ref = ref
        self.version: int | None = None
        self.original: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog edit-form"):
            yield Static(Text(f"Edit {self.ref}"), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                for name, spec in EDITABLE[self.ref.type].items():
                    yield Label(Text(spec.label.capitalize()))
                    yield Input(id=f"field-{name}", classes="edit-field")
                    if name == "name" and self.ref.type is ItemType.COMPANY:
                        yield Static(Text(""), id="name-length", classes="hint")
                yield Static(Text(""), id="edit-error", classes="dialog-error")
            yield Static(Text(f"enter / {key_line(self.app, [('edit_save', 'save'), ('edit_cancel', 'cancel')])}"
                              "    tab: next field"), classes="dialog-keys")

    def on_mount(self) -> None:
        self._load()

    @work(exclusive=True)
    async def _load(self) -> None:
        loaded = await self.app.finish(editable_values(self.app.workspace, self.ref))
        if loaded is None:
            self.dismiss(False)
            return
        self.version, self.original = loaded
        for name, value in self.original.items():
            self.query_one(f"#field-{name}", Input).value = value
        self.query_one(".edit-field", Input).focus()

    @on(Input.Changed, "#field-name")
    def _name_length(self, event: Input.Changed) -> None:
        if self.ref.type is not ItemType.COMPANY:
            return
        profile = self.app.workspace.profile
        length, limit = len(event.value.strip()), profile.company_name_limit
        over = f": {length - limit} too many for {profile.name}" if length > limit else ""
        self.query_one("#name-length", Static).update(
            Text(f"{length} of {limit} characters{over}", style="bold" if over else "")
        )

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_cancel(self) -> None:
        self.dismiss(False)

    def action_save(self) -> None:
        self._save()

    @work(exclusive=True, group="save")
    async def _save(self) -> None:
        changes = {
            name: self.query_one(f"#field-{name}", Input).value
            for name in EDITABLE[self.ref.type]
            if self.query_one(f"#field-{name}", Input).value != self.original.get(name)
        }
        error = self.query_one("#edit-error", Static)
        if not changes:
            self.dismiss(False)
            return
        try:
            outcome = await self.app.finish(edit_item(self.app.workspace, self.ref, changes, seen_version=self.version))
        except InputError as problem:
            error.update(Text(str(problem)))
            return
        if not outcome.done:
            text = Text("Not saved:\n")
            text.append_text(reasons_text(outcome.reasons))
            error.update(text)
            return
        self.app.notify(printable(f"Saved {self.ref} {outcome.label}."), markup=False)
        self.dismiss(True)
