"""SIGKILL at many moments of a bulk accept: every item stays whole. An export document never
exists for an item the database does not show as accepted; once any process has run again, every
accepted item has exactly its one document, its audit record and its state. On SQLite and on
PostgreSQL, with real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from tests.services.ledger import SCRIPT_ENV, approver_tui, exported, generated_company, illegal_steps, ledger

# When each kill lands, as a share of how long an unkilled accept of one batch takes: most of that
# is start-up, so the kills crowd towards the end, where the transaction and the deliveries run.
KILL_AT = [0.3, 0.6, 0.7, 0.75, 0.8, 0.84, 0.87, 0.9, 0.92, 0.94, 0.96, 0.98, 1.0, 1.05]
BATCH = 60


async def check_whole(db: str, export_dir, refs: list[str], *, resumed: bool) -> dict[str, int]:
    state, records = await ledger(db)
    documents = exported(export_dir)
    counts = {"accepted": 0, "awaiting_delivery": 0}
    for ref in refs:
        accepts = [r for r in records[ref] if r["action"] == "accept" and r["outcome"] == "done"]
        assert not illegal_steps(records[ref]), (ref, records[ref])
        if state[ref] == "pending":
            assert not accepts and ref not in documents, (ref, "pending but accepted or exported")
            continue
        assert state[ref] == "synced" and len(accepts) == 1, (ref, state[ref], records[ref])
        counts["accepted"] += 1
        if ref not in documents:
            assert not resumed, (ref, "accepted, and still no export document after a process ran again")
            counts["awaiting_delivery"] += 1
        else:
            assert documents[ref]["erp_id"] and documents[ref]["accepted_by"]["login"] == "approver"
    assert not set(documents) - {r for r in refs if state[r] == "synced"}, "a document for an item not accepted"
    return counts


def accept(db: str, refs: list[str], export_dir) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "approver_tui", "--db", db, "--user", "approver", "accept", *refs],
        env=SCRIPT_ENV | {"APPROVER_TUI_ERP_EXPORT_DIR": str(export_dir)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


async def test_sigkill_during_bulk_accepts_leaves_every_item_whole(empty_url, tmp_path):
    refs = generated_company(empty_url, invoices=20_000)
    assert len(refs) >= BATCH * (len(KILL_AT) + 1)
    export_dir = tmp_path / "export"
    started = time.monotonic()
    assert accept(empty_url, refs[:BATCH], export_dir).wait() == 0
    whole_run = time.monotonic() - started
    interrupted_deliveries = 0
    for n, share in enumerate(KILL_AT, start=1):
        batch = refs[n * BATCH:(n + 1) * BATCH]
        process = accept(empty_url, batch, export_dir)
        time.sleep(whole_run * share)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        before = await check_whole(empty_url, export_dir, refs, resumed=False)
        interrupted_deliveries += before["awaiting_delivery"] > 0
        # any command that opens the database delivers what the killed process left pending
        assert approver_tui(empty_url, "--user", "viewer", "list", "queue", export_dir=export_dir).returncode == 0
        await check_whole(empty_url, export_dir, refs, resumed=True)

    finished = approver_tui(empty_url, "--user", "approver", "accept", *refs, export_dir=export_dir)
    assert "Traceback" not in finished.stderr
    after = await check_whole(empty_url, export_dir, refs, resumed=True)
    assert after["accepted"] == len(refs)
    verify = approver_tui(empty_url, "--user", "approver", "audit", "verify")
    assert verify.returncode == 0, verify.stderr
    print(f"kills that left deliveries to resume: {interrupted_deliveries} of {len(KILL_AT)}")
