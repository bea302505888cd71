"""Webhook mode loses nothing it answered 200 to: each update is written down in the inbox first, handled from
there, and marked handled in the handler's own transaction; what a killed process had in hand is handled at the
next start (or by another process once its claim runs out), once."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
from collections import Counter
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from benchmarks.processes import free_port
from bot import webhook
from bot.fakeapi import FakeBotAPI
from bot.polling import UNCONFIRMED_WINDOW
from bot.runtime import Runtime
from handlers.kit.messages import Incoming, Screen
from handlers.kit.replies import kept_reply
from storage.models import InboxUpdate, utcnow
from tests.bot_process import BotProcess
from tests.conftest import bot_settings
from tests.e2e.test_forget import forget
from tests.e2e.test_webhook import help_update, post, replies_to, webhook_address, webhook_settings
from tests.events_support import add_member


async def inbox_rows(database_url: str) -> dict[int, InboxUpdate]:
    database = create_async_engine(database_url)
    try:
        async with database.connect() as connection:
            rows = (await connection.execute(select(InboxUpdate.__table__))).all()
    finally:
        await database.dispose()
    return {row.update_id: row for row in rows}  # type: ignore[misc]


async def write_down(database_url: str, update: dict[str, Any], claimed_until: Any) -> None:
    """An update a process wrote down and answered 200 to, then died before handling."""
    database = create_async_engine(database_url)
    try:
        async with database.begin() as connection:
            await connection.execute(
                InboxUpdate.__table__.insert(),
                {
                    "update_id": update["update_id"],
                    "body": json.dumps(update),
                    "received_at": utcnow(),
                    "claimed_until": claimed_until,
                },
            )
    finally:
        await database.dispose()


@pytest.mark.both_databases
async def test_an_update_a_dead_process_wrote_down_is_handled_at_the_next_start_once(api, engine, database_url):
    api.open_chat(701)
    api.open_chat(702)
    await write_down(database_url, help_update(9001, 701), claimed_until=utcnow() - timedelta(seconds=1))
    # still claimed by a process that may be alive: not taken until the claim runs out
    await write_down(database_url, help_update(9002, 702), claimed_until=utcnow() + timedelta(seconds=3))
    async with Runtime(webhook_settings(api, engine, database_url, tick_seconds=0.5), strict_translations=True):
        await api.wait_until(lambda: len(replies_to(api, 701)) == 1, timeout=10)
        assert replies_to(api, 702) == [], "another process's claim is respected"
        await api.wait_until(lambda: len(replies_to(api, 702)) == 1, timeout=10)
        await asyncio.sleep(1.5)  # more looks through the inbox: nothing is taken again
    assert "/events" in str(replies_to(api, 701)[0].params["text"]), "the answer to /help"
    assert len(replies_to(api, 701)) == 1 and len(replies_to(api, 702)) == 1
    rows = await inbox_rows(database_url)
    assert all(rows[n].handled_at is not None for n in (9001, 9002))
    assert rows[9001].body is None and rows[9002].body is None, "a handled update's text is not kept"
    assert api.errors() == []


async def test_an_update_telegram_posts_twice_is_handled_once(api, engine, database_url):
    async with Runtime(webhook_settings(api, engine, database_url), strict_translations=True) as runtime:
        local, path = await webhook_address(api, runtime)
        api.open_chat(711)
        api.stall_next("sendMessage", 1)  # the first post is still in hand when the second comes
        async with aiohttp.ClientSession() as session:
            assert await post(session, local + path, help_update(9101, 711)) == 200
            assert await post(session, local + path, help_update(9101, 711)) == 200
            await api.wait_until(lambda: len(replies_to(api, 711)) == 1, timeout=5)
            assert await post(session, local + path, help_update(9101, 711)) == 200, "and again, once handled"
            await asyncio.sleep(0.5)
    assert len(replies_to(api, 711)) == 1
    rows = await inbox_rows(database_url)
    assert rows[9101].reply is None, "a clean stop marks what it sent, so the next start sends nothing again"


async def test_a_full_inbox_answers_503_and_writes_nothing(api, engine, database_url, monkeypatch):
    monkeypatch.setattr(webhook, "COUNT_EVERY", 0.0)  # counted at every request
    settings = webhook_settings(api, engine, database_url, inbox_limit=2)
    for n in range(2):
        await write_down(database_url, help_update(9200 + n, 720 + n), claimed_until=utcnow() + timedelta(minutes=5))
    async with Runtime(settings, strict_translations=True) as runtime:
        local, path = await webhook_address(api, runtime)
        api.open_chat(722)
        async with aiohttp.ClientSession() as session:
            assert await post(session, local + path, help_update(9202, 722)) == 503
    assert 9202 not in await inbox_rows(database_url)
    assert replies_to(api, 722) == []


MEMBERS = (731, 732, 733)
EACH = 8


async def test_sigkill_while_updates_arrive_loses_none_and_applies_each_once(api, engine, database_url):
    """A real webhook process, killed at random moments while Telegram (the fake, retrying whatever is not
    answered 2xx) posts members' updates, and started again: every update is handled once and every member gets
    the answer to each of theirs. Only a reply Telegram was sending when the kill came can arrive twice (the
    process cannot know whether Telegram took it): at most one per member a kill."""
    port = free_port()
    chance = random.Random(engine)
    commands = [f"/x{member}n{n}" for n in range(EACH) for member in MEMBERS]
    for member in MEMBERS:
        api.open_chat(member)
    kills = 2
    async with BotProcess(api, database_url, engine, webhook_port=port) as bot:
        api.stall_next("sendMessage", 1.5, times=len(MEMBERS))  # replies held back: updates pile up in hand
        for command in commands:
            api.send_text(int(command[2:5]), command)
        for _ in range(kills):
            await asyncio.sleep(chance.uniform(0.3, 1.5))
            await bot.kill()
            await bot.start()
        await api.wait_until(lambda: not api.backend.updates, timeout=30)
        await api.wait_until(lambda: 0 not in answers(api).values(), timeout=60)
        await asyncio.sleep(2.0)  # more ticks: nothing more comes
    counted = answers(api)
    assert set(counted) == set(commands) and 0 not in counted.values(), counted
    assert sum(count - 1 for count in counted.values()) <= kills * len(MEMBERS), f"answered twice: {counted}"
    rows = await inbox_rows(database_url)
    assert len(rows) == len(commands) and all(row.handled_at is not None for row in rows.values())
    assert all(row.body is None and row.reply is None for row in rows.values()), "nothing kept once sent"


def answers(api: FakeBotAPI, members: tuple[int, ...] = MEMBERS) -> Counter[str]:
    """Each /x… command's count of answers (the bot names an unknown command in its answer)."""
    counted: Counter[str] = Counter()
    for member in members:
        counted.update({f"/x{member}n{n}": 0 for n in range(EACH)})
        for call in replies_to(api, member):
            found = re.search(r"/(x\d+n\d+)", str(call.params["text"]))
            if found:
                counted["/" + found.group(1)] += 1
    return counted


