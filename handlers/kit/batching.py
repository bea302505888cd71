"""Small writes done a moment later, many in one transaction: a busy hub writes them in batches rather than a
transaction for every update, which on SQLite's one writer held everyone else's updates back."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)


class BatchedWrites:
    """Ids handed to `write` together, `delay` seconds after the first of them came; `what` names them in the log
    line if the write fails (they are then left as they were, which each caller's recovery copes with)."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        write: Callable[[AsyncSession, list[int]], Awaitable[None]],
        delay: float,
        what: str,
    ) -> None:
        self.sessions, self.write, self.delay, self.what = sessions, write, delay, what
        self._pending: list[int] = []
        self._writing: asyncio.Task[None] | None = None

    def add(self, item: int) -> None:
        self._pending.append(item)
        if self._writing is None or self._writing.done():
            self._writing = asyncio.create_task(self._write(self.delay))

    async def flush(self) -> None:
        """Write what is pending now, not a moment later."""
        if self._writing is not None:
            await self._writing
        await self._write(0.0)

    async def _write(self, delay: float) -> None:
        while self._pending:
            await asyncio.sleep(delay)
            items, self._pending = self._pending, []
            try:
                async with self.sessions.begin() as session:
                    await self.write(session, items)
            except Exception as error:
                log.warning("%d %s not written: %s", len(items), self.what, type(error).__name__)
