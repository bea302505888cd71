"""Faults on Telegram's side and the database's, on both engines: the bot keeps answering, loses nothing, applies
nothing twice, and recovers by itself once the fault stops. (SIGKILL in wizards: test_restarts.py; in a
campaign: test_delivery_restart.py; 429, 403 and 500 during a campaign: test_broadcast.py.)"""

from __future__ import annotations

import asyncio
import random
import sqlite3
from typing import Any

import pytest

from bot.fakeapi import FakeBotAPI
from bot.runtime import Runtime
from storage.models import Audience, Campaign, Delivery, Rsvp
from tests.chat import Chat
from tests.conftest import bot_settings
from tests.e2e.test_events import open_card
from tests.events_support import add_event, add_member, deliveries_settled, rows, times_received, use_clock

ORGANISER = 700
STORM = 6


async def member_at_an_event_card(
    runtime: Runtime, member: Chat, event_id: int | None = None
) -> tuple[Chat, dict[str, Any], str]:
    """A registered member looking at an event's card (a new event unless given): the card and its Going data."""
    if event_id is None:
        await add_member(runtime, ORGANISER, role="organiser")
        event_id = await add_event(runtime, ORGANISER)
    await add_member(runtime, member.user_id)
    await open_card(member, event_id)
    card = member.last_with_buttons()
    going = next(b["callback_data"] for b in member.buttons(card) if b["callback_data"].endswith(":going"))
    return member, card, going


def help_replies(api: FakeBotAPI, chat_id: int) -> list[Any]:
    return [
        c
        for c in api.calls
        if c.ok
        and c.method == "sendMessage"
        and c.params.get("chat_id") == chat_id
        and "/register" in str(c.params.get("text"))
    ]


def injected(api: FakeBotAPI, method: str) -> list[int]:
    return [c.status for c in api.calls if c.injected and c.method == method]


async def test_polling_rides_out_server_errors_and_dropped_connections(api, runtime, chat: Chat):
    api.fail_next("getUpdates", status=500, description="Internal Server Error", times=2)
    api.drop_next("getUpdates")
    await api.wait_until(lambda: sorted(injected(api, "getUpdates")) == [0, 500, 500], timeout=10)
    await chat.send("/help")
    assert "/register" in chat.last_text(), "answered once Telegram answers again"

    api.drop_next("sendMessage")
    api.fail_next("sendMessage", status=502, description="Bad Gateway")
    await chat.send("/help")
    assert len(help_replies(api, chat.chat_id)) == 2, "the reply went out again after a lost connection and a 502"

    await chat.send("/start")
    api.drop_next("answerCallbackQuery")
    await chat.press("Deutsch")
    assert "Deutsch" in chat.last_text() or "Sprache" in chat.last_text(), "the screen comes even if the toast fails"


async def test_a_stalled_request_holds_up_nobody_else(api, runtime, new_chat):
    """Telegram takes ten seconds to answer one reply: other people are answered meanwhile, and the stalled
    reply arrives once, late (or, if the library gives up waiting first, once, when it tries again)."""
    slow, quick = new_chat(611), new_chat(612)
    api.stall_next("sendMessage", 10)
    api.send_text(slow.user_id, "/help")
    await api.wait_until(lambda: not api._disruptions, timeout=5)  # noqa: SLF001 - the stall has begun
    started = asyncio.get_running_loop().time()
    await quick.send("/help")
    assert "/register" in quick.last_text()
    assert asyncio.get_running_loop().time() - started < 3
    assert help_replies(api, slow.user_id) == []
    await api.wait_until(lambda: len(help_replies(api, slow.user_id)) >= 1, timeout=20)
    await asyncio.sleep(0.5)
    assert len(help_replies(api, slow.user_id)) == 1


