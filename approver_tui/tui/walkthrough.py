"""The demo's guided walkthrough: the source documents' scenarios as steps, each ticked when the
audit trail shows it done, the next one saying which keys to press (as bound now)."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.widgets import Static

from approver_tui.domain import ItemType, ToolLevel
from approver_tui.services.text import printable
from approver_tui.services.walkthrough import Progress, Step, walkthrough_progress
from approver_tui.tui.keys import bound_key

TITLES = {
    Step.REJECT: "Reject an invoice with a reason, as the approver",
    Step.READ_NOTICE: "As the admin, find the rejection notice and its reason",
    Step.FIX_AND_RESEND: "Fix the rejected invoice and re-send it",
    Step.RETRIEVE_TWO: "Retrieve two invoices at once, before anyone decides",
    Step.FIX_COMPANY: "Find why a company cannot go to the ERP, fix it, send it",
    Step.ACCEPT: "Accept an invoice as the approver and see its export",
}


def step_hint(app, step: Step, progress: Progress) -> str:
    """What to press for `step`, starting with a switch of person when the current one cannot do it."""
    def key(binding_id: str) -> str:
        return bound_key(app, binding_id)

    actor = app.workspace.actor
    project_admin = any(level is ToolLevel.ADMIN for level in actor.project_levels.values())
    invoice = progress.rejected_invoice or "the rejected invoice"
    needs = {
        Step.REJECT: ("approver", actor.approves(ItemType.INVOICE)),
        Step.READ_NOTICE: (progress.notice_reader or "admin", actor.login == (progress.notice_reader or "admin")),
        Step.FIX_AND_RESEND: ("admin", project_admin),
        Step.RETRIEVE_TWO: ("admin", project_admin),
        Step.FIX_COMPANY: ("admin", actor.directory_level is ToolLevel.ADMIN),
        Step.ACCEPT: ("approver", actor.approves(ItemType.INVOICE)),
    }
    what = {
        Step.REJECT: f"{key('tab_queue')} opens the ERP Queue; on an invoice press {key('reject')}, "
                     "type the reason, enter.",
        Step.READ_NOTICE: f"{key('notifications')} shows your notices: the rejection names {invoice} and why.",
        Step.FIX_AND_RESEND: f"{key('tab_invoices')}, then {key('filter')} and type {invoice}, enter; "
                             f"{key('edit')} edits, {key('edit_save')} saves, {key('resend')} re-sends.",
        Step.RETRIEVE_TWO: f"{key('tab_queue')}; {key('mark')} marks two invoices you sent, "
                           f"{key('retrieve')} retrieves both, {key('confirm_yes')} confirms.",
        Step.FIX_COMPANY: (f"{key('tab_directory')}, find {progress.long_company}; " if progress.long_company
                           else f"{key('tab_directory')}, find a company marked over the limit; ")
                          + f"{key('why')} says why; {key('edit')} shortens the name, {key('edit_save')} saves, "
                            f"{key('send')} sends it.",
        Step.ACCEPT: f"{key('tab_queue')}; on an invoice someone else sent press {key('accept')}, then "
                     f"{key('confirm_yes')}; {key('history')} shows the export.",
    }
    who, fits = needs[step]
    switch = "" if fits else f"Press {key('switch_user')} and pick {who}; then "
    return printable(switch + what[step])


class WalkthroughPanel(Static):
    """Beside the tables on a wide screen, every step; below them on a narrow one, the next step
    only. Reloaded whenever data changes while it is shown (a step is done when the data says so)."""

    def __init__(self) -> None:
        super().__init__(id="walkthrough")
        self.progress: Progress | None = None

    def on_mount(self) -> None:
        # hidden, it costs nothing: it reads the audit trail again when shown
        self.app.data_changed_signal.subscribe(self, lambda _change: self.display and self.reload())

    def on_show(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        self._draw()

    @work(group="walkthrough", exclusive=True)
    async def reload(self) -> None:
        self.progress = await self.app.finish(walkthrough_progress(self.app.workspace))
        self._draw()

    def _draw(self) -> None:
        progress = self.progress
        if progress is None:
            return
        done, total = len(progress.done), len(Step)
        hide = f"{bound_key(self.app, 'walkthrough')} hides"
        upcoming = progress.next_step
        text = Text()
        if self.screen.has_class("-narrow"):
            self.border_title = f"Walkthrough {done}/{total} · {hide}"
            text.append("".join("✓" if step in progress.done else "·" for step in Step) + "  ")
            if upcoming is None:
                text.append("All done. ", style="bold")
                text.append(f"Press {bound_key(self.app, 'switch_user')} to see the result as someone else.")
            else:
                text.append(f"{TITLES[upcoming]}\n", style="bold")
                text.append(step_hint(self.app, upcoming, progress))
            self.update(text)
            return
        self.border_title = f"Walkthrough {done}/{total}"
        self.border_subtitle = hide
        for number, step in enumerate(Step, start=1):
            mark = "✓" if step in progress.done else "→" if step is upcoming else "·"
            text.append(f"{mark} {number} ", style="bold" if step is upcoming else "")
            text.append(f"{TITLES[step]}\n", style="bold" if step is upcoming else "dim" if step in progress.done else "")
            if step is upcoming:
                text.append(f"{step_hint(self.app, step, progress)}\n", style="italic")
            text.append("\n")
        if upcoming is None:
            text.append("All six done. ", style="bold")
            text.append(f"Press {bound_key(self.app, 'switch_user')} to see the result as someone else.\n")
        self.update(text)
