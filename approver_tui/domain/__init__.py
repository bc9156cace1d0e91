"""Pure workflow rules: no I/O, no database, no UI."""

from approver_tui.domain.availability import ALLOWED_FROM, Reason, admin_task_reasons, next_state, reasons_against
from approver_tui.domain.facts import Actor, ItemFacts
from approver_tui.domain.profiles import DEFAULT_PROFILE, PROFILES, ErpProfile, profile_named
from approver_tui.domain.vocabulary import (
    QUEUE_STATES,
    Action,
    AdminTask,
    ErpState,
    ItemType,
    Status,
    ToolLevel,
)

__all__ = [
    "ALLOWED_FROM",
    "DEFAULT_PROFILE",
    "PROFILES",
    "QUEUE_STATES",
    "Action",
    "Actor",
    "AdminTask",
    "ErpProfile",
    "ErpState",
    "ItemFacts",
    "ItemType",
    "Reason",
    "Status",
    "ToolLevel",
    "admin_task_reasons",
    "next_state",
    "profile_named",
    "reasons_against",
]
