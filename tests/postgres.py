"""A throwaway PostgreSQL cluster for the tests: in a temporary directory, reachable only through a Unix socket
there (no TCP port), started once per test session and removed afterwards. No system service is used."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from storage.db import create_engine, migrate

USER = "hub"


def find_bindir() -> Path | None:
    """Debian's newest installed server (`apt-get install postgresql`), else one on the PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class ThrowawayPostgres:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="hub-pg-"))
        self.data, self.socket_dir = self.root / "data", self.root
        self._databases = 0
        self._template = ""  # a database at the newest schema, copied for each test that wants one
        # PostgreSQL refuses to run as root: then the cluster belongs to Debian's `postgres` user
        self._as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as_user:
            shutil.chown(self.root, "postgres", "postgres")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale")
        self.resume()

    def pause(self) -> None:
        """Shut the server down, keeping its data: the database is unreachable until `resume`."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        options = (
            f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-o", options, "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+asyncpg://{USER}@/{database}?host={self.socket_dir}"

    async def new_database(self, *, migrated: bool = False) -> str:
        """A fresh database, empty or (`migrated`) at the newest schema; returns its SQLAlchemy URL."""
        if migrated and not self._template:
            self._template = await self.new_database()
            engine = create_engine(self._template)
            await migrate(engine)
            await engine.dispose()
        self._databases += 1
        name = f"test_{os.getpid()}_{self._databases}"
        template = f' TEMPLATE "{make_url(self._template).database}"' if migrated else ""
        connection = await asyncpg.connect(user=USER, host=str(self.socket_dir), database="postgres")
        try:
            await connection.execute(f'CREATE DATABASE "{name}"{template}')
        finally:
            await connection.close()
        return self.url(name)

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self._as_user, str(self.bindir / program), *args], check=True, capture_output=True, cwd=self.root
        )
