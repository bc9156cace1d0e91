"""The installed console script in a real terminal (tmux), driven by keys only."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

SCRIPT = shutil.which("approver-tui", path=str(Path(sys.executable).parent)) or shutil.which("approver-tui")
# A tmux server of the tests' own, so the tests and a person's own tmux never touch each other.
TMUX = ["tmux", "-L", f"approver-tui-tests-{os.getpid()}"]


class Terminal:
    """A tmux session running `command`; when it ends, the shell prints its exit code and the
    moment it ended, so a test can tell a process that exited from a screen that only went blank."""

    def __init__(self, command: list[str], env: dict[str, str], size: tuple[int, int] = (80, 24)):
        self.session = f"approver-e2e-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{k}={subprocess.list2cmdline([v])}" for k, v in env.items())
        subprocess.run(
            [*TMUX, "new-session", "-d", "-s", self.session, "-x", str(size[0]), "-y", str(size[1]),
             f"env {exports} {subprocess.list2cmdline(command)}; "
             "echo \"EXITED $? AT $(date +%s.%N)\"; sleep 30"],
            check=True,
        )

    def quit(self) -> tuple[int, float]:
        """Press q: the app's exit code, and how many seconds it took to end after the key."""
        pressed = time.time()
        self.keys("q")
        code, ended = self.exit_status()
        return code, ended - pressed

    def exit_status(self, timeout: float = 5) -> tuple[int, float]:
        """The app's exit code and the moment (time.time()) it ended."""
        screen = self.wait_for("EXITED", timeout)
        words = screen[screen.index("EXITED"):].split()
        return int(words[1]), float(words[3])

    def screen(self) -> str:
        return subprocess.run([*TMUX, "capture-pane", "-t", self.session, "-p"],
                              capture_output=True, text=True).stdout

    def wait_for(self, text: str, timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def wait_until_gone(self, text: str, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text not in self.screen():
                return
            time.sleep(0.1)
        raise AssertionError(f"{text!r} is still on screen:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run([*TMUX, "send-keys", "-t", self.session, key], check=True)
            time.sleep(0.05)

    def type(self, text: str) -> None:
        subprocess.run([*TMUX, "send-keys", "-t", self.session, "-l", text], check=True)

    def close(self) -> None:
        subprocess.run([*TMUX, "kill-session", "-t", self.session], capture_output=True)


def cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([SCRIPT, "--db", str(db), *args], capture_output=True, text=True, timeout=60)


def seeded_demo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A demo database, and the environment a terminal user of it has (no config of their own)."""
    db = tmp_path / "demo.db"
    assert cli(db, "seed", "demo").returncode == 0
    env = {"APPROVER_TUI_CONFIG": os.devnull, "TERM": "xterm-256color", "HOME": str(tmp_path),
           "PATH": os.environ.get("PATH", "")}
    return db, env


def reject_in_the_queue(terminal: Terminal, label: str, reason: str) -> None:
    """On the ERP Queue tab of a freshly opened demo: filter down to `label` and reject it."""
    terminal.wait_for("20 waiting in the queue")
    terminal.keys("4")
    terminal.wait_for("ERP Queue: 20 rows")
    terminal.keys("/")
    terminal.wait_for("type to narrow")
    terminal.type(label)
    terminal.wait_for("ERP Queue: 1 rows")
    terminal.keys("Enter", "x")
    terminal.wait_for("Reason (required")
    terminal.type(reason)
    terminal.keys("Enter")


def test_reject_and_bulk_retrieve_with_keys_then_check_with_the_cli(tmp_path):
    db, env = seeded_demo(tmp_path)

    approver = Terminal([SCRIPT, "--db", str(db), "--user", "approver"], env)
    try:
        reject_in_the_queue(approver, "INV-2213", "Lien waiver missing")
        approver.wait_for("ERP Queue: 0 rows")  # INV-2213 left the queue (the line start is never under a notice)
        approver.keys("q")
        assert approver.exit_status()[0] == 0
    finally:
        approver.close()

    admin = Terminal([SCRIPT, "--db", str(db), "--user", "admin"], env)
    try:
        admin.wait_for("Invoices: 66 rows")
        for label in ("INV-2211", "INV-2212"):
            admin.keys("/")
            admin.wait_for("type to narrow")
            admin.type(label)
            admin.wait_for("Invoices: 1 rows")
            admin.keys("Enter", "Space", "Escape")
            admin.wait_for("Invoices: 66 rows")
        admin.wait_for("2 marked")
        admin.keys("r")
        admin.wait_for("Retrieve 2 invoices (371,151.00) from the ERP queue?")
        admin.keys("y")
        admin.wait_for("2 done, 0 refused")
        admin.keys("Escape")
        admin.wait_until_gone("2 done, 0 refused")
        admin.wait_for("17 waiting in the queue")
        code, took = admin.quit()
        assert code == 0 and took < 1.0, (code, took)
    finally:
        admin.close()

    rows = {r["label"]: r for r in json.loads(cli(db, "--user", "admin", "list", "invoices", "--json").stdout)}
    assert rows["INV-2213"]["erp_state"] == "rejected" and rows["INV-2213"]["reason"] == "Lien waiver missing"
    assert rows["INV-2211"]["erp_state"] == rows["INV-2212"]["erp_state"] == "retrieved"


def test_q_quits_with_the_result_dialog_of_a_bulk_retrieve_still_open(tmp_path):
    db, env = seeded_demo(tmp_path)
    admin = Terminal([SCRIPT, "--db", str(db), "--user", "admin"], env)
    try:
        admin.wait_for("20 waiting in the queue")
        admin.keys("4")
        admin.wait_for("ERP Queue: 20 rows")
        admin.keys("Space", "Space", "Space", "r")
        admin.wait_for("from the ERP queue?")
        admin.keys("y")
        admin.wait_for("2 done, 1 refused")  # the list of what was done and what was refused, and why
        code, took = admin.quit()
        assert code == 0 and took < 1.0, (code, took)
    finally:
        admin.close()


def test_two_people_in_two_terminals_see_each_others_decisions_within_two_seconds(tmp_path):
    db, env = seeded_demo(tmp_path)
    approver = Terminal([SCRIPT, "--db", str(db), "--user", "approver"], env, size=(120, 40))
    admin = Terminal([SCRIPT, "--db", str(db), "--user", "admin"], env, size=(120, 40))
    try:
        admin.wait_for("20 waiting in the queue")
        admin.keys("4")
        admin.wait_for("ERP Queue: 20 rows")
        reject_in_the_queue(approver, "INV-2213", "Retainage is wrong")
        decided = time.time()
        admin.wait_for("ERP Queue: 19 rows", timeout=2.0)
        assert time.time() - decided < 2.0

        approver.keys("Escape")  # the filter goes; the whole queue shows (the start of the status
        approver.wait_for("ERP Queue: 19 rows")  # line is never under a notice in the corner)

        admin.keys("Space", "r")  # the admin retrieves the first row in the queue
        admin.wait_for("Retrieve ")
        admin.keys("y")
        retrieved = time.time()
        approver.wait_for("ERP Queue: 18 rows", timeout=2.0)
        assert time.time() - retrieved < 2.0
    finally:
        approver.close()
        admin.close()


def test_q_exits_within_a_second_even_while_a_write_waits_for_a_lock_held_elsewhere(tmp_path):
    db, env = seeded_demo(tmp_path)
    admin = Terminal([SCRIPT, "--db", str(db), "--user", "admin"], env)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        admin.wait_for("20 waiting in the queue")
        admin.keys("4")
        admin.wait_for("ERP Queue: 20 rows")
        holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock (and keeps it)
        admin.keys("Space", "r")
        admin.wait_for("Retrieve subcontractor invoice")
        admin.keys("y")  # the retrieve now waits for the lock (the busy timeout is 30 s)
        time.sleep(1.0)
        code, took = admin.quit()
        assert took < 1.5, took
        assert code == 1 and "abandoned" in admin.screen() and "rolled back" in admin.screen()
    finally:
        holder.close()
        admin.close()
    rows = json.loads(cli(db, "--user", "admin", "list", "queue", "--json").stdout)
    assert len(rows) == 20  # the abandoned retrieve changed nothing
