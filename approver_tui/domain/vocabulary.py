"""The words of the workflow: item types, business statuses, ERP states, actions, tool levels."""

from __future__ import annotations

from enum import Enum


class ItemType(str, Enum):
    INVOICE = "invoice"
    COMMITMENT = "commitment"
    COMPANY = "company"

    # hashed as its value, in C (Enum's own __hash__ is Python): item references are hashed by the
    # hundred thousand when a filtered view is marked; equal to its value, it must hash as it anyway
    __hash__ = str.__hash__

    @property
    def title(self) -> str:
        return _TYPE_TITLES[self]

    @property
    def plural(self) -> str:
        return "companies" if self is ItemType.COMPANY else f"{self.value}s"


_TYPE_TITLES = {
    ItemType.INVOICE: "subcontractor invoice",
    ItemType.COMMITMENT: "commitment",
    ItemType.COMPANY: "company",
}


class ErpState(str, Enum):
    NOT_SENT = "not_sent"
    PENDING = "pending"
    RETRIEVED = "retrieved"
    REJECTED = "rejected"
    SYNCED = "synced"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    ErpState.NOT_SENT: "Not sent",
    ErpState.PENDING: "Pending",
    ErpState.RETRIEVED: "Retrieved",
    ErpState.REJECTED: "Rejected",
    ErpState.SYNCED: "Synced",
    ErpState.FAILED: "Export failed",
}

QUEUE_STATES = frozenset({ErpState.PENDING, ErpState.FAILED})


class Action(str, Enum):
    SEND = "send"
    RETRIEVE = "retrieve"
    RESEND = "resend"
    ACCEPT = "accept"
    REJECT = "reject"
    EDIT = "edit"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.SEND: "Send to ERP",
    Action.RETRIEVE: "Retrieve from ERP",
    Action.RESEND: "Re-send to ERP",
    Action.ACCEPT: "Accept (export)",
    Action.REJECT: "Reject",
    Action.EDIT: "Edit",
}


class AdminTask(str, Enum):
    """Work on the company's set-up rather than on one item."""

    ERP_SYNC = "erp sync"
    VIEW_USERS = "view users"
    MANAGE_USERS = "manage users"
    DIGEST_SUBSCRIPTION = "digest subscription"


class ToolLevel(int, Enum):
    """Permission levels on a tool, ordered so that a higher level includes the lower ones."""

    NONE = 0
    READ_ONLY = 1
    STANDARD = 2
    ADMIN = 3

    @property
    def label(self) -> str:
        return self.name.replace("_", "-").title()

    @classmethod
    def parse(cls, text: str) -> ToolLevel:
        key = text.strip().upper().replace("-", "_").replace(" ", "_")
        try:
            return cls[key]
        except KeyError:
            raise ValueError(
                f"unknown permission level {text!r}: use none, read-only, standard or admin"
            ) from None


class Status:
    """Business statuses per item type, as (code, label) pairs in workflow order."""

    INVOICE = {
        "draft": "Draft",
        "under_review": "Under Review",
        "revise_resubmit": "Revise & Resubmit",
        "pending_owner_approval": "Pending Owner Approval",
        "approved_as_noted": "Approved as Noted",
        "approved": "Approved",
    }
    COMMITMENT = {
        "draft": "Draft",
        "out_for_signature": "Out for Signature",
        "approved": "Approved",
        "complete": "Complete",
        "void": "Void",
        "terminated": "Terminated",
    }
    COMPANY = {"active": "Active", "inactive": "Inactive"}

    @classmethod
    def of(cls, item_type: ItemType) -> dict[str, str]:
        return {
            ItemType.INVOICE: cls.INVOICE,
            ItemType.COMMITMENT: cls.COMMITMENT,
            ItemType.COMPANY: cls.COMPANY,
        }[item_type]

    @classmethod
    def label(cls, item_type: ItemType, code: str) -> str:
        return cls.of(item_type).get(code, code)

    @classmethod
    def parse(cls, item_type: ItemType, text: str) -> str:
        """Accept a status code or its label, in any case; raise ValueError naming the choices."""
        wanted = text.strip().lower()
        for code, label in cls.of(item_type).items():
            if wanted in (code, label.lower()):
                return code
        choices = ", ".join(cls.of(item_type))
        raise ValueError(f"unknown {item_type.title} status {text!r}: use one of {choices}")
