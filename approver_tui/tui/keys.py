"""The keys as bound now: every rebindable binding by id, the `[keys]` config checked against
them, and each binding's current key for help, the palette and the dialogs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from textual.binding import Binding
from textual.keys import Keys, _character_to_key

from approver_tui.services.settings import ConfigError

MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}


def _with_ids(owners, known: dict[str, Binding] | None = None) -> dict[str, Binding]:
    """`known`, then the owners' bindings with an id, in order; the first of an id stands."""
    found = dict(known or {})
    for owner in owners:
        for binding in owner.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                found.setdefault(binding.id, binding)
    return found


@cache
def main_window_bindings() -> dict[str, Binding]:
    """The main window's bindings with an id: the pane's (actions first, as the key bar shows
    them), the table's, then the app's."""
    from approver_tui.tui.app import ApproverApp
    from approver_tui.tui.pane import ItemsPane
    from approver_tui.tui.table import ItemTable

    return _with_ids((ItemsPane, ItemTable, ApproverApp))


@cache
def bindings_by_id() -> dict[str, Binding]:
    """Every binding with an id: the main window's, then the dialogs' and the item screens'
    (whose modules are loaded here, not for the first frame)."""
    from approver_tui.tui.dialogs import (
        ConfirmDialog, InfoDialog, NotificationsDialog, PersonaPicker, ProjectPicker, ReasonDialog,
    )
    from approver_tui.tui.screens import DetailScreen, EditScreen

    return _with_ids((ConfirmDialog, ReasonDialog, InfoDialog, NotificationsDialog, ProjectPicker,
                      PersonaPicker, EditScreen, DetailScreen), main_window_bindings())


def _binding(binding_id: str) -> Binding:
    return main_window_bindings().get(binding_id) or bindings_by_id()[binding_id]


@cache
def _declaration_order(everywhere: bool) -> dict[str, int]:
    # the main window's bindings come first everywhere, so their places are the same in both
    bindings = bindings_by_id() if everywhere else main_window_bindings()
    return {binding_id: n for n, binding_id in enumerate(bindings)}


def binding_order(shown: Iterable[str | None]) -> dict[str, int]:
    """Each binding id's place among the declarations, for a key bar showing the keys `shown`
    (the main window's are placed without loading the dialogs)."""
    main_window = _declaration_order(everywhere=False)
    return main_window if all(b in main_window for b in shown if b) else _declaration_order(everywhere=True)


@cache
def _key_names() -> frozenset[str]:
    names = {key.value for key in Keys} | {_character_to_key(chr(code)) for code in range(33, 127)}
    return frozenset(names | {"space"})


def _key_problem(key: str) -> str | None:
    *modifiers, name = key.strip().split("+")
    if not name:
        return "is empty"
    unknown = [m for m in modifiers if m not in MODIFIERS]
    if unknown:
        return f"has an unknown modifier {unknown[0]!r} (use {', '.join(sorted(MODIFIERS))})"
    if len(name) == 1 and name.isprintable() or name in _key_names():
        return None
    return "is not a key name (e.g. R, ctrl+r, f5, escape, pageup, asterisk)"


def check_keymap(keymap: dict[str, str]) -> None:
    """ConfigError naming every unknown binding id (with the valid ones) and every key that is
    not a key, so a typo in `[keys]` stops the start instead of being ignored."""
    if not keymap:
        return
    known = bindings_by_id()
    problems = []
    for binding_id, keys in keymap.items():
        base = binding_id.removesuffix("_explain")
        if base not in known:
            problems.append(f"unknown binding id {binding_id!r}")
            continue
        for key in keys.split(","):
            problem = _key_problem(key)
            if problem:
                problems.append(f"{binding_id} = {keys!r}: {key.strip()!r} {problem}")
    if problems:
        ids = ", ".join(binding_id for binding_id in known if not binding_id.endswith("_explain"))
        raise ConfigError(f"[keys]: {'; '.join(problems)}. Valid binding ids: {ids}.")


def bound_key(app, binding_id: str) -> str:
    """How the key bound to `binding_id` is shown, after the user's keymap (e.g. "r", "R", "*")."""
    binding = _binding(binding_id)
    keys = app.workspace.settings.keys.get(binding_id, binding.key)
    return " / ".join(app.get_key_display(replace(binding, key=key.strip())) for key in keys.split(","))


def key_line(app, entries: list[tuple[str, str]]) -> str:
    """A dialog's key line from (binding id, what it does) pairs, with the keys bound now."""
    return "    ".join(f"{bound_key(app, binding_id)}: {words}" for binding_id, words in entries)
