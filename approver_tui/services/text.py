"""Text from the database is data: make it safe to put on a terminal."""

from __future__ import annotations


def printable(value: object) -> str:
    """`value` as one line of plain text: control and escape characters are shown as escapes
    (\\x1b, \\n, ...) so they can never move the cursor or restyle the terminal."""
    text = "" if value is None else str(value)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)
