"""Projects: the ones a person works on, and finding one by id, number or name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from approver_tui.domain import ItemType, ToolLevel
from approver_tui.services.items import InputError
from approver_tui.services.workspace import Workspace
from approver_tui.store.models import Project

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


@dataclass(frozen=True)
class ProjectChoice:
    id: int
    number: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.number} {self.name}"


async def all_projects(session: AsyncSession) -> list[ProjectChoice]:
    rows = await session.execute(select(Project.id, Project.number, Project.name).order_by(Project.number, Project.id))
    return [ProjectChoice(*row) for row in rows]


async def visible_projects(ws: Workspace) -> list[ProjectChoice]:
    """The projects whose items the acting user may see: every project for an approver of
    invoices or commitments, else those they have a Commitments permission on."""
    async with ws.db.read() as session:
        projects = await all_projects(session)
    actor = ws.actor
    if actor.approves(ItemType.INVOICE) or actor.approves(ItemType.COMMITMENT):
        return projects
    return [p for p in projects if actor.commitments_level(p.id) >= ToolLevel.READ_ONLY]


async def find_project(session: AsyncSession, wanted: str, option: str = "--project") -> ProjectChoice:
    """The one project whose id, number or name (any case) is `wanted`; InputError otherwise."""
    projects = await all_projects(session)
    key = wanted.strip().casefold()
    found = [p for p in projects if key in (str(p.id), p.number.casefold(), p.name.casefold())]
    if len(found) != 1:
        known = "; ".join(f"{p.id}: {p.label}" for p in projects[:10])
        problem = "matches more than one project" if found else "is not a project"
        raise InputError(f"{option} {wanted!r} {problem}: give its id, number or full name ({known}).")
    return found[0]
