"""Structured logs (LOG_FORMAT=json): one JSON object a line per update, with its id, a pseudonym for the user,
the handler and the latency; never what anyone typed, nor a token."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.config import Settings
from bot.fakeapi import FakeBotAPI
from bot.logs import JsonFormatter
from bot.runtime import Runtime
from handlers.kit.core import REPLY_SERVER_ERRORS
from storage.models import Delivery, utcnow
from tests.chat import Chat
from tests.conftest import bot_settings
from tests.events_support import add_member, rows


@contextlib.contextmanager
def json_logs(level: int) -> Iterator[io.StringIO]:
    """What is logged meanwhile, as LOG_FORMAT=json writes it (logging is set up before the bot starts)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(level)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


async def test_each_update_is_logged_as_json_without_what_was_typed(api, engine, database_url):
    with json_logs(logging.DEBUG) as stream:  # as LOG_LEVEL=DEBUG
        async with Runtime(bot_settings(api, engine, database_url), polling_timeout=1) as runtime:
            chat = Chat(api, runtime.hub, user_id=501, language_code="en")
            await chat.send("/start")
            await chat.send("/register")
            await chat.send("My secret plan, call me on +381 64 123 4567")
            await chat.press("Cancel")
    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    updates = [e for e in entries if "handler" in e]
    assert [e["handler"] for e in updates] == ["/start", "/register", "text:register", "button:rg"]
    assert len({e["update_id"] for e in updates}) == 4 and all(isinstance(e["update_id"], int) for e in updates)
    assert {e["user"] for e in updates} == {runtime.hub.pseudonym(501)} and "501" not in updates[0]["user"]
    assert all(e["latency_ms"] >= 0 and e["level"] == "INFO" for e in updates)
    text = stream.getvalue()
    for secret in ("secret plan", "+381", "4567", api.token, api.token.split(":")[1]):
        assert secret not in text, f"{secret!r} reached the logs"


def _token_derived_pseudonym(token: str, user_id: int) -> str:
    """The pseudonym as the hub made it before issue 19: keyed by a hash of the bot's token."""
    key = hashlib.sha256(f"log-pseudonyms:{token}".encode()).digest()
    return hmac.new(key, str(user_id).encode(), hashlib.sha256).hexdigest()[:16]


async def _logged_pseudonyms(api: FakeBotAPI, settings: Settings) -> set[str]:
    """The `user` of each update logged while a bot with these settings answers /start from user 501."""
    with json_logs(logging.INFO) as stream:
        async with Runtime(settings, polling_timeout=1) as runtime:
            await Chat(api, runtime.hub, user_id=501, language_code="en").send("/start")
    return {entry["user"] for line in stream.getvalue().splitlines() if "user" in (entry := json.loads(line))}


@pytest.mark.both_databases
async def test_log_pseudonyms_are_keyed_by_the_database_not_the_token_and_survive_restarts(api, engine, database_url):
    first = await _logged_pseudonyms(api, bot_settings(api, engine, database_url))
    again = await _logged_pseudonyms(api, bot_settings(api, engine, database_url))  # a restart
    async with FakeBotAPI(token="654321:NEW-TOKEN-FROM-BOTFATHER") as renewed:
        new_token = await _logged_pseudonyms(renewed, bot_settings(renewed, engine, database_url))
    assert len(first) == 1 and first == again == new_token, (first, again, new_token)
    assert first != {_token_derived_pseudonym(api.token, 501)}, "whoever has the token could reverse it"


async def test_log_key_setting_chooses_the_pseudonyms(api, engine, database_url):
    key = "a-log-key-shared-by-every-log-pipeline"
    chosen = await _logged_pseudonyms(api, bot_settings(api, engine, database_url, log_key=key))
    assert chosen == {hmac.new(key.encode(), b"501", hashlib.sha256).hexdigest()[:16]}
    assert chosen != await _logged_pseudonyms(api, bot_settings(api, engine, database_url))


async def test_a_garbled_answer_from_the_server_puts_the_token_in_no_log_and_no_delivery_row(api, engine, database_url):
    """A broken proxy's or server's answer makes aiohttp raise an error naming the URL it asked for, /bot<token>/…:
    neither the log lines nor the delivery's last_error (kept in the database and its backups) may carry it."""
    secrets = (api.token, api.token.split(":")[1])
    with json_logs(logging.DEBUG) as stream:
        async with Runtime(bot_settings(api, engine, database_url), polling_timeout=1) as runtime:
            chat = Chat(api, runtime.hub, user_id=501, language_code="en")
            await chat.send("/start")
            api.garble_next("sendMessage", times=REPLY_SERVER_ERRORS + 1)  # the reply is given up
            await chat.send("/help")
            await add_member(runtime, 502)
            api.garble_next("sendMessage", times=1)  # a notice is tried again later
            async with runtime.hub.sessions.begin() as session:
                session.add(
                    Delivery(telegram_id=502, kind="role-changed", payload={"role": "member"}, next_attempt_at=utcnow())
                )
            assert runtime.due is not None
            await runtime.due.run_once()
            errors = [d.last_error for d in await rows(runtime, Delivery, telegram_id=502)]  # kept for the next try
    assert any(errors), "the garbled answer is kept as the error of the delivery waiting for its next try"
    text = stream.getvalue()
    assert "reply not delivered" in text
    for secret in secrets:
        assert secret not in text, f"{secret!r} reached the logs"
        assert not any(secret in (error or "") for error in errors), f"{secret!r} reached the delivery's row"
