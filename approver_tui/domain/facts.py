"""What the rules need to know about a person and an item, as plain values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from approver_tui.domain.vocabulary import ErpState, ItemType, ToolLevel


@dataclass(frozen=True)
class Actor:
    """A directory user and what they may do."""

    login: str
    name: str = ""
    project_levels: Mapping[int, ToolLevel] = field(default_factory=dict)
    directory_level: ToolLevel = ToolLevel.NONE
    approver: bool = False
    approver_types: frozenset[ItemType] | None = None  # None: every type
    sees_every_project: bool = False  # may read every project there is (lists then need not check)

    def commitments_level(self, project_id: int | None) -> ToolLevel:
        if project_id is None:
            return ToolLevel.NONE
        return self.project_levels.get(project_id, ToolLevel.NONE)

    def tool_level(self, item: ItemFacts) -> ToolLevel:
        if item.type is ItemType.COMPANY:
            return self.directory_level
        return self.commitments_level(item.project_id)

    def approves(self, item_type: ItemType) -> bool:
        return self.approver and (self.approver_types is None or item_type in self.approver_types)

    def may_see(self, item: ItemFacts) -> bool:
        return self.approves(item.type) or self.tool_level(item) >= ToolLevel.READ_ONLY

    def summary(self, project_count: int) -> str:
        """One short line on what this person may do (a persona picker's description)."""
        admin_on = sum(1 for level in self.project_levels.values() if level is ToolLevel.ADMIN)
        places = []
        if admin_on:
            places.append("every project" if admin_on >= project_count else f"{admin_on} of {project_count} projects")
        if self.directory_level is ToolLevel.ADMIN:
            places.append("the Directory")
        powers = [f"sends, retrieves, edits and re-sends on {' and in '.join(places)}"] if places else []
        if self.approver:
            kinds = "everything" if self.approver_types is None else " and ".join(
                sorted(t.plural for t in self.approver_types)) + " only"
            powers.append(f"accepts or rejects {kinds}" + (", never their own" if places else ""))
        text = "; ".join(powers) or "reads; changes nothing"
        return text[0].upper() + text[1:] + "."

    @property
    def roles(self) -> list[str]:
        """Short role names for headers and `users show`."""
        roles = []
        if any(level is ToolLevel.ADMIN for level in self.project_levels.values()):
            roles.append("commitments admin")
        if self.directory_level is ToolLevel.ADMIN:
            roles.append("directory admin")
        if self.approver:
            if self.approver_types is None:
                roles.append("accounting approver")
            else:
                kinds = ", ".join(sorted(t.plural for t in self.approver_types))
                roles.append(f"accounting approver ({kinds})")
        return roles or ["viewer"]


@dataclass(frozen=True)
class ItemFacts:
    """One item as the rules see it. Fields that do not apply to the item's type keep defaults."""

    type: ItemType
    id: int
    label: str
    status: str
    erp_state: ErpState
    version: int = 1
    project_id: int | None = None
    project_name: str | None = None
    project_synced: bool = True
    sent_by: str | None = None
    sent_at: datetime | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    erp_id: str | None = None
    # invoices
    amount_cents: int = 0
    invoice_number: str | None = None
    billing_date: str | None = None
    commitment_label: str | None = None
    commitment_synced: bool = True
    # commitments
    number: str | None = None
    title: str | None = None
    vendor_name: str | None = None
    vendor_linked: bool = True
    has_cost_code: bool = True
    # companies
    name: str | None = None
    address: str | None = None
    directory_synced: bool = True

    @property
    def ref(self) -> str:
        return f"{self.type.value}:{self.id}"
