"""Windows of rows for the tabs: counted, sorted, filtered and paged in SQL, never all at once.

Pages are fetched by keyset (the sort key of the row next to them) whenever a neighbouring page is
known, so moving through 100,000 rows costs the same at the end as at the start.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Integer, String, func, literal, literal_column, select, tuple_, union_all
from sqlalchemy.sql import Select

from approver_tui.domain import Actor, ErpState, ItemType
from approver_tui.services.items import ItemRef
from approver_tui.services.listing import TABLE_OF, ListFilter, ListKind, item_conditions, shown_ids, typed_selects
from approver_tui.store.engine import Database
from approver_tui.store.matching import joined_ids
from approver_tui.store.models import NEVER_SENT, NEVER_SENT_AT, UtcDateTime, commitments, companies, invoices

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# Sortable columns and the value that stands in for NULL, so that keys compare in SQL.
SORTABLE: dict[str, object] = {
    "id": None, "label": "", "status": "", "erp_state": "", "project": "", "vendor": "",
    "amount_cents": -1, "sent_by": "", "sent_at": NEVER_SENT_AT, "billing_date": "", "title": "",
    "invoice_count": -1, "commitment": "", "reason": "", "erp_id": "", "contact": "",
}


@dataclass(frozen=True)
class View:
    """What a table shows: which rows, filtered and sorted how."""

    kind: ListKind
    filters: ListFilter = field(default_factory=ListFilter)
    sort: str = "id"
    descending: bool = False


def _sort_expression(sq, column: str):
    """The column as the list orders it. A column that is never NULL is left bare and a NULL text
    reads as '' written out in the SQL, so the sort indexes (store.models.sort_index) serve both."""
    stand_in = SORTABLE[column]
    if stand_in is None or not getattr(sq.c[column], "nullable", True):  # a NULL stand-in has no `nullable`
        return sq.c[column]
    if isinstance(stand_in, datetime):  # written as the queue's index has it (store.models.queue_index)
        return func.coalesce(sq.c[column], literal_column(NEVER_SENT, UtcDateTime))
    if isinstance(stand_in, int):
        return func.coalesce(sq.c[column], literal(stand_in, Integer))
    return func.coalesce(sq.c[column], literal_column("''", String))


def _keyed(rows: Select, view: View):
    """`rows` as a subquery, and the columns that order it uniquely. The item type only takes part
    for the queue (several types); elsewhere ordering by id alone walks the primary key."""
    sq = rows.subquery("listed")
    key = (sq.c.type, sq.c.id) if len(view.kind.item_types) > 1 else (sq.c.id,)
    if view.sort != "id":
        key = (_sort_expression(sq, view.sort), *key)
    return sq, key


def _window(rows: Select, view: View, *, ascending: bool, limit: int,
            after: tuple | None, before: tuple | None) -> Select:
    """The first `limit` of `rows` in the view's order (`ascending` or not), after or before a key."""
    sq, key = _keyed(rows, view)
    query = select(sq, key[0].label("_sort") if view.sort != "id" else literal(None).label("_sort"))
    if after is not None:
        query = query.where(tuple_(*key) > tuple_(*after) if not view.descending else tuple_(*key) < tuple_(*after))
    if before is not None:
        query = query.where(tuple_(*key) < tuple_(*before) if not view.descending else tuple_(*key) > tuple_(*before))
    return query.order_by(*_ordered(key, ascending)).limit(limit)


def _ordered(key: tuple, ascending: bool) -> list:
    return [k.asc() if ascending else k.desc() for k in key]


def sort_key(view: View, row: dict) -> tuple:
    """A row's position in `view`, as the keyset paging compares it."""
    key = (row["type"], row["id"]) if len(view.kind.item_types) > 1 else (row["id"],)
    if view.sort == "id":
        return key
    raw = row["_sort"]
    return (SORTABLE[view.sort] if raw is None else raw, *key)


@dataclass(frozen=True)
class Totals:
    """How many items of one type, and their amounts added up (companies have none: 0)."""

    count: int
    cents: int


def _amount_of(table):
    return func.coalesce(func.sum(table.c.amount_cents), 0) if "amount_cents" in table.c else literal(0)


def totals_select(item_type: ItemType, actor: Actor, view: View, dialect: str) -> Select:
    """One row: how many rows of `item_type` `view` shows, and their amounts' sum."""
    table = TABLE_OF[item_type]
    conditions = item_conditions(item_type, view.kind, actor, view.filters, dialect)
    return select(func.count(), _amount_of(table)).select_from(table).where(*conditions)


async def view_totals(db: Database, actor: Actor, view: View) -> dict[ItemType, Totals]:
    """Per item type, how many rows `view` shows and what their amounts add up to."""

    def read(connection: Connection) -> dict[ItemType, Totals]:
        totals = {}
        for item_type in view.kind.item_types:
            count, cents = connection.execute(totals_select(item_type, actor, view, db.dialect)).one()
            totals[item_type] = Totals(count, int(cents))
        return totals

    return await db.run_read(read)