async def test_a_429_storm_and_blocked_chats_during_a_campaign(api, runtime, new_chat):
    """429s in a row, one a second, and members who blocked the bot: each reachable member gets the campaign
    once, the others are marked, and a member's command is still answered, after the storm if need be (a reply
    waits out up to ten seconds of them)."""
    await add_member(runtime, ORGANISER, role="organiser", subscribed=False)
    audience = list(range(1300, 1320))
    for user_id in audience:
        await add_member(runtime, user_id)
        api.open_chat(user_id)
    blocked = set(random.Random(9).sample(audience, 4))
    for user_id in blocked:
        api.block_chat(user_id)
    async with runtime.hub.sessions.begin() as session:
        session.add(
            Campaign(
                texts={"en": "Storm warning"}, audience=Audience(), status="scheduled", send_at=runtime.hub.clock()
            )
        )
    api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 1", times=STORM)
    await runtime.due.tick()
    asker = new_chat(audience[0])
    await asker.send("/help")
    assert "/register" in asker.last_text() or "/profile" in asker.last_text()

    await deliveries_settled(runtime, within=60, poll=0.3)
    got = times_received(api, "Storm warning", audience)
    assert got == {uid: 0 if uid in blocked else 1 for uid in audience}
    statuses = {d.telegram_id: d.status for d in await rows(runtime, Delivery)}
    assert statuses == {uid: "blocked" if uid in blocked else "sent" for uid in audience}
    assert injected(api, "sendMessage").count(429) == STORM


async def test_a_429_for_one_chat_holds_back_that_chats_reply_only(api, runtime, new_chat):
    """Telegram's flood control for one chat says retry after 5 s: that chat's reply waits it out and goes once;
    another person's reply goes at once."""
    held, other = new_chat(661), new_chat(662)
    api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 5", chat_id=held.chat_id)
    api.send_text(held.user_id, "/help")
    refused = await api.wait_for(lambda c: c.method == "sendMessage" and c.status == 429)
    api.send_text(other.user_id, "/help")
    await api.wait_until(lambda: len(help_replies(api, other.chat_id)) == 1, timeout=10)
    [answered] = help_replies(api, other.chat_id)
    assert answered.at - refused.at < 1, "the other person's reply waited for the held chat's retry_after"
    await api.wait_until(lambda: len(help_replies(api, held.chat_id)) == 1, timeout=15)
    [resent] = help_replies(api, held.chat_id)
    assert resent.at - refused.at >= 4.9, "the held chat's reply went before its retry_after was over"


async def test_a_429_for_one_member_holds_back_that_members_delivery_only(api, runtime):
    """A campaign: Telegram answers the first member's message 429, retry after 5 s. Everyone else gets it
    meanwhile; the first member gets it once the 5 s are over, once."""
    await add_member(runtime, ORGANISER, role="organiser", subscribed=False)
    audience = list(range(1400, 1406))
    for user_id in audience:
        await add_member(runtime, user_id)
        api.open_chat(user_id)
    async with runtime.hub.sessions.begin() as session:
        session.add(
            Campaign(texts={"en": "Field notes"}, audience=Audience(), status="scheduled", send_at=runtime.hub.clock())
        )
    first, *others = audience  # the outbox goes in the order of member ids
    api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 5", chat_id=first)

    def received(user_id: int) -> list[Any]:
        return [
            c
            for c in api.calls
            if c.ok
            and c.method == "sendMessage"
            and c.params.get("chat_id") == user_id
            and "Field notes" in str(c.params.get("text"))
        ]

    await runtime.due.tick()
    refused = await api.wait_for(lambda c: c.status == 429 and c.params.get("chat_id") == first, timeout=10)
    await api.wait_until(lambda: all(received(user_id) for user_id in others), timeout=10)
    last = max(received(user_id)[0].at for user_id in others)
    assert last - refused.at < 2, "the other members waited for the first member's retry_after"
    await api.wait_until(lambda: len(received(first)) == 1, timeout=20)
    assert received(first)[0].at - refused.at >= 4.9
    await asyncio.sleep(0.3)  # a second copy would show now
    assert {user_id: len(received(user_id)) for user_id in audience} == dict.fromkeys(audience, 1)


