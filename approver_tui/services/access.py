"""The one place a use case reads items through: each item as the acting user may see it.

Every read and write of single items (actions, edits, the edit form, details, history, why)
starts here, so an item the user may not see is "not found" alike everywhere, with no hint that
it exists. Lists and counts apply the same rule in SQL (services.listing); what the user may *do*
is answered by domain.reasons_against.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from approver_tui.domain import AdminTask, ItemFacts, Reason, admin_task_reasons
from approver_tui.services.audit import AuditWriter
from approver_tui.services.items import ItemRef, load_facts
from approver_tui.services.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.ext.asyncio import AsyncSession
    from sqlalchemy.orm import Session


def not_found(ref: ItemRef) -> Reason:
    return Reason(
        "item.not_found",
        f"There is no {ref.type.title} with id {ref.id} that you may see.",
        f"Check the id with `approver-tui list {ref.type.plural}`.",
    )


def visible_facts(reader: Connection | Session, ws: Workspace, refs: list[ItemRef]) -> dict[ItemRef, ItemFacts | None]:
    """Each of `refs` as it is now, or None where it does not exist or `ws.actor` may not see it;
    from a session, `await session.run_sync(visible_facts, ws, refs)`."""
    facts = load_facts(reader, refs)
    return {ref: item if item is not None and ws.actor.may_see(item) else None
            for ref, item in ((ref, facts.get(ref)) for ref in refs)}


async def visible_item(session: AsyncSession, ws: Workspace, ref: ItemRef) -> ItemFacts | None:
    return (await session.run_sync(visible_facts, ws, [ref]))[ref]


class NotAllowed(Exception):
    """The acting user may not do this; carries every reason with its remedy."""

    def __init__(self, reasons: list[Reason]):
        self.reasons = reasons
        super().__init__(" ".join(reason.as_text() for reason in reasons))


async def require(ws: Workspace, task: AdminTask, *, action: str, subject: tuple[str, int],
                  target_login: str | None = None) -> None:
    """Raise NotAllowed (after recording the refusal in the audit trail) unless `ws.actor` may do
    `task`; `subject` is what the audit record is about, e.g. ("user", 3)."""
    reasons = admin_task_reasons(ws.actor, task, target_login)
    if reasons:
        await refuse(ws, NotAllowed(reasons), action=action, subject=subject)


async def refuse(ws: Workspace, refusal: NotAllowed, *, action: str, subject: tuple[str, int]) -> None:
    """Record the refusal in the audit trail, then raise it."""
    async with ws.db.write() as session, AuditWriter(session, ws.actor.login, ws.os_user) as audit:
        await audit.record(item_type=subject[0], item_id=subject[1], action=action, outcome="refused",
                           from_state="", to_state="", detail=" | ".join(r.message for r in refusal.reasons))
    raise refusal
