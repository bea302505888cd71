"""The single entry point: `Hub.dispatch` takes one `Incoming`, runs the feature in one transaction, and then
sends what the feature asked for. Sending after the commit means a user never sees a step that was not saved.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from handlers.kit.actions import ActionTable
from handlers.kit.batching import BatchedWrites
from handlers.kit.i18n import Catalog, Translator, resolve_locale
from handlers.kit.messages import (
    Appearance,
    Button,
    DeliveryError,
    Document,
    Incoming,
    Messenger,
    Rejected,
    RetryLater,
    Screen,
    Transient,
    appearance,
    refused_for_privacy,
    send_screen,
)
from handlers.kit.pacing import Admission, FloodGuard, Limiter
from handlers.kit.replies import kept_reply, replayed
from storage import inbox_repos, repos
from storage.models import Conversation, Delivery, DeliveryKind, Member, Role, utcnow

log = logging.getLogger(__name__)

REPLY_SERVER_ERRORS = 2  # a reply is tried again after this many server errors or lost connections, not more
# seconds a waiting user's reply keeps trying through 429 pauses (however many 429s that takes); beyond that it
# is dropped and logged
REPLY_MAX_WAIT = 10


@dataclass(frozen=True)
class HubSettings:
    default_locale: str = "en"
    timezone: str = "Europe/Belgrade"
    admin_ids: frozenset[int] = frozenset()
    send_rate: float = 25.0  # messages a second, for everything the bot sends
    vouch_threshold: int = 2  # vouches from different vetted organisations that vet a pending one
    log_key: bytes = b""  # keys the pseudonyms of user ids in the logs (secret, so they cannot be reversed)
    intro_followup_days: int = 14  # an accepted introduction's sides are asked this long after whether they met


Kept = TypeVar("Kept")


@dataclass
class Context:
    """Everything a feature handler gets: the update, the open transaction, the user's language."""

    incoming: Incoming
    session: AsyncSession
    tr: Translator
    settings: HubSettings
    member: Member | None
    conversation: Conversation | None
    now: datetime = field(default_factory=utcnow)  # the hub's clock, fixed for the whole update
    bot_username: str = ""
    kept: dict[type, object] = field(default_factory=dict)  # the hub's, for `shared`
    screens: list[tuple[str, Screen | Document]] = field(default_factory=list)
    toast_text: str | None = None
    queued_deliveries: int = 0
    route: str = ""  # what handled the update, for the logs: "/start", "button:ev", "text:register"…
    reply_kept: bool = False  # the screens are kept in the inbox with the update until sent

    def shared(self, kind: type[Kept]) -> Kept:
        """The hub's one `kind`: what a feature keeps from one update to the next, as the partner-matching index.
        Made on first use, and one per hub, so two hubs in one process never share it."""
        if kind not in self.kept:
            self.kept[kind] = kind()
        return cast(Kept, self.kept[kind])

    @property
    def user_id(self) -> int:
        return self.incoming.user_id

    @property
    def registered(self) -> bool:
        return self.member is not None and self.member.registered_at is not None

    def reply(self, screen: Screen) -> None:
        """Send a new message to the chat."""
        self.screens.append(("send", screen))

    def show(self, screen: Screen) -> None:
        """Replace the message whose button was pressed, or send a new one when the user typed. protect_content is
        fixed when a message is sent: a protected screen in place of an unprotected message is a new message."""
        edit = self.incoming.is_callback and (not screen.protect or self.incoming.shown_protected)
        self.screens.append(("edit" if edit else "send", screen))

    def send_document(self, document: Document) -> None:
        self.screens.append(("document", document))

    def notify(self, telegram_id: int, kind: DeliveryKind, **payload: Any) -> None:
        """Queue a message to another member in the outbox; it is rendered in their language when sent."""
        self.session.add(Delivery(telegram_id=telegram_id, kind=kind, payload=payload, next_attempt_at=self.now))
        self.queued_deliveries += 1

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.settings.timezone)

    @property
    def is_admin(self) -> bool:
        """ADMIN_IDS bootstraps the admins; the admins give the role to others (/admin, `resilience-hub admin`)."""
        if self.user_id in self.settings.admin_ids:
            return True
        return self.registered and self.member is not None and self.member.role == Role.ADMIN

    @property
    def is_organiser(self) -> bool:
        if self.is_admin:
            return True
        return self.registered and self.member is not None and self.member.role in (Role.ORGANISER, Role.ADMIN)

    def toast(self, text: str) -> None:
        self.toast_text = text

    def set_language(self, locale: str) -> None:
        self.tr = self.tr.catalog.translator(locale)

    def flow_run(self, flow: str, token: str) -> Conversation | None:
        """The conversation if a button belongs to the run of `flow` in progress; None for a stale button."""
        conversation = self.conversation
        if conversation is None or conversation.flow != flow or conversation.token != token:
            return None
        return conversation

    async def ensure_member(self) -> Member:
        if self.member is None:
            self.member = await repos.get_or_create_member(self.session, self.user_id, self.now)
        return self.member

    async def start_flow(self, flow: str, step: str, data: dict[str, object]) -> Conversation:
        token = secrets.token_hex(3)
        self.conversation = await repos.start_conversation(self.session, self.user_id, flow, step, token, data)
        return self.conversation

    async def end_flow(self) -> None:
        await repos.end_conversation(self.session, self.user_id)
        self.conversation = None

    async def end_flow_refused(self, message_id: str) -> None:
        """The user lost the role a wizard needs (an admin took it): the wizard ends and says why."""
        await self.end_flow()
        self.show(Screen(self.tr(message_id)))


