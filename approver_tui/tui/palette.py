"""Command palette: every action by name, the tabs, and "go to item" by number or name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from approver_tui.services.items import ItemRef
from approver_tui.services.listing import ListFilter, ListKind, list_rows
from approver_tui.services.text import printable


class ApproverCommands(Provider):
    def _commands(self) -> list[tuple[str, object, str]]:
        from approver_tui.tui.app import TABS
        from approver_tui.tui.keys import bound_key
        from approver_tui.tui.pane import ACTION_KEYS, ItemsPane

        app = self.app
        commands: list[tuple[str, object, str]] = []
        focused = self.focused
        pane = next((w for w in focused.ancestors_with_self if isinstance(w, ItemsPane)), None) if focused else None
        if pane is not None:
            for action in ACTION_KEYS:
                commands.append((action.label, partial(pane.action_act, action.value),
                                 f"{action.label} the marked rows, or the highlighted one ({bound_key(app, action.value)})"))
            commands += [
                ("Mark all shown rows", pane.action_mark_all, f"Mark every row the filter shows ({bound_key(app, 'mark_all')})"),
                ("Why: what can I do with this item", pane.action_why, f"Every action with its reasons ({bound_key(app, 'why')})"),
                ("History of the highlighted item", pane.action_history, f"Its audit trail ({bound_key(app, 'history')})"),
            ]
        for tab_id, title, _ in TABS:
            commands.append((f"Go to tab {title}", partial(app.action_show_tab, tab_id), f"Key {bound_key(app, f'tab_{tab_id}')}"))
        commands.append(("Project scope: pick a project, or all projects", app.action_pick_project,
                         f"Every tab works within it ({bound_key(app, 'project_scope')})"))
        if app.offers("switch_user"):
            commands.append(("Switch user…", app.action_switch_user,
                             f"Be someone else in this demo: same data, same tab ({bound_key(app, 'switch_user')})"))
        if app.offers("walkthrough"):
            commands.append(("Walkthrough: show or hide", app.action_toggle_walkthrough,
                             f"The demo's guided steps ({bound_key(app, 'walkthrough')})"))
        commands.append(("Notifications", app.action_notifications, f"Your notices ({bound_key(app, 'notifications')})"))
        commands.append(("Daily summary: subscribe or unsubscribe", app.action_toggle_digest,
                         "Turn your ERP Integrations Daily Summary on or off"))
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
        if len(query.strip()) < 2:
            return
        ws = self.app.workspace
        for kind in (ListKind.INVOICES, ListKind.COMMITMENTS, ListKind.COMPANIES):
            found = await self.app.finish(list_rows(ws.db, ws.actor, kind, ListFilter(search=query.strip()), limit=5))
            for row in found:
                ref = ItemRef.of_row(row)
                title = Content(printable(f"Go to {ref.type.title} {row['label']}"))
                yield Hit(0.9, title, partial(self.app.open_item, ref),
                          help=printable(f"{ref} · {row['erp_state']} · {row.get('project') or ''}"))
