"""Database engine, sessions and migrations."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiosqlite
from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _no_debug(record: logging.LogRecord) -> bool:
    return record.levelno > logging.DEBUG


# aiosqlite logs every statement with its values at DEBUG: what members typed must not reach the logs
logging.getLogger("aiosqlite").addFilter(_no_debug)


class DatabaseUnavailable(Exception):
    """The database cannot be reached or opened: said in one line, without a traceback."""


def create_engine(url: str) -> AsyncEngine:
    """An async engine; for SQLite the folder and file are made private, and WAL and foreign keys switched on."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)
    database = parsed.database or ":memory:"
    if database != ":memory:":
        try:
            private_database(Path(database))
        except OSError as error:
            raise DatabaseUnavailable(f"cannot make the database's folder (DATABASE_URL): {error}") from None

    async def connect() -> aiosqlite.Connection:
        return await InLoopConnection(lambda: sqlite3.connect(database, timeout=0))

    # One connection, used in the event loop's thread. SQLite writes one transaction at a time anyway, and its
    # statements take microseconds, less than handing each one to a thread and back (aiosqlite's way), which cost
    # more than a millisecond a statement. One connection also means this process's transactions never wait for
    # each other's lock. hide_parameters: an error logged with its SQL must not carry what members typed.
    engine = create_async_engine(url, async_creator=connect, pool_size=1, max_overflow=0, hide_parameters=True)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


PRIVATE_FILE = 0o600  # the database holds who belongs to the hub: nobody but the hub's own user may read it
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> None:
    """Create the folder, and any missing parent, for the hub's user only. A folder that exists is left as it is:
    it may be the user's own (the working directory, a mounted volume)."""
    for missing in reversed([path for path in (folder, *folder.parents) if not path.exists()]):
        missing.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)


def private_file(path: Path) -> None:
    """Create the file for the hub's user only, or take back what others could read of one made before."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    os.chmod(path, PRIVATE_FILE)


def private_database(path: Path) -> None:
    """The database file made before SQLite opens it, so its -wal and -shm are private too: SQLite gives them
    the database's mode. Those left by an older version are tightened as well."""
    private_folder(path.parent)
    private_file(path)  # an empty file is an empty SQLite database
    for companion in sqlite_companions(path):
        if companion.exists():
            os.chmod(companion, PRIVATE_FILE)


def sqlite_companions(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and its index, beside the database."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


BUSY_SECONDS = 30  # how long a statement waits for another process's write lock (a backup, the admin CLI)
BUSY_PAUSES = (0.002, 0.01, 0.05, 0.1)  # between tries while it waits, the last one repeated


class _RunAtOnce:
    """Stands in for aiosqlite's queue to its worker thread: runs each call at once, in the caller's thread."""

    def put_nowait(self, item: tuple[Any, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as error:  # noqa: B036 (handed to the awaiting caller, as aiosqlite's thread does)
            if future is not None:
                future.set_exception(error)
            return
        if future is not None:
            future.set_result(result)


class InLoopConnection(aiosqlite.Connection):
    """aiosqlite's connection without its thread: SQLAlchemy's aiosqlite dialect drives it as usual, and every
    call completes before the await returns."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._tx = _RunAtOnce()  # type: ignore[assignment]

    def __await__(self) -> Any:  # connects without starting the worker thread
        return self._connect().__await__()

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Runs the call at once. SQLite's own wait for a lock would block the event loop, so it is off
        (timeout=0): while another process holds the write lock, the call is tried again after a pause, letting
        the loop run meanwhile."""
        if not self._running or self._connection is None:
            raise ValueError("Connection closed")  # aiosqlite's words, which SQLAlchemy's dialect recognises
        give_up_at, attempt = 0.0, 0
        while True:
            try:
                return fn(*args, **kwargs)
            except sqlite3.OperationalError as error:
                # SQLITE_BUSY only: its extended codes (a stale snapshot) would not clear by waiting
                if error.sqlite_errorcode != sqlite3.SQLITE_BUSY:
                    raise
                now, pause = time.monotonic(), BUSY_PAUSES[min(attempt, len(BUSY_PAUSES) - 1)]
                give_up_at = give_up_at or now + BUSY_SECONDS
                if now + pause > give_up_at:
                    raise
            await asyncio.sleep(pause)
            attempt += 1


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # with WAL, NORMAL loses nothing when the process dies (only the last commits on a power cut), and spares
    # an fsync at every commit: each update writes at least its inbox row
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # what /forget erases is overwritten with zeros, not merely marked free: a copy of the file (a backup, a stolen
    # disk) must not hold it any more
    cursor.execute("PRAGMA secure_delete=ON")
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
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (OSError, DBAPIError) as error:  # refused, unknown host, bad password, unopenable file
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise DatabaseUnavailable(f"cannot use the database (DATABASE_URL): {reason}") from None
