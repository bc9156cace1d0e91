"""The seed documents' flows, against the demo company on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from decimal import Decimal

import pytest

from approver_tui.domain import Action
from approver_tui.services.audit import history, verify_chain
from approver_tui.services.editing import edit_item
from approver_tui.services.items import InputError, ItemRef
from approver_tui.services.listing import ListFilter, ListKind, list_rows
from approver_tui.services.notifications import read_notices
from approver_tui.services.workflow import explain, perform
from tests.conftest import unseal


async def ref_of(ws, kind: str, label: str) -> ItemRef:
    rows = [r for r in await list_rows(ws.db, ws.actor, ListKind(kind), ListFilter(search=label)) if r["label"] == label]
    assert len(rows) == 1, f"{label} not unique in {kind}"
    return ItemRef.parse(rows[0]["ref"])


async def state_of(ws, ref: ItemRef) -> dict:
    kind = ListKind(ref.type.plural)
    return next(r for r in await list_rows(ws.db, ws.actor, kind, ListFilter()) if r["ref"] == str(ref))


async def test_reject_then_fix_and_resend_an_invoice(workspace):
    admin, approver = await workspace("admin"), await workspace("approver")
    ref = await ref_of(admin, "invoices", "INV-2211")
    assert (await state_of(admin, ref))["erp_state"] == "pending"

    with pytest.raises(InputError):
        await perform(approver, Action.REJECT, [ref], reason="   ")
    result = await perform(approver, Action.REJECT, [ref], reason="  Lien waiver missing.  ")
    assert [o.to_state for o in result.done] == ["rejected"]
    row = await state_of(admin, ref)
    assert (row["erp_state"], row["reason"]) == ("rejected", "Lien waiver missing.")

    mail = (await read_notices(admin, limit=1))[0]
    assert mail.kind == "rejected" and "Lien waiver missing." in mail.body and str(ref) in mail.body
    assert (await read_notices(admin, limit=1))[0].read_at is not None  # shown once: read

    assert (await perform(admin, Action.SEND, [ref])).refused[0].reasons[0].code == "state.rejected"
    edited = await edit_item(admin, ref, {"amount": "1999.50"})
    assert edited.done
    result = await perform(admin, Action.RESEND, [ref])
    assert [o.to_state for o in result.done] == ["pending"]
    to_approvers = await read_notices(approver, limit=1)
    assert to_approvers[0].kind == "resent" and str(ref) in to_approvers[0].body

    actions = [(e.action, e.outcome) for e in await history(admin.db, "invoice", ref.id)]
    assert actions[-4:] == [("reject", "done"), ("send", "refused"), ("edit", "done"), ("resend", "done")]


async def test_bulk_retrieve_before_acceptance_judges_each_item(workspace):
    admin = await workspace("admin")
    pending = [await ref_of(admin, "invoices", label) for label in ("INV-2211", "INV-2212", "INV-2213")]
    synced = await ref_of(admin, "invoices", "INV-2201")
    result = await perform(admin, Action.RETRIEVE, [*pending, synced, pending[0]])
    assert [str(o.ref) for o in result.done] == [str(r) for r in pending]
    (refused,) = result.refused
    assert refused.ref == synced
    assert "already accepted by approver on" in refused.reasons[0].message
    for ref in pending:
        assert (await state_of(admin, ref))["erp_state"] == "retrieved"
    # retrieved items are editable again and go back with Send
    assert (await edit_item(admin, pending[0], {"billing_date": "2026-11-01"})).done
    assert (await perform(admin, Action.SEND, [pending[0]])).done


async def test_retrieve_is_refused_after_a_decision(workspace):
    admin, approver = await workspace("admin"), await workspace("approver")
    ref = await ref_of(admin, "invoices", "INV-2214")
    assert (await perform(approver, Action.ACCEPT, [ref])).done
    (refused,) = (await perform(admin, Action.RETRIEVE, [ref])).refused
    assert refused.reasons[0].code == "state.synced"
    assert "accepted by approver" in refused.reasons[0].message


async def test_company_with_a_too_long_name_is_fixed_and_resent(workspace):
    admin, approver = await workspace("admin"), await workspace("approver")
    company = await ref_of(admin, "companies", "Meridian Waterproofing")
    long_name = "Meridian Waterproofing, Below-Grade Membranes & Building Envelope Consultants Inc."
    assert (await edit_item(admin, company, {"name": long_name})).done
    (refused,) = (await perform(admin, Action.RESEND, [company])).refused
    assert [r.code for r in refused.reasons] == ["field.too_long"]
    assert f"{len(long_name)} characters" in refused.reasons[0].message and "at most 60" in refused.reasons[0].message

    assert (await edit_item(admin, company, {"name": "Meridian Waterproofing Inc."})).done
    assert (await perform(admin, Action.RESEND, [company])).done
    assert (await perform(approver, Action.ACCEPT, [company])).done
    row = await state_of(admin, company)
    assert row["erp_state"] == "synced" and row["erp_id"] == f"VST-VEN-{company.id:06d}"


async def test_locked_items_refuse_edits(workspace):
    admin = await workspace("admin")
    pending = await ref_of(admin, "invoices", "INV-2215")
    outcome = await edit_item(admin, pending, {"amount": "1.00"})
    assert not outcome.done and outcome.reasons[0].code == "state.pending"
    synced = await ref_of(admin, "invoices", "INV-2201")
    outcome = await edit_item(admin, synced, {"amount": "1.00"})
    assert not outcome.done and outcome.reasons[0].code == "state.synced"
    with pytest.raises(InputError, match="not an editable field"):
        await edit_item(admin, synced, {"colour": "red"})


async def test_export_failure_leaves_the_item_failed_and_a_later_accept_retries(workspace, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the export folder should be")
    broken = await workspace("approver", erp_export_dir=blocker / "exports")
    ref = await ref_of(broken, "invoices", "INV-2216")
    result = await perform(broken, Action.ACCEPT, [ref])
    assert [o.to_state for o in result.done] == ["failed"]
    row = await state_of(broken, ref)
    assert row["erp_state"] == "failed" and "could not write" in row["erp_error"]
    assert row in await list_rows(broken.db, broken.actor, ListKind.QUEUE, ListFilter())

    working = await workspace("approver")
    assert [o.to_state for o in (await perform(working, Action.ACCEPT, [ref])).done] == ["synced"]
    exported = json.loads((working.settings.erp_export_dir / f"invoice-{ref.id}.json").read_text())
    assert exported["ref"] == str(ref) and exported["erp_id"] == (await state_of(working, ref))["erp_id"]
    assert [(e.action, e.to_state) for e in await history(working.db, "invoice", ref.id)][-3:] == [
        ("accept", "synced"), ("export", "failed"), ("accept", "synced")]


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET detail = 'nothing to see' WHERE id = 5",
                                       "DELETE FROM audit_log WHERE id = 9"])
def test_the_database_refuses_to_change_or_delete_audit_records(sql, demo_url, statement):
    with pytest.raises((sqlite3.IntegrityError, RuntimeError), match="append-only"):
        sql(demo_url, statement)
    assert sql(demo_url, "SELECT count(*) FROM audit_log WHERE id IN (5, 9) AND detail != 'nothing to see'") == [["2"]]


async def test_a_record_forged_behind_the_triggers_is_named(workspace, sql, backend, demo_url):
    admin = await workspace("admin")
    await perform(admin, Action.RETRIEVE, [await ref_of(admin, "invoices", "INV-2217")])
    report = await verify_chain(admin.db)
    assert report.intact and report.records > 100

    unseal(sql, backend, demo_url)
    sql(demo_url, "UPDATE audit_log SET detail = 'nothing to see' WHERE id = 5")
    report = await verify_chain(admin.db)
    assert not report.intact and report.first_bad_id == 5


async def test_a_record_removed_behind_the_triggers_is_detected(workspace, sql, backend, demo_url):
    admin = await workspace("admin")
    unseal(sql, backend, demo_url)
    sql(demo_url, "DELETE FROM audit_log WHERE id = 9")
    report = await verify_chain(admin.db)
    assert report.first_bad_id == 10 and "removed" in report.problem


async def test_refused_actions_are_audited_with_their_reasons(workspace):
    viewer = await workspace("viewer")
    ref = await ref_of(viewer, "invoices", "INV-2233")
    await perform(viewer, Action.SEND, [ref])
    last = (await history(viewer.db, "invoice", ref.id))[-1]
    assert (last.actor, last.action, last.outcome, last.from_state, last.to_state) == ("viewer", "send", "refused", "not_sent", "not_sent")
    assert "needs Admin" in last.detail


async def test_two_sessions_racing_for_one_item_exactly_one_wins(workspace):
    first, second = await workspace("approver"), await workspace("approver2")
    ref = await ref_of(first, "invoices", "INV-2218")
    results = await asyncio.gather(
        perform(first, Action.ACCEPT, [ref]), perform(second, Action.REJECT, [ref], reason="Wrong period.")
    )
    assert sorted(len(r.done) for r in results) == [0, 1]
    loser = next(r for r in results if r.refused).refused[0]
    winner = next(r for r in results if r.done)
    assert loser.reasons[0].code in ("state.synced", "state.rejected")
    assert ("approver2" if winner.action is Action.REJECT else "approver") in loser.reasons[0].message


async def test_a_stale_screen_is_refused_with_who_changed_the_item(workspace):
    admin, approver = await workspace("admin"), await workspace("approver")
    ref = await ref_of(admin, "invoices", "INV-2212")
    seen = (await state_of(admin, ref))["version"]
    assert (await perform(admin, Action.RETRIEVE, [ref])).done
    assert (await perform(admin, Action.SEND, [ref])).done  # back in the queue, newer version
    (refused,) = (await perform(approver, Action.ACCEPT, [ref], seen_versions={ref: seen})).refused
    assert refused.reasons[0].code == "conflict.changed"
    assert "admin did 'send'" in refused.reasons[0].message


async def test_explain_lists_each_item_with_its_reasons(workspace):
    approver2 = await workspace("approver2")
    own = await ref_of(approver2, "invoices", "INV-2220")
    answers = await explain(approver2, Action.ACCEPT, [own, ItemRef.parse("invoice:9999")])
    assert [r.code for r in answers[own][1]] == ["sod.own_item"]
    assert answers[ItemRef.parse("invoice:9999")][0] is None


async def test_approvers_limited_to_a_type_cannot_decide_other_types(workspace):
    ivy = await workspace("invoices-only")
    company = await ref_of(ivy, "companies", "Summit Elevator Company")
    (refused,) = (await perform(ivy, Action.ACCEPT, [company])).refused
    assert refused.reasons[0].code == "permission.approver_type"


async def test_renamed_vendors_and_commitments_show_and_sort_by_their_new_names(workspace, demo_url, sql):
    """Lists read (and sort by) the vendor's name and the commitment's number copied onto each
    commitment and invoice: an edit of either reaches every copy."""
    from approver_tui.services.browse import View, fetch_page

    sql(demo_url, "UPDATE companies SET erp_state = 'not_sent' WHERE id = 4")  # the ERP never had it
    admin = await workspace("admin")
    assert (await edit_item(admin, ItemRef.parse("company:4"), {"name": "AAA Renamed Drywall"})).done
    assert (await edit_item(admin, ItemRef.parse("commitment:6"), {"number": "AAA-RENUMBERED"})).done

    commitments = await fetch_page(admin.db, admin.actor, View(ListKind.COMMITMENTS, sort="vendor"), limit=2)
    assert [(r["id"], r["vendor"]) for r in commitments] == [(6, "AAA Renamed Drywall"), (13, "AAA Renamed Drywall")]
    invoices = await fetch_page(admin.db, admin.actor, View(ListKind.INVOICES, sort="commitment"), limit=2)
    assert [(r["id"], r["commitment"], r["vendor"]) for r in invoices] == [
        (56, "AAA-RENUMBERED", "AAA Renamed Drywall"), (57, "AAA-RENUMBERED", "AAA Renamed Drywall")]
    by_vendor = await fetch_page(admin.db, admin.actor, View(ListKind.INVOICES, sort="vendor", descending=True), limit=500)
    assert {r["vendor"] for r in by_vendor[-2:]} == {"AAA Renamed Drywall"}
    assert not [r for r in by_vendor if r["vendor"] == "Delta Drywall & Framing"]


def query_plan(sql, db: str, backend: str, query, *dear: str) -> list[str]:
    """The plan `backend` makes for `query` on `db`, a text per step. On PostgreSQL the
    `dear` plan types (seqscan, sort, ...) are turned off first: on the demo's few rows it would
    rather use them than an index."""
    from sqlalchemy.dialects import postgresql, sqlite

    compiled = query.compile(dialect=sqlite.dialect() if backend == "sqlite" else postgresql.dialect(),
                             compile_kwargs={"literal_binds": True})
    settings = "".join(f"SET enable_{kind} = off; " for kind in dear)
    plan = sql(db, f"EXPLAIN QUERY PLAN {compiled}" if backend == "sqlite" else f"{settings}EXPLAIN {compiled}")
    return [" ".join(step) for step in plan]


async def test_the_queue_in_send_order_is_read_through_its_own_index(workspace, demo_url, sql, backend):
    """The ERP Queue tab's order: each type's page walks the index of queued rows in send order
    (store.models.queue_index) instead of sorting every queued row; forward and back agree."""
    from approver_tui.services.browse import View, _window, fetch_page, sort_key
    from approver_tui.services.listing import typed_selects

    approver = await workspace("approver")
    view = View(ListKind.QUEUE, sort="sent_at")
    invoices = typed_selects(view.kind, approver.actor, view.filters, backend, in_send_order=True)[0]
    window = _window(invoices, view, ascending=True, limit=5, after=None, before=None)
    # told sorting is dear, PostgreSQL must find an index that gives the order
    plan = query_plan(sql, demo_url, backend, window, "seqscan", "sort")
    steps = " ".join(plan)
    # rows sent at the same moment may still be put in order among themselves, as they come
    assert "ix_invoices_queue_sent_at" in steps and "TEMP B-TREE FOR ORDER BY" not in steps, steps
    assert not [step for step in plan if step.lstrip(" ->").startswith("Sort")], steps

    everything = await list_rows(approver.db, approver.actor, ListKind.QUEUE, ListFilter())
    first = await fetch_page(approver.db, approver.actor, view, limit=4)
    rest = await fetch_page(approver.db, approver.actor, view, limit=len(everything), after=sort_key(view, first[-1]))
    assert [(r["type"], r["id"]) for r in first + rest] == [(r["type"], r["id"]) for r in everything]
    back = await fetch_page(approver.db, approver.actor, view, limit=4, before=sort_key(view, rest[0]))
    assert back == first


async def test_the_queue_totals_read_an_index_alone(workspace, demo_url, sql, backend):
    """The count and sum of what waits in the queue (the title and the queue's status line, after
    every change) come from the ERP state index alone, not from a lookup of each queued row."""
    from approver_tui.domain import ItemType
    from approver_tui.services.browse import View, totals_select, view_totals

    approver = await workspace("approver")
    view = View(ListKind.QUEUE)
    if backend == "postgresql":  # as autovacuum leaves a table: its pages known to need no visit
        sql(demo_url, "VACUUM invoices")
    # told reading the table is dear, PostgreSQL must find an index that answers without it
    steps = " ".join(query_plan(sql, demo_url, backend, totals_select(ItemType.INVOICE, approver.actor, view, backend),
                                "seqscan", "bitmapscan"))
    assert "ix_invoices_erp_state_id_amount" in steps, steps
    assert ("COVERING INDEX" if backend == "sqlite" else "Index Only Scan") in steps, steps

    rows = await list_rows(approver.db, approver.actor, ListKind.QUEUE, ListFilter())
    totals = await view_totals(approver.db, approver.actor, view)
    for item_type, counted in totals.items():
        mine = [row for row in rows if row["type"] == item_type.value]
        assert counted.count == len(mine)
        assert counted.cents == sum(int(Decimal(row["amount"]) * 100) for row in mine if row["amount"])


async def test_a_filter_finds_text_in_any_column_through_the_text_index(workspace, demo_url, sql, backend):
    """Three characters or more are found through the database's text index (SQLite FTS5, kept by
    triggers; PostgreSQL pg_trgm on the joined columns), ignoring case, quotes and LIKE's wildcards
    taken as plain text; shorter text row by row. Counts agree with the rows."""
    from sqlalchemy import select

    from approver_tui.domain import ItemType
    from approver_tui.services.browse import View, count_rows, refs_in_view
    from approver_tui.services.listing import item_conditions, shown_ids
    from approver_tui.store.matching import joined_ids
    from approver_tui.store.models import Invoice
    from approver_tui.store.search import text_index

    sql(demo_url, "UPDATE companies SET erp_state = 'not_sent' WHERE id = 4")
    admin = await workspace("admin")
    assert (await edit_item(admin, ItemRef.parse("company:4"), {"name": "AAA Renamed Drywall"})).done
    sql(demo_url, """UPDATE invoices SET last_reason = 'Wrong "PO" 100%_done' WHERE id = 5""")  # behind the app

    async def found(kind: str, text: str) -> list[str]:
        """The rows found, after checking that counting and collecting them (mark-all) agree."""
        rows = await list_rows(admin.db, admin.actor, ListKind(kind), ListFilter(search=text))
        view = View(ListKind(kind), ListFilter(search=text))
        assert await count_rows(admin.db, admin.actor, view) == len(rows)
        refs = [row["ref"] for row in rows]
        assert sorted(map(str, await refs_in_view(admin.db, admin.actor, view))) == sorted(refs)
        asked = {ItemRef.parse(refs[0]), ItemRef.parse("invoice:999999")} if refs else set()
        assert [str(ref) for ref in await refs_in_view(admin.db, admin.actor, view, among=asked)] == refs[:1]
        return refs

    renamed = await found("invoices", "rENAMED drYWALL")
    assert renamed and renamed == await found("invoices", "AAA Renamed")
    assert await found("commitments", "renamed dry") == ["commitment:6", "commitment:13"]
    assert await found("invoices", 'wrong "po" 100%_') == ["invoice:5"]
    assert await found("invoices", "100%x") == [] and await found("invoices", "Drywall AAA") == []
    assert "invoice:5" in await found("invoices", "0%")  # two characters: read row by row
    assert await found("companies", "AAA Renamed Drywall") == ["company:4"]
    # in a project's name and a vendor's name of the same invoice: found, and counted, once
    assert "invoice:8" in await found("invoices", "ING")

    conditions = item_conditions(ItemType.INVOICE, ListKind.INVOICES, admin.actor, ListFilter(search="renamed"), backend)
    plan = query_plan(sql, demo_url, backend, select(Invoice.id).where(*conditions), "seqscan")
    if backend == "sqlite":
        assert any(f"SCAN {text_index('invoices').name} VIRTUAL TABLE" in step for step in plan)
    else:
        assert any("ix_invoices_search" in step for step in plan)
        # collecting (mark-all) reads indexes where they can tell, not every matching row of the
        # table: the row's own text through its own trigram index, the copied names through their
        # sort index
        sql(demo_url, "VACUUM invoices")  # as autovacuum leaves it: its pages known to need no visit
        id_column, conditions = shown_ids(ItemType.INVOICE, ListKind.INVOICES, admin.actor,
                                          ListFilter(search="renamed"), backend, repeats=True)
        steps = " ".join(query_plan(sql, demo_url, backend, select(joined_ids(id_column)).where(*conditions), "seqscan"))
        assert "ix_invoices_own_search" in steps and "ix_invoices_search" not in steps, steps
        assert "Index Only Scan using ix_invoices_vendor_name_id" in steps, steps
