"""Who may do what: the directory users, their tool permissions, the approver privilege and the
daily summary subscription. Directory admins change them (each change audited as a `user`
record); anyone who may read the Directory sees them; everyone sees and may unsubscribe
themselves."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select

from approver_tui.domain import AdminTask, ItemType, Reason, ToolLevel
from approver_tui.services.access import NotAllowed, refuse, require
from approver_tui.services.audit import AuditWriter, HistoryEntry, history_in
from approver_tui.services.items import InputError
from approver_tui.services.projects import ProjectChoice, all_projects, find_project
from approver_tui.services.workspace import IdentityError, Workspace, load_actor, storable_approver_types, stored_approver_types
from approver_tui.store.models import ProjectPermission, User

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

TOOLS = ("commitments", "directory")


def level_name(level: ToolLevel) -> str:
    """As the CLI writes it: none, read-only, standard, admin."""
    return level.name.lower().replace("_", "-")


@dataclass(frozen=True)
class ProjectAccess:
    project: ProjectChoice
    level: ToolLevel


@dataclass(frozen=True)
class Person:
    login: str
    name: str
    email: str
    os_login: str | None
    directory: ToolLevel
    projects: list[ProjectAccess]
    approver: bool
    approver_types: frozenset[ItemType] | None  # None: every type
    digest: bool
    roles: list[str]
    changes: list[HistoryEntry] = field(default_factory=list)  # `show` only: how their access changed

    def as_json(self) -> dict:
        return {
            "login": self.login, "name": self.name, "email": self.email, "os_login": self.os_login,
            "roles": self.roles, "directory": level_name(self.directory),
            "commitments": [{"project_id": p.project.id, "project": p.project.label, "level": level_name(p.level)}
                            for p in self.projects],
            "approver": self.approver,
            "approver_types": sorted(t.value for t in self.approver_types) if self.approver_types else None,
            "digest": self.digest,
        }


async def _projects_by_id(session: AsyncSession) -> dict[int, ProjectChoice]:
    return {project.id: project for project in await all_projects(session)}


async def _person(session: AsyncSession, user: User, projects: dict[int, ProjectChoice]) -> Person:
    actor = await session.run_sync(load_actor, user)
    return Person(
        login=user.login, name=user.name, email=user.email, os_login=user.os_login,
        directory=actor.directory_level,
        projects=[ProjectAccess(projects[pid], level) for pid, level in sorted(actor.project_levels.items()) if level],
        approver=actor.approver, approver_types=actor.approver_types, digest=user.digest, roles=actor.roles,
    )


async def _user_named(session: AsyncSession, login: str) -> User:
    user = await session.scalar(select(User).where(User.login == login))
    if user is None:
        known = (await session.scalars(select(User.login).order_by(User.login).limit(20))).all()
        raise InputError(f"No directory user {login!r}; known logins: {', '.join(known) or 'none'}.")
    return user


async def list_people(ws: Workspace) -> list[Person]:
    await require(ws, AdminTask.VIEW_USERS, action="view users", subject=("user", 0))
    async with ws.db.read() as session:
        projects = await _projects_by_id(session)
        return [await _person(session, user, projects)
                for user in await session.scalars(select(User).order_by(User.login))]


async def show_person(ws: Workspace, login: str) -> Person:
    async with ws.db.read() as session:
        user = await _user_named(session, login)
    await require(ws, AdminTask.VIEW_USERS, action="view users", subject=("user", user.id), target_login=login)
    async with ws.db.read() as session:
        person = await _person(session, user, await _projects_by_id(session))
        changes = await history_in(session, "user", user.id)
    return replace(person, changes=changes)


def parse_level(text: str) -> ToolLevel:
    try:
        level = ToolLevel.parse(text)
    except ValueError as error:
        raise InputError(f"{str(error).capitalize()}.") from None
    if level is ToolLevel.NONE:
        raise InputError("--level none grants nothing: use `users revoke` to take a permission away.")
    return level


def parse_types(text: str) -> frozenset[ItemType]:
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not names:
        raise InputError("--types needs at least one item type: invoice, commitment or company.")
    try:
        return frozenset(ItemType(name) for name in names)
    except ValueError:
        bad = next(name for name in names if name not in {t.value for t in ItemType})
        raise InputError(f"--types: unknown item type {bad!r}; use invoice, commitment or company.") from None


async def _projects_named(session: AsyncSession, wanted: str | None) -> list[ProjectChoice]:
    """Every project (None), or the one named by id, number or name."""
    return await all_projects(session) if wanted is None else [await find_project(session, wanted)]


@dataclass(frozen=True)
class AccessChange:
    login: str
    action: str  # grant, revoke, subscribe, unsubscribe
    what: str  # each change in words, e.g. "Commitments on 1004 Eastside Library Renovation: none -> admin"
    changed: bool


async def _last_directory_admin(session: AsyncSession, user: User) -> bool:
    admins = await session.scalar(select(func.count()).select_from(User)
                                  .where(User.directory_level == ToolLevel.ADMIN.value))
    return user.directory_level == ToolLevel.ADMIN.value and admins == 1


async def _change(ws: Workspace, login: str, action: str, task: AdminTask, apply) -> AccessChange:
    """Check the permission (refusals are audited), then in one transaction apply the change
    and record it; `apply(session, user)` returns the changes in words (empty: nothing to do)."""
    async with ws.db.read() as session:
        user = await _user_named(session, login)
    subject = ("user", user.id)
    await require(ws, task, action=action, subject=subject, target_login=login)
    try:
        async with ws.db.write() as session, AuditWriter(session, ws.actor.login, ws.os_user) as audit:
            user = await _user_named(session, login)
            changes = await apply(session, user)
            what = "; ".join(changes) or "no change: it was already so"
            await audit.record(item_type="user", item_id=user.id, action=action, outcome="done", from_state="",
                               to_state="", detail=f"{login}: {what}", at=datetime.now(timezone.utc))
    except NotAllowed as refusal:  # the change rolled back; the refusal is still recorded
        await refuse(ws, refusal, action=action, subject=subject)
    return AccessChange(login, action, what, bool(changes))


async def change_tool(ws: Workspace, login: str, *, grant: bool, tool: str, level: ToolLevel | None = None,
                      project: str | None = None) -> AccessChange:
    """Grant `level` (default read-only) on a tool, or revoke `level` and those above it (default:
    every level); commitments per project or on every project, directory company-wide."""
    if tool not in TOOLS:
        raise InputError(f"--tool {tool!r}: use commitments or directory.")
    if tool == "directory" and project is not None:
        raise InputError("--project only applies to the commitments tool; the directory is company-wide.")

    def new_level(old: ToolLevel) -> ToolLevel:
        if grant:
            return level or ToolLevel.READ_ONLY
        return min(old, ToolLevel(level.value - 1)) if level else ToolLevel.NONE

    async def apply(session: AsyncSession, user: User) -> list[str]:
        if tool == "directory":
            old = ToolLevel(user.directory_level)
            new = new_level(old)
            if old is new:
                return []
            if old is ToolLevel.ADMIN and await _last_directory_admin(session, user):
                raise NotAllowed([Reason(
                    "users.last_directory_admin",
                    f"{login} is the only Directory admin; without one nobody could manage users or sync the ERP.",
                    "Grant another user Admin on the Directory tool first.",
                )])
            user.directory_level = new.value
            return [f"Directory: {level_name(old)} -> {level_name(new)}"]
        current = dict((await session.execute(
            select(ProjectPermission.project_id, ProjectPermission.level).where(ProjectPermission.user_id == user.id)
        )).all())
        changes = []
        for chosen in await _projects_named(session, project):
            project_id = chosen.id
            old = ToolLevel(current.get(project_id, 0))
            new = new_level(old)
            if old is new:
                continue
            await session.execute(delete(ProjectPermission).where(
                ProjectPermission.user_id == user.id, ProjectPermission.project_id == project_id))
            if new is not ToolLevel.NONE:
                await session.execute(insert(ProjectPermission).values(
                    user_id=user.id, project_id=project_id, level=new.value))
            changes.append(f"Commitments on {chosen.label}: {level_name(old)} -> {level_name(new)}")
        return changes

    return await _change(ws, login, "grant" if grant else "revoke", AdminTask.MANAGE_USERS, apply)


def _types_words(approver: bool, types: frozenset[ItemType] | None) -> str:
    if not approver:
        return "not an approver"
    return "approver of every type" if types is None else "approver of " + ", ".join(sorted(t.plural for t in types))


async def change_approver(ws: Workspace, login: str, *, grant: bool,
                          types: frozenset[ItemType] | None = None) -> AccessChange:
    """Grant the accounting-approver privilege (for `types`, or every type), or revoke it (for
    `types` only, or entirely)."""
    every = frozenset(ItemType)

    async def apply(session: AsyncSession, user: User) -> list[str]:
        old_types = stored_approver_types(user.approver_types)
        had = (old_types or every) if user.approver else frozenset()
        if grant:
            now_has = every if types is None else had | types
        else:
            now_has = frozenset() if types is None else had - types
        approver = bool(now_has)
        new_types = None if now_has == every or not approver else now_has
        if (approver, new_types) == (user.approver, old_types if user.approver else None):
            return []
        change = f"Accounting approver: {_types_words(user.approver, old_types)} -> {_types_words(approver, new_types)}"
        user.approver, user.approver_types = approver, storable_approver_types(new_types)
        return [change]

    return await _change(ws, login, "grant" if grant else "revoke", AdminTask.MANAGE_USERS, apply)


async def set_digest(ws: Workspace, login: str, subscribed: bool) -> AccessChange:
    """Subscribe `login` to the daily summary or unsubscribe them (anyone may do it for
    themselves; Directory admins for everyone)."""

    async def apply(session: AsyncSession, user: User) -> list[str]:
        if user.digest == subscribed:
            return []
        note = "" if user.approver or not subscribed else " (it goes out to accounting approvers only)"
        user.digest = subscribed
        return [f"Daily summary: {'subscribed' if subscribed else 'unsubscribed'}{note}"]

    return await _change(ws, login, "subscribe" if subscribed else "unsubscribe", AdminTask.DIGEST_SUBSCRIPTION, apply)


async def digest_subscribed(ws: Workspace) -> bool:
    async with ws.db.read() as session:
        return bool(await session.scalar(select(User.digest).where(User.login == ws.actor.login)))


# -- the demo's persona switch ----------------------------------------------------------------

@dataclass(frozen=True)
class Persona:
    login: str
    name: str
    summary: str  # what they may do, in one line


def _demo_only(ws: Workspace) -> None:
    if not ws.is_demo:
        raise IdentityError("Switching user is only for demo databases; here you are who your login says you are.")


async def demo_personas(ws: Workspace) -> list[Persona]:
    """Everyone a demo can be played as, in the directory's order."""
    _demo_only(ws)
    async with ws.db.read() as session:
        project_count = len(await all_projects(session))
        return [Persona(user.login, user.name, (await session.run_sync(load_actor, user)).summary(project_count))
                for user in await session.scalars(select(User).order_by(User.id))]


async def become(ws: Workspace, login: str) -> None:
    """Act as `login` from now on (demo databases only): the same database, another person."""
    _demo_only(ws)
    async with ws.db.read() as session:
        ws.actor = await session.run_sync(load_actor, await _user_named(session, login))
    ws.settings.user = login
