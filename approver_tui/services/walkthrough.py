"""The demo's guided walkthrough: which of its scenarios have really been done, read from the
audit trail (and, for the rejection notice, from whether its recipient has opened it). The
demo's own history, written when it was seeded, does not count."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import and_, func, select

from approver_tui.domain import Action, ErpState, ItemType
from approver_tui.services.items import ItemRef
from approver_tui.services.audit import SEED_OS_USER
from approver_tui.services.workspace import Workspace
from approver_tui.store.models import AuditRecord, Company, ErpExport, Invoice, OutboxMessage


class Step(Enum):
    REJECT = "reject"
    READ_NOTICE = "read_notice"
    FIX_AND_RESEND = "fix_and_resend"
    RETRIEVE_TWO = "retrieve_two"
    FIX_COMPANY = "fix_company"
    ACCEPT = "accept"


@dataclass(frozen=True)
class Progress:
    done: frozenset[Step]
    rejected_invoice: str | None  # the number of the first invoice rejected: the one steps 2-3 follow
    notice_reader: str | None  # who sent that invoice, so gets its rejection notice
    long_company: str | None  # a company whose name is too long for the active ERP, while one is left

    @property
    def next_step(self) -> Step | None:
        return next((step for step in Step if step not in self.done), None)


DONE = "done"


def _done(item_type: ItemType, *actions: Action):
    """Audit records of `actions` done on items of `item_type` by people (not by the seed)."""
    return (AuditRecord.item_type == item_type.value, AuditRecord.outcome == DONE,
            AuditRecord.os_user != SEED_OS_USER, AuditRecord.action.in_([action.value for action in actions]))


def _followed(records: list[AuditRecord], first: str, then: tuple[str, ...]) -> set[int]:
    """The items (ids) on which a done `first` was later followed by a done action in `then`."""
    started, followed = set(), set()
    for record in records:  # oldest first
        if record.action == first:
            started.add(record.item_id)
        elif record.action in then and record.item_id in started:
            followed.add(record.item_id)
    return followed


async def walkthrough_progress(ws: Workspace) -> Progress:
    done: set[Step] = set()
    async with ws.db.read() as session:
        invoice_records = list(await session.scalars(
            select(AuditRecord).where(*_done(ItemType.INVOICE, Action.REJECT, Action.EDIT, Action.RESEND))
            .order_by(AuditRecord.id)))
        rejects = [r for r in invoice_records if r.action == Action.REJECT.value]
        rejected_invoice = notice_reader = None
        if rejects:
            done.add(Step.REJECT)
            first = await session.get(Invoice, rejects[0].item_id)
            rejected_invoice = first.number if first else None
            notices = (await session.execute(
                select(OutboxMessage.to_login, OutboxMessage.read_at).where(
                    OutboxMessage.kind == "rejected", OutboxMessage.created_at >= rejects[0].at,
                    OutboxMessage.item_ref.in_([str(ItemRef(ItemType.INVOICE, r.item_id)) for r in rejects]),
                ).order_by(OutboxMessage.id))).all()
            notice_reader = notices[0].to_login if notices else None
            if any(read_at is not None for _, read_at in notices):
                done.add(Step.READ_NOTICE)
        edited_after_reject = _followed(invoice_records, Action.REJECT.value, (Action.EDIT.value,))
        resent_after_edit = _followed([r for r in invoice_records if r.item_id in edited_after_reject],
                                      Action.EDIT.value, (Action.RESEND.value,))
        if resent_after_edit:
            done.add(Step.FIX_AND_RESEND)

        retrieved_together = await session.scalar(
            select(func.count()).select_from(
                select(AuditRecord.actor, AuditRecord.at).where(*_done(ItemType.INVOICE, Action.RETRIEVE))
                .group_by(AuditRecord.actor, AuditRecord.at).having(func.count() >= 2).subquery()))
        if retrieved_together:
            done.add(Step.RETRIEVE_TWO)

        company_records = list(await session.scalars(
            select(AuditRecord).where(*_done(ItemType.COMPANY, Action.EDIT, Action.SEND, Action.RESEND))
            .order_by(AuditRecord.id)))
        if _followed(company_records, Action.EDIT.value, (Action.SEND.value, Action.RESEND.value)):
            done.add(Step.FIX_COMPANY)
        limit = ws.profile.text_limit(ItemType.COMPANY, "name")
        long_company = await session.scalar(
            select(Company.name).where(func.length(Company.name) > limit,
                                       Company.erp_state.in_([ErpState.NOT_SENT.value, ErpState.REJECTED.value]))
            .order_by(Company.id).limit(1))

        exported = await session.scalar(
            select(func.count()).select_from(AuditRecord).join(
                ErpExport, and_(ErpExport.item_type == AuditRecord.item_type, ErpExport.item_id == AuditRecord.item_id))
            .where(AuditRecord.os_user != SEED_OS_USER, AuditRecord.action == Action.ACCEPT.value,
                   AuditRecord.outcome == DONE, ErpExport.state == "delivered"))
        if exported:
            done.add(Step.ACCEPT)
    return Progress(frozenset(done), rejected_invoice, notice_reader, long_company)