async def test_duplicated_and_out_of_order_updates(api, runtime, new_chat):
    """Telegram may deliver an update twice; two updates may come in either order."""
    use_clock(runtime)
    member, card, going = await member_at_an_event_card(runtime, new_chat(621))
    handled = runtime.hub.handled
    press = api.press(member.user_id, card["message_id"], going)
    api.push_update(press)  # the very same update again, as after a lost confirmation
    await api.wait_until(lambda: runtime.hub.handled >= handled + 1 and not api.backend.updates, timeout=10)
    await asyncio.sleep(0.3)  # a second handling would show now
    answers = [
        c
        for c in api.calls
        if c.method == "answerCallbackQuery" and c.params.get("callback_query_id") == press["callback_query"]["id"]
    ]
    assert len(answers) == 1, "one answer: the copy is not handled again"
    [going_row] = await rows(runtime, Rsvp, telegram_id=621)
    assert going_row.status == "going"

    newcomer = new_chat(622)
    first = {"update_id": 10**9 + 2, "message": text_message(622, "/start", 50)}
    second = {"update_id": 10**9 + 1, "message": text_message(622, "/help", 51)}
    handled = runtime.hub.handled
    api.push_update(first)
    api.push_update(second)  # a lower id after a higher one
    await api.wait_until(lambda: runtime.hub.handled >= handled + 2, timeout=10)
    assert len(help_replies(api, newcomer.user_id)) >= 1, "both answered, whatever the order"
    assert any("Welcome to Resilience Hub" in str(m.get("text")) for m in newcomer.messages())


def text_message(user_id: int, text: str, message_id: int) -> dict[str, Any]:
    entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}] if text.startswith("/") else []
    return {
        "message_id": message_id,
        "date": 0,
        "chat": {"id": user_id, "type": "private", "first_name": "T"},
        "from": {"id": user_id, "is_bot": False, "first_name": "T", "language_code": "en"},
        "text": text,
        "entities": entities,
    }


async def test_an_update_delivered_again_after_a_restart_is_not_applied_twice(api, engine, database_url):
    """The process handled a press but died before confirming it to Telegram, which delivers it again to the
    next process: the answer stands, nothing is done twice."""
    async with Runtime(bot_settings(api, engine, database_url), polling_timeout=1) as runtime:
        use_clock(runtime)
        member, card, going = await member_at_an_event_card(
            runtime, Chat(api, runtime.hub, user_id=631, language_code="en")
        )
        pressed = api.press(member.user_id, card["message_id"], going)
        await api.wait_for(
            lambda c: (
                c.method == "answerCallbackQuery"
                and c.params.get("callback_query_id") == pressed["callback_query"]["id"]
            )
        )
    api.push_update(pressed)  # unconfirmed when the process died, so Telegram sends it again
    async with Runtime(bot_settings(api, engine, database_url), polling_timeout=1) as runtime:
        use_clock(runtime)
        await api.wait_until(lambda: not api.backend.updates and runtime.hub.handled >= 1, timeout=10)
        [row] = await rows(runtime, Rsvp, telegram_id=631)
        assert row.status == "going"
        answers = [
            c
            for c in api.calls
            if c.method == "answerCallbackQuery"
            and c.params.get("callback_query_id") == pressed["callback_query"]["id"]
        ]
        assert len(answers) == 1
    assert api.errors() == []


async def test_a_locked_database_delays_answers_and_loses_nothing(api, runtime, new_chat, database):
    """Another transaction holds SQLite's write lock for three seconds: the press waits, then is saved and
    answered; nothing is lost and nothing fails."""
    use_clock(runtime)
    member, card, going = await member_at_an_event_card(runtime, new_chat(641))
    lock = sqlite3.connect(database, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    try:
        handled = runtime.hub.handled
        press = api.press(member.user_id, card["message_id"], going)
        await asyncio.sleep(3)
        assert runtime.hub.handled == handled, "waiting for the lock"
    finally:
        lock.rollback()
        lock.close()
    await api.wait_for(
        lambda c: (
            c.method == "answerCallbackQuery" and c.params.get("callback_query_id") == press["callback_query"]["id"]
        ),
        timeout=10,
    )
    [row] = await rows(runtime, Rsvp, telegram_id=641)
    assert row.status == "going"


@pytest.mark.parametrize("engine", ["aiogram"])
async def test_postgresql_down_for_a_moment(api, engine, postgres):
    """The database server stops: members get a clear apology, not silence; once it is back, the bot
    answers again by itself, with no restart."""
    url = await postgres.new_database(migrated=True)
    async with Runtime(bot_settings(api, engine, url), polling_timeout=1, strict_translations=True) as runtime:
        await add_member(runtime, 651)
        member = Chat(api, runtime.hub, user_id=651, language_code="en")
        postgres.pause()
        try:
            await member.send("/profile")
            assert "Something went wrong on our side" in member.last_text()
        finally:
            postgres.resume()
        await member.send("/profile")
        assert "Org 651" in member.last_text()
    assert api.errors() == []
