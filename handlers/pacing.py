"""One send limiter for everything the bot sends (DESIGN.md §6): a global rate, at most one message a second
to one chat, a pause for everyone after a 429, and replies to people ahead of bulk deliveries.

A reply in a conversation the person is having right now is not held back by the per-chat second after
another reply (a hint plus the question again must not take two seconds), only after a bulk message; it still
counts, so no bulk message follows it into that chat within the second.

A reply reserves the next free slot and sleeps until it; a bulk sender books a slot only when it is at most
LOOKAHEAD away. Slots are taken in the event loop with no await between reading and writing them, so no lock.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable

PER_CHAT_INTERVAL = 1.0  # Telegram: about one message a second to one chat
WINDOW_MARGIN = 0.02  # Telegram counts arrivals, a little after we send: keep the window slightly wider
LOOKAHEAD = 0.05  # seconds of bulk slots booked ahead; bounds how long a reply can wait behind bulk
PRUNE_EVERY = 1000  # forget chats whose slot has passed, now and then, so the map stays small


class Limiter:
    def __init__(self, per_second: float, *, per_chat_interval: float = PER_CHAT_INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second = per_second
        self.interval = 1.0 / per_second
        self.per_chat_interval = per_chat_interval
        self.clock = clock
        self._next_slot = 0.0
        self._chat_next: dict[int, float] = {}  # the next time anything may go to a chat
        self._bulk_next: dict[int, float] = {}  # the next time after a bulk message (replies wait for this one)
        self._interactive_waiting = 0
        self._reservations = 0
        self._window: deque[float] = deque()  # when the last `per_second` messages went out

    def reserve(self, chat_id: int, *, interactive: bool = False) -> float:
        """Take the earliest slot this chat may use; returns how long to wait for it."""
        now = self.clock()
        chat_ready = self._bulk_next.get(chat_id, 0.0) if interactive else self._chat_next.get(chat_id, 0.0)
        slot = max(now, self._next_slot, chat_ready)
        self._next_slot = slot + self.interval
        self._chat_next[chat_id] = slot + self.per_chat_interval
        if not interactive:
            self._bulk_next[chat_id] = slot + self.per_chat_interval
        self._reservations += 1
        if self._reservations % PRUNE_EVERY == 0:
            self._chat_next = {chat: at for chat, at in self._chat_next.items() if at > now}
            self._bulk_next = {chat: at for chat, at in self._bulk_next.items() if at > now}
        return slot - now

    async def acquire(self, chat_id: int, *, interactive: bool = False) -> None:
        """Wait for a slot. Bulk senders step aside while a reply to a person is waiting."""
        if interactive:
            self._interactive_waiting += 1
            try:
                await asyncio.sleep(self.reserve(chat_id, interactive=True))
                await self._within_window()
            finally:
                self._interactive_waiting -= 1
            return
        while True:
            now = self.clock()
            chat_wait = self._chat_next.get(chat_id, 0.0) - now
            ahead = self._next_slot - now
            if chat_wait > 0:  # wait for this chat on its own, so other chats go on meanwhile
                await asyncio.sleep(chat_wait)
            elif self._interactive_waiting:
                await asyncio.sleep(self.interval)
            elif ahead > LOOKAHEAD:  # bulk books at most LOOKAHEAD ahead: a reply is never queued behind more
                await asyncio.sleep(ahead - LOOKAHEAD)
            else:
                await asyncio.sleep(self.reserve(chat_id))
                await self._within_window()
                return

    async def _within_window(self) -> None:
        """However late the event loop woke us, never more than `per_second` sends in any second: slots that
        slipped (a busy loop, a pause) must not go out in a burst."""
        size = max(int(self.per_second), 1)
        while len(self._window) >= size and (wait := self._window[0] + 1.0 + WINDOW_MARGIN - self.clock()) > 0:
            await asyncio.sleep(wait)
        self._window.append(self.clock())
        while len(self._window) > size:
            self._window.popleft()

    def pause(self, seconds: float) -> None:
        """After a 429 nobody sends until Telegram's retry_after has passed."""
        self._next_slot = max(self._next_slot, self.clock() + seconds)
