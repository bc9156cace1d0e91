"""How accepted items reach the ERP."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

import orjson

from approver_tui.domain import ErpProfile


ERP_ID_KINDS = {"invoice": "INV", "commitment": "CMT", "company": "VEN"}


def erp_id_for(profile: ErpProfile, item_type: str, item_id: int) -> str:
    """The ERP id an item gets on export; stable, so a retried export keeps its id, and distinct
    per item type (commitment 1 and company 1 are different records in the ERP)."""
    return f"{profile.id_prefix}-{ERP_ID_KINDS[item_type]}-{item_id:06d}"


class MasterDataError(Exception):
    """The ERP's master data could not be read; the message says where and what to do."""


class ErpConnector(Protocol):
    def deliver(self, documents: list[dict]) -> list[str | None]:
        """Hand items' export documents to the ERP; for each, None when the ERP has it, else what
        went wrong in the connector's own words. Delivering a document again must be harmless (a
        delivery is retried after a crash). Blocking: callers run it in a thread."""

    def master_data(self, source: Path | None = None) -> object:
        """The ERP's master data (jobs, vendors, cost codes) as decoded JSON, from `source` or
        the connector's own place; raise MasterDataError when it cannot be read."""


WRITERS = 4  # each file waits on its fsync; the disk commits concurrent ones together


def _sync_folder(folder: Path) -> None:
    """Make the folder's new names durable. Some file systems (network shares among them) cannot
    sync a folder and say so (EINVAL): their names last as the server keeps them."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


class FileConnector:
    """Writes one JSON document per exported item into a folder the ERP picks up.

    The file name depends only on the item and the file appears whole or not at all (written
    and synced beside it, then renamed), so delivering a document again replaces the earlier
    file; the folder is synced once after a batch's renames, so the names last too. One sync for
    the whole file system (syncfs) was tried: it also waits for everything else written there,
    and with the database's own writes beside it 1,000 documents took 0.75-0.83 s against
    0.36-0.49 s synced file by file.
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

    def target(self, document: dict) -> Path:
        return self.export_dir / f"{document['type']}-{document['id']}.json"

    def _failure(self, document: dict, error: OSError) -> str:
        return f"could not write {self.target(document)}: {error.strerror or error}"

    def _write(self, document: dict) -> str | OSError:
        """The document written whole to a temporary file beside its target: that file's path,
        or what stopped it."""
        payload = orjson.dumps(document, option=orjson.OPT_INDENT_2, default=str)
        try:
            fd, temp = tempfile.mkstemp(dir=self.export_dir, prefix=".export-", suffix=".tmp")
        except OSError as error:
            return error
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            Path(temp).unlink(missing_ok=True)
            return error
        return temp

    def _put_in_place(self, document: dict, temp: str | OSError) -> str | None:
        if isinstance(temp, OSError):
            return self._failure(document, temp)
        try:
            os.replace(temp, self.target(document))
        except OSError as error:
            Path(temp).unlink(missing_ok=True)
            return self._failure(document, error)
        return None

    def deliver(self, documents: list[dict]) -> list[str | None]:
        try:
            self.export_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return [self._failure(document, error) for document in documents]
        with ThreadPoolExecutor(WRITERS, thread_name_prefix="export") as pool:
            temps = list(pool.map(self._write, documents))
        errors = [self._put_in_place(document, temp) for document, temp in zip(documents, temps)]
        try:
            _sync_folder(self.export_dir)
        except OSError as error:
            return [problem or self._failure(document, error) for document, problem in zip(documents, errors)]
        return errors
