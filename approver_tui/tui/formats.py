"""How values look on screen: drawn from typed values at the last moment."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

BULLETS = ("• ", "→ ", "✗ ", "✓ ", "- ")
TWO_COLUMNS = re.compile(r"\s*\S+(?: \S+)*\s{2,}(?=\S)")


def amount_text(cents: int | None) -> str:
    """1234567 -> "12,345.67"; nothing for no amount."""
    return "" if cents is None else f"{Decimal(cents).scaleb(-2):,.2f}"


def age(since: datetime | None, now: datetime) -> str:
    if since is None:
        return ""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return f"{minutes}m"
    hours = minutes // 60
    return f"{hours}h" if hours < 48 else f"{hours // 24}d {hours % 24}h"


class Hanging:
    """Text whose wrapped lines keep their indent: a line that starts with spaces and a bullet
    continues under the first word after the bullet, a line of two columns (a gap of two or more
    spaces) under its second column, any other line under its own indent, never at the left edge
    unless it starts there. Wraps to the width it is drawn at (a Rich renderable, so dialogs
    measure and draw it alike)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        lines = self.text.split("\n", allow_blank=True)
        if len(lines) > 1 and not lines[-1].plain:
            lines = lines[:-1]  # a closing newline ends the last line; it does not add one
        # Textual measures a Rich renderable by its newlines: every line, the last too, ends in one
        out = Text(end="\n")
        for n, line in enumerate(lines):
            if n:
                out.append("\n")
            plain = line.plain
            indent = len(plain) - len(plain.lstrip(" "))
            bullet = next((len(b) for b in BULLETS if plain[indent:].startswith(b)), 0)
            column = TWO_COLUMNS.match(plain)  # "  key      what it does": under the second column
            indent += bullet or (column.end() - indent if column else 0)
            if line.cell_len <= width or not 0 < indent <= width // 2:
                out.append_text(line)
                continue
            pieces = line[indent:].wrap(console, width - indent)
            for m, piece in enumerate(pieces):
                out.append_text(line[:indent] if m == 0 else Text(" " * indent))
                out.append_text(piece)
                if m < len(pieces) - 1:
                    out.append("\n")
        yield out

    @property
    def plain(self) -> str:
        return self.text.plain