async def keep_unsent_reply(database_url: str, update_id: int, chat_id: int, text: str, age: timedelta) -> None:
    """A reply a process committed and died before sending, `age` ago."""
    reply = kept_reply(Incoming(user_id=chat_id, chat_id=chat_id), [("send", Screen(text))])
    database = create_async_engine(database_url)
    try:
        async with database.begin() as connection:
            at = utcnow() - age
            await connection.execute(
                InboxUpdate.__table__.insert(),
                {"update_id": update_id, "received_at": at, "handled_at": at, "reply": reply},
            )
    finally:
        await database.dispose()


@pytest.mark.both_databases
async def test_a_reply_a_dead_process_never_sent_goes_out_once_if_still_fresh(api, engine, database_url, caplog):
    caplog.set_level(logging.INFO)
    for chat in (741, 742, 743):
        api.open_chat(chat)
    await keep_unsent_reply(database_url, 9301, 741, "fresh <b>reply</b>", timedelta(seconds=30))
    await keep_unsent_reply(database_url, 9302, 742, "stale reply", timedelta(minutes=5))
    await keep_unsent_reply(database_url, 9303, 743, "a live process may be sending it", timedelta(seconds=10))
    settings = bot_settings(api, engine, database_url, tick_seconds=0.5)
    async with Runtime(settings, strict_translations=True):
        await api.wait_until(lambda: len(replies_to(api, 741)) == 1, timeout=10)
        assert replies_to(api, 743) == [], "not before its own process would have given up"
        await api.wait_until(lambda: len(replies_to(api, 743)) == 1, timeout=15)
        await asyncio.sleep(1.5)
    assert replies_to(api, 741)[0].params["text"] == "fresh <b>reply</b>"
    assert len(replies_to(api, 741)) == 1 and len(replies_to(api, 743)) == 1, "once"
    assert replies_to(api, 742) == [], "too late to be an answer"
    assert re.search(r"the reply to update 9302, not sent before a restart, is \d+ s old: dropped", caplog.text)
    assert "stale reply" not in caplog.text
    assert all(row.reply is None for row in (await inbox_rows(database_url)).values())


