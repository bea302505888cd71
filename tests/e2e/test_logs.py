"""Structured logs (LOG_FORMAT=json): one JSON object a line per update, with its id, a pseudonym for the user,
the handler and the latency; never what anyone typed, nor a token."""

from __future__ import annotations

import io
import json
import logging

from bot.logs import JsonFormatter
from bot.runtime import Runtime
from tests.chat import Chat
from tests.conftest import bot_settings


async def test_each_update_is_logged_as_json_without_what_was_typed(api, engine, database_url):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)  # as LOG_LEVEL=DEBUG: logging is set up before the bot starts
    try:
        async with Runtime(bot_settings(api, engine, database_url), polling_timeout=1) as runtime:
            chat = Chat(api, runtime.hub, user_id=501, language_code="en")
            await chat.send("/start")
            await chat.send("/register")
            await chat.send("My secret plan, call me on +381 64 123 4567")
            await chat.press("Cancel")
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    updates = [e for e in entries if "handler" in e]
    assert [e["handler"] for e in updates] == ["/start", "/register", "text:register", "button:rg"]
    assert len({e["update_id"] for e in updates}) == 4 and all(isinstance(e["update_id"], int) for e in updates)
    assert {e["user"] for e in updates} == {runtime.hub.pseudonym(501)} and "501" not in updates[0]["user"]
    assert all(e["latency_ms"] >= 0 and e["level"] == "INFO" for e in updates)
    text = stream.getvalue()
    for secret in ("secret plan", "+381", "4567", api.token, api.token.split(":")[1]):
        assert secret not in text, f"{secret!r} reached the logs"
