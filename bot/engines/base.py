"""What both engines share: the contract the runtime starts and stops."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from handlers.core import Hub
from handlers.kit import Messenger

# the updates the core understands; Telegram sends nothing else
ALLOWED_UPDATES = ["message", "callback_query"]


class TokenRejected(Exception):
    """Telegram (or the configured Bot API server) refused the token."""


class ServerUnreachable(Exception):
    """The Bot API server did not answer at all."""


@dataclass(frozen=True)
class EngineOptions:
    token: str
    api_url: str | None = None
    polling_timeout: int = 25


class Engine(Protocol):
    bot_username: str
    messenger: Messenger  # also used by the delivery worker, for messages the hub starts itself

    async def start(self, hub: Hub) -> None:
        """Check the token, learn the bot's username, publish commands and start polling."""

    async def stop(self) -> None: ...
