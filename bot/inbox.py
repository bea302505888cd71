"""Polling's updates that must be confirmed to Telegram while still in hand are written down in the inbox first.

Polling confirms an update only once it is handled, except one still being handled after UNCONFIRMED_WINDOW newer
ones came (bot/polling.py): one stalled handler must not hold everybody's updates back. Such an update is written
down in the inbox (storage/inbox_repos.py), claimed by this process for CLAIM, before the offset passes it, as
webhook mode writes down every update. If the process dies with it in hand, the next start, or the next look of
this process once the claim ran out and the handler is done with it, takes it from there; the handler's mark
keeps it from being applied twice.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from storage import inbox_repos
from storage.db import session_factory
from storage.models import utcnow

log = logging.getLogger(__name__)

# how long an update a process wrote down stays its own: past it (the process died, or it had no room for the
# update) another process, or this one's next start, takes it. A handler takes milliseconds; one slower than this
# may be taken twice, and is still applied once.
CLAIM = timedelta(seconds=10)
LOOK_LIMIT = 50  # updates taken from the inbox at one look: after a crash, a handful


class StalledUpdates:
    """Writes down the updates polling confirms unhandled, and takes back those a dead process left."""

    def __init__(self, database: AsyncEngine) -> None:
        self._sessions = session_factory(database)
        self._in_hand: set[int] = set()  # written down by this process and still being handled here

    async def keep(self, updates: list[dict[str, Any]]) -> None:
        """Write the updates down, claimed by this process, in one transaction; raises if that failed."""
        async with self._sessions.begin() as session:
            for update in updates:
                await inbox_repos.receive(session, update["update_id"], json.dumps(update), utcnow() + CLAIM)
        self._in_hand.update(update["update_id"] for update in updates)

    def done(self, update_id: int) -> None:
        self._in_hand.discard(update_id)

    async def take_back(
        self, handle: Callable[[dict[str, Any]], Awaitable[None]], settled: Callable[[int], bool]
    ) -> int:
        """Handle, one after another, the updates written down and not handled whose claim ran out; the number."""
        now = utcnow()
        async with self._sessions.begin() as session:
            rows = await inbox_repos.claim_waiting(session, now, now + CLAIM, LOOK_LIMIT, set(self._in_hand))
        for update_id, body in rows:
            try:
                await handle(json.loads(body))
            except Exception:
                log.exception("update %s could not be handled", update_id)
            if not settled(update_id):  # passed over, or failed with the user told: not taken again for ever
                async with self._sessions.begin() as session:
                    await inbox_repos.mark_all_handled(session, [update_id])
        if rows:
            log.info("took %d updates written down and not handled", len(rows))
        return len(rows)

    async def look_forever(
        self, every: float, handle: Callable[[dict[str, Any]], Awaitable[None]], settled: Callable[[int], bool]
    ) -> None:
        while True:
            try:
                await self.take_back(handle, settled)
            except Exception as error:
                log.warning("the inbox could not be looked through (%s); next time", type(error).__name__)
            await asyncio.sleep(every)
