"""Delivering the outbox over SMTP: each notice once, nothing lost while the server is down.

A delivery claims the messages it is about to send (store.engine.this_process), so two
deliveries at once never send one message twice; each message is marked sent in its own short
transaction right after the server took it. A failure keeps the message pending with the error,
its attempt count and, for automatic delivery, when to try again (back-off doubling from a
minute up to six hours). An explicit `notify deliver` tries every pending message at once.
"""

from __future__ import annotations

import email.policy
import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from urllib.parse import unquote, urlsplit

from sqlalchemy import func, or_, select, update

from approver_tui.services.claims import claimable
from approver_tui.services.settings import ConfigError, Settings
from approver_tui.services.workspace import Workspace
from approver_tui.store.engine import this_process
from approver_tui.store.models import OutboxMessage, User

FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)
SMTP_TIMEOUT_SECONDS = 20


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    implicit_tls: bool  # smtps://; smtp:// upgrades with STARTTLS whenever the server offers it
    username: str | None
    password: str | None
    sender: str

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpServer:
        if not settings.smtp_url:
            raise ConfigError("No SMTP server is configured: set smtp.url (or APPROVER_TUI_SMTP_URL), "
                              "e.g. smtp://mail.example.com:587.")
        parts = urlsplit(settings.smtp_url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ConfigError(f"smtp.url {settings.smtp_url!r} is not an SMTP address: write "
                              "smtp://host:port (STARTTLS when offered) or smtps://host:port (TLS).")
        try:
            port = parts.port or (465 if parts.scheme == "smtps" else 587)
        except ValueError:
            raise ConfigError(f"smtp.url {settings.smtp_url!r} has a port that is not a number.") from None
        if "@" not in settings.smtp_from:
            raise ConfigError(f"smtp.from {settings.smtp_from!r} is not a mail address.")
        return cls(parts.hostname, port, parts.scheme == "smtps", unquote(parts.username) if parts.username else None,
                   settings.smtp_password, settings.smtp_from)


def message_id(message: OutboxMessage, sender: str) -> str:
    """Stable for a notice, so a receiver can tell a retry from a new notice."""
    digest = hashlib.sha256(f"{message.id}|{message.created_at.isoformat()}|{message.to_login}".encode()).hexdigest()[:16]
    return f"<notice-{message.id}-{digest}@{sender.rpartition('@')[2]}>"


# Python folds a header longer than 78 characters by moving its whole value onto a continuation
# line, which some mail clients show with a leading blank; 998 is RFC 5322's own line limit.
MAIL_POLICY = email.policy.SMTP.clone(max_line_length=998)


def build_message(message: OutboxMessage, to_name: str | None, server: SmtpServer) -> EmailMessage:
    mail = EmailMessage(policy=MAIL_POLICY)
    mail["From"] = formataddr(("approver-tui", server.sender))
    mail["To"] = formataddr((to_name or "", message.to_addr))
    mail["Subject"] = message.subject
    mail["Date"] = format_datetime(message.created_at)
    mail["Message-ID"] = message_id(message, server.sender)
    if message.item_ref:
        mail["X-Approver-Item"] = message.item_ref
    mail.set_content(message.body)
    return mail


def delivery_state(message: OutboxMessage) -> str:
    """One line on where a message stands, for people."""
    if message.status == "sent":
        return f"mailed to {message.to_addr} on {message.sent_at:%Y-%m-%d %H:%M}" if message.sent_at else f"mailed to {message.to_addr}"
    if not message.attempts:
        return f"waiting to be mailed to {message.to_addr}"
    tries = "1 try" if message.attempts == 1 else f"{message.attempts} tries"
    return f"not mailed yet ({tries}; last error: {message.last_error})"


def retry_after(attempts: int) -> timedelta:
    return min(FIRST_RETRY * 2 ** max(0, attempts - 1), LONGEST_RETRY)


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: list[str] = field(default_factory=list)  # "id to: error" of the messages still pending
    still_pending: int = 0  # waiting for a later attempt
    elsewhere: int = 0  # being sent right now by another delivery


async def _claim(ws: Workspace, due_only: bool, now: datetime) -> list[tuple[OutboxMessage, str | None]]:
    me = this_process()
    async with ws.db.write() as session:
        query = (select(OutboxMessage, User.name).outerjoin(User, User.login == OutboxMessage.to_login)
                 .where(OutboxMessage.status == "pending").order_by(OutboxMessage.id)
                 .with_for_update(of=OutboxMessage, skip_locked=True))
        if due_only:
            query = query.where(or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now))
        rows = [(m, name) for m, name in await session.execute(query) if claimable(m.claimed_by, m.claimed_at, now)]
        if rows:
            await session.execute(update(OutboxMessage).where(OutboxMessage.id.in_([m.id for m, _ in rows]))
                                  .values(claimed_by=me, claimed_at=now))
    return rows


