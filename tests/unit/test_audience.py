"""Who a broadcast reaches: any value within a filter, every filter given; never the unregistered or unreachable."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage import campaign_repos
from storage.db import create_engine, migrate, session_factory
from storage.models import Event, Member, Organisation, OrganisationTopic, Rsvp

NOW = datetime(2026, 11, 25, tzinfo=UTC)


@pytest.fixture
async def sessions(tmp_path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/a.db")
    await migrate(engine)
    factory = session_factory(engine)
    async with factory.begin() as session:
        def org(key: str, country: str, sector: str, vetting: str, topics: list[str]) -> Organisation:
            return Organisation(name=key, name_key=key, country=country, sector=sector, description="",
                                discoverable=False, vetting=vetting,
                                topics=[OrganisationTopic(topic=t) for t in topics])

        watch = org("watch", "xk", "ngo", "vetted", ["corruption", "youth"])
        press = org("press", "mk", "media", "pending", ["media_freedom"])
        think = org("think", "al", "think_tank", "vetted", ["corruption"])
        session.add_all([watch, press, think])
        for member_id, organisation, locale in ((1, watch, "sq"), (2, press, "mk"), (3, think, "en"),
                                               (4, watch, "en")):
            session.add(Member(telegram_id=member_id, organisation=organisation, locale=locale, registered_at=NOW))
        session.add(Member(telegram_id=5, organisation=watch, locale="en"))  # never finished registering
        session.add(Member(telegram_id=6, organisation=watch, locale="en", registered_at=NOW,
                           unreachable_since=NOW))  # blocked the bot
        event = Event(scope="national", format="online", country="xk", starts_at=NOW, ends_at=NOW)
        session.add(event)
        await session.flush()
        session.add_all([Rsvp(event_id=event.id, telegram_id=1, status="going"),
                         Rsvp(event_id=event.id, telegram_id=3, status="waitlist")])
    yield factory
    await engine.dispose()


async def reach(sessions, **audience) -> list[int]:  # type: ignore[no-untyped-def]
    async with sessions() as session:
        return sorted(await session.scalars(campaign_repos.audience_query(audience)))


async def test_no_filter_reaches_every_registered_reachable_member(sessions):
    assert await reach(sessions) == [1, 2, 3, 4]


@pytest.mark.parametrize(("audience", "expected"), [
    ({"topics": ["corruption"]}, [1, 3, 4]),
    ({"topics": ["youth", "media_freedom"]}, [1, 2, 4]),
    ({"countries": ["mk", "al"]}, [2, 3]),
    ({"sectors": ["media"]}, [2]),
    ({"languages": ["sq", "mk"]}, [1, 2]),
    ({"vetting": ["vetted"]}, [1, 3, 4]),
    ({"topics": ["corruption"], "languages": ["en"]}, [3, 4]),
    ({"topics": ["corruption"], "countries": ["mk"]}, []),
])
async def test_filters_combine(sessions, audience, expected):
    assert await reach(sessions, **audience) == expected


async def test_an_events_answers_select_its_people(sessions):
    async with sessions() as session:
        event_id = await session.scalar(select(Event.id))
    assert await reach(sessions, event_id=event_id, event_statuses=["going"]) == [1]
    assert await reach(sessions, event_id=event_id, event_statuses=["going", "waitlist"]) == [1, 3]
    async with sessions() as session:
        assert await campaign_repos.count_audience(session, {"event_id": event_id,
                                                             "event_statuses": ["waitlist"]}) == 1
