"""Shared fixtures: a demo database built once per run and copied for each test, on SQLite and
on a real PostgreSQL server that the run starts itself (tests/pg.py)."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from approver_tui.services.seeding import load_demo
from approver_tui.services.settings import Settings
from approver_tui.services.workspace import open_workspace
from approver_tui.store.engine import open_database
from tests import pg
from tests.smtp import Inbox, free_port


ROOT = Path(__file__).resolve().parent.parent

# The demo's history is dated back from this moment, so screens and snapshots are repeatable.
FIXED_NOW = datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"

    async def build():
        db = await open_database(str(path))
        await load_demo(db, now=FIXED_NOW)
        await db.close()

    asyncio.run(build())
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    """A fresh copy of the demo database for one test."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture(scope="session")
def postgres_server():
    bindir = pg.find_bindir()
    if bindir is None:
        if pg.REQUIRED:
            pytest.fail("PostgreSQL 15 server binaries are required (APPROVER_TUI_TEST_POSTGRES=required) but not found")
        pytest.skip("no PostgreSQL server binaries on this machine (apt-get install postgresql-15)")
    server = pg.PostgresServer(bindir)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_demo_template(postgres_server) -> str:
    """A demo database on the server, copied (CREATE DATABASE ... TEMPLATE) for each test."""
    postgres_server.psql("postgres", "CREATE DATABASE demo_template")

    async def build():
        db = await open_database(postgres_server.url("demo_template"))
        await load_demo(db, now=FIXED_NOW)
        await db.close()

    asyncio.run(build())
    return "demo_template"


def postgres_copy(server: pg.PostgresServer, template: str) -> str:
    name = pg.fresh_name()
    server.psql("postgres", f"CREATE DATABASE {name} TEMPLATE {template}")
    return server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def demo_url(backend, request, tmp_path) -> str:
    """A fresh demo database for one test: a SQLite file path, or a postgresql:// URL."""
    if backend == "sqlite":
        return str(request.getfixturevalue("demo_db"))
    return postgres_copy(request.getfixturevalue("postgres_server"),
                         request.getfixturevalue("postgres_demo_template"))


@pytest.fixture
def empty_url(backend, request, tmp_path) -> str:
    """A database with nothing in it yet, on the test's backend."""
    if backend == "sqlite":
        return str(tmp_path / "fresh.db")
    server = request.getfixturevalue("postgres_server")
    name = pg.fresh_name()
    server.psql("postgres", f"CREATE DATABASE {name}")
    return server.url(name)


@pytest.fixture
def sql(backend, request):
    """`sql(db, statement)`: run raw SQL outside the app (as a tamperer or an admin would); the
    rows come back as lists of strings."""

    def run(db: str, statement: str) -> list[list[str]]:
        if backend == "sqlite":
            with sqlite3.connect(db) as raw:
                return [[str(v) for v in row] for row in raw.execute(statement).fetchall()]
        out = request.getfixturevalue("postgres_server").psql(pg.database_name(db), statement)
        return [line.split("|") for line in out.splitlines() if line]

    return run


def unseal(sql, backend: str, db: str) -> None:
    """What someone with direct access to the database would do first: drop the audit triggers."""
    if backend == "sqlite":
        sql(db, "DROP TRIGGER audit_log_no_update")
        sql(db, "DROP TRIGGER audit_log_no_delete")
    else:
        sql(db, "DROP TRIGGER audit_log_sealed ON audit_log")


@pytest.fixture
def settings_for(demo_url, tmp_path):
    def make(login: str, **overrides) -> Settings:
        return Settings(**{"db": demo_url, "user": login, "erp_export_dir": tmp_path / "export", **overrides})

    return make


@pytest.fixture
async def workspace(settings_for):
    """`await workspace("admin")` opens the demo database as that user; closed after the test."""
    opened = []

    async def open_as(login: str, **overrides):
        ws = await open_workspace(settings_for(login, **overrides))
        opened.append(ws)
        return ws

    yield open_as
    for ws in opened:
        await ws.close()


@pytest.fixture
def smtp_server():
    """An SMTP server on 127.0.0.1 for one test: `smtp_server.url`, `smtp_server.messages`."""
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    inbox.url = f"smtp://127.0.0.1:{controller.port}"
    inbox.controller = controller
    yield inbox
    controller.stop()
