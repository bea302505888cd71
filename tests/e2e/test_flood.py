"""One person floods the bot (issue 19, finding 3), by long polling and by webhook, on both engines: everybody
else is still answered promptly, the flooder's updates within the limit are each handled once and in order, the
rest are dropped with one "slow down", a button pressed meanwhile is still answered, and the log names nobody."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.fakeapi import FakeBotAPI
from bot.runtime import Runtime
from handlers.kit.pacing import FLOOD_LIMIT
from tests.chat import Chat
from tests.conftest import bot_settings
from tests.e2e.test_webhook import webhook_address, webhook_settings

FLOOD = 200
# Before each user had a share of the slots and a flood limit, the other person's /help came after 6.9 s on both
# engines (polling: their update sat behind the flooder's 200 in getUpdates, all of them answered at SEND_RATE).
PROMPT = 2.5
FLOODER, OTHER = 801, 802


@pytest.fixture(params=["polling", "webhook"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextlib.asynccontextmanager
async def running_bot(api: FakeBotAPI, engine: str, database_url: str, mode: str) -> AsyncIterator[Runtime]:
    make = webhook_settings if mode == "webhook" else bot_settings
    settings = make(api, engine, database_url, flood_limit=FLOOD_LIMIT)  # the limit as it ships
    async with Runtime(settings, polling_timeout=1, strict_translations=True) as runtime:
        if mode == "webhook":
            local, _path = await webhook_address(api, runtime)
            api.webhook_targets = [local]  # the fake posts each chat's updates in order, as Telegram does
        yield runtime
    assert api.errors() == [], f"the bot made calls Telegram would reject: {api.errors()}"


def replies_to(api: FakeBotAPI, chat_id: int) -> list[Any]:
    return [c for c in api.calls if c.ok and c.method == "sendMessage" and c.params.get("chat_id") == chat_id]


async def test_one_persons_flood_holds_up_nobody_else(api, engine, database_url, mode, caplog):
    caplog.set_level(logging.DEBUG, logger="handlers.kit.core")
    async with running_bot(api, engine, database_url, mode) as runtime:
        for n in range(FLOOD):
            api.send_text(FLOODER, f"/x{n}")
        sent = time.monotonic()
        api.send_text(OTHER, "/help")
        await api.wait_until(lambda: len(replies_to(api, OTHER)) == 1, timeout=30)
        waited = replies_to(api, OTHER)[0].at - sent
        assert waited < PROMPT, f"the other person waited {waited:.2f} s behind the flood"

        async with asyncio.timeout(30):  # dropped updates make no call the fake could wake a waiter with
            # every one of the flood counted (dropped ones, some unread, at intake), and the answers out
            while runtime.hub.flood.dropped < FLOOD - FLOOD_LIMIT or len(replies_to(api, FLOODER)) <= FLOOD_LIMIT:
                await asyncio.sleep(0.01)
        texts = [str(c.params["text"]) for c in replies_to(api, FLOODER)]
        numbers = [int(found.group(1)) for text in texts if (found := re.search(r"/x(\d+)", text))]
        assert numbers == list(range(FLOOD_LIMIT)), "the flooder's first updates are handled once each, in order"
        assert len([text for text in texts if "faster than I can answer" in text]) == 1, "one 'slow down'"
        assert len(texts) == FLOOD_LIMIT + 1, "the rest are dropped without a word more"

        flooder = Chat(api, runtime.hub, user_id=FLOODER, language_code="en")
        await flooder.press_data("ev:card:1", flooder.last()["message_id"])  # still within the flood's window
        assert flooder.toast() == "Too fast: please wait a few seconds and try again."
        assert flooder.replies() == []
        metrics = (await runtime.metrics.render(runtime.hub.sessions)).decode()
        assert f"hub_updates_dropped_total {FLOOD - FLOOD_LIMIT + 1}.0" in metrics, "the operator sees the drops"

    core = [record for record in caplog.records if record.name == "handlers.kit.core"]
    assert any(runtime.hub.pseudonym(FLOODER) in r.getMessage() and r.levelno == logging.WARNING for r in core)
    assert not [r for r in core if "/x" in r.getMessage() or re.search(rf"\b{FLOODER}\b", r.getMessage())], (
        "the log shows what the flooder typed or who they are"
    )