Handler = Callable[[Context], Awaitable[None]]
# renders one outbox delivery into the recipient's context (`ctx.reply`), or nothing if it no longer applies
NoticeRenderer = Callable[[Context, dict[str, Any]], Awaitable[None]]


@dataclass
class Routes:
    """What the features answer to, keyed by data (command names, callback prefixes, flow names)."""

    commands: dict[str, Handler] = field(default_factory=dict)
    actions: ActionTable = field(default_factory=lambda: ActionTable(()))  # typed buttons, each declared once
    flows_text: dict[str, Handler] = field(default_factory=dict)
    notices: dict[str, NoticeRenderer] = field(default_factory=dict)
    # commands and callback prefixes a suspended member may still use: seeing and erasing their data
    open_when_suspended: frozenset[str] = frozenset()
    # text typed outside any flow (a newcomer's "hello"); None: "I did not understand"
    free_text: Handler | None = None


SETTLED_KEPT = 10_000
# a reply kept and not sent this long after its commit is one its process will not send (it waits out 429s for
# REPLY_MAX_WAIT at most); one older than REPLY_FRESH is no longer an answer to anything the user remembers doing
UNSENT_AFTER = timedelta(seconds=REPLY_MAX_WAIT + 5)
REPLY_FRESH = timedelta(minutes=2)
SENT_MARK_DELAY = 0.05  # seconds a sent reply waits to be marked sent, with the others sent meanwhile
GROUP_NOTE_EVERY = 60.0  # seconds between two "use a private chat" notes in one group


class Cooldown:
    """Whether something may happen again for a key, at most once every `every` seconds; forgets old keys, so a
    flood of new keys cannot grow it for ever."""

    def __init__(self, every: float, keep: int = 10_000) -> None:
        self.every, self.keep = every, keep
        self._last: dict[int, float] = {}

    def due(self, key: int, now: float) -> bool:
        if now - self._last.get(key, -self.every) < self.every:
            return False
        if len(self._last) >= self.keep:
            self._last = {k: at for k, at in self._last.items() if now - at < self.every}
        self._last[key] = now
        return True


