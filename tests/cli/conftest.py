"""The console script as a subprocess, on the demo database of each backend."""

from __future__ import annotations

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
