"""Webhook mode end to end on both engines: Telegram (the fake) posts updates with the secret token to the
address the bot set; /healthz and /metrics answer on the same server."""

from __future__ import annotations

import logging
import re

import aiohttp
import pytest
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import create_async_engine

from bot.runtime import Runtime
from tests.chat import Chat
from tests.conftest import bot_settings

SECRET = "Webhook_secret-0123456789abcdef"
PUBLIC = "https://hub.example.test"


def webhook_settings(api, engine, database_url):  # type: ignore[no-untyped-def]
    return bot_settings(
        api, engine, database_url, webhook_url=PUBLIC, webhook_listen="127.0.0.1:0", webhook_secret=SecretStr(SECRET)
    )


async def test_updates_come_by_webhook_and_only_with_the_secret(api, engine, database_url, caplog):
    caplog.set_level(logging.DEBUG)
    async with Runtime(webhook_settings(api, engine, database_url), strict_translations=True) as runtime:
        assert runtime.server is not None
        set_webhook = await api.wait_for(lambda c: c.method == "setWebhook")
        path = re.fullmatch(re.escape(PUBLIC) + r"(/telegram/[0-9a-f]{32})", set_webhook.params["url"])
        assert path, set_webhook.params["url"]
        assert set_webhook.params["secret_token"] == SECRET and SECRET not in path.group(1)
        assert set_webhook.params["allowed_updates"] == ["message", "callback_query"]
        assert not [c for c in api.calls if c.method == "deleteWebhook"] and api.polling == 0, "no polling"
        local = f"http://127.0.0.1:{runtime.server.port}"
        api.webhook_targets = [local]

        chat = Chat(api, runtime.hub, user_id=501, language_code="en")
        await chat.send("/start")
        assert "Welcome to Resilience Hub" in chat.last_text()
        await chat.press("Deutsch")
        assert chat.toast() == "Sprache: Deutsch"
        assert set(api.webhook_answers) == {200}

        handled = runtime.hub.handled
        update = {
            "update_id": 999,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": 501, "type": "private"},
                "from": {"id": 501, "is_bot": False, "first_name": "X"},
                "text": "/help",
            },
        }
        async with aiohttp.ClientSession() as session:
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
                async with session.post(local + path.group(1), json=update, headers=headers) as response:
                    assert response.status == 403
            async with session.post(
                local + "/telegram/0123", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
            ) as response:
                assert response.status == 404, "only the path Telegram was given"
            async with session.get(local + "/healthz") as response:
                health = await response.json()
                assert response.status == 200, health
            async with session.get(local + "/metrics") as response:
                metrics = await response.text()
        assert runtime.hub.handled == handled, "a request without the secret changes nothing"
        assert health["database"] == "ok" and health["scheduler"] == "alive"
        assert health["last_bot_api_success"] is not None
        assert re.search(r'^hub_updates_total\{type="message"\} 1\.0$', metrics, re.M), metrics
        assert re.search(r'^hub_updates_total\{type="callback_query"\} 1\.0$', metrics, re.M)
        assert re.search(r'^hub_handler_seconds_count\{type="message"\} 1\.0$', metrics, re.M)
        for line in ('hub_deliveries{status="pending"} 0.0', "hub_outbox_backlog 0.0", "hub_telegram_429_total 0.0"):
            assert line in metrics
    assert api.errors() == []
    assert SECRET not in caplog.text and path.group(1) not in caplog.text, "neither the secret nor the path is logged"


@pytest.mark.parametrize("broken", ["database", "scheduler"])
async def test_health_says_what_is_wrong(api, engine, database, database_url, broken):
    async with Runtime(webhook_settings(api, engine, database_url), strict_translations=True) as runtime:
        assert runtime.server is not None and runtime.due is not None
        if broken == "database":
            # a database file inside a file: cannot be opened
            runtime.server.database = create_async_engine(f"sqlite+aiosqlite:///{database}/hub.db")
        else:
            await runtime.due.stop()
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{runtime.server.port}/healthz") as response,
        ):
            health = await response.json()
        assert response.status == 503 and health["status"] == "failing"
        assert health["database" if broken == "database" else "scheduler"] in ("unreachable", "stopped")
