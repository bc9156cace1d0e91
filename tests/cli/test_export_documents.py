"""Export documents: an accepted item lands in the export folder as a JSON document that its
published schema describes; an export that cannot be written leaves the item failed and the
accept exits 1 naming it. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from approver_tui.services.documents import split_pro_rata
from tests.conftest import ROOT

SCHEMAS = ROOT / "approver_tui" / "schemas"
QUEUED = {"invoice": "invoice:11", "commitment": "commitment:10", "company": "company:14"}


def validator(kind: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"export-{kind}-v1.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def test_each_accepted_item_lands_as_a_document_its_schema_describes(cli, tmp_path):
    accepted = cli("approver", "accept", *QUEUED.values())
    assert accepted.returncode == 0, accepted.stderr
    for kind, ref in QUEUED.items():
        document = json.loads((tmp_path / "export" / f"{ref.replace(':', '-')}.json").read_text())
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator(kind).iter_errors(document)]
        assert errors == [], errors
        assert document["ref"] == ref and document["accepted_by"] == {"login": "approver", "name": "Pat Approver"}
        assert document["sent_by"] == "admin" and document["schema_version"] == 1
    assert not list((tmp_path / "export").glob(".export-*")), "no half-written file is left behind"


def test_an_invoice_document_carries_what_the_erp_import_needs(cli, tmp_path):
    cli("approver", "accept", "invoice:17")  # INV-2217 on SC-1002-01: two lines, 10 % retainage
    invoice = json.loads((tmp_path / "export" / "invoice-17.json").read_text())
    assert invoice["project"] == {"id": 2, "number": "1002", "name": "Riverside Elementary School", "erp_job_id": "J-1002"}
    assert invoice["vendor"]["erp_vendor_id"] == "VST-VEN-000005"
    assert invoice["commitment"]["number"] == "SC-1002-01" and invoice["commitment"]["erp_id"] == "VST-CMT-000008"
    amount, retainage = Decimal(invoice["amount"]), Decimal(invoice["retainage"])
    assert retainage == (amount / 10).quantize(Decimal("0.01"))
    assert Decimal(invoice["net_amount"]) == amount - retainage
    lines = invoice["distribution"]
    assert [line["cost_code"] for line in lines] == ["32-1800", "32-9000"]
    assert lines[1]["cost_code_description"] == "Planting"
    assert sum(Decimal(line["amount"]) for line in lines) == amount
    assert sum(Decimal(line["retainage"]) for line in lines) == retainage


@pytest.mark.parametrize("total,weights", [(100, [1, 1, 1]), (1, [5, 5]), (999_999, [3, 0, 7]), (50, [0, 0]),
                                           (-101, [1, 2]), (0, [4]), (7, [])])
def test_a_pro_rata_split_adds_up_to_the_cent(total, weights):
    shares = split_pro_rata(total, weights)
    assert len(shares) == len(weights)
    if weights:
        assert sum(shares) == total
        basis = weights if sum(weights) else [1] * len(weights)
        assert all(abs(share - total * w / sum(basis)) < 1 for share, w in zip(shares, basis))


def test_an_export_that_cannot_be_written_fails_the_item_and_the_accept_exits_1(cli, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the export folder should be")
    env = {"APPROVER_TUI_ERP_EXPORT_DIR": str(blocker / "exports")}
    result = cli("approver", "accept", "invoice:11", "invoice:12", env=env)
    assert result.returncode == 1
    assert "failed   invoice:11  INV-2211  pending -> failed: export failed: could not write" in result.stderr
    assert "2 done, 2 of them not exported, 0 refused" in result.stderr
    queue = {row["ref"]: row for row in json.loads(cli("approver", "list", "queue", "--json").stdout)}
    assert queue["invoice:11"]["erp_state"] == "failed"
    retried = cli("approver", "accept", "invoice:11")
    assert retried.returncode == 0 and "failed -> synced" in retried.stdout
    assert json.loads((tmp_path / "export" / "invoice-11.json").read_text())["erp_id"] == "VST-INV-000011"
