"""Loading the demo company from fixtures/, and generating large companies for benchmarks."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select, update

from approver_tui.resources import resource_dir
from approver_tui.domain import Action, ErpState, ItemFacts, ItemType, ToolLevel, next_state, profile_named
from approver_tui.services.audit import GENESIS, SEED_OS_USER, AuditWriter, record_hash
from approver_tui.services.connector import erp_id_for
from approver_tui.services.erp_sync import LAST_SYNC_KEY, parse_master_data, replace_cost_codes
from approver_tui.services.items import InputError
from approver_tui.services.notifications import Outbox
from approver_tui.services.workspace import storable_approver_types
from approver_tui.store.bulk import indexes_built_after, insert_rows
from approver_tui.store.engine import Database
from approver_tui.store.models import (
    AuditHead,
    AuditRecord,
    Commitment,
    CommitmentLine,
    Company,
    Invoice,
    Meta,
    Project,
    ProjectPermission,
    User,
)

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

MASTER_DATA_SAMPLE = resource_dir("fixtures", "erp-master-data.json") / "erp-master-data.json"


async def _refuse_if_not_empty(session: AsyncSession) -> None:
    if await session.scalar(select(func.count()).select_from(User)):
        raise InputError("This database already holds data: seed into a new file (--db NEW.db).")


async def _write_meta(session: AsyncSession, values: dict[str, str]) -> None:
    await session.execute(insert(Meta), [{"key": k, "value": v} for k, v in values.items()])


async def _write_users(session: AsyncSession, users: list[dict], project_ids: list[int]) -> None:
    for index, user in enumerate(users, start=1):
        await session.execute(insert(User).values(
            id=index, login=user["login"], name=user["name"], email=user["email"],
            directory_level=ToolLevel.parse(user["directory"]).value, approver=user["approver"],
            approver_types=storable_approver_types(frozenset(ItemType(t) for t in user.get("approver_types", []))),
            digest=user["digest"],
        ))
        level = ToolLevel.parse(user["projects"]).value
        if level:
            await session.execute(insert(ProjectPermission), [
                {"user_id": index, "project_id": pid, "level": level} for pid in project_ids
            ])


@dataclass
class _Replay:
    """An item's ERP columns after replaying its recorded events."""

    erp_state: str = ErpState.NOT_SENT.value
    version: int = 1
    sent_by: str | None = None
    sent_at: datetime | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    last_reason: str | None = None
    erp_error: str | None = None
    erp_id: str | None = None


