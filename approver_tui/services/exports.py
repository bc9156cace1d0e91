"""The export outbox: how an accepted item's document reaches the ERP exactly once.

An accept writes the item's new state, its audit record and its export document (a row of
`erp_exports`) in one transaction. Only after that commits is the document handed to the
connector, in a thread, with no database lock held; a second short transaction then marks it
delivered, or turns the item to `failed` with the connector's message. A process killed at any
moment leaves either nothing (the accept rolled back) or a pending row that the next process to
open the database delivers. Documents are never written before the accept has committed, so no
document exists for an item the database does not show as accepted.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import orjson
from sqlalchemy import insert, select, update

from approver_tui.domain import ErpState, ItemType
from approver_tui.services.audit import AuditWriter
from approver_tui.services.claims import claimable
from approver_tui.services.items import TABLES, ItemRef
from approver_tui.services.workspace import Workspace
from approver_tui.store.engine import this_process
from approver_tui.store.models import ErpExport

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


Claimed = tuple[int, ItemRef, dict]  # an export this process holds: its id, its item, its document


async def queue_exports(session: AsyncSession, documents: dict[ItemRef, dict], now: datetime) -> list[Claimed]:
    """Inside the accept's transaction: one pending export per item, claimed by this process."""
    if not documents:
        return []
    result = await session.execute(
        # (each row says which item it is for: asking for them in order makes SQLite insert one at a time)
        insert(ErpExport).returning(ErpExport.id, ErpExport.item_type, ErpExport.item_id),
        [dict(item_type=ref.type.value, item_id=ref.id, erp_id=document["erp_id"],
              document=orjson.dumps(document, default=str).decode(), created_at=now,
              state="pending", claimed_by=this_process(), claimed_at=now, attempts=1)
         for ref, document in documents.items()],
    )
    claimed = [(row.id, ItemRef(ItemType(row.item_type), row.item_id)) for row in result]
    return [(export_id, ref, documents[ref]) for export_id, ref in sorted(claimed)]


@dataclass(frozen=True)
class Delivery:
    ref: ItemRef
    error: str | None  # None: delivered


async def deliver(ws: Workspace) -> list[Delivery]:
    """Deliver the pending exports that no living process is delivering (left by a process that
    crashed or was stopped); record each result."""
    me = this_process()
    now = datetime.now(timezone.utc)
    async with ws.db.write() as session:
        # on PostgreSQL a row another process is claiming right now is skipped, not waited for
        query = (select(ErpExport.id, ErpExport.item_type, ErpExport.item_id, ErpExport.document,
                        ErpExport.claimed_by, ErpExport.claimed_at)
                 .where(ErpExport.state == "pending").order_by(ErpExport.id)
                 .with_for_update(skip_locked=True))
        rows = [row for row in await session.execute(query)
                if claimable(row.claimed_by, row.claimed_at, now)]
        taken = [row for row in rows if row.claimed_by != me]
        if taken:
            await session.execute(
                update(ErpExport).where(ErpExport.id.in_([row.id for row in taken]))
                .values(claimed_by=me, claimed_at=now, attempts=ErpExport.attempts + 1)
            )
        work = [(row.id, ItemRef(ItemType(row.item_type), row.item_id), orjson.loads(row.document)) for row in rows]
    return await hand_over(ws, work)


async def hand_over(ws: Workspace, work: list[Claimed]) -> list[Delivery]:
    """Give exports this process has claimed to the connector, in a thread, outside any
    transaction; record each result. An accept hands over the exports it has just queued."""
    if not work:
        return []
    me = this_process()
    errors = await asyncio.to_thread(ws.connector.deliver, [document for _, _, document in work])
    done_at = datetime.now(timezone.utc)
    delivered = [export_id for (export_id, _, _), error in zip(work, errors) if error is None]
    failed = [(export_id, ref, error) for (export_id, ref, _), error in zip(work, errors) if error is not None]
    async with ws.db.write() as session, AuditWriter(session, ws.actor.login, ws.os_user) as audit:
        if delivered:
            await session.execute(
                update(ErpExport).where(ErpExport.id.in_(delivered), ErpExport.claimed_by == me)
                .values(state="delivered", delivered_at=done_at, last_error=None)
            )
        for export_id, ref, error in failed:
            await session.execute(
                update(ErpExport).where(ErpExport.id == export_id, ErpExport.claimed_by == me)
                .values(state="failed", last_error=error)
            )
            table = TABLES[ref.type].__table__
            turned = await session.execute(
                update(table).where(table.c.id == ref.id, table.c.erp_state == ErpState.SYNCED.value)
                .values(erp_state=ErpState.FAILED.value, erp_error=error, erp_id=None, version=table.c.version + 1)
                .returning(table.c.id)
            )
            if turned.first() is not None:
                await audit.record(item_type=ref.type.value, item_id=ref.id, action="export", outcome="done",
                                   from_state=ErpState.SYNCED.value, to_state=ErpState.FAILED.value,
                                   detail=f"export failed: {error}", at=done_at)
    return [Delivery(ref, error) for (_, ref, _), error in zip(work, errors)]


async def resume(ws: Workspace) -> list[Delivery]:
    """Deliver what a crashed or interrupted process left pending; one indexed look-up when
    there is nothing, which is nearly always."""
    async with ws.db.read() as session:
        waiting = await session.scalar(select(ErpExport.id).where(ErpExport.state == "pending").limit(1))
    return [] if waiting is None else await deliver(ws)
