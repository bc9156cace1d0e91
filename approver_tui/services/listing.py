"""Rows for the lists and tabs: filtered, sorted, counted and paged in SQL."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import (DateTime, Integer, String, any_, bindparam, column, func, literal, literal_column, null, or_, select,
                        table, type_coerce, union_all)
from sqlalchemy.sql import ColumnElement, Select

from approver_tui.domain import Actor, ErpState, ItemType, Status, ToolLevel
from approver_tui.services.items import TABLES, InputError
from approver_tui.store.engine import Database
from approver_tui.store.matching import matches_ignoring_case
from approver_tui.store.models import QUEUED_STATES, aware_utc, commitments, companies, invoices
from approver_tui.store.search import (COPIED_NAMES, SEARCHED, SHORTEST_INDEXED, fts_phrase, joined_text, own_text,
                                       text_index)


class ListKind(str, Enum):
    COMMITMENTS = "commitments"
    INVOICES = "invoices"
    COMPANIES = "companies"
    QUEUE = "queue"

    @property
    def item_types(self) -> tuple[ItemType, ...]:
        if self is ListKind.QUEUE:
            return (ItemType.INVOICE, ItemType.COMMITMENT, ItemType.COMPANY)
        return ({"commitments": ItemType.COMMITMENT, "invoices": ItemType.INVOICE,
                 "companies": ItemType.COMPANY}[self.value],)


@dataclass(frozen=True)
class ListFilter:
    search: str = ""
    erp_state: ErpState | None = None
    status: str | None = None
    commitment_id: int | None = None  # the invoices of one commitment
    project_id: int | None = None  # one project's items (companies: the vendors of its commitments)


STREAM_BATCH = 2000  # rows read at a time by stream_rows

# Every list row carries these columns, whatever its type, so the queue can be one UNION.
COLUMNS = ("type", "id", "label", "status", "erp_state", "project", "project_id", "vendor",
           "amount_cents", "sent_by", "sent_at", "reason", "version", "erp_id", "erp_error",
           "title", "billing_date", "commitment", "invoice_count", "contact", "kind",
           "decided_by", "decided_at")


def parse_erp_state(text: str) -> ErpState:
    try:
        return ErpState(text.strip().lower())
    except ValueError:
        raise InputError(f"Unknown ERP state {text!r}: use one of {', '.join(s.value for s in ErpState)}.") from None


def parse_status(kind: ListKind, text: str) -> str:
    for item_type in kind.item_types:
        try:
            return Status.parse(item_type, text)
        except ValueError as error:
            last = error
    raise InputError(f"{last}.")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _visible(actor: Actor, item_type: ItemType, project_column) -> ColumnElement[bool] | None:
    """Which rows of `item_type` the actor may see; None when every one."""
    if actor.approves(item_type):
        return None
    if item_type is ItemType.COMPANY:
        return None if actor.directory_level >= ToolLevel.READ_ONLY else literal(False)
    if actor.sees_every_project:  # a count of a million rows then reads an index, testing none of them
        return None
    projects = [p for p, level in actor.project_levels.items() if level >= ToolLevel.READ_ONLY]
    # "+ 0" keeps SQLite from answering this through the project index and then sorting every
    # match by id; walking the primary key lets a page stop after its rows.
    return (project_column + 0).in_(projects)


def _invoices(id_column) -> Select:
    return select(
        literal("invoice", String).label("type"), id_column, invoices.c.number.label("label"),
        invoices.c.status, invoices.c.erp_state, invoices.c.project_name.label("project"), invoices.c.project_id,
        invoices.c.vendor_name.label("vendor"), invoices.c.amount_cents, invoices.c.sent_by, invoices.c.sent_at,
        invoices.c.last_reason.label("reason"), invoices.c.version, invoices.c.erp_id, invoices.c.erp_error,
        null().label("title"), invoices.c.billing_date, invoices.c.commitment_number.label("commitment"),
        literal(None, Integer).label("invoice_count"), null().label("contact"),
        null().label("kind"), invoices.c.decided_by, invoices.c.decided_at,
    )


def _commitments(id_column) -> Select:
    invoice_count = (
        select(func.count(invoices.c.id)).where(invoices.c.commitment_id == commitments.c.id).scalar_subquery()
    )
    return select(
        literal("commitment", String).label("type"), id_column,
        commitments.c.number.label("label"), commitments.c.status, commitments.c.erp_state,
        commitments.c.project_name.label("project"), commitments.c.project_id, commitments.c.vendor_name.label("vendor"),
        commitments.c.amount_cents, commitments.c.sent_by, commitments.c.sent_at,
        commitments.c.last_reason.label("reason"), commitments.c.version, commitments.c.erp_id,
        commitments.c.erp_error, commitments.c.title, null().label("billing_date"),
        null().label("commitment"), invoice_count.label("invoice_count"),
        null().label("contact"), commitments.c.kind, commitments.c.decided_by, commitments.c.decided_at,
    )


def _companies(id_column) -> Select:
    query = select(
        literal("company", String).label("type"), id_column, companies.c.name.label("label"),
        companies.c.status, companies.c.erp_state, null().label("project"),
        literal(None, Integer).label("project_id"), null().label("vendor"),
        literal(None, Integer).label("amount_cents"), companies.c.sent_by, companies.c.sent_at,
        companies.c.last_reason.label("reason"), companies.c.version, companies.c.erp_id, companies.c.erp_error,
        null().label("title"), null().label("billing_date"), null().label("commitment"),
        literal(None, Integer).label("invoice_count"), companies.c.contact, null().label("kind"),
        companies.c.decided_by, companies.c.decided_at,
    )
    return query


_BUILDERS = {ItemType.INVOICE: _invoices, ItemType.COMMITMENT: _commitments, ItemType.COMPANY: _companies}


TABLE_OF = {item_type: model.__table__ for item_type, model in TABLES.items()}


def _text_index(item_type: ItemType, kind: ListKind, text: str, dialect: str):
    """SQLite's FTS5 table for a search of `text`, when it is the way to find the rows: three
    characters or more, on a tab's whole table. The queue's few rows are matched one by one."""
    if dialect != "sqlite" or kind is ListKind.QUEUE or len(text.strip()) < SHORTEST_INDEXED:
        return None
    return text_index(TABLE_OF[item_type].name)


def _fts_match(index, text: str) -> ColumnElement[bool]:
    return literal_column(index.name).op("MATCH")(fts_phrase(text))


def _search(item_type: ItemType, kind: ListKind, text: str, dialect: str) -> list[ColumnElement[bool]]:
    """Rows that hold `text` in any searched column (none asked when it is blank; store.search.SEARCHED:
    related names are copies on the row, so no joins). SQLite: through its FTS5 table, which then stands beside the item's
    table in the FROM (rowid = id); PostgreSQL: through the trigram index on the joined columns."""
    text = text.strip()
    if not text:
        return []
    table = TABLE_OF[item_type]
    name = table.name
    index = _text_index(item_type, kind, text, dialect)
    if index is not None:
        return [index.c.rowid == table.c.id, _fts_match(index, text)]
    pattern = _containing(text)
    if dialect == "postgresql":
        return [matches_ignoring_case(joined_text(name), pattern)]
    return [or_(*(matches_ignoring_case(table.c[column_name], pattern) for column_name in SEARCHED[name]))]


def _containing(text: str):
    # a literal, not a parameter: PostgreSQL plans (and uses the index) knowing what is searched for
    return bindparam(None, f"%{_escape_like(text)}%", String, literal_execute=True)


def _ids_holding(item_type: ItemType, text: str) -> ColumnElement[int]:
    """PostgreSQL: the ids of the rows of `item_type` holding `text` (three characters or more),
    an id once for each place it holds it: the row's own text (store.search.own_text) through its
    trigram index; a copied name (project, vendor) through the copy's sort index, for the names
    that hold `text` in their own small table, so those rows are never read. The trigram index of
    all the searched columns finds the same rows, but each then has to be read from the table to be
    checked: at a million invoices, 86,000 matches of a vendor's trade took 150-220 ms that way and
    take about 50 ms. (Setting the repeats apart in SQL would hash every match: a text in every
    invoice number, a million times.)"""
    item_table = TABLE_OF[item_type]
    name = item_table.name
    pattern = _containing(text)
    parts = [select(item_table.c.id).where(matches_ignoring_case(own_text(name), pattern))]
    for copy, (source, source_column) in COPIED_NAMES[name].items():
        names = (select(column(source_column)).select_from(table(source, column(source_column)))
                 .where(matches_ignoring_case(column(source_column), pattern)))
        # `= ANY(ARRAY(...))`, not `IN (...)`: the names become a list the copy's index is walked
        # for. With IN, PostgreSQL may join them with a hash against every row of the table (it did
        # whenever a load had not been vacuumed yet: 315 ms against 166 ms at a million invoices).
        parts.append(select(item_table.c.id).where(item_table.c[copy] == any_(func.array(names.scalar_subquery()))))
    return union_all(*parts).subquery("holding").c.id


def _queued(table, dialect: str, in_send_order: bool) -> ColumnElement[bool]:
    """The item is in the queue. Written out, not bound, so that the databases see the queue's
    own index (store.models.queue_index) applies. SQLite, which keeps no statistics here, takes
    the condition for a narrow one and would sort every queued row for a page: told it holds
    for many rows, it walks that index in send order and stops after the page."""
    condition = table.c.erp_state.in_(bindparam(None, QUEUED_STATES, expanding=True, literal_execute=True))
    return func.likelihood(condition, literal_column("0.5")) if in_send_order and dialect == "sqlite" else condition


def _row_conditions(item_type: ItemType, kind: ListKind, actor: Actor, filters: ListFilter, dialect: str,
                    in_send_order: bool = False) -> list[ColumnElement[bool]]:
    """What the list asks of an item's own row, the search aside; none when it shows every row."""
    table = TABLE_OF[item_type]
    visible = _visible(actor, item_type, table.c.get("project_id"))
    conditions = [] if visible is None else [visible]
    if kind is ListKind.QUEUE:
        conditions.append(_queued(table, dialect, in_send_order))
    if filters.erp_state:
        conditions.append(table.c.erp_state == filters.erp_state.value)
    if filters.status:
        conditions.append(table.c.status == filters.status)
    if filters.commitment_id is not None and item_type is ItemType.INVOICE:
        conditions.append(invoices.c.commitment_id == filters.commitment_id)
    if filters.project_id is not None:
        if item_type is ItemType.COMPANY:
            conditions.append(companies.c.id.in_(select(commitments.c.vendor_id).where(commitments.c.project_id == filters.project_id)))
        else:
            conditions.append(table.c.project_id == filters.project_id)
    return conditions