async def load_demo(db: Database, path: Path | None = None, now: datetime | None = None) -> dict[str, int]:
    """Load the demo company; item states and the audit trail both come from each item's events,
    dated back from `now` (default: the present)."""
    data = json.loads((path or resource_dir("fixtures", "demo.json") / "demo.json").read_text(encoding="utf-8"))
    profile = profile_named(data["meta"]["erp_profile"])
    now = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    async with db.write() as session:
        await _refuse_if_not_empty(session)
        # the demo company last synced a day ago, before the ERP opened the job of its newest
        # project: `erp sync --from fixtures/erp-master-data.json` brings that job in
        await _write_meta(session, {
            "demo": "1", "erp_profile": profile.key,
            "directory_erp_synced": "1" if data["meta"]["directory_erp_synced"] else "0",
            LAST_SYNC_KEY: (now - timedelta(days=1)).isoformat(),
        })
        master = parse_master_data(json.loads(MASTER_DATA_SAMPLE.read_text(encoding="utf-8")), MASTER_DATA_SAMPLE.name)
        await replace_cost_codes(session, master.cost_codes)
        await session.execute(insert(Project), data["projects"])
        await _write_users(session, data["users"], [p["id"] for p in data["projects"]])

        project_names = {p["id"]: p["name"] for p in data["projects"]}
        commitment_projects = {c["id"]: c["project_id"] for c in data["commitments"]}
        timeline = []  # (moment, order, item type, row, event)
        for item_type, key in ((ItemType.COMPANY, "companies"), (ItemType.COMMITMENT, "commitments"),
                               (ItemType.INVOICE, "invoices")):
            for order, row in enumerate(data[key]):
                for step, event in enumerate(row.get("events", [])):
                    moment = now - timedelta(days=event[2]) + timedelta(minutes=order, seconds=step)
                    timeline.append((moment, item_type, row, event))
        timeline.sort(key=lambda entry: entry[0])

        replays: dict[tuple[ItemType, int], _Replay] = {}
        async with AuditWriter(session, "seed", SEED_OS_USER) as audit:
            for moment, item_type, row, (action_name, actor, _days, *text) in timeline:
                replay = replays.setdefault((item_type, row["id"]), _Replay())
                action = Action(action_name)
                before = replay.erp_state
                after = next_state(action, ErpState(before)).value
                detail = text[0] if text else ""
                if action in (Action.SEND, Action.RESEND):
                    replay.sent_by, replay.sent_at, replay.decided_by, replay.decided_at = actor, moment, None, None
                elif action in (Action.ACCEPT, Action.REJECT):
                    replay.decided_by, replay.decided_at = actor, moment
                if action is Action.REJECT:
                    replay.last_reason = detail
                if action is Action.ACCEPT:
                    if detail:  # an accept with a text is an export that failed
                        after, replay.erp_error = ErpState.FAILED.value, detail
                        detail = f"export failed: {detail}"
                    else:
                        replay.erp_id, replay.erp_error = erp_id_for(profile, item_type.value, row["id"]), None
                replay.erp_state = after
                replay.version += 1
                await audit.record(item_type=item_type.value, item_id=row["id"], action=action.value,
                                   outcome="done", from_state=before, to_state=after, detail=detail,
                                   at=moment, actor=actor)
                project_id = row.get("project_id") or commitment_projects.get(row.get("commitment_id"))
                label = row.get("number") or row.get("name") or str(row["id"])
                facts = ItemFacts(type=item_type, id=row["id"], label=label, status=row["status"],
                                  erp_state=ErpState(after), project_name=project_names.get(project_id),
                                  sent_by=replay.sent_by)
                outbox = Outbox(session, actor, at=moment, already_delivered=True)
                if action in (Action.SEND, Action.RESEND):
                    await outbox.sent_for_approval(facts, resent=action is Action.RESEND)
                elif action is Action.REJECT:
                    await outbox.rejected(facts, detail)

        def rows(item_type: ItemType, key: str, drop: tuple[str, ...]) -> list[dict]:
            return [
                {**{k: v for k, v in row.items() if k not in drop},
                 **vars(replays.get((item_type, row["id"]), _Replay()))}
                for row in data[key]
            ]

        await session.execute(insert(Company), rows(ItemType.COMPANY, "companies", ("events",)))
        company_names = {c["id"]: c["name"] for c in data["companies"]}
        commitments = {c["id"]: c for c in data["commitments"]}
        await session.execute(insert(Commitment), [
            {**row, "project_name": project_names[row["project_id"]], "vendor_name": company_names[row["vendor_id"]]}
            for row in rows(ItemType.COMMITMENT, "commitments", ("events", "lines"))
        ])
        await session.execute(insert(CommitmentLine), [
            {"commitment_id": c["id"], **line} for c in data["commitments"] for line in c["lines"]
        ])
        await session.execute(insert(Invoice), [
            {**row, "project_id": commitment["project_id"], "project_name": project_names[commitment["project_id"]],
             "vendor_name": company_names[commitment["vendor_id"]], "commitment_number": commitment["number"]}
            for row in rows(ItemType.INVOICE, "invoices", ("events",))
            for commitment in [commitments[row["commitment_id"]]]
        ])
    return {"projects": len(data["projects"]), "companies": len(data["companies"]),
            "commitments": len(data["commitments"]), "invoices": len(data["invoices"]),
            "users": len(data["users"])}


INVOICE_COLUMNS = ("id", "commitment_id", "project_id", "project_name", "vendor_name", "commitment_number", "number",
                   "billing_date", "amount_cents", "retainage_cents", "status", "erp_state", "version", "sent_by", "sent_at", "decided_by", "decided_at",
                   "last_reason", "erp_id")
AUDIT_COLUMNS = ("at", "actor", "os_user", "item_type", "item_id", "action", "outcome", "from_state", "to_state",
                 "detail", "prev_hash", "hash")
SCALE_CHUNK = 50_000  # invoices generated and written at a time: memory stays flat at any size


