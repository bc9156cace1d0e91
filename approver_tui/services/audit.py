"""The audit trail: append-only records chained by hash, history per item, chain verification."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from approver_tui.store.engine import Database
from approver_tui.store.models import AuditHead, AuditRecord

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

GENESIS = "0" * 64
# The OS user of records the seeding wrote (the walkthrough tells them from what people did)
SEED_OS_USER = "seed"


def record_hash(prev_hash: str, at: datetime, actor: str, os_user: str, item_type: str,
                item_id: int, action: str, outcome: str, from_state: str, to_state: str,
                detail: str) -> str:
    payload = json.dumps(
        [prev_hash, at.astimezone(timezone.utc).isoformat(), actor, os_user, item_type, item_id,
         action, outcome, from_state, to_state, detail],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _hash_of(record: AuditRecord) -> str:
    return record_hash(record.prev_hash, record.at, record.actor, record.os_user, record.item_type,
                       record.item_id, record.action, record.outcome, record.from_state,
                       record.to_state, record.detail)


class AuditWriter:
    """Chains records inside one write transaction and writes them in one go when its block ends
    (`async with db.write() as session, AuditWriter(session, ...) as audit:`).

    It locks the chain head as the block starts and holds it until the transaction commits, so
    audited writers take turns on PostgreSQL as they do on SQLite (BEGIN IMMEDIATE): each reads
    the items only after the one before it committed, and no two can deadlock on item rows."""

    def __init__(self, session: AsyncSession, actor: str, os_user: str):
        self.session = session
        self.actor = actor
        self.os_user = os_user
        self._head: AuditHead | None = None
        self._rows: list[dict] = []

    async def _lock_head(self) -> AuditHead:
        if self._head is None:
            head = await self.session.scalar(
                select(AuditHead).where(AuditHead.id == 1).with_for_update()
            )
            if head is None:
                head = AuditHead(id=1, last_hash=GENESIS)
                self.session.add(head)
            self._head = head
        return self._head

    async def record(self, *, item_type: str, item_id: int, action: str, outcome: str,
                     from_state: str, to_state: str, detail: str = "",
                     at: datetime | None = None, actor: str | None = None) -> None:
        head = await self._lock_head()
        at = at or datetime.now(timezone.utc)
        actor = actor or self.actor
        digest = record_hash(head.last_hash, at, actor, self.os_user, item_type, item_id, action,
                             outcome, from_state, to_state, detail)
        self._rows.append(dict(at=at, actor=actor, os_user=self.os_user, item_type=item_type,
                               item_id=item_id, action=action, outcome=outcome, from_state=from_state,
                               to_state=to_state, detail=detail, prev_hash=head.last_hash, hash=digest))
        head.last_hash = digest

    async def __aenter__(self) -> AuditWriter:
        await self._lock_head()
        return self

    async def __aexit__(self, error_type, _error, _traceback) -> None:
        if error_type is None and self._rows:  # after an error the transaction is rolled back anyway
            await self.session.execute(insert(AuditRecord), self._rows)
        self._rows = []


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    os_user: str
    action: str
    outcome: str
    from_state: str
    to_state: str
    detail: str

    def as_json(self) -> dict:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "os_user": self.os_user,
            "action": self.action,
            "outcome": self.outcome,
            "from_state": self.from_state,
            "to_state": self.to_state,
            "detail": self.detail,
        }


async def history(db: Database, item_type: str, item_id: int) -> list[HistoryEntry]:
    async with db.read() as session:
        return await history_in(session, item_type, item_id)


async def history_in(session: AsyncSession, item_type: str, item_id: int) -> list[HistoryEntry]:
    rows = await session.scalars(
        select(AuditRecord)
        .where(AuditRecord.item_type == item_type, AuditRecord.item_id == item_id)
        .order_by(AuditRecord.id)
    )
    return [
        HistoryEntry(r.at, r.actor, r.os_user, r.action, r.outcome, r.from_state, r.to_state, r.detail)
        for r in rows
    ]


@dataclass(frozen=True)
class ChainReport:
    records: int
    first_bad_id: int | None
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.problem is None


async def verify_chain(db: Database) -> ChainReport:
    """Recompute every hash in order; name the first record that does not fit."""
    expected_prev = GENESIS
    count = 0
    async with db.read() as session:
        result = await session.stream_scalars(select(AuditRecord).order_by(AuditRecord.id))
        async for record in result:
            count += 1
            if record.prev_hash != expected_prev:
                return ChainReport(count, record.id, f"record {record.id} does not follow the record before it (one was removed or altered)")
            if _hash_of(record) != record.hash:
                return ChainReport(count, record.id, f"record {record.id} was altered after it was written")
            expected_prev = record.hash
        head = await session.scalar(select(AuditHead.last_hash).where(AuditHead.id == 1))
    if (head or GENESIS) != expected_prev:
        return ChainReport(count, None, "the newest records were removed (the chain head names a record that is gone)")
    return ChainReport(count, None, None)
