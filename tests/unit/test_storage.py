"""The migrations build exactly the schema the models describe, and erasing really erases."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storage import inbox_repos, repos
from storage.db import alembic_config, create_engine, migrate, session_factory
from storage.models import Base, Member, Membership, Organisation, OrganisationTopic, Role, UtcDateTime, Vetting

pytestmark = pytest.mark.both_databases


async def test_migrations_match_the_models(database_url):
    engine = create_engine(database_url)
    await migrate(engine)
    async with engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
        )
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


async def test_enum_values_are_stored_as_their_plain_strings_and_read_back_equal(database_url):
    """The status and role columns stay strings: a member goes in as its value, and what comes back equals it."""
    engine = create_engine(database_url)
    await migrate(engine)
    sessions = session_factory(engine)
    async with sessions() as session:
        organisation = Organisation(name="Org", name_key="org", country="al", sector="ngo", vetting=Vetting.VETTED)
        session.add(Member(telegram_id=1, organisation=organisation, membership=Membership.FOUNDER, role=Role.ADMIN))
        await session.commit()
    async with engine.connect() as connection:
        raw = (await connection.execute(sa.text("SELECT vetting FROM organisations"))).scalar_one()
        assert raw == "vetted"
    async with sessions() as session:
        member = await session.get(Member, 1)
        assert member is not None and member.organisation is not None
        assert (member.role, member.membership, member.organisation.vetting) == ("admin", "founder", "vetted")
        assert member.role == Role.ADMIN and member.membership == Membership.FOUNDER and member.vetted
        assert {Role.ADMIN: "found"}[member.role] == "found"
        assert await session.scalar(select(Member.telegram_id).where(Member.role == Role.ADMIN)) == 1
    await engine.dispose()


@pytest.fixture
async def empty_database_url(backend, database, request):  # type: ignore[no-untyped-def]
    """A database with no schema yet, to migrate step by step."""
    if backend == "postgresql":
        return await request.getfixturevalue("postgres").new_database()
    return f"sqlite+aiosqlite:///{database}"


async def test_migration_0012_keeps_the_oldest_waiting_request_and_marks_organisations_vetted_by_vouches(
    empty_database_url,
):
    """Organisation 2 was vetted with a vouch; nothing else in the database is lost (SQLite rebuilding a table would
    delete the rows that refer to it)."""
    engine = create_engine(empty_database_url)
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), "0011"))
    at = datetime(2026, 11, 1, tzinfo=UTC)
    organisations = sa.table(
        "organisations",
        *map(sa.column, ("id", "name", "name_key", "country", "sector", "description", "discoverable", "vetting")),
        sa.column("created_at", UtcDateTime()),
    )
    members = sa.table(
        "members", *map(sa.column, ("telegram_id", "organisation_id", "role")), sa.column("created_at", UtcDateTime())
    )
    introductions = sa.table(
        "introductions",
        *map(sa.column, ("id", "requester_id", "requester_org_id", "target_org_id", "note", "status")),
        sa.column("created_at", UtcDateTime()),
        sa.column("closed_at", UtcDateTime()),
    )
    requests = [
        (1, 10, 1, 2, "pending", None),
        (2, 11, 1, 2, "pending", None),  # the second one twice over
        (3, 10, 1, 2, "pending", at),
        (4, 10, 1, 3, "pending", None),
        (5, 10, 1, 2, "declined", None),
        (6, 10, 2, 1, "pending", None),
    ]
    async with engine.begin() as connection:
        await connection.execute(
            sa.insert(organisations),
            [
                {
                    "id": n,
                    "name": f"Org {n}",
                    "name_key": f"org {n}",
                    "country": "al",
                    "sector": "ngo",
                    "description": "",
                    "discoverable": True,
                    "vetting": "vetted",
                    "created_at": at,
                }
                for n in (1, 2, 3)
            ],
        )
        await connection.execute(
            sa.insert(members),
            [{"telegram_id": n, "organisation_id": 1, "role": "member", "created_at": at} for n in (10, 11)],
        )
        await connection.execute(
            sa.insert(introductions),
            [
                {
                    "id": i,
                    "requester_id": member,
                    "requester_org_id": requester,
                    "target_org_id": target,
                    "note": "",
                    "status": status,
                    "created_at": at,
                    "closed_at": closed,
                }
                for i, member, requester, target, status, closed in requests
            ],
        )
        await connection.execute(
            sa.insert(
                sa.table(
                    "vouches",
                    *map(sa.column, ("organisation_id", "voucher_org_id")),
                    sa.column("created_at", UtcDateTime()),
                )
            ),
            {"organisation_id": 2, "voucher_org_id": 1, "created_at": at},
        )
    await migrate(engine)
    async with engine.connect() as connection:
        kept = list(await connection.scalars(sa.select(introductions.c.id).order_by(introductions.c.id)))
        assert kept == [1, 3, 4, 5, 6], "the later of two waiting requests from org 1 to org 2 is gone"
        vouched = dict((await connection.execute(sa.text("SELECT id, vetted_by_vouches FROM organisations"))).all())
        assert {key: bool(value) for key, value in vouched.items()} == {1: False, 2: True, 3: False}
        assert await connection.scalar(sa.text("SELECT count(*) FROM members")) == 2
        with pytest.raises(IntegrityError):
            await connection.execute(
                sa.insert(introductions),
                {
                    "id": 7,
                    "requester_id": 11,
                    "requester_org_id": 1,
                    "target_org_id": 3,
                    "note": "",
                    "status": "pending",
                    "created_at": at,
                    "closed_at": None,
                },
            )
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


async def test_migration_0016_keeps_every_handled_update_recognised(empty_database_url):
    """An update handled before the deploy and delivered again after it is still applied only once."""
    engine = create_engine(empty_database_url)
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), "0015"))
        handled = sa.table("handled_updates", sa.column("update_id"), sa.column("handled_at", UtcDateTime()))
        await connection.execute(sa.insert(handled), {"update_id": 41, "handled_at": datetime(2026, 12, 1, tzinfo=UTC)})
    await migrate(engine)
    async with session_factory(engine)() as session:
        assert not await inbox_repos.mark_handled(session, 41), "handled before the deploy"
        assert await inbox_repos.mark_handled(session, 42)
        assert not await inbox_repos.mark_handled(session, 42)
    await engine.dispose()
