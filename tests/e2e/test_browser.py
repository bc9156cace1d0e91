"""`approver-tui demo --web` opened in a real browser: headless Chromium driven over the DevTools
protocol (the page's websocket), keys typed into the page, the result read from the database."""

from __future__ import annotations

import asyncio
import base64
import os
import shutil
import socket
import sqlite3
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.test_tmux import SCRIPT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = os.environ.get("APPROVER_TUI_TEST_BROWSER") == "required"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(CHROMIUM is None and not REQUIRED, reason="chromium is not installed"),
]

# Every frame the page's terminal receives, kept as text, so the test can tell what was drawn.
RECORD_FRAMES = """
window.__frames = [];
const NativeWebSocket = window.WebSocket;
window.WebSocket = function (...args) {
  const socket = new NativeWebSocket(...args);
  socket.addEventListener("message", (event) => {
    if (typeof event.data !== "string") window.__frames.push(new TextDecoder().decode(event.data));
  });
  return socket;
};
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_http(url: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} never answered")


class Page:
    """One browser tab, driven over its DevTools websocket."""

    def __init__(self, websocket, target_id: str):
        self.websocket = websocket
        self.target_id = target_id
        self.next_id = 0

    async def call(self, method: str, **params):
        self.next_id += 1
        await self.websocket.send_json({"id": self.next_id, "method": method, "params": params})
        while True:
            message = await self.websocket.receive_json(timeout=30)
            if message.get("id") == self.next_id:
                assert "error" not in message, message
                return message.get("result", {})

    async def frames(self) -> str:
        result = await self.call("Runtime.evaluate", expression="window.__frames.join('')", returnByValue=True)
        return result["result"].get("value", "")

    async def wait_for(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in await self.frames():
                return
            await asyncio.sleep(0.2)
        raise AssertionError(f"{text!r} never reached the page's terminal")

    async def click(self, x: int, y: int) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            await self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    async def key(self, name: str) -> None:
        codes = {"Escape": 27, "Enter": 13}
        if name in codes:
            text = "\r" if name == "Enter" else ""
            await self.call("Input.dispatchKeyEvent", type="keyDown", key=name, code=name,
                            windowsVirtualKeyCode=codes[name], text=text)
            await self.call("Input.dispatchKeyEvent", type="keyUp", key=name, code=name, windowsVirtualKeyCode=codes[name])
        else:
            for char in name:
                await self.call("Input.dispatchKeyEvent", type="keyDown", key=char, text=char)
                await self.call("Input.dispatchKeyEvent", type="keyUp", key=char)
        await asyncio.sleep(0.3)


def rejected_with(db: Path, reason: str) -> list[str]:
    with sqlite3.connect(db) as raw:
        return [f"{table}:{row[0]}" for table in ("invoices", "commitments", "companies")
                for row in raw.execute(f"SELECT id FROM {table} WHERE erp_state = 'rejected' AND last_reason = ?",
                                       (reason,))]


@pytest.fixture
def web_demo(tmp_path):
    """`approver-tui demo --web` on a free port; each session's database lands in `sessions`."""
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    port = free_port()
    env = {**os.environ, "TMPDIR": str(sessions), "APPROVER_TUI_CONFIG": os.devnull, "HOME": str(tmp_path)}
    server = subprocess.Popen([SCRIPT, "demo", "--web", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}/", sessions
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def chromium(tmp_path):
    assert CHROMIUM, "chromium is required (APPROVER_TUI_TEST_BROWSER=required) but not installed"
    port = free_port()
    browser = subprocess.Popen(
        [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", f"--user-data-dir={tmp_path / 'chromium'}", f"--remote-debugging-port={port}",
         "--window-size=1280,800", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/json/version")
        yield port
    finally:
        browser.terminate()
        browser.wait(timeout=10)


async def open_page(session, devtools_port: int, url: str) -> Page:
    async with session.put(f"http://127.0.0.1:{devtools_port}/json/new?about:blank") as response:
        target = await response.json()
    page = Page(await session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0), target["id"])
    await page.call("Page.enable")
    await page.call("Page.addScriptToEvaluateOnNewDocument", source=RECORD_FRAMES)
    await page.call("Page.navigate", url=url)
    return page


async def test_the_browser_demo_draws_the_app_and_takes_keys_one_database_per_session(web_demo, chromium, tmp_path):
    import aiohttp

    url, sessions = web_demo
    reason = "Checked in the browser"
    async with aiohttp.ClientSession() as http:
        page = await open_page(http, chromium, url)
        await page.wait_for("Who are you in this demo?")
        await page.click(400, 300)  # the terminal takes keys once it has the focus
        await page.key("Escape")  # stay the approver
        for tab in ("Commitments", "Invoices", "Directory", "ERP Queue"):
            await page.wait_for(tab)
        await page.key("4")
        await page.wait_for("ERP Queue: 20 rows")
        await page.key("x")
        await page.wait_for("Reason (required")
        await page.key(reason)
        await page.key("Enter")
        await page.wait_for("is now rejected")
        shot = await page.call("Page.captureScreenshot", format="png")
        picture = base64.b64decode(shot["data"])
        (tmp_path / "browser-demo.png").write_bytes(picture)
        assert picture.startswith(b"\x89PNG") and len(picture) > 20_000  # a drawn screen, not a blank page

        (first_db,) = sessions.glob("approver-tui-demo-*/demo.db")
        assert len(rejected_with(first_db, reason)) == 1

        second = await open_page(http, chromium, url)  # another visitor
        await second.wait_for("Who are you in this demo?")
        databases = set(sessions.glob("approver-tui-demo-*/demo.db"))
        assert len(databases) == 2
        (second_db,) = databases - {first_db}
        assert rejected_with(second_db, reason) == []
        # the visitor closes the tab: the server ends that session's app, which removes its database
        await second.websocket.close()
        async with http.get(f"http://127.0.0.1:{chromium}/json/close/{second.target_id}"):
            pass
        deadline = time.monotonic() + 15
        while second_db.parent.exists():
            assert time.monotonic() < deadline, "a closed session's demo database was left behind"
            await asyncio.sleep(0.2)
        assert first_db.exists()
        await page.websocket.close()
