"""One send limiter for everything the bot sends (DESIGN.md §6): a global rate, at most one message a second
to one chat, a hold on a chat after a 429 for it (on everyone when several chats get one at once), and replies to
people ahead of bulk deliveries. Also the guard that drops the updates of a user who sends far more than a person
can (`FloodGuard`).

A reply in a conversation the person is having right now is not held back by the per-chat second after
another reply (a hint plus the question again must not take two seconds), only after a bulk message; it still
counts, so no bulk message follows it into that chat within the second.

A reply reserves the next free slot and sleeps until it; a bulk sender books a slot only when it is at most
LOOKAHEAD away, and steps aside for replies due within that. Slots are taken in the event loop with no await
between reading and writing them, so no lock. Slots spread the sends out; the hard cap is the window below.

Slots alone are not enough: a busy event loop or a slow connection delivers requests to Telegram in bunches,
and Telegram counts them when they arrive. Each request reaches Telegram somewhere between the moment we start
it and the moment its answer is back, so `sending()` lets a request start only while the requests in flight
plus those answered in the last second are fewer than the rate: then no second, however the requests bunched,
sees more than `per_second` of them arrive.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from enum import Enum

PER_CHAT_INTERVAL = 1.0  # Telegram: about one message a second to one chat
IN_FLIGHT_POLL = 0.002  # how often a sender checks again when only requests in flight fill the window
LOOKAHEAD = 0.05  # seconds of bulk slots booked ahead; bounds how long a reply can wait behind bulk
PRUNE_EVERY = 1000  # forget chats whose slot has passed, now and then, so the map stays small
# A 429 names the chat of the request it refused, whichever of Telegram's limits was hit. One chat's own limit
# (a group's twenty a minute, or another process writing to it) trips for that chat alone, and everyone else can go
# on; the bot's overall limit trips for whatever chats come next. So a 429 holds its chat only, until 429s for this
# many different chats arrive within GLOBAL_429_SPAN seconds: then the bot as a whole is over the limit and every
# sender waits. Two extra 429s are the price of not stopping a broadcast for one busy group.
GLOBAL_429_CHATS = 3
GLOBAL_429_SPAN = 2.0


class Limiter:
    def __init__(
        self,
        per_second: float,
        *,
        per_chat_interval: float = PER_CHAT_INTERVAL,
        bulk_headroom: int = 0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_second = per_second
        self.interval = 1.0 / per_second
        self.per_chat_interval = per_chat_interval
        self.clock = clock
        self._next_slot = 0.0
        self._paused_until = 0.0  # after 429s for several chats: nothing goes out before this
        self._held: dict[int, float] = {}  # after a 429 for a chat: nothing goes to it before this
        self._recent_429s: deque[tuple[float, int]] = deque()  # when, and for which chat
        self._chat_next: dict[int, float] = {}  # the next time anything may go to a chat
        self._bulk_next: dict[int, float] = {}  # the next time after a bulk message (replies wait for this one)
        # the same two, from when messages really went out: a booked slot can slip (a pause, a full window)
        self._sent_free: dict[int, float] = {}
        self._bulk_sent_free: dict[int, float] = {}
        self._interactive_waiting = 0
        self._bulk_turn = asyncio.Lock()
        self._reservations = 0
        self._answered: deque[float] = deque()  # when the answers of the last second's requests came back
        self._in_flight = 0
        self.retry_afters = 0  # 429s received, for the metrics
        # requests a second bulk sending leaves to other processes' replies (several processes share one bot)
        self.bulk_headroom = bulk_headroom

    def reserve(self, chat_id: int, *, interactive: bool = False) -> float:
        """Take the earliest slot this chat may use; returns how long to wait for it.

        The global rate moves on by one slot from now, not from the chat's slot: a reply that waits out its own
        chat's second must not hold back the replies to everyone else behind it."""
        now = self.clock()
        chat_ready = self._bulk_next.get(chat_id, 0.0) if interactive else self._chat_next.get(chat_id, 0.0)
        chat_ready = max(chat_ready, self._held.get(chat_id, 0.0))
        rate_slot = max(now, self._next_slot)
        slot = max(rate_slot, chat_ready)
        self._next_slot = rate_slot + self.interval
        self._chat_next[chat_id] = slot + self.per_chat_interval
        if not interactive:
            self._bulk_next[chat_id] = slot + self.per_chat_interval
        self._reservations += 1
        if self._reservations % PRUNE_EVERY == 0:
            self._chat_next = {chat: at for chat, at in self._chat_next.items() if at > now}
            self._bulk_next = {chat: at for chat, at in self._bulk_next.items() if at > now}
            self._sent_free = {chat: at for chat, at in self._sent_free.items() if at > now}
            self._bulk_sent_free = {chat: at for chat, at in self._bulk_sent_free.items() if at > now}
            self._held = {chat: at for chat, at in self._held.items() if at > now}
        return slot - now

    @asynccontextmanager
    async def sending(self, chat_id: int, *, interactive: bool = False) -> AsyncIterator[None]:
        """Wait for a slot and for room in the last second, then hold that room while the request is out.
        Bulk senders step aside while a reply to a person is waiting."""
        if interactive:
            await self._clear_to_send(
                chat_id, interactive=True, slot=self.clock() + self.reserve(chat_id, interactive=True)
            )
        else:
            await self._bulk_slot(chat_id)
            await self._clear_to_send(chat_id, interactive=False)
        self._went_out(chat_id, interactive=interactive)
        self._in_flight += 1
        try:
            yield
        finally:
            self._in_flight -= 1
            self._answered.append(self.clock())

    async def _bulk_slot(self, chat_id: int) -> None:
        """Bulk senders take global slots one at a time, in turn (a queue, not a crowd of timers waking together);
        each first waits for its own chat alone, so other chats go on meanwhile."""
        while True:
            if (chat_wait := self._bulk_ready(chat_id) - self.clock()) > 0:
                await asyncio.sleep(chat_wait)
            async with self._bulk_turn:
                while self._interactive_waiting or (ahead := self._next_slot - self.clock()) > LOOKAHEAD:
                    # bulk books at most LOOKAHEAD ahead, so a reply is never queued behind more
                    await asyncio.sleep(self.interval if self._interactive_waiting else ahead - LOOKAHEAD)
                if self._bulk_ready(chat_id) <= self.clock():  # no reply to (or 429 for) this chat came meanwhile
                    wait = self.reserve(chat_id)
                    break
        await asyncio.sleep(wait)

    async def _clear_to_send(self, chat_id: int, *, interactive: bool, slot: float = 0.0) -> None:
        """Wait for the slot, for no pause, for the chat's second and for room in the window, and return when all
        hold at once. A slot is booked ahead and a lot can change before it comes: a 429 (sending into its
        retry_after would only earn another), or an earlier message to the chat that slipped and went out only
        just now. A reply counts as waiting, so that bulk steps aside, only from LOOKAHEAD before it can go: a
        reply waiting out its chat's second must not hold the broadcast to everyone else."""
        while True:
            ready = max(slot, self._chat_free(chat_id, interactive=interactive), self._paused_until)
            if (early := ready - (LOOKAHEAD if interactive else 0.0) - self.clock()) > 0:
                await asyncio.sleep(early)
                continue
            if interactive:
                self._interactive_waiting += 1
                try:
                    await asyncio.sleep(max(ready - self.clock(), 0.0))
                    await self._room_in_window(lambda: 0)
                finally:
                    self._interactive_waiting -= 1
            else:  # the replies waiting are read at every look: they come and go meanwhile
                await self._room_in_window(lambda: self._interactive_waiting + self.bulk_headroom)
            now = self.clock()
            if self._paused_until <= now and self._chat_free(chat_id, interactive=interactive) <= now:
                return  # no await between these checks and the caller counting itself in flight

    def _bulk_ready(self, chat_id: int) -> float:
        return max(self._chat_next.get(chat_id, 0.0), self._held.get(chat_id, 0.0))

    def _chat_free(self, chat_id: int, *, interactive: bool) -> float:
        """When the chat's second after its last message really sent is over, and any 429 hold on it: any message
        holds bulk, only a bulk message holds a reply."""
        sent_free = (self._bulk_sent_free if interactive else self._sent_free).get(chat_id, 0.0)
        return max(sent_free, self._held.get(chat_id, 0.0))

    def _went_out(self, chat_id: int, *, interactive: bool) -> None:
        """The chat's second counts from when the message really goes, which a pause or a full window can make
        later than its slot."""
        ready = self.clock() + self.per_chat_interval
        self._chat_next[chat_id] = max(self._chat_next.get(chat_id, 0.0), ready)
        self._sent_free[chat_id] = ready
        if not interactive:
            self._bulk_next[chat_id] = max(self._bulk_next.get(chat_id, 0.0), ready)
            self._bulk_sent_free[chat_id] = ready

    async def _room_in_window(self, keep_free: Callable[[], int]) -> None:
        """However late the event loop woke us, never more than `per_second` requests that could reach Telegram
        within one second: slots that slipped (a busy loop, a pause, a slow answer) must not arrive in a burst."""
        size = max(int(self.per_second), 1)
        while True:
            now = self.clock()
            while self._answered and self._answered[0] <= now - 1.0:
                self._answered.popleft()
            if self._in_flight + len(self._answered) + keep_free() < size:
                return  # no await between this check and the caller counting itself in flight
            oldest_leaves = self._answered[0] + 1.0 - now if self._answered else 0.0
            await asyncio.sleep(max(oldest_leaves, IN_FLIGHT_POLL))

    def retry_after(self, chat_id: int, seconds: float, *, private: bool = True) -> bool:
        """Telegram answered a message to this chat 429: nothing goes to the chat until `seconds` have passed, and
        nothing to anyone if several chats were answered so just now (GLOBAL_429_CHATS). True when everyone waits.

        A group's 429 holds that group only: Telegram limits each group to 20 messages a minute, and one member
        commanding in three groups must not make the bot look over its limit as a whole."""
        self.retry_afters += 1
        now = self.clock()
        self._held[chat_id] = max(self._held.get(chat_id, 0.0), now + seconds)
        if not private:
            return False
        self._recent_429s.append((now, chat_id))
        while self._recent_429s[0][0] < now - GLOBAL_429_SPAN:
            self._recent_429s.popleft()
        if len({chat for _at, chat in self._recent_429s}) < GLOBAL_429_CHATS:
            return False
        self.pause(seconds)
        return True

    def pause(self, seconds: float) -> None:
        """Nobody sends until `seconds` have passed (the bot as a whole is over Telegram's limit)."""
        self._paused_until = max(self._paused_until, self.clock() + seconds)
        self._next_slot = max(self._next_slot, self._paused_until)


