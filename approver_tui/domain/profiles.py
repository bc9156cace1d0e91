"""ERP profiles: what each supported ERP accepts."""

from __future__ import annotations

from dataclasses import dataclass

from approver_tui.domain.vocabulary import ItemType


@dataclass(frozen=True)
class ErpProfile:
    key: str
    name: str
    company_name_limit: int
    commitment_title_limit: int
    commitment_number_limit: int
    invoice_statuses: frozenset[str]
    commitment_statuses: frozenset[str]
    syncs_zero_amount_invoices: bool = True
    takes_invoices: bool = True
    id_prefix: str = "ERP"

    def sendable_statuses(self, item_type: ItemType) -> frozenset[str]:
        if item_type is ItemType.INVOICE:
            return self.invoice_statuses
        if item_type is ItemType.COMMITMENT:
            return self.commitment_statuses
        return frozenset({"active"})

    def takes(self, item_type: ItemType) -> bool:
        return self.takes_invoices or item_type is not ItemType.INVOICE

    def text_limit(self, item_type: ItemType, field: str) -> int | None:
        """The most characters this ERP takes in the field, or None when it sets no limit."""
        return {
            (ItemType.COMPANY, "name"): self.company_name_limit,
            (ItemType.COMMITMENT, "title"): self.commitment_title_limit,
            (ItemType.COMMITMENT, "number"): self.commitment_number_limit,
        }.get((item_type, field))


PROFILES: dict[str, ErpProfile] = {
    profile.key: profile
    for profile in (
        ErpProfile(
            key="vista",
            name="Viewpoint Vista",
            company_name_limit=60,
            commitment_title_limit=60,
            commitment_number_limit=30,
            invoice_statuses=frozenset({"approved"}),
            commitment_statuses=frozenset({"approved", "complete"}),
            syncs_zero_amount_invoices=False,
            id_prefix="VST",
        ),
        ErpProfile(
            key="quickbooks-desktop",
            name="QuickBooks Desktop",
            company_name_limit=41,
            commitment_title_limit=255,
            commitment_number_limit=11,
            invoice_statuses=frozenset({"approved", "approved_as_noted"}),
            commitment_statuses=frozenset({"approved"}),
            id_prefix="QBD",
        ),
        ErpProfile(
            key="sage300",
            name="Sage 300 CRE",
            company_name_limit=30,
            commitment_title_limit=30,
            commitment_number_limit=12,
            invoice_statuses=frozenset({"approved", "approved_as_noted", "pending_owner_approval"}),
            commitment_statuses=frozenset({"approved"}),
            id_prefix="S3C",
        ),
        ErpProfile(
            key="spectrum",
            name="Viewpoint Spectrum",
            company_name_limit=30,
            commitment_title_limit=255,
            commitment_number_limit=10,
            invoice_statuses=frozenset(),
            commitment_statuses=frozenset({"approved"}),
            takes_invoices=False,
            id_prefix="SPC",
        ),
    )
}

DEFAULT_PROFILE = "vista"


def profile_named(key: str) -> ErpProfile:
    try:
        return PROFILES[key]
    except KeyError:
        raise ValueError(
            f"unknown ERP profile {key!r}: use one of {', '.join(PROFILES)}"
        ) from None
