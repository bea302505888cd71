"""/subscribe, /unsubscribe, /brief and the weekly digest, end to end on both engines."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from handlers.delivery import brief
from storage import campaign_repos
from storage.models import Campaign, Conversation, DigestItem, Subscription, SubscriptionTopic
from tests.chat import Chat
from tests.e2e.test_broadcast import write_message
from tests.e2e.test_event_reminders import restarted
from tests.e2e.test_registration import register_new_org
from tests.events_support import START, Clock, add_event, add_member, rows, use_clock

pytestmark = pytest.mark.both_databases

ORGANISER = 960
# START is Wednesday 25 November 2026, 13:00 in Belgrade; a Friday 18:00 digest is due two days later
FRIDAY_1800 = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)


async def subscribe(runtime, user_id: int, **values) -> None:  # type: ignore[no-untyped-def]
    """Change a member's subscription directly (the /subscribe screens are tested on their own)."""
    topics = values.pop("topics", [])
    async with runtime.hub.sessions.begin() as session:
        subscription = await session.get(Subscription, user_id)
        for name, value in values.items():
            setattr(subscription, name, value)
        subscription.topics = [SubscriptionTopic(topic=topic) for topic in topics]


def texts_to(api, chat_id: int, marker: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        str(c.params["text"])
        for c in api.calls
        if c.method == "sendMessage" and c.params.get("chat_id") == chat_id and marker in str(c.params.get("text"))
    ]


async def test_registration_offers_updates_with_defaults_from_the_profile(chat: Chat, runtime):
    use_clock(runtime)
    await register_new_org(chat)
    await chat.press("Confirm")
    assert "Nothing is sent until you choose" in chat.last_text()
    assert await rows(runtime, Subscription) == [], "subscribing is offered, never assumed"
    await chat.press("Choose my updates")
    screen = chat.last_text()
    for expected in (
        "Event invitations, Briefs and reports, Network news",
        "Environmental crime, Money laundering",
        "Countries: Kosovo",
        "When: As they happen",
    ):
        assert expected in screen, screen
    await chat.send("weekly please")
    assert "answer with the buttons" in chat.replies()[0]
    await chat.press("Network news")
    await chat.press("Topics (2)")
    await chat.press("Youth")
    await chat.press("Back")
    assert "Youth" not in chat.last_text(), "Back leaves the topics as they were"
    await chat.press("As they happen or weekly?")
    await chat.press("Weekly digest")
    await chat.press("Fri")
    await chat.press("18")
    assert "Now: Weekly digest, Friday at 18:00 (Europe/Belgrade)" in chat.last_text()
    await chat.press("Done")
    await chat.press("Save")
    assert "Saved" in chat.last_text() and "Updates: Event invitations, Briefs and reports" in chat.last_text()
    [subscription] = await rows(runtime, Subscription)
    assert (subscription.invitations, subscription.briefs, subscription.news) == (True, True, False)
    assert (subscription.rhythm, subscription.digest_day, subscription.digest_hour) == ("weekly", 4, 18)
    assert [t.topic for t in subscription.topics] == ["environmental_crime", "money_laundering"]
    assert [c.country for c in subscription.countries] == ["xk"]
    assert subscription.next_digest_at == FRIDAY_1800
    await chat.send("/subscribe")
    assert "Weekly digest, Friday at 18:00" in chat.last_text(), "the screen opens on what was saved"
    for kind in ("Event invitations", "Briefs and reports"):
        await chat.press(kind)
    await chat.press("Save")
    assert "at least one kind" in chat.toast()
    [unchanged] = await rows(runtime, Subscription)
    assert unchanged.invitations and unchanged.briefs
    await chat.send("/cancel")
    await chat.send("/mydata")
    [document] = [c for c in chat.last_calls if c.method == "sendDocument"]
    assert json.loads(document.params["document"]["content"])["subscription"] == {
        "kinds": ["invitations", "briefs"],
        "topics": ["environmental_crime", "money_laundering"],
        "countries": ["xk"],
        "rhythm": "weekly",
        "digest_day": 4,
        "digest_hour": 18,
        "time_zone": "Europe/Belgrade",
    }
    await chat.send("/forget")
    await chat.press("Yes, erase")
    assert await rows(runtime, Subscription) == [] and await rows(runtime, SubscriptionTopic) == []


