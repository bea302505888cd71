"""Webhook mode end to end on both engines: Telegram (the fake) posts updates with the secret token to the
address the bot set; /healthz and /metrics (with its token) answer on the same server; what is not an update, too
big, too slow or past the backlog is refused before anything is done with it."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import create_async_engine

from bot import webhook
from bot.fakeapi import FakeBotAPI
from bot.polling import PER_USER
from bot.runtime import Runtime
from bot.webhook import MAX_BODY, USER_BACKLOG
from handlers.kit.pacing import FLOOD_LIMIT
from tests.chat import Chat
from tests.conftest import bot_settings

SECRET = "Webhook_secret-0123456789abcdef"
PUBLIC = "https://hub.example.test"
METRICS_TOKEN = "metrics-token_0123456789"
TOKEN_HEADER = {"Authorization": f"Bearer {METRICS_TOKEN}"}
SECRET_HEADER = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


def webhook_settings(api, engine, database_url, **more):  # type: ignore[no-untyped-def]
    return bot_settings(
        api,
        engine,
        database_url,
        webhook_url=PUBLIC,
        webhook_listen="127.0.0.1:0",
        webhook_secret=SecretStr(SECRET),
        **more,
    )


async def webhook_address(api: FakeBotAPI, runtime: Runtime) -> tuple[str, str]:
    """The bot's local server and the path it gave Telegram."""
    assert runtime.server is not None
    set_webhook = await api.wait_for(lambda c: c.method == "setWebhook")
    return f"http://127.0.0.1:{runtime.server.port}", set_webhook.params["url"].removeprefix(PUBLIC)


def help_update(update_id: int, user_id: int, text: str = "/help") -> dict[str, Any]:
    entities = [{"type": "bot_command", "offset": 0, "length": len(text)}] if text.startswith("/") else []
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": {"id": user_id, "type": "private", "first_name": "T"},
            "from": {"id": user_id, "is_bot": False, "first_name": "T", "language_code": "en"},
            "text": text,
            "entities": entities,
        },
    }


def replies_to(api: FakeBotAPI, chat_id: int) -> list[Any]:
    return [c for c in api.calls if c.ok and c.method == "sendMessage" and c.params.get("chat_id") == chat_id]


async def test_updates_come_by_webhook_and_only_with_the_secret(api, engine, database_url, caplog):
    caplog.set_level(logging.DEBUG)
    settings = webhook_settings(api, engine, database_url, metrics_token=SecretStr(METRICS_TOKEN))
    async with Runtime(settings, strict_translations=True) as runtime:
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
            async with session.get(local + "/metrics", headers=TOKEN_HEADER) as response:
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


async def test_metrics_answer_only_with_their_token(api, engine, database_url):
    settings = webhook_settings(api, engine, database_url, metrics_token=SecretStr(METRICS_TOKEN))
    async with Runtime(settings, strict_translations=True) as runtime:
        local, _path = await webhook_address(api, runtime)
        async with aiohttp.ClientSession() as session:
            for headers in ({}, {"Authorization": "Bearer wrong-token-0123456789"}, {"Authorization": METRICS_TOKEN}):
                async with session.get(local + "/metrics", headers=headers) as response:
                    assert response.status == 401, headers
                    assert "hub_updates" not in await response.text()
                    assert response.headers["WWW-Authenticate"].startswith("Bearer")
            async with session.get(local + "/metrics", headers=TOKEN_HEADER) as response:
                assert response.status == 200 and "hub_outbox_backlog" in await response.text()
    async with Runtime(webhook_settings(api, engine, database_url), strict_translations=True) as runtime:
        local, _path = await webhook_address(api, runtime)
        async with aiohttp.ClientSession() as session, session.get(local + "/metrics") as response:
            assert response.status == 404, "without METRICS_TOKEN there are no metrics to read"


