"""Events are named in links by a random code, and the migration gives one to every event already there."""

import re
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import text

from storage.db import alembic_config, create_engine

pytestmark = pytest.mark.both_databases

CODE = re.compile(r"[A-Za-z0-9_-]{8,12}")


async def test_the_migration_gives_every_existing_event_its_own_code_and_keeps_its_answers(database_url):
    engine = create_engine(database_url)
    async with engine.begin() as connection:
        # the fixture's database is at the newest schema: back to before the codes, then events as they were
        await connection.run_sync(lambda sync: command.downgrade(alembic_config(sync), "0013"))
        when = datetime(2026, 12, 1, 10, tzinfo=UTC)
        await connection.execute(
            text("INSERT INTO members (telegram_id, role, share_handle, created_at) VALUES (1, 'member', false, :at)"),
            {"at": when},
        )
        for event_id in (1, 2, 3):
            await connection.execute(
                text(
                    "INSERT INTO events (id, scope, format, country, starts_at, ends_at, needs_approval, chatham_house,"
                    " status, version, created_at) VALUES (:id, 'regional', 'online', 'mk', :at, :at, false, false,"
                    " 'published', 0, :at)"
                ),
                {"id": event_id, "at": when},
            )
        await connection.execute(
            text(
                "INSERT INTO rsvps (event_id, telegram_id, status, approved, updated_at) "
                "VALUES (1, 1, 'going', false, :at)"
            ),
            {"at": when},
        )
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), "head"))
        codes = list(await connection.scalars(text("SELECT code FROM events ORDER BY id")))
        answers = await connection.scalar(text("SELECT count(*) FROM rsvps"))
    await engine.dispose()
    assert all(CODE.fullmatch(code) for code in codes), codes
    assert len(set(codes)) == 3, "each event its own code"
    assert answers == 1, "adding the column did not rebuild the table and cascade to the answers"
