"""Which process sends: one at a time, so the global send rate holds however many processes run.

Telegram's limit is for the bot as a whole. Rather than share a rate through the database (a row every process
updates for every message), one process is elected the sender: on PostgreSQL it holds a session advisory lock
on a connection of its own; if it dies, its connection closes, the lock is free, and another process takes
over at its next tick. Every process still answers its own users; the sender does the bulk of the sending
(broadcasts, reminders, notices). SQLite is one process: it always sends.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)

SENDER_LOCK = 0x52485542  # "RHUB": the advisory lock key of the sending process


class SenderLease:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.shared = engine.dialect.name == "postgresql"
        self._connection: AsyncConnection | None = None

    async def hold(self) -> bool:
        """True while this process is the sender: keeps the lease, or takes it when it is free."""
        if not self.shared:
            return True
        try:
            if self._connection is not None:
                await self._connection.execute(text("SELECT 1"))  # still ours while the connection lives
                await self._connection.commit()
                return True
            connection = await self.engine.connect()
            taken = await connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": SENDER_LOCK})
            await connection.commit()  # the lock outlives the transaction; the connection must not sit in one
            if not taken:
                await connection.close()
                return False
            self._connection = connection
            log.info("this process is now the sender")
            return True
        except Exception:
            log.warning("lost the database connection that held the sender lease")
            await self.release()
            return False

    async def release(self) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            try:
                await connection.close()  # closing the session frees the advisory lock
            except Exception:
                log.debug("the lease's connection was already gone")
