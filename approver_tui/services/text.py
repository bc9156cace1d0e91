"""Text from the database is data: make it safe to put on a terminal."""

from __future__ import annotations


def printable(value: object) -> str:
    """`value` as one line of plain text: control and escape characters are shown as escapes
    (\\x1b, \\n, ...) so they can never move the cursor or restyle the terminal."""
    text = "" if value is None else str(value)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def is_control(ch: str) -> bool:
    """C0 and C1 control characters and DEL: what could move a terminal's cursor or start an
    escape sequence (ESC, the OSC introducer, ...) if it were ever printed raw."""
    code = ord(ch)
    return code < 32 or 127 <= code < 160


def checked_text(value: str, limit: int, required: bool) -> str | None:
    """`value` stripped, or None when empty and not required; ValueError says what is wrong.
    Nothing is cut short: a value over `limit` characters is refused, not truncated."""
    value = value.strip()
    if not value:
        if required:
            raise ValueError("may not be empty")
        return None
    if len(value) > limit:
        raise ValueError(f"is {len(value)} characters; at most {limit} are kept")
    bad = next((ch for ch in value if is_control(ch)), None)
    if bad is not None:
        raise ValueError(f"may not contain control characters (found {ascii(bad)[1:-1]}); write it on one line as plain text")
    return value
