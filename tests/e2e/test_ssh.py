"""An admin's way in: the installed app over a real SSH session (an sshd of the test's own on
127.0.0.1, with its own host key, config and port) in an 80x24 terminal, driven by keys."""

from __future__ import annotations

import getpass
import os
import re
import shlex
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.test_browser import free_port
from tests.e2e.test_tmux import SCRIPT, TMUX, Terminal, cli, reject_in_the_queue, seeded_demo

SSHD = next((path for path in ("/usr/sbin/sshd", shutil.which("sshd")) if path and Path(path).exists()), None)
REQUIRED = os.environ.get("APPROVER_TUI_TEST_SSH") == "required"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(SSHD is None and not REQUIRED, reason="openssh-server is not installed"),
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def sshd(tmp_path):
    """A running sshd that lets this OS user in with a key made for the test; yields the ssh
    command line that logs in."""
    assert SSHD, "openssh-server is required (APPROVER_TUI_TEST_SSH=required) but not installed"
    where = tmp_path / "ssh"
    where.mkdir()
    for name in ("host_key", "client_key"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(where / name)], check=True)
    (where / "authorized_keys").write_text((where / "client_key.pub").read_text())
    port = free_port()
    (where / "sshd_config").write_text("\n".join([
        f"Port {port}", "ListenAddress 127.0.0.1", f"HostKey {where / 'host_key'}", f"PidFile {where / 'sshd.pid'}",
        f"AuthorizedKeysFile {where / 'authorized_keys'}", "PubkeyAuthentication yes",
        "PasswordAuthentication no", "KbdInteractiveAuthentication no", "UsePAM no", "StrictModes no",
        "PermitRootLogin prohibit-password", "PrintMotd no", "PrintLastLog no", "",
    ]))
    if os.geteuid() == 0:
        Path("/run/sshd").mkdir(exist_ok=True)  # sshd's privilege separation directory
    server = subprocess.Popen([SSHD, "-D", "-e", "-f", str(where / "sshd_config")],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    login = ["ssh", "-tt", "-p", str(port), "-i", str(where / "client_key"), "-o", "BatchMode=yes",
             "-o", "StrictHostKeyChecking=no", "-o", f"UserKnownHostsFile={where / 'known_hosts'}",
             "-o", "LogLevel=ERROR", f"{getpass.getuser()}@127.0.0.1"]
    deadline = time.monotonic() + 10
    while subprocess.run([*login, "true"], capture_output=True).returncode != 0:
        assert server.poll() is None and time.monotonic() < deadline, f"sshd did not start: {server.stdout.read()}"
        time.sleep(0.2)
    try:
        yield login
    finally:
        server.terminate()
        server.wait(timeout=10)


def is_grey(n: int) -> bool:
    """Whether colour `n` of the 256-colour palette is a grey (black and white included)."""
    if n < 16:
        return n in (0, 7, 8, 15)
    if n >= 232:
        return True
    r, g, b = (n - 16) // 36, (n - 16) // 6 % 6, (n - 16) % 6
    return r == g == b


def escape_codes(terminal: Terminal) -> str:
    """The screen with its SGR sequences, as tmux holds it."""
    return subprocess.run([*TMUX, "capture-pane", "-e", "-p", "-t", terminal.session],
                          capture_output=True, text=True).stdout


@pytest.mark.parametrize("term, no_color", [("xterm-256color", False), ("screen", False), ("xterm-256color", True)],
                         ids=["xterm-256color", "screen", "NO_COLOR"])
def test_a_reject_over_ssh_at_80x24(sshd, tmp_path, term, no_color):
    db, env = seeded_demo(tmp_path)
    remote_env = {**env, "TERM": term, **({"NO_COLOR": "1"} if no_color else {})}
    remote = shlex.join(["env", *(f"{k}={v}" for k, v in remote_env.items()), SCRIPT, "--db", str(db),
                         "--user", "approver"])
    terminal = Terminal([*sshd, remote], {"TERM": "xterm-256color"}, size=(80, 24))
    try:
        terminal.wait_for("Invoices: 66 rows")
        if no_color:  # the cursor row and the marks stay apart without colour: reverse video and [x]
            terminal.wait_for("INV-2201")  # the status line can be drawn before the rows
            screen = escape_codes(terminal)
            colours = {int(n) for n in re.findall(r"[34]8;5;(\d+)", screen)}
            assert colours and all(is_grey(n) for n in colours)  # Textual draws NO_COLOR in greys
            cursor_line = next(line for line in screen.splitlines()
                               if "INV-2201" in re.sub(r"\x1b\[[0-9;]*m", "", line))
            assert "\x1b[7m" in cursor_line or ";7m" in cursor_line

        # escape closes a dialog at once: no waiting for a key that would follow it
        terminal.keys("?")
        terminal.wait_for("Every key, by context")
        pressed = time.monotonic()
        terminal.keys("Escape")
        terminal.wait_until_gone("Every key, by context", timeout=3)
        assert time.monotonic() - pressed < 1.0

        reject_in_the_queue(terminal, "INV-2213", "Rejected over SSH")
        terminal.wait_for("ERP Queue: 0 rows")  # INV-2213 left the queue
        code, _ = terminal.quit()
        assert code == 0
    finally:
        terminal.close()
    shown = cli(db, "--user", "admin", "list", "invoices", "--search", "INV-2213", "--json")
    assert '"reason": "Rejected over SSH"' in shown.stdout
