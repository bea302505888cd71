"""A fake Telegram Bot API server on loopback (DESIGN.md §8).

Tests drive both engines through it and `resilience-hub demo` chats through it. It keeps chats and messages in
memory, answers `getUpdates` long polls, rejects what Telegram rejects with Telegram's error bodies
(TELEGRAM.md), so a test fails where Telegram would, and injects faults on request.

- `errors`: ApiError and the JSON error body
- `formatting`: `parse_mode=HTML`, as strict as Telegram
- `checks`: required fields, limits, keyboards, commands
- `backend`: chats, messages, updates, and one function per Bot API method
- `server`: HTTP, long polling, simulated users, fault injection, recorded calls
"""

from bot.fakeapi.errors import ApiError
from bot.fakeapi.formatting import parse_html, utf16_length, visible_html
from bot.fakeapi.server import Call, FakeBotAPI

__all__ = ["ApiError", "Call", "FakeBotAPI", "parse_html", "utf16_length", "visible_html"]
