"""The availability rules, checked against tables written out from the rulebook (domain.md)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from approver_tui.domain import (
    PROFILES,
    Action,
    Actor,
    ErpState,
    ItemFacts,
    ItemType,
    Status,
    ToolLevel,
    next_state,
    reasons_against,
)

VISTA = PROFILES["vista"]
S = ErpState

# domain.md, "Transitions": the ERP states each action may start from.
STARTS_FROM = {
    Action.SEND: {S.NOT_SENT, S.RETRIEVED},
    Action.RETRIEVE: {S.PENDING},
    Action.ACCEPT: {S.PENDING, S.FAILED},
    Action.REJECT: {S.PENDING, S.FAILED},
    Action.EDIT: {S.NOT_SENT, S.RETRIEVED, S.REJECTED},
    Action.RESEND: {S.REJECTED},
}
LEADS_TO = {
    Action.SEND: S.PENDING, Action.RETRIEVE: S.RETRIEVED, Action.ACCEPT: S.SYNCED,
    Action.REJECT: S.REJECTED, Action.RESEND: S.PENDING,
}
ADMIN_ACTIONS = {Action.SEND, Action.RETRIEVE, Action.RESEND, Action.EDIT}
APPROVER_ACTIONS = {Action.ACCEPT, Action.REJECT}
# domain.md, "Item types" with the Vista profile: the business statuses that may be sent.
VISTA_SENDABLE = {
    ItemType.INVOICE: {"approved"},
    ItemType.COMMITMENT: {"approved", "complete"},
    ItemType.COMPANY: {"active"},
}

PROJECT = 7


def persona(name: str) -> Actor:
    """The permission profiles every case is tried with."""
    level = {"none": ToolLevel.NONE, "read_only": ToolLevel.READ_ONLY,
             "standard": ToolLevel.STANDARD, "admin": ToolLevel.ADMIN}.get(name, ToolLevel.READ_ONLY)
    return Actor(
        login=name,
        project_levels={PROJECT: level},
        directory_level=level,
        approver=name.startswith("approver"),
        approver_types=frozenset({ItemType.COMMITMENT}) if name == "approver_commitments_only" else None,
    )


PERSONAS = ["none", "read_only", "standard", "admin", "approver", "approver_commitments_only"]


def ready_item(item_type: ItemType, status: str, state: ErpState) -> ItemFacts:
    """An item that meets every precondition but the ones a case varies."""
    return ItemFacts(
        type=item_type, id=1, label="X-1", status=status, erp_state=state, project_id=PROJECT,
        project_name="Tower", sent_by="someone-else", sent_at=datetime(2026, 1, 2, tzinfo=timezone.utc),
        decided_by="pat", decided_at=datetime(2026, 1, 3, tzinfo=timezone.utc),
        amount_cents=100_00, invoice_number="INV-1", billing_date="2026-01-31",
        commitment_label="SC-1", number="SC-1", title="Concrete", vendor_name="Apex",
        name="Apex Concrete", address="1 Main St",
    )


def expected_categories(actor_name: str, action: Action, item: ItemFacts) -> set[str]:
    actor = persona(actor_name)
    expected = set()
    if action in ADMIN_ACTIONS and actor_name != "admin":
        expected.add("permission")
    if action in APPROVER_ACTIONS and not (
        actor.approver and (actor.approver_types is None or item.type in actor.approver_types)
    ):
        expected.add("permission")
    if item.erp_state not in STARTS_FROM[action]:
        expected.add("state")
    if action in (Action.SEND, Action.RESEND) and item.status not in VISTA_SENDABLE[item.type]:
        expected.add("status")
    return expected


@pytest.mark.parametrize("item_type", list(ItemType))
@pytest.mark.parametrize("action", list(Action))
def test_every_state_status_and_permission(action: Action, item_type: ItemType):
    mismatches = []
    cases = itertools.product(list(ErpState), Status.of(item_type), PERSONAS)
    for state, status, actor_name in cases:
        item = ready_item(item_type, status, state)
        reasons = reasons_against(persona(actor_name), action, item, VISTA)
        got = {r.code.split(".")[0] for r in reasons}
        want = expected_categories(actor_name, action, item)
        if got != want:
            mismatches.append(f"{actor_name} {action.value} {state.value}/{status}: got {sorted(got)} want {sorted(want)}")
        assert all(r.message and r.remedy for r in reasons)
    assert not mismatches, "\n".join(mismatches[:20])


def test_every_reason_is_listed_not_only_the_first():
    item = replace(
        ready_item(ItemType.INVOICE, "draft", S.PENDING),
        amount_cents=0, invoice_number=None, billing_date=None, commitment_synced=False,
        project_synced=False,
    )
    codes = [r.code for r in reasons_against(persona("read_only"), Action.SEND, item, VISTA)]
    assert codes == [
        "permission.tool_admin", "state.pending", "status.not_sendable", "commitment.not_synced",
        "project.not_synced", "amount.zero", "field.missing", "field.missing",
    ]


def test_an_approver_never_accepts_what_they_sent_but_may_reject_it():
    approver = Actor("sam", approver=True, project_levels={PROJECT: ToolLevel.ADMIN})
    item = replace(ready_item(ItemType.INVOICE, "approved", S.PENDING), sent_by="sam")
    assert [r.code for r in reasons_against(approver, Action.ACCEPT, item, VISTA)] == ["sod.own_item"]
    assert reasons_against(approver, Action.REJECT, item, VISTA) == []
    other = replace(item, sent_by="alex")
    assert reasons_against(approver, Action.ACCEPT, other, VISTA) == []


def test_retrieval_after_a_decision_names_who_decided_and_when():
    item = ready_item(ItemType.INVOICE, "approved", S.SYNCED)
    (reason,) = reasons_against(persona("admin"), Action.RETRIEVE, item, VISTA)
    assert "already accepted by pat on 2026-01-03" in reason.message
    assert "only possible before a decision" in reason.message


@pytest.mark.parametrize("profile_key", list(PROFILES))
def test_name_title_and_number_limits_per_profile(profile_key):
    profile = PROFILES[profile_key]
    admin = persona("admin")
    for length, refused in ((profile.company_name_limit, False), (profile.company_name_limit + 1, True)):
        company = replace(ready_item(ItemType.COMPANY, "active", S.NOT_SENT), name="N" * length)
        codes = [r.code for r in reasons_against(admin, Action.SEND, company, profile)]
        assert ("field.too_long" in codes) is refused
    for field, limit in (("title", profile.commitment_title_limit), ("number", profile.commitment_number_limit)):
        commitment = replace(ready_item(ItemType.COMMITMENT, "approved", S.NOT_SENT), **{field: "T" * (limit + 1)})
        reasons = reasons_against(admin, Action.SEND, commitment, profile)
        assert [r.code for r in reasons] == ["field.too_long"]
        assert f"{limit + 1} characters" in reasons[0].message and f"at most {limit}" in reasons[0].message


def test_spectrum_takes_no_subcontractor_invoices():
    spectrum = PROFILES["spectrum"]
    item = ready_item(ItemType.INVOICE, "approved", S.NOT_SENT)
    assert [r.code for r in reasons_against(persona("admin"), Action.SEND, item, spectrum)] == ["erp.type_unsupported"]
    queued = ready_item(ItemType.INVOICE, "approved", S.PENDING)
    assert [r.code for r in reasons_against(persona("approver"), Action.ACCEPT, queued, spectrum)] == ["erp.type_unsupported"]


def test_profiles_that_allow_more_invoice_statuses():
    item = ready_item(ItemType.INVOICE, "approved_as_noted", S.NOT_SENT)
    assert reasons_against(persona("admin"), Action.SEND, item, PROFILES["quickbooks-desktop"]) == []
    assert [r.code for r in reasons_against(persona("admin"), Action.SEND, item, VISTA)] == ["status.not_sendable"]


@pytest.mark.parametrize(
    ("item_type", "changes", "code"),
    [
        (ItemType.COMMITMENT, {"vendor_linked": False}, "vendor.not_linked"),
        (ItemType.COMMITMENT, {"project_synced": False}, "project.not_synced"),
        (ItemType.COMMITMENT, {"has_cost_code": False}, "cost_code.missing"),
        (ItemType.COMMITMENT, {"title": ""}, "field.missing"),
        (ItemType.COMPANY, {"directory_synced": False}, "directory.not_synced"),
        (ItemType.COMPANY, {"address": None}, "field.missing"),
        (ItemType.COMPANY, {"name": ""}, "field.missing"),
        (ItemType.INVOICE, {"commitment_synced": False}, "commitment.not_synced"),
        (ItemType.INVOICE, {"amount_cents": 0}, "amount.zero"),
    ],
)
def test_each_precondition_of_sending(item_type, changes, code):
    status = sorted(VISTA_SENDABLE[item_type])[0]
    item = replace(ready_item(item_type, status, S.REJECTED), **changes)
    for action in (Action.RESEND,):
        assert [r.code for r in reasons_against(persona("admin"), action, item, VISTA)] == [code]


def test_next_state_follows_the_transition_table():
    for action, target in LEADS_TO.items():
        for state in STARTS_FROM[action]:
            assert next_state(action, state) is target
    for state in STARTS_FROM[Action.EDIT]:
        assert next_state(Action.EDIT, state) is state


def test_statuses_parse_from_code_or_label():
    assert Status.parse(ItemType.INVOICE, "Approved as Noted") == "approved_as_noted"
    assert Status.parse(ItemType.INVOICE, "REVISE_RESUBMIT") == "revise_resubmit"
    with pytest.raises(ValueError, match="use one of"):
        Status.parse(ItemType.COMPANY, "approved")
