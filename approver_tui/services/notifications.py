"""Mail written to the outbox in the same transaction as the change it reports."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from approver_tui.domain import ItemFacts, ItemType, ToolLevel
from approver_tui.services.workspace import Workspace
from approver_tui.store.models import OutboxMessage, User


class Outbox:
    """Collects one batch's mail; approver lists are looked up once per item type."""

    def __init__(self, session: AsyncSession, sender_login: str, *, at: datetime | None = None,
                 already_delivered: bool = False):
        self.session = session
        self.sender_login = sender_login
        self.at = at  # None: the moment each message is queued
        self.status = "sent" if already_delivered else "pending"
        self._approvers: dict[ItemType, list[User]] = {}

    async def _approvers_of(self, item_type: ItemType) -> list[User]:
        if item_type not in self._approvers:
            users = await self.session.scalars(select(User).where(User.approver.is_(True)).order_by(User.login))
            self._approvers[item_type] = [
                u for u in users
                if not u.approver_types or item_type.value in u.approver_types.split(",")
            ]
        return self._approvers[item_type]

    def _queue(self, user: User, kind: str, subject: str, body: str, ref: str) -> None:
        self.session.add(
            OutboxMessage(created_at=self.at or datetime.now(timezone.utc), kind=kind,
                          to_login=user.login, to_addr=user.email, subject=subject, body=body,
                          item_ref=ref, status=self.status, sent_at=self.at if self.status == "sent" else None)
        )

    async def sent_for_approval(self, item: ItemFacts, resent: bool) -> None:
        verb = "re-sent" if resent else "sent"
        where = f" on project {item.project_name}" if item.project_name else ""
        for approver in await self._approvers_of(item.type):
            self._queue(
                approver,
                "resent" if resent else "sent",
                f"Waiting for you: {item.type.title} {item.label} {verb} to the ERP queue",
                f"{self.sender_login} {verb} {item.type.title} {item.label}{where} to the ERP queue.\n"
                f"Accept it to export it, or reject it with a reason:\n"
                f"  approver-tui accept {item.ref}\n"
                f"  approver-tui reject {item.ref} --reason '...'\n",
                item.ref,
            )

    async def rejected(self, item: ItemFacts, reason: str) -> None:
        sender = await self.session.scalar(select(User).where(User.login == item.sent_by))
        if sender is None:
            return
        self._queue(
            sender,
            "rejected",
            f"Rejected: {item.type.title} {item.label}",
            f"{self.sender_login} rejected {item.type.title} {item.label}, which you sent to the ERP queue.\n\n"
            f"Reason: {reason}\n\n"
            f"What to do next: fix what the reason asks for, then send it back:\n"
            f"  approver-tui edit {item.ref} --set FIELD=VALUE\n"
            f"  approver-tui resend {item.ref}\n",
            item.ref,
        )


async def outbox_messages(ws: Workspace, *, everyone: bool = False, limit: int | None = None) -> list[OutboxMessage]:
    """The acting user's mail, newest first; everyone's when asked by a Directory admin (who
    looks after delivery), since a message tells about items its reader may not see."""
    query = select(OutboxMessage).order_by(OutboxMessage.id.desc())
    if not (everyone and ws.actor.directory_level >= ToolLevel.ADMIN):
        query = query.where(OutboxMessage.to_login == ws.actor.login)
    if limit:
        query = query.limit(limit)
    async with ws.db.read() as session:
        return list(await session.scalars(query))