def item_conditions(item_type: ItemType, kind: ListKind, actor: Actor, filters: ListFilter,
                    dialect: str, in_send_order: bool = False) -> list[ColumnElement[bool]]:
    """Which items of `item_type` the list shows: on the item's own table, and its text index
    when a search goes through one."""
    return (_row_conditions(item_type, kind, actor, filters, dialect, in_send_order)
            + _search(item_type, kind, filters.search, dialect))


def shown_ids(item_type: ItemType, kind: ListKind, actor: Actor, filters: ListFilter, dialect: str,
              *, repeats: bool = False) -> tuple[ColumnElement[int], list[ColumnElement[bool]]]:
    """The id column and the conditions that find the items of `item_type` the list shows, for
    counting or collecting them. A search that asks nothing of the row itself reads indexes alone
    where it can: on SQLite its FTS5 table, whose rowid is the id (86,000 matches at a million
    invoices counted without reading one of them); on PostgreSQL, when an id may come more than
    once (`repeats`: the caller collects them into a set), _ids_holding."""
    text = filters.search.strip()
    conditions = _row_conditions(item_type, kind, actor, filters, dialect)
    if not conditions:
        index = _text_index(item_type, kind, text, dialect)
        if index is not None:
            return index.c.rowid, [_fts_match(index, text)]
        table_name = TABLE_OF[item_type].name
        if repeats and dialect == "postgresql" and len(text) >= SHORTEST_INDEXED and table_name in COPIED_NAMES:
            return _ids_holding(item_type, text), []
    return TABLE_OF[item_type].c.id, conditions + _search(item_type, kind, text, dialect)


