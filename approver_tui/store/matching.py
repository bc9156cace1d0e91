"""Expressions each database answers in its own cheapest form: case-insensitive substring
matching, and many ids read as one value."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class matches_ignoring_case(FunctionElement):
    """`column` LIKE `pattern` without regard to case. PostgreSQL: ILIKE. SQLite: plain LIKE,
    which already ignores ASCII case; wrapping both sides in lower() would cost a third more
    on every filtered count."""

    type = Boolean()
    inherit_cache = True
    name = "matches_ignoring_case"


@compiles(matches_ignoring_case)
def _ilike(element, compiler, **kw):
    column, pattern = list(element.clauses)
    return compiler.process(column.ilike(pattern, escape="\\"), **kw)


@compiles(matches_ignoring_case, "sqlite")
def _sqlite_like(element, compiler, **kw):
    column, pattern = list(element.clauses)
    return compiler.process(column.like(pattern, escape="\\"), **kw)


class joined_ids(FunctionElement):
    """The `column` values of every matching row as one text, comma-separated (NULL for none).
    86,000 ids then cross from the database as one value: as rows they take three times as long."""

    type = String()
    inherit_cache = True
    name = "joined_ids"


@compiles(joined_ids)
def _string_agg(element, compiler, **kw):
    (column,) = list(element.clauses)
    return f"string_agg(CAST({compiler.process(column, **kw)} AS TEXT), ',')"


@compiles(joined_ids, "sqlite")
def _group_concat(element, compiler, **kw):
    (column,) = list(element.clauses)
    return f"group_concat({compiler.process(column, **kw)})"
