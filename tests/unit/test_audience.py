"""Who a broadcast reaches: any value within a filter, every filter given; only subscribers to that kind of update,
whose chosen topics and countries match; never the unregistered or unreachable."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from storage import campaign_repos
from storage.db import create_engine, migrate, session_factory
from storage.models import (
    Audience,
    Campaign,
    Delivery,
    DigestItem,
    Event,
    Member,
    Organisation,
    OrganisationTopic,
    Rsvp,
    Subscription,
    SubscriptionCountry,
    SubscriptionTopic,
)

NOW = datetime(2026, 11, 25, tzinfo=UTC)
pytestmark = pytest.mark.both_databases


@pytest.fixture
async def sessions(database_url):  # type: ignore[no-untyped-def]
    engine = create_engine(database_url)
    await migrate(engine)
    factory = session_factory(engine)
    async with factory.begin() as session:

        def org(key: str, country: str, sector: str, vetting: str, topics: list[str]) -> Organisation:
            return Organisation(
                name=key,
                name_key=key,
                country=country,
                sector=sector,
                description="",
                discoverable=False,
                vetting=vetting,
                topics=[OrganisationTopic(topic=t) for t in topics],
            )

        watch = org("watch", "xk", "ngo", "vetted", ["corruption", "youth"])
        press = org("press", "mk", "media", "pending", ["media_freedom"])
        think = org("think", "al", "think_tank", "vetted", ["corruption"])
        session.add_all([watch, press, think])
        for member_id, organisation, locale in ((1, watch, "sq"), (2, press, "mk"), (3, think, "en"), (4, watch, "en")):
            session.add(
                Member(
                    telegram_id=member_id,
                    organisation=organisation,
                    locale=locale,
                    registered_at=NOW,
                    membership="founder",
                )
            )
        session.add(Member(telegram_id=5, organisation=watch, locale="en"))  # never finished registering
        session.add(
            Member(
                telegram_id=6,
                organisation=watch,
                locale="en",
                registered_at=NOW,
                membership="founder",
                unreachable_since=NOW,
            )
        )  # blocked the bot
        session.add(
            Member(telegram_id=7, organisation=watch, locale="en", registered_at=NOW, membership="founder")
        )  # never subscribed
        await session.flush()
        session.add_all(Subscription(telegram_id=member_id, zone="UTC") for member_id in (1, 2, 3, 4, 5, 6))
        event = Event(scope="national", format="online", country="xk", starts_at=NOW, ends_at=NOW)
        session.add(event)
        await session.flush()
        session.add_all(
            [
                Rsvp(event_id=event.id, telegram_id=1, status="going"),
                Rsvp(event_id=event.id, telegram_id=3, status="waitlist"),
            ]
        )
    yield factory
    await engine.dispose()


async def reach(sessions, **audience) -> list[int]:  # type: ignore[no-untyped-def]
    async with sessions() as session:
        return sorted(await session.scalars(campaign_repos.audience_query(Audience.of(audience))))


async def reach_of(sessions, kind: str, topics: list[str], countries: list[str]) -> list[int]:  # type: ignore[no-untyped-def]
    async with sessions() as session:
        return sorted(await session.scalars(campaign_repos.audience_query(Audience(), kind, topics, countries)))


async def change_subscription(sessions, member_id: int, **values) -> None:  # type: ignore[no-untyped-def]
    async with sessions.begin() as session:
        subscription = await session.get(Subscription, member_id)
        for name, value in values.items():
            setattr(subscription, name, value)


async def test_no_filter_reaches_every_registered_reachable_member(sessions):
    assert await reach(sessions) == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("audience", "expected"),
    [
        ({"topics": ["corruption"]}, [1, 3, 4]),
        ({"topics": ["youth", "media_freedom"]}, [1, 2, 4]),
        ({"countries": ["mk", "al"]}, [2, 3]),
        ({"sectors": ["media"]}, [2]),
        ({"languages": ["sq", "mk"]}, [1, 2]),
        ({"vetting": ["vetted"]}, [1, 3, 4]),
        ({"topics": ["corruption"], "languages": ["en"]}, [3, 4]),
        ({"topics": ["corruption"], "countries": ["mk"]}, []),
    ],
)
async def test_filters_combine(sessions, audience, expected):
    assert await reach(sessions, **audience) == expected


async def test_an_events_answers_select_its_people(sessions):
    async with sessions() as session:
        event_id = await session.scalar(select(Event.id))
    assert await reach(sessions, event_id=event_id, event_statuses=["going"]) == [1]
    assert await reach(sessions, event_id=event_id, event_statuses=["going", "waitlist"]) == [1, 3]
    async with sessions() as session:
        campaign = Campaign(
            kind="news", audience=Audience(event_id=event_id, event_statuses=("waitlist",)), topics=[], countries=[]
        )
        assert await campaign_repos.count_audience(session, campaign) == 1


async def test_invitations_to_a_closed_event_reach_vetted_organisations_only(sessions):
    async with sessions.begin() as session:
        event = await session.scalar(select(Event))
        invitation = Campaign(kind="invitation", audience=Audience(), topics=[], countries=[], event_id=event.id)
        assert sorted(await session.scalars(campaign_repos.campaign_audience(invitation))) == [1, 2, 3, 4]
        event.needs_approval = True
        await session.flush()
        assert sorted(await session.scalars(campaign_repos.campaign_audience(invitation))) == [1, 3, 4], (
            "2's organisation is still pending"
        )
        assert await campaign_repos.count_audience(session, invitation) == 3, "the count shown matches"
        member = await session.get(Member, 4)
        member.membership = "requested"  # asked to join a vetted organisation, not yet let in
        await session.flush()
        assert sorted(await session.scalars(campaign_repos.campaign_audience(invitation))) == [1, 3], (
            "a place in a closed room goes to members acting for the organisation, who may open the event"
        )


async def add_joiner(sessions, member_id: int) -> None:  # type: ignore[no-untyped-def]
    """Someone who asked to join the vetted "watch" and was not approved, subscribed to everything."""
    async with sessions.begin() as session:
        watch = await session.scalar(select(Organisation).where(Organisation.name_key == "watch"))
        session.add(
            Member(telegram_id=member_id, organisation=watch, locale="en", registered_at=NOW, membership="requested")
        )
        await session.flush()
        session.add(Subscription(telegram_id=member_id, zone="UTC"))


async def test_a_joiner_not_yet_approved_counts_as_unvetted(sessions):
    await add_joiner(sessions, 8)
    assert await reach(sessions, vetting=["vetted"]) == [1, 3, 4]
    assert await reach(sessions, vetting=["pending"]) == [2, 8], "nobody has vouched for 8 yet"
    assert await reach(sessions, vetting=["vetted", "pending"]) == [1, 2, 3, 4, 8]
    async with sessions.begin() as session:
        event = await session.scalar(select(Event))
        event.needs_approval = True
        invitation = Campaign(kind="invitation", audience=Audience(), topics=[], countries=[], event_id=event.id)
        assert sorted(await session.scalars(campaign_repos.campaign_audience(invitation))) == [1, 3, 4]
        (await session.get(Member, 8)).membership = "member"  # type: ignore[union-attr]
        await session.flush()
        assert sorted(await session.scalars(campaign_repos.campaign_audience(invitation))) == [1, 3, 4, 8], (
            "approved, 8 is one of watch's members"
        )


async def test_only_subscribers_to_the_kind_are_reached(sessions):
    await change_subscription(sessions, 2, news=False)
    await change_subscription(sessions, 3, briefs=False, invitations=False)
    assert await reach_of(sessions, "news", [], []) == [1, 3, 4], "2 turned news off; 7 never subscribed"
    assert await reach_of(sessions, "brief", [], []) == [1, 2, 4]
    assert await reach_of(sessions, "invitation", [], []) == [1, 2, 4]


async def test_an_events_attendees_are_reached_without_a_subscription(sessions):
    async with sessions.begin() as session:
        event_id = await session.scalar(select(Event.id))
        session.add(Rsvp(event_id=event_id, telegram_id=7, status="going"))
    assert await reach(sessions, event_id=event_id) == [1, 7]


async def test_a_brief_reaches_subscribers_who_chose_its_topic_or_country_or_none(sessions):
    async with sessions.begin() as session:
        session.add_all(
            [
                SubscriptionTopic(telegram_id=1, topic="youth"),
                SubscriptionTopic(telegram_id=2, topic="gender"),
                SubscriptionCountry(telegram_id=3, country="rs"),
                SubscriptionCountry(telegram_id=4, country="al"),
            ]
        )
    assert await reach_of(sessions, "brief", ["youth", "corruption"], []) == [1, 3, 4]
    assert await reach_of(sessions, "brief", [], ["al"]) == [1, 2, 4]
    assert await reach_of(sessions, "brief", ["youth"], ["al"]) == [1, 4]
    assert await reach_of(sessions, "brief", [], []) == [1, 2, 3, 4], "about everything: every subscriber"


async def test_weekly_subscribers_are_kept_for_their_digest(sessions):
    await change_subscription(sessions, 4, rhythm="weekly")
    async with sessions.begin() as session:
        campaign = Campaign(kind="news", texts={"en": "x"}, audience=Audience(), topics=[], countries=[])
        session.add(campaign)
        await session.flush()
        assert await campaign_repos.queue_campaign(session, campaign, NOW) == 4
        instant = await session.scalars(select(Delivery.telegram_id).where(Delivery.campaign_id == campaign.id))
        kept = await session.scalars(select(DigestItem.telegram_id).where(DigestItem.campaign_id == campaign.id))
        assert (sorted(instant), list(kept)) == ([1, 2, 3], [4])


async def test_every_recipient_is_in_exactly_one_count_of_the_report(sessions):
    """A weekly subscriber is "kept for the digest" until it is built, then counted by the digest's own status."""
    await change_subscription(sessions, 4, rhythm="weekly")
    async with sessions.begin() as session:
        campaign = Campaign(kind="news", texts={"en": "x"}, audience=Audience(), topics=[], countries=[])
        session.add(campaign)
        await session.flush()
        await campaign_repos.queue_campaign(session, campaign, NOW)
        await session.execute(
            update(Delivery).where(Delivery.campaign_id == campaign.id, Delivery.telegram_id == 1).values(status="sent")
        )
        counts = await campaign_repos.report(session, campaign.id)
        assert (counts["sent"], counts["pending"], counts["digest"]) == (1, 2, 1)
        digest = Delivery(telegram_id=4, kind="digest", payload={}, status="sent", next_attempt_at=NOW)
        session.add(digest)
        await session.flush()
        await session.execute(
            update(DigestItem).where(DigestItem.campaign_id == campaign.id).values(delivery_id=digest.id)
        )
        counts = await campaign_repos.report(session, campaign.id)
        assert (counts["sent"], counts["pending"], counts["digest"]) == (2, 2, 0), "the digest's reader is sent"
        assert sum(counts.values()) == campaign.recipients == 4
