"""The migrations build exactly the schema the models describe, and erasing really erases."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from storage import repos
from storage.db import create_engine, migrate, session_factory
from storage.models import Base, Member, Organisation, OrganisationTopic

pytestmark = pytest.mark.both_databases


async def test_migrations_match_the_models(database_url):
    engine = create_engine(database_url)
    await migrate(engine)
    async with engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata))
    await engine.dispose()
    assert differences == []


async def test_erasing_the_last_member_removes_the_organisation_and_its_topics(database_url):
    engine = create_engine(database_url)
    await migrate(engine)
    sessions = session_factory(engine)
    async with sessions() as session:
        organisation = Organisation(name="Org", name_key="org", country="al", sector="ngo")
        repos.set_topics(organisation, ["youth", "gender"])
        session.add_all([organisation, Member(telegram_id=1, organisation=organisation)])
        await session.commit()
        assert await repos.erase_member(session, 1)
        await session.commit()
        assert await repos.erase_member(session, 1) is False
        for model in (Member, Organisation, OrganisationTopic):
            assert (await session.scalars(select(model))).all() == []
    await engine.dispose()


async def test_processes_starting_together_share_one_hub_key(database_url, monkeypatch):
    """Each process reads the key at its start. When another process makes it just after this one found none,
    this one's insert gives way and both use the other's key."""
    engines = [create_engine(database_url), create_engine(database_url)]
    looked = repos.stored_key
    made: list[bytes] = []

    async def other_process_makes_it_meanwhile(session, name):  # type: ignore[no-untyped-def]
        found = await looked(session, name)
        if found is None and session.get_bind() is not engines[1].sync_engine and not made:
            async with session_factory(engines[1]).begin() as other:
                made.append(await repos.hub_key(other, name))
        return found

    try:
        async with session_factory(engines[0]).begin() as session:
            monkeypatch.setattr(repos, "stored_key", other_process_makes_it_meanwhile)
            key = await repos.hub_key(session, repos.LOG_KEY)
            monkeypatch.setattr(repos, "stored_key", looked)
        assert made == [key] and len(key) == 32
        async with session_factory(engines[0])() as session:
            assert await repos.hub_key(session, repos.LOG_KEY) == key, "made once, kept"
            assert await repos.hub_key(session, repos.ERASURE_KEY) != key, "one key per use"
    finally:
        for engine in engines:
            await engine.dispose()
