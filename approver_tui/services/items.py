"""Item references and loading items as the rules see them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from itertools import repeat
from typing import NamedTuple

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from approver_tui.domain import ErpState, ItemFacts, ItemType
from approver_tui.store.models import Commitment, CommitmentLine, Company, Invoice, Project, meta

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


async def meta_value(session: AsyncSession, key: str) -> str | None:
    """A per-database setting (demo flag, ERP profile, company-level ERP sync)."""
    return await session.scalar(select(meta.c.value).where(meta.c.key == key))


async def directory_synced(session: AsyncSession) -> bool:
    return await meta_value(session, "directory_erp_synced") == "1"


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


async def load_facts(session: AsyncSession, refs: list[ItemRef]) -> dict[ItemRef, ItemFacts]:
    """The items behind `refs` that exist, one query per item type."""
    wanted: dict[ItemType, list[int]] = {}
    for ref in refs:
        wanted.setdefault(ref.type, []).append(ref.id)
    facts: dict[ItemRef, ItemFacts] = {}
    for item_type, ids in wanted.items():
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            for item in await _LOADERS[item_type](session, chunk):
                facts[ItemRef(item_type, item.id)] = item
    return facts


async def _invoice_facts(session: AsyncSession, ids: list[int]) -> list[ItemFacts]:
    rows = await session.execute(
        select(Invoice, Project.name, Project.erp_synced, Commitment.number, Commitment.erp_state, Company.name)
        .join(Commitment, Invoice.commitment_id == Commitment.id)
        .join(Project, Invoice.project_id == Project.id)
        .join(Company, Commitment.vendor_id == Company.id)
        .where(Invoice.id.in_(ids))
    )
    return [
        ItemFacts(
            type=ItemType.INVOICE, id=inv.id, label=inv.number or f"invoice {inv.id}",
            project_id=inv.project_id, project_name=project_name, project_synced=project_synced,
            amount_cents=inv.amount_cents, invoice_number=inv.number, billing_date=inv.billing_date,
            commitment_label=commitment_number, commitment_synced=commitment_state == "synced",
            vendor_name=vendor_name, **_tracked(inv),
        )
        for inv, project_name, project_synced, commitment_number, commitment_state, vendor_name in rows
    ]


async def _commitment_facts(session: AsyncSession, ids: list[int]) -> list[ItemFacts]:
    has_cost_code = exists().where(
        CommitmentLine.commitment_id == Commitment.id, CommitmentLine.cost_code.is_not(None)
    )
    rows = await session.execute(
        select(Commitment, Project.name, Project.erp_synced, Company.name, Company.erp_state,
               has_cost_code.label("has_cost_code"))
        .join(Project, Commitment.project_id == Project.id)
        .join(Company, Commitment.vendor_id == Company.id)
        .where(Commitment.id.in_(ids))
    )
    return [
        ItemFacts(
            type=ItemType.COMMITMENT, id=c.id, label=c.number or f"commitment {c.id}",
            project_id=c.project_id, project_name=project_name, project_synced=project_synced,
            amount_cents=c.amount_cents, number=c.number, title=c.title, vendor_name=vendor_name,
            vendor_linked=vendor_state == "synced", has_cost_code=bool(cost_code),
            **_tracked(c),
        )
        for c, project_name, project_synced, vendor_name, vendor_state, cost_code in rows
    ]


async def _company_facts(session: AsyncSession, ids: list[int]) -> list[ItemFacts]:
    synced = await directory_synced(session)
    rows = await session.scalars(select(Company).where(Company.id.in_(ids)))
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
