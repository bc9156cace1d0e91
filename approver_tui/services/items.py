"""Item references and loading items as the rules see them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import exists, select

from approver_tui.domain import ErpState, ItemFacts, ItemType
from approver_tui.store.models import (Commitment, Company, Invoice, commitment_lines, commitments, companies, invoices,
                                      meta, projects)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.ext.asyncio import AsyncSession
    from sqlalchemy.orm import Session

MAX_ID = 2**63 - 1  # ids are 64-bit integers in both databases

TABLES = {ItemType.INVOICE: Invoice, ItemType.COMMITMENT: Commitment, ItemType.COMPANY: Company}


class InputError(Exception):
    """Input that cannot be used as given; the message says what was wrong and what to do."""


class ItemRef(NamedTuple):
    """One item. A tuple, so that marking a hundred thousand rows makes and hashes them in C."""

    type: ItemType
    id: int

    def __str__(self) -> str:
        return f"{self.type.value}:{self.id}"

    @classmethod
    def each(cls, item_type: ItemType, ids: Iterable[int]) -> Iterator[ItemRef]:
        """References to `ids` of one type, made in C (ItemRef(...) calls Python for each)."""
        return map(partial(tuple.__new__, cls), zip(repeat(item_type), ids))

    @classmethod
    def parse(cls, text: str) -> ItemRef:
        kind, sep, number = text.strip().partition(":")
        types = ", ".join(t.value for t in ItemType)
        if not sep:
            raise InputError(f"{text!r} is not an item reference: write TYPE:ID, e.g. invoice:12 ({types}).")
        try:
            item_type = ItemType(kind.lower())
        except ValueError:
            raise InputError(f"{text!r}: unknown item type {kind!r}; use one of {types}.") from None
        if not number.isascii() or not number.isdigit() or int(number) < 1:
            raise InputError(f"{text!r}: the id must be a positive whole number, e.g. {kind}:12.")
        if int(number) > MAX_ID:
            raise InputError(f"{text!r}: no {item_type.title} has an id that large (at most {MAX_ID}).")
        return cls(item_type, int(number))

    @classmethod
    def of_row(cls, row: dict) -> ItemRef:
        """The item a listing row (services.listing) shows."""
        return cls(ItemType(row["type"]), row["id"])


def meta_value(reader: Connection | Session, key: str) -> str | None:
    """A per-database setting (demo flag, ERP profile, company-level ERP sync); from a session,
    `await session.run_sync(meta_value, key)`."""
    return reader.scalar(select(meta.c.value).where(meta.c.key == key))


def _tracked(row) -> dict:
    return dict(
        status=row.status,
        erp_state=ErpState(row.erp_state),
        version=row.version,
        sent_by=row.sent_by,
        sent_at=row.sent_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        erp_id=row.erp_id,
    )


def load_facts(reader: Connection | Session, refs: list[ItemRef]) -> dict[ItemRef, ItemFacts]:
    """The items behind `refs` that exist, one query per item type, read as plain rows (the key
    bar asks this of the first row shown, before the ORM is loaded)."""
    wanted: dict[ItemType, list[int]] = {}
    for ref in refs:
        wanted.setdefault(ref.type, []).append(ref.id)
    facts: dict[ItemRef, ItemFacts] = {}
    for item_type, ids in wanted.items():
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            for item in _LOADERS[item_type](reader, chunk):
                facts[ItemRef(item_type, item.id)] = item
    return facts


# Named apart from the columns the items' tables copy from them (store.search)
PROJECT_FACTS = (projects.c.name.label("joined_project_name"), projects.c.erp_synced.label("joined_project_synced"))


def _invoice_facts(reader: Connection | Session, ids: list[int]) -> list[ItemFacts]:
    rows = reader.execute(
        select(invoices, *PROJECT_FACTS, commitments.c.number.label("joined_commitment_number"),
               commitments.c.erp_state.label("joined_commitment_state"), companies.c.name.label("joined_vendor_name"))
        .join(commitments, invoices.c.commitment_id == commitments.c.id)
        .join(projects, invoices.c.project_id == projects.c.id)
        .join(companies, commitments.c.vendor_id == companies.c.id)
        .where(invoices.c.id.in_(ids))
    )
    return [
        ItemFacts(
            type=ItemType.INVOICE, id=inv.id, label=inv.number or f"invoice {inv.id}",
            project_id=inv.project_id, project_name=inv.joined_project_name, project_synced=inv.joined_project_synced,
            amount_cents=inv.amount_cents, invoice_number=inv.number, billing_date=inv.billing_date,
            commitment_label=inv.joined_commitment_number, commitment_synced=inv.joined_commitment_state == "synced",
            vendor_name=inv.joined_vendor_name, **_tracked(inv),
        )
        for inv in rows
    ]


def _commitment_facts(reader: Connection | Session, ids: list[int]) -> list[ItemFacts]:
    lines = commitment_lines.c
    has_cost_code = exists().where(lines.commitment_id == commitments.c.id, lines.cost_code.is_not(None))
    rows = reader.execute(
        select(commitments, *PROJECT_FACTS, companies.c.name.label("joined_vendor_name"),
               companies.c.erp_state.label("joined_vendor_state"), has_cost_code.label("has_cost_code"))
        .join(projects, commitments.c.project_id == projects.c.id)
        .join(companies, commitments.c.vendor_id == companies.c.id)
        .where(commitments.c.id.in_(ids))
    )
    return [
        ItemFacts(
            type=ItemType.COMMITMENT, id=c.id, label=c.number or f"commitment {c.id}",
            project_id=c.project_id, project_name=c.joined_project_name, project_synced=c.joined_project_synced,
            amount_cents=c.amount_cents, number=c.number, title=c.title, vendor_name=c.joined_vendor_name,
            vendor_linked=c.joined_vendor_state == "synced", has_cost_code=bool(c.has_cost_code),
            **_tracked(c),
        )
        for c in rows
    ]


def _company_facts(reader: Connection | Session, ids: list[int]) -> list[ItemFacts]:
    synced = meta_value(reader, "directory_erp_synced") == "1"
    rows = reader.execute(select(companies).where(companies.c.id.in_(ids)))
    return [
        ItemFacts(
            type=ItemType.COMPANY, id=c.id, label=c.name or f"company {c.id}", name=c.name,
            address=c.address, directory_synced=synced, **_tracked(c),
        )
        for c in rows
    ]


_LOADERS = {
    ItemType.INVOICE: _invoice_facts,
    ItemType.COMMITMENT: _commitment_facts,
    ItemType.COMPANY: _company_facts,
}
