"""What both engines share: the contract the runtime starts and stops."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from bot.inbox import StalledUpdates
from bot.polling import Poller
from handlers.kit.core import Hub
from handlers.kit.messages import Messenger

# the updates the core understands; Telegram sends nothing else
ALLOWED_UPDATES = ["message", "callback_query"]


class TokenRejected(Exception):
    """Telegram (or the configured Bot API server) refused the token."""


class ServerUnreachable(Exception):
    """The Bot API server did not answer at all."""


class ApiHealth:
    """When the Bot API last answered a request of ours (for /healthz): both engines report every success."""

    def __init__(self) -> None:
        self.last_success: datetime | None = None

    def succeeded(self) -> None:
        self.last_success = datetime.now(UTC)


@dataclass(frozen=True)
class Webhook:
    url: str  # the full public HTTPS address Telegram posts to, path included
    secret: str  # sent back by Telegram in X-Telegram-Bot-Api-Secret-Token


@dataclass(frozen=True)
class EngineOptions:
    token: str
    api_url: str | None = None
    polling_timeout: int = 25
    webhook: Webhook | None = None  # None: long polling
    health: ApiHealth = field(default_factory=ApiHealth)
    # whether a user's further updates are all dropped for now (FloodGuard.over): polling hands them on at once
    dropping: Callable[[int], bool] = lambda user_id: False
    # whether a user's message is dropped unread, counted as dropped (FloodGuard.drop_unread)
    drop_unread: Callable[[int], bool] = lambda user_id: False
    # where polling writes down the updates it confirms while still handling them (bot/inbox.py)
    stalled: StalledUpdates | None = None


class Engine(Protocol):
    bot_username: str

    @property
    def messenger(self) -> Messenger:
        """The engine's sender, also used by the delivery worker for messages the hub starts itself."""

    async def connect(self) -> str:
        """Check the token and learn the bot's username (getMe), before the hub is built."""

    async def start(self, hub: Hub) -> None:
        """Publish the commands, and start polling unless in webhook mode."""

    async def open_webhook(self, webhook: Webhook) -> None:
        """setWebhook, with the secret and the updates we handle."""

    async def feed(self, update: dict[str, Any]) -> None:
        """Handle one update that came in through the webhook, as polling would have."""

    async def stop_updates(self) -> None:
        """Take no more updates (the bot can still send)."""

    async def stop(self) -> None: ...


def poller(options: EngineOptions, handle: Callable[[dict[str, Any]], Awaitable[None]]) -> Poller:
    """Long polling for an engine that handles each raw update with `handle` (see bot/polling.py for why not the
    library's own)."""
    return Poller(
        token=options.token,
        api_url=options.api_url,
        handle=handle,
        timeout=options.polling_timeout,
        allowed_updates=ALLOWED_UPDATES,
        succeeded=options.health.succeeded,
        dropping=options.dropping,
        drop_unread=options.drop_unread,
        stalled=options.stalled,
    )
