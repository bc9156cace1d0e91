"""The "ERP Integrations Daily Summary": once a day, to each subscribed approver, what waits.

Each summary is an outbox message with a once-a-day key ("digest:LOGIN:DATE", unique in the
table), so running the digest twice for a day, or two runs at once, composes it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timezone

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from approver_tui.domain import ItemType
from approver_tui.services.listing import ListFilter, ListKind, list_rows
from approver_tui.services.workspace import Workspace, load_actor
from approver_tui.store.models import OutboxMessage, User

SUBJECT = "ERP Integrations Daily Summary"


@dataclass(frozen=True)
class DigestReport:
    composed: list[str]  # logins that got a summary now
    already: list[str]  # logins whose summary for the day was composed before
    nothing_waiting: list[str]  # subscribed approvers with nothing to decide


def _age(since: datetime | None, now: datetime) -> str:
    if since is None:
        return "?"
    hours = int((now - since).total_seconds() // 3600)
    return f"{hours} h" if hours < 48 else f"{hours // 24} days"


def compose_body(user: User, rows: list[dict], day: date, now: datetime) -> str:
    lines = [f"Good morning {user.name},", "",
             f"{len(rows)} item(s) wait for an accounting approver's decision on {day.isoformat()}:", ""]
    for item_type in ItemType:
        waiting = [row for row in rows if row["type"] == item_type.value]
        if not waiting:
            continue
        lines.append(f"{item_type.plural.capitalize()} ({len(waiting)}):")
        for row in sorted(waiting, key=lambda r: r["sent_at"] or now):
            state = "  EXPORT FAILED" if row["erp_state"] == "failed" else ""
            lines.append(f"  {row['ref']:<16} {row['label']}  waiting {_age(row['sent_at'], now)}, "
                         f"sent by {row['sent_by'] or '?'}{state}")
        lines.append("")
    lines += ["Open the ERP Queue tab (key 4) in approver-tui, or:", "  approver-tui list queue", "",
              "You get this summary because you are subscribed; to stop it, ask a Directory admin, or:",
              f"  approver-tui users unsubscribe {user.login}"]
    return "\n".join(lines) + "\n"


async def compose_digests(ws: Workspace, day: date | None = None) -> DigestReport:
    """Compose the day's summary for every subscribed approver with something waiting."""
    day = day or datetime.now(timezone.utc).date()
    now = max(datetime.now(timezone.utc), datetime.combine(day, time(6), tzinfo=timezone.utc))
    composed, already, idle = [], [], []
    async with ws.db.read() as session:
        subscribers = list(await session.scalars(
            select(User).where(User.approver.is_(True), User.digest.is_(True)).order_by(User.login)))
        actors = {user.login: await session.run_sync(load_actor, user) for user in subscribers}
    for user in subscribers:
        actor = actors[user.login]
        rows = [row for row in await list_rows(ws.db, actor, ListKind.QUEUE, ListFilter())
                if actor.approves(ItemType(row["type"]))]
        if not rows:
            idle.append(user.login)
            continue
        try:
            async with ws.db.write() as session:
                session.add(OutboxMessage(
                    created_at=datetime.now(timezone.utc), kind="digest", to_login=user.login, to_addr=user.email,
                    subject=f"{SUBJECT}: {len(rows)} waiting ({day.isoformat()})",
                    body=compose_body(user, rows, day, now), item_ref=None, status="pending",
                    once_key=f"digest:{user.login}:{day.isoformat()}"))
            composed.append(user.login)
        except IntegrityError:  # composed earlier today, or by another run right now
            already.append(user.login)
    return DigestReport(composed, already, idle)
