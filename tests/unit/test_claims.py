"""Claims under concurrency, on SQLite and PostgreSQL: two senders claiming the outbox at once never get the
same row, and a scheduled campaign is queued once however many ticks race for it."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from storage import campaign_repos, outbox_repos
from storage.db import create_engine, migrate, session_factory
from storage.models import Audience, Campaign, Delivery, Member, Organisation, Subscription, utcnow

pytestmark = pytest.mark.both_databases


@pytest.fixture
async def sessions(database_url):  # type: ignore[no-untyped-def]
    engine = create_engine(database_url)
    await migrate(engine)
    factory = session_factory(engine)
    async with factory.begin() as session:
        org = Organisation(name="Org", name_key="org", country="al", sector="ngo", vetting="vetted")
        session.add(org)
        for member_id in range(1, 201):
            session.add(Member(telegram_id=member_id, organisation=org, locale="en", registered_at=utcnow()))
        await session.flush()
        session.add_all(Subscription(telegram_id=member_id, zone="UTC") for member_id in range(1, 201))
    yield factory
    await engine.dispose()


async def test_two_senders_never_claim_the_same_delivery(sessions):
    async with sessions.begin() as session:
        session.add_all(
            Delivery(telegram_id=member_id, kind="campaign", payload={}, next_attempt_at=utcnow())
            for member_id in range(1, 201)
        )

    async def sender() -> list[int]:
        claimed: list[int] = []
        while True:
            async with sessions.begin() as session:
                batch = await outbox_repos.claim_deliveries(session, utcnow(), 7)
            if not batch:
                return claimed
            claimed += batch
            await asyncio.sleep(0)

    first, second = await asyncio.gather(sender(), sender())
    assert not set(first) & set(second), "a row claimed twice would be sent twice"
    assert len(first) + len(second) == 200, "every row was claimed"


async def test_a_due_campaign_is_queued_once_however_many_ticks_race(sessions):
    async with sessions.begin() as session:
        session.add(
            Campaign(
                texts={"en": "x"}, audience=Audience(), topics=[], countries=[], status="scheduled", send_at=utcnow()
            )
        )

    async def tick() -> int:
        async with sessions.begin() as session:
            return sum(
                [
                    await campaign_repos.queue_campaign(session, campaign, utcnow())
                    for campaign in await campaign_repos.claim_due_campaigns(session, utcnow())
                ]
            )

    queued = await asyncio.gather(*(tick() for _ in range(4)))
    assert sorted(queued) == [0, 0, 0, 200]
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Delivery)) == 200
