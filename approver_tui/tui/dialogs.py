"""Modal dialogs. Everything from the database is shown as plain Text, never as markup."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static

from approver_tui.domain import Action, ItemFacts, ItemType, Reason
from approver_tui.services.items import ItemRef
from approver_tui.services.projects import ProjectChoice
from approver_tui.services.text import printable
from approver_tui.services.workflow import BatchResult
from approver_tui.tui.formats import Hanging, amount_text
from approver_tui.tui.keys import key_line

if TYPE_CHECKING:  # the people service itself loads with the persona picker's first use
    from approver_tui.services.people import Persona


def reasons_text(reasons: list[Reason], indent: str = "  ") -> Text:
    text = Text()
    for reason in reasons:
        text.append(f"{indent}• {printable(reason.message)}\n")
        text.append(f"{indent}  → {reason.remedy}\n", style="italic")
    return text


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question: `y` or `enter` confirms, `n` or `escape` cancels."""

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="confirm_yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm_no"),
        Binding("q", "app.quit", "Quit", id="confirm_quit", tooltip="Leave approver-tui (nothing is done)"),
    ]

    def __init__(self, question: str, detail: Text | None = None) -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        # the question alone: nothing flows between a docked title and the keys, so it flows itself
        with Vertical(classes="dialog" if self.detail else "dialog -question-only"):
            yield Static(Text(printable(self.question), style="bold"), classes="dialog-title")
            if self.detail:
                with VerticalScroll(classes="dialog-body"):
                    yield Static(Hanging(self.detail))
            yield Static(Text(key_line(self.app, [("confirm_yes", "yes"), ("confirm_no", "no"),
                                                  ("confirm_quit", "quit approver-tui")])), classes="dialog-keys")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class ReasonDialog(ModalScreen[str | None]):
    """The rejection reason: required; `enter` submits, `escape` cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="reason_cancel")]

    def __init__(self, subject: str) -> None:
        super().__init__()
        self.subject = subject

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(f"Reject {printable(self.subject)}", style="bold"), classes="dialog-title")
            yield Label(Text("Reason (required; the sender receives it by mail):"))
            yield Input(placeholder="What must be fixed?", id="reason")
            yield Static(Text(""), id="reason-error", classes="dialog-error")
            yield Static(Text(f"enter: reject    {key_line(self.app, [('reason_cancel', 'cancel')])}"),
                         classes="dialog-keys")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        reason = event.value.strip()
        if not reason:
            self.query_one("#reason-error", Static).update(
                Text("A reason is required: say what the sender has to fix.")
            )
            return
        self.dismiss(reason)

    def action_cancel(self) -> None:
        self.dismiss(None)


class InfoDialog(ModalScreen[None]):
    """Read-only text (why, results, history, help): `escape` or `enter` closes it, `q` quits."""

    BINDINGS = [
        Binding("escape,enter", "close", "Close", id="dialog_close"),
        Binding("q", "app.quit", "Quit", id="dialog_quit", tooltip="Leave approver-tui"),
    ]

    KEYS = [("dialog_close", "close"), ("dialog_quit", "quit approver-tui")]

    def __init__(self, title: str, body: Text, *, classes: str = "") -> None:
        super().__init__(classes=classes)
        self.title_text = title
        self.body = body

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(printable(self.title_text), style="bold"), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Static(Hanging(self.body))
            yield Static(Text(key_line(self.app, self.KEYS)), classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)


class NotificationsDialog(InfoDialog):
    """Your notices; `d` turns your daily summary on or off."""

    BINDINGS = [
        Binding("d", "app.toggle_digest", "Daily summary", id="toggle_digest",
                tooltip="Subscribe to the daily summary, or unsubscribe"),
    ]
    KEYS = [("toggle_digest", "daily summary"), *InfoDialog.KEYS]


SHOWN_IN_CONFIRM = 8  # items listed by name in a bulk confirm; the rest are counted


def moving_text(items: list[ItemFacts]) -> Text:
    """What a bulk action is about to move: the first items by name and amount, "and N more",
    then the count and total amount per item type."""
    text = Text()
    shown = [(f"{item.type.value} {printable(item.label)}",
              "" if item.type is ItemType.COMPANY else amount_text(item.amount_cents))
             for item in items[:SHOWN_IN_CONFIRM]]
    name_width = min(40, max(cell_len(name) for name, _ in shown))
    amount_width = max(len(amount) for _, amount in shown)
    for name, amount in shown:
        if cell_len(name) > name_width:
            name = set_cell_size(name, name_width - 1) + "…"
        text.append(f"  {set_cell_size(name, name_width)}  {amount.rjust(amount_width)}".rstrip() + "\n")
    if len(items) > SHOWN_IN_CONFIRM:
        text.append(f"  … and {len(items) - SHOWN_IN_CONFIRM} more\n", style="italic")
    text.append("\n")
    for item_type in ItemType:
        of_type = [item for item in items if item.type is item_type]
        if not of_type:
            continue
        noun = item_type.value if len(of_type) == 1 else item_type.plural
        total = "" if item_type is ItemType.COMPANY else f", total {amount_text(sum(i.amount_cents for i in of_type))}"
        text.append(f"{len(of_type)} {noun}{total}\n", style="bold")
    return text


@dataclass(frozen=True)
class Scope:
    """What the project picker answers: one project, or all of them (None)."""

    project: ProjectChoice | None


class ProjectPicker(ModalScreen[Scope | None]):
    """Pick the project to work on, or all projects: type to narrow the list, up and down to
    move, enter to choose, escape to leave the scope as it is."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="picker_cancel"),
        Binding("up", "move(-1)", "Up", show=False, id="picker_up"),
        Binding("down", "move(1)", "Down", show=False, id="picker_down"),
    ]
    ALL = "All projects"

    def __init__(self, projects: list[ProjectChoice], current: ProjectChoice | None) -> None:
        super().__init__()
        self.projects = projects
        self.current = current
        self.shown: list[ProjectChoice | None] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog project-picker"):
            yield Static(Text("Work on which project?", style="bold"), classes="dialog-title")
            yield Input(placeholder="type to narrow by number or name", id="project-filter")
            yield OptionList(id="project-options")
            yield Static(Text(f"enter: choose    {key_line(self.app, [('picker_cancel', 'keep the scope as it is')])}"),
                         classes="dialog-keys")

    def on_mount(self) -> None:
        self._show("")
        self.query_one(Input).focus()

    def _show(self, typed: str) -> None:
        words = typed.casefold().split()
        matching = [p for p in self.projects if all(w in p.label.casefold() for w in words)]
        self.shown = ([None] if not words or all(w in self.ALL.casefold() for w in words) else []) + matching
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Text(self.ALL if p is None else printable(p.label)) for p in self.shown])
        if self.shown:
            options.highlighted = self.shown.index(self.current) if self.current in self.shown else 0

    @on(Input.Changed, "#project-filter")
    def _narrow(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#project-filter")
    def _choose_highlighted(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        if highlighted is not None and self.shown:
            self.dismiss(Scope(self.shown[highlighted]))

    @on(OptionList.OptionSelected)
    def _choose(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(Scope(self.shown[event.option_index]))

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if self.shown:
            options.highlighted = max(0, min(len(self.shown) - 1, (options.highlighted or 0) + step))

    def action_cancel(self) -> None:
        self.dismiss(None)


def why_text(action: Action, answers: dict[ItemRef, tuple[str, list[Reason]]]) -> Text:
    """Per item: why `action` is unavailable (or that it is available)."""
    text = Text()
    for ref, (label, reasons) in answers.items():
        text.append(f"{ref}  {printable(label)}\n", style="bold")
        if reasons:
            text.append_text(reasons_text(reasons))
        else:
            text.append(f"  {action.label} is available.\n")
    return text


SHOWN_DONE = 20  # done items listed one by one in a result; every refused one is, with its reasons


def result_text(result: BatchResult) -> Text:
    text = Text()
    if result.done:
        text.append(f"Done ({len(result.done)}):\n", style="bold")
        done = sorted(result.done, key=lambda outcome: not outcome.note)  # notes (a failed export) first
        listed = done[:max(SHOWN_DONE, sum(1 for outcome in done if outcome.note))]
        for outcome in listed:
            note = f"  ({printable(outcome.note)})" if outcome.note else ""
            text.append(f"  {outcome.ref}  {printable(outcome.label)}  {outcome.from_state} → {outcome.to_state}{note}\n")
        if len(done) > len(listed):
            text.append(f"  … and {len(done) - len(listed)} more, each in its history\n", style="italic")
    if result.refused:
        text.append(f"Refused ({len(result.refused)}):\n", style="bold")
        for outcome in result.refused:
            text.append(f"  {outcome.ref}  {printable(outcome.label)}\n")
            text.append_text(reasons_text(outcome.reasons, indent="    "))
    return text


class PersonaPicker(ModalScreen[str | None]):
    """Who to be in the demo: each person with what they may do; enter picks, escape stays."""

    BINDINGS = [Binding("escape", "stay", "Stay", id="persona_stay",
                        tooltip="Switch user: stay who you are")]

    def __init__(self, personas: list[Persona], current: str, *, starting: bool) -> None:
        super().__init__()
        self.personas = personas
        self.current = current
        self.starting = starting

    def compose(self) -> ComposeResult:
        question = "Who are you in this demo?" if self.starting else "Switch to whom?"
        with Vertical(classes="dialog persona-picker"):
            yield Static(Text(question, style="bold"), classes="dialog-title")
            options = []
            for persona in self.personas:
                prompt = Text()
                prompt.append(printable(persona.login), style="bold")
                prompt.append(printable(f"  {persona.name}"))
                if persona.login == self.current:
                    prompt.append("  (you now)", style="italic")
                prompt.append("\n")
                prompt.append(printable(persona.summary), style="dim")
                options.append(prompt)
            yield OptionList(*options, id="persona-options")
            stay = f"stay {self.current}"
            yield Static(Text(f"up, down: move    enter: be this person    "
                              f"{key_line(self.app, [('persona_stay', stay)])}"), classes="dialog-keys")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        logins = [persona.login for persona in self.personas]
        options.highlighted = logins.index(self.current) if self.current in logins else 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _choose(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.personas[event.option_index].login)

    def action_stay(self) -> None:
        self.dismiss(None)
