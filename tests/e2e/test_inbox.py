"""Webhook mode loses nothing it answered 200 to: each update is written down in the inbox first, handled from
there, and marked handled in the handler's own transaction; what a killed process had in hand is handled at the
next start (or by another process once its claim runs out), once."""

from __future__ import annotations

import asyncio
import json
import random
import re
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from benchmarks.processes import free_port
from bot import webhook
from bot.fakeapi import FakeBotAPI
from bot.runtime import Runtime
from storage.models import InboxUpdate, utcnow
from tests.bot_process import BotProcess
from tests.e2e.test_webhook import help_update, post, replies_to, webhook_address, webhook_settings


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
    answered 2xx) posts members' updates, and started again: every update is handled, and nobody gets an answer
    twice. A reply is lost only if the kill fell between its update's commit and its send (at most one per member
    a kill), which the inbox cannot help with."""
    url = database_url
    port = free_port()
    chance = random.Random(engine)
    commands = {member: [f"/x{member}n{n}" for n in range(EACH)] for member in MEMBERS}
    for member in MEMBERS:
        api.open_chat(member)
    kills = 0
    async with BotProcess(api, url, engine, webhook_port=port) as bot:
        api.stall_next("sendMessage", 1.5, times=len(MEMBERS))  # replies held back: updates pile up in hand
        for n in range(EACH):
            for member in MEMBERS:
                api.send_text(member, commands[member][n])
        for _ in range(2):
            await asyncio.sleep(chance.uniform(0.3, 1.5))
            await bot.kill()
            kills += 1
            await bot.start()
        await api.wait_until(lambda: not api.backend.updates, timeout=30)
        await api.wait_until(lambda: all_handled_or_lost(api, commands, kills) is not None, timeout=40)
        await asyncio.sleep(1.0)  # nothing more comes
    answers = all_handled_or_lost(api, commands, kills)
    assert answers is not None
    assert max(answers.values()) == 1, f"an update answered twice: {answers}"
    rows = await inbox_rows(url)
    assert len(rows) == len(MEMBERS) * EACH and all(row.handled_at is not None for row in rows.values())
    assert all(row.body is None for row in rows.values())


def all_handled_or_lost(api: FakeBotAPI, commands: dict[int, list[str]], kills: int) -> dict[str, int] | None:
    """Each command's count of answers, once every command is answered but for the few a kill can lose."""
    answers = {command: 0 for member in commands for command in commands[member]}
    for member in commands:
        for call in replies_to(api, member):
            found = re.search(r"/(x\d+n\d+)", str(call.params["text"]))
            if found:
                answers["/" + found.group(1)] += 1
    unanswered = [command for command, count in answers.items() if count == 0]
    return answers if len(unanswered) <= kills * len(commands) else None