def _typed_select(item_type: ItemType, kind: ListKind, actor: Actor, filters: ListFilter, dialect: str,
                  in_send_order: bool) -> Select:
    # Found through FTS5, the rows' ids are read from its rowid: SQLite then walks the index in id
    # order and stops after a page, where ordering by the table's own id would sort every match.
    index = _text_index(item_type, kind, filters.search, dialect)
    id_column = TABLE_OF[item_type].c.id if index is None else index.c.rowid.label("id")
    return _BUILDERS[item_type](id_column).where(*item_conditions(item_type, kind, actor, filters, dialect, in_send_order))


def typed_selects(kind: ListKind, actor: Actor, filters: ListFilter, dialect: str,
                  in_send_order: bool = False) -> list[Select]:
    """The rows of `kind`, one SELECT over COLUMNS per item type it lists; `in_send_order` when
    they are to be read in send order."""
    return [_typed_select(t, kind, actor, filters, dialect, in_send_order) for t in kind.item_types]


def list_select(kind: ListKind, actor: Actor, filters: ListFilter, dialect: str) -> Select:
    """Every row `actor` may see in `kind` that matches `filters`, as one SELECT over COLUMNS."""
    parts = typed_selects(kind, actor, filters, dialect)
    if len(parts) == 1:
        return parts[0]
    return select(union_all(*parts).subquery("rows"))


