"""python-telegram-bot adapter: updates in as `Incoming`, `Screen`s out as Bot API calls."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

from telegram import (
    BotCommand as PtbCommand,
)
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults, TypeHandler

from bot.engines.base import ALLOWED_UPDATES, EngineOptions, ServerUnreachable, TokenRejected, Webhook, poller
from bot.engines.ptb_transport import AiohttpRequest
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

# Opt in to PTB 22's timedelta time periods: without it, building every RetryAfter emits a deprecation
# warning, which under warnings-as-errors replaces the 429 we need to see.
os.environ.setdefault("PTB_TIMEDELTA", "true")


@contextlib.contextmanager
def neutral_errors() -> Iterator[None]:
    """Translate python-telegram-bot's exceptions into the core's neutral ones."""
    try:
        yield
    except RetryAfter as error:
        raise RetryLater(_seconds(error)) from error
    except Forbidden as error:
        raise Blocked(error.message) from error
    except BadRequest as error:
        raise Rejected(error.message) from error
    except NetworkError as error:  # includes TimedOut and 5xx answers
        raise Transient(error.message) from error
    except TelegramError as error:
        raise Rejected(error.message) from error


def _seconds(error: RetryAfter) -> float:
    # PTB 22 is moving retry_after from int to timedelta; accept both without touching deprecated paths
    delay: timedelta | float = error._retry_after  # noqa: SLF001
    return delay.total_seconds() if isinstance(delay, timedelta) else float(delay)


def keyboard(screen: Screen) -> InlineKeyboardMarkup | None:
    if not screen.rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.data, url=b.url) for b in row] for row in screen.rows]
    )


class PtbMessenger:
    def __init__(self, application: Application) -> None:
        self.bot = application.bot

    async def send(self, chat_id: int, screen: Screen) -> int:
        with neutral_errors():
            message = await self.bot.send_message(
                chat_id, screen.text, reply_markup=keyboard(screen), protect_content=screen.protect or None
            )
        return message.message_id

    async def edit(self, chat_id: int, message_id: int, screen: Screen) -> None:
        with neutral_errors():
            await self.bot.edit_message_text(
                screen.text, chat_id=chat_id, message_id=message_id, reply_markup=keyboard(screen)
            )

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        with neutral_errors():
            await self.bot.answer_callback_query(callback_id, text=text)

    async def send_document(self, chat_id: int, document: Document) -> None:
        with neutral_errors():
            await self.bot.send_document(
                chat_id,
                InputFile(document.content, filename=document.filename),
                caption=document.caption or None,
                protect_content=document.protect or None,
            )

    async def set_commands(self, commands: list[BotCommand], language_code: str | None) -> None:
        with neutral_errors():
            await self.bot.set_my_commands(
                [PtbCommand(c.command, c.description) for c in commands], language_code=language_code
            )


def _data(callback_data: object) -> str | None:
    """A button's callback_data as sent; PTB types it as any object (its arbitrary-callback-data extension)."""
    return callback_data if isinstance(callback_data, str) or callback_data is None else str(callback_data)


def _shown(message: Any) -> Appearance | None:
    """The pressed message as the user sees it; None if Telegram no longer sends it (too old)."""
    if not isinstance(message, Message):
        return None
    markup = message.reply_markup.inline_keyboard if message.reply_markup else ()
    return appearance(
        message.text or message.caption or "",
        (((b.text, _data(b.callback_data), b.url) for b in row) for row in markup),
    )


def _protected(message: Any) -> bool:
    """Whether the pressed message was sent with protect_content (an edit cannot add it)."""
    return isinstance(message, Message) and bool(message.has_protected_content)


class PtbEngine:
    def __init__(self, options: EngineOptions) -> None:
        self.options = options
        ptb_log = logging.getLogger("telegram")
        if ptb_log.getEffectiveLevel() < logging.INFO:
            # PTB logs every Bot API call with its parameters at DEBUG: message texts, the webhook's secret
            ptb_log.setLevel(logging.INFO)
        builder = (
            ApplicationBuilder()
            .token(options.token)
            .concurrent_updates(True)
            .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
            .request(AiohttpRequest(health=options.health))
            .get_updates_request(AiohttpRequest(connections=1, health=options.health))
        )
        if options.api_url:
            builder = builder.base_url(f"{options.api_url}/bot").base_file_url(f"{options.api_url}/file/bot")
        self.application = builder.build()
        self.messenger = PtbMessenger(self.application)
        self.bot_username = ""
        self._started = False
        self._poller: Poller | None = None

    async def connect(self) -> str:
        try:
            await self.application.initialize()  # calls getMe
        except InvalidToken as error:
            raise TokenRejected(error.message) from error
        except NetworkError as error:
            raise ServerUnreachable(error.message) from error
        self.bot_username = self.application.bot.username
        return self.bot_username

    async def start(self, hub: Hub) -> None:
        self.application.add_handler(TypeHandler(Update, self._handler(hub)))
        if self.options.webhook is None:
            await self.application.bot.delete_webhook()
        await publish_commands(self.messenger, hub.catalog)
        await self.application.start()  # handles what reaches update_queue: from polling, or from feed()
        self._started = True
        if self.options.webhook is not None:
            return  # the runtime opens the webhook once its server listens
        self._poller = poller(self.options, self._process)
        await self._poller.start()

    async def _process(self, update: dict[str, Any]) -> None:
        """Handle one update and return when it is handled (the poller confirms it then)."""
        await self.application.process_update(Update.de_json(update, self.application.bot))

    async def open_webhook(self, webhook: Webhook) -> None:
        await self.application.bot.set_webhook(
            webhook.url, secret_token=webhook.secret, allowed_updates=ALLOWED_UPDATES
        )

    async def feed(self, update: dict[str, Any]) -> None:
        # handled here and now, not through update_queue: the webhook server bounds what it holds by this returning
        await self._process(update)

    def _handler(self, hub: Hub) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]:
        async def on_update(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
            incoming = self._incoming(update)
            if incoming is not None:
                await hub.dispatch(replace(incoming, update_id=update.update_id), self.messenger)

        return on_update

    def _incoming(self, update: Update) -> Incoming | None:
        if update.callback_query is not None:
            query = update.callback_query
            message = query.message
            return Incoming(
                user_id=query.from_user.id,
                chat_id=message.chat.id if message else query.from_user.id,
                chat_type=message.chat.type if message else "private",
                language_code=query.from_user.language_code,
                username=query.from_user.username,
                callback_id=query.id,
                callback_data=query.data or "",
                message_id=message.message_id if message else None,
                shown=_shown(message),
                shown_protected=_protected(message),
            )
        message = update.message
        if message is None or message.from_user is None:
            return None
        user = message.from_user
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

    async def stop_updates(self) -> None:
        if self._poller is not None:
            await self._poller.stop()
            self._poller = None

    async def stop(self) -> None:
        await self.stop_updates()
        if self._started:
            await self.application.stop()
        with contextlib.suppress(RuntimeError):
            await self.application.shutdown()
