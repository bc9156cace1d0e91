"""Opening a database: URL rules, SQLite settings, migrations on open, read and write sessions."""

from __future__ import annotations

import asyncio
import os
import socket
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import create_engine, event, func, inspect, select
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from approver_tui.store.migrations import HEAD_REVISION, KNOWN_REVISIONS, upgrade_to_head
from approver_tui.store.models import map_rows

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

T = TypeVar("T")

BUSY_TIMEOUT_MS = 30_000
# PostgreSQL: every write transaction tells listeners (store.changes) that data changed.
NOTIFY_CHANNEL = "approver_tui_changes"


def this_process() -> str:
    """Names this process across hosts: who is delivering an export, whose change a notice is."""
    return f"{socket.gethostname()}:{os.getpid()}"


class StoreError(Exception):
    """A database that cannot be used; the message says what is wrong and what to do."""


def database_url(raw: str) -> URL:
    """A SQLAlchemy URL, a postgresql:// URL, or a plain file path (SQLite)."""
    if "://" not in raw:
        path = Path(raw).expanduser()
        if not path.parent.exists():
            raise StoreError(f"Database folder {path.parent} does not exist: create it or choose another --db.")
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file: give a file path as --db.")
        if path.exists() and not (os.access(path, os.R_OK) and os.access(path, os.W_OK)):
            raise StoreError(f"{path} is not readable and writable for you: approver-tui needs to "
                             "read and write it (and its folder), so ask its owner or choose another --db.")
        return URL.create("sqlite+aiosqlite", database=str(path.resolve()))
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(f"Cannot read the database URL {raw!r}: use a file path or postgresql://user@host/db.") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            return database_url(url.database)
        return url.set(drivername="sqlite+aiosqlite")
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+asyncpg")
    raise StoreError(f"Unsupported database {backend!r}: use a SQLite file path or a postgresql:// URL.")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # Take transaction control away from the driver so BEGIN is ours to issue (below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        # A writer takes the write lock at BEGIN, so two writers queue on the busy timeout
        # instead of one failing with "database is locked" when it upgrades a read lock.
        immediate = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """An opened, migrated database with read and write sessions.

    On SQLite, plain reads (`run_read`) go through the standard sqlite3 driver on worker threads,
    and the asyncio engine, the sessions and the ORM are set up when first used: the app's first
    frame is read through plain reads alone, and importing the rest would cost it some 50 ms."""

    def __init__(self, url: URL, threaded: Engine | None = None):
        self.url = url
        self.dialect = url.get_backend_name()
        self.is_sqlite = self.dialect == "sqlite"
        self._threaded = threaded
        # signs this Database's change notices, so its own watcher can tell them from others'
        self.writer_token = f"{this_process()}:{id(self):x}"

    @cached_property
    def engine(self) -> AsyncEngine:
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(self.url)
        if self.is_sqlite:
            _configure_sqlite(engine.sync_engine)
        return engine

    @cached_property
    def _reader(self) -> async_sessionmaker:
        return _sessions_on(self.engine)

    @cached_property
    def _writer(self) -> async_sessionmaker:
        return _sessions_on(self.engine.execution_options(write=True))

    async def run_read(self, work: Callable[[Connection], T]) -> T:
        """`work(connection)`: plain (Core) reads in one transaction, without the ORM."""
        return await self._run(work, commit=False)

    async def _run(self, work: Callable[[Connection], T], *, commit: bool) -> T:
        if self._threaded is not None:
            return await asyncio.to_thread(_run_on, self._threaded, work, commit)
        async with self.engine.begin() if commit else self.engine.connect() as connection:
            return await connection.run_sync(work)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        async with self._reader() as session:
            yield session

    @asynccontextmanager
    async def plain_read(self) -> AsyncIterator[AsyncConnection]:
        """A connection to stream plain rows from (listing.stream_rows); other plain reads go
        through run_read."""
        async with self.engine.connect() as connection:
            yield connection

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """One write transaction: committed when the block ends, rolled back on error."""
        async with self._writer() as session, session.begin():
            yield session
            if not self.is_sqlite:  # delivered on commit, dropped on rollback
                await session.execute(select(func.pg_notify(NOTIFY_CHANNEL, self.writer_token)))

    async def close(self) -> None:
        if "engine" in self.__dict__:  # made by now
            await self.engine.dispose()
        if self._threaded is not None:
            await asyncio.to_thread(self._threaded.dispose)


def _run_on(engine: Engine, work: Callable[[Connection], T], commit: bool) -> T:
    with engine.begin() if commit else engine.connect() as connection:
        return work(connection)


def _sessions_on(engine: AsyncEngine) -> async_sessionmaker:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    map_rows()
    return async_sessionmaker(engine, expire_on_commit=False)


def _schema_revision(sync_conn) -> str | None:
    tables = set(inspect(sync_conn).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise StoreError(
                "This database holds other tables and no approver-tui schema: "
                "it belongs to another program. Choose another --db."
            )
        return None
    revision = sync_conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise StoreError(
            f"This database was made by a newer version of approver-tui (schema {revision}; this one "
            f"knows up to {HEAD_REVISION}): upgrade approver-tui. The database was not changed."
        )
    return revision


def _create_private_file(url: URL) -> None:
    """A new SQLite file is readable and writable by its owner only (its -wal and -shm files
    take the same mode): it holds who approved what, and payment amounts."""
    if not _is_file(url):
        return
    try:
        os.close(os.open(url.database, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


async def open_database(raw_url: str) -> Database:
    """Open (creating and migrating when needed) the database at `raw_url`."""
    url = database_url(raw_url)
    try:
        _create_private_file(url)
    except OSError as error:
        raise StoreError(_explain_open_error(url, error)) from None
    db = Database(url, _threaded_engine(url) if _is_file(url) else None)
    try:
        revision = await db.run_read(_schema_revision)
        if revision != HEAD_REVISION:
            await db._run(upgrade_to_head, commit=True)
    except StoreError:
        await db.close()
        raise
    except (DBAPIError, sqlite3.Error, OSError) as error:
        await db.close()
        raise StoreError(_explain_open_error(url, error)) from None
    except ModuleNotFoundError as error:  # the asyncio engine imports its driver when it is made
        await db.close()
        raise StoreError(
            f"The database driver {error.name!r} is not installed: pip install 'approver-tui[postgres]'."
        ) from None
    return db


def _is_file(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and bool(url.database) and url.database != ":memory:"


def _threaded_engine(url: URL) -> Engine:
    """The SQLite file through the standard driver, for reads on worker threads (Database)."""
    engine = create_engine(url.set(drivername="sqlite+pysqlite"))
    _configure_sqlite(engine)
    return engine


def _explain_open_error(url: URL, error: Exception) -> str:
    text = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    where = url.database if url.get_backend_name() == "sqlite" else url.render_as_string(hide_password=True)
    if "file is not a database" in text:
        return f"{where} is not a SQLite database: choose another --db."
    if isinstance(error, OperationalError) and "unable to open" in text:
        return f"Cannot open {where}: check that the file and its folder are readable and writable."
    if "readonly" in text or "read-only" in text:
        return f"{where} is read-only: approver-tui needs to write to it (and to its folder)."
    return f"Cannot open the database {where}: {text}"
