"""Tables. Money is kept in integer cents; times are UTC.

Each table is a Core `Table` with the class its rows are loaded as, mapped imperatively at its
first use (map_rows): the same tables declared as annotated classes cost about 13 ms more of every
start (the declarative scan of each class), and importing the ORM at all costs some 50 ms, which
the first frame, read through the tables alone, need not wait for. A column is NOT NULL unless
`null=True`.
"""

from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.ext.compiler import compiles
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


metadata = MetaData()


def column(name: str, kind, *constraints, null: bool = False, **options) -> Column:
    return Column(name, kind, *constraints, nullable=null, **options)


def primary_key(name: str = "id", kind=Integer, *constraints) -> Column:
    return Column(name, kind, *constraints, primary_key=True)


def sort_index(table: str, column_name: str, nullable: bool = False) -> Index:
    """An index a list sorts `table` by `column_name` through, the id breaking ties (keyset paging).
    A column that may be NULL is indexed as the lists order it: NULL read as '' (store.browse)."""
    if nullable:
        return Index(f"ix_{table}_{column_name}_sort", text(f"coalesce({column_name}, '')"), "id")
    return Index(f"ix_{table}_{column_name}_id", column_name, "id")


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


def length_index(table: str, column_name: str) -> Index:
    """The longest value of an identifier column in one index step: a table sizes the column to
    it (services.browse.longest_identifiers), asked again after every change."""
    return Index(f"ix_{table}_{column_name}_length", text(f"length({column_name})"))


meta = Table(
    "meta", metadata,  # per-database settings: demo flag, ERP profile, company-level ERP sync
    primary_key("key", String(64)),
    column("value", Text),
)

projects = Table(
    "projects", metadata,
    primary_key(),
    column("number", String(40)),
    column("name", String(200)),
    column("erp_synced", Boolean, default=False),
    column("erp_job_id", String(40), null=True),
)

users = Table(
    "users", metadata,
    primary_key(),
    column("login", String(64), unique=True),
    column("name", String(200)),
    column("email", String(200)),
    column("os_login", String(64), null=True, unique=True),
    column("directory_level", Integer, default=0),
    column("approver", Boolean, default=False),
    # comma-separated item types the approver privilege is limited to; NULL means every type
    column("approver_types", String(64), null=True),
    column("digest", Boolean, default=False),
)

project_permissions = Table(
    "project_permissions", metadata,  # a user's level on one project's Commitments tool
    primary_key("user_id", Integer, ForeignKey("users.id")),
    primary_key("project_id", Integer, ForeignKey("projects.id")),
    column("level", Integer),
)


def erp_tracked() -> list[Column]:
    """Columns every item that travels through the ERP queue carries (after its own)."""
    return [
        column("erp_state", String(16), default="not_sent"),
        column("version", Integer, default=1),
        column("sent_by", String(64), null=True),
        column("sent_at", UtcDateTime, null=True),
        column("decided_by", String(64), null=True),
        column("decided_at", UtcDateTime, null=True),
        column("last_reason", Text, null=True),
        column("erp_error", Text, null=True),
        column("erp_id", String(40), null=True),
    ]


companies = Table(
    "companies", metadata,
    primary_key(),
    column("name", String(200)),
    column("address", String(200), null=True),
    column("city", String(100), null=True),
    column("contact", String(200), null=True),
    column("email", String(200), null=True),
    column("status", String(32), default="active"),
    *erp_tracked(),
    Index("ix_companies_erp_state_id", "erp_state", "id"),
    Index("ix_companies_name", "name"),
    length_index("companies", "name"),
    queue_index("companies"),
)

commitments = Table(
    "commitments", metadata,
    primary_key(),
    column("project_id", Integer, ForeignKey("projects.id")),
    column("vendor_id", Integer, ForeignKey("companies.id")),
    column("number", String(100)),
    column("title", String(300)),
    column("kind", String(32), default="subcontract"),
    column("status", String(32), default="draft"),
    column("amount_cents", Integer, default=0),
    # held back from each invoice until completion, in hundredths of a percent (1000 = 10.00 %)
    column("retainage_basis_points", Integer, default=0, server_default="0"),
    # copies of the project's and the vendor's names, kept by whoever writes either (seeding, edits),
    # so that the list sorts by them through an index instead of sorting every row of a join
    column("project_name", String(200), server_default=""),
    column("vendor_name", String(200), server_default=""),
    *erp_tracked(),
    state_index("commitments"),
    Index("ix_commitments_project_id", "project_id", "id"),
    *(sort_index("commitments", name) for name in (
        "number", "title", "project_name", "vendor_name", "status", "amount_cents")),
    length_index("commitments", "number"),
    queue_index("commitments"),
)

commitment_lines = Table(
    "commitment_lines", metadata,
    primary_key(),
    column("commitment_id", Integer, ForeignKey("commitments.id"), index=True),
    column("description", String(300)),
    column("amount_cents", Integer, default=0),
    column("cost_code", String(40), null=True),
)

