"""The composition root: settings → logging → translations → database → core → engine."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.engines.base import ApiHealth, Engine, EngineOptions, Webhook
from bot.inbox import StalledUpdates
from bot.logs import keep_secret
from bot.metrics import Metrics
from bot.webhook import WebhookServer, webhook_path
from handlers.kit.core import Hub, HubSettings
from handlers.kit.i18n import Catalog
from handlers.kit.pacing import FloodGuard, Limiter
from handlers.kit.when import Clock
from handlers.routes import build_routes
from scheduler.due import DueWork
from storage import repos
from storage.db import check_connection, create_engine, migrate, session_factory
from storage.lease import SenderLease
from storage.models import utcnow

log = logging.getLogger(__name__)

OTHER_PROCESSES_SHARE = 0.1


def make_engine(name: str, options: EngineOptions) -> Engine:
    """Import only the engine in use, so running on one never loads the other."""
    if name == "ptb":
        from bot.engines.ptb_engine import PtbEngine

        return PtbEngine(options)
    from bot.engines.aiogram_engine import AiogramEngine

    return AiogramEngine(options)


def build_hub(
    settings: Settings,
    database: AsyncEngine,
    *,
    strict_translations: bool = False,
    bot_username: str = "",
    log_key: bytes | None = None,
    clock: Callable[[], datetime] = utcnow,
    deliveries_queued: Callable[[], None] = lambda: None,
    metrics: Metrics | None = None,
) -> Hub:
    """The hub, whole: everything it uses is made here or handed in, and nothing is set on it afterwards."""
    hub_settings = HubSettings(
        default_locale=settings.default_locale,
        timezone=settings.timezone,
        admin_ids=settings.admin_ids,
        send_rate=settings.send_rate,
        vouch_threshold=settings.vouch_threshold,
        intro_followup_days=settings.intro_followup_days,
        log_key=log_key or secrets.token_bytes(32),  # random, never empty, when the database's is not at hand
    )
    return Hub(
        session_factory(database),
        Catalog(strict=strict_translations),
        hub_settings,
        build_routes(),
        bot_username=bot_username,
        clock=clock,
        limiter=metrics.limiter if metrics else Limiter(settings.send_rate),
        flood=metrics.flood if metrics else FloodGuard(settings.flood_limit),
        deliveries_queued=deliveries_queued,
        observe=metrics.observe if metrics else lambda kind, seconds: None,
    )


def _webhook(settings: Settings) -> Webhook | None:
    """Webhook mode when WEBHOOK_URL is set. Without WEBHOOK_SECRET a random one is made at each start, which
    suits one process; several processes behind one URL need the same WEBHOOK_SECRET."""
    if settings.webhook_url is None:
        return None
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
    keep_secret(secret)  # it is in the webhook's URL
    return Webhook(settings.webhook_url + webhook_path(secret), secret)


async def _log_key(settings: Settings, database: AsyncEngine) -> bytes:
    """LOG_KEY if set; else a random key made once and kept in the database, so that every process on it and every
    restart shows a user under the same pseudonym. Not derived from the token: whoever holds the token (BotFather,
    a former maintainer) could then reverse the pseudonyms, and a new token would change them all."""
    if settings.log_key is not None:
        return settings.log_key.get_secret_value().encode()
    async with session_factory(database).begin() as session:
        return await repos.hub_key(session, repos.LOG_KEY)


class Runtime:
    """Starts the whole bot (`async with Runtime(settings):`) and stops it cleanly."""

    def __init__(
        self,
        settings: Settings,
        *,
        polling_timeout: int = 25,
        strict_translations: bool = False,
        clock: Clock | None = None,
    ) -> None:
        if settings.bot_token is None:
            raise ValueError("BOT_TOKEN is not set")
        self.settings, self.strict_translations = settings, strict_translations
        for secret in (settings.bot_token, settings.webhook_secret, settings.metrics_token):
            if secret is not None:  # in no log line, nor in an error kept in the database
                keep_secret(secret.get_secret_value())
        self.clock = clock or Clock()  # the hub's and the delivery worker's time (the demo and tests move it)
        self.database = create_engine(settings.database_url)
        self.health = ApiHealth()
        self.webhook = _webhook(settings)
        flood = FloodGuard(settings.flood_limit)
        self.stalled = None if self.webhook else StalledUpdates(self.database)
        self._looking: asyncio.Task[None] | None = None
        options = EngineOptions(
            settings.bot_token.get_secret_value(),
            settings.telegram_api_url,
            polling_timeout,
            webhook=self.webhook,
            health=self.health,
            dropping=flood.over,
            drop_unread=flood.drop_unread,
            stalled=self.stalled,
        )
        self.engine = make_engine(settings.bot_engine, options)
        # Several processes may share the bot on PostgreSQL. One of them sends the bulk (storage/lease.py); every
        # one answers its own users. Bulk keeps a tenth of SEND_RATE free for the others' replies, so together
        # they stay within SEND_RATE as long as the other processes' replies are under a tenth of it.
        shared = self.database.dialect.name == "postgresql"
        headroom = max(1, int(settings.send_rate * OTHER_PROCESSES_SHARE)) if shared else 0
        self.metrics = Metrics(Limiter(settings.send_rate, bulk_headroom=headroom), flood)
        self.deliveries_queued = asyncio.Event()  # set by the hub when it queues messages; the worker waits on it
        self._hub: Hub | None = None
        self.due: DueWork | None = None
        self.server: WebhookServer | None = None

    @property
    def hub(self) -> Hub:
        """Built by `start`, once the database's log key and the bot's username (getMe) are known."""
        assert self._hub is not None, "the runtime has not started"
        return self._hub

    async def start(self) -> None:
        await check_connection(self.database)
        await migrate(self.database)
        log_key = await _log_key(self.settings, self.database)
        bot_username = await self.engine.connect()
        self._hub = build_hub(
            self.settings,
            self.database,
            strict_translations=self.strict_translations,
            bot_username=bot_username,
            log_key=log_key,
            clock=self.clock,
            deliveries_queued=self.deliveries_queued.set,
            metrics=self.metrics,
        )
        await self.engine.start(self.hub)
        self.due = DueWork(
            self.hub,
            self.engine.messenger,
            self.deliveries_queued,
            tick_seconds=self.settings.tick_seconds,
            lease=SenderLease(self.database),
        )
        await self.due.start()
        if self.webhook is None:
            if self.stalled is not None:  # what a process killed with stalled updates in hand left (bot/inbox.py)
                look = self.stalled.look_forever(self.settings.tick_seconds, self.engine.feed, self.hub.settled)
                self._looking = asyncio.create_task(look)
            log.info("polling as @%s with %s", bot_username, self.settings.bot_engine)
            return
        due = self.due
        metrics_token = self.settings.metrics_token
        self.server = WebhookServer(
            engine=self.engine,
            hub=self.hub,
            database=self.database,
            scheduler_alive=lambda: due.alive,
            health=self.health,
            metrics=self.metrics,
            secret=self.webhook.secret,
            listen=self.settings.webhook_address,
            inbox_limit=self.settings.inbox_limit,
            look_every=self.settings.tick_seconds,
            metrics_token=metrics_token.get_secret_value() if metrics_token else None,
        )
        await self.server.start()
        await self.engine.open_webhook(self.webhook)
        log.info("webhook set for @%s with %s", bot_username, self.settings.bot_engine)

    async def stop(self) -> None:
        """Take no more updates and finish those taken in; finish the sends under way and hand back the claimed
        rows not yet sent (DueWork.stop); then close the connections."""
        if self.server is not None:
            await self.server.stop()
        if self._looking is not None:
            self._looking.cancel()
            await asyncio.gather(self._looking, return_exceptions=True)
        await self.engine.stop_updates()
        if self.due is not None:
            await self.due.stop()
        if self._hub is not None:
            await self._hub.mark_sent_replies_now()
        await self.engine.stop()
        await self.database.dispose()

    async def __aenter__(self) -> Runtime:
        try:
            await self.start()
        except BaseException:
            await self.stop()
            raise
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.stop()