async def test_two_webhook_processes_share_the_inbox_and_one_takes_over_what_a_killed_one_had(api, engine, postgres):
    """Two processes on one PostgreSQL, Telegram posting to both in turn; one is killed with updates in hand (its
    replies stalled): the other handles them once their claim runs out, and sends the replies it had kept."""
    url = await postgres.new_database(migrated=True)
    members = (751, 752, 753, 754)
    commands = [f"/x{member}n{n}" for n in range(EACH) for member in members]
    for member in members:
        api.open_chat(member)
    ports = (free_port(), free_port())
    targets = [f"http://127.0.0.1:{port}" for port in ports]
    first, second = (BotProcess(api, url, engine, webhook_port=port) for port in ports)
    async with first, second:
        api.webhook_targets = targets
        api.stall_next("sendMessage", 3, times=len(members))  # whoever sends first holds its updates a while
        for command in commands:
            api.send_text(int(command[2:5]), command)
        await api.wait_until(lambda: api.webhook_posts[targets[0]] >= len(members), timeout=20)
        await first.kill()
        api.webhook_targets = targets[1:]  # the proxy stops sending to the dead one
        await api.wait_until(lambda: not api.backend.updates, timeout=30)
        await api.wait_until(lambda: 0 not in answers(api, members).values(), timeout=60)
        await asyncio.sleep(2.0)
    counted = answers(api, members)
    assert 0 not in counted.values()
    assert sum(count - 1 for count in counted.values()) <= len(members), f"answered twice: {counted}"
    rows = await inbox_rows(url)
    assert len(rows) == len(commands) and all(row.handled_at is not None for row in rows.values())


@pytest.mark.both_databases
async def test_forget_takes_away_a_reply_a_dead_process_kept_for_the_person(api, runtime, new_chat):
    """A process died between deciding a reply to someone and sending it; they then use /forget (on a process that
    has not sent it yet): the kept reply, their chat id and the text, is gone, and never goes out."""
    database_url = runtime.settings.database_url
    await add_member(runtime, 761)
    # younger than UNSENT_AFTER: no tick sends it before /forget comes
    await keep_unsent_reply(database_url, 9401, 761, "your organisation's secret", timedelta(seconds=2))
    await forget(new_chat(761))
    await runtime.hub.mark_sent_replies_now()  # the answer to /forget itself is out
    kept = [row.reply for row in (await inbox_rows(database_url)).values() if row.reply is not None]
    assert not [reply for reply in kept if reply["chat"] == 761], "nothing kept for the person, so nothing sent later"
    assert not [c for c in replies_to(api, 761) if "secret" in str(c.params.get("text"))]


@pytest.mark.both_databases
async def test_polling_writes_down_an_update_it_confirms_in_hand_and_a_restart_answers_it_once(
    api, engine, database_url
):
    """Polling confirms an update still in hand once UNCONFIRMED_WINDOW newer ones came (one stalled handler must
    not hold everyone back). A member's second message waits behind their first, whose reply is stalled; sixty
    other members write meanwhile, so the second is confirmed unhandled. Killed then, the process used to lose it:
    Telegram never sends it again. Now it was written down first, and the next start answers it, once."""
    stuck, others = 741, [2000 + n for n in range(UNCONFIRMED_WINDOW + 10)]
    for member in (stuck, *others):
        api.open_chat(member)
    async with BotProcess(api, database_url, engine) as bot:
        api.stall_next("sendMessage", 60)  # the first reply hangs, and the member's next update waits behind it
        api.send_text(stuck, "/x741n0")
        second = api.send_text(stuck, "/x741n1")["update_id"]
        for member in others:
            api.send_text(member, "/help")
        await api.wait_until(lambda: all(u["update_id"] != second for u in api.backend.updates), timeout=30)
        await bot.kill()
        assert not any("/x741n1" in str(c.params.get("text")) for c in replies_to(api, stuck)), "still in hand"
        await bot.start()
        await api.wait_until(
            lambda: any("/x741n1" in str(c.params.get("text")) for c in replies_to(api, stuck)), timeout=30
        )
        await asyncio.sleep(1.5)  # more looks through the inbox: nothing is taken again
    assert sum("/x741n1" in str(c.params.get("text")) for c in replies_to(api, stuck)) == 1
    assert (await inbox_rows(database_url))[second].handled_at is not None
