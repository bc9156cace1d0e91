"""The ERP queue actions. One call is one transaction; each item in it is judged on its own."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import case, select, tuple_, update

from approver_tui.domain import Action, ErpState, ItemFacts, Reason, next_state, reasons_against
from approver_tui.services import exports
from approver_tui.services.access import not_found, visible_facts
from approver_tui.services.audit import AuditWriter
from approver_tui.services.documents import export_documents
from approver_tui.services.connector import erp_id_for
from approver_tui.services.items import TABLES, InputError, ItemRef
from approver_tui.services.notifications import Outbox
from approver_tui.services.text import checked_text
from approver_tui.services.workspace import Workspace
from approver_tui.store.models import AuditRecord

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


REASON_LIMIT = 2000  # characters in a rejection reason; the mail to the sender carries it whole


@dataclass
class ItemOutcome:
    ref: ItemRef
    label: str
    done: bool
    from_state: str
    to_state: str
    reasons: list[Reason] = field(default_factory=list)
    note: str = ""  # e.g. the export error when an accept ended in `failed`


@dataclass
class BatchResult:
    action: Action
    outcomes: list[ItemOutcome]

    @property
    def done(self) -> list[ItemOutcome]:
        return [o for o in self.outcomes if o.done]

    @property
    def refused(self) -> list[ItemOutcome]:
        return [o for o in self.outcomes if not o.done]


async def describe_last_change(session: AsyncSession, ref: ItemRef) -> Reason:
    last = await session.scalar(
        select(AuditRecord)
        .where(AuditRecord.item_type == ref.type.value, AuditRecord.item_id == ref.id,
               AuditRecord.outcome == "done")
        .order_by(AuditRecord.id.desc())
        .limit(1)
    )
    who = f"{last.actor} did '{last.action}' on {last.at:%Y-%m-%d at %H:%M:%S} UTC ({last.from_state} -> {last.to_state})" if last else "someone changed it"
    return Reason(
        "conflict.changed",
        f"Someone else changed it a moment ago: {who}.",
        "Look at its current state and try again if it is still needed.",
    )


async def visible_items(ws: Workspace, refs: list[ItemRef]) -> dict[ItemRef, ItemFacts | None]:
    """Each item as it is now, or None when it does not exist or the actor may not see it."""
    return await ws.db.run_read(lambda reader: visible_facts(reader, ws, refs))


async def explain(ws: Workspace, action: Action, refs: list[ItemRef]) -> dict[ItemRef, tuple[ItemFacts | None, list[Reason]]]:
    """For each item: the item as seen now and every reason `action` is unavailable (none: available)."""
    return {
        ref: (item, reasons_against(ws.actor, action, item, ws.profile) if item else [not_found(ref)])
        for ref, item in (await visible_items(ws, refs)).items()
    }


async def availability(ws: Workspace, refs: list[ItemRef]) -> dict[ItemRef, dict[Action, list[Reason]]]:
    """Every action's reasons against each item (an empty list: available), from one load."""
    items = await visible_items(ws, refs)
    return {
        ref: {action: reasons_against(ws.actor, action, item, ws.profile) if item else [not_found(ref)]
              for action in Action}
        for ref, item in items.items()
    }


async def perform(
    ws: Workspace,
    action: Action,
    refs: list[ItemRef],
    *,
    reason: str | None = None,
    seen_versions: Mapping[ItemRef, int] | None = None,
) -> BatchResult:
    """Do `action` to every item in `refs` that allows it; refuse the rest with every reason.

    `seen_versions` are the versions the user was looking at: an item changed since then is
    refused rather than acted on blind.
    """
    if action is Action.EDIT:
        raise ValueError("use edit_item() for edits")
    if action is Action.REJECT:
        try:
            reason = checked_text(reason or "", REASON_LIMIT, required=True)
        except ValueError as problem:
            if not (reason or "").strip():
                raise InputError("A rejection needs a reason: say what the sender must fix.") from None
            raise InputError(f"The reason {problem}.") from None
    unique_refs = list(dict.fromkeys(refs))
    outcomes: list[ItemOutcome] = []
    claimed: list[exports.Claimed] = []
    async with ws.db.write() as session, AuditWriter(session, ws.actor.login, ws.os_user) as audit:
        await ws.refresh_actor(session)  # judged with the permissions as they are now
        outbox = Outbox(session, ws.actor.login)
        facts = await session.run_sync(visible_facts, ws, unique_refs)
        now = datetime.now(timezone.utc)
        judged: dict[ItemRef, tuple[ItemFacts | None, list[Reason]]] = {}
        for ref in unique_refs:
            item = facts[ref]
            if item is None:
                judged[ref] = (None, [not_found(ref)])
                continue
            reasons = reasons_against(ws.actor, action, item, ws.profile)
            if not reasons and seen_versions and seen_versions.get(ref, item.version) != item.version:
                reasons = [await describe_last_change(session, ref)]
            judged[ref] = (item, reasons)
        ready = [item for item, reasons in judged.values() if item is not None and not reasons]
        applied = await _apply(session, ws, action, ready, reason or "", now, outbox)
        if action is Action.ACCEPT:
            documents = await export_documents(session, list(applied), ws.profile, ws.actor, now)
            claimed = await exports.queue_exports(session, documents, now)
        for ref, (item, reasons) in judged.items():
            if item is None:
                outcomes.append(ItemOutcome(ref, str(ref), False, "", "", reasons))
                continue
            outcome = applied.get(ref)
            if outcome is None:  # refused, or changed by someone else between our read and write
                state = item.erp_state.value
                outcome = ItemOutcome(ref, item.label, False, state, state,
                                      reasons or [await describe_last_change(session, ref)])
            await audit.record(
                item_type=ref.type.value, item_id=ref.id, action=action.value,
                outcome="done" if outcome.done else "refused",
                from_state=outcome.from_state, to_state=outcome.to_state,
                detail=_audit_detail(action, outcome, reason or ""), at=now,
            )
            outcomes.append(outcome)
    if claimed:  # after the commit, outside the write lock
        failures = {d.ref: d.error for d in await exports.hand_over(ws, claimed) if d.error}
        for outcome in outcomes:
            if outcome.ref in failures:
                outcome.to_state, outcome.note = ErpState.FAILED.value, f"export failed: {failures[outcome.ref]}"
    return BatchResult(action, outcomes)


