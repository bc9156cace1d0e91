"""`erp sync`: the ERP's master data unlocks projects and links vendors, on SQLite and PostgreSQL.
A broken file, another ERP's file or a user who may not sync changes nothing."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import one_line_error
from tests.conftest import ROOT

SAMPLE = ROOT / "fixtures" / "erp-master-data.json"
LOCKED_COMMITMENT = "commitment:22"  # SC-1004-01 on project 1004, whose job the demo has not synced yet


def test_the_sync_unlocks_the_demo_project_and_links_the_vendor_the_erp_already_has(cli, sql, demo_url):
    why = cli("admin", "why", "send", LOCKED_COMMITMENT)
    assert why.returncode == 1 and "The ERP data of project Eastside Library Renovation is not synced" in why.stdout
    assert "approver-tui erp sync" in why.stdout

    synced = cli("admin", "erp", "sync", "--from", str(SAMPLE))
    assert synced.returncode == 0, synced.stderr
    assert "Projects: 1 newly synced: 1004 Eastside Library Renovation; 3 already synced; 1 ERP job" in synced.stdout
    assert "Companies: 1 newly linked: Oakridge Demolition; 11 already linked" in synced.stdout
    assert "Cost codes: 30." in synced.stdout

    assert cli("admin", "why", "send", LOCKED_COMMITMENT).returncode == 0
    sent = cli("admin", "send", LOCKED_COMMITMENT)
    assert sent.returncode == 0 and "not_sent -> pending" in sent.stdout
    assert sql(demo_url, "SELECT erp_synced, erp_job_id FROM projects WHERE id = 4")[0][1] == "J-1004"

    oakridge = json.loads(cli("admin", "list", "companies", "--json", "--search", "Oakridge").stdout)[0]
    assert oakridge["erp_state"] == "synced"
    (link,) = json.loads(cli("admin", "history", oakridge["ref"], "--json").stdout)
    assert (link["action"], link["from_state"], link["to_state"]) == ("link", "not_sent", "synced")
    assert "V-0312" in link["detail"]
    refused = cli("admin", "why", "send", oakridge["ref"])
    assert "an ERP sync linked it to ERP record V-0312" in refused.stdout

    again = cli("admin", "erp", "sync", "--from", str(SAMPLE))
    assert "Projects: 0 newly synced; 4 already synced" in again.stdout
    assert "Companies: 0 newly linked; 12 already linked" in again.stdout
    assert cli("admin", "audit", "verify").returncode == 0


def test_a_company_waiting_in_the_queue_is_left_to_the_approver(cli, tmp_path):
    data = json.loads(SAMPLE.read_text())
    data["vendors"].append({"id": "V-0500", "name": "summit  elevator company"})  # case and spacing differ
    source = tmp_path / "master.json"
    source.write_text(json.dumps(data))
    synced = cli("admin", "erp", "sync", "--from", str(source))
    assert "Left for the approver (in the queue): Summit Elevator Company (pending)" in synced.stdout
    summit = json.loads(cli("admin", "list", "companies", "--json", "--search", "Summit").stdout)[0]
    assert summit["erp_state"] == "pending"


def test_the_default_source_is_the_configured_master_data_file(cli, tmp_path):
    export_dir = tmp_path / "export"
    export_dir.mkdir()
    missing = cli("admin", "erp", "sync")
    one_line_error(missing, 2, f"No ERP master data file at {export_dir / 'master-data.json'}")
    (export_dir / "master-data.json").write_bytes(SAMPLE.read_bytes())
    assert cli("admin", "erp", "sync").returncode == 0
    elsewhere = tmp_path / "from-the-erp.json"
    elsewhere.write_bytes(SAMPLE.read_bytes())
    assert cli("admin", "erp", "sync", env={"APPROVER_TUI_ERP_MASTER_DATA": str(elsewhere)}).returncode == 0


def test_only_a_directory_admin_may_sync_and_the_refusal_is_audited(cli, fingerprint, sql, demo_url):
    before = fingerprint(audit=False)
    refused = cli("approver", "erp", "sync", "--from", str(SAMPLE))
    one_line_error(refused, 1, "needs Admin on the Directory tool; you (approver) have Read-Only")
    assert fingerprint(audit=False) == before
    last = sql(demo_url, "SELECT actor, item_type, action, outcome FROM audit_log ORDER BY id DESC LIMIT 1")
    assert last == [["approver", "erp", "erp sync", "refused"]]


def broken(data: dict, **changes) -> dict:
    return {**data, **changes}


SAMPLE_DATA = json.loads(SAMPLE.read_text())
BROKEN_FILES = {
    "not json": ("{jobs: [", "is not valid JSON"),
    "a list": ("[]", "the top level must be a JSON object"),
    "no format": (json.dumps(broken(SAMPLE_DATA, format="csv")), "'format' and 'version' must be"),
    "other erp": (json.dumps(broken(SAMPLE_DATA, erp="sage300")), "comes from the 'sage300' ERP, but this database exports to 'vista'"),
    "missing name": (json.dumps(broken(SAMPLE_DATA, jobs=[{"id": "J-1", "number": "1"}])), "jobs[0].name is missing or not text"),
    "number not text": (json.dumps(broken(SAMPLE_DATA, jobs=[{"id": "J-1", "number": 1004, "name": "x"}])), "jobs[0].number is missing or not text"),
    "twice": (json.dumps(broken(SAMPLE_DATA, vendors=[{"id": "V-1", "name": "a"}, {"id": "V-1", "name": "b"}])), "vendors[1].id 'V-1' appears twice"),
    "escape": (json.dumps(broken(SAMPLE_DATA, cost_codes=[{"code": "01", "description": "\x1b[31mred"}])), "cost_codes[0].description may not contain control characters"),
    "too long": (json.dumps(broken(SAMPLE_DATA, vendors=[{"id": "V-1", "name": "x" * 201}])), "vendors[0].name is 201 characters; at most 200"),
    "deep": ("[" * 100_000 + "]" * 100_000, "is not valid JSON"),
}


@pytest.mark.parametrize("content,words", BROKEN_FILES.values(), ids=BROKEN_FILES.keys())
def test_a_broken_master_data_file_changes_nothing(cli, fingerprint, tmp_path, content, words):
    source = tmp_path / "master.json"
    source.write_text(content)
    before = fingerprint()
    one_line_error(cli("admin", "erp", "sync", "--from", str(source)), 2, words)
    assert fingerprint() == before


def test_a_folder_or_unreadable_source_is_one_line(cli, tmp_path):
    one_line_error(cli("admin", "erp", "sync", "--from", str(tmp_path)), 2, "is a folder")
