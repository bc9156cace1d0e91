"""Who is acting, on which database, under which ERP profile: everything a use case needs."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from approver_tui.domain import DEFAULT_PROFILE, Actor, ErpProfile, ItemType, ToolLevel, profile_named
from approver_tui.services.connector import ErpConnector, FileConnector
from approver_tui.services.items import meta_value
from approver_tui.services.settings import ConfigError, Settings
from approver_tui.store.engine import Database, open_database
from approver_tui.store.models import project_permissions, projects, users


class IdentityError(Exception):
    """The acting user cannot be determined or is not allowed; the message says why."""


def os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def stored_approver_types(text: str | None) -> frozenset[ItemType] | None:
    """The item types an approver privilege is limited to, as `users.approver_types` keeps them
    ("invoice,commitment"); None: every type."""
    return frozenset(ItemType(t) for t in text.split(",")) if text else None


def storable_approver_types(types: frozenset[ItemType] | None) -> str | None:
    return ",".join(sorted(t.value for t in types)) if types else None


async def load_actor(session: AsyncSession, user) -> Actor:
    """What `user` (a `users` row or a User) may do. Start-up reads users, permissions and meta
    through their tables (Core), not the mapped classes: the first frame then does not wait for
    the ORM to configure its mappers (about 7 ms)."""
    permissions = project_permissions.c
    levels = await session.execute(
        select(permissions.project_id, permissions.level).where(permissions.user_id == user.id))
    project_levels = {project_id: ToolLevel(level) for project_id, level in levels}
    readable = sum(1 for level in project_levels.values() if level >= ToolLevel.READ_ONLY)
    return Actor(
        login=user.login,
        name=user.name,
        project_levels=project_levels,
        sees_every_project=readable == await session.scalar(select(func.count()).select_from(projects)),
        directory_level=ToolLevel(user.directory_level),
        approver=user.approver,
        approver_types=stored_approver_types(user.approver_types),
    )


@dataclass
class Workspace:
    db: Database
    settings: Settings
    profile: ErpProfile
    actor: Actor
    os_user: str
    is_demo: bool
    connector: ErpConnector

    async def close(self) -> None:
        await self.db.close()

    async def refresh_actor(self, session: AsyncSession) -> Actor:
        """Re-read what the acting user may do, so a permission granted or revoked meanwhile (by a
        Directory admin, from another process) counts from this transaction on. Every write that
        judges items does this; an open app also does it whenever another process changed data."""
        user = (await session.execute(select(users).where(users.c.login == self.actor.login))).first()
        if user is not None:
            self.actor = await load_actor(session, user)
        return self.actor

    async def reload_actor(self) -> Actor:
        async with self.db.read() as session:
            return await self.refresh_actor(session)


async def _resolve_user(session: AsyncSession, settings: Settings, is_demo: bool, me: str):
    """The `users` row of who is acting."""
    if settings.user:
        if not (is_demo or settings.allow_user_override):
            raise IdentityError(
                f"--user is only for demo databases or when the config sets allow_user_override = true; "
                f"drop it to act as yourself ({me})."
            )
        user = (await session.execute(select(users).where(users.c.login == settings.user))).first()
        if user is None:
            logins = (await session.scalars(select(users.c.login).order_by(users.c.login).limit(12))).all()
            raise IdentityError(
                f"No directory user {settings.user!r} in this database; known logins: {', '.join(logins) or 'none'}."
            )
        return user
    user = (await session.execute(
        select(users).where(or_(users.c.os_login == me, users.c.login == me)).order_by(users.c.os_login.is_(None))
    )).first()
    if user is None:
        hint = " or pick a demo login with --user" if is_demo else ""
        raise IdentityError(
            f"Your OS login {me!r} is not linked to a directory user here: ask an administrator to add you{hint}."
        )
    return user


async def open_workspace(settings: Settings) -> Workspace:
    """Open the database and resolve the acting user; raises StoreError, IdentityError, ConfigError."""
    db = await open_database(settings.db)
    try:
        me = os_login()
        async with db.read() as session:
            is_demo = await meta_value(session, "demo") == "1"
            user = await _resolve_user(session, settings, is_demo, me)
            actor = await load_actor(session, user)
            profile_key = settings.erp_profile or await meta_value(session, "erp_profile") or DEFAULT_PROFILE
        try:
            profile = profile_named(profile_key)
        except ValueError as error:
            raise ConfigError(f"{error}.") from None
    except BaseException:
        await db.close()
        raise
    connector = FileConnector(settings.erp_export_dir, settings.erp_master_data)
    return Workspace(db, settings, profile, actor, me, is_demo, connector)
