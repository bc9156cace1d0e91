"""Writing many rows at once, as fast as each database takes them: one `executemany` of plain
tuples on SQLite, `COPY` on PostgreSQL. Values go through the columns' own bind processing, so
what is stored is exactly what an ORM insert would have stored."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession


async def insert_rows(session: AsyncSession, table: Table, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """Insert `rows` (tuples in the order of `columns`) into `table` within the session's transaction.
    On PostgreSQL, explicit ids do not move the table's id sequence (nothing inserts items later)."""
    if not rows:
        return
    connection = await session.connection()
    dialect = connection.dialect
    processors = [(index, process) for index, name in enumerate(columns)
                  if (process := table.c[name].type.bind_processor(dialect)) is not None]
    if processors:
        rows = [_processed(row, processors) for row in rows]
    if dialect.name == "postgresql":
        # a statement first: COPY goes through the driver, and the transaction starts on a statement
        await connection.exec_driver_sql("SET LOCAL synchronous_commit = off")
        driver = (await connection.get_raw_connection()).driver_connection
        await driver.copy_records_to_table(table.name, records=rows, columns=list(columns))
        return
    marks = ", ".join("?" for _ in columns)
    await connection.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", rows)


def _processed(row: tuple, processors) -> tuple:
    values = list(row)
    for index, process in processors:
        values[index] = process(values[index])
    return tuple(values)

