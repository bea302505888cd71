"""aiogram 3 adapter: updates in as `Incoming`, `Screen`s out as Bot API calls."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from aiogram import Bot, Dispatcher, Router, methods
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import Response
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import (
    BotCommand as AiogramCommand,
)
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)

from bot.engines.base import (
    ALLOWED_UPDATES,
    ApiHealth,
    EngineOptions,
    ServerUnreachable,
    TokenRejected,
    Webhook,
    poller,
)
from bot.logs import redact
from bot.polling import Poller
from handlers.kit.core import Hub
from handlers.kit.messages import (
    Appearance,
    Blocked,
    BotCommand,
    Document,
    Incoming,
    Rejected,
    RetryLater,
    Screen,
    Transient,
    appearance,
    message_incoming,
)
from handlers.members.start import publish_commands

log = logging.getLogger(__name__)


@contextlib.contextmanager
def neutral_errors() -> Iterator[None]:
    """Translate aiogram's exceptions into the core's neutral ones."""
    try:
        yield
    except TelegramRetryAfter as error:
        raise RetryLater(error.retry_after) from error
    except TelegramForbiddenError as error:
        raise Blocked(error.message) from error
    except (TimeoutError, TelegramServerError, TelegramNetworkError) as error:
        raise Transient(redact(str(error))) from error  # aiohttp's errors can name the URL
    except TelegramAPIError as error:
        raise Rejected(error.message) from error


def keyboard(screen: Screen) -> InlineKeyboardMarkup | None:
    if not screen.rows:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=b.text, callback_data=b.data, url=b.url) for b in row] for row in screen.rows
        ]
    )


class AiogramMessenger:
    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(self, chat_id: int, screen: Screen) -> int:
        with neutral_errors():
            message = await self.bot.send_message(
                chat_id, screen.text, reply_markup=keyboard(screen), protect_content=screen.protect or None
            )
        return message.message_id

    async def edit(self, chat_id: int, message_id: int, screen: Screen) -> None:
        with neutral_errors():
            await self.bot.edit_message_text(
                text=screen.text, chat_id=chat_id, message_id=message_id, reply_markup=keyboard(screen)
            )

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        with neutral_errors():
            await self.bot.answer_callback_query(callback_id, text=text)

    async def send_document(self, chat_id: int, document: Document) -> None:
        with neutral_errors():
            await self.bot.send_document(
                chat_id,
                BufferedInputFile(document.content, document.filename),
                caption=document.caption or None,
                protect_content=document.protect or None,
            )

    async def set_commands(self, commands: list[BotCommand], language_code: str | None) -> None:
        with neutral_errors():
            await self.bot.set_my_commands(
                [AiogramCommand(command=c.command, description=c.description) for c in commands],
                language_code=language_code,
            )


# aiogram reads every answer through `Response[method.__returning__]`. Pydantic caches that class only weakly, and
# a parametrised model sits in reference cycles, so under load the garbage collector drops it and the next call
# builds it again (milliseconds each time: a sixth of a broadcast's CPU). Holding the ones we use keeps them.
_RESPONSE_MODELS = [
    Response[method.__returning__]  # type: ignore[name-defined]
    for method in (
        methods.SendMessage,
        methods.SendDocument,
        methods.EditMessageText,
        methods.AnswerCallbackQuery,
        methods.GetUpdates,
        methods.GetMe,
        methods.DeleteWebhook,
        methods.SetWebhook,
        methods.SetMyCommands,
    )
]


class _HealthMiddleware(BaseRequestMiddleware):
    def __init__(self, health: ApiHealth) -> None:
        self.health = health

    async def __call__(self, make_request: Any, bot: Bot, method: Any) -> Any:
        response = await make_request(bot, method)
        self.health.succeeded()  # a Telegram error raised above; an answer here is a success
        return response


def _shown(message: Any) -> Appearance | None:
    """The pressed message as the user sees it; None if Telegram no longer sends it (too old)."""
    if not isinstance(message, Message):
        return None
    markup = message.reply_markup.inline_keyboard if message.reply_markup else []
    return appearance(
        message.text or message.caption or "", (((b.text, b.callback_data, b.url) for b in row) for row in markup)
    )


def _protected(message: Any) -> bool:
    """Whether the pressed message was sent with protect_content (an edit cannot add it)."""
    return isinstance(message, Message) and bool(message.has_protected_content)


class AiogramEngine:
    def __init__(self, options: EngineOptions) -> None:
        self.options = options
        session = (
            AiohttpSession(api=TelegramAPIServer.from_base(options.api_url)) if options.api_url else AiohttpSession()
        )
        self.bot = Bot(
            options.token,
            session=session,
            default=DefaultBotProperties(parse_mode="HTML", link_preview_is_disabled=True),
        )
        session.middleware(_HealthMiddleware(options.health))
        self.messenger = AiogramMessenger(self.bot)
        self.bot_username = ""
        self._dispatcher: Dispatcher | None = None
        self._poller: Poller | None = None

    async def connect(self) -> str:
        try:
            me = await self.bot.get_me()
        except TelegramUnauthorizedError as error:
            raise TokenRejected(error.message) from error
        except TelegramNetworkError as error:
            raise ServerUnreachable(redact(str(error))) from error
        self.bot_username = me.username or ""
        return self.bot_username

    async def start(self, hub: Hub) -> None:
        self._dispatcher = self._build_dispatcher(hub)
        if self.options.webhook is not None:
            await publish_commands(self.messenger, hub.catalog)
            return  # the runtime opens the webhook once its server listens
        await self.bot.delete_webhook()
        await publish_commands(self.messenger, hub.catalog)
        self._poller = poller(self.options, self.feed)
        await self._poller.start()

    async def open_webhook(self, webhook: Webhook) -> None:
        await self.bot.set_webhook(webhook.url, secret_token=webhook.secret, allowed_updates=ALLOWED_UPDATES)

    async def feed(self, update: dict[str, Any]) -> None:
        assert self._dispatcher is not None
        await self._dispatcher.feed_raw_update(self.bot, update)

    def _build_dispatcher(self, hub: Hub) -> Dispatcher:
        router = Router()

        @router.message()
        async def on_message(message: Message, event_update: Update) -> None:
            if message.from_user is not None:
                incoming = replace(self._incoming_message(message), update_id=event_update.update_id)
                await hub.dispatch(incoming, self.messenger)

        @router.callback_query()
        async def on_callback(query: CallbackQuery, event_update: Update) -> None:
            await hub.dispatch(
                replace(self._incoming_callback(query), update_id=event_update.update_id), self.messenger
            )

        dispatcher = Dispatcher()
        dispatcher.include_router(router)
        return dispatcher

    def _incoming_message(self, message: Message) -> Incoming:
        user = message.from_user
        assert user is not None
        return message_incoming(
            user_id=user.id,
            chat_id=message.chat.id,
            chat_type=message.chat.type,
            language_code=user.language_code,
            username=user.username,
            text=message.text if message.text is not None else message.caption,
            bot_username=self.bot_username,
            document_name=message.document.file_name if message.document else None,
        )

    @staticmethod
    def _incoming_callback(query: CallbackQuery) -> Incoming:
        chat = query.message.chat if query.message else None
        return Incoming(
            user_id=query.from_user.id,
            chat_id=chat.id if chat else query.from_user.id,
            chat_type=chat.type if chat else "private",
            language_code=query.from_user.language_code,
            username=query.from_user.username,
            callback_id=query.id,
            callback_data=query.data or "",
            message_id=query.message.message_id if query.message else None,
            shown=_shown(query.message),
            shown_protected=_protected(query.message),
        )

    async def stop_updates(self) -> None:
        if self._poller is not None:
            await self._poller.stop()
            self._poller = None

    async def stop(self) -> None:
        await self.stop_updates()
        await self.bot.session.close()
