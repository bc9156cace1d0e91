"""`users`: a Directory admin manages who may do what from the CLI, on SQLite and PostgreSQL.
Every change and refusal is audited; nobody else may change anyone but their own subscription."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import one_line_error


def person(cli, login: str) -> dict:
    shown = cli("admin", "users", "show", login, "--json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def levels(cli, login: str) -> dict[str, str]:
    return {p["project"].split(" ", 1)[0]: p["level"] for p in person(cli, login)["commitments"]}


def test_everyone_who_may_read_the_directory_sees_who_may_do_what(cli):
    listed = json.loads(cli("viewer", "users", "list", "--json").stdout)
    assert [p["login"] for p in listed] == ["admin", "approver", "approver2", "invoices-only", "viewer"]
    ivy = next(p for p in listed if p["login"] == "invoices-only")
    assert (ivy["approver"], ivy["approver_types"], ivy["directory"], ivy["digest"]) == (True, ["invoice"], "read-only", False)
    assert {p["level"] for p in next(p for p in listed if p["login"] == "approver2")["commitments"]} == {"admin"}
    text = cli("viewer", "users", "list").stdout
    assert "approver2" in text and "admin on 4 project(s)" in text and text.rstrip().endswith("5 users.")


def test_a_grant_works_at_once_and_is_audited(cli):
    assert cli("viewer", "why", "send", "commitment:22").returncode == 1
    granted = cli("admin", "users", "grant", "viewer", "--tool", "commitments", "--level", "admin", "--project", "1004")
    assert granted.returncode == 0, granted.stderr
    assert "Commitments on 1004 Eastside Library Renovation: read-only -> admin" in granted.stdout
    assert levels(cli, "viewer") == {"1001": "read-only", "1002": "read-only", "1003": "read-only", "1004": "admin"}
    why = cli("viewer", "why", "send", "commitment:22")
    assert "needs Admin on the Commitments tool" not in why.stdout and "not synced" in why.stdout
    (change,) = person(cli, "viewer")["changes"]
    assert (change["actor"], change["action"], change["outcome"]) == ("admin", "grant", "done")
    assert "read-only -> admin" in change["detail"]


def test_revoke_takes_away_a_level_and_those_above_it(cli):
    lowered = cli("admin", "users", "revoke", "approver2", "--tool", "commitments", "--level", "admin", "--project", "Riverside Elementary School")
    assert lowered.returncode == 0 and "admin -> standard" in lowered.stdout
    assert levels(cli, "approver2")["1002"] == "standard"
    everywhere = cli("admin", "users", "revoke", "approver2", "--tool", "commitments")
    assert everywhere.returncode == 0 and everywhere.stdout.count("-> none") == 4
    assert person(cli, "approver2")["commitments"] == []
    assert cli("admin", "users", "revoke", "approver2", "--tool", "commitments").stdout.startswith("Unchanged")


def test_the_approver_privilege_per_item_type(cli):
    cli("admin", "users", "grant", "invoices-only", "--approver", "--types", "commitment")
    assert person(cli, "invoices-only")["approver_types"] == ["commitment", "invoice"]
    cli("admin", "users", "grant", "invoices-only", "--approver")
    assert person(cli, "invoices-only")["approver_types"] is None
    cli("admin", "users", "revoke", "approver", "--approver", "--types", "company")
    assert person(cli, "approver")["approver_types"] == ["commitment", "invoice"]
    cli("admin", "users", "revoke", "approver", "--approver")
    assert person(cli, "approver")["approver"] is False
    refused = cli("approver", "accept", "invoice:13")
    assert refused.returncode == 1 and "accounting approver" in refused.stderr


def test_anyone_may_unsubscribe_themselves_but_nobody_else(cli):
    assert person(cli, "approver")["digest"] is True
    done = cli("approver", "users", "unsubscribe", "approver")
    assert done.returncode == 0 and "Daily summary: unsubscribed" in done.stdout
    assert person(cli, "approver")["digest"] is False
    one_line_error(cli("approver", "users", "unsubscribe", "approver2"), 1,
                   "Changing someone else's daily summary subscription needs Admin on the Directory tool")
    assert person(cli, "approver2")["digest"] is True
    assert cli("admin", "users", "subscribe", "approver").returncode == 0
    assert person(cli, "approver")["digest"] is True


@pytest.mark.parametrize("login,args", [
    ("approver2", ("grant", "approver2", "--tool", "directory", "--level", "admin")),
    ("viewer", ("revoke", "admin", "--approver")),
])
def test_only_directory_admins_change_permissions_and_refusals_are_audited(cli, fingerprint, sql, demo_url, login, args):
    before = fingerprint(audit=False)
    one_line_error(cli(login, "users", *args), 1, f"Changing who may do what needs Admin on the Directory tool; you ({login})")
    assert fingerprint(audit=False) == before
    assert sql(demo_url, "SELECT actor, item_type, outcome FROM audit_log ORDER BY id DESC LIMIT 1") == [[login, "user", "refused"]]


def test_the_last_directory_admin_stays(cli, fingerprint):
    before = fingerprint(audit=False)
    one_line_error(cli("admin", "users", "revoke", "admin", "--tool", "directory"), 1, "admin is the only Directory admin")
    assert fingerprint(audit=False) == before
    assert cli("admin", "users", "grant", "viewer", "--tool", "directory", "--level", "admin").returncode == 0
    assert cli("admin", "users", "revoke", "admin", "--tool", "directory").returncode == 0
    assert person(cli, "admin")["directory"] == "none"


BAD_INPUT = {
    "unknown login": (("grant", "nobody", "--tool", "directory"), "No directory user 'nobody'; known logins: admin"),
    "unknown project": (("grant", "viewer", "--tool", "commitments", "--project", "Atlantis"), "--project 'Atlantis' is not a project"),
    "unknown level": (("grant", "viewer", "--tool", "directory", "--level", "owner"), "Invalid value for '--level'"),
    "unknown tool": (("grant", "viewer", "--tool", "budget"), "Invalid value for '--tool'"),
    "unknown type": (("grant", "viewer", "--approver", "--types", "invoice,budget"), "unknown item type 'budget'"),
    "neither": (("grant", "viewer"), "give either --tool commitments|directory or --approver"),
    "both": (("grant", "viewer", "--tool", "directory", "--approver"), "give either --tool"),
    "project on directory": (("grant", "viewer", "--tool", "directory", "--project", "1001"), "--project only applies to the commitments tool"),
    "level on approver": (("grant", "viewer", "--approver", "--level", "admin"), "--level is for --tool"),
    "show unknown": (("show", "nobody"), "No directory user 'nobody'"),
}


@pytest.mark.parametrize("args,words", BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_is_one_line_exit_2_and_changes_nothing(cli, fingerprint, args, words):
    before = fingerprint()
    result = cli("admin", "users", *args)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert fingerprint() == before


async def test_an_open_session_loses_a_revoked_permission_at_once(workspace):
    from approver_tui.domain import Action
    from approver_tui.services.items import ItemRef
    from approver_tui.services.people import change_tool
    from approver_tui.services.workflow import perform

    working = await workspace("approver2")  # opened before the revoke, as a running app would be
    admin = await workspace("admin")
    await change_tool(admin, "approver2", grant=False, tool="commitments", project="1001")
    result = await perform(working, Action.SEND, [ItemRef.parse("commitment:5")])
    assert not result.done
    assert any("needs Admin on the Commitments tool" in r.message for r in result.refused[0].reasons)
