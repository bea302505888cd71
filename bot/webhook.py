"""Webhook mode: one aiohttp server for Telegram's updates, /healthz and /metrics.

Telegram posts each update to WEBHOOK_URL plus a path derived from the secret (so it is the same in every
process and tells nothing about the secret), with the secret in X-Telegram-Bot-Api-Secret-Token. The update is
written down in the inbox (storage/inbox_repos.py), claimed by this process for CLAIM seconds, and only then
answered 200; the hub handles it after that, so a slow handler never makes Telegram retry, and a process killed
with updates in hand loses none: every LOOK_EVERY seconds (and at start) each process takes the updates written
down and not handled whose claim ran out, in order. The handler's transaction marks its update handled, so one
taken twice (Telegram posting it again, two processes) is applied once. Past INBOX_LIMIT updates waiting, Telegram
is answered 503 and sends them again later.

What the server takes in is bounded, as in polling (bot/polling.py): one user's updates are handled PER_USER at a
time and a few more wait their turn in memory; past USER_BACKLOG of them, or MAX_BACKLOG of everyone's, an update
is answered 503 and Telegram sends it again later. Telegram delivers one chat's updates in order and holds back the
rest of that chat's behind one it must retry, so a flood's 503s hold back the flooder, not everyone else.
Requests are checked before anything is done with them: the secret, the size (413 past MAX_BODY, by its declared
length without reading it), the time its body takes (408), and that it is an update (400, also for JSON nested
deeper than any update); a connection that sends no complete request within IDLE_TIMEOUT is closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import time
from collections import Counter, deque
from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.engines.base import ApiHealth, Engine
from bot.inbox import CLAIM
from bot.metrics import Metrics
from bot.polling import PER_USER, update_user
from handlers.kit.batching import BatchedWrites
from handlers.kit.core import Hub
from storage import inbox_repos
from storage.db import check_connection
from storage.models import utcnow

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_DATABASE_TIMEOUT = 2.0
SHUTDOWN_GRACE = 20.0  # seconds the updates already taken in get to finish on shutdown
MAX_BODY = 1024 * 1024  # an update is a few kilobytes (a 4096-character text and its entities); this is plenty
# Telegram's updates nest about ten levels (a button in a keyboard of a message a callback query carries); deeper is
# not an update, and the engines' parsers need not meet it
MAX_NESTING = 64
# Updates taken in and not yet handled, everyone's together (handling tasks and those waiting their user's turn).
# Each one handled takes a database connection for a moment; past a few hundred they only queue for the pool.
MAX_BACKLOG = 200
# One user's updates waiting their turn. A person never has this many; the flood limit drops most of them anyway
# (handlers/kit/pacing.py), and past it Telegram holds them back for us, in that chat only.
USER_BACKLOG = 20
# A connection that has not sent a whole request (its headers) this long after it opened or after its last answer
# is closed, so slow senders cannot hold connections open (aiohttp's keepalive_timeout does it; 3.14.4 and later
# apply it from the connection's start too). Telegram sends a request at once; a proxy in front reuses connections
# and opens a new one when we closed an idle one.
IDLE_TIMEOUT = 15.0
BODY_TIMEOUT = 10.0  # the body of a request, once its headers came (aiohttp has no read timeout of its own)
SETTLE_DELAY = 0.05  # seconds an update the hub did not mark waits to be marked handled, with the others
COUNT_EVERY = 1.0  # seconds between two counts of the inbox's waiting updates (every process's)


def webhook_path(secret: str) -> str:
    return "/telegram/" + hashlib.sha256(f"webhook-path:{secret}".encode()).hexdigest()[:32]


class WebhookServer:
    def __init__(
        self,
        *,
        engine: Engine,
        hub: Hub,
        database: AsyncEngine,
        scheduler_alive: Callable[[], bool],
        health: ApiHealth,
        metrics: Metrics,
        secret: str,
        listen: tuple[str, int],
        inbox_limit: int = 10_000,
        look_every: float = 5.0,
        metrics_token: str | None = None,
    ) -> None:
        self.engine, self.hub, self.database = engine, hub, database
        self.scheduler_alive, self.health, self.metrics = scheduler_alive, health, metrics
        self.secret, self.listen, self.metrics_token = secret, listen, metrics_token
        self.inbox_limit, self.look_every = inbox_limit, look_every
        self._in_hand: set[int] = set()  # update ids this process took and has not finished
        self._inbox_waiting = 0  # the inbox's count of updates not handled, as last counted (plus those written since)
        self._counted_at = -COUNT_EVERY
        self._looking: asyncio.Task[None] | None = None
        # updates handled that the hub did not mark (dropped, passed over)
        self._unsettled = BatchedWrites(
            hub.sessions, inbox_repos.mark_all_handled, SETTLE_DELAY, "updates marked handled"
        )
        self.port = 0  # the port listened on, once started (WEBHOOK_LISTEN may say 0: any free one)
        self._runner: web.AppRunner | None = None
        self._handling: set[asyncio.Task[None]] = set()
        self._running: Counter[int] = Counter()  # user → their updates being handled
        self._waiting: dict[int, deque[dict[str, Any]]] = {}  # user → their updates waiting a turn, in order
        self._backlog = 0  # updates taken in and not yet handled
        self._idle = asyncio.Event()
        self._idle.set()
        self._refusing = False  # answering 503 since the last update taken in (logged once, not per request)

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(webhook_path(self.secret), self._update)
        app.router.add_get("/healthz", self._healthz)
        if self.metrics_token is not None:  # without METRICS_TOKEN there is no /metrics: 404
            app.router.add_get("/metrics", self._metrics)
        # no access log: it would write the webhook path, and nothing here needs a line per request. A client that
        # goes away cancels its handler (handler_cancellation), so an abandoned slow body holds nothing.
        self._runner = web.AppRunner(
            app, access_log=None, shutdown_timeout=1, handler_cancellation=True, keepalive_timeout=IDLE_TIMEOUT
        )
        await self._runner.setup()
        await web.TCPSite(self._runner, *self.listen).start()
        self.port = self._runner.addresses[0][1]
        log.info("webhook server listening on %s:%d", self.listen[0], self.port)
        self._looking = asyncio.create_task(self._look_forever())

    async def stop(self) -> None:
        """Take no more updates; finish handling those already answered 200 for a while (what is left is in the
        inbox, for the next start)."""
        if self._looking is not None:
            self._looking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._looking
            self._looking = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        with contextlib.suppress(TimeoutError):  # those waiting their user's turn too: they were answered 200
            async with asyncio.timeout(SHUTDOWN_GRACE):
                await self._idle.wait()
        await self._unsettled.flush()

    async def _update(self, request: web.Request) -> web.Response:
        if not hmac.compare_digest(request.headers.get(SECRET_HEADER, "").encode(), self.secret.encode()):
            log.warning("webhook request without the right secret token refused")  # the token itself is not logged
            return web.Response(status=403, text="Forbidden")
        if request.content_length is not None and request.content_length > MAX_BODY:
            return web.Response(status=413, text="too large")
        try:
            async with asyncio.timeout(BODY_TIMEOUT):
                body = await request.read()
        except TimeoutError:
            return web.Response(status=408, text="too slow")
        except web.HTTPRequestEntityTooLarge:  # no length said, and more than MAX_BODY came
            return web.Response(status=413, text="too large")
        update = parse_update(body)
        if update is None:
            return web.Response(status=400, text="not an update")
        user = update_user(update)
        if "message" in update and user is not None and self.hub.flood.drop_unread(user):
            return web.json_response({})  # a flooder's message the hub would drop without a word: not even written
        if not self._room_for(update) or await self._inbox_full():
            return self._busy()
        update_id = update["update_id"]
        try:
            async with self.hub.sessions.begin() as session:
                new = await inbox_repos.receive(session, update_id, json.dumps(update), utcnow() + CLAIM)
        except Exception as error:
            log.warning("an update could not be written down (%s); Telegram sends it again", type(error).__name__)
            return web.Response(status=503, text="busy, send it again later")
        self._refusing = False
        if new:
            self._inbox_waiting += 1
            if not self._take(update):  # the room went while it was written down: the next look takes it
                await self._release(update_id)
        return web.json_response({})

    def _busy(self) -> web.Response:
        if not self._refusing:
            log.warning("webhook answers 503 to updates past its backlog; Telegram sends them again later")
        self._refusing = True
        return web.Response(status=503, text="busy, send it again later")

    def _room_for(self, update: dict[str, Any]) -> bool:
        user = update_user(update)
        waiting = self._waiting.get(user, ()) if user is not None else ()
        return self._backlog < MAX_BACKLOG and (len(waiting) < USER_BACKLOG or self._dropping(user))

    def _dropping(self, user: int | None) -> bool:
        """The user's further updates are dropped for now (a flood): handed on at once, not behind their others."""
        return user is not None and self.hub.flood.over(user)

    async def _inbox_full(self) -> bool:
        now = time.monotonic()
        if now - self._counted_at >= COUNT_EVERY:
            async with self.hub.sessions() as session:
                self._inbox_waiting = await inbox_repos.waiting_count(session)
            self._counted_at = now
        return self._inbox_waiting >= self.inbox_limit

    def _take(self, update: dict[str, Any]) -> bool:
        """Start handling the update, or queue it behind its user's; False if there is no room for it."""
        if not self._room_for(update):
            return False
        user = update_user(update)
        waiting = self._waiting.get(user, ()) if user is not None else ()
        turn_taken = user is not None and (self._running[user] >= PER_USER or bool(waiting))
        turn_taken = turn_taken and not self._dropping(user)
        self._in_hand.add(update["update_id"])
        self._backlog += 1
        self._idle.clear()
        if turn_taken and user is not None:
            self._waiting.setdefault(user, deque()).append(update)
        else:
            self._start(update, user)
        return True

    def _start(self, update: dict[str, Any], user: int | None) -> None:
        task = asyncio.create_task(self._handle(update))
        self._handling.add(task)
        if user is not None:
            self._running[user] += 1
        task.add_done_callback(self._finished(update["update_id"], user))

    def _finished(self, update_id: int, user: int | None) -> Callable[[asyncio.Task[None]], None]:
        def forget(task: asyncio.Task[None]) -> None:
            self._handling.discard(task)
            self._in_hand.discard(update_id)
            self._backlog -= 1
            if user is not None:
                self._running[user] -= 1
                if self._running[user] <= 0:
                    del self._running[user]
                self._next_turn(user)
            if not self._backlog:
                self._idle.set()

        return forget

    def _next_turn(self, user: int) -> None:
        queue = self._waiting.get(user)
        if not queue:
            return
        update = queue.popleft()
        if not queue:
            del self._waiting[user]
        self._start(update, user)

    async def _handle(self, update: dict[str, Any]) -> None:
        try:
            await self.engine.feed(update)
        except Exception:
            log.exception("update %s could not be handled", update.get("update_id"))
        # the hub marked what it handled; this marks the rest (updates the engines pass over, a handler's failure
        # the user was told of), so no update is taken again for ever
        if self.hub.settled(update["update_id"]):
            return
        # marked a moment later, with the others: a flood's dropped updates would each cost a write otherwise, one
        # after another on SQLite's one writer, while everyone else's updates wait for it. If the write fails they
        # are still claimed, and taken again once the claim runs out.
        self._unsettled.add(update["update_id"])

    async def _release(self, update_id: int) -> None:
        with contextlib.suppress(Exception):  # if it fails, the claim runs out by itself
            async with self.hub.sessions.begin() as session:
                await inbox_repos.release(session, update_id)

    async def _look_forever(self) -> None:
        while True:
            try:
                await self.take_waiting()
            except Exception as error:
                log.warning("the inbox could not be looked through (%s); next time", type(error).__name__)
            await asyncio.sleep(self.look_every)

    async def take_waiting(self) -> int:
        """Take the inbox's updates that are nobody's (their claim ran out), oldest first, as far as there is room;
        the number taken."""
        room = MAX_BACKLOG - self._backlog
        if room <= 0:
            return 0
        now = utcnow()
        async with self.hub.sessions.begin() as session:
            rows = await inbox_repos.claim_waiting(session, now, now + CLAIM, room, set(self._in_hand))
        taken = 0
        for update_id, body in rows:
            if self._take(json.loads(body)):
                taken += 1
            else:
                await self._release(update_id)
        if taken:
            log.info("took %d updates written down and not handled", taken)
        return taken

    async def _healthz(self, request: web.Request) -> web.Response:
        try:
            async with asyncio.timeout(HEALTH_DATABASE_TIMEOUT):
                await check_connection(self.database)
            database = "ok"
        except Exception:
            database = "unreachable"
        scheduler = "alive" if self.scheduler_alive() else "stopped"
        last: datetime | None = self.health.last_success
        healthy = database == "ok" and scheduler == "alive"
        return web.json_response(
            {
                "status": "ok" if healthy else "failing",
                "database": database,
                "scheduler": scheduler,
                "last_bot_api_success": last.isoformat() if last else None,
            },
            status=200 if healthy else 503,
        )

    async def _metrics(self, request: web.Request) -> web.Response:
        assert self.metrics_token is not None
        expected = f"Bearer {self.metrics_token}".encode()
        if not hmac.compare_digest(request.headers.get("Authorization", "").encode(), expected):
            return web.Response(status=401, text="Unauthorized", headers={"WWW-Authenticate": 'Bearer realm="metrics"'})
        body = await self.metrics.render(self.hub.sessions)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def parse_update(body: bytes) -> dict[str, Any] | None:
    """The update in a request's body; None if it is not JSON, not an update, or nested deeper than an update."""
    try:
        update = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the JSON parser goes
        return None
    if (
        not isinstance(update, dict)
        or not isinstance(update.get("update_id"), int)
        or _deeper_than(update, MAX_NESTING)
    ):
        return None
    return update


def _deeper_than(value: object, limit: int) -> bool:
    """Whether objects and arrays nest more than `limit` levels (walked with a stack: no recursion to exhaust)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False