async def seed_scale(db: Database, invoices: int, seed: int = 1, now: datetime | None = None,
                     progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """A large company, the same for the same `seed` and `now` (default: the present): ~1 commitment
    per 10 invoices, 1 company per 50, 5% of invoices waiting in the queue (sent by admin, one audit
    record each), with the demo logins and roles. `progress(n)` is told of each n invoices written."""
    if invoices < 1:
        raise InputError("--invoices must be at least 1.")
    data = json.loads((resource_dir("fixtures", "demo.json") / "demo.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    now = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    profile = profile_named(data["meta"]["erp_profile"])
    n_companies = max(3, invoices // 50)
    n_commitments = max(2, invoices // 10)
    n_projects = max(3, invoices // 5000)
    words = ("North", "Summit", "Granite", "Harbor", "Cedar", "Pioneer", "Atlas", "Beacon", "Crescent",
             "Delta", "Falcon", "Liberty", "Meridian", "Orchard", "Ridge", "Valley")
    trades = ("Concrete", "Electrical", "Mechanical", "Drywall", "Roofing", "Glazing", "Steel",
              "Plumbing", "Excavation", "Painting", "Flooring", "Masonry")
    not_sent_statuses = ("draft", "under_review", "revise_resubmit", "pending_owner_approval",
                         "approved_as_noted", "approved", "approved", "approved")

    async with db.write() as session:
        await _refuse_if_not_empty(session)
        await _write_meta(session, {"demo": "1", "erp_profile": profile.key, "directory_erp_synced": "1"})
        project_names = [""] + [
            f"{rng.choice(words)} {rng.choice(('Tower', 'Campus', 'Plaza', 'Bridge', 'Clinic', 'School'))} {i}"
            for i in range(1, n_projects + 1)]
        await session.execute(insert(Project), [
            {"id": i, "number": f"{2000 + i}", "name": project_names[i],
             "erp_synced": i % 10 != 0, "erp_job_id": f"J-{2000 + i}" if i % 10 else None}
            for i in range(1, n_projects + 1)
        ])
        await _write_users(session, data["users"], list(range(1, n_projects + 1)))

        synced_at, decided_at = now - timedelta(days=90), now - timedelta(days=89)
        last_hash = GENESIS
        rejected_sent, rejected_decided = now - timedelta(days=9), now - timedelta(days=8)
        rejection = "Lien waiver missing for the previous period."
        random_ = rng.random  # randint costs several times more, a million times over
        async with indexes_built_after(session, Company.__table__, Commitment.__table__, Invoice.__table__,
                                       AuditRecord.__table__):
            company_names = [""] + [f"{rng.choice(words)} {rng.choice(trades)} {i}" for i in range(1, n_companies + 1)]
            await insert_rows(session, Company.__table__, (
                "id", "name", "address", "city", "contact", "email", "status",
                "erp_state", "version", "sent_by", "sent_at", "decided_by", "decided_at", "erp_id"), [
                (i, company_names[i], f"{i} Industrial Way", "Portland",
                 "Accounts Payable", f"ap{i}@vendor.example", "active",
                 *(("synced", 3, "admin", synced_at, "approver", decided_at, erp_id_for(profile, "company", i))
                   if i % 10 else ("not_sent", 1, None, None, None, None, None)))
                for i in range(1, n_companies + 1)
            ])
            commitment_projects = [0] + [rng.randint(1, n_projects) for _ in range(n_commitments)]
            commitment_vendors = [0] + [rng.randint(1, n_companies) for _ in range(n_commitments)]
            commitment_numbers = [""] + [f"SC-{i:06d}" for i in range(1, n_commitments + 1)]
            await insert_rows(session, Commitment.__table__, (
                "id", "project_id", "project_name", "vendor_id", "vendor_name", "number", "title", "kind", "status",
                "amount_cents", "retainage_basis_points", "erp_state", "version", "sent_by", "sent_at", "decided_by",
                "decided_at", "erp_id"), [
                (i, commitment_projects[i], project_names[commitment_projects[i]], commitment_vendors[i],
                 company_names[commitment_vendors[i]], commitment_numbers[i],
                 f"{rng.choice(trades)} package {i}", "subcontract", "approved", rng.randint(50_000, 5_000_000) * 100, 1000,
                 *(("synced", 3, "admin", synced_at, "approver", decided_at, erp_id_for(profile, "commitment", i))
                   if i % 20 else ("not_sent", 1, None, None, None, None, None)))
                for i in range(1, n_commitments + 1)
            ])
            await insert_rows(session, CommitmentLine.__table__, ("commitment_id", "description", "amount_cents", "cost_code"),
                              [(i, "Base scope", 0, "01-000") for i in range(1, n_commitments + 1)])

            for first in range(1, invoices + 1, SCALE_CHUNK):
                rows, audit_rows = [], []
                for i in range(first, min(first + SCALE_CHUNK, invoices + 1)):
                    commitment_id = int(random_() * n_commitments) + 1
                    roll = random_()
                    amount = int(random_() * 499_001 + 1_000) * 100
                    project_id = commitment_projects[commitment_id]
                    head = (i, commitment_id, project_id, project_names[project_id],
                            company_names[commitment_vendors[commitment_id]], commitment_numbers[commitment_id],
                            f"INV-{i:07d}",
                            f"2026-{int(random_() * 10) + 1:02d}-{int(random_() * 28) + 1:02d}", amount, amount // 10)
                    if roll < 0.05:
                        sent_at = now - timedelta(hours=int(random_() * 24 * 14) + 1)
                        rows.append((*head, "approved", "pending", 2, "admin", sent_at, None, None, None, None))
                        digest = record_hash(last_hash, sent_at, "admin", SEED_OS_USER, "invoice", i, "send",
                                             "done", "not_sent", "pending", "")
                        audit_rows.append((sent_at, "admin", SEED_OS_USER, "invoice", i, "send", "done",
                                           "not_sent", "pending", "", last_hash, digest))
                        last_hash = digest
                    elif roll < 0.45:
                        rows.append((*head, "approved", "synced", 3, "admin", synced_at, "approver", decided_at, None,
                                     erp_id_for(profile, "invoice", i)))
                    elif roll < 0.50:
                        rows.append((*head, "approved", "rejected", 3, "admin", rejected_sent, "approver",
                                     rejected_decided, rejection, None))
                    else:
                        status = not_sent_statuses[int(random_() * len(not_sent_statuses))]
                        rows.append((*head, status, "not_sent", 1, None, None, None, None, None, None))
                await insert_rows(session, Invoice.__table__, INVOICE_COLUMNS, rows)
                await insert_rows(session, AuditRecord.__table__, AUDIT_COLUMNS, audit_rows)
                if progress:
                    progress(len(rows))
        await session.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=last_hash))
    return {"projects": n_projects, "companies": n_companies, "commitments": n_commitments,
            "invoices": invoices, "users": len(data["users"])}