async def test_what_is_not_a_plain_update_is_refused_and_nothing_happens(
    api, engine, database_url, caplog, monkeypatch
):
    """JSON nested past any update, a body over 1 MiB (by its length, unread, or as it comes), headers or a body
    that never finish: each is refused (400, 413, a closed connection, 408), nothing is handled, nothing is logged
    with a traceback."""
    monkeypatch.setattr(webhook, "IDLE_TIMEOUT", 1.0)
    monkeypatch.setattr(webhook, "BODY_TIMEOUT", 1.0)
    caplog.set_level(logging.DEBUG)
    async with Runtime(webhook_settings(api, engine, database_url), strict_translations=True) as runtime:
        local, path = await webhook_address(api, runtime)
        port = int(local.rpartition(":")[2])
        handled = runtime.hub.handled
        slow_headers = await raw_request(port, f"POST {path} HTTP/1.1\r\nHost: x\r\n")  # and nothing more
        slow_body = await raw_request(port, request_head(path, 100) + '{"update_id": 1')
        unread = await raw_request(port, request_head(path, 2 * MAX_BODY))  # declares 2 MiB, sends none
        deep_object = help_update(1, 501)
        deep_object["message"]["reply_markup"] = nested(200)
        async with aiohttp.ClientSession() as session:
            for body in (
                b"[" * 100_000 + b"]" * 100_000,
                json.dumps(deep_object).encode(),
                b"{",
                b"[1]",
                b'{"update_id": "x"}',
            ):
                async with session.post(local + path, data=body, headers=SECRET_HEADER) as response:
                    assert response.status == 400, body[:40]

            async def chunks():  # type: ignore[no-untyped-def]
                for _ in range(3):
                    yield b" " * (MAX_BODY // 2)

            async with session.post(local + path, data=chunks(), headers=SECRET_HEADER) as response:
                assert response.status == 413, "a body past 1 MiB with no length given"
        async with asyncio.timeout(5):
            assert (await unread[0].read(100)).startswith(b"HTTP/1.1 413"), "refused by its length, before its body"
            assert (await slow_body[0].read(100)).startswith(b"HTTP/1.1 408")
            assert await slow_headers[0].read(100) == b"", "a connection that never finished its headers was kept"
        for _reader, writer in (unread, slow_body, slow_headers):
            writer.close()
        assert runtime.hub.handled == handled
    assert "Traceback" not in caplog.text and not [r for r in caplog.records if r.exc_info]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def request_head(path: str, length: int) -> str:
    return (
        f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n"
        f"X-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n\r\n"
    )


async def raw_request(port: int, data: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A connection that sends `data` and then nothing; the reader gets what the server answers (b'' once closed).
    Keep the writer: dropping it closes the connection from our side."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(data.encode())
    await writer.drain()
    return reader, writer


def nested(depth: int) -> Any:
    value: Any = {}
    for _ in range(depth):
        value = {"inline_keyboard": [value]}
    return value


async def test_one_users_flood_past_their_backlog_is_refused_and_others_are_still_taken(api, engine, database_url):
    """One user's reply stalls, so their updates pile up: PER_USER are handled, USER_BACKLOG wait their turn, and
    the rest are answered 503 (Telegram holds back that chat only and sends them again later). Another person's
    update is still taken and answered at once; the waiting ones are handled in order once the stall is over (as
    far as the flood limit lets them)."""
    flooder, other = 801, 802
    settings = webhook_settings(api, engine, database_url, flood_limit=FLOOD_LIMIT)
    async with Runtime(settings, strict_translations=True) as runtime:
        local, path = await webhook_address(api, runtime)
        api.open_chat(flooder)  # they posted to us directly, not through the fake: it learns of their chats here
        api.open_chat(other)
        api.stall_next("sendMessage", 3)  # the flooder's first reply
        async with aiohttp.ClientSession() as session:
            statuses = [
                await post(session, local + path, help_update(5000 + n, flooder, f"/x{n}"))
                for n in range(PER_USER + USER_BACKLOG + 10)
            ]
            assert statuses == [200] * (PER_USER + USER_BACKLOG) + [503] * 10
            assert await post(session, local + path, help_update(6000, other)) == 200
        started = asyncio.get_running_loop().time()
        await api.wait_until(lambda: len(replies_to(api, other)) == 1, timeout=5)
        assert asyncio.get_running_loop().time() - started < 1, "the other person waited behind the flood"
        assert replies_to(api, flooder) == [], "the stall still holds the flooder's first reply"
        # of the updates taken in, the flood limit lets FLOOD_LIMIT through and says "slow down" once
        await api.wait_until(lambda: len(replies_to(api, flooder)) == FLOOD_LIMIT + 1, timeout=15)
        texts = [str(c.params["text"]) for c in replies_to(api, flooder)]
        numbers = [int(found.group(1)) for text in texts if (found := re.search(r"/x(\d+)", text))]
        assert numbers == list(range(FLOOD_LIMIT)), "handled in order, once each"
        assert len([text for text in texts if "faster than I can answer" in text]) == 1
    assert api.errors() == []


async def test_a_full_backlog_answers_503_until_there_is_room(api, engine, database_url, monkeypatch):
    monkeypatch.setattr(webhook, "MAX_BACKLOG", 3)
    async with Runtime(webhook_settings(api, engine, database_url), strict_translations=True) as runtime:
        local, path = await webhook_address(api, runtime)
        for user_id in range(810, 814):
            api.open_chat(user_id)
        api.stall_next("sendMessage", 2, times=3)
        async with aiohttp.ClientSession() as session:
            assert [await post(session, local + path, help_update(7000 + n, 810 + n)) for n in range(4)] == [
                200,
                200,
                200,
                503,
            ], "three different people fill a backlog of three"
            await api.wait_until(lambda: all(replies_to(api, 810 + n) for n in range(3)), timeout=10)
            assert await post(session, local + path, help_update(7003, 813)) == 200, "Telegram's retry is taken"
        await api.wait_until(lambda: len(replies_to(api, 813)) == 1, timeout=5)


async def post(session: aiohttp.ClientSession, url: str, update: dict[str, Any]) -> int:
    async with session.post(url, json=update, headers=SECRET_HEADER) as response:
        return response.status