class KeyedLocks:
    """A lock per key, kept only while someone holds or waits for it: a flood of new user ids cannot grow it."""

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}  # key → lock, holders and waiters

    def __len__(self) -> int:
        return len(self._locks)

    @contextlib.asynccontextmanager
    async def hold(self, key: int) -> AsyncIterator[None]:
        lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


class Hub:
    """Built once, whole, by the composition root (bot/runtime.py); nothing is patched in afterwards."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        catalog: Catalog,
        settings: HubSettings,
        routes: Routes,
        *,
        bot_username: str = "",  # as getMe gave it: the links the hub makes point to the bot
        clock: Callable[[], datetime] = utcnow,
        limiter: Limiter | None = None,  # shared with the delivery worker
        flood: FloodGuard | None = None,  # drops the updates of a user who sends far more than a person can
        deliveries_queued: Callable[[], None] = lambda: None,  # wakes the delivery worker
        # told each update's kind and how long its handler took (the metrics): "message" or "callback_query"
        observe: Callable[[str, float], None] = lambda kind, seconds: None,
    ) -> None:
        self.sessions, self.catalog, self.settings = sessions, catalog, settings
        self.routes = routes
        self.bot_username = bot_username
        self.clock = clock
        self.limiter = limiter or Limiter(settings.send_rate)
        self.flood = flood or FloodGuard()
        self.deliveries_queued = deliveries_queued
        self.observe = observe
        self.handled = 0  # updates fully answered; tests and the demo wait on it
        # ids of recent updates a committed transaction marked handled (or found marked): the webhook need not mark
        # them itself (bot/webhook.py); oldest first, bounded
        self._settled: dict[int, None] = {}
        self._sent_replies = BatchedWrites(sessions, inbox_repos.replies_sent, SENT_MARK_DELAY, "sent replies marked")
        self.kept: dict[type, object] = {}  # what features keep across updates (Context.shared)
        # one update at a time per user, so two quick presses cannot interleave on one conversation
        self.user_locks = KeyedLocks()
        self._group_notes = Cooldown(GROUP_NOTE_EVERY)

    async def dispatch(self, incoming: Incoming, messenger: Messenger) -> None:
        admission = self.flood.admit(incoming.user_id)
        if admission is not Admission.HANDLE:
            try:  # not behind the user's lock: a flood's dropped updates must not wait for its handled ones
                await self._refuse(incoming, messenger, tell=admission is Admission.WARN)
            finally:
                self.handled += 1
            return
        async with self.user_locks.hold(incoming.user_id):
            try:
                started = time.monotonic()
                context = await self._run(incoming)
                elapsed = time.monotonic() - started
                user = self.pseudonym(incoming.user_id)
                if context is None:
                    log.info(
                        "update %s was handled before; not again",
                        incoming.update_id,
                        extra={"update_id": incoming.update_id, "user": user},
                    )
                    return
                self.observe("callback_query" if incoming.is_callback else "message", elapsed)
                if context.queued_deliveries:
                    self.deliveries_queued()
                await self._deliver(context, messenger)
                if context.reply_kept and incoming.update_id is not None:
                    # marked a moment later, with the others sent meanwhile; a process killed in that moment sends
                    # those few again after a restart
                    self._sent_replies.add(incoming.update_id)
                # logged once answered, so a line in the log means the user has their reply (the restart tests
                # wait on it); the latency is the handler's own
                log.info(
                    "update %s from user %s handled by %s in %.1f ms",
                    incoming.update_id,
                    user,
                    context.route or "-",
                    elapsed * 1000,
                    extra={
                        "update_id": incoming.update_id,
                        "user": user,
                        "handler": context.route or None,
                        "latency_ms": round(elapsed * 1000, 1),
                    },
                )
            finally:
                self.handled += 1

    async def _refuse(self, incoming: Incoming, messenger: Messenger, *, tell: bool) -> None:
        """Drop an update of a user over the flood limit: nothing is run or saved. A press still gets its answer,
        so the button stops spinning; the first message dropped in the window gets one 'slow down' (in a private
        chat: in a group the bot does not answer chatter anyway)."""
        user = self.pseudonym(incoming.user_id)
        if tell:
            log.warning(
                "user %s sent more than %d updates in %.0f s; the rest of the window is dropped",
                user,
                self.flood.limit,
                self.flood.window,
                extra={"update_id": incoming.update_id, "user": user},
            )
        else:
            log.debug(
                "update %s from user %s dropped: too many updates",
                incoming.update_id,
                user,
                extra={"update_id": incoming.update_id, "user": user},
            )
        if incoming.callback_id is None and not (tell and incoming.is_private):
            return
        tr = await self._member_translator(incoming)
        try:
            if incoming.callback_id is not None:
                await messenger.answer_callback(incoming.callback_id, tr.plain("error-slow-down-short"))
            else:
                await self._send_reply(messenger, incoming, "send", Screen(tr("error-slow-down")))
        except DeliveryError as error:
            log.warning("slow-down notice not delivered: %s: %s", type(error).__name__, error)

    async def _member_translator(self, incoming: Incoming) -> Translator:
        """The user's language as a reply would have it (one query; the client's language if the database fails)."""
        saved = None
        try:
            async with self.sessions() as session:
                member = await repos.get_member(session, incoming.user_id)
                saved = member.locale if member is not None else None
        except Exception as error:
            log.warning("the user's language could not be read: %s", type(error).__name__)
        return self.catalog.translator(resolve_locale(saved, incoming.language_code, self.settings.default_locale))

    def pseudonym(self, user_id: int) -> str:
        """A user's id as the logs show it: the same person reads the same, and nobody can tell who it is."""
        return hmac.new(self.settings.log_key, str(user_id).encode(), hashlib.sha256).hexdigest()[:16]

    async def _run(self, incoming: Incoming) -> Context | None:
        """Handle the update in one transaction; None if it was handled before (Telegram delivered it again)."""
        async with self.sessions() as session:
            context: Context | None = None
            try:
                context = await self._context(incoming, session)
                if context.member is not None and context.member.unreachable_since is not None:
                    context.member.unreachable_since = None  # they wrote to us, so they no longer block the bot
                await self._route(context)
                # last, so the write lock is taken as late as possible (SQLite has one writer at a time)
                if incoming.update_id is not None:
                    reply = kept_reply(incoming, context.screens)
                    if not await inbox_repos.mark_handled(session, incoming.update_id, reply):
                        await session.rollback()
                        self._settle(incoming.update_id)
                        return None
                    context.reply_kept = reply is not None
                await session.commit()
                self._settle(incoming.update_id)
            except Exception:
                log.exception("handler failed for update from a %s chat", incoming.chat_type)
                await session.rollback()
                return self._apology(incoming, session, context)
            return context

    async def mark_sent_replies_now(self) -> None:
        """The replies sent are marked so now, not a moment later: before the database goes (or the next start
        would send them again), and for a look at what the database holds once every reply is out."""
        await self._sent_replies.flush()

    async def send_unsent_replies(self, messenger: Messenger) -> int:
        """Replies a process kept and never sent (it died between the commit and the send): sent now if still
        fresh, else dropped with a log line. A reply younger than UNSENT_AFTER may be one a live process is
        sending (through a 429), so it is left to it. The number sent."""
        now = utcnow()
        async with self.sessions.begin() as session:
            taken = await inbox_repos.take_unsent_replies(session, now - UNSENT_AFTER)
        sent = 0
        for update_id, handled_at, reply in taken:
            age = (now - handled_at).total_seconds()
            if now - handled_at > REPLY_FRESH:
                log.warning("the reply to update %s, not sent before a restart, is %.0f s old: dropped", update_id, age)
                continue
            incoming, screens = replayed(reply)
            try:
                for kind, item in screens:
                    await self._send_reply(messenger, incoming, kind, item)
            except DeliveryError as error:
                log.warning("reply to update %s not delivered after a restart: %s", update_id, type(error).__name__)
                continue
            sent += 1
            log.info("the reply to update %s, not sent before a restart, is sent %.0f s late", update_id, age)
        return sent

    def _settle(self, update_id: int | None) -> None:
        if update_id is None:
            return
        self._settled[update_id] = None
        if len(self._settled) > SETTLED_KEPT:
            del self._settled[next(iter(self._settled))]

    def settled(self, update_id: int) -> bool:
        """Whether a recent update is marked handled in the database by one of this hub's transactions."""
        return update_id in self._settled

    def _apology(self, incoming: Incoming, session: AsyncSession, context: Context | None) -> Context:
        """Nothing was saved; say so in the user's language (their client's, if the database is down)."""
        if context is None:
            locale = resolve_locale(None, incoming.language_code, self.settings.default_locale)
            context = Context(incoming, session, self.catalog.translator(locale), self.settings, None, None)
        context.screens = [] if not incoming.is_private else [("send", Screen(context.tr("error-unexpected")))]
        context.toast_text = None
        context.queued_deliveries = 0
        return context

    async def _context(self, incoming: Incoming, session: AsyncSession) -> Context:
        member, conversation = await repos.member_and_conversation(session, incoming.user_id)
        if member is None and await repos.was_suspended(session, incoming.user_id):
            # suspended, then erased by /forget: suspended again from the first thing they do
            member = await repos.get_or_create_member(session, incoming.user_id, self.clock())
        return self._new_context(incoming, session, member, conversation)

    def member_context(self, session: AsyncSession, member: Member) -> Context:
        """A context for a message the hub starts itself (a reminder, a notice), in the recipient's language."""
        incoming = Incoming(user_id=member.telegram_id, chat_id=member.telegram_id)
        return self._new_context(incoming, session, member, None)

    def _new_context(
        self, incoming: Incoming, session: AsyncSession, member: Member | None, conversation: Conversation | None
    ) -> Context:
        """In the member's language, else their client's, else the hub's; on the hub's clock."""
        locale = resolve_locale(member.locale if member else None, incoming.language_code, self.settings.default_locale)
        translator = self.catalog.translator(locale)
        return Context(
            incoming,
            session,
            translator,
            self.settings,
            member,
            conversation,
            now=self.clock(),
            bot_username=self.bot_username,
            kept=self.kept,
        )

    async def _route(self, context: Context) -> None:
        incoming = context.incoming
        # the admins of ADMIN_IDS run the hub: no suspension (their own or their organisation's) locks them out
        if (
            incoming.is_private
            and context.member is not None
            and context.member.suspended
            and incoming.user_id not in self.settings.admin_ids
            and not self._open_when_suspended(context)
        ):
            if incoming.is_callback:
                context.toast(context.tr.plain("error-suspended-short"))
            else:
                context.reply(Screen(context.tr("error-suspended")))
            return
        if incoming.is_callback:
            await self._route_callback(context)
        elif not incoming.is_private:
            context.route = "group"
            await self._route_group(context)
        elif incoming.command is not None:
            handler = self.routes.commands.get(incoming.command)
            context.route = f"/{incoming.command}" if handler else "unknown-command"
            await (handler or _unknown_command)(context)
        elif incoming.text is None:  # a sticker, photo or file: nothing here asks for one
            context.reply(Screen(context.tr("error-not-understood")))
        elif context.conversation and context.conversation.flow in self.routes.flows_text:
            context.route = f"text:{context.conversation.flow}"
            await self.routes.flows_text[context.conversation.flow](context)
        elif self.routes.free_text is not None:
            context.route = "text"
            await self.routes.free_text(context)
        else:
            context.reply(Screen(context.tr("error-not-understood")))

    def _open_when_suspended(self, context: Context) -> bool:
        if context.incoming.is_callback:
            pressed = self.routes.actions.decode(context.incoming.callback_data)
            return pressed is not None and pressed[0].prefix in self.routes.open_when_suspended
        return context.incoming.command in self.routes.open_when_suspended

    async def _route_callback(self, context: Context) -> None:
        pressed = self.routes.actions.decode(context.incoming.callback_data)
        context.route = f"button:{pressed[0].prefix}" if pressed else "button:unknown"
        if pressed is None or not context.incoming.is_private:
            context.toast(context.tr.plain("error-button-expired"))
            return
        action, route = pressed
        await route.handler(context, action)

    async def _route_group(self, context: Context) -> None:
        incoming = context.incoming
        if incoming.command is None or incoming.addressed_to_other_bot:
            return  # chatter in a group is not for us
        if not self._group_notes.due(incoming.chat_id, time.monotonic()):
            return  # told this group a minute ago: Telegram allows a group 20 messages a minute, not one a command
        link = f"https://t.me/{self.bot_username}?start=group"
        button = context.tr.plain("btn-open-private")
        context.reply(Screen.of(context.tr("group-use-private-chat"), [[Button(button, url=link)]]))

    async def _deliver(self, context: Context, messenger: Messenger) -> None:
        incoming = context.incoming
        if incoming.callback_id is not None:
            try:
                await messenger.answer_callback(incoming.callback_id, context.toast_text)
            except DeliveryError as error:  # the spinner stops by itself; the screen matters more
                log.warning("callback not answered: %s: %s", type(error).__name__, error)
        try:
            for kind, item in context.screens:
                await self._send_reply(messenger, incoming, kind, item)
        except DeliveryError as error:
            # the state is already saved; the user gets the current step again with their next message
            log.warning("reply not delivered: %s: %s", type(error).__name__, error)

    async def _send_reply(self, messenger: Messenger, incoming: Incoming, kind: str, item: Screen | Document) -> None:
        """One reply, paced. A 429 holds this chat (everyone, if several chats got one at once) and the reply goes
        out once the hold is over, through a storm of them; a server error is tried again. The user is waiting, so a
        long hold is not waited out."""
        give_up_at, server_errors = time.monotonic() + REPLY_MAX_WAIT, 0
        while True:
            try:
                async with self.limiter.sending(incoming.chat_id, interactive=True):
                    if isinstance(item, Document):
                        await messenger.send_document(incoming.chat_id, item)
                    elif kind == "edit" and incoming.message_id is not None:
                        if incoming.shown != screen_appearance(item):  # a second tap changes nothing
                            await _edit_or_send(messenger, incoming.chat_id, incoming.message_id, item)
                    else:
                        await send_screen(messenger, incoming.chat_id, item)
                return
            except RetryLater as error:
                self.limiter.retry_after(incoming.chat_id, error.seconds, private=incoming.is_private)
                if time.monotonic() + error.seconds > give_up_at:
                    raise
            except Transient:
                server_errors += 1
                if server_errors > REPLY_SERVER_ERRORS or time.monotonic() + 1 > give_up_at:
                    raise
                await asyncio.sleep(1)


def screen_appearance(screen: Screen) -> Appearance:
    return appearance(screen.text, (((b.text, b.data, b.url) for b in row) for row in screen.rows))


async def _edit_or_send(messenger: Messenger, chat_id: int, message_id: int, screen: Screen) -> None:
    try:
        await messenger.edit(chat_id, message_id, screen)
    except Rejected as error:
        instead = refused_for_privacy(error, screen)
        if instead is not None:
            await _edit_or_send(messenger, chat_id, message_id, instead)
        elif "not modified" not in str(error):
            # too old to edit, or gone: the user still gets the screen
            await send_screen(messenger, chat_id, screen)


async def _unknown_command(context: Context) -> None:
    context.reply(Screen(context.tr("error-unknown-command", command=context.incoming.command or "")))
