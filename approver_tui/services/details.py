"""Everything about one item, for the detail screen."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from approver_tui.domain import ItemFacts, ItemType, Status
from approver_tui.services.audit import HistoryEntry, history_in
from approver_tui.services.access import visible_item
from approver_tui.services.items import TABLES, ItemRef
from approver_tui.services.workspace import Workspace
from approver_tui.store.models import CommitmentLine, Company


@dataclass(frozen=True)
class ItemDetails:
    item: ItemFacts
    fields: list[tuple[str, str]]
    lines: list[tuple[str, str, str]]  # description, amount, cost code
    history: list[HistoryEntry]
    erp_error: str | None
    last_reason: str | None


async def item_history(ws: Workspace, ref: ItemRef) -> tuple[ItemFacts, list[HistoryEntry]] | None:
    """The item as it is now and its audit trail, oldest first; None when the actor may not see it."""
    async with ws.db.read() as session:
        item = await visible_item(session, ws, ref)
        if item is None:
            return None
        return item, await history_in(session, ref.type.value, ref.id)


async def item_details(ws: Workspace, ref: ItemRef) -> ItemDetails | None:
    """None when the item does not exist or the actor may not see it. One read, one snapshot."""
    lines: list[tuple[str, str, str]] = []
    async with ws.db.read() as session:
        item = await visible_item(session, ws, ref)
        if item is None:
            return None
        row = await session.get(TABLES[ref.type], ref.id)
        if ref.type is ItemType.COMMITMENT:
            for line in await session.scalars(
                select(CommitmentLine).where(CommitmentLine.commitment_id == ref.id).order_by(CommitmentLine.id)
            ):
                lines.append((line.description, f"{line.amount_cents / 100:,.2f}", line.cost_code or "(none)"))
            vendor = await session.get(Company, row.vendor_id)
        entries = await history_in(session, ref.type.value, ref.id)
    money = f"{item.amount_cents / 100:,.2f}"
    fields: list[tuple[str, str]] = [("Reference", str(ref))]
    if ref.type is ItemType.INVOICE:
        fields += [("Invoice number", item.invoice_number or "(empty)"), ("Billing date", item.billing_date or "(empty)"),
                   ("Amount", money), ("Commitment", item.commitment_label or ""), ("Project", item.project_name or "")]
    elif ref.type is ItemType.COMMITMENT:
        fields += [("Number", item.number or ""), ("Title", item.title or ""), ("Type", row.kind.replace("_", " ")),
                   ("Amount", money), ("Project", item.project_name or ""), ("Vendor", vendor.name)]
    else:
        limit = ws.profile.company_name_limit
        fields += [("Name", item.name or ""), ("Name length", f"{len(item.name or '')} of {limit} allowed by {ws.profile.name}"),
                   ("Address", row.address or "(empty)"), ("City", row.city or ""), ("Contact", row.contact or ""),
                   ("Email", row.email or "")]
    fields += [
        ("Status", Status.label(item.type, item.status)), ("ERP state", item.erp_state.label), ("ERP id", item.erp_id or "—"),
        ("Sent by", f"{item.sent_by} on {item.sent_at:%Y-%m-%d %H:%M}" if item.sent_by and item.sent_at else "—"),
        ("Decided by", f"{item.decided_by} on {item.decided_at:%Y-%m-%d %H:%M}" if item.decided_by and item.decided_at else "—"),
        ("Version", str(item.version)),
    ]
    return ItemDetails(item, fields, lines, entries, row.erp_error, row.last_reason)
