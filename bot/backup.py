"""`resilience-hub backup FILE` and `restore FILE` for SQLite, through SQLite's online backup API: a backup
is consistent even while the bot runs. A restore erases again whoever used /forget. PostgreSQL has its own tools
(README, "Deploying")."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from storage import repos
from storage.db import (
    PRIVATE_FILE,
    create_engine,
    migrate,
    private_file,
    private_folder,
    session_factory,
    sqlite_companions,
)


class BackupError(Exception):
    """Shown as one line."""


def sqlite_path(database_url: str) -> Path:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise BackupError(
            "backup and restore work on a SQLite database; for PostgreSQL use pg_dump and "
            "pg_restore (README, 'Deploying')"
        )
    return Path(url.database)


def backup(database_url: str, target: Path) -> str:
    source = sqlite_path(database_url)
    if not source.exists():
        raise BackupError(f"there is no database at {source}")
    try:  # made here, new: not through a symlink planted there (one pointing nowhere does not "exist")
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE))
    except FileExistsError:
        raise BackupError(f"{target} exists already (or is a symbolic link); choose a new file") from None
    except OSError as error:
        raise BackupError(f"cannot write {target}: {error.strerror}") from None
    _copy(source, target)
    return f"backed up {source} to {target}"


def restore(database_url: str, source: Path) -> str:
    """Replace the database with a backup. Stop the bot first: it would go on with what it had in memory."""
    target = sqlite_path(database_url)
    if not source.exists():
        raise BackupError(f"there is no file {source}")
    try:
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as check:
            version = check.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        raise BackupError(f"{source} is not a backup of the hub's database") from None
    if version is None:
        raise BackupError(f"{source} is not a backup of the hub's database")
    replaced, unread = _erasures_replaced(database_url, target)  # read before the file goes
    private_folder(target.parent)
    _replace(source, target)
    erased = asyncio.run(_erase_again(database_url, replaced))
    lines = [
        f"restored {target} from {source} (schema {version[0]}, upgraded to the newest)",
        f"members who had used /forget, erased again: {erased}",
    ]
    if unread:
        lines.append(
            f"warning: the erasures recorded in the replaced database could not be read ({unread}); "
            "members who used /forget after this backup was made may be back"
        )
    return "\n".join(lines)


def _erasures_replaced(database_url: str, target: Path) -> tuple[repos.ErasureRecord | None, str]:
    """The erasures the database about to be replaced recorded, and why they could not be read, if so. A
    database that cannot be read does not stop the restore: it may be why there is one."""
    if not target.exists():
        return None, ""
    try:
        return asyncio.run(_read_erasures(database_url)), ""
    except (SQLAlchemyError, sqlite3.Error) as error:
        return None, type(error).__name__


async def _read_erasures(database_url: str) -> repos.ErasureRecord | None:
    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session:
            has_erasures = await session.run_sync(lambda sync: inspect(sync.connection()).has_table("erasures"))
            return await repos.erasure_record(session) if has_erasures else None
    finally:
        await engine.dispose()


async def _erase_again(database_url: str, replaced: repos.ErasureRecord | None) -> int:
    """Bring the restored database to the newest schema, then erase again those its erasures and the replaced
    database's name (repos.erase_again), in one transaction."""
    engine = create_engine(database_url)
    try:
        await migrate(engine)
        async with session_factory(engine).begin() as session:
            return await repos.erase_again(session, replaced)
    finally:
        await engine.dispose()


def _replace(source: Path, target: Path) -> None:
    """Put the backup in the database's place. The old database's -wal and -shm go: SQLite would read the old
    write-ahead log into the restored database (its pages over the backup's) when it next opens it."""
    restoring = target.with_name(target.name + ".restoring")
    restoring.unlink(missing_ok=True)
    _copy(source, restoring)
    for companion in sqlite_companions(target):
        companion.unlink(missing_ok=True)
    os.replace(restoring, target)


def _copy(source: Path, target: Path) -> None:
    """A consistent copy, private to the hub's user (the copy holds everything the database does)."""
    private_file(target)
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()
