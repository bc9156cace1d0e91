"""Mail written to the outbox in the same transaction as the change it reports."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from approver_tui.domain import ItemFacts, ItemType, ToolLevel
from approver_tui.services.workspace import Workspace
from approver_tui.store.models import OutboxMessage, User

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


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
        verb = "Re-sent" if resent else "Sent"
        for approver in await self._approvers_of(item.type):
            self._queue(
                approver,
                "resent" if resent else "sent",
                f"{verb} for your acceptance: {item.type.value} {item.label}{_where(item)}",
                f"{self.sender_login} {verb.lower()} this item to the ERP queue; it waits for an accounting approver.\n\n"
                + _facts(item, f"{verb} by", self.sender_login, self.at)
                + "\nWhat to do next: accept it to export it to the ERP, or reject it with a reason\n"
                f"the sender can act on:\n"
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
            f"Rejected: {item.type.value} {item.label}{_where(item)}",
            f"{self.sender_login} rejected this item, which you sent to the ERP queue.\n\n"
            + _facts(item, "Rejected by", self.sender_login, self.at)
            + f"Reason:       {reason}\n\n"
            f"What to do next: fix what the reason asks for, save it, then re-send it:\n"
            f"  approver-tui edit {item.ref} --set FIELD=VALUE\n"
            f"  approver-tui resend {item.ref}\n"
            f"(or in the app: open it, e to edit, S to re-send). Questions about the reason go to\n"
            f"{self.sender_login}.\n",
            item.ref,
        )


def _where(item: ItemFacts) -> str:
    return f" ({item.project_name})" if item.project_name else ""


def _facts(item: ItemFacts, act: str, actor: str, at: datetime | None) -> str:
    """The item as the mail describes it: what it is, where, from whom, for how much, who acted."""
    lines = [("Item", f"{item.type.title} {item.label} ({item.ref})")]
    if item.project_name:
        lines.append(("Project", item.project_name))
    if item.vendor_name:
        lines.append(("Vendor", item.vendor_name))
    if item.type is not ItemType.COMPANY:
        lines.append(("Amount", f"{Decimal(item.amount_cents) / 100:,.2f}"))
    lines.append((act, f"{actor} on {at or datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"))
    return "".join(f"{label + ':':<13} {value}\n" for label, value in lines)


async def outbox_messages(ws: Workspace, *, everyone: bool = False) -> list[OutboxMessage]:
    """The acting user's mail, newest first; everyone's when asked by a Directory admin (who
    looks after delivery), since a message tells about items its reader may not see."""
    query = select(OutboxMessage).order_by(OutboxMessage.id.desc())
    if not (everyone and ws.actor.directory_level >= ToolLevel.ADMIN):
        query = query.where(OutboxMessage.to_login == ws.actor.login)
    async with ws.db.read() as session:
        return list(await session.scalars(query))


async def read_notices(ws: Workspace, *, limit: int) -> list[OutboxMessage]:
    """The acting user's notices, newest first, as the app shows them, marked read in the
    database (the demo's walkthrough sees that a rejection notice was found). Each is returned
    as it was before: `read_at` None says this is the first time it is shown."""
    async with ws.db.write() as session:
        messages = list(await session.scalars(
            select(OutboxMessage).where(OutboxMessage.to_login == ws.actor.login)
            .order_by(OutboxMessage.id.desc()).limit(limit)))
        unread = [message.id for message in messages if message.read_at is None]
        if unread:
            await session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(unread))
                                  .values(read_at=datetime.now(timezone.utc))
                                  .execution_options(synchronize_session=False))
        return messages
