"""Every action x role x ERP state, through the services and through the CLI: what the service
does is exactly what the rules allow, checked against a permission table written out here from
domain.md (not computed by the code under test); refusals change nothing and are audited."""

from __future__ import annotations

import re

import pytest

from approver_tui.domain import Action, ErpState, ItemType
from approver_tui.services.details import item_history
from approver_tui.services.items import ItemRef
from approver_tui.services.listing import ListFilter, ListKind, list_rows
from approver_tui.services.workflow import explain, perform
from approver_tui.services.editing import edit_item
from tests.services.ledger import approver_tui

S = ErpState
STARTS_FROM = {
    Action.SEND: {S.NOT_SENT, S.RETRIEVED}, Action.RETRIEVE: {S.PENDING}, Action.RESEND: {S.REJECTED},
    Action.ACCEPT: {S.PENDING, S.FAILED}, Action.REJECT: {S.PENDING, S.FAILED},
    Action.EDIT: {S.NOT_SENT, S.RETRIEVED, S.REJECTED},
}
ADMIN_ACTIONS = {Action.SEND, Action.RETRIEVE, Action.RESEND, Action.EDIT}
I, C, D = ItemType.INVOICE, ItemType.COMMITMENT, ItemType.COMPANY
# The demo logins (contract.md, fixtures/demo.json): which item types each administers and decides.
ROLES = {
    "admin": {"administers": {I, C, D}, "decides": set()},
    "approver": {"administers": set(), "decides": {I, C, D}},
    "approver2": {"administers": {I, C}, "decides": {I, C, D}},
    "viewer": {"administers": set(), "decides": set()},
    "invoices-only": {"administers": set(), "decides": {I}},
}
PERMISSION_CODES = {"permission.tool_admin", "permission.approver", "permission.approver_type"}


async def one_item_per_type_and_state(ws) -> list[ItemRef]:
    refs = []
    for kind in (ListKind.INVOICES, ListKind.COMMITMENTS, ListKind.COMPANIES):
        first: dict[str, str] = {}
        for row in await list_rows(ws.db, ws.actor, kind, ListFilter()):
            first.setdefault(row["erp_state"], row["ref"])
        refs += [ItemRef.parse(ref) for ref in first.values()]
    return refs


def permitted(login: str, action: Action, item_type: ItemType) -> bool:
    role = ROLES[login]
    return item_type in (role["administers"] if action in ADMIN_ACTIONS else role["decides"])


@pytest.mark.parametrize("login", list(ROLES))
async def test_every_action_for_every_role_and_state_through_the_services(workspace, login):
    auditor = await workspace("approver")  # sees every item
    refs = await one_item_per_type_and_state(auditor)
    assert len(refs) >= 14  # every ERP state of invoices, most of commitments and companies
    before = {ref: item for ref, (item, _) in (await explain(auditor, Action.SEND, refs)).items()}
    actor = await workspace(login)
    for action in Action:
        answers = await explain(actor, action, refs)
        for ref, (item, reasons) in answers.items():
            codes = {r.code for r in reasons}
            original = before[ref]
            assert bool(codes & PERMISSION_CODES) != permitted(login, action, ref.type), (login, action, ref, reasons)
            assert ("state." in " ".join(codes)) != (original.erp_state in STARTS_FROM[action]), (login, action, ref, reasons)
            if action is Action.EDIT:
                outcome = await edit_item(actor, ref, {"status": original.status})
            else:
                outcome = (await perform(actor, action, [ref], reason="Checked in a test")).outcomes[0]
            assert outcome.done == (not reasons), (login, action, ref, reasons, outcome)
            _, history = await item_history(auditor, ref)
            last = history[-1]
            assert (last.actor, last.action, last.outcome) == (login, action.value, "done" if outcome.done else "refused")
            if not outcome.done:
                assert last.from_state == last.to_state == original.erp_state.value
                assert all(r.message in last.detail for r in reasons)
            else:
                # undo nothing: the next action is judged on the new state, as a person would meet it
                before = {r: i for r, (i, _) in (await explain(auditor, Action.SEND, refs)).items()}


def cli_outcomes(result) -> dict[str, str]:
    """ref -> 'done' or 'refused' from an action command's output."""
    found = {}
    for line in (result.stdout + result.stderr).splitlines():
        match = re.match(r"^(done|refused)\s+(\w+:\d+)", line)
        if match:
            found[match.group(2)] = match.group(1)
    return found


@pytest.mark.parametrize("login", list(ROLES))
async def test_every_action_for_every_role_and_state_through_the_cli(workspace, demo_url, tmp_path, login):
    actor = await workspace(login)
    auditor = await workspace("approver")
    refs = await one_item_per_type_and_state(auditor)
    states = {ref: item.erp_state for ref, (item, _) in (await explain(auditor, Action.SEND, refs)).items()}
    for action in (Action.SEND, Action.RETRIEVE, Action.RESEND, Action.ACCEPT, Action.REJECT):
        answers = await explain(actor, action, refs)  # judged as the CLI's `why` would
        extra = ("--reason", "Checked in a test") if action is Action.REJECT else ()
        result = approver_tui(demo_url, "--user", login, action.value, *map(str, refs), *extra,
                              export_dir=tmp_path / "export")
        assert "Traceback" not in result.stderr
        outcomes = cli_outcomes(result)
        assert result.returncode == (1 if "refused" in outcomes.values() else 0)
        for ref, (_, reasons) in answers.items():
            assert outcomes[str(ref)] == ("refused" if reasons else "done"), (login, action, ref, result.stderr)
            if not permitted(login, action, ref.type):
                assert outcomes[str(ref)] == "refused"
                assert any(words in result.stderr for words in
                           ("needs Admin", "for accounting approvers", "accounting-approver privilege covers"))
    fresh = next(ref for ref in refs if ref.type is ItemType.INVOICE and states[ref] is S.NOT_SENT)
    edit = approver_tui(demo_url, "--user", login, "edit", str(fresh), "--set", "billing_date=2026-10-31")
    assert edit.returncode == (0 if permitted(login, Action.EDIT, ItemType.INVOICE) else 1), edit.stderr
