"""How values look on screen: drawn from typed values at the last moment."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal


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
