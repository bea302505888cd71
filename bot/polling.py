"""Long polling that confirms an update to Telegram only once it has been handled.

getUpdates' `offset` confirms every update below it. Both libraries' pollers ask for the next updates, and so
confirm the last ones, as soon as they have handed them to handlers: an update in hand when the process dies is
gone, whether it was a registration answer or an RSVP. Here the offset stays at the oldest update still being
handled, so Telegram delivers again what a dead process had not finished, and the hub's record of handled
updates (the `inbox`) keeps what it had finished from being applied twice.

One user's updates are handled at most PER_USER at a time; the hub takes them one at a time anyway, and a flood
from one person must not fill the slots everybody's updates share. Their further updates wait in memory, in order,
and are handed on as that user's own finish: taken in, so other people's updates behind them in getUpdates can be
taken too, but still in hand, so the offset stays at the oldest of them and none is confirmed unhandled.

One still being handled after UNCONFIRMED_WINDOW newer ones came is confirmed anyway, so that one stalled handler
does not hold back everybody's updates behind it; it is written down in the inbox first (bot/inbox.py), so a
process killed while it is still in hand loses it no more than in webhook mode.

Both engines use this poller and hand each update to their own dispatcher, as in webhook mode.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from bot.inbox import StalledUpdates

log = logging.getLogger(__name__)

TELEGRAM = "https://api.telegram.org"
BATCH = 100  # the most getUpdates returns
# An update still being handled after this many newer ones arrived is confirmed anyway, once written down in the
# inbox: otherwise one slow handler (a stalled reply) would fill getUpdates' window of 100 and hold everybody else's
# updates back.
UNCONFIRMED_WINDOW = 50
# Updates handled at once. Beyond this they wait at Telegram, not inside the bot: taking in hundreds at once only
# queued them for the database's connections (15 by default), and those that waited 30 s failed.
MAX_IN_FLIGHT = 40
# When saturated, take updates in again only once this many are done. Each getUpdates answer repeats the updates
# still in hand (the offset stays at the oldest), so fetching after every single one cost a request and the parsing
# of forty updates per update.
REFILL = 10
# A user's updates handled at once. The hub handles one user's updates one at a time (handlers/kit/core.py), so more
# of them in hand only wait there for that user, in slots other people's updates need: one flooding user filled all
# forty. A few, not one, so that the next is ready when the last is done.
PER_USER = 3
# Updates taken in and waiting for their user's turn (in hand, not in MAX_IN_FLIGHT). Beyond this many, a waiting
# user's further updates are left at Telegram (the offset stays below them, so they come again): memory stays
# bounded however long a flood goes on, and nothing is dropped.
MAX_WAITING = 60
REFETCH_PAUSE = 0.2  # nothing new came back, only updates in hand: wait this long or until one is done
BACKOFF_FIRST, BACKOFF_MAX = 0.5, 5.0


class PollingFailed(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class Poller:
    def __init__(
        self,
        *,
        token: str,
        api_url: str | None,
        handle: Callable[[dict[str, Any]], Awaitable[None]],
        timeout: int,
        allowed_updates: list[str],
        succeeded: Callable[[], None],
        dropping: Callable[[int], bool] = lambda user_id: False,
        drop_unread: Callable[[int], bool] = lambda user_id: False,
        stalled: StalledUpdates | None = None,
    ) -> None:
        self._dropping, self._drop_unread = dropping, drop_unread
        self._stalled = stalled  # None: a stalled update is confirmed without being written down (unit tests)
        self._url = f"{api_url or TELEGRAM}/bot{token}/getUpdates"
        self._handle, self._timeout, self._allowed = handle, timeout, allowed_updates
        self._succeeded = succeeded
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._updates: dict[int, dict[str, Any]] = {}  # the updates in flight, to write down those that stall
        self._kept: set[int] = set()  # in flight and written down: the offset may pass them
        self._running: Counter[int] = Counter()  # user → their updates in flight
        self._waiting: dict[int, deque[dict[str, Any]]] = {}  # user → their updates waiting for a turn, in order
        self._waiting_count = 0
        self._left: set[int] = set()  # seen but left at Telegram for want of room: never confirmed until taken
        self._stopping = False
        self._seen: set[int] = set()  # started at or above the offset: a refetch brings them back
        self._newest = 0
        self._progress = asyncio.Event()  # set whenever an update is done
        self._session: aiohttp.ClientSession | None = None
        self._loop_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self._timeout + 15))
        self._loop_task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        """Take no more updates, finish those being handled, and confirm them. Those still waiting for their user's
        turn stay unconfirmed: Telegram delivers them again to the next process."""
        self._stopping = True  # from now on a finished update hands on no waiting one
        if self._loop_task is not None:
            self._loop_task.cancel()
            await asyncio.gather(self._loop_task, return_exceptions=True)
            self._loop_task = None
        await asyncio.gather(*self._in_flight.values(), return_exceptions=True)
        if self._session is not None:
            if self._newest:
                with contextlib.suppress(PollingFailed):
                    await self._fetch(self.offset(), 0, limit=1)
            await self._session.close()
            self._session = None

    @property
    def waiting(self) -> int:
        """Updates taken in that wait for their user's turn."""
        return self._waiting_count

    def offset(self) -> int | None:
        if not self._newest:
            return None  # Telegram starts with whatever is unconfirmed, a dead process's updates included
        handling = max(min(self._in_flight, default=self._newest + 1), self._oldest_allowed())
        # the window gives up only on stalled handlers, once they are written down: an update not yet started is
        # never confirmed
        waiting = (update["update_id"] for queue in self._waiting.values() for update in queue)
        return min([handling, *self._stalled_unkept(), *waiting, *self._left])

    def _oldest_allowed(self) -> int:
        return self._newest + 1 - UNCONFIRMED_WINDOW

    def _stalled_unkept(self) -> list[int]:
        if self._stalled is None:
            return []
        oldest_allowed = self._oldest_allowed()
        return [n for n in self._in_flight if n < oldest_allowed and n not in self._kept]

    async def _keep_stalled(self) -> None:
        """Write down the updates in flight that the next offset would confirm; if that fails, the offset stays."""
        stalled = self._stalled_unkept()
        if not stalled or self._stalled is None:
            return
        try:
            await self._stalled.keep([self._updates[update_id] for update_id in stalled])
        except Exception as error:
            log.warning("updates still in hand could not be written down (%s); not confirmed", type(error).__name__)
            return
        self._kept.update(stalled)

    async def _run(self) -> None:
        delay = BACKOFF_FIRST
        while True:
            self._progress.clear()
            while len(self._in_flight) > MAX_IN_FLIGHT - REFILL:
                await self._progress.wait()
                self._progress.clear()
            await self._keep_stalled()
            try:
                updates = await self._fetch(self.offset(), self._timeout, limit=self._room())
            except PollingFailed as failure:
                wait = failure.retry_after if failure.retry_after is not None else delay
                log.warning("getUpdates failed (%s); trying again in %.1f s", failure, wait)
                await asyncio.sleep(wait)
                delay = min(delay * 2, BACKOFF_MAX)
                continue
            delay = BACKOFF_FIRST
            if not self._take(updates) and self._in_flight:
                # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow the cancellation stop() sends
                # when the event is set at the same moment, and the loop would never end
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(REFETCH_PAUSE):
                        await self._progress.wait()

    def _room(self) -> int:
        """How many updates to ask for: those in hand that the answer repeats, and as many new ones as fit."""
        offset = self.offset()
        repeated = self._newest + 1 - offset if offset is not None else 0
        return max(1, min(BATCH, repeated + MAX_IN_FLIGHT - len(self._in_flight)))

    def _take(self, updates: list[dict[str, Any]]) -> int:
        """Start handling the updates not seen before, or queue them behind their user's; how many were taken."""
        offset, fresh = self.offset() or 0, 0
        for update in updates:
            update_id = update.get("update_id")
            if not isinstance(update_id, int) or update_id < offset or update_id in self._seen:
                continue
            user = update_user(update)
            if "message" in update and user is not None and self._drop_unread(user):
                pass  # a flooder's message the hub would drop without a word: confirmed with the others, unread
            # a flooder's update the hub will only drop is handed on at once, so it holds no slot and no window
            elif self._turn_taken(user) and not (user is not None and self._dropping(user)):
                if self._waiting_count >= MAX_WAITING:
                    self._left.add(update_id)  # the offset stays at or below it, so it comes again
                    continue  # somebody else's later update may still be taken
                self._wait_for_turn(user, update)
            elif len(self._in_flight) >= MAX_IN_FLIGHT:
                self._left.add(update_id)
                break  # no slot for anyone: the rest come again with the next getUpdates
            else:
                self._start(update, user)
            fresh += 1
            self._left.discard(update_id)
            self._seen.add(update_id)
            self._newest = max(self._newest, update_id)
        offset = self.offset() or 0
        self._seen = {seen for seen in self._seen if seen >= offset}
        return fresh

    def _turn_taken(self, user: int | None) -> bool:
        """The user has all their slots in use, or updates already waiting (which go first)."""
        return user is not None and (self._running[user] >= PER_USER or user in self._waiting)

    def _wait_for_turn(self, user: int | None, update: dict[str, Any]) -> None:
        assert user is not None
        self._waiting.setdefault(user, deque()).append(update)
        self._waiting_count += 1

    def _start(self, update: dict[str, Any], user: int | None) -> None:
        update_id = update["update_id"]
        task = asyncio.create_task(self._handle_one(update))
        self._in_flight[update_id] = task
        self._updates[update_id] = update
        if user is not None:
            self._running[user] += 1
        task.add_done_callback(self._finished(update_id, user))

    def _finished(self, update_id: int, user: int | None) -> Callable[[asyncio.Task[None]], None]:
        def forget(_task: asyncio.Task[None]) -> None:
            self._in_flight.pop(update_id, None)
            self._updates.pop(update_id, None)
            if update_id in self._kept:
                self._kept.discard(update_id)
                if self._stalled is not None:
                    self._stalled.done(update_id)
            if user is not None:
                self._running[user] -= 1
                if self._running[user] <= 0:
                    del self._running[user]
                self._next_turn(user)
            self._progress.set()

        return forget

    def _next_turn(self, user: int) -> None:
        """Hand on the user's oldest waiting update, in the slot theirs just left (so MAX_IN_FLIGHT still holds)."""
        queue = self._waiting.get(user)
        if self._stopping or not queue:
            return
        update = queue.popleft()
        if not queue:
            del self._waiting[user]
        self._waiting_count -= 1
        self._start(update, user)

    async def _handle_one(self, update: dict[str, Any]) -> None:
        try:
            await self._handle(update)
        except Exception:  # one bad update must not stop the others; the hub answers what it can
            log.exception("update %s could not be handled", update.get("update_id"))

    async def _fetch(self, offset: int | None, timeout: int, limit: int = BATCH) -> list[dict[str, Any]]:
        assert self._session is not None
        params: dict[str, Any] = {"timeout": timeout, "limit": limit, "allowed_updates": self._allowed}
        if offset is not None:
            params["offset"] = offset
        try:
            async with self._session.post(self._url, json=params) as response:
                body = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            # never the error's text: it can carry the URL, and the URL carries the token
            raise PollingFailed(type(error).__name__) from None
        if not isinstance(body, dict) or not body.get("ok"):
            body = body if isinstance(body, dict) else {}
            retry_after = (body.get("parameters") or {}).get("retry_after")
            raise PollingFailed(
                f"{response.status} {body.get('description', '')}".strip(),
                float(retry_after) if isinstance(retry_after, int | float) else None,
            )
        self._succeeded()
        result = body.get("result")
        return [u for u in result if isinstance(u, dict)] if isinstance(result, list) else []


def update_user(update: dict[str, Any]) -> int | None:
    """Who sent an update: the `from` of its message or callback query (None for an update without a sender)."""
    for value in update.values():
        if isinstance(value, dict) and isinstance(sender := value.get("from"), dict):
            user_id = sender.get("id")
            return user_id if isinstance(user_id, int) else None
    return None
