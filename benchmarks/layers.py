"""What reading one member costs at each layer between the hub and SQLite: the floor under the core's cost.

    python benchmarks/layers.py [--reads 3000]

Seeds 1,000 members in a temporary database, then reads one by primary key, --reads times, through each layer
from sqlite3 up to what the hub does at the start of every update (a session, the member with organisation,
topics, activities and conversation, the session closed). Prints CPU microseconds per read. The hub's engine is
the one storage/db.py builds (one connection, run in the event loop).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from sqlalchemy import bindparam, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage import repos  # noqa: E402
from storage.db import create_engine, session_factory  # noqa: E402
from storage.models import Base, Member  # noqa: E402

MEMBERS = 1000
BY_ID = select(Member.__table__).where(Member.telegram_id == bindparam("member"))


async def measure(reads: int, read: Callable[[int], Awaitable[object]]) -> float:
    """CPU microseconds per read, after a round to warm the caches."""
    for member in range(100):
        await read(member)
    started = time.process_time()
    for number in range(reads):
        await read(number % MEMBERS)
    return (time.process_time() - started) / reads * 1e6


async def run(reads: int) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tempfile.mkdtemp(prefix='hub-layers-')}/hub.db")
    sessions = session_factory(engine)
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    async with sessions.begin() as session:
        session.add_all(Member(telegram_id=number, locale="en") for number in range(MEMBERS))
    figures: list[tuple[str, float]] = []
    async with engine.connect() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        plain = raw._conn  # the sqlite3 connection under aiosqlite's

        async def by_sqlite3(member: int) -> object:
            return plain.execute("select * from members where telegram_id = ?", (member,)).fetchall()

        async def by_aiosqlite(member: int) -> object:
            return await (await raw.execute("select * from members where telegram_id = ?", (member,))).fetchall()

        async def by_connection(member: int) -> object:
            return (await connection.execute(BY_ID, {"member": member})).first()

        figures += [
            ("sqlite3, in the loop", await measure(reads, by_sqlite3)),
            ("aiosqlite's connection, in the loop", await measure(reads, by_aiosqlite)),
            ("SQLAlchemy AsyncConnection, Core select", await measure(reads, by_connection)),
        ]
    async with sessions() as open_session:

        async def by_session(member: int) -> object:
            return (await open_session.execute(BY_ID, {"member": member})).first()

        figures.append(("AsyncSession (open), Core select", await measure(reads, by_session)))

    async def new_session(member: int) -> object:
        async with sessions() as session:
            return (await session.execute(BY_ID, {"member": member})).first()

    async def as_the_hub(member: int) -> object:
        async with sessions() as session:
            return await repos.member_and_conversation(session, member)

    figures += [
        ("new AsyncSession, Core select, closed", await measure(reads, new_session)),
        ("new AsyncSession, member_and_conversation", await measure(reads, as_the_hub)),
    ]
    await engine.dispose()
    width = max(len(label) for label, _ in figures)
    print(f"reading one of {MEMBERS} members by id, CPU µs per read ({reads} reads)")
    for label, micros in figures:
        print(f"{label:<{width}}  {micros:8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--reads", type=int, default=3000)
    asyncio.run(run(parser.parse_args().reads))


if __name__ == "__main__":
    main()
