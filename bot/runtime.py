"""The composition root: settings → logging → translations → database → core → engine."""

from __future__ import annotations

import logging
from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.engines.base import Engine, EngineOptions
from handlers.core import Hub, HubSettings
from handlers.i18n import Catalog
from handlers.routes import build_codec, build_routes
from scheduler.due import DueWork
from storage.db import check_connection, create_engine, migrate, session_factory

log = logging.getLogger(__name__)


def make_engine(name: str, options: EngineOptions) -> Engine:
    """Import only the engine in use, so running on one never loads the other."""
    if name == "ptb":
        from bot.engines.ptb_engine import PtbEngine

        return PtbEngine(options)
    from bot.engines.aiogram_engine import AiogramEngine

    return AiogramEngine(options)


def build_hub(settings: Settings, database: AsyncEngine, *, strict_translations: bool = False) -> Hub:
    hub_settings = HubSettings(default_locale=settings.default_locale, timezone=settings.timezone,
                               admin_ids=settings.admin_ids, send_rate=settings.send_rate,
                               vouch_threshold=settings.vouch_threshold)
    catalog = Catalog(strict=strict_translations)
    return Hub(session_factory(database), catalog, hub_settings, build_codec(), build_routes())


class Runtime:
    """Starts the whole bot (`async with Runtime(settings):`) and stops it cleanly."""

    def __init__(self, settings: Settings, *, polling_timeout: int = 25, strict_translations: bool = False) -> None:
        if settings.bot_token is None:
            raise ValueError("BOT_TOKEN is not set")
        self.settings = settings
        self.database = create_engine(settings.database_url)
        self.hub = build_hub(settings, self.database, strict_translations=strict_translations)
        options = EngineOptions(settings.bot_token.get_secret_value(), settings.telegram_api_url, polling_timeout)
        self.engine = make_engine(settings.bot_engine, options)
        self.due: DueWork | None = None

    async def start(self) -> None:
        await check_connection(self.database)
        await migrate(self.database)
        await self.engine.start(self.hub)
        self.due = DueWork(self.hub, self.engine.messenger, tick_seconds=self.settings.tick_seconds)
        await self.due.start()
        log.info("polling as @%s with %s", self.engine.bot_username, self.settings.bot_engine)

    async def stop(self) -> None:
        if self.due is not None:
            await self.due.stop()
        await self.engine.stop()
        await self.database.dispose()

    async def __aenter__(self) -> Runtime:
        try:
            await self.start()
        except BaseException:
            await self.stop()
            raise
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        trace: TracebackType | None) -> None:
        await self.stop()
