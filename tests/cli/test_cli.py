"""The console script as users and scripts run it: exit codes, JSON shapes, one-line errors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from tests.cli.conftest import SCRIPT, run
from tests.conftest import unseal

def test_version_and_module_entry_point():
    result = run("--version")
    assert result.returncode == 0 and "approver-tui" in result.stdout
    module = subprocess.run([sys.executable, "-m", "approver_tui", "--version"], capture_output=True, text=True)
    assert module.stdout == result.stdout


def test_a_command_pauses_the_cycle_collector_for_its_imports_and_works_with_it_on(demo_db):
    """`main` pauses cycle collection through a command's imports (a fifth of `list queue --json`
    at a million invoices); the command's work runs with it on, as does a whole CLI process's."""
    probe = (
        "import gc, sys\n"
        "import approver_tui.services.people as people\n"
        "async def list_people(ws):\n"
        "    print('collecting' if gc.isenabled() else 'paused', flush=True)\n"
        "    return []\n"
        "people.list_people = list_people\n"
        "import approver_tui.tui.startup as startup\n"
        "resume = startup.startup_finished\n"
        "def startup_finished():\n"
        "    print('collecting' if gc.isenabled() else 'paused', flush=True)\n"
        "    resume()\n"
        "startup.startup_finished = startup_finished\n"
        "from approver_tui.cli.main import main\n"
        "sys.argv = ['approver-tui', '--db', sys.argv[1], '--user', 'viewer', 'users', 'list']\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(demo_db)], capture_output=True, text=True, timeout=60,
                            env={"APPROVER_TUI_CONFIG": "/dev/null", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == ["paused", "collecting"], (result.stdout, result.stderr)


def test_list_json_has_the_contract_fields(cli):
    result = cli("admin", "list", "queue", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len([r for r in rows if r["type"] == "invoice" and r["sent_by"] == "admin"]) >= 5
    for row in rows:
        assert {"ref", "type", "id", "label", "status", "erp_state", "project", "sent_by", "reason", "version"} <= row.keys()
        assert row["ref"] == f"{row['type']}:{row['id']}" and row["erp_state"] in ("pending", "failed")
        assert isinstance(row["version"], int)


def test_list_filters(cli):
    rejected = json.loads(cli("admin", "list", "invoices", "--json", "--erp-state", "rejected").stdout)
    assert rejected and all(r["erp_state"] == "rejected" and r["reason"] for r in rejected)
    drafts = json.loads(cli("admin", "list", "invoices", "--json", "--status", "Draft").stdout)
    assert drafts and all(r["status"] == "draft" for r in drafts)
    found = json.loads(cli("admin", "list", "companies", "--json", "--search", "meridian").stdout)
    assert [r["label"] for r in found] == ["Meridian Waterproofing"]
    bad = cli("admin", "list", "invoices", "--erp-state", "lost")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "not_sent" in bad.stderr


def test_actions_exit_1_when_any_item_is_refused_and_name_every_reason(cli):
    result = cli("admin", "retrieve", "invoice:11", "invoice:1")
    assert result.returncode == 1
    assert "done     invoice:11" in result.stdout
    assert "refused  invoice:1" in result.stderr and "only possible before a decision" in result.stderr
    assert cli("admin", "retrieve", "invoice:12").returncode == 0


def test_reject_requires_a_reason_and_the_history_records_it(cli):
    empty = cli("approver", "reject", "invoice:13", "--reason", "  ")
    assert empty.returncode == 2 and "needs a reason" in empty.stderr
    done = cli("approver", "reject", "invoice:13", "--reason", "Lien waiver missing")
    assert done.returncode == 0
    records = json.loads(cli("admin", "history", "invoice:13", "--json").stdout)
    assert records[-1] | {"at": None} == {
        "at": None, "actor": "approver", "os_user": records[-1]["os_user"], "action": "reject",
        "outcome": "done", "from_state": "pending", "to_state": "rejected", "detail": "Lien waiver missing",
    }
    assert [r["at"] for r in records] == sorted(r["at"] for r in records)


def test_why_exit_codes(cli):
    available = cli("admin", "why", "send", "invoice:33")
    assert available.returncode == 0 and "is available" in available.stdout
    unavailable = cli("viewer", "why", "send", "invoice:50")
    assert unavailable.returncode == 1
    assert "needs Admin" in unavailable.stdout and "Under Review" in unavailable.stdout
    assert unavailable.stdout.count("What would make it available") == 2


def test_edit_and_resend_a_rejected_company(cli):
    too_long = "X" * 61
    assert cli("admin", "edit", "company:15", "--set", f"name={too_long}").returncode == 0
    refused = cli("admin", "resend", "company:15")
    assert refused.returncode == 1 and "61 characters" in refused.stderr
    renamed = cli("admin", "edit", "company:15", "--set", "name=Meridian Waterproofing Inc.")
    assert renamed.returncode == 0 and "company:15  Meridian Waterproofing Inc." in renamed.stdout  # its new name
    assert cli("admin", "resend", "company:15").returncode == 0
    accepted = cli("approver", "accept", "company:15")
    assert accepted.returncode == 0 and "pending -> synced" in accepted.stdout


def test_audit_verify_names_a_record_forged_behind_the_triggers(cli, sql, backend, demo_url):
    assert cli("admin", "audit", "verify").returncode == 0
    unseal(sql, backend, demo_url)
    sql(demo_url, "UPDATE audit_log SET actor = 'mallory' WHERE id = 3")
    broken = cli("admin", "audit", "verify")
    assert broken.returncode == 1 and "record 3" in broken.stderr


def test_notify_list_shows_the_outbox(cli):
    cli("approver", "reject", "invoice:14", "--reason", "Wrong period")
    mail = json.loads(cli("admin", "notify", "list", "--json", "--mine").stdout)
    assert mail[0]["kind"] == "rejected" and "Wrong period" in mail[0]["body"] and mail[0]["item"] == "invoice:14"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("why", "send", "invoice-12"), "TYPE:ID"),
        (("why", "send", "bill:12"), "unknown item type"),
        (("retrieve", "invoice:x"), "positive whole number"),
        (("edit", "invoice:33", "--set", "amount"), "FIELD=VALUE"),
        (("edit", "invoice:33", "--set", "amount=abc"), "not an amount"),
        (("list", "invoices", "--status", "paid"), "use one of"),
    ],
)
def test_malformed_input_is_one_line_and_exit_2(cli, args, message):
    result = cli("admin", *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_broken_environment_is_one_line_and_exit_2(tmp_path, demo_db):
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE songs (title TEXT)")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    bad_config = tmp_path / "config.toml"
    bad_config.write_text("db = [unclosed")
    cases = [
        (("--db", str(tmp_path / "missing" / "x.db"), "list", "queue"), {}, "does not exist"),
        (("--db", str(foreign), "list", "queue"), {}, "another program"),
        (("--db", str(garbage), "list", "queue"), {}, "not a SQLite database"),
        (("--db", str(demo_db), "list", "queue"), {"APPROVER_TUI_CONFIG": str(bad_config)}, "not valid TOML"),
        (("--db", str(demo_db), "--config", str(tmp_path / "nope.toml"), "list", "queue"), {}, "does not exist"),
        (("--db", str(demo_db), "--user", "nobody", "list", "queue"), {}, "No directory user 'nobody'"),
        (("--db", str(demo_db), "--user", "admin", "list", "queue"), {"APPROVER_TUI_ERP_PROFILE": "sap"}, "unknown ERP profile"),
        (("--db", "mysql://x/y", "list", "queue"), {}, "Unsupported database"),
    ]
    for args, env, message in cases:
        result = run(*args, env=env)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_user_override_needs_a_demo_database_or_the_config(demo_db, tmp_path):
    with sqlite3.connect(demo_db) as raw:
        raw.execute("UPDATE meta SET value = '0' WHERE key = 'demo'")
    refused = run("--db", str(demo_db), "--user", "admin", "list", "queue")
    assert refused.returncode == 2 and "allow_user_override" in refused.stderr
    config = tmp_path / "config.toml"
    config.write_text("allow_user_override = true\n")
    allowed = run("--db", str(demo_db), "--user", "admin", "list", "queue", env={"APPROVER_TUI_CONFIG": str(config)})
    assert allowed.returncode == 0, allowed.stderr
    unknown_os_user = run("--db", str(demo_db), "list", "queue", env={"USER": "ghost", "LOGNAME": "ghost"})
    assert unknown_os_user.returncode == 2 and "'ghost' is not linked" in unknown_os_user.stderr


def test_os_login_decides_who_you_are(demo_db):
    with sqlite3.connect(demo_db) as raw:
        raw.execute("UPDATE meta SET value = '0' WHERE key = 'demo'")
        raw.execute("UPDATE users SET os_login = 'pat' WHERE login = 'approver'")
    result = run("--db", str(demo_db), "why", "accept", "invoice:11", env={"USER": "pat", "LOGNAME": "pat"})
    assert result.returncode == 0, result.stderr


def test_seed_refuses_a_database_that_holds_data(demo_db):
    result = run("seed", "demo", "--db", str(demo_db))
    assert result.returncode == 2 and "already holds data" in result.stderr


def test_seed_scale_is_deterministic(tmp_path):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for path in (first, second):
        assert run("seed", "scale", "--invoices", "500", "--seed", "7", "--db", str(path)).returncode == 0
    dumps = []
    for path in (first, second):
        with sqlite3.connect(path) as raw:
            dumps.append(raw.execute("SELECT id, number, amount_cents, erp_state, status FROM invoices ORDER BY id").fetchall())
    assert dumps[0] == dumps[1] and len(dumps[0]) == 500
    queue = json.loads(run("--db", str(first), "--user", "approver", "list", "queue", "--json").stdout)
    assert all(r["sent_by"] == "admin" for r in queue) and 10 <= len(queue) <= 40
    assert run("--db", str(first), "--user", "admin", "audit", "verify").returncode == 0


def test_list_within_one_project(cli):
    by_number = json.loads(cli("admin", "list", "invoices", "--json", "--project", "1004").stdout)
    assert {row["project"] for row in by_number} == {"Eastside Library Renovation"} and len(by_number) == 2
    by_name = json.loads(cli("admin", "list", "commitments", "--json", "--project", "eastside library renovation").stdout)
    assert [row["label"] for row in by_name] == ["SC-1004-01", "SC-1004-02"]
    vendors = json.loads(cli("admin", "list", "companies", "--json", "--project", "4").stdout)
    assert {row["label"] for row in vendors} == {"Apex Concrete & Masonry Inc.", "Bayline Electrical Contractors"}
    queued = json.loads(cli("admin", "list", "queue", "--json", "--project", "1001").stdout)
    assert queued and {row["project"] for row in queued if row["type"] != "company"} == {"Harbor View Medical Center"}
    unknown = cli("admin", "list", "invoices", "--project", "Atlantis")
    assert unknown.returncode == 2 and "--project 'Atlantis' is not a project" in unknown.stderr


def test_list_json_is_written_as_it_is_read_and_laid_out_as_one_array(cli):
    """`list --json` streams its rows a batch at a time; the text is what json.dumps(rows,
    indent=2) makes of the whole list, whatever the number of rows (none included)."""
    for args in (("invoices",), ("queue",), ("companies", "--search", "no such company")):
        out = cli("admin", "list", *args, "--json").stdout
        rows = json.loads(out)
        assert out == json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    assert rows == []


async def test_list_json_lays_out_any_text_and_time_as_python_does(capsys):
    """Names come from users and the ERP: quotes, backslashes, control characters, line and
    paragraph separators, wide and astral characters are written as json.dumps writes them; send
    times, with and without a fraction of a second, as isoformat() writes them."""
    from approver_tui.cli.main import echo_json_array

    hostile = ['say "hi"\\', "\x1b[31mred\x07", "tab\there\nnew", "\u2028\u2029", "\x7f", "北京 🏗", "", None]
    sent = [datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc), datetime(2026, 3, 1, 9, 30, 0, 120, tzinfo=timezone.utc)]
    batches = [[{"label": text, "id": n, "amount": "1.00", "sent_at": sent[n % 2]} for n, text in enumerate(hostile[:4])],
               [], [{"label": text, "id": n, "sent_at": None} for n, text in enumerate(hostile[4:])]]

    async def stream():
        for batch in batches:
            yield batch

    await echo_json_array(stream())
    assert capsys.readouterr().out == json.dumps(batches[0] + batches[2], indent=2, ensure_ascii=False,
                                                 default=datetime.isoformat) + "\n"


def test_list_json_of_a_generated_company_spans_batches_in_order(tmp_path):
    from approver_tui.services.listing import STREAM_BATCH

    db = str(tmp_path / "scale.db")
    assert run("seed", "scale", "--invoices", str(STREAM_BATCH * 2 + 7), "--db", db).returncode == 0
    out = run("--db", db, "--user", "admin", "list", "invoices", "--json").stdout
    rows = json.loads(out)
    assert [row["id"] for row in rows] == list(range(1, STREAM_BATCH * 2 + 8))
    assert out == json.dumps(rows, indent=2, ensure_ascii=False) + "\n"

    # a reader that stops early (`| head`): the command stops quietly, as click has it, exit 1
    reader = subprocess.Popen([SCRIPT, "--db", db, "--user", "admin", "list", "invoices", "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout.read(2) == b"[\n"
    reader.stdout.close()
    assert reader.wait(timeout=60) == 1
    assert reader.stderr.read() == b""
