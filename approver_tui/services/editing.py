"""Editing items: field parsing and validation, refused while an item is locked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select, update

from approver_tui.domain import Action, ErpProfile, ItemType, Status, reasons_against
from approver_tui.services.audit import AuditWriter
from approver_tui.services.access import not_found, visible_item
from approver_tui.services.items import TABLES, InputError, ItemRef
from approver_tui.services.text import checked_text
from approver_tui.services.workflow import ItemOutcome, conditional_update, describe_last_change
from approver_tui.services.workspace import Workspace
from approver_tui.store.models import Commitment, Invoice

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


def _cents(value: str) -> int:
    try:
        amount = Decimal(value.strip().replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{value!r} is not an amount; write it like 1250.00") from None
    if not amount.is_finite() or amount.as_tuple().exponent < -2:
        raise ValueError(f"{value!r} is not an amount with at most two decimals")
    if abs(amount) >= Decimal("1e13"):
        raise ValueError(f"{value!r} is too large")
    return int(amount * 100)


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


FieldKind = Literal["text", "amount", "date", "status"]


@dataclass(frozen=True)
class FieldSpec:
    column: str
    label: str
    kind: FieldKind = "text"
    limit: int = 0  # text: the most characters stored
    required: bool = False

    def parse(self, item_type: ItemType, value: str) -> object:
        """The column value for `value`; ValueError says what is wrong with it."""
        if self.kind == "amount":
            return _cents(value)
        if self.kind == "date":
            return _iso_date(value)
        if self.kind == "status":
            return Status.parse(item_type, value)
        return checked_text(value, self.limit, self.required)


EDITABLE: dict[ItemType, dict[str, FieldSpec]] = {
    ItemType.INVOICE: {
        "number": FieldSpec("number", "invoice number", limit=100),
        "billing_date": FieldSpec("billing_date", "billing date", "date"),
        "amount": FieldSpec("amount_cents", "amount", "amount"),
        "status": FieldSpec("status", "status", "status"),
    },
    ItemType.COMMITMENT: {
        "number": FieldSpec("number", "number", limit=100, required=True),
        "title": FieldSpec("title", "title", limit=300, required=True),
        "amount": FieldSpec("amount_cents", "amount", "amount"),
        "status": FieldSpec("status", "status", "status"),
    },
    ItemType.COMPANY: {
        "name": FieldSpec("name", "name", limit=200, required=True),
        "address": FieldSpec("address", "address", limit=200),
        "city": FieldSpec("city", "city", limit=100),
        "contact": FieldSpec("contact", "contact", limit=200),
        "email": FieldSpec("email", "email", limit=200),
        "status": FieldSpec("status", "status", "status"),
    },
}


@dataclass(frozen=True)
class FieldCheck:
    """What a form says under a field as it is typed."""

    problem: str | None = None  # the value cannot be saved
    note: str | None = None  # it can; e.g. how it stands against the ERP's length limit


def check_field(item_type: ItemType, name: str, value: str, profile: ErpProfile) -> FieldCheck:
    """The same judgement as saving (`parse_changes`), for one field, before anything is saved.
    A text over the ERP's limit may be saved (it is how such an item gets fixed step by step)
    but cannot be sent until it fits, so it is a note, not a problem."""
    spec = EDITABLE[item_type][name]
    try:
        parsed = spec.parse(item_type, value)
    except ValueError as error:
        return FieldCheck(problem=f"{spec.label.capitalize()} {error}.")
    limit = profile.text_limit(item_type, name)
    if limit is None:
        return FieldCheck()
    length = len(parsed or "")
    if length > limit:
        return FieldCheck(note=f"{length} of {limit} characters: {length - limit} too many for {profile.name}. "
                               "It saves, but cannot be sent until it fits.")
    return FieldCheck(note=f"{length} of {limit} characters {profile.name} takes.")


def _shown(value: object, spec: FieldSpec) -> str:
    if value is None:
        return "(empty)"
    if spec.column == "amount_cents":
        return f"{value / 100:.2f}"
    return repr(value)


def parse_changes(item_type: ItemType, changes: Mapping[str, str]) -> dict[str, object]:
    """Column values for `changes` (field name -> text); InputError names every bad field."""
    specs = EDITABLE[item_type]
    values: dict[str, object] = {}
    problems = []
    for name, raw in changes.items():
        spec = specs.get(name)
        if spec is None:
            problems.append(f"{name!r} is not an editable field of a {item_type.title} (editable: {', '.join(specs)})")
            continue
        try:
            values[spec.column] = spec.parse(item_type, raw)
        except ValueError as error:
            problems.append(f"{spec.label} {error}")
    if problems:
        raise InputError("; ".join(problems) + ".")
    if not values:
        raise InputError(f"Nothing to change: give FIELD=VALUE (fields: {', '.join(specs)}).")
    return values


async def _copy_renamed(session: AsyncSession, ref: ItemRef, values: dict[str, object]) -> None:
    """Commitments and invoices carry copies of their vendor's name and invoices of their
    commitment's number (store.models: the lists sort by them); an edit of either updates them."""
    if ref.type is ItemType.COMPANY and "name" in values:
        await session.execute(update(Commitment).where(Commitment.vendor_id == ref.id).values(vendor_name=values["name"]))
        await session.execute(update(Invoice).where(Invoice.commitment_id.in_(
            select(Commitment.id).where(Commitment.vendor_id == ref.id))).values(vendor_name=values["name"]))
    if ref.type is ItemType.COMMITMENT and "number" in values:
        await session.execute(update(Invoice).where(Invoice.commitment_id == ref.id)
                              .values(commitment_number=values["number"]))


