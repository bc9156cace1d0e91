"""How accepted items reach the ERP."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Protocol

from approver_tui.domain import ErpProfile


ERP_ID_KINDS = {"invoice": "INV", "commitment": "CMT", "company": "VEN"}


def erp_id_for(profile: ErpProfile, item_type: str, item_id: int) -> str:
    """The ERP id an item gets on export; stable, so a retried export keeps its id, and distinct
    per item type (commitment 1 and company 1 are different records in the ERP)."""
    return f"{profile.id_prefix}-{ERP_ID_KINDS[item_type]}-{item_id:06d}"


class ExportError(Exception):
    """The ERP did not take the item; the message is the connector's own words."""


class MasterDataError(Exception):
    """The ERP's master data could not be read; the message says where and what to do."""


class ErpConnector(Protocol):
    def deliver(self, document: dict) -> None:
        """Hand one item's export document to the ERP; raise ExportError on failure. Delivering
        the same document again must be harmless (a delivery is retried after a crash), and
        several documents may be delivered at once from different threads."""

    def master_data(self, source: Path | None = None) -> object:
        """The ERP's master data (jobs, vendors, cost codes) as decoded JSON, from `source` or
        the connector's own place; raise MasterDataError when it cannot be read."""


class FileConnector:
    """Writes one JSON document per exported item into a folder the ERP picks up.

    The file name depends only on the item and the file appears whole or not at all (written
    beside it, then renamed), so delivering a document again replaces the earlier file.
    Blocking file I/O: callers run it in a thread.
    """

    MASTER_DATA_NAME = "master-data.json"

    def __init__(self, export_dir: Path, master_data: Path | None = None):
        self.export_dir = Path(export_dir)
        self.master_data_path = Path(master_data) if master_data else self.export_dir / self.MASTER_DATA_NAME

    def master_data(self, source: Path | None = None) -> object:
        path = Path(source) if source else self.master_data_path
        where = "" if source else " (erp.master_data, or master-data.json in erp.export_dir)"
        try:
            with path.open("rb") as handle:
                return json.load(handle)
        except FileNotFoundError:
            raise MasterDataError(f"No ERP master data file at {path}{where}: export it from the ERP "
                                  "there, or name the file with --from PATH.") from None
        except IsADirectoryError:
            raise MasterDataError(f"{path} is a folder: name the master data file itself.") from None
        except OSError as error:
            raise MasterDataError(f"Cannot read {path}: {error.strerror or error}.") from None
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
            raise MasterDataError(f"{path} is not valid JSON ({error}): export it again from the ERP.") from None

    def deliver(self, document: dict) -> None:
        target = self.export_dir / f"{document['type']}-{document['id']}.json"
        payload = json.dumps(document, indent=2, ensure_ascii=False, default=str)
        try:
            self.export_dir.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.export_dir, prefix=".export-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(payload)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise ExportError(f"could not write {target}: {error.strerror or error}") from None
