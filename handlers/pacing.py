"""One send limiter for everything the bot sends (DESIGN.md §6): a global rate, at most one message a second
to one chat, a pause for everyone after a 429, and replies to people ahead of bulk deliveries.

A reply in a conversation the person is having right now is not held back by the per-chat second (Telegram
allows such short bursts, and a hint plus the question again must not take two seconds); it still counts,
so no bulk message follows it into that chat within the second.

A reply reserves the next free slot and sleeps until it; bulk senders wait until a slot is due and only then
take it. Slots are taken in the event loop with no await between reading and writing them, so no lock.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

PER_CHAT_INTERVAL = 1.0  # Telegram: about one message a second to one chat
PRUNE_EVERY = 1000  # forget chats whose slot has passed, now and then, so the map stays small


class Limiter:
    def __init__(self, per_second: float, *, per_chat_interval: float = PER_CHAT_INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / per_second
        self.per_chat_interval = per_chat_interval
        self.clock = clock
        self._next_slot = 0.0
        self._chat_next: dict[int, float] = {}
        self._interactive_waiting = 0
        self._reservations = 0

    def reserve(self, chat_id: int, *, interactive: bool = False) -> float:
        """Take the earliest slot this chat may use; returns how long to wait for it."""
        now = self.clock()
        slot = max(now, self._next_slot, now if interactive else self._chat_next.get(chat_id, 0.0))
        self._next_slot = slot + self.interval
        self._chat_next[chat_id] = slot + self.per_chat_interval
        self._reservations += 1
        if self._reservations % PRUNE_EVERY == 0:
            self._chat_next = {chat: at for chat, at in self._chat_next.items() if at > now}
        return slot - now

    async def acquire(self, chat_id: int, *, interactive: bool = False) -> None:
        """Wait for a slot. Bulk senders step aside while a reply to a person is waiting."""
        if interactive:
            self._interactive_waiting += 1
            try:
                await asyncio.sleep(self.reserve(chat_id, interactive=True))
            finally:
                self._interactive_waiting -= 1
            return
        while True:
            # bulk takes a slot only when it is due, so a reply arriving meanwhile is not queued behind it
            ready = max(self._next_slot, self._chat_next.get(chat_id, 0.0)) - self.clock()
            if ready <= 0 and not self._interactive_waiting:
                self.reserve(chat_id)
                return
            await asyncio.sleep(self.interval if self._interactive_waiting else ready)

    def pause(self, seconds: float) -> None:
        """After a 429 nobody sends until Telegram's retry_after has passed."""
        self._next_slot = max(self._next_slot, self.clock() + seconds)