async def test_unsubscribe_stops_everything_in_one_step(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="admin")  # admins see exact counts (an organiser sees "< 5")
    for user_id in (961, 962):
        await add_member(runtime, user_id)
        api.open_chat(user_id)  # they have talked to the bot, so it may write to them
    await subscribe(runtime, 962, rhythm="weekly", digest_day=4, digest_hour=18, next_digest_at=FRIDAY_1800)
    organiser = new_chat(ORGANISER)
    await write_message(organiser, {"English": "Network news"})
    await organiser.press("No button")
    assert "reaches <b>3</b> members" in organiser.last()["text"]
    await organiser.press("Continue")
    await organiser.press("Send now to 3")
    assert [i.telegram_id for i in await rows(runtime, DigestItem)] == [962], "kept for the Friday digest"
    weekly = new_chat(962)
    await weekly.send("/unsubscribe")
    assert "no more updates" in weekly.last_text()
    assert await rows(runtime, Subscription, telegram_id=962) == [] and await rows(runtime, DigestItem) == []
    await weekly.send("/unsubscribe")
    assert "not subscribed" in weekly.last_text()
    await organiser.send("/broadcast")
    await organiser.press("English")
    await organiser.send("More news")
    await organiser.press("Done")
    await organiser.press("No button")
    assert "reaches <b>2</b> members" in organiser.last()["text"], "962 is no longer counted"
    runtime.hub.clock.now = FRIDAY_1800  # type: ignore[attr-defined]
    await runtime.due.run_once()
    assert texts_to(api, 962, "digest") == []


async def write_brief(organiser: Chat) -> None:
    await organiser.send("/brief")
    await organiser.press("English")
    await organiser.send("Procurement capture in the region")
    await organiser.send("Findings on <captured> tenders & who profits.")
    await organiser.press("Македонски")
    await organiser.send("Заробени тендери во регионот")
    await organiser.send("Наоди за тендерите.")
    await organiser.press("Done")
    await organiser.send("not a link")
    assert "https://" in organiser.replies()[0]
    await organiser.send("https://example.org/brief")
    await organiser.press("Corruption")
    await organiser.press("Done")
    await organiser.press("Done")


async def reach_of_draft(runtime, organiser: int) -> int:  # type: ignore[no-untyped-def]
    """How many the brief being written reaches, exactly (the organiser sees "< 5")."""
    async with runtime.hub.sessions() as session:
        conversation = await session.get(Conversation, organiser)
        assert conversation is not None
        return await campaign_repos.count_audience(session, brief.draft_brief(brief.BriefDraft.load(conversation.data)))


