"""Finding typed text anywhere in an item's names without reading every row: SQLite's FTS5 with
its trigram tokenizer, PostgreSQL's pg_trgm. Both find text of three characters or more through
an index; shorter text is matched row by row."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Integer, String, column, literal_column, table
from sqlalchemy.sql import ColumnElement, TableClause

# The text columns a filter looks in, per item table; each related name is a copy on the row.
SEARCHED: dict[str, tuple[str, ...]] = {
    "invoices": ("number", "last_reason", "project_name", "vendor_name", "commitment_number"),
    "commitments": ("number", "title", "last_reason", "project_name", "vendor_name"),
    "companies": ("name", "contact", "last_reason", "erp_id"),
}
SHORTEST_INDEXED = 3  # a trigram index finds text of three characters or more

# Searched columns that copy a name kept in a small table of its own (the lists sort by the copy),
# and where that name is kept: (table, column).
COPIED_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "invoices": {"project_name": ("projects", "name"), "vendor_name": ("companies", "name")},
    "commitments": {"project_name": ("projects", "name"), "vendor_name": ("companies", "name")},
}


def own_columns(table_name: str) -> tuple[str, ...]:
    """The searched columns of `table_name` that are its rows' own text, not copied names."""
    return tuple(c for c in SEARCHED[table_name] if c not in COPIED_NAMES.get(table_name, {}))


@cache  # one table object each: a query that names it twice then reads it once
def text_index(table_name: str) -> TableClause:
    """SQLite: the FTS5 table that indexes `table_name`'s searched columns, row for row (rowid = id)."""
    return table(f"{table_name}_search", column("rowid", Integer))


def is_text_index(name: str) -> bool:
    """Whether a table is an FTS5 table of ours or one of the tables FTS5 keeps for it."""
    return any(name == f"{t}_search" or name.startswith(f"{t}_search_") for t in SEARCHED)


def fts_phrase(text: str) -> str:
    """`text` as one FTS5 phrase: with the trigram tokenizer, rows that hold it anywhere in a column."""
    return '"' + text.replace('"', '""') + '"'


def _joined_sql(columns: tuple[str, ...]) -> str:
    # chr(31), the unit separator, between the columns: no typed text matches across two of them
    return " || chr(31) || ".join(f"coalesce({name}, '')" for name in columns)


def joined_text(table_name: str) -> ColumnElement[str]:
    """PostgreSQL: the searched columns as one text, exactly the expression the trigram index holds
    (so the planner can use it). Unqualified: used in selects from the item's own table only."""
    return literal_column(f"({_joined_sql(SEARCHED[table_name])})", String)


def own_text(table_name: str) -> ColumnElement[str]:
    """PostgreSQL: the table's own searched columns (own_columns) as one text, exactly as their
    trigram index holds them. Unqualified, as joined_text."""
    return literal_column(f"({_joined_sql(own_columns(table_name))})", String)


def _fts_kept(name: str) -> list[str]:
    """SQLite: triggers that keep `name`'s FTS5 table in step with its rows, then the table filled
    from the rows already there."""
    columns = SEARCHED[name]
    listed = ", ".join(columns)

    def values(row: str) -> str:
        return ", ".join(f"{row}.{c}" for c in columns)

    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    insert = f"INSERT INTO {name}_search (rowid, {listed}) VALUES (new.id, {values('new')});"
    delete = f"INSERT INTO {name}_search ({name}_search, rowid, {listed}) VALUES ('delete', old.id, {values('old')});"
    return [
        f"CREATE TRIGGER {name}_search_insert AFTER INSERT ON {name} BEGIN {insert} END",
        f"CREATE TRIGGER {name}_search_delete AFTER DELETE ON {name} BEGIN {delete} END",
        f"CREATE TRIGGER {name}_search_update AFTER UPDATE OF {listed} ON {name} WHEN {changed} "
        f"BEGIN {delete} {insert} END",
        *_fts_rebuilt(name),
    ]


FTS_BUILD_HASH = 64 * 1024 * 1024  # bytes of terms FTS5 gathers before writing a segment (default 1 MiB)


def _fts_rebuilt(name: str) -> list[str]:
    """SQLite: `name`'s FTS5 table filled from the rows already there. Gathering 64 MiB of terms
    at a time, not FTS5's usual 1 MiB, leaves far fewer segments to merge: a million invoices
    index in about half the time. Small writes afterwards go back to the usual size."""
    def hash_size(size: int) -> str:
        return f"INSERT INTO {name}_search ({name}_search, rank) VALUES ('hashsize', {size})"

    return [hash_size(FTS_BUILD_HASH), f"INSERT INTO {name}_search ({name}_search) VALUES ('rebuild')",
            hash_size(1024 * 1024)]


def _fts_unkept(name: str) -> list[str]:
    return [f"DROP TRIGGER {name}_search_{event}" for event in ("insert", "delete", "update")]


def _trigram_index(index: str, name: str, columns: tuple[str, ...]) -> str:
    return f"CREATE INDEX {index} ON {name} USING gin (({_joined_sql(columns)}) gin_trgm_ops)"


def create_statements(dialect: str, name: str) -> list[str]:
    """The index that finds text in table `name`, made from the rows already there."""
    if dialect == "sqlite":
        return [f"CREATE VIRTUAL TABLE {name}_search USING fts5({', '.join(SEARCHED[name])}, "
                f"content='{name}', content_rowid='id', tokenize='trigram')", *_fts_kept(name)]
    return [_trigram_index(f"ix_{name}_search", name, SEARCHED[name])]


def drop_statements(dialect: str, name: str) -> list[str]:
    if dialect == "sqlite":
        return [*_fts_unkept(name), f"DROP TABLE {name}_search"]
    return [f"DROP INDEX ix_{name}_search"]


def _own_index(dialect: str, name: str) -> str | None:
    """PostgreSQL, for a table with copied names: its trigram index of its own text alone. With the
    copies' sort indexes it yields every matching id without reading the table (listing.shown_ids).
    SQLite's FTS5 table already gives the ids alone: None there, and for tables without copies."""
    return f"ix_{name}_own_search" if dialect != "sqlite" and name in COPIED_NAMES else None


def create_own_statements(dialect: str, name: str) -> list[str]:
    index = _own_index(dialect, name)
    return [] if index is None else [_trigram_index(index, name, own_columns(name))]


def drop_own_statements(dialect: str, name: str) -> list[str]:
    index = _own_index(dialect, name)
    return [] if index is None else [f"DROP INDEX {index}"]


def paused_statements(dialect: str, name: str) -> tuple[list[str], list[str]]:
    """What stops keeping the text indexes of table `name` up to date while it is filled, and what
    brings them up to date once, from all the rows, afterwards: far faster than row by row."""
    if dialect == "sqlite":
        return _fts_unkept(name), _fts_kept(name)
    return ([*drop_statements(dialect, name), *drop_own_statements(dialect, name)],
            [*create_statements(dialect, name), *create_own_statements(dialect, name)])
