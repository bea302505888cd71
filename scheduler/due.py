"""Due work and the outbox (DESIGN.md §6).

APScheduler is only the clock: every few seconds the tick turns due reminders into deliveries, in one
transaction, so a restart rebuilds nothing by hand and a reminder is queued once. The delivery worker sends
what is pending, renders each message in the recipient's language at send time, and records the outcome.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.core import Hub
from handlers.events import REMINDER_LATE_LIMIT  # the same hour at queue and at send time
from handlers.kit import Blocked, DeliveryError, Document, Messenger, Rejected, RetryLater, Transient
from storage import campaign_repos, event_repos
from storage.models import Delivery

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BATCH = 50


class DueWork:
    def __init__(self, hub: Hub, messenger: Messenger, *, tick_seconds: float = 5.0) -> None:
        self.hub, self.messenger, self.tick_seconds = hub, messenger, tick_seconds
        self._wake = asyncio.Event()
        self._sending = asyncio.Lock()  # one sender per process: claims never overlap
        self._scheduler: AsyncIOScheduler | None = None
        self._worker: asyncio.Task[None] | None = None
        self._stopping = False
        self._paused_until = datetime.min.replace(tzinfo=UTC)  # after a 429, nothing is sent before this

    async def start(self) -> None:
        async with self.hub.sessions.begin() as session:
            interrupted = await event_repos.requeue_interrupted(session)
        if interrupted:
            log.warning("%d deliveries were in flight at the last stop; they go out again", interrupted)
        self.hub.deliveries_queued = self._wake.set
        self._scheduler = AsyncIOScheduler(timezone="UTC")
        self._scheduler.add_job(self.tick, "interval", seconds=self.tick_seconds, max_instances=1, coalesce=True)
        self._scheduler.start()
        self._worker = asyncio.create_task(self._work())
        self._wake.set()  # whatever was pending before the restart

    async def stop(self) -> None:
        """Finish the delivery in hand, then stop: nothing is left half-sent. Safe to call twice."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        self._stopping = True
        if self._worker is not None:
            self._wake.set()
            await self._worker
            self._worker = None
        self._stopping = False  # stopped: only an explicit run_once sends now

    async def tick(self) -> None:
        try:
            await self.queue_due_reminders()
            await self.queue_due_campaigns()
        except Exception:
            log.exception("due-work tick failed; the next tick tries again")
        self._wake.set()  # new reminders, and retries whose time has come

    async def run_once(self) -> None:
        """One tick and one delivery round, awaited (tests drive the clock with this)."""
        await self.queue_due_reminders()
        await self.queue_due_campaigns()
        await self.deliver_due()

    async def queue_due_campaigns(self) -> int:
        """Scheduled campaigns whose time has come get their outbox rows, once."""
        now, queued = self.hub.clock(), 0
        async with self.hub.sessions.begin() as session:
            for campaign in await campaign_repos.claim_due_campaigns(session, now):
                queued += await campaign_repos.queue_campaign(session, campaign, now)
        return queued

    async def queue_due_reminders(self) -> int:
        """Turn every due reminder into a delivery; skip those far too late to be useful."""
        now = self.hub.clock()
        queued = 0
        async with self.hub.sessions.begin() as session:
            for reminder in await event_repos.due_reminders(session, now):
                late = now - reminder.due_at > REMINDER_LATE_LIMIT
                if not await event_repos.claim_reminder(session, reminder, now, "skipped" if late else "queued"):
                    continue
                if not late:
                    queued += 1
                    session.add(Delivery(telegram_id=reminder.telegram_id, kind="event-reminder", next_attempt_at=now,
                                         payload={"event_id": reminder.event_id, "kind": reminder.kind,
                                                  "due_at": reminder.due_at.isoformat()}))
        return queued

    async def _work(self) -> None:
        while not self._stopping:
            await self._wake.wait()
            self._wake.clear()
            if self._stopping:
                return
            try:
                await self.deliver_due()
            except Exception:
                log.exception("delivery round failed; the next tick tries again")
            pause = (self._paused_until - self.hub.clock()).total_seconds()
            if pause > 0:  # after a 429, carry on by ourselves once Telegram's retry_after has passed
                asyncio.get_running_loop().call_later(pause, self._wake.set)

    async def deliver_due(self) -> int:
        sent = 0
        async with self._sending:
            while self.hub.clock() >= self._paused_until:
                async with self.hub.sessions.begin() as session:
                    claimed = await event_repos.claim_deliveries(session, self.hub.clock(), BATCH)
                if not claimed:
                    async with self.hub.sessions.begin() as session:
                        await campaign_repos.finish_done(session)
                    return sent
                for index, delivery_id in enumerate(claimed):
                    if self._stopping or self.hub.clock() < self._paused_until:
                        # hand back what was claimed but not sent, so nothing counts as in flight
                        await self._release(claimed[index:])
                        return sent
                    sent += await self._deliver(delivery_id)
        return sent

    async def _release(self, delivery_ids: list[int]) -> None:
        async with self.hub.sessions.begin() as session:
            await event_repos.release_deliveries(session, delivery_ids)

    async def _deliver(self, delivery_id: int) -> int:
        async with self.hub.sessions() as session:
            delivery = await session.get(Delivery, delivery_id)
            if delivery is None:  # the member was erased meanwhile
                return 0
            try:
                await self._render_and_send(session, delivery)
            except Exception:  # a bug or a database error must not leave the row `sending` for good
                log.exception("delivery %d failed unexpectedly", delivery_id)
                await session.rollback()
                delivery = await session.get(Delivery, delivery_id)
                if delivery is None:
                    return 0
                delivery.status, delivery.last_error = "failed", "internal error"
            await session.commit()
            return int(delivery.status == "sent")

    async def _render_and_send(self, session: AsyncSession, delivery: Delivery) -> None:
        context = await self.hub.recipient_context(session, delivery.telegram_id)
        if context.member is not None and context.member.unreachable_since is not None:
            delivery.status = "blocked"  # they blocked the bot; they are sent to again once they write
            return
        renderer = self.hub.routes.notices.get(delivery.kind)
        if renderer is not None:
            await renderer(context, dict(delivery.payload))
        try:
            for _kind, item in context.screens:
                await self.hub.limiter.acquire(delivery.telegram_id)
                if isinstance(item, Document):
                    await self.messenger.send_document(delivery.telegram_id, item)
                else:
                    delivery.message_id = await self.messenger.send(delivery.telegram_id, item)
            delivery.status = "sent" if context.screens else "skipped"
        except DeliveryError as error:
            self._record_failure(delivery, error)
            if isinstance(error, Blocked) and context.member is not None:
                context.member.unreachable_since = self.hub.clock()
                await event_repos.cancel_pending_deliveries(session, delivery.telegram_id)

    def _record_failure(self, delivery: Delivery, error: DeliveryError) -> None:
        now = self.hub.clock()
        delivery.last_error = f"{type(error).__name__}: {error}"[:200]
        if isinstance(error, Blocked):
            delivery.status = "blocked"
        elif isinstance(error, RetryLater):
            delivery.status, delivery.next_attempt_at = "pending", now + timedelta(seconds=error.seconds)
            delivery.attempts -= 1  # Telegram asked us to wait; that was not a failed try
            self._paused_until = delivery.next_attempt_at  # a 429 is about the whole bot: everything waits
            self.hub.limiter.pause(error.seconds)
        elif isinstance(error, Transient) and delivery.attempts < MAX_ATTEMPTS:
            delivery.status = "pending"
            delivery.next_attempt_at = now + timedelta(seconds=2 ** delivery.attempts)
        else:
            delivery.status = "failed"
        if isinstance(error, Rejected | Transient) and delivery.status == "failed":
            log.warning("delivery %d failed: %s", delivery.id, delivery.last_error)
