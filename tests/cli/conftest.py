"""The console script as a subprocess, on the demo database of each backend."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = shutil.which("approver-tui", path=str(Path(sys.executable).parent)) or shutil.which("approver-tui")


def run(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    assert SCRIPT, "the approver-tui console script is not installed"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("APPROVER_TUI_")}
    environment |= {"APPROVER_TUI_CONFIG": os.devnull} | (env or {})
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, env=environment, cwd=cwd, timeout=60)


@pytest.fixture
def cli(demo_url, tmp_path):
    """The script on the demo database, on SQLite and on PostgreSQL."""

    def call(login: str, *args: str, env: dict | None = None):
        return run("--db", demo_url, "--user", login, *args,
                   env={"APPROVER_TUI_ERP_EXPORT_DIR": str(tmp_path / "export")} | (env or {}))

    return call


def one_line_error(result, code: int, words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


FINGERPRINTED = ("invoices", "commitments", "companies", "projects", "users", "project_permissions", "meta",
                 "erp_cost_codes", "outbox", "audit_log")


@pytest.fixture
def fingerprint(sql, demo_url):
    """`fingerprint()`: a digest of every row that matters (items, projects, people, settings,
    mail, audit trail), to show that nothing changed; `fingerprint(audit=False)` leaves out the
    audit trail, which records refusals too."""

    def digest(audit: bool = True) -> str:
        rows = [sql(demo_url, f"SELECT * FROM {table} ORDER BY 1, 2")
                for table in FINGERPRINTED if audit or table != "audit_log"]
        return hashlib.sha256(repr(rows).encode()).hexdigest()

    return digest
