"""The one place a use case reads items through: each item as the acting user may see it.

Every read and write of single items (actions, edits, the edit form, details, history, why)
starts here, so an item the user may not see is "not found" alike everywhere, with no hint that
it exists. Lists and counts apply the same rule in SQL (services.listing); what the user may *do*
is answered by domain.reasons_against.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from approver_tui.domain import ItemFacts, Reason
from approver_tui.services.items import ItemRef, load_facts
from approver_tui.services.workspace import Workspace


def not_found(ref: ItemRef) -> Reason:
    return Reason(
        "item.not_found",
        f"There is no {ref.type.title} with id {ref.id} that you may see.",
        f"Check the id with `approver-tui list {ref.type.plural}`.",
    )


async def visible_facts(session: AsyncSession, ws: Workspace, refs: list[ItemRef]) -> dict[ItemRef, ItemFacts | None]:
    """Each of `refs` as it is now in `session`, or None where it does not exist or `ws.actor` may not see it."""
    facts = await load_facts(session, refs)
    return {ref: item if item is not None and ws.actor.may_see(item) else None
            for ref, item in ((ref, facts.get(ref)) for ref in refs)}


async def visible_item(session: AsyncSession, ws: Workspace, ref: ItemRef) -> ItemFacts | None:
    return (await visible_facts(session, ws, [ref]))[ref]
