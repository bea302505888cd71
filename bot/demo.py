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

DEMO_USER = 1000  # person 1, an admin in the demo so /newevent and /myevents work
INTRO = """Resilience Hub demo — the real bot, talking to a fake Telegram on this computer.
Type a message or a command (try /start, /register, /events, /newevent, /help). Buttons read [#1], [#2]…:
type #2 to press button 2 of the newest message with buttons, or #7.2 for button 2 of message 7 (an older
one). Anything else you type is a message, numbers too. `:as 2` switches to another person (1–9) to see the
hub through their eyes; `:wait 24h` moves the clock forward so reminders fall due. Ctrl-D or /quit leaves.
Data is kept in {database}."""
WAIT = re.compile(r"^:wait\s+(\d+)\s*([hd])$")
PRESS = re.compile(r"^#(?:(\d+)\.)?(\d+)$")  # #2, or #7.2 for message 7


def plain(text: str) -> str:
    """Telegram HTML as a terminal shows it."""
    return html.unescape(re.sub(r"</?[a-z][^>]*>", "", text))


class TerminalChat:
    def __init__(self, api: FakeBotAPI, runtime: Runtime, language_code: str) -> None:
        self.api, self.runtime, self.hub, self.language_code = api, runtime, runtime.hub, language_code
        self.user = DEMO_USER
        self.seen: dict[tuple[int, int], Any] = {}
        self.buttons: dict[tuple[int, int], list[dict[str, Any]]] = {}  # (person, message) → its buttons
        self.live: dict[int, int] = {}  # person → the newest message with buttons

    async def say(self, line: str) -> None:
        if line.startswith(":as ") and line[4:].strip() in "123456789":
            self.user = DEMO_USER + int(line[4:].strip()) - 1
            print(f"(you are now person {line[4:].strip()})")  # noqa: T201
            self.show_changes()
            return
        if match := WAIT.match(line):
            amount = int(match[1])
            self.runtime.clock.advance(**{"hours" if match[2] == "h" else "days": amount})
            print(f"(the clock moved forward by {amount}{match[2]})")  # noqa: T201
            if self.runtime.due is not None:
                await self.runtime.due.run_once()
            self.show_changes()
            return
        handled, calls = self.hub.handled, len(self.api.calls)
        if match := PRESS.match(line):
            if not self.press(int(match[1]) if match[1] else self.live.get(self.user), int(match[2])):
                return
        else:
            self.api.send_text(self.user, line, language_code=self.language_code)
        await self.settle(handled)
        self.show_toast(calls)
        self.show_changes()

    def press(self, message_id: int | None, number: int) -> bool:
        """Press button `number` of a message; False, with a word why, if there is no such button."""
        buttons = self.buttons.get((self.user, message_id or 0), [])
        if not 0 < number <= len(buttons):
            where = f"message {message_id}" if message_id else "any message yet"
            print(f"(no button #{number} on {where})")  # noqa: T201
            return False
        button = buttons[number - 1]
        if "url" in button:
            print(f"(opens {button['url']})")  # noqa: T201
            return False
        self.api.press(self.user, message_id or 0, button["callback_data"], language_code=self.language_code)
        return True

    async def settle(self, handled: int) -> None:
        """Wait until the bot has fully answered this update."""
        try:
            async with asyncio.timeout(30):
                while self.hub.handled <= handled:
                    await asyncio.sleep(0.02)
        except TimeoutError:
            print("(no answer)")  # noqa: T201

    def show_toast(self, since: int) -> None:
        """What Telegram shows briefly over the chat when a button is answered with a text."""
        for call in self.api.calls[since:]:
            if call.method == "answerCallbackQuery" and call.params.get("text"):
                print(f"(💬 {call.params['text']})")  # noqa: T201

    def show_changes(self) -> None:
        for message in self.api.sent_to(self.user):
            snapshot = (message.get("text"), message.get("reply_markup"), message.get("caption"))
            if self.seen.get((self.user, message["message_id"])) == snapshot:
                continue
            self.seen[(self.user, message["message_id"])] = snapshot
            self.print_message(message)

    def print_message(self, message: dict[str, Any]) -> None:
        number = message["message_id"]
        print(f"\n── message {number} " + "─" * 44)  # noqa: T201
        if message.get("has_protected_content"):
            print("🔒 protected: it cannot be forwarded or saved")  # noqa: T201
        if "document" in message:
            print(f"📎 {message['document'].get('file_name')}: {plain(message.get('caption') or '')}")  # noqa: T201
            print(message.get("_content", b"").decode(errors="replace"))  # noqa: T201
            return
        print(plain(message.get("text", "")))  # noqa: T201
        rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
        buttons = [b for row in rows for b in row]
        self.buttons[(self.user, number)] = buttons
        if not buttons:
            return
        self.live[self.user] = number
        numbered = iter(range(1, len(buttons) + 1))
        for row in rows:
            print("   ".join(f"[#{next(numbered)}] {b['text']}" for b in row))  # noqa: T201
        live = "#1" if len(buttons) == 1 else f"#1–#{len(buttons)}"
        print(f"(live buttons: {live} · later: #{number}.N)")  # noqa: T201


async def run_demo(settings: Settings) -> None:
    database = settings.database_url
    if "database_url" not in settings.model_fields_set:
        database = "sqlite+aiosqlite:///./data/demo.db"
    language = os.environ.get("LANG", "en")[:2] or "en"
    if "log_level" not in settings.model_fields_set:
        logging.getLogger().setLevel(logging.WARNING)  # the chat, not the engine's chatter, fills the terminal
    async with FakeBotAPI() as api:
        admins = settings.admin_ids if "admin_ids" in settings.model_fields_set else frozenset({DEMO_USER})
        demo_settings = settings.model_copy(
            update={
                "bot_token": SecretStr(api.token),
                "telegram_api_url": api.base_url,
                "database_url": database,
                "admin_ids": admins,
            }
        )
        async with Runtime(demo_settings, polling_timeout=1) as runtime:
            print(INTRO.format(database=database))  # noqa: T201
            chat = TerminalChat(api, runtime, language)
            while True:
                line = await asyncio.to_thread(sys.stdin.readline)
                if not line or line.strip() == "/quit":
                    break
                if line.strip():
                    await chat.say(line.strip())
