"""Two to eight processes deciding the same items at once: exactly one decision per item, the
others refused with who did what, no "database is locked", no deadlock, no traceback; every
item's history is a legal path of the state machine. On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from tests.services.ledger import SCRIPT_ENV, exported, generated_company, illegal_steps, ledger

CONTENDER = textwrap.dedent(
    """
    import asyncio, json, random, sys
    from pathlib import Path
    from approver_tui.domain import Action
    from approver_tui.services.items import ItemRef
    from approver_tui.services.settings import Settings
    from approver_tui.services.workspace import open_workspace
    from approver_tui.services.workflow import perform

    async def main(db, login, action, chunk, seed, export_dir, refs):
        ws = await open_workspace(Settings(db=db, user=login, erp_export_dir=Path(export_dir)))
        refs = [ItemRef.parse(r) for r in refs]
        random.Random(seed).shuffle(refs)
        done = refused = 0
        for start in range(0, len(refs), chunk):
            result = await perform(ws, Action(action), refs[start:start + chunk], reason="Contested in a test")
            done += len(result.done)
            refused += len(result.refused)
            for outcome in result.refused:
                assert outcome.reasons and all(r.message for r in outcome.reasons), outcome
        await ws.close()
        print(json.dumps({"done": done, "refused": refused}))

    db, login, action, chunk, seed, export_dir = sys.argv[1:7]
    asyncio.run(main(db, login, action, int(chunk), int(seed), export_dir, json.loads(sys.stdin.read())))
    """
)

# (login, action, refs per call): bulk and single, accept against reject against retrieve
CONTENDERS = [
    ("approver", "accept", 40), ("approver2", "reject", 25), ("admin", "retrieve", 30),
    ("approver", "accept", 1), ("approver2", "reject", 1), ("admin", "retrieve", 1),
    ("approver2", "accept", 7), ("approver", "reject", 13),
]


@pytest.mark.parametrize("processes", [2, 8])
async def test_contested_decisions_give_exactly_one_per_item(empty_url, tmp_path, processes):
    refs = generated_company(empty_url, invoices=4000)
    assert len(refs) >= 150, "the generated company should have a few hundred invoices waiting"
    export_dir = tmp_path / "export"
    started = [
        subprocess.Popen([sys.executable, "-c", CONTENDER, empty_url, login, action, str(chunk), str(n), str(export_dir)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=SCRIPT_ENV)
        for n, (login, action, chunk) in enumerate(CONTENDERS[:processes])
    ]
    for process in started:
        process.stdin.write(json.dumps(refs))
        process.stdin.close()
    reports = []
    for process in started:
        out = process.stdout.read()
        err = process.stderr.read()
        process.wait(timeout=300)
        assert process.returncode == 0, err
        assert "Traceback" not in err and "locked" not in err and "deadlock" not in err.lower(), err
        reports.append(json.loads(out))
    assert sum(r["done"] for r in reports) == len(refs), reports  # one decision per item, no more, no fewer

    state, records = await ledger(empty_url)
    documents = exported(export_dir)
    for ref in refs:
        history = records[ref]
        assert not illegal_steps(history), (ref, illegal_steps(history), history)
        decisions = [r for r in history[1:] if r["outcome"] == "done"]
        assert len(decisions) == 1, (ref, history)
        assert state[ref] == decisions[0]["to_state"]
        refusals = [r for r in history[1:] if r["outcome"] == "refused"]
        assert len(refusals) == processes - 1, (ref, history)
        for refusal in refusals:  # the loser is told who did what
            assert f"by {decisions[0]['actor']}" in refusal["detail"] or f"{decisions[0]['actor']} did" in refusal["detail"], refusal
        assert (ref in documents) == (state[ref] == "synced"), ref
