"""A test's view of one Telegram user: send text, press buttons, read what the bot showed."""

from __future__ import annotations

import asyncio
import html
import re
from typing import Any

from bot.fakeapi import Call, FakeBotAPI
from handlers.kit.core import Hub


def visible(text: str) -> str:
    """What the user reads: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"</?[a-z][^>]*>", "", text))


class Chat:
    def __init__(
        self,
        api: FakeBotAPI,
        hub: Hub,
        *,
        user_id: int,
        language_code: str | None,
        chat_id: int | None = None,
        chat_type: str = "private",
        username: str | None = None,
    ) -> None:
        self.api, self.hub, self.user_id, self.username = api, hub, user_id, username
        self.language_code, self.chat_id, self.chat_type = language_code, chat_id or user_id, chat_type
        self.last_calls: list[Call] = []

    async def send(self, text: str) -> list[Call]:
        """Send a message and return the Bot API calls the bot made in answer."""
        return await self._answered(
            lambda: self.api.send_text(
                self.user_id,
                text,
                chat_id=self.chat_id,
                chat_type=self.chat_type,
                language_code=self.language_code,
                username=self.username,
            )
        )

    async def press(self, label: str, message: dict[str, Any] | None = None) -> list[Call]:
        """Press the button whose text contains `label` on the given message (default: the newest with buttons)."""
        message = message or self.last_with_buttons()
        return await self.press_data(self.button(label, message)["callback_data"], message["message_id"])

    async def press_action(self, action: str) -> list[Call]:
        """Press a button by what it does (`join`, `skip`…), whatever the language shows on it."""
        message = self.last_with_buttons()
        return await self.press_data(self.button_for(action, message)["callback_data"], message["message_id"])

    def button_for(self, action: str, message: dict[str, Any]) -> dict[str, Any]:
        matches = [b for b in self.buttons(message) if f":{action}:" in b.get("callback_data", "")]
        assert matches, f"no {action!r} button in {[b.get('callback_data') for b in self.buttons(message)]}"
        return matches[0]

    async def press_data(self, data: str, message_id: int) -> list[Call]:
        return await self._answered(
            lambda: self.api.press(
                self.user_id,
                message_id,
                data,
                chat_id=self.chat_id,
                language_code=self.language_code,
                username=self.username,
            )
        )

    async def _answered(self, act) -> list[Call]:  # type: ignore[no-untyped-def]
        start, handled = len(self.api.calls), self.hub.handled
        act()
        async with asyncio.timeout(10):
            while self.hub.handled <= handled:
                await asyncio.sleep(0.01)
        self.last_calls = self.api.calls[start:]
        return self.last_calls

    def messages(self) -> list[dict[str, Any]]:
        return self.api.sent_to(self.chat_id)

    def last(self) -> dict[str, Any]:
        return self.messages()[-1]

    def last_text(self) -> str:
        return visible(self.last().get("text", ""))

    def last_with_buttons(self) -> dict[str, Any]:
        return next(m for m in reversed(self.messages()) if m.get("reply_markup"))

    @staticmethod
    def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
        return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]

    def button(self, label: str, message: dict[str, Any]) -> dict[str, Any]:
        matches = [b for b in self.buttons(message) if label in b["text"]]
        assert matches, f"no button {label!r} in {[b['text'] for b in self.buttons(message)]}"
        return matches[0]

    def replies(self) -> list[str]:
        """The visible texts the bot sent or edited in answer to the last action."""
        return [
            visible(c.params.get("text") or c.params.get("caption") or "")
            for c in self.last_calls
            if c.method in ("sendMessage", "editMessageText", "sendDocument")
        ]

    def toast(self) -> str | None:
        answers = [c for c in self.last_calls if c.method == "answerCallbackQuery"]
        assert len(answers) == 1, f"callback answered {len(answers)} times"
        return answers[0].params.get("text")
