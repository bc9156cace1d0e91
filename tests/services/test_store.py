"""The store: migrations shipped in the package, upgrades of old databases, newer ones refused."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import datetime, timezone

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, create_engine, func, select, text

from approver_tui.domain import Action
from approver_tui.services.audit import verify_chain
from approver_tui.services.items import ItemRef
from approver_tui.services.settings import Settings
from approver_tui.services.workflow import perform
from approver_tui.services.workspace import open_workspace
from approver_tui.store.engine import StoreError, open_database
from approver_tui.store.migrations import HEAD_REVISION, KNOWN_REVISIONS, alembic_config
from approver_tui.store.models import Commitment, Company, Invoice, Project, aware_utc, metadata
from approver_tui.store.search import SEARCHED, is_text_index
from tests.conftest import ROOT

FIRST_RELEASE = ROOT / "tests" / "data" / "schema_0001_demo.sql"
ADDED_SINCE = {"erp_exports", "erp_cost_codes"}  # tables later migrations created
FIRST_TABLES = [t for t in metadata.sorted_tables if t.name not in ADDED_SINCE]


def test_head_constant_matches_the_newest_migration():
    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_current_head() == HEAD_REVISION
    assert sorted(r.revision for r in scripts.walk_revisions()) == list(KNOWN_REVISIONS)


@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index",
                            "ignore:Skipped unsupported reflection of expression-based index")
def test_the_migrations_build_exactly_the_tables_the_models_describe(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        # the text search tables (FTS5, kept by triggers) are the migrations' alone
        searching = MigrationContext.configure(conn, opts={"include_name": lambda name, kind, _parent: not (
            kind == "table" and is_text_index(name))})
        differences = compare_metadata(searching, metadata)
        # alembic cannot compare indexes on expressions (the sort indexes on nullable columns): by name
        made = {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        triggers = {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'")}
    engine.dispose()
    assert differences == []
    assert made == {index.name for table in metadata.tables.values() for index in table.indexes}
    assert triggers == {f"{table}_search_{event}" for table in SEARCHED for event in ("insert", "delete", "update")}


def first_release_database(path) -> None:
    with sqlite3.connect(path) as raw:
        raw.executescript(FIRST_RELEASE.read_text(encoding="utf-8"))


async def copy_into_postgres_at_0001(sqlite_path, url: str) -> None:
    """The same data in a PostgreSQL database made by the first release's migration."""
    from sqlalchemy.ext.asyncio import create_async_engine

    from approver_tui.store.engine import database_url

    engine = create_async_engine(database_url(url))
    async with engine.begin() as conn:
        await conn.run_sync(lambda sync: command.upgrade(alembic_config(sync), "0001"))
        source = create_engine(f"sqlite:///{sqlite_path}")
        first_schema = MetaData()  # the tables as the first release made them, not as today's models are
        first_schema.reflect(bind=source)
        with source.connect() as old:
            for table in first_schema.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [dict(r._mapping) for r in old.execute(select(table))]
                if rows:
                    await conn.execute(table.insert(), rows)
                if "id" in table.c and rows:
                    await conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                            f"(SELECT max(id) FROM {table.name}))"))
        source.dispose()
    await engine.dispose()


async def row_counts(db) -> dict[str, int]:
    async with db.read() as session:
        return {t.name: await session.scalar(select(func.count()).select_from(t)) for t in FIRST_TABLES}


async def test_a_first_release_database_is_upgraded_without_losing_data(backend, empty_url, tmp_path):
    sqlite_copy = tmp_path / "first.db"
    first_release_database(sqlite_copy)
    with sqlite3.connect(sqlite_copy) as raw:
        expected = {t.name: raw.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in FIRST_TABLES}
    url = str(sqlite_copy)
    if backend == "postgresql":
        await copy_into_postgres_at_0001(sqlite_copy, empty_url)
        url = empty_url

    db = await open_database(url)
    try:
        assert await row_counts(db) == expected and expected["audit_log"] > 100
        assert (await verify_chain(db)).intact
        async with db.read() as session:  # migration 0006 copied the related names onto each row
            vendor = Company.__table__.alias("vendor")
            copies = (await session.execute(
                select(Invoice.vendor_name, vendor.c.name, Invoice.project_name, Project.name,
                       Invoice.commitment_number, Commitment.number)
                .join(Commitment, Commitment.id == Invoice.commitment_id).join(Project, Project.id == Invoice.project_id)
                .join(vendor, vendor.c.id == Commitment.vendor_id))).all()
        assert copies and all(row[0::2] == row[1::2] for row in copies)
    finally:
        await db.close()
    ws = await open_workspace(Settings(db=url, user="approver", erp_export_dir=tmp_path / "export"))
    try:
        result = await perform(ws, Action.ACCEPT, [ItemRef.parse("invoice:16")])
        assert [o.to_state for o in result.done] == ["synced"]
        assert (tmp_path / "export" / "invoice-16.json").exists()
    finally:
        await ws.close()