# A person tapping through a form or typing quickly sends a few updates in a few seconds, and does not keep it up:
# twenty in ten seconds is more than anyone needs, and a fraction of what a script sends. Beyond it, the user's
# updates are dropped until their ten seconds are over, so one sender cannot keep the bot (its database, its share
# of Telegram's sending rate) busy for everyone else. FLOOD_LIMIT is also a setting (0: no limit).
FLOOD_LIMIT = 20
FLOOD_WINDOW = 10.0


class Admission(Enum):
    HANDLE = "handle"
    WARN = "warn"  # the first update dropped in this window: the user is told to slow down
    DROP = "drop"


@dataclass
class _Window:
    started: float
    count: int = 0


class FloodGuard:
    """Counts each user's updates in windows of FLOOD_WINDOW seconds, from their first update after the last window
    ended; the updates past FLOOD_LIMIT in a window are dropped. A fixed window, not a sliding one, so that the
    'slow down' notice goes at most once a window and a person who stops is served again when it is over."""

    def __init__(
        self, limit: int = FLOOD_LIMIT, window: float = FLOOD_WINDOW, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._windows: dict[int, _Window] = {}
        self._checks = 0
        self.dropped = 0  # updates dropped, for the metrics

    def admit(self, user_id: int) -> Admission:
        """Count the update; whether to handle it, or to drop it (and, the first time in the window, say so)."""
        now = self.clock()
        self._prune(now)
        window = self._windows.get(user_id)
        if window is None or now - window.started >= self.window:
            window = self._windows[user_id] = _Window(now)
        window.count += 1
        if not self.limit or window.count <= self.limit:
            return Admission.HANDLE
        self.dropped += 1
        return Admission.WARN if window.count == self.limit + 1 else Admission.DROP

    def over(self, user_id: int) -> bool:
        """Whether the user's further updates in this window are dropped, in whatever order they come: they are
        past the limit already. Intake hands such an update on at once rather than behind the user's others, so a
        flood is dropped as fast as it comes and holds no slot anyone else needs."""
        window = self._windows.get(user_id)
        return (
            bool(self.limit)
            and window is not None
            and window.count >= self.limit
            and (self.clock() - window.started < self.window)
        )

    def drop_unread(self, user_id: int) -> bool:
        """For a message of the user: True, and counted as dropped, if it would be dropped without a word (the user
        is past the limit and was told to slow down), so intake can drop it without parsing it or handing it on.
        A flood's hundreds of messages then cost nothing to anyone else; a press is always handed on, for its
        answer."""
        window = self._windows.get(user_id)
        if not self.over(user_id) or window is None or window.count <= self.limit:
            return False
        return self.admit(user_id) is Admission.DROP

    def _prune(self, now: float) -> None:
        """Forget ended windows now and then: the map holds only the users of the last FLOOD_WINDOW seconds."""
        self._checks += 1
        if self._checks % PRUNE_EVERY == 0:
            self._windows = {user: w for user, w in self._windows.items() if now - w.started < self.window}
