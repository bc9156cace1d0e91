"""Writing many rows at once, as fast as each database takes them: one `executemany` of plain
tuples on SQLite, `COPY` on PostgreSQL. Values go through the columns' own bind processing, so
what is stored is exactly what an ORM insert would have stored."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Table

from approver_tui.store.search import SEARCHED, paused_statements

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


async def insert_rows(session: AsyncSession, table: Table, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """Insert `rows` (tuples in the order of `columns`) into `table` within the session's transaction.
    On PostgreSQL, explicit ids do not move the table's id sequence (nothing inserts items later)."""
    if not rows:
        return
    connection = await session.connection()
    dialect = connection.dialect
    # the dialect's own form of each type: a TypeDecorator's bare bind_processor leaves SQLite's
    # datetimes to the driver, which writes them in another text form than the ORM does
    processors = [(index, _remembering(process)) for index, name in enumerate(columns)
                  if (process := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None]
    if processors:
        rows = [_processed(row, processors) for row in rows]
    if dialect.name == "postgresql":
        # COPY goes around SQLAlchemy to the driver, which opens the session's transaction only
        # when a statement runs: one runs first, so the rows are part of that transaction
        await connection.exec_driver_sql("SELECT 1")
        driver = (await connection.get_raw_connection()).driver_connection
        await driver.copy_records_to_table(table.name, records=rows, columns=list(columns))
        return
    marks = ", ".join("?" for _ in columns)
    await connection.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", rows)


def _remembering(process):
    """`process`, each distinct value converted once: a bulk load repeats a few dates many times."""
    done: dict = {}

    def remembered(value):
        if value not in done:
            done[value] = process(value)
        return done[value]

    return remembered


def _processed(row: tuple, processors) -> tuple:
    values = list(row)
    for index, process in processors:
        values[index] = process(values[index])
    return tuple(values)


@asynccontextmanager
async def indexes_built_after(session: AsyncSession, *tables: Table) -> AsyncIterator[None]:
    """Fill empty `tables` without their indexes (text search included), then build each index once
    from the loaded rows: far faster than keeping a dozen indexes up to date row by row."""
    connection = await session.connection()
    indexes = [index for table in tables for index in table.indexes]
    paused = [paused_statements(connection.dialect.name, table.name) for table in tables if table.name in SEARCHED]
    if connection.dialect.name == "sqlite":  # sort for each index on two threads: a third faster
        await connection.exec_driver_sql("PRAGMA threads = 2")
    for index in indexes:
        await connection.run_sync(index.drop)
    for statement in (s for pause, _ in paused for s in pause):
        await connection.exec_driver_sql(statement)
    yield
    for index in indexes:
        await connection.run_sync(index.create)
    for statement in (s for _, resume in paused for s in resume):
        await connection.exec_driver_sql(statement)
