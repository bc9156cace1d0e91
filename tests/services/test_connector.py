"""The file connector: a batch of export documents lands whole, one file per item, or says why not."""

from __future__ import annotations

import errno
import json
import os
import stat

from approver_tui.services import connector
from approver_tui.services.connector import FileConnector

HOSTILE = "Quote \" back\\slash \x1b[31mred\x1b[0m \u2028 line, wide 工程, emoji 🏗️, nul \x00"


def document(item_id: int, text: str = "") -> dict:
    return {"type": "invoice", "id": item_id, "number": f"INV-{item_id}", "notes": text,
            "amount": "12.50", "distribution": [{"line": 1, "cost_code": None}]}


def test_a_batch_writes_each_document_as_its_own_file(tmp_path):
    files = FileConnector(tmp_path / "exports")
    documents = [document(n, HOSTILE) for n in range(1, 41)]
    assert files.deliver(documents) == [None] * 40
    for sent in documents:
        written = (tmp_path / "exports" / f"invoice-{sent['id']}.json").read_text(encoding="utf-8")
        assert written == json.dumps(sent, indent=2, ensure_ascii=False)
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == sorted(f"invoice-{n}.json" for n in range(1, 41))


def test_one_file_that_cannot_be_placed_fails_alone_and_leaves_nothing_behind(tmp_path):
    files = FileConnector(tmp_path)
    (tmp_path / "invoice-2.json").mkdir()  # a folder where the second document's file goes
    (tmp_path / "invoice-3.json").write_text("an earlier delivery")
    errors = files.deliver([document(1), document(2), document(3, "again")])
    assert errors[0] is None and errors[2] is None
    assert errors[1].startswith(f"could not write {tmp_path / 'invoice-2.json'}: ")
    assert json.loads((tmp_path / "invoice-3.json").read_text())["notes"] == "again"  # replaced whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice-1.json", "invoice-2.json", "invoice-3.json"]


def test_a_folder_that_cannot_be_made_fails_every_document_with_the_reason(tmp_path):
    (tmp_path / "blocker").write_text("a file where the export folder should be")
    errors = FileConnector(tmp_path / "blocker" / "exports").deliver([document(1), document(2)])
    assert errors == [f"could not write {tmp_path / 'blocker' / 'exports' / f'invoice-{n}.json'}: Not a directory"
                      for n in (1, 2)]


def test_a_file_system_that_cannot_sync_a_folder_still_takes_the_documents(tmp_path, monkeypatch):
    synced = os.fsync

    def fsync(fd):  # as some network shares answer for a folder
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        synced(fd)

    monkeypatch.setattr(connector.os, "fsync", fsync)
    assert FileConnector(tmp_path).deliver([document(1), document(2)]) == [None, None]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice-1.json", "invoice-2.json"]
