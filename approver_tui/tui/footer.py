"""A footer that dims keys in place instead of rebuilding itself."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # not exported by textual.widgets


class ActionFooter(Footer):
    """Textual's footer removes and mounts every key whenever bindings may have changed: each focus
    move, each cursor move that changes what is available. With a dozen keys that costs tens of
    milliseconds a time. Here the keys are rebuilt only when the set shown changes; when only
    their availability changes, each key is dimmed or undimmed where it stands."""

    _rebuild_pending = False

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return  # as Textual's footer: it is told again when the app or screen comes back
        if self._rebuild_pending or self._dimmed_in_place(screen):
            return
        self._rebuild_pending = True  # several changes before the next refresh make one rebuild
        self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        await self.recompose()

    def _dimmed_in_place(self, screen: Screen) -> bool:
        shown = [(binding, enabled) for _, binding, enabled, _ in screen.active_bindings.values() if binding.show]
        keys = [key for key in self.query_children(FooterKey) if not key.has_class("-command-palette")]
        first_per_action: dict[str, tuple[Binding, bool]] = {}  # the footer shows one key per action
        for binding, enabled in shown:
            first_per_action.setdefault(binding.action, (binding, enabled))
        wanted = list(first_per_action.values())
        if [(b.key, b.action, b.description) for b, _ in wanted] != [(k.key, k.action, k.description) for k in keys]:
            return False
        for key, (_, enabled) in zip(keys, wanted):
            # FooterKey reads _disabled when clicked (bell instead of the key) and draws -disabled
            key._disabled = not enabled
            key.set_class(not enabled, "-disabled")
        return True
