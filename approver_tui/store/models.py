"""Tables. Money is kept in integer cents; times are UTC."""

# No `from __future__ import annotations` here: SQLAlchemy would then evaluate each Mapped[...]
# annotation from its text at import, 8 ms of every start.

from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import CreateIndex

from approver_tui.domain import QUEUE_STATES


_NAIVE_EPOCH = datetime(1970, 1, 1)
_UTC_EPOCH = _NAIVE_EPOCH.replace(tzinfo=timezone.utc)


def aware_utc(naive: datetime) -> datetime:
    """A stored (naive UTC) time marked UTC. The same as `naive.replace(tzinfo=timezone.utc)` in
    a tenth of its time (replace's keyword costs 1 µs), which `list --json` pays 50,000 times."""
    return _UTC_EPOCH + (naive - _NAIVE_EPOCH)


class UtcDateTime(TypeDecorator):
    """Stores naive UTC, hands back aware UTC, so SQLite and PostgreSQL behave alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        return aware_utc(value) if value is not None else None


class Base(DeclarativeBase):
    pass


def sort_index(table: str, column: str, nullable: bool = False) -> Index:
    """An index a list sorts `table` by `column` through, the id breaking ties (keyset paging).
    A column that may be NULL is indexed as the lists order it: NULL read as '' (store.browse)."""
    if nullable:
        return Index(f"ix_{table}_{column}_sort", text(f"coalesce({column}, '')"), "id")
    return Index(f"ix_{table}_{column}_id", column, "id")


# Lists order an item never sent as sent at this moment; NEVER_SENT is it in SQL, as SQLite
# stores a send time (the queue's index is built on that text).
NEVER_SENT_AT = _UTC_EPOCH
NEVER_SENT = f"'{NEVER_SENT_AT:%Y-%m-%d %H:%M:%S.%f}'"
QUEUED_STATES = sorted(state.value for state in QUEUE_STATES)  # in one order, as written in QUEUED
QUEUED = "erp_state IN ({})".format(", ".join(f"'{state}'" for state in QUEUED_STATES))


def queue_index(table: str) -> Index:
    """The queued rows of `table` in send order (the ERP Queue tab's), for keyset paging: the
    queue's pages then read their own rows, not every queued row sorted. Queued rows only."""
    return Index(f"ix_{table}_queue_sent_at", text(f"coalesce(sent_at, {NEVER_SENT})"), "id",
                 info={"where": QUEUED})


@compiles(CreateIndex)
def _create_index(create: CreateIndex, compiler, **kw) -> str:
    """An index with info["where"] is partial, written alike for both databases. The dialects'
    own `sqlite_where=` / `postgresql_where=` would load both dialects' code (40-55 ms) on every
    start of the app, whichever database it opens."""
    statement = compiler.visit_create_index(create, **kw)
    where = create.element.info.get("where")
    return f"{statement} WHERE {where}" if where else statement


def state_index(table: str) -> Index:
    """Items by ERP state in id order (keyset paging of a state filter). It carries the amount, so
    the queue's waiting count and sum read this index alone: 50,000 queued invoices in 10 ms
    instead of 56 (SQLite) or 94 (PostgreSQL) looking each row up."""
    return Index(f"ix_{table}_erp_state_id_amount", "erp_state", "id", "amount_cents")


def length_index(table: str, column: str) -> Index:
    """The longest value of an identifier column in one index step: a table sizes the column to
    it (services.browse.longest_identifiers), asked again after every change."""
    return Index(f"ix_{table}_{column}_length", text(f"length({column})"))


class Meta(Base):
    """Per-database settings: demo flag, ERP profile, company-level ERP sync."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Project(Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    erp_synced: Mapped[bool] = mapped_column(Boolean, default=False)
    erp_job_id: Mapped[str | None] = mapped_column(String(40))


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200))
    os_login: Mapped[str | None] = mapped_column(String(64), unique=True)
    directory_level: Mapped[int] = mapped_column(Integer, default=0)
    approver: Mapped[bool] = mapped_column(Boolean, default=False)
    # comma-separated item types the approver privilege is limited to; NULL means every type
    approver_types: Mapped[str | None] = mapped_column(String(64))
    digest: Mapped[bool] = mapped_column(Boolean, default=False)


class ProjectPermission(Base):
    """A user's level on one project's Commitments tool."""

    __tablename__ = "project_permissions"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)


class ErpTracked:
    """Columns every item that travels through the ERP queue carries."""

    erp_state: Mapped[str] = mapped_column(String(16), default="not_sent")
    version: Mapped[int] = mapped_column(Integer, default=1)
    sent_by: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_reason: Mapped[str | None] = mapped_column(Text)
    erp_error: Mapped[str | None] = mapped_column(Text)
    erp_id: Mapped[str | None] = mapped_column(String(40))


class Company(ErpTracked, Base):
    __tablename__ = "companies"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    contact: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(32), default="active")
    __table_args__ = (
        Index("ix_companies_erp_state_id", "erp_state", "id"),
        Index("ix_companies_name", "name"),
        length_index("companies", "name"),
        queue_index("companies"),
    )


class Commitment(ErpTracked, Base):
    __tablename__ = "commitments"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    vendor_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    number: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default="subcontract")
    status: Mapped[str] = mapped_column(String(32), default="draft")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    # held back from each invoice until completion, in hundredths of a percent (1000 = 10.00 %)
    retainage_basis_points: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # copies of the project's and the vendor's names, kept by whoever writes either (seeding, edits),
    # so that the list sorts by them through an index instead of sorting every row of a join
    project_name: Mapped[str] = mapped_column(String(200), server_default="")
    vendor_name: Mapped[str] = mapped_column(String(200), server_default="")
    __table_args__ = (
        state_index("commitments"),
        Index("ix_commitments_project_id", "project_id", "id"),
        *(sort_index("commitments", column) for column in (
            "number", "title", "project_name", "vendor_name", "status", "amount_cents")),
        length_index("commitments", "number"),
        queue_index("commitments"),
    )


class CommitmentLine(Base):
    __tablename__ = "commitment_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"), index=True)
    description: Mapped[str] = mapped_column(String(300))
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    cost_code: Mapped[str | None] = mapped_column(String(40))


class Invoice(ErpTracked, Base):
    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"))
    # copied from the commitment so the Invoices tab filters by project without a join
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    number: Mapped[str | None] = mapped_column(String(100))
    billing_date: Mapped[str | None] = mapped_column(String(10))  # ISO date
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(32), default="draft")
    retainage_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # copies of the related names, as on Commitment
    project_name: Mapped[str] = mapped_column(String(200), server_default="")
    vendor_name: Mapped[str] = mapped_column(String(200), server_default="")
    commitment_number: Mapped[str] = mapped_column(String(100), server_default="")
    __table_args__ = (
        state_index("invoices"),
        Index("ix_invoices_commitment_id", "commitment_id", "id"),
        Index("ix_invoices_project_id", "project_id", "id"),
        *(sort_index("invoices", column) for column in (
            "project_name", "vendor_name", "commitment_number", "amount_cents", "status")),
        *(sort_index("invoices", column, nullable=True) for column in ("number", "billing_date", "sent_by", "last_reason")),
        length_index("invoices", "number"),
        queue_index("invoices"),
    )


class ErpCostCode(Base):
    """The ERP's cost codes, as the last `erp sync` brought them."""

    __tablename__ = "erp_cost_codes"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    description: Mapped[str] = mapped_column(String(200))


class AuditRecord(Base):
    """Append-only; each record carries the hash of the one before it."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    os_user: Mapped[str] = mapped_column(String(64))
    item_type: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(8))
    from_state: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_audit_log_item", "item_type", "item_id", "id"),)


class AuditHead(Base):
    """One row: the newest record's hash. Writers lock it so the chain never forks."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    last_hash: Mapped[str] = mapped_column(String(64))


class OutboxMessage(Base):
    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    to_login: Mapped[str] = mapped_column(String(64))
    to_addr: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    item_ref: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # automatic delivery (the app) waits for this after a failure; an explicit deliver does not
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # the process sending it right now ("host:pid"), so two deliveries never send one message twice
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # a daily summary is composed once per person and day: "digest:LOGIN:YYYY-MM-DD"
    once_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # first shown to its recipient in the app
    __table_args__ = (
        Index("ix_outbox_status_id", "status", "id"),
        Index("ix_outbox_to_login_id", "to_login", "id"),
    )


class ErpExport(Base):
    """An accepted item's export document, written in the accept's own transaction and handed to
    the connector after it commits (and again after a crash, until it is delivered)."""

    __tablename__ = "erp_exports"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_type: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[int] = mapped_column(Integer)
    erp_id: Mapped[str] = mapped_column(String(40))
    document: Mapped[str] = mapped_column(Text)  # JSON
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending, delivered, failed
    # which process is delivering it ("host:pid") and since when; another process takes it over
    # once that process is gone (same host) or the claim is old (another host)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    __table_args__ = (Index("ix_erp_exports_state_id", "state", "id"),)
