"""Full screens: an item's detail (a commitment with its invoices) and the edit form."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, Select, Static

from approver_tui.domain import ItemType, Status
from approver_tui.services.browse import View
from approver_tui.services.details import ItemDetails, item_details
from approver_tui.services.editing import EDITABLE, check_field, edit_item, editable_values
from approver_tui.services.errors import InputError
from approver_tui.services.items import ItemRef
from approver_tui.services.listing import ListFilter, ListKind
from approver_tui.services.text import printable
from approver_tui.tui.dialogs import reasons_text
from approver_tui.tui.footer import KeyBar
from approver_tui.tui.keys import bound_key
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


# a commitment's detail is compact on screens narrower or shorter than this
COMPACT_BELOW_COLUMNS, COMPACT_BELOW_ROWS = 100, 32


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
        """A commitment on a narrow or short screen: its fields flow in a few lines, so its
        invoices get most of the screen."""
        width, height = self.size
        return self.ref.type is ItemType.COMMITMENT and (width < COMPACT_BELOW_COLUMNS or height < COMPACT_BELOW_ROWS)

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


PLACEHOLDERS = {"amount": "e.g. 1250.00", "date": "YYYY-MM-DD"}


class EditScreen(ModalScreen[bool]):
    """Edit an item's fields: each is judged as it is typed, statuses are chosen from a list, and
    what keeps the form from saving stays on screen next to the save and cancel buttons."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="edit_cancel", tooltip="Close the form without saving"),
        Binding("ctrl+s", "save", "Save", id="edit_save", tooltip="Save the changes"),
    ]

    def __init__(self, ref: ItemRef) -> None:
        super().__init__()
        self.ref = ref
        self.specs = EDITABLE[ref.type]
        self.version: int | None = None
        self.original: dict[str, str] = {}
        self.problems: dict[str, str] = {}
        self.discard_armed = False  # escape was pressed once with unsaved changes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog edit-form"):
            yield Static(Text(f"Edit {self.ref}"), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                for name, spec in self.specs.items():
                    with Horizontal(classes="field"):
                        yield Label(Text(spec.label.capitalize()), classes="field-label")
                        if spec.kind == "status":
                            choices = [(Text(label), code) for code, label in Status.of(self.ref.type).items()]
                            yield Select(choices, allow_blank=False, compact=True, id=f"field-{name}")
                        else:
                            yield Input(placeholder=PLACEHOLDERS.get(spec.kind, ""), compact=True,
                                        select_on_focus=False, id=f"field-{name}")
                    yield Static(Text(""), id=f"check-{name}", classes="field-check")
            with Vertical(classes="dialog-foot"):
                yield Static(Text(""), id="edit-error", classes="dialog-error")
                with Horizontal(classes="dialog-buttons"):
                    # Content: a rebound key such as "[" is a label, not markup
                    yield Button(Content(f"Save {bound_key(self.app, 'edit_save')}"), id="edit-save", compact=True)
                    yield Button(Content(f"Cancel {bound_key(self.app, 'edit_cancel')}"), id="edit-cancel", compact=True)
                    yield Static(Text("tab: next field    enter: save"), classes="button-keys")

    def on_mount(self) -> None:
        self._load()

    def field(self, name: str) -> Input | Select:
        return self.query_one(f"#field-{name}")

    def values(self) -> dict[str, str]:
        return {name: str(self.field(name).value) for name in self.specs}

    @work(exclusive=True)
    async def _load(self) -> None:
        loaded = await self.app.finish(editable_values(self.app.workspace, self.ref))
        if loaded is None:
            self.dismiss(False)
            return
        self.version, self.original = loaded
        label = next(iter(self.original.values()))  # the number, or the company's name
        self.query_one(".dialog-title", Static).update(Text(printable(f"Edit {self.ref.type.title} {label}  ({self.ref})")))
        for name, value in self.original.items():
            widget = self.field(name)
            widget.value = value
            if isinstance(widget, Input):
                widget.cursor_position = 0  # a long name shows from its start
        self.field(next(iter(self.specs))).focus()

    @on(Input.Changed, ".field Input")
    @on(Select.Changed, ".field Select")
    def _changed(self, event: Input.Changed | Select.Changed) -> None:
        name = event.control.id.removeprefix("field-")
        checked = check_field(self.ref.type, name, str(event.value), self.app.workspace.profile)
        if checked.problem:
            self.problems[name] = checked.problem
        else:
            self.problems.pop(name, None)
        event.control.set_class(bool(checked.problem), "-problem")  # not -invalid: Input clears that on blur
        line = self.query_one(f"#check-{name}", Static)
        line.update(Text(checked.problem or checked.note or ""))
        line.set_class(bool(checked.problem), "-problem")
        line.display = bool(checked.problem or checked.note)
        if event.control.has_focus:
            line.scroll_visible(animate=False)
        self.discard_armed = False
        self._summarise()

    def _summarise(self) -> None:
        """The line by the buttons: which fields keep the form from saving."""
        names = ", ".join(self.specs[name].label for name in self.specs if name in self.problems)
        self._say(f"Cannot save yet: fix the {names}." if names else "")

    def _say(self, message: str | Text) -> None:
        """Show `message` on the line above the buttons (nothing: the line goes)."""
        error = self.query_one("#edit-error", Static)
        error.update(message if isinstance(message, Text) else Text(message))
        error.display = bool(message)

    def _changes(self) -> dict[str, str]:
        return {name: value for name, value in self.values().items() if value != self.original.get(name)}

    def on_input_submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#edit-save")
    def action_save(self) -> None:
        if self.version is None:
            return  # not loaded yet
        if self.problems:
            self.field(next(name for name in self.specs if name in self.problems)).focus()
            self.app.bell()
            return
        self._save()

    @on(Button.Pressed, "#edit-cancel")
    def action_cancel(self) -> None:
        changed = self._changes()
        if changed and not self.discard_armed:
            self.discard_armed = True
            names = ", ".join(self.specs[name].label for name in changed)
            discard, save = bound_key(self.app, "edit_cancel"), bound_key(self.app, "edit_save")
            self._say(f"Unsaved changes to the {names}: {discard} again discards them, {save} saves them.")
            return
        self.dismiss(False)

    @work(exclusive=True, group="save")
    async def _save(self) -> None:
        changes = self._changes()
        if not changes:
            self.dismiss(False)
            return
        try:
            outcome = await self.app.finish(edit_item(self.app.workspace, self.ref, changes, seen_version=self.version))
        except InputError as problem:
            self._say(str(problem))
            return
        if not outcome.done:
            text = Text("Not saved:\n")
            text.append_text(reasons_text(outcome.reasons))
            self._say(text)
            return
        self.app.notify(printable(f"Saved {self.ref} {outcome.label}."), markup=False)
        self.dismiss(True)
