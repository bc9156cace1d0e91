"""Noticing that another process committed a change, cheaply enough to keep watching all day.

SQLite: `PRAGMA data_version` on a connection of our own changes whenever any other connection
commits; it is asked every POLL_SECONDS in a thread (it reads the WAL index, no query runs).
PostgreSQL: every write transaction sends NOTIFY on NOTIFY_CHANNEL signed by the Database that
wrote it (Database.write); a listening connection wakes up on it, and ignores its own Database's.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from typing import Protocol

from approver_tui.store.engine import NOTIFY_CHANNEL, Database

POLL_SECONDS = 0.5


class ChangeWatcher(Protocol):
    async def wait(self) -> None:
        """Return when another process has committed a change since the last call."""

    async def absorb(self) -> None:
        """Forget changes committed so far (this app's own, already shown)."""

    def close(self) -> None: ...


class SqliteWatcher:
    def __init__(self, path: str):
        self._connection: sqlite3.Connection | None = sqlite3.connect(
            path, check_same_thread=False, isolation_level=None)
        self._version: int | None = None
        # Closing while a thread still reads crashes the process (SIGSEGV inside sqlite): the app
        # closes the watcher when its worker is cancelled, and a read started in a thread cannot be.
        self._lock = threading.Lock()

    def _read(self) -> int | None:
        with self._lock:
            if self._connection is None:  # closed: nothing more to notice
                return self._version
            return self._connection.execute("PRAGMA data_version").fetchone()[0]

    async def absorb(self) -> None:
        self._version = await asyncio.to_thread(self._read)

    async def wait(self) -> None:
        if self._version is None:
            await self.absorb()
        while True:
            await asyncio.sleep(POLL_SECONDS)
            version = await asyncio.to_thread(self._read)
            if version != self._version:
                self._version = version
                return

    def close(self) -> None:
        with self._lock:  # waits for a read under way: one PRAGMA, microseconds
            if self._connection is not None:
                self._connection.close()
                self._connection = None


class PostgresWatcher:
    def __init__(self, connection, own_token: str):
        self._connection = connection
        self._own_token = own_token
        self._event = asyncio.Event()

    @classmethod
    async def listen(cls, dsn: str, own_token: str) -> PostgresWatcher:
        import asyncpg

        watcher = cls(await asyncpg.connect(dsn), own_token)
        await watcher._connection.add_listener(NOTIFY_CHANNEL, watcher._notified)
        return watcher

    def _notified(self, _connection, _pid, _channel, payload: str) -> None:
        if payload != self._own_token:
            self._event.set()

    async def absorb(self) -> None:
        self._event.clear()

    async def wait(self) -> None:
        await self._event.wait()
        self._event.clear()

    def close(self) -> None:
        self._connection.terminate()  # never waits on the network at exit


async def watch(db: Database) -> ChangeWatcher:
    url = db.url
    if db.is_sqlite:
        return await asyncio.to_thread(SqliteWatcher, url.database)
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return await PostgresWatcher.listen(dsn, db.writer_token)
