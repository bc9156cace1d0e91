"""`erp sync`: import the ERP's master data (jobs, vendors, cost codes) and link what matches.

A project is synced once the ERP has its job (matched by the job id it is linked to, else by
project number); a company is linked once the ERP has its vendor (by the vendor id it carries,
else by name, ignoring case and spacing). Linking a company makes it `synced` with the vendor's
id, as an accept would, so it is never sent twice; companies waiting in the queue are left to
the approver. The cost code list is replaced. Nothing is ever unlinked: what the ERP no longer
lists is reported, not undone. One transaction: a file that fails validation changes nothing.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update

from approver_tui.domain import AdminTask, ErpState
from approver_tui.services.access import require
from approver_tui.services.audit import AuditWriter
from approver_tui.services.connector import MasterDataError
from approver_tui.services.items import InputError, meta_value
from approver_tui.services.text import checked_text
from approver_tui.services.workspace import Workspace
from approver_tui.store.bulk import insert_rows
from approver_tui.store.models import Company, ErpCostCode, Meta, Project

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

FORMAT = "approver-tui/erp-master-data"
FORMAT_VERSION = 1
LAST_SYNC_KEY = "erp_last_sync_at"
# companies in these states may be linked; pending and failed ones wait for the approver
LINKABLE = frozenset({ErpState.NOT_SENT, ErpState.RETRIEVED, ErpState.REJECTED})


@dataclass(frozen=True)
class Job:
    id: str
    number: str
    name: str


@dataclass(frozen=True)
class Vendor:
    id: str
    name: str


@dataclass(frozen=True)
class CostCode:
    code: str
    description: str


@dataclass(frozen=True)
class MasterData:
    erp: str
    jobs: list[Job]
    vendors: list[Vendor]
    cost_codes: list[CostCode]


_LIMITS = {"id": 40, "number": 40, "name": 200, "code": 40, "description": 200}
_ENTRIES = (("jobs", Job, ("id", "number", "name")), ("vendors", Vendor, ("id", "name")),
            ("cost_codes", CostCode, ("code", "description")))


def parse_master_data(raw: object, source: str) -> MasterData:
    """The master data in `raw` (decoded JSON); InputError names the first entry that is wrong."""
    def wrong(where: str, problem: str) -> InputError:
        return InputError(f"{source}: {where} {problem}; fix the file (README: ERP master data) and run the sync again.")

    if not isinstance(raw, dict):
        raise wrong("the top level", "must be a JSON object")
    if raw.get("format") != FORMAT or raw.get("version") != FORMAT_VERSION:
        raise wrong("'format' and 'version'", f"must be {FORMAT!r} and {FORMAT_VERSION}")
    if not isinstance(raw.get("erp"), str):
        raise wrong("'erp'", "must name the ERP profile the data comes from, e.g. \"vista\"")
    lists = {}
    for key, kind, fields in _ENTRIES:
        entries = raw.get(key, [])
        if not isinstance(entries, list):
            raise wrong(f"{key!r}", "must be a list")
        parsed, seen = [], set()
        for index, entry in enumerate(entries):
            where = f"{key}[{index}]"
            if not isinstance(entry, dict):
                raise wrong(where, "must be an object")
            values = {}
            for name in fields:
                value = entry.get(name)
                if not isinstance(value, str):
                    raise wrong(f"{where}.{name}", "is missing or not text")
                try:
                    values[name] = checked_text(value, _LIMITS[name], required=True)
                except ValueError as problem:
                    raise wrong(f"{where}.{name}", str(problem)) from None
            identity = values[fields[0]]
            if identity in seen:
                raise wrong(f"{where}.{fields[0]}", f"{identity!r} appears twice")
            seen.add(identity)
            parsed.append(kind(**values))
        lists[key] = parsed
    return MasterData(erp=raw["erp"], **lists)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass
class SyncReport:
    source: str
    projects_synced: list[str] = field(default_factory=list)
    projects_already: int = 0
    projects_missing: list[str] = field(default_factory=list)  # not (or no longer) in the ERP
    companies_linked: list[str] = field(default_factory=list)
    companies_already: int = 0
    companies_waiting: list[str] = field(default_factory=list)  # in the queue: left to the approver
    companies_unlisted: list[str] = field(default_factory=list)  # linked, but the ERP no longer lists it
    ambiguous: list[str] = field(default_factory=list)
    jobs_only_in_erp: int = 0
    vendors_only_in_erp: int = 0
    cost_codes: int = 0
    synced_at: datetime | None = None


async def _sync_projects(session: AsyncSession, audit: AuditWriter, data: MasterData, report: SyncReport,
                         now: datetime) -> None:
    by_id = {job.id: job for job in data.jobs}
    by_number = {job.number: job for job in data.jobs}
    used: set[str] = set()
    projects = (await session.scalars(select(Project).order_by(Project.id))).all()
    taken = {p.erp_job_id for p in projects if p.erp_job_id}
    for project in projects:
        name = f"{project.number} {project.name}"
        job = by_id.get(project.erp_job_id) if project.erp_job_id else by_number.get(project.number)
        if job is None:
            report.projects_missing.append(name)
            continue
        if not project.erp_job_id and job.id in taken:
            report.ambiguous.append(f"project {name}: ERP job {job.id} is already linked to another project")
            continue
        used.add(job.id)
        if project.erp_synced and project.erp_job_id == job.id:
            report.projects_already += 1
            continue
        await session.execute(update(Project).where(Project.id == project.id)
                              .values(erp_synced=True, erp_job_id=job.id))
        await audit.record(item_type="project", item_id=project.id, action="erp sync", outcome="done",
                           from_state="not_synced", to_state="synced", detail=f"linked to ERP job {job.id}", at=now)
        report.projects_synced.append(name)
    report.jobs_only_in_erp = len(by_id.keys() - used)


async def _link_companies(session: AsyncSession, audit: AuditWriter, actor: str, data: MasterData,
                          report: SyncReport, now: datetime) -> None:
    by_id = {vendor.id: vendor for vendor in data.vendors}
    by_name: dict[str, list[Vendor]] = {}
    for vendor in data.vendors:
        by_name.setdefault(_name_key(vendor.name), []).append(vendor)
    companies = (await session.scalars(select(Company).order_by(Company.id))).all()
    linked_ids = {c.erp_id for c in companies if c.erp_id}
    names_here = Counter(_name_key(c.name) for c in companies)
    used: set[str] = set()
    for company in companies:
        if company.erp_id:
            if company.erp_id in by_id:
                used.add(company.erp_id)
                report.companies_already += 1
            else:
                report.companies_unlisted.append(f"{company.name} ({company.erp_id})")
            continue
        candidates = by_name.get(_name_key(company.name), [])
        if not candidates:
            continue
        if len(candidates) > 1 or names_here[_name_key(company.name)] > 1:
            report.ambiguous.append(f"company {company.name}: more than one vendor or company has this name")
            continue
        vendor = candidates[0]
        if vendor.id in linked_ids:
            report.ambiguous.append(f"company {company.name}: ERP vendor {vendor.id} is already linked to another company")
            continue
        used.add(vendor.id)
        state = ErpState(company.erp_state)
        if state not in LINKABLE:
            report.companies_waiting.append(f"{company.name} ({state.label.lower()})")
            continue
        await session.execute(
            update(Company).where(Company.id == company.id, Company.version == company.version)
            .values(erp_state=ErpState.SYNCED.value, erp_id=vendor.id, erp_error=None, sent_by=None,
                    sent_at=None, decided_by=actor, decided_at=now, version=Company.version + 1)
        )
        await audit.record(item_type="company", item_id=company.id, action="link", outcome="done",
                           from_state=state.value, to_state=ErpState.SYNCED.value,
                           detail=f"the ERP already has it: linked to ERP vendor {vendor.id}", at=now)
        report.companies_linked.append(company.name)
    report.vendors_only_in_erp = len(by_id.keys() - used)


async def replace_cost_codes(session: AsyncSession, codes: list[CostCode]) -> None:
    """The ERP's cost codes instead of those stored, in one bulk write (a large ERP has tens of thousands)."""
    await session.execute(delete(ErpCostCode))
    await insert_rows(session, ErpCostCode.__table__, ("code", "description"),
                      [(code.code, code.description) for code in codes])


