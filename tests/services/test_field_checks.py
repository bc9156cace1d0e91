"""What the edit form says under each field as it is typed: the same judgement as saving."""

from __future__ import annotations

import pytest

from approver_tui.domain import PROFILES, ItemType
from approver_tui.services.editing import check_field, parse_changes
from approver_tui.services.errors import InputError

VISTA, SAGE = PROFILES["vista"], PROFILES["sage300"]

CASES = [
    # item type, field, typed, profile, problem words (None: saves), note words (None: no note)
    (ItemType.INVOICE, "amount", "1250.00", VISTA, None, None),
    (ItemType.INVOICE, "amount", "1,250.5", VISTA, None, None),
    (ItemType.INVOICE, "amount", "12.345", VISTA, "at most two decimals", None),
    (ItemType.INVOICE, "amount", "twelve", VISTA, "is not an amount; write it like 1250.00", None),
    (ItemType.INVOICE, "amount", "1e20", VISTA, "too large", None),
    (ItemType.INVOICE, "billing_date", "2026-02-30", VISTA, "is not a date; write it as YYYY-MM-DD", None),
    (ItemType.INVOICE, "billing_date", "2026-02-28", VISTA, None, None),
    (ItemType.INVOICE, "number", "N" * 101, VISTA, "is 101 characters; at most 100 are kept", None),
    (ItemType.INVOICE, "number", "", VISTA, None, None),
    (ItemType.INVOICE, "status", "Approved as Noted", VISTA, None, None),
    (ItemType.INVOICE, "status", "paid", VISTA, "unknown subcontractor invoice status 'paid'", None),
    (ItemType.COMMITMENT, "number", "  ", VISTA, "Number may not be empty", None),
    (ItemType.COMMITMENT, "number", "SC-1001-01", VISTA, None, "10 of 30 characters Viewpoint Vista takes"),
    (ItemType.COMMITMENT, "number", "SC-1001-0001", SAGE, None, "12 of 12 characters Sage 300 CRE takes"),
    (ItemType.COMMITMENT, "number", "SC-1001-00001", SAGE, None, "13 of 12 characters: 1 too many for Sage 300 CRE"),
    (ItemType.COMMITMENT, "title", "T" * 61, VISTA, None, "61 of 60 characters: 1 too many"),
    (ItemType.COMPANY, "name", "N" * 61, VISTA, None, "cannot be sent until it fits"),
    (ItemType.COMPANY, "name", "Bad\x1bname", VISTA, "may not contain control characters", None),
    (ItemType.COMPANY, "city", "", VISTA, None, None),
]


@pytest.mark.parametrize("item_type, name, typed, profile, problem, note", CASES)
def test_each_field_is_judged_as_saving_would(item_type, name, typed, profile, problem, note):
    checked = check_field(item_type, name, typed, profile)
    if problem is None:
        assert checked.problem is None
        parse_changes(item_type, {name: typed})  # saving takes it too
    else:
        assert problem in checked.problem
        with pytest.raises(InputError):
            parse_changes(item_type, {name: typed})
    if note is None:
        assert checked.note is None
    else:
        assert note in checked.note

