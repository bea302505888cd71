"""Database engine, sessions and migrations."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _no_debug(record: logging.LogRecord) -> bool:
    return record.levelno > logging.DEBUG


# aiosqlite logs every statement with its values at DEBUG: what members typed must not reach the logs
logging.getLogger("aiosqlite").addFilter(_no_debug)


def create_engine(url: str) -> AsyncEngine:
    """An async engine; for SQLite the folder is created and WAL and foreign keys are switched on."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    # hide_parameters: an error logged with its SQL must not carry what members typed
    engine = create_async_engine(url, connect_args={"timeout": 30}, hide_parameters=True)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # with WAL, NORMAL loses nothing when the process dies (only the last commits on a power cut), and spares
    # an fsync at every commit: each update writes at least its handled_updates row
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


MIGRATION_LOCK = 0x52484D47  # "RHMG"


async def migrate(engine: AsyncEngine) -> None:
    """Upgrade the schema to the newest migration (the only way the schema changes)."""
    async with engine.begin() as connection:
        if engine.dialect.name == "postgresql":  # processes starting together migrate one after the other
            await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), "head"))


async def check_connection(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