async def test_a_brief_reaches_subscribers_now_or_in_their_weekly_digest_once(api, engine, database_url):
    clock = Clock(START)
    async with restarted(api, engine, database_url, clock) as runtime:
        await add_member(runtime, ORGANISER, role="organiser", subscribed=False)
        for user_id, locale in ((971, "en"), (972, "en"), (973, "en"), (974, "mk")):
            await add_member(runtime, user_id, locale=locale)
            api.open_chat(user_id)
        await add_member(runtime, 975, subscribed=False)
        await subscribe(runtime, 971, topics=["corruption", "youth"])
        await subscribe(runtime, 972, topics=["youth"])
        await subscribe(runtime, 973, rhythm="weekly", digest_day=4, digest_hour=18, next_digest_at=FRIDAY_1800)
        organiser = Chat(api, runtime.hub, user_id=ORGANISER, language_code="en")
        await write_brief(organiser)
        assert "< 5 subscribers match" in organiser.last_text(), "an organiser sees a small audience masked"
        assert await reach_of_draft(runtime, ORGANISER) == 3, "972 chose other topics; 975 never subscribed"
        confirm = organiser.last()
        await organiser.press("Send me a preview")
        assert "Findings on <captured> tenders & who profits." in organiser.last_text()
        await organiser.press("Publish to < 5", confirm)
        assert "reaches < 5 subscribers" in organiser.replies()[0]
        await runtime.due.run_once()
        [english] = texts_to(api, 971, "Procurement capture")
        assert "New brief or report" in english and "&lt;captured&gt;" in english
        [macedonian] = texts_to(api, 974, "Заробени тендери")
        assert "Наоди" in macedonian
        assert texts_to(api, 972, "Procurement") == texts_to(api, 975, "Procurement") == []
        assert texts_to(api, 973, "Procurement") == [], "the weekly subscriber waits for Friday"
        await organiser.press(
            "See the report", next(m for m in organiser.messages() if m["message_id"] == confirm["message_id"])
        )
        assert "Kept for weekly digests: < 5" in organiser.replies()[0], "an organiser sees small counts masked"
    clock.now = FRIDAY_1800 + timedelta(minutes=1)
    async with restarted(api, engine, database_url, clock) as runtime:
        await runtime.due.run_once()
        [digest] = texts_to(api, 973, "weekly digest")
        assert "one update" in digest and "Procurement capture in the region" in digest
        message = next(m for m in api.sent_to(973) if "weekly digest" in m.get("text", ""))
        assert [b["url"] for row in message["reply_markup"]["inline_keyboard"] for b in row] == [
            "https://example.org/brief"
        ]
    async with restarted(api, engine, database_url, clock) as runtime:
        await runtime.due.run_once()
        assert len(texts_to(api, 973, "weekly digest")) == 1, "once per period, across restarts"
        async with runtime.hub.sessions() as session:
            following = await session.scalar(select(Subscription.next_digest_at).where(Subscription.telegram_id == 973))
        assert following == FRIDAY_1800 + timedelta(days=7)
        clock.now = FRIDAY_1800 + timedelta(days=7, minutes=1)
        await runtime.due.run_once()
        assert len(texts_to(api, 973, "weekly digest")) == 1, "nothing new: no empty digest"


async def test_a_brief_is_for_organisers_and_bad_input_changes_nothing(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, 980)
    member = new_chat(980)
    await member.send("/brief")
    assert "Only organisers" in member.last_text()
    await add_member(runtime, ORGANISER, role="organiser")
    organiser = new_chat(ORGANISER)
    await organiser.send("/brief")
    await organiser.send("free text")
    assert "answer with the buttons" in organiser.replies()[0]
    await organiser.press("English")
    await organiser.send("T" * 121)
    assert "at most 120" in organiser.replies()[0]
    await organiser.send("A title")
    await organiser.send("s" * 1501)
    assert "at most 1,500" in organiser.replies()[0]
    await organiser.press("Back")
    assert "Send the title in English" in organiser.last_text() and "A title" in organiser.last_text()
    await organiser.press("Cancel")
    assert "Nothing was sent" in organiser.last_text()
    assert await rows(runtime, Campaign) == []


async def test_a_digest_naming_a_chatham_house_event_cannot_be_forwarded(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser", subscribed=False)
    await add_event(runtime, ORGANISER, titles={"en": "Closed-door briefing"}, chatham_house=True)
    await add_member(runtime, 990)
    api.open_chat(990)
    await subscribe(runtime, 990, rhythm="weekly", digest_day=4, digest_hour=18, next_digest_at=FRIDAY_1800)
    organiser = new_chat(ORGANISER)
    await write_message(organiser, {"English": "Join us behind closed doors"})
    await organiser.press("Closed-door briefing")
    await organiser.press("Continue")
    await organiser.press("Send now")
    assert [i.telegram_id for i in await rows(runtime, DigestItem)] == [990], "kept for the Friday digest"
    runtime.hub.clock.now = FRIDAY_1800  # type: ignore[attr-defined]
    mark = len(api.calls)
    await runtime.due.run_once()
    digest = await api.wait_for(
        lambda c: (
            c.method == "sendMessage"
            and c.params.get("chat_id") == 990
            and "weekly digest" in str(c.params.get("text"))
        ),
        start=mark,
    )
    assert "Closed-door briefing" in str(digest.params["text"])
    assert digest.params.get("protect_content") in (True, "true"), "it names a Chatham House event"