invoices = Table(
    "invoices", metadata,
    primary_key(),
    column("commitment_id", Integer, ForeignKey("commitments.id")),
    # copied from the commitment so the Invoices tab filters by project without a join
    column("project_id", Integer, ForeignKey("projects.id")),
    column("number", String(100), null=True),
    column("billing_date", String(10), null=True),  # ISO date
    column("amount_cents", Integer, default=0),
    column("status", String(32), default="draft"),
    column("retainage_cents", Integer, default=0, server_default="0"),
    # copies of the related names, as on commitments
    column("project_name", String(200), server_default=""),
    column("vendor_name", String(200), server_default=""),
    column("commitment_number", String(100), server_default=""),
    *erp_tracked(),
    state_index("invoices"),
    Index("ix_invoices_commitment_id", "commitment_id", "id"),
    Index("ix_invoices_project_id", "project_id", "id"),
    *(sort_index("invoices", name) for name in (
        "project_name", "vendor_name", "commitment_number", "amount_cents", "status")),
    *(sort_index("invoices", name, nullable=True) for name in ("number", "billing_date", "sent_by", "last_reason")),
    length_index("invoices", "number"),
    queue_index("invoices"),
)

erp_cost_codes = Table(
    "erp_cost_codes", metadata,  # the ERP's cost codes, as the last `erp sync` brought them
    primary_key("code", String(40)),
    column("description", String(200)),
)

audit_log = Table(
    "audit_log", metadata,  # append-only; each record carries the hash of the one before it
    primary_key(),
    column("at", UtcDateTime),
    column("actor", String(64)),
    column("os_user", String(64)),
    column("item_type", String(16)),
    column("item_id", Integer),
    column("action", String(16)),
    column("outcome", String(8)),
    column("from_state", String(16)),
    column("to_state", String(16)),
    column("detail", Text, default=""),
    column("prev_hash", String(64)),
    column("hash", String(64)),
    Index("ix_audit_log_item", "item_type", "item_id", "id"),
)

audit_head = Table(
    "audit_head", metadata,  # one row: the newest record's hash; writers lock it so the chain never forks
    primary_key(),
    column("last_hash", String(64)),
)

outbox = Table(
    "outbox", metadata,
    primary_key(),
    column("created_at", UtcDateTime),
    column("kind", String(32)),
    column("to_login", String(64)),
    column("to_addr", String(200)),
    column("subject", String(300)),
    column("body", Text),
    column("item_ref", String(40), null=True),
    column("status", String(16), default="pending"),
    column("attempts", Integer, default=0),
    column("last_error", Text, null=True),
    column("sent_at", UtcDateTime, null=True),
    # automatic delivery (the app) waits for this after a failure; an explicit deliver does not
    column("next_attempt_at", UtcDateTime, null=True),
    # the process sending it right now ("host:pid"), so two deliveries never send one message twice
    column("claimed_by", String(100), null=True),
    column("claimed_at", UtcDateTime, null=True),
    # a daily summary is composed once per person and day: "digest:LOGIN:YYYY-MM-DD"
    column("once_key", String(120), null=True, unique=True),
    column("read_at", UtcDateTime, null=True),  # first shown to its recipient in the app
    Index("ix_outbox_status_id", "status", "id"),
    Index("ix_outbox_to_login_id", "to_login", "id"),
)

# An accepted item's export document, written in the accept's own transaction and handed to the
# connector after it commits (and again after a crash, until it is delivered).
erp_exports = Table(
    "erp_exports", metadata,
    primary_key(),
    column("item_type", String(16)),
    column("item_id", Integer),
    column("erp_id", String(40)),
    column("document", Text),  # JSON
    column("created_at", UtcDateTime),
    column("state", String(16), default="pending"),  # pending, delivered, failed
    # which process is delivering it ("host:pid") and since when; another process takes it over
    # once that process is gone (same host) or the claim is old (another host)
    column("claimed_by", String(100), null=True),
    column("claimed_at", UtcDateTime, null=True),
    column("attempts", Integer, default=0),
    column("last_error", Text, null=True),
    column("delivered_at", UtcDateTime, null=True),
    Index("ix_erp_exports_state_id", "state", "id"),
)


_mapped = False


def map_rows() -> None:
    """Map every row class to its table, once: the ORM is imported here, when a session or a row
    class is first used, not when the tables are."""
    global _mapped
    if _mapped:
        return
    _mapped = True
    from sqlalchemy.orm import registry

    mapping = registry(metadata=metadata)
    for row_class in Row.__subclasses__():
        mapping.map_imperatively(row_class, row_class.__table__)


class _MappedOnFirstUse(type):
    """Makes a row class mapped before its first object or column attribute (`Invoice(...)`,
    `Invoice.status`) is made or read."""

    def __call__(cls, *args, **kwargs):
        map_rows()
        return super().__call__(*args, **kwargs)

    def __getattr__(cls, name: str):
        if _mapped or name.startswith("_"):  # the ORM's own probes while it maps, dunders
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        map_rows()
        return getattr(cls, name)


class Row(metaclass=_MappedOnFirstUse):
    """A row loaded as an object; its attributes are its table's columns."""

    __table__: Table

    def __init__(self, **values) -> None:
        for name, value in values.items():
            if name not in self.__table__.c:
                raise TypeError(f"{name!r} is not a column of {self.__table__.name}")
            setattr(self, name, value)


class Meta(Row):
    __table__ = meta


class Project(Row):
    __table__ = projects


class User(Row):
    __table__ = users


class ProjectPermission(Row):
    __table__ = project_permissions


class Company(Row):
    __table__ = companies


class Commitment(Row):
    __table__ = commitments


class CommitmentLine(Row):
    __table__ = commitment_lines


class Invoice(Row):
    __table__ = invoices


class ErpCostCode(Row):
    __table__ = erp_cost_codes


class AuditRecord(Row):
    __table__ = audit_log


class AuditHead(Row):
    __table__ = audit_head


class OutboxMessage(Row):
    __table__ = outbox


class ErpExport(Row):
    __table__ = erp_exports