async def totals_of(db: Database, refs: Iterable[ItemRef]) -> dict[ItemType, Totals]:
    """Per item type, how many of `refs` there are and what their amounts add up to (marks)."""
    wanted: dict[ItemType, list[int]] = {}
    for ref in refs:
        wanted.setdefault(ref.type, []).append(ref.id)

    def read(connection: Connection) -> dict[ItemType, Totals]:
        totals = {}
        for item_type, ids in sorted(wanted.items()):
            table = TABLE_OF[item_type]
            count = cents = 0
            for start in range(0, len(ids), 5000):
                found, amount = connection.execute(
                    select(func.count(), _amount_of(table)).where(table.c.id.in_(ids[start:start + 5000]))).one()
                count, cents = count + found, cents + int(amount)
            totals[item_type] = Totals(count, cents)
        return totals

    return await db.run_read(read)


# The columns that name a record: a person reads them to know which item a row is, so a table
# sizes them to the longest value there is, not to the page on screen.
IDENTIFIERS: dict[ItemType, dict[str, object]] = {
    ItemType.INVOICE: {"label": invoices.c.number},
    ItemType.COMMITMENT: {"label": commitments.c.number},
    ItemType.COMPANY: {"label": companies.c.name},
}


async def longest_identifiers(db: Database, actor: Actor, view: View) -> dict[str, str]:
    """For each identifier column of `view` (its rows as the actor sees them, before any typed
    filter), its longest value; the invoice list also names each invoice's commitment."""
    base = ListFilter(commitment_id=view.filters.commitment_id)
    wanted = [(key, column, item_conditions(item_type, view.kind, actor, base, db.dialect))
              for item_type in view.kind.item_types for key, column in IDENTIFIERS[item_type].items()]
    if view.kind is ListKind.INVOICES:
        wanted.append(("commitment", commitments.c.number,
                       item_conditions(ItemType.COMMITMENT, ListKind.COMMITMENTS, actor, ListFilter(), db.dialect)))

    def read(connection: Connection) -> dict[str, str]:
        longest: dict[str, str] = {}
        for key, column, conditions in wanted:
            value = connection.scalar(select(column).where(*conditions).order_by(func.length(column).desc()).limit(1))
            if value and len(value) > len(longest.get(key, "")):
                longest[key] = value
        return longest

    return await db.run_read(read)


async def count_rows(db: Database, actor: Actor, view: View) -> int:
    counts = []
    for item_type in view.kind.item_types:
        id_column, conditions = shown_ids(item_type, view.kind, actor, view.filters, db.dialect)
        counts.append(select(func.count()).select_from(id_column.table).where(*conditions))
    return await db.run_read(lambda connection: sum(connection.scalar(count) or 0 for count in counts))


def screen_row(row) -> dict:
    """One row for the screen, its values typed (amounts in cents, times as datetimes, the ERP
    state as ErpState) until they are drawn; `_sort` is its sort key's first part."""
    data = dict(row._mapping)
    data["erp_state"] = ErpState(data["erp_state"])
    return data


async def fetch_page(db: Database, actor: Actor, view: View, *, limit: int,
                     after: tuple | None = None, before: tuple | None = None,
                     offset: int | None = None, from_end: bool = False) -> list[dict]:
    """`limit` rows following `after`, or preceding `before`, or the last ones (`from_end`),
    or at `offset` (a far jump with no known neighbour)."""
    forward = before is None and not from_end
    ascending = forward != view.descending
    parts = typed_selects(view.kind, actor, view.filters, db.dialect, in_send_order=view.sort == "sent_at")
    if len(parts) == 1:
        query = _window(parts[0], view, ascending=ascending, limit=limit, after=after, before=before)
    else:
        # Each type's own first rows, then the first of those: ordering the union itself has the
        # database read and sort every row of every type (the queue at 1M: 80-140 ms a page).
        wanted = limit + (offset or 0)
        merged = union_all(*(select(_window(part, view, ascending=ascending, limit=wanted, after=after,
                                            before=before).subquery()) for part in parts)).subquery("page")
        key = (merged.c.type, merged.c.id) if view.sort == "id" else (merged.c._sort, merged.c.type, merged.c.id)
        query = select(merged).order_by(*_ordered(key, ascending)).limit(limit)
    if offset:
        query = query.offset(offset)
    rows = await db.run_read(lambda connection: [screen_row(row) for row in connection.execute(query)])
    return rows if forward else rows[::-1]


async def refs_in_view(db: Database, actor: Actor, view: View,
                       among: set[ItemRef] | None = None) -> dict[ItemRef, None]:
    """The items `view` shows (limited to `among` when given), as the keys of a dict: marking
    them all into an empty dict of marks is then one copy."""
    wanted: dict[ItemType, list[int]] = {}
    for ref in among or ():
        wanted.setdefault(ref.type, []).append(ref.id)

    def read(connection: Connection) -> dict[ItemRef, None]:
        found: dict[ItemRef, None] = {}
        for item_type in view.kind.item_types:
            id_column, conditions = shown_ids(item_type, view.kind, actor, view.filters, db.dialect, repeats=True)
            query = select(joined_ids(id_column)).where(*conditions)
            ids = wanted.get(item_type, [])
            chunks = [query] if among is None else [
                query.where(id_column.in_(ids[start:start + 500])) for start in range(0, len(ids), 500)]
            for chunk in chunks:
                if joined := connection.scalar(chunk):
                    with _collector_paused():  # acyclic tuples: collections set off by making
                        # 86,000 of them would walk the whole heap several times over
                        found.update(dict.fromkeys(ItemRef.each(item_type, map(int, joined.split(",")))))
        return found

    return await db.run_read(read)


@contextmanager
def _collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
