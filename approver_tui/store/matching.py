"""Case-insensitive substring matching, in each database's cheapest form."""

from __future__ import annotations

from sqlalchemy import Boolean
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