async def test_a_database_from_a_newer_version_is_refused_and_left_untouched(demo_db):
    with closing(sqlite3.connect(demo_db)) as raw, raw:  # closed: its WAL is folded into the file
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    with pytest.raises(StoreError, match="newer version of approver-tui"):
        await open_database(str(demo_db))
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before


async def test_new_database_files_are_readable_by_their_owner_only(tmp_path):
    db = await open_database(str(tmp_path / "new.db"))
    await db.close()
    assert (tmp_path / "new.db").stat().st_mode & 0o777 == 0o600


WATCHER_CLOSED_MID_READ = """
import asyncio, sys
from approver_tui.store.changes import SqliteWatcher

async def main():
    for _ in range(500):
        watcher = SqliteWatcher(sys.argv[1])
        reads = [asyncio.ensure_future(asyncio.to_thread(watcher._read)) for _ in range(4)]
        await asyncio.sleep(0)  # the reads are under way in their threads
        watcher.close()  # what the app does when the watching worker is cancelled
        await asyncio.gather(*reads)

asyncio.run(main())
"""


def test_closing_the_change_watcher_while_it_reads_does_not_crash_the_process(demo_db):
    """Closing the sqlite3 connection under a read in another thread was a segmentation fault
    (seen in CI when an app quit mid-poll); in a child process so that a crash is a failure."""
    import subprocess
    import sys

    child = subprocess.run([sys.executable, "-c", WATCHER_CLOSED_MID_READ, str(demo_db)],
                           capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert child.returncode == 0, child.stderr[-2000:]


async def test_a_generated_company_is_stored_alike_on_sqlite_and_postgresql(postgres_server, tmp_path):
    """seed scale writes through the bulk path (executemany on SQLite, COPY on PostgreSQL): every
    column reads back the same on both, times as aware UTC, and the audit chain checks."""
    from approver_tui.services.seeding import seed_scale
    from approver_tui.store.models import AuditRecord
    from tests.conftest import FIXED_NOW
    from tests import pg

    name = pg.fresh_name()
    postgres_server.psql("postgres", f"CREATE DATABASE {name}")
    stored = []
    for url in (str(tmp_path / "scale.db"), postgres_server.url(name)):
        db = await open_database(url)
        told = []
        try:
            counts = await seed_scale(db, 2_500, seed=5, now=FIXED_NOW, progress=told.append)
            async with db.read() as session:
                rows = [tuple(getattr(row, c.key) for c in model.__table__.columns)
                        for model in (Invoice, Company, AuditRecord)
                        for row in (await session.scalars(select(model).order_by(model.id))).all()]
            chain = await verify_chain(db)
        finally:
            await db.close()
        state = Invoice.__table__.columns.keys().index("erp_state")
        assert chain.intact and chain.records == sum(row[state] == "pending" for row in rows[:2_500])
        assert sum(told) == counts["invoices"] == 2_500
        stored.append(rows)
    assert stored[0] == stored[1]
    with sqlite3.connect(tmp_path / "scale.db") as raw:
        # times in the ORM's text form: another form would compare out of order with them
        sent = {text for (text,) in raw.execute("SELECT sent_at FROM invoices WHERE sent_at IS NOT NULL")}
        assert sent and all(len(text) == len("2026-01-01 00:00:00.000000") for text in sent)
        # the text indexes, built once after the load
        for table in SEARCHED:
            raw.execute(f"INSERT INTO {table}_search ({table}_search) VALUES ('integrity-check')")  # raises if it strays
            assert raw.execute(f"SELECT v FROM {table}_search_config WHERE k = 'hashsize'").fetchone() == (1024 * 1024,)
        assert raw.execute("SELECT count(*) FROM invoices_search WHERE invoices_search MATCH '\"INV-0001\"'").fetchone() == (1000,)
    state, sent = (Invoice.__table__.columns.keys().index(name) for name in ("erp_state", "sent_at"))
    sent_at = [row[sent] for row in stored[0][:2_500] if row[state] == "pending"]
    assert sent_at and all(at.tzinfo is not None and at < FIXED_NOW for at in sent_at)


INDEX_DEFINITIONS = {
    "sqlite": "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
    "postgresql": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname",
}


async def test_a_bulk_load_rebuilds_the_indexes_the_migrations_made(backend, empty_url, sql):
    """seed scale drops the tables' indexes and builds them again from the models after the load:
    it must end with the very indexes the migrations made (the queue's partial ones included)."""
    from approver_tui.services.seeding import seed_scale

    db = await open_database(empty_url)
    try:
        migrated = sql(empty_url, INDEX_DEFINITIONS[backend])
        await seed_scale(db, 300, seed=2)
    finally:
        await db.close()
    # a definition may hold "||", which the sql fixture reads as column separators: rejoined
    assert any("queue_sent_at" in name and "WHERE" in "|".join(definition) for name, *definition in migrated)
    assert any("own_search" in name for name, *_ in migrated) == (backend == "postgresql")
    assert sql(empty_url, INDEX_DEFINITIONS[backend]) == migrated


async def test_pages_of_several_types_join_up_in_every_order(tmp_path):
    """The queue holds three types, each paged on its own and merged: walked page by page
    forward, backward or by offset, in any order, with many equal sort values (a generated company
    sends hundreds of items in the same second), it lists every row once, in one order."""
    from approver_tui.services.browse import View, count_rows, fetch_page, sort_key
    from approver_tui.services.listing import ListFilter, ListKind
    from approver_tui.services.seeding import seed_scale
    from tests.conftest import FIXED_NOW

    path = str(tmp_path / "scale.db")
    db = await open_database(path)
    try:
        await seed_scale(db, 3_000, seed=3, now=FIXED_NOW)
    finally:
        await db.close()
    with sqlite3.connect(path) as raw:  # commitments and companies queued beside the invoices, at the same times
        for table, every in (("commitments", 7), ("companies", 5)):
            raw.execute(f"UPDATE {table} SET erp_state = 'pending', sent_at = (SELECT min(sent_at) FROM invoices "
                        f"WHERE erp_state = 'pending') WHERE id % {every} = 0")
    ws = await open_workspace(Settings(db=path, user="admin"))
    try:
        for sort in ("id", "sent_at", "vendor", "amount_cents"):
            for descending in (False, True):
                view = View(ListKind.QUEUE, ListFilter(), sort=sort, descending=descending)
                total = await count_rows(ws.db, ws.actor, view)
                whole = await fetch_page(ws.db, ws.actor, view, limit=total)
                assert len({(row["type"], row["id"]) for row in whole}) == len(whole) == total > 100
                assert {row["type"] for row in whole} == {"invoice", "commitment", "company"}
                walked = await fetch_page(ws.db, ws.actor, view, limit=40)
                while len(page := await fetch_page(ws.db, ws.actor, view, limit=40, after=sort_key(view, walked[-1]))):
                    walked += page
                assert walked == whole, (sort, descending)
                assert await fetch_page(ws.db, ws.actor, view, limit=40, before=sort_key(view, whole[100])) == whole[60:100]
                assert await fetch_page(ws.db, ws.actor, view, limit=40, offset=70) == whole[70:110]
                assert await fetch_page(ws.db, ws.actor, view, limit=30, from_end=True) == whole[-30:]
    finally:
        await ws.close()


@pytest.mark.parametrize("naive", [datetime(1970, 1, 1), datetime(2026, 11, 22, 9, 15, 3, 120045),
                                   datetime(1899, 12, 31, 23, 59, 59, 999999), datetime(9999, 12, 31, 23, 59, 59)])
def test_a_stored_time_is_marked_utc_without_moving(naive):
    marked = aware_utc(naive)
    assert marked == naive.replace(tzinfo=timezone.utc)
    assert marked.tzinfo is timezone.utc and marked.isoformat() == naive.isoformat() + "+00:00"