# What the contract's JSON shows of a list row, in this order; the last ones only where set.
JSON_COLUMNS = ("type", "id", "label", "status", "erp_state", "project", "sent_by", "reason", "version",
                "vendor", "amount_cents", "sent_at", "erp_id", "erp_error")
JSON_COLUMNS_IF_SET = ("title", "billing_date", "commitment", "invoice_count", "contact")
_STATUS_LABELS = {(t.value, code): label for t in ItemType for code, label in Status.of(t).items()}


def row_json(row) -> dict:
    """The contract's JSON shape of one row of JSON_COLUMNS + JSON_COLUMNS_IF_SET (read by
    position: a million rows of `list --json` are made here). The send time stays a datetime
    until it is printed; orjson writes it as `isoformat()` does, in C."""
    (type_, id_, label, status, erp_state, project, sent_by, reason, version, vendor, amount, sent_at,
     erp_id, erp_error, title, billing_date, commitment, invoice_count, contact) = row
    data = {
        "ref": f"{type_}:{id_}",
        "type": type_,
        "id": id_,
        "label": label,
        "status": status,
        "status_label": _STATUS_LABELS.get((type_, status), status),
        "erp_state": erp_state,
        "project": project,
        "sent_by": sent_by,
        "reason": reason,
        "version": version,
        "vendor": vendor,
        "amount": None if amount is None else f"{amount / 100:.2f}",
        "sent_at": aware_utc(sent_at) if sent_at else None,  # stored UTC (_in_list_order)
        "erp_id": erp_id,
        "erp_error": erp_error,
    }
    # one test each: a loop over JSON_COLUMNS_IF_SET took a quarter of the time a row takes
    if title is not None:
        data["title"] = title
    if billing_date is not None:
        data["billing_date"] = billing_date
    if commitment is not None:
        data["commitment"] = commitment
    if invoice_count is not None:
        data["invoice_count"] = invoice_count
    if contact is not None:
        data["contact"] = contact
    return data


def _in_list_order(kind: ListKind, actor: Actor, filters: ListFilter, dialect: str) -> Select:
    """The JSON columns of the rows of `kind` in id order (queue: oldest sent first). The send
    time comes as stored, naive UTC, and row_json marks it UTC: the column's own type does that
    in a Python call a row, which took 0.1 s of `list queue` at 50,000 rows."""
    query = list_select(kind, actor, filters, dialect)
    columns = query.selected_columns
    shown = [type_coerce(columns.sent_at, DateTime).label("sent_at") if name == "sent_at" else columns[name]
             for name in JSON_COLUMNS + JSON_COLUMNS_IF_SET]
    return query.with_only_columns(*shown).order_by(*(
        [columns.sent_at, columns.type, columns.id] if kind is ListKind.QUEUE else [columns.id]
    ))


async def list_rows(db: Database, actor: Actor, kind: ListKind, filters: ListFilter,
                    limit: int | None = None) -> list[dict]:
    """The rows of `kind` in list order, as contract JSON."""
    query = _in_list_order(kind, actor, filters, db.dialect)
    if limit:
        query = query.limit(limit)
    return await db.run_read(lambda connection: [row_json(row) for row in connection.execute(query)])


async def stream_rows(db: Database, actor: Actor, kind: ListKind, filters: ListFilter) -> AsyncGenerator[list[dict], None]:
    """The rows of `kind` in list order, as contract JSON, a batch at a time: a million rows take
    the memory of one batch (and one await each, not one a row)."""
    async with db.plain_read() as connection:
        result = await connection.stream(_in_list_order(kind, actor, filters, db.dialect).execution_options(yield_per=STREAM_BATCH))
        async for rows in result.partitions():
            yield [row_json(row) for row in rows]
