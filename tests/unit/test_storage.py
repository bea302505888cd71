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