async def _settle(ws: Workspace, message: OutboxMessage, error: str | None) -> None:
    now = datetime.now(timezone.utc)
    attempts = message.attempts + 1
    values: dict = dict(attempts=attempts, claimed_by=None, claimed_at=None)
    if error is None:
        values |= dict(status="sent", sent_at=now, last_error=None, next_attempt_at=None)
    else:
        values |= dict(last_error=error, next_attempt_at=now + retry_after(attempts))
    async with ws.db.write() as session:
        await session.execute(update(OutboxMessage)
                              .where(OutboxMessage.id == message.id, OutboxMessage.claimed_by == this_process())
                              .values(**values))


async def deliver_mail(ws: Workspace, *, due_only: bool = False) -> DeliveryReport:
    """Send the pending mail (only what is due for a retry when `due_only`); ConfigError when
    there is no usable SMTP configuration."""
    import aiosmtplib

    server = SmtpServer.from_settings(ws.settings)
    report = DeliveryReport()
    claimed = await _claim(ws, due_only, datetime.now(timezone.utc))
    if claimed:
        client = aiosmtplib.SMTP(hostname=server.host, port=server.port, use_tls=server.implicit_tls,
                                 start_tls=None if not server.implicit_tls else False,
                                 timeout=SMTP_TIMEOUT_SECONDS)
        connection_error = None
        try:
            await client.connect()
            if server.username:
                transport = client.transport
                if transport is None or transport.get_extra_info("sslcontext") is None:
                    raise aiosmtplib.SMTPException(
                        "it offers no encryption (STARTTLS), and the password is not sent in the clear; "
                        "use smtps:// or a server that offers STARTTLS")
                await client.login(server.username, server.password or "")
        except (aiosmtplib.SMTPException, OSError) as error:
            connection_error = f"cannot reach or log in to {server.host}:{server.port}: {error}"
        for message, to_name in claimed:
            error = connection_error
            if error is None:
                try:
                    mail = build_message(message, to_name, server)
                    await client.sendmail(server.sender, [message.to_addr], mail.as_bytes())
                except aiosmtplib.SMTPException as refused:
                    error = f"the server refused it: {refused}"
                except OSError as lost:
                    error = connection_error = f"the connection to {server.host}:{server.port} broke: {lost}"
            await _settle(ws, message, error)
            if error is None:
                report.sent += 1
            else:
                report.failed.append(f"{message.id} to {message.to_addr}: {error}")
        if connection_error is None:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError):
                pass
    now = datetime.now(timezone.utc)
    pending = OutboxMessage.status == "pending"
    async with ws.db.write() as session:
        # a row another delivery is claiming this instant is locked (PostgreSQL): skipped here, it
        # counts as being sent elsewhere, not as still pending (which would exit 1 for nothing)
        waiting = await session.scalar(select(func.count()).select_from(OutboxMessage).where(pending))
        free = (await session.execute(select(OutboxMessage.claimed_by, OutboxMessage.claimed_at).where(pending)
                                      .with_for_update(of=OutboxMessage, skip_locked=True))).all()
        report.still_pending = sum(claimable(claimed_by, claimed_at, now) for claimed_by, claimed_at in free)
        report.elsewhere = max(0, waiting - report.still_pending)
    return report
