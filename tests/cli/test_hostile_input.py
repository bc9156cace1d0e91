"""Hostile and broken input, one case at a time: a clear one-line error with the right exit code,
no traceback, and nothing half-written. Text fields keep markup and escapes verbatim as data."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing

import pytest

from tests.cli.conftest import SCRIPT, one_line_error, run

MARKUP = "[bold red]Lakeshore[/] \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ \x1b[31mPaint"


def test_markup_and_escape_sequences_are_refused_in_edits_and_reasons(cli, fingerprint):
    before = fingerprint()
    one_line_error(cli("admin", "edit", "company:16", "--set", f"name={MARKUP}"), 2, "control characters (found \\x1b)")
    one_line_error(cli("approver", "reject", "invoice:11", "--reason", "bad\x07bell"), 2, "control characters (found \\x07)")
    one_line_error(cli("approver", "reject", "invoice:11", "--reason", "two\nlines"), 2, "one line")
    one_line_error(cli("approver", "reject", "invoice:11", "--reason", "C1 \x9b31m"), 2, "control characters")
    assert fingerprint() == before


def test_rich_markup_is_stored_and_printed_verbatim(cli):
    name = "[bold red]Lakeshore[/] [link=http://x]Paint[/link] %s_\\"
    assert cli("admin", "edit", "company:16", "--set", f"name={name}").returncode == 0
    listed = json.loads(cli("admin", "list", "companies", "--json", "--search", "[bold red]").stdout)
    assert [row["label"] for row in listed] == [name]
    shown = cli("admin", "history", "company:16")
    assert name in shown.stdout


def test_text_already_in_the_database_is_printed_escaped(cli, sql, demo_url):
    sql(demo_url, "UPDATE companies SET name = 'Evil ' || chr(27) || '[2J' || chr(7) WHERE id = 16"
        if not demo_url.endswith(".db") else
        "UPDATE companies SET name = 'Evil ' || char(27) || '[2J' || char(7) WHERE id = 16")
    plain = cli("admin", "list", "companies")
    assert "\x1b" not in plain.stdout and "\x07" not in plain.stdout and "Evil \\x1b[2J\\x07" in plain.stdout
    history = cli("admin", "history", "company:16")
    assert "\x1b" not in history.stdout


@pytest.mark.parametrize(("field", "limit"), [("name", 200), ("city", 100)])
def test_very_long_values_are_refused_with_the_limit_not_truncated(cli, fingerprint, field, limit):
    before = fingerprint()
    one_line_error(cli("admin", "edit", "company:16", "--set", f"{field}={'x' * (limit + 1)}"), 2,
                   f"is {limit + 1} characters; at most {limit} are kept")
    assert cli("admin", "edit", "company:16", "--set", f"{field}={'x' * limit}").returncode == 0
    assert before != fingerprint()


def test_a_very_long_reason_is_refused_whole(cli):
    one_line_error(cli("approver", "reject", "invoice:11", "--reason", "r" * 2001), 2, "at most 2000")
    assert cli("approver", "reject", "invoice:11", "--reason", "r" * 2000).returncode == 0


def test_wide_combining_and_right_to_left_text_round_trips(cli):
    name = "東京建設 🏗️ Café Ünïcödé שלום مرحبا"
    assert cli("admin", "edit", "company:16", "--set", f"name={name}").returncode == 0
    listed = json.loads(cli("admin", "list", "companies", "--json", "--search", "東京").stdout)
    assert [row["label"] for row in listed] == [name]


@pytest.mark.parametrize(("args", "code", "words"), [
    (("reject", "invoice:11", "--reason", "   "), 2, "needs a reason"),
    (("why", "accept", "invoice:99999999999999999999999"), 2, "has an id that large"),
    (("why", "accept", "invoice:-3"), 2, "positive whole number"),
    (("why", "accept", "invoice:١٢"), 2, "positive whole number"),
    (("why", "accept", "invoice:"), 2, "positive whole number"),
    (("why", "accept", ":12"), 2, "unknown item type"),
    (("history", "invoice:9999"), 1, "no subcontractor invoice with id 9999"),
    (("edit", "invoice:33", "--set", "amount=1e400"), 2, "too large"),
    (("edit", "invoice:33", "--set", "amount=NaN"), 2, "not an amount"),
    (("edit", "invoice:33", "--set", "amount=12.345"), 2, "at most two decimals"),
    (("edit", "invoice:33", "--set", "amount=99999999999999"), 2, "too large"),
    (("edit", "invoice:33", "--set", "billing_date=2026-02-30"), 2, "not a date"),
    (("edit", "invoice:33", "--set", "billing_date=31/01/2026"), 2, "YYYY-MM-DD"),
    (("edit", "invoice:33", "--set", "status=paid"), 2, "status"),
    (("edit", "invoice:33", "--set", "colour=red"), 2, "not an editable field"),
])
def test_malformed_values_get_one_line_and_change_nothing(cli, fingerprint, args, code, words):
    login = "approver" if args[0] in ("reject", "why") else "admin"
    before = fingerprint()
    one_line_error(cli(login, *args), code, words)
    assert fingerprint() == before


def test_an_unknown_item_is_refused_for_an_action_with_its_reason(cli):
    result = cli("approver", "accept", "invoice:9999", "invoice:11")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "no subcontractor invoice with id 9999 that you may see" in result.stderr
    assert "done     invoice:11" in result.stdout


def test_a_misplaced_config_is_one_line(demo_db, tmp_path):
    folder = tmp_path / "config-folder"
    folder.mkdir()
    one_line_error(run("--db", str(demo_db), "--config", str(folder), "list", "queue"), 2, "Cannot read config file")
    wrong_type = tmp_path / "types.toml"
    wrong_type.write_text("db = 42\n[keys]\nsend = 5\n")
    one_line_error(run("--db", str(demo_db), "--config", str(wrong_type), "list", "queue"), 2, "must be a string")
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    one_line_error(run("--db", str(demo_db), "--config", str(binary), "list", "queue"), 2, "config file")


def test_a_database_from_a_newer_version_is_refused_by_the_cli_untouched(demo_db):
    with closing(sqlite3.connect(demo_db)) as raw, raw:  # closed: its WAL is folded into the file
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    one_line_error(run("--db", str(demo_db), "--user", "admin", "list", "queue"), 2, "newer version of approver-tui")
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before


def test_a_new_database_is_readable_by_its_owner_only(tmp_path):
    assert run("seed", "demo", "--db", str(tmp_path / "fresh.db")).returncode == 0
    assert (tmp_path / "fresh.db").stat().st_mode & 0o777 == 0o600


WITHOUT_FILE_OVERRIDE = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="plays a user the file modes apply to: root without its file-permission override")
def test_unreadable_config_and_read_only_database(demo_db, tmp_path):
    db = tmp_path / "readonly.db"
    shutil.copy(demo_db, db)
    db.chmod(0o444)
    secret = tmp_path / "config.toml"
    secret.write_text("db = 'x'\n")
    secret.chmod(0o000)

    def restricted(*args: str):
        env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "APPROVER_TUI_CONFIG": os.devnull}
        return subprocess.run([*WITHOUT_FILE_OVERRIDE, SCRIPT, *args], capture_output=True, text=True, env=env, timeout=60)

    one_line_error(restricted("--config", str(secret), "--db", str(db), "list", "queue"), 2, "Cannot read config file")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    one_line_error(restricted("--db", str(db), "--user", "admin", "retrieve", "invoice:11"), 2,
                   "not readable and writable for you")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