async def _set_meta(session: AsyncSession, key: str, value: str) -> None:
    if await session.run_sync(meta_value, key) is None:
        await session.execute(insert(Meta).values(key=key, value=value))
    else:
        await session.execute(update(Meta).where(Meta.key == key).values(value=value))


async def sync_master_data(ws: Workspace, source: Path | None = None) -> SyncReport:
    """Import the ERP's master data through the connector (from `source` when given)."""
    await require(ws, AdminTask.ERP_SYNC, action="erp sync", subject=("erp", 0))
    try:
        raw = await asyncio.to_thread(ws.connector.master_data, source)
    except MasterDataError as error:
        raise InputError(str(error)) from None
    label = str(source) if source else "the ERP master data"
    data = parse_master_data(raw, label)
    if data.erp != ws.profile.key:
        raise InputError(f"{label} comes from the {data.erp!r} ERP, but this database exports to "
                         f"{ws.profile.key!r} ({ws.profile.name}): export the master data from that ERP.")
    report = SyncReport(source=label, cost_codes=len(data.cost_codes))
    now = datetime.now(timezone.utc)
    async with ws.db.write() as session, AuditWriter(session, ws.actor.login, ws.os_user) as audit:
        await _sync_projects(session, audit, data, report, now)
        await _link_companies(session, audit, ws.actor.login, data, report, now)
        await replace_cost_codes(session, data.cost_codes)
        await _set_meta(session, LAST_SYNC_KEY, now.isoformat())
        await _set_meta(session, "directory_erp_synced", "1")
        await audit.record(item_type="erp", item_id=0, action="erp sync", outcome="done", from_state="",
                           to_state="", at=now,
                           detail=f"{label}: {len(data.jobs)} jobs, {len(data.vendors)} vendors, "
                                  f"{len(data.cost_codes)} cost codes")
    report.synced_at = now
    return report


async def last_sync(ws: Workspace) -> datetime | None:
    """When the ERP's master data was last imported, or None if never."""
    value = await ws.db.run_read(lambda reader: meta_value(reader, LAST_SYNC_KEY))
    return datetime.fromisoformat(value) if value else None
