"""`resilience-hub demo`: the real bot against the built-in fake Bot API, chatted with in this terminal."""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import sys
from typing import Any

from pydantic import SecretStr

from bot.config import Settings
from bot.fakeapi import FakeBotAPI
from bot.runtime import Runtime
from handlers.core import Hub

DEMO_USER = 1000
INTRO = """Resilience Hub demo — the real bot, talking to a fake Telegram on this computer.
Type a message or a command (try /start, /register, /help). Type a number to press that button.
Ctrl-D or /quit leaves. Data is kept in {database}."""


def plain(text: str) -> str:
    """Telegram HTML as a terminal shows it."""
    return html.unescape(re.sub(r"</?[a-z][^>]*>", "", text))


class TerminalChat:
    def __init__(self, api: FakeBotAPI, hub: Hub, language_code: str) -> None:
        self.api, self.hub, self.language_code = api, hub, language_code
        self.seen: dict[int, Any] = {}
        self.buttons: list[tuple[int, dict[str, Any]]] = []

    async def say(self, line: str) -> None:
        handled = self.hub.handled
        if line.isdigit() and 0 < int(line) <= len(self.buttons):
            message_id, button = self.buttons[int(line) - 1]
            if "url" in button:
                print(f"(opens {button['url']})")  # noqa: T201
                return
            self.api.press(DEMO_USER, message_id, button["callback_data"], language_code=self.language_code)
        else:
            self.api.send_text(DEMO_USER, line, language_code=self.language_code)
        await self.settle(handled)
        self.show_changes()

    async def settle(self, handled: int) -> None:
        """Wait until the bot has fully answered this update."""
        try:
            async with asyncio.timeout(30):
                while self.hub.handled <= handled:
                    await asyncio.sleep(0.02)
        except TimeoutError:
            print("(no answer)")  # noqa: T201

    def show_changes(self) -> None:
        for message in self.api.sent_to(DEMO_USER):
            snapshot = (message.get("text"), message.get("reply_markup"), message.get("caption"))
            if self.seen.get(message["message_id"]) == snapshot:
                continue
            self.seen[message["message_id"]] = snapshot
            self.print_message(message)

    def print_message(self, message: dict[str, Any]) -> None:
        print("\n" + "─" * 60)  # noqa: T201
        if "document" in message:
            print(f"📎 {message['document'].get('file_name')}: {plain(message.get('caption') or '')}")  # noqa: T201
            print(message.get("_content", b"").decode(errors="replace"))  # noqa: T201
            return
        print(plain(message.get("text", "")))  # noqa: T201
        rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
        if rows:
            self.buttons = [(message["message_id"], b) for row in rows for b in row]
            numbered = iter(range(1, len(self.buttons) + 1))
            for row in rows:
                print("   ".join(f"[{next(numbered)}] {b['text']}" for b in row))  # noqa: T201


async def run_demo(settings: Settings) -> None:
    database = settings.database_url
    if "database_url" not in settings.model_fields_set:
        database = "sqlite+aiosqlite:///./data/demo.db"
    language = os.environ.get("LANG", "en")[:2] or "en"
    if "log_level" not in settings.model_fields_set:
        logging.getLogger().setLevel(logging.WARNING)  # the chat, not the engine's chatter, fills the terminal
    async with FakeBotAPI() as api:
        demo_settings = settings.model_copy(update={
            "bot_token": SecretStr(api.token), "telegram_api_url": api.base_url, "database_url": database})
        async with Runtime(demo_settings, polling_timeout=1) as runtime:
            print(INTRO.format(database=database))  # noqa: T201
            chat = TerminalChat(api, runtime.hub, language)
            while True:
                line = await asyncio.to_thread(sys.stdin.readline)
                if not line or line.strip() == "/quit":
                    break
                if line.strip():
                    await chat.say(line.strip())
