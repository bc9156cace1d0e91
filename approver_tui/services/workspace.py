"""Who is acting, on which database, under which ERP profile: everything a use case needs."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from approver_tui.domain import DEFAULT_PROFILE, Actor, ErpProfile, ItemType, ToolLevel, profile_named
from approver_tui.services.connector import ErpConnector, FileConnector
from approver_tui.services.items import meta_value
from approver_tui.services.settings import ConfigError, Settings
from approver_tui.store.engine import Database, open_database
from approver_tui.store.models import project_permissions, projects, users

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.ext.asyncio import AsyncSession
    from sqlalchemy.orm import Session


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


def load_actor(reader: Connection | Session, user) -> Actor:
    """What `user` (a `users` row or a User) may do; from a session, `await session.run_sync(
    load_actor, user)`. Start-up reads users, permissions and meta through their tables (Core),
    not the mapped classes, and with plain reads (Database.run_read): the first frame then does
    not wait for the ORM."""
    permissions = project_permissions.c
    levels = reader.execute(
        select(permissions.project_id, permissions.level).where(permissions.user_id == user.id))
    project_levels = {project_id: ToolLevel(level) for project_id, level in levels}
    readable = sum(1 for level in project_levels.values() if level >= ToolLevel.READ_ONLY)
    return Actor(
        login=user.login,
        name=user.name,
        project_levels=project_levels,
        sees_every_project=readable == reader.scalar(select(func.count()).select_from(projects)),
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
            self.actor = await session.run_sync(load_actor, user)
        return self.actor

    async def reload_actor(self) -> Actor:
        async with self.db.read() as session:
            return await self.refresh_actor(session)


def _resolve_user(reader: Connection, settings: Settings, is_demo: bool, me: str):
    """The `users` row of who is acting."""
    if settings.user:
        if not (is_demo or settings.allow_user_override):
            raise IdentityError(
                f"--user is only for demo databases or when the config sets allow_user_override = true; "
                f"drop it to act as yourself ({me})."
            )
        user = reader.execute(select(users).where(users.c.login == settings.user)).first()
        if user is None:
            logins = reader.scalars(select(users.c.login).order_by(users.c.login).limit(12)).all()
            raise IdentityError(
                f"No directory user {settings.user!r} in this database; known logins: {', '.join(logins) or 'none'}."
            )
        return user
    user = reader.execute(
        select(users).where(or_(users.c.os_login == me, users.c.login == me)).order_by(users.c.os_login.is_(None))
    ).first()
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

        def acting(reader: Connection) -> tuple[bool, Actor, str | None]:
            is_demo = meta_value(reader, "demo") == "1"
            actor = load_actor(reader, _resolve_user(reader, settings, is_demo, me))
            return is_demo, actor, settings.erp_profile or meta_value(reader, "erp_profile")

        is_demo, actor, profile_key = await db.run_read(acting)
        try:
            profile = profile_named(profile_key or DEFAULT_PROFILE)
        except ValueError as error:
            raise ConfigError(f"{error}.") from None
    except BaseException:
        await db.close()
        raise
    connector = FileConnector(settings.erp_export_dir, settings.erp_master_data)
    return Workspace(db, settings, profile, actor, me, is_demo, connector)