def _audit_detail(action: Action, outcome: ItemOutcome, reason: str) -> str:
    if not outcome.done:
        return " | ".join(r.message for r in outcome.reasons)
    if outcome.note:
        return outcome.note
    return reason if action is Action.REJECT else ""


async def conditional_update(session: AsyncSession, item_type, versions: dict[int, int], values: dict,
                             erp_ids: Mapping[int, str] | None = None) -> set[int]:
    """Apply `values` (and to each accepted item its own `erp_ids` entry) to the items whose
    version is still the one we judged; the ids it changed."""
    table = TABLES[item_type].__table__
    changed: set[int] = set()
    pairs = list(versions.items())
    for start in range(0, len(pairs), 400):
        chunk = pairs[start:start + 400]
        ids = [item_id for item_id, _ in chunk]
        # One UPDATE sets everything: on PostgreSQL a second pass writes every row again, and
        # each new row version goes into every index (a thousand accepts: 165 ms more).
        own = {"erp_id": case({item_id: erp_ids[item_id] for item_id in ids}, value=table.c.id)} if erp_ids else {}
        result = await session.execute(
            update(table)
            # the id list lets SQLite find the rows by primary key; the (id, version) pairs alone
            # make it read every row of the table (a second a thousand items at a million rows)
            .where(table.c.id.in_(ids), tuple_(table.c.id, table.c.version).in_(chunk))
            .values(version=table.c.version + 1, **values, **own)
            .returning(table.c.id)
        )
        changed |= set(result.scalars())
    return changed


async def _apply(session: AsyncSession, ws: Workspace, action: Action, items: list[ItemFacts],
                 reason: str, now: datetime, outbox: Outbox) -> dict[ItemRef, ItemOutcome]:
    """Make the change, one conditional UPDATE per item type and target state (accepted items
    also get their ERP ids). Items someone else changed first are left out of the answer."""
    values: dict = {}
    if action in (Action.SEND, Action.RESEND):
        values = dict(sent_by=ws.actor.login, sent_at=now, decided_by=None, decided_at=None, erp_error=None)
    elif action is Action.REJECT:
        values = dict(decided_by=ws.actor.login, decided_at=now, last_reason=reason, erp_error=None)
    elif action is Action.ACCEPT:
        values = dict(decided_by=ws.actor.login, decided_at=now, erp_error=None)
    elif action is Action.RETRIEVE:  # so a later refusal can say who pulled it back, and when
        values = dict(decided_by=ws.actor.login, decided_at=now)
    outcomes: dict[ItemRef, ItemOutcome] = {}
    by_type: dict = {}
    for item in items:
        by_type.setdefault(item.type, []).append(item)
    for item_type, group in by_type.items():
        targets = {item.id: next_state(action, item.erp_state) for item in group}
        for target in set(targets.values()):
            members = [item for item in group if targets[item.id] is target]
            erp_ids = ({i.id: erp_id_for(ws.profile, item_type.value, i.id) for i in members}
                       if action is Action.ACCEPT else None)
            changed = await conditional_update(session, item_type, {i.id: i.version for i in members},
                                                {"erp_state": target.value, **values}, erp_ids)
            for item in members:
                if item.id not in changed:
                    continue
                ref = ItemRef(item.type, item.id)
                outcomes[ref] = ItemOutcome(ref, item.label, True, item.erp_state.value, target.value)
                if action in (Action.SEND, Action.RESEND):
                    await outbox.sent_for_approval(replace(item, erp_state=target), resent=action is Action.RESEND)
                elif action is Action.REJECT:
                    await outbox.rejected(item, reason)
    return outcomes
