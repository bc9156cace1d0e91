"""Two processes writing to one SQLite file at once: both finish, nothing is lost or locked out."""

from __future__ import annotations

import subprocess
import sys
import textwrap

WRITER = textwrap.dedent(
    """
    import asyncio, sys
    from approver_tui.services.editing import edit_item
    from approver_tui.services.items import ItemRef
    from approver_tui.services.settings import Settings
    from approver_tui.services.workspace import open_workspace

    async def main(db, ref, rounds):
        ws = await open_workspace(Settings(db=db, user="admin"))
        for n in range(rounds):
            outcome = await edit_item(ws, ItemRef.parse(ref), {"amount": f"{n + 1}.00"})
            assert outcome.done, outcome.reasons
        await ws.close()

    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
    """
)


def test_two_processes_write_at_once_without_database_locked(demo_db):
    rounds = 40
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(demo_db), ref, str(rounds)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for ref in ("invoice:33", "invoice:34")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    verify = subprocess.run(
        [sys.executable, "-m", "approver_tui", "--db", str(demo_db), "--user", "admin", "audit", "verify"],
        capture_output=True, text=True,
    )
    assert verify.returncode == 0, verify.stderr
    import sqlite3

    with sqlite3.connect(demo_db) as raw:
        edits = raw.execute("SELECT count(*) FROM audit_log WHERE action = 'edit' AND outcome = 'done' AND os_user != 'seed'").fetchone()[0]
        amounts = raw.execute("SELECT amount_cents FROM invoices WHERE id IN (33, 34)").fetchall()
    assert edits == 2 * rounds
    assert amounts == [(rounds * 100,), (rounds * 100,)]
