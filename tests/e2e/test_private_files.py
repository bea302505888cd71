"""What the hub writes to disk is for the hub's user only (issue 19, finding 12): the SQLite database with its
-wal and -shm, the folder it makes for them, backups and exports; and a restore leaves no stale write-ahead log."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import create_engine, migrate
from tests.e2e.test_cli import ROOT, _orgs_csv

PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700
USUAL_UMASK = 0o022  # what most shells and services give: files 0644 and folders 0755 unless the hub says otherwise


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(USUAL_UMASK)
    yield
    os.umask(previous)


async def hub(*args: str, cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """`resilience-hub …` run as an operator would, from a shell with the usual umask."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), "LOG_LEVEL": "WARNING", **(env or {})},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        preexec_fn=lambda: os.umask(USUAL_UMASK),
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode or 0, out.decode(), err.decode()


async def test_the_database_its_log_and_the_folder_made_for_them_are_private(tmp_path, usual_umask):
    work = tmp_path / "work"  # the working directory, the operator's own
    work.mkdir(mode=0o755)
    database = work / "data" / "hub.db"  # the default ./data/hub.db
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        await migrate(engine)
        async with engine.connect() as connection:  # open: the -wal and -shm are there
            await connection.execute(text("SELECT count(*) FROM members"))
            wal, shm = (database.with_name(database.name + suffix) for suffix in ("-wal", "-shm"))
            assert wal.exists() and shm.exists()
            assert {path.name: mode(path) for path in (database, wal, shm)} == dict.fromkeys(
                ("hub.db", "hub.db-wal", "hub.db-shm"), PRIVATE_FILE
            )
    finally:
        await engine.dispose()
    assert mode(database.parent) == PRIVATE_FOLDER
    assert mode(work) == 0o755, "a folder the hub did not make is left as it was"


async def test_a_database_left_readable_by_an_older_version_is_made_private(tmp_path, usual_umask):
    database = tmp_path / "hub.db"
    sqlite3.connect(database).close()
    os.chmod(database, 0o644)
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    await engine.dispose()
    assert mode(database) == PRIVATE_FILE


async def test_backups_and_exports_are_private(tmp_path):
    url = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/hub.db"}
    code, _, err = await hub("admin", "import-orgs", str(_orgs_csv(tmp_path)), cwd=tmp_path, env=url)
    assert code == 0, err
    code, _, err = await hub("backup", str(tmp_path / "saved.db"), cwd=tmp_path, env=url)
    assert code == 0, err
    (tmp_path / "old-export.csv").write_text("written before, readable by all")
    os.chmod(tmp_path / "old-export.csv", 0o644)
    for table, output in (("members", "members.json"), ("orgs", "old-export.csv")):
        code, _, err = await hub("admin", "export", table, "--output", str(tmp_path / output), cwd=tmp_path, env=url)
        assert code == 0, err
    assert "Qendra Ligjore" in (tmp_path / "old-export.csv").read_text()
    assert {name: mode(tmp_path / name) for name in ("saved.db", "members.json", "old-export.csv")} == dict.fromkeys(
        ("saved.db", "members.json", "old-export.csv"), PRIVATE_FILE
    )


async def test_restore_leaves_no_write_ahead_log_of_the_old_database(tmp_path):
    """The disk holding hub.db died, but its -wal and -shm were elsewhere and survived: the restored database must
    be the backup, not the backup with the old log played over it."""
    database = tmp_path / "data" / "hub.db"
    url = {"DATABASE_URL": f"sqlite+aiosqlite:///{database}"}
    code, _, err = await hub("admin", "import-orgs", str(_orgs_csv(tmp_path)), cwd=tmp_path, env=url)
    assert code == 0, err
    code, _, err = await hub("backup", str(tmp_path / "saved.db"), cwd=tmp_path, env=url)
    assert code == 0, err
    stale = _stale_log(database)
    database.unlink()
    for path in stale:
        shutil.move(path, database.with_name(path.name.removesuffix(".stale")))

    code, out, err = await hub("restore", str(tmp_path / "saved.db"), cwd=tmp_path, env=url)
    assert code == 0 and "restored" in out, err
    assert [p.name for p in database.parent.iterdir()] == ["hub.db"], "nothing of the old database is left beside it"
    assert mode(database) == PRIVATE_FILE
    code, out, err = await hub("admin", "export", "orgs", "--format", "json", cwd=tmp_path, env=url)
    assert code == 0, err
    assert [org["name"] for org in json.loads(out)] == ["Qendra Ligjore"], "the backup, and only the backup"


def _stale_log(database: Path) -> list[Path]:
    """A -wal and -shm with writes the backup does not have, as a crash leaves them (kept aside as *.stale)."""
    writing = sqlite3.connect(database)
    writing.execute("PRAGMA wal_autocheckpoint=0")  # the writes stay in the log
    writing.execute(
        "INSERT INTO organisations (name, name_key, country, sector, description, discoverable, vetting,"
        " created_at) VALUES ('Written after the backup', 'written after the backup', 'al', 'ngo', '', 0,"
        " 'vetted', '2026-01-01 00:00:00')"
    )
    writing.commit()
    kept = []
    for suffix in ("-wal", "-shm"):
        path = database.with_name(database.name + suffix)
        kept.append(Path(shutil.copy(path, path.with_name(path.name + ".stale"))))
    writing.close()
    return kept


def test_the_service_runs_with_a_private_umask():
    unit = (ROOT / "deploy" / "resilience-hub.service").read_text()
    service = unit.split("[Service]")[1].split("[Install]")[0]
    assert "\nUMask=0077\n" in service


async def test_an_export_or_a_backup_follows_no_symlink_and_never_overwrites_the_database(tmp_path):
    """A symlink planted where an export or a backup will be written (a shared folder) must not make the hub write
    members' data elsewhere, nor truncate its own database with a CSV; nor may a mistyped --output do that."""
    url = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/hub.db"}
    code, _, err = await hub("admin", "import-orgs", str(_orgs_csv(tmp_path)), cwd=tmp_path, env=url)
    assert code == 0, err
    database = (tmp_path / "hub.db").read_bytes()
    (tmp_path / "planted.csv").symlink_to(tmp_path / "hub.db")
    (tmp_path / "planted.db").symlink_to(tmp_path / "elsewhere.db")  # dangling: the backup would create it
    for args in (
        ("admin", "export", "orgs", "--output", str(tmp_path / "planted.csv")),
        ("admin", "export", "orgs", "--output", str(tmp_path / "hub.db")),
        ("backup", str(tmp_path / "planted.db")),
    ):
        code, _, err = await hub(*args, cwd=tmp_path, env=url)
        assert code != 0 and err, f"{args} was not refused"
    assert (tmp_path / "hub.db").read_bytes() == database, "the database is untouched"
    assert not (tmp_path / "elsewhere.db").exists(), "no copy of the database where the symlink pointed"
