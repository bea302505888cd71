"""The engine-neutral kit that features are written against.

An engine turns a Telegram update into an `Incoming`, and renders the `Screen`s the core sends through the
`Messenger` port. Nothing here knows aiogram or python-telegram-bot.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

CALLBACK_DATA_LIMIT = 64


@dataclass(frozen=True)
class Incoming:
    """One thing a user did: a command, a text, a button press or a document."""

    user_id: int
    chat_id: int
    chat_type: str = "private"
    language_code: str | None = None
    username: str | None = None
    command: str | None = None  # without the slash and without "@botname"
    args: str = ""
    addressed_to_other_bot: bool = False
    text: str | None = None
    callback_id: str | None = None
    callback_data: str | None = None
    message_id: int | None = None  # the message that carried the pressed button
    shown: Appearance | None = None  # that message as the user sees it now (Telegram sends it with the press)
    shown_protected: bool = False  # that message was sent with protect_content (it cannot be forwarded)
    document_name: str | None = None
    update_id: int | None = None  # for the logs

    @property
    def is_private(self) -> bool:
        return self.chat_type == "private"

    @property
    def is_callback(self) -> bool:
        return self.callback_id is not None


# what a message looks like: its visible text, and each button's (text, callback data, url) row by row
Appearance = tuple[str, tuple[tuple[tuple[str, str | None, str | None], ...], ...]]


def appearance(text: str, rows: Iterable[Iterable[tuple[str, str | None, str | None]]]) -> Appearance:
    """Visible text (tags dropped, entities decoded, trimmed as Telegram trims it) and buttons, comparable
    between a screen about to be shown and a message Telegram reports. Formatting is not compared: a screen
    that differs from the message only in bold or italics counts as the same."""
    visible = html.unescape(re.sub(r"</?[a-zA-Z][^>]*>", "", text)).strip()
    return visible, tuple(tuple(row) for row in rows)


@dataclass(frozen=True)
class Button:
    text: str
    data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Screen:
    """A localized HTML text with rows of inline buttons."""

    text: str
    rows: tuple[tuple[Button, ...], ...] = ()
    protect: bool = False
    # sent instead if Telegram refuses a button to a person's chat (`tg://user?id=`) that their privacy settings forbid
    fallback: Screen | None = None

    @staticmethod
    def of(text: str, rows: list[list[Button]] | None = None) -> Screen:
        return Screen(text, tuple(tuple(row) for row in rows or []))


@dataclass(frozen=True)
class Document:
    filename: str
    content: bytes
    caption: str = ""
    protect: bool = False


@dataclass(frozen=True)
class BotCommand:
    command: str
    description: str


class DeliveryError(Exception):
    """A neutral failure of a Bot API call, translated by the engine."""


class Blocked(DeliveryError):
    """403: the user blocked the bot or deleted their account."""


class RetryLater(DeliveryError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class Rejected(DeliveryError):
    """Another 4xx: Telegram refused the request itself."""


class Transient(DeliveryError):
    """5xx, time-outs and dropped connections: worth another try."""


class Messenger(Protocol):
    """What the core needs from an engine to talk back to Telegram."""

    async def send(self, chat_id: int, screen: Screen) -> int: ...

    async def edit(self, chat_id: int, message_id: int, screen: Screen) -> None: ...

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None: ...

    async def send_document(self, chat_id: int, document: Document) -> None: ...

    async def set_commands(self, commands: list[BotCommand], language_code: str | None) -> None: ...


PRIVACY_RESTRICTED = "BUTTON_USER_PRIVACY_RESTRICTED"  # Telegram's answer to such a button


def refused_for_privacy(error: DeliveryError, screen: Screen) -> Screen | None:
    """The screen to send instead of one Telegram refused for a `tg://user?id=` button, if it has one."""
    refused = isinstance(error, Rejected) and PRIVACY_RESTRICTED in str(error).upper()  # a library may recase it
    return screen.fallback if refused else None


async def send_screen(messenger: Messenger, chat_id: int, screen: Screen) -> int:
    """Send a screen; its fallback if Telegram refuses a button to a person's chat (their privacy settings)."""
    try:
        return await messenger.send(chat_id, screen)
    except Rejected as error:
        instead = refused_for_privacy(error, screen)
        if instead is None:
            raise
        return await messenger.send(chat_id, instead)


_FIELD = re.compile(r"^[A-Za-z0-9_-]{1,40}$")


_NUMBER = re.compile(r"[0-9]{1,12}")
ROW_ID_LIMIT = 2**31 - 1  # our rows' ids are INTEGER on PostgreSQL: a larger one could only be made up
TELEGRAM_ID_LIMIT = 2**53  # Telegram's user ids (BIGINT) fit in 52 bits


def parse_number(text: str, limit: int = ROW_ID_LIMIT) -> int | None:
    """A plain decimal number from 0 to `limit`; None for anything else (`²`, `-1`, `1e3`, a huge number)."""
    if not _NUMBER.fullmatch(text):
        return None
    value = int(text)
    return value if value <= limit else None


def spreadsheet_safe(text: str) -> str:
    """Text typed by members, for a CSV cell: keep a spreadsheet from reading it as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def utf16_length(text: str) -> int:
    """Telegram measures text in UTF-16 code units: an emoji can count twice."""
    return len(text.encode("utf-16-le")) // 2


def message_incoming(
    *,
    user_id: int,
    chat_id: int,
    chat_type: str,
    language_code: str | None,
    username: str | None,
    text: str | None,
    bot_username: str,
    document_name: str | None = None,
) -> Incoming:
    """An `Incoming` for a message; `/cmd@bot args` becomes a command, whoever's bot it names."""
    common = Incoming(
        user_id=user_id,
        chat_id=chat_id,
        chat_type=chat_type,
        language_code=language_code,
        username=username,
        document_name=document_name,
        text=text,
    )
    if not text or not text.startswith("/") or len(text) < 2:
        return common
    head, _, args = text.partition(" ")
    command, _, addressee = head[1:].partition("@")
    other_bot = bool(addressee) and addressee.lower() != bot_username.lower()
    return replace(common, command=command.lower(), args=args.strip(), addressed_to_other_bot=other_bot)
