"""Export documents: what the ERP's import job receives for each accepted item.

The shape is versioned per item type and described by the JSON Schemas in `approver_tui/schemas/`
(README: "Export documents"). Amounts are decimal strings with two places, so no reader has to
guess at floating point; times are ISO 8601 in UTC; dates are ISO dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select

from approver_tui.domain import Actor, ErpProfile, ItemType
from approver_tui.services.connector import erp_id_for
from approver_tui.services.items import ItemRef
from approver_tui.store.models import (Commitment, CommitmentLine, Company, ErpCostCode, Invoice, Project, companies,
                                      projects)

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

SCHEMA_VERSION = 1
CURRENCY = "USD"


def schema_name(item_type: ItemType) -> str:
    return f"approver-tui/export/{item_type.value}"


def money(cents: int) -> str:
    return str(Decimal(cents).scaleb(-2).quantize(Decimal("0.01")))


def split_pro_rata(total: int, weights: Sequence[int]) -> list[int]:
    """`total` cents shared in proportion to `weights` (equally when they sum to nothing); the
    cents lost to rounding go to the largest remainders, so the shares always add up to `total`."""
    if not weights:
        return []
    if sum(weights) <= 0:
        weights = [1] * len(weights)
    whole = sum(weights)
    shares = [total * w // whole for w in weights]
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for i in by_remainder[: total - sum(shares)]:
        shares[i] += 1
    return shares


# Rows are read as plain labelled columns: a thousand documents built from ORM objects spent
# a tenth of a second making objects that are read once.
# (Named from the tables: a row class's attribute read when this module loads would load the ORM.)
PROJECT = (projects.c.id.label("project_id"), projects.c.number.label("project_number"),
           projects.c.name.label("project_name"), projects.c.erp_job_id.label("project_erp_job_id"))
VENDOR = (companies.c.id.label("vendor_id"), companies.c.name.label("vendor_name"),
          companies.c.erp_id.label("vendor_erp_id"))


def _project(row) -> dict:
    return {"id": row.project_id, "number": row.project_number, "name": row.project_name,
            "erp_job_id": row.project_erp_job_id}


def _vendor(row) -> dict:
    return {"id": row.vendor_id, "name": row.vendor_name, "erp_vendor_id": row.vendor_erp_id}


def _envelope(item_type: ItemType, item_id: int, profile: ErpProfile, row, accepted_by: Actor,
              accepted_at: datetime) -> dict:
    return {
        "schema": schema_name(item_type),
        "schema_version": SCHEMA_VERSION,
        "type": item_type.value,
        "id": item_id,
        "ref": f"{item_type.value}:{item_id}",
        "erp": profile.key,
        "erp_id": erp_id_for(profile, item_type.value, item_id),
        "sent_by": row.sent_by,
        "sent_at": row.sent_at.isoformat() if row.sent_at else None,
        "accepted_by": {"login": accepted_by.login, "name": accepted_by.name},
        "accepted_at": accepted_at.isoformat(),
    }


async def _lines(session: AsyncSession, commitment_ids: set[int]) -> dict[int, list]:
    lines: dict[int, list] = {cid: [] for cid in commitment_ids}
    rows = await session.execute(
        select(CommitmentLine.commitment_id, CommitmentLine.description, CommitmentLine.amount_cents,
               CommitmentLine.cost_code, ErpCostCode.description.label("cost_code_description"))
        .outerjoin(ErpCostCode, ErpCostCode.code == CommitmentLine.cost_code)
        .where(CommitmentLine.commitment_id.in_(commitment_ids))
        .order_by(CommitmentLine.commitment_id, CommitmentLine.id)
    )
    for line in rows:
        lines[line.commitment_id].append(line)
    return lines


def _line(number: int, line) -> dict:
    return {"line": number, "description": line.description, "cost_code": line.cost_code,
            "cost_code_description": line.cost_code_description}


async def _invoices(session: AsyncSession, ids: list[int], envelope) -> dict[ItemRef, dict]:
    rows = (await session.execute(
        select(Invoice.id, Invoice.number, Invoice.billing_date, Invoice.status, Invoice.amount_cents,
               Invoice.retainage_cents, Invoice.sent_by, Invoice.sent_at, Invoice.commitment_id,
               Commitment.number.label("commitment_number"), Commitment.title.label("commitment_title"),
               Commitment.erp_id.label("commitment_erp_id"), *PROJECT, *VENDOR)
        .join(Commitment, Invoice.commitment_id == Commitment.id)
        .join(Project, Invoice.project_id == Project.id)
        .join(Company, Commitment.vendor_id == Company.id)
        .where(Invoice.id.in_(ids))
    )).all()
    lines = await _lines(session, {invoice.commitment_id for invoice in rows})
    documents = {}
    for invoice in rows:
        own_lines = lines[invoice.commitment_id]
        weights = [line.amount_cents for line in own_lines]
        amounts = split_pro_rata(invoice.amount_cents, weights)
        retained = split_pro_rata(invoice.retainage_cents, weights)
        documents[ItemRef(ItemType.INVOICE, invoice.id)] = envelope(ItemType.INVOICE, invoice.id, invoice) | {
            "number": invoice.number,
            "billing_date": invoice.billing_date,
            "status": invoice.status,
            "currency": CURRENCY,
            "amount": money(invoice.amount_cents),
            "retainage": money(invoice.retainage_cents),
            "net_amount": money(invoice.amount_cents - invoice.retainage_cents),
            "project": _project(invoice),
            "vendor": _vendor(invoice),
            "commitment": {"id": invoice.commitment_id, "number": invoice.commitment_number,
                           "title": invoice.commitment_title, "erp_id": invoice.commitment_erp_id},
            "distribution": [
                _line(n, line) | {"amount": money(amount), "retainage": money(retainage)}
                for n, (line, amount, retainage) in enumerate(zip(own_lines, amounts, retained), 1)
            ],
        }
    return documents


async def _commitments(session: AsyncSession, ids: list[int], envelope) -> dict[ItemRef, dict]:
    rows = (await session.execute(
        select(Commitment.id, Commitment.number, Commitment.title, Commitment.kind, Commitment.status,
               Commitment.amount_cents, Commitment.retainage_basis_points, Commitment.sent_by,
               Commitment.sent_at, *PROJECT, *VENDOR)
        .join(Project, Commitment.project_id == Project.id)
        .join(Company, Commitment.vendor_id == Company.id)
        .where(Commitment.id.in_(ids))
    )).all()
    lines = await _lines(session, {commitment.id for commitment in rows})
    return {
        ItemRef(ItemType.COMMITMENT, commitment.id): envelope(ItemType.COMMITMENT, commitment.id, commitment) | {
            "number": commitment.number,
            "title": commitment.title,
            "kind": commitment.kind,
            "status": commitment.status,
            "currency": CURRENCY,
            "amount": money(commitment.amount_cents),
            "retainage_percent": money(commitment.retainage_basis_points),
            "project": _project(commitment),
            "vendor": _vendor(commitment),
            "lines": [_line(n, line) | {"amount": money(line.amount_cents)}
                      for n, line in enumerate(lines[commitment.id], 1)],
        }
        for commitment in rows
    }


async def _companies(session: AsyncSession, ids: list[int], envelope) -> dict[ItemRef, dict]:
    rows = await session.execute(
        select(Company.id, Company.name, Company.status, Company.address, Company.city, Company.contact,
               Company.email, Company.sent_by, Company.sent_at)
        .where(Company.id.in_(ids))
    )
    return {
        ItemRef(ItemType.COMPANY, company.id): envelope(ItemType.COMPANY, company.id, company) | {
            "name": company.name, "status": company.status, "address": company.address,
            "city": company.city, "contact": company.contact, "email": company.email,
        }
        for company in rows
    }


_BUILDERS = {ItemType.INVOICE: _invoices, ItemType.COMMITMENT: _commitments, ItemType.COMPANY: _companies}


async def export_documents(session: AsyncSession, refs: Sequence[ItemRef], profile: ErpProfile,
                           accepted_by: Actor, accepted_at: datetime) -> dict[ItemRef, dict]:
    """The export document of each item in `refs`, read inside the accept's transaction."""

    def envelope(item_type: ItemType, item_id: int, row) -> dict:
        return _envelope(item_type, item_id, profile, row, accepted_by, accepted_at)

    documents: dict[ItemRef, dict] = {}
    for item_type, build in _BUILDERS.items():
        ids = [ref.id for ref in refs if ref.type is item_type]
        for start in range(0, len(ids), 500):
            documents |= await build(session, ids[start:start + 500], envelope)
    return documents
