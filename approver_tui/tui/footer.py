"""The key bar at the bottom: every key of the focused context on one line, one widget."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

from approver_tui.tui.keys import binding_order


@dataclass(frozen=True)
class ShownKey:
    key: str  # as bindings name it, for simulate_key
    display: str
    description: str
    available: bool
    tooltip: str


class KeyBar(Widget):
    """Textual's Footer is a widget per key, rebuilt whenever bindings may have changed (each focus
    move, each change in what is available): with the dozen or so keys here that cost ~45 ms of
    the first paint and tens of ms per change. This bar draws the same keys as one line of text;
    unavailable keys are dimmed. A click on a key presses it (a dimmed one explains itself, as its
    key does); hovering shows the binding's tooltip. The command palette key stays at the right."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--unavailable"}

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, ShownKey]] = []  # x range of each key as last drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen) -> None:
        self.refresh()

    def shown(self) -> tuple[list[ShownKey], ShownKey | None]:
        """The keys drawn (one per action, as Textual's Footer does), and the command palette's."""
        keys: dict[str, ShownKey] = {}
        palette = None
        for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items():
            shown = ShownKey(binding.key, self.app.get_key_display(binding), binding.description, enabled,
                             tooltip or binding.tooltip or binding.description)
            if key == self.app.COMMAND_PALETTE_BINDING and self.app.ENABLE_COMMAND_PALETTE:
                palette = shown
            elif binding.show:
                keys.setdefault(binding.action, (binding.id, shown))
        # in the order the bindings are declared, also for keys moved by the [keys] config (which
        # Textual lists last)
        order = binding_order(binding_id for binding_id, _ in keys.values())
        ranked = sorted(keys.values(), key=lambda entry: order.get(entry[0], len(order)))
        return [shown for _, shown in ranked], palette

    def render(self) -> Text:
        keys, palette = self.shown()
        right, right_spans = self._draw([palette] if palette else [])
        if palette:
            right = Text.assemble(("│", self.get_component_rich_style("key-bar--unavailable")), right)
            right_spans = [(start + 1, end + 1, key) for start, end, key in right_spans]
        room = max(0, self.size.width - right.cell_len)
        left, left_spans = self._draw(keys)
        left_spans = [span for span in left_spans if span[1] <= room]  # whole keys only
        left.truncate(left_spans[-1][1] if left_spans else 0)
        left.pad_right(room - left.cell_len)
        self._spans = left_spans + [(start + room, end + room, key) for start, end, key in right_spans]
        return Text.assemble(left, right, no_wrap=True, overflow="crop", end="")

    def _draw(self, keys: list[ShownKey]) -> tuple[Text, list[tuple[int, int, ShownKey]]]:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        unavailable = self.get_component_rich_style("key-bar--unavailable")
        text = Text(end="")
        spans = []
        for shown in keys:
            dim = Style() if shown.available else unavailable
            start = text.cell_len
            text.append(f" {shown.display} ", key_style + dim)
            if shown.description:
                text.append(f"{shown.description} ", description_style + dim)
            spans.append((start, text.cell_len, shown))
        return text, spans

    def _key_at(self, x: int) -> ShownKey | None:
        return next((key for start, end, key in self._spans if start <= x < end), None)

    def on_click(self, event: events.Click) -> None:
        shown = self._key_at(event.x)
        if shown:
            self.app.simulate_key(shown.key)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        shown = self._key_at(event.x)
        self.tooltip = shown.tooltip if shown else None
