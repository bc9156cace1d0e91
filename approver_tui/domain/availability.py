"""The one place that answers: can this person do this action to this item, and if not, why?

Every reason is collected, never only the first, and each says what would make the action
available. The footer, the why-dialog, the CLI and the services all ask here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from approver_tui.domain.facts import Actor, ItemFacts
from approver_tui.domain.profiles import ErpProfile
from approver_tui.domain.vocabulary import Action, AdminTask, ErpState, ItemType, Status, ToolLevel

S = ErpState

# Which ERP states each action starts from, and where it leads.
ALLOWED_FROM: dict[Action, frozenset[ErpState]] = {
    Action.SEND: frozenset({S.NOT_SENT, S.RETRIEVED}),
    Action.RETRIEVE: frozenset({S.PENDING}),
    Action.RESEND: frozenset({S.REJECTED}),
    Action.ACCEPT: frozenset({S.PENDING, S.FAILED}),
    Action.REJECT: frozenset({S.PENDING, S.FAILED}),
    Action.EDIT: frozenset({S.NOT_SENT, S.RETRIEVED, S.REJECTED}),
}

_LEADS_TO: dict[Action, ErpState | None] = {
    Action.SEND: S.PENDING,
    Action.RETRIEVE: S.RETRIEVED,
    Action.RESEND: S.PENDING,
    Action.ACCEPT: S.SYNCED,  # or FAILED when the export fails
    Action.REJECT: S.REJECTED,
    Action.EDIT: None,  # stays where it is
}


def next_state(action: Action, current: ErpState) -> ErpState:
    target = _LEADS_TO[action]
    return current if target is None else target


@dataclass(frozen=True)
class Reason:
    """Why an action is unavailable: a stable code, a sentence for people, and the way out."""

    code: str
    message: str
    remedy: str

    def as_text(self) -> str:
        return f"{self.message} {self.remedy}"


_ADMIN_TASK_WORDS = {
    AdminTask.ERP_SYNC: "Importing the ERP's master data (jobs, vendors, cost codes)",
    AdminTask.VIEW_USERS: "Seeing who may do what",
    AdminTask.MANAGE_USERS: "Changing who may do what",
    AdminTask.DIGEST_SUBSCRIPTION: "Changing someone else's daily summary subscription",
}


def admin_task_reasons(actor: Actor, task: AdminTask, target_login: str | None = None) -> list[Reason]:
    """Every reason `actor` may not do `task` (an empty list: allowed). Directory admins manage
    the set-up and anyone who may read the Directory sees who may do what; everyone may see
    themselves and change their own daily summary subscription."""
    if target_login == actor.login and task in (AdminTask.VIEW_USERS, AdminTask.DIGEST_SUBSCRIPTION):
        return []
    needed = ToolLevel.READ_ONLY if task is AdminTask.VIEW_USERS else ToolLevel.ADMIN
    if actor.directory_level >= needed:
        return []
    return [Reason(
        "permission.directory_admin" if needed is ToolLevel.ADMIN else "permission.directory",
        f"{_ADMIN_TASK_WORDS[task]} needs {needed.label} on the Directory tool; you ({actor.login}) have "
        f"{actor.directory_level.label if actor.directory_level else 'no access'}.",
        f"Ask a Directory admin to do it, or to grant you {needed.label} on the Directory tool.",
    )]


def reasons_against(
    actor: Actor, action: Action, item: ItemFacts, profile: ErpProfile
) -> list[Reason]:
    """Every reason `actor` may not do `action` to `item`; an empty list means it is available."""
    reasons: list[Reason] = []
    if action in (Action.ACCEPT, Action.REJECT):
        reasons += _approver_reasons(actor, action, item)
    else:
        reasons += _admin_reasons(actor, action, item)
    state_reason = _state_reason(action, item)
    if state_reason:
        reasons.append(state_reason)
    if action in (Action.SEND, Action.RESEND):
        reasons += _sendability_reasons(item, profile)
    if action is Action.ACCEPT and not profile.takes(item.type):
        reasons.append(_unsupported_type(item, profile))
    return reasons


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else "an unknown date"


def _tool_name(item: ItemFacts) -> str:
    if item.type is ItemType.COMPANY:
        return "the company Directory tool"
    return f"the Commitments tool of project {item.project_name or item.project_id}"


def _admin_reasons(actor: Actor, action: Action, item: ItemFacts) -> list[Reason]:
    level = actor.tool_level(item)
    if level is ToolLevel.ADMIN:
        return []
    return [
        Reason(
            "permission.tool_admin",
            f"{action.label} needs Admin on {_tool_name(item)}; you have {level.label}.",
            "Ask a company administrator to grant you Admin there.",
        )
    ]


def _approver_reasons(actor: Actor, action: Action, item: ItemFacts) -> list[Reason]:
    reasons = []
    if not actor.approver:
        reasons.append(
            Reason(
                "permission.approver",
                f"{action.label} is for accounting approvers, and you are not one.",
                "Ask a company administrator for the accounting-approver privilege.",
            )
        )
    elif not actor.approves(item.type):
        covered = ", ".join(sorted(t.plural for t in actor.approver_types or ()))
        reasons.append(
            Reason(
                "permission.approver_type",
                f"Your accounting-approver privilege covers {covered}, not {item.type.plural}.",
                f"Ask a company administrator to extend it to {item.type.plural}.",
            )
        )
    if action is Action.ACCEPT and item.sent_by and item.sent_by == actor.login:
        reasons.append(
            Reason(
                "sod.own_item",
                "You sent this item to the ERP queue yourself; nobody may accept their own item.",
                "Another accounting approver has to accept it.",
            )
        )
    return reasons


def _state_reason(action: Action, item: ItemFacts) -> Reason | None:
    state = item.erp_state
    if state in ALLOWED_FROM[action]:
        return None
    sent = f"sent by {item.sent_by or 'someone'} on {_when(item.sent_at)}"
    decided = f"by {item.decided_by or 'someone'} on {_when(item.decided_at)}"
    if state is S.SYNCED and item.sent_by is None:  # never queued here: an ERP sync found it in the ERP
        return Reason(
            "state.synced",
            f"The ERP already has it: an ERP sync linked it to ERP record {item.erp_id or 'unknown'} "
            f"({decided}); the ERP owns it now.",
            "Nothing can change it here any more; corrections are made in the ERP.",
        )
    if state is S.SYNCED:
        return Reason(
            "state.synced",
            f"It was already accepted {decided} and exported (ERP id {item.erp_id or 'unknown'}); "
            "the ERP owns it now"
            + (": retrieval is only possible before a decision." if action is Action.RETRIEVE else "."),
            "Nothing can change it here any more; corrections are made in the ERP.",
        )
    if state is S.FAILED:
        return Reason(
            "state.failed",
            f"It was accepted {decided} but the export to the ERP failed"
            + (": retrieval is only possible before a decision." if action is Action.RETRIEVE else "."),
            "An accounting approver retries the export (Accept) or rejects it with a reason.",
        )
    if state is S.PENDING:
        what = {
            Action.EDIT: "It is locked while it waits in the ERP queue",
            Action.SEND: "It is already in the ERP queue",
            Action.RESEND: "It is already in the ERP queue",
        }[action]
        return Reason(
            "state.pending",
            f"{what} ({sent}).",
            "Retrieve it from the ERP queue first, or wait for an accounting approver's decision.",
        )
    if state is S.REJECTED:
        if action is Action.SEND:
            return Reason(
                "state.rejected",
                f"It was rejected {decided}; a rejected item goes back with Re-send, not Send.",
                "Fix what the reason asks for, then use Re-send to ERP.",
            )
        return Reason(
            "state.rejected",
            f"It was already rejected {decided}"
            + (": retrieval is only possible before a decision." if action is Action.RETRIEVE else "."),
            "The admin who sent it fixes it and re-sends it.",
        )
    # not_sent or retrieved
    if action is Action.RESEND:
        return Reason(
            "state.not_rejected",
            "Re-send is only for items an approver rejected; this one was not rejected.",
            "Use Send to ERP instead.",
        )
    if state is S.RETRIEVED:
        where = f"it was retrieved {decided}" if item.decided_by else "it was retrieved"
    else:
        where = "it was never sent"
    return Reason(
        "state.not_in_queue",
        f"It is not in the ERP queue: {where}.",
        "An admin has to send it to the ERP queue first.",
    )


def _unsupported_type(item: ItemFacts, profile: ErpProfile) -> Reason:
    return Reason(
        "erp.type_unsupported",
        f"{profile.name} does not take {item.type.plural}.",
        "Enter it in the ERP directly, or ask whether another ERP profile applies.",
    )


def _too_long(field: str, value: str, limit: int, profile: ErpProfile) -> Reason:
    return Reason(
        "field.too_long",
        f"Its {field} is {len(value)} characters; {profile.name} allows at most {limit}.",
        f"Edit the {field} down to {limit} characters or fewer.",
    )


def _missing(field: str, item: ItemFacts) -> Reason:
    return Reason(
        "field.missing",
        f"Its {field} is empty.",
        f"Edit the {item.type.title} and fill in the {field}.",
    )


def _wrong_status(item: ItemFacts, profile: ErpProfile) -> Reason:
    allowed = sorted(profile.sendable_statuses(item.type))
    needed = " or ".join(Status.label(item.type, code) for code in allowed)
    return Reason(
        "status.not_sendable",
        f"Its status is {Status.label(item.type, item.status)}; {profile.name} takes "
        f"{item.type.plural} that are {needed}.",
        f"Move the {item.type.title} to {needed} first.",
    )


def _project_not_synced(item: ItemFacts) -> Reason:
    return Reason(
        "project.not_synced",
        f"The ERP data of project {item.project_name or item.project_id} is not synced.",
        "Link the project to its ERP job and sync it (approver-tui erp sync), then try again.",
    )


def _sendability_reasons(item: ItemFacts, profile: ErpProfile) -> list[Reason]:
    if not profile.takes(item.type):
        return [_unsupported_type(item, profile)]
    reasons = []
    if item.status not in profile.sendable_statuses(item.type):
        reasons.append(_wrong_status(item, profile))
    if item.type is ItemType.INVOICE:
        if not item.commitment_synced:
            reasons.append(
                Reason(
                    "commitment.not_synced",
                    f"Its commitment {item.commitment_label} is not synced to the ERP yet.",
                    "Send the commitment to the ERP and have it accepted first.",
                )
            )
        if not item.project_synced:
            reasons.append(_project_not_synced(item))
        if item.amount_cents == 0:
            reasons.append(
                Reason(
                    "amount.zero",
                    f"Its amount is 0.00; {profile.name} does not take zero-amount invoices.",
                    "Correct the amount, or leave the invoice out of the ERP.",
                )
            )
        if not item.invoice_number:
            reasons.append(_missing("invoice number", item))
        if not item.billing_date:
            reasons.append(_missing("billing date", item))
    elif item.type is ItemType.COMMITMENT:
        if not item.vendor_linked:
            reasons.append(
                Reason(
                    "vendor.not_linked",
                    f"Its vendor {item.vendor_name} is not linked to an ERP vendor.",
                    "Send the company to the ERP and have it accepted, or link it with an ERP sync.",
                )
            )
        if not item.project_synced:
            reasons.append(_project_not_synced(item))
        if not item.has_cost_code:
            reasons.append(
                Reason(
                    "cost_code.missing",
                    "None of its lines carries an ERP cost code.",
                    "Give at least one line a cost code from the ERP.",
                )
            )
        for field, value in (("title", item.title), ("number", item.number)):
            limit = profile.text_limit(ItemType.COMMITMENT, field)
            if not value:
                reasons.append(_missing(field, item))
            elif len(value) > limit:
                reasons.append(_too_long(field, value, limit, profile))
    else:
        if not item.name:
            reasons.append(_missing("name", item))
        elif len(item.name) > (limit := profile.text_limit(ItemType.COMPANY, "name")):
            reasons.append(_too_long("name", item.name, limit, profile))
        if not item.address:
            reasons.append(_missing("address", item))
        if not item.directory_synced:
            reasons.append(
                Reason(
                    "directory.not_synced",
                    "The company-level ERP data (vendor master) is not synced.",
                    "Run an ERP sync (approver-tui erp sync) before sending companies.",
                )
            )
    return reasons