async def edit_item(ws: Workspace, ref: ItemRef, changes: Mapping[str, str],
                    seen_version: int | None = None) -> ItemOutcome:
    """Apply field changes to one item if its ERP state and the actor's permission allow it."""
    values = parse_changes(ref.type, changes)
    async with ws.db.write() as session, AuditWriter(session, ws.actor.login, ws.os_user) as audit:
        await ws.refresh_actor(session)  # judged with the permissions as they are now
        item = await visible_item(session, ws, ref)
        if item is None:
            return ItemOutcome(ref, str(ref), False, "", "", [not_found(ref)])
        state = item.erp_state.value
        reasons = reasons_against(ws.actor, Action.EDIT, item, ws.profile)
        if not reasons and seen_version is not None and seen_version != item.version:
            reasons = [await describe_last_change(session, ref)]
        if not reasons:
            current = await session.get(TABLES[ref.type], ref.id)
            before = {column: getattr(current, column) for column in values}
            if not await conditional_update(session, ref.type, {ref.id: item.version}, values):
                reasons = [await describe_last_change(session, ref)]
            else:
                await _copy_renamed(session, ref, values)
        if reasons:
            outcome = ItemOutcome(ref, item.label, False, state, state, reasons)
            detail = " | ".join(r.message for r in reasons)
        else:
            session.expire(current)  # the update went around the loaded row
            changed = await visible_item(session, ws, ref)  # named as it is now: the edit may rename it
            outcome = ItemOutcome(ref, changed.label, True, state, state)
            detail = "; ".join(
                f"{name}: {_shown(before[spec.column], spec)} -> {_shown(values[spec.column], spec)}"
                for name, spec in EDITABLE[ref.type].items()
                if spec.column in values and before[spec.column] != values[spec.column]
            ) or "no field changed"
        await audit.record(item_type=ref.type.value, item_id=ref.id, action=Action.EDIT.value,
                           outcome="done" if outcome.done else "refused", from_state=state,
                           to_state=state, detail=detail, at=datetime.now(timezone.utc))
    return outcome


async def editable_values(ws: Workspace, ref: ItemRef) -> tuple[int, dict[str, str]] | None:
    """The item's version and its editable fields as text, or None when it cannot be seen."""
    async with ws.db.read() as session:
        if await visible_item(session, ws, ref) is None:
            return None
        row = await session.get(TABLES[ref.type], ref.id)
        values = {}
        for name, spec in EDITABLE[ref.type].items():
            value = getattr(row, spec.column)
            if spec.column == "amount_cents":
                value = f"{value / 100:.2f}"
            values[name] = "" if value is None else str(value)
        return row.version, values
