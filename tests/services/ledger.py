"""Helpers for the many-process tests: a generated company with items waiting in the queue, and
the invariants every item must keep whatever the timing (tests/services/test_contested.py,
tests/services/test_crash_safety.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from approver_tui.domain import Action, ErpState, next_state

SCRIPT_ENV = {k: v for k, v in os.environ.items() if not k.startswith("APPROVER_TUI_")} | {
    "APPROVER_TUI_CONFIG": os.devnull}


def approver_tui(db: str, *args: str, export_dir: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    env = SCRIPT_ENV | ({"APPROVER_TUI_ERP_EXPORT_DIR": str(export_dir)} if export_dir else {})
    return subprocess.run([sys.executable, "-m", "approver_tui", "--db", db, *args],
                          capture_output=True, text=True, env=env, timeout=timeout)


def generated_company(db: str, invoices: int) -> list[str]:
    """Seed a generated company into `db`; the refs of the invoices waiting in the queue."""
    seeded = approver_tui(db, "seed", "scale", "--invoices", str(invoices), "--seed", "11")
    assert seeded.returncode == 0, seeded.stderr
    listed = approver_tui(db, "--user", "admin", "list", "queue", "--json")
    assert listed.returncode == 0, listed.stderr
    return [row["ref"] for row in json.loads(listed.stdout) if row["type"] == "invoice"]


# What the audit trail may show besides the user actions: a delivery that failed after an accept.
SYSTEM_STEPS = {("export", ErpState.SYNCED.value): ErpState.FAILED.value}


def illegal_steps(records: list[dict]) -> list[str]:
    """Every record of one item's history (oldest first) that is not a legal step of the state
    machine from where the item stood; empty when the history is a legal path."""
    problems = []
    state = None
    for record in records:
        action, before, after = record["action"], record["from_state"], record["to_state"]
        if state is not None and before != state:
            problems.append(f"{action} starts from {before} but the item was {state}")
        if record["outcome"] == "refused":
            if before != after:
                problems.append(f"refused {action} changed the state {before} -> {after}")
        elif (action, before) in SYSTEM_STEPS:
            if SYSTEM_STEPS[(action, before)] != after:
                problems.append(f"{action} from {before} went to {after}")
        elif action != "edit":
            expected = next_state(Action(action), ErpState(before))
            accept_failed = action == "accept" and after == ErpState.FAILED.value
            if expected is None or (expected.value != after and not accept_failed):
                problems.append(f"{action} from {before} went to {after}")
        state = after
    return problems


async def ledger(db: str) -> tuple[dict[str, str], dict[str, list[dict]]]:
    """Every invoice's ERP state and audit records (oldest first), read straight from the store."""
    from sqlalchemy import select

    from approver_tui.store.engine import open_database
    from approver_tui.store.models import AuditRecord, Invoice

    database = await open_database(db)
    try:
        async with database.read() as session:
            state = {f"invoice:{i}": s for i, s in await session.execute(select(Invoice.id, Invoice.erp_state))}
            records: dict[str, list[dict]] = defaultdict(list)
            for r in await session.scalars(
                    select(AuditRecord).where(AuditRecord.item_type == "invoice").order_by(AuditRecord.id)):
                records[f"invoice:{r.item_id}"].append(
                    {"action": r.action, "outcome": r.outcome, "from_state": r.from_state,
                     "to_state": r.to_state, "actor": r.actor, "detail": r.detail})
    finally:
        await database.close()
    return state, records


def exported(export_dir: Path) -> dict[str, dict]:
    """The export documents in the folder, by item ref (half-written temporary files excluded)."""
    if not export_dir.exists():
        return {}
    documents = {}
    for path in export_dir.glob("*.json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        documents[document["ref"]] = document
    return documents
