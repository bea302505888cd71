"""Due work and the outbox (DESIGN.md §6).

APScheduler is only the clock: every few seconds the tick turns due reminders into deliveries, in one
transaction, so a restart rebuilds nothing by hand and a reminder is queued once. The delivery worker sends
what is pending, renders each message in the recipient's language at send time, and records the outcome.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.events.listing import REMINDER_LATE_LIMIT  # the same hour at queue and at send time
from handlers.kit.core import Hub
from handlers.kit.messages import (
    Blocked,
    DeliveryError,
    Document,
    Messenger,
    RetryLater,
    Screen,
    Transient,
    send_screen,
)
from handlers.kit.pacing import PER_CHAT_INTERVAL
from handlers.kit.when import next_weekly
from storage import (
    campaign_repos,
    event_repos,
    followup_repos,
    inbox_repos,
    outbox_repos,
    partner_repos,
    subscription_repos,
)
from storage.lease import SenderLease
from storage.models import Delivery, DeliveryKind, DeliveryStatus, ReminderOutcome, Rhythm

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RENDER_STRIDE = 10  # messages rendered in one go, between two looks at the network and members' updates
HANDLED_UPDATES_KEPT = timedelta(days=2)
DELIVERIES_KEPT = timedelta(days=30)  # finished outbox rows are deleted after this (a campaign's excepted)
# how often finished deliveries are looked through, to blank and purge them: a scan of the outbox, not for every tick
RETENTION_EVERY = timedelta(minutes=10)
RETENTION_BATCH = 500  # rows changed in one transaction, so that no lock is held long


class DueWork:
    def __init__(
        self,
        hub: Hub,
        messenger: Messenger,
        wake: asyncio.Event,
        *,
        tick_seconds: float = 5.0,
        lease: SenderLease | None = None,
    ) -> None:
        self.hub, self.messenger, self.tick_seconds = hub, messenger, tick_seconds
        self.lease = lease  # None: the only process, always the sender
        self.sending = False  # this process is the sender (from the first tick on)
        self._wake = wake  # the hub sets it when it queues messages (the composition root gives both the same)
        self._sending = asyncio.Lock()  # one sender per process: claims never overlap
        self._scheduler: AsyncIOScheduler | None = None
        self._worker: asyncio.Task[None] | None = None
        self._ticking: asyncio.Task[Any] | None = None
        self._stopping = False
        # after 429s for several chats at once (the limiter tells), nothing is sent before this
        self._paused_until = datetime.min.replace(tzinfo=UTC)
        self._retention_at: datetime | None = None  # when finished deliveries were last looked through

    async def start(self) -> None:
        await self._take_turn()
        self._scheduler = AsyncIOScheduler(timezone="UTC")
        self._scheduler.add_job(self.tick, "interval", seconds=self.tick_seconds, max_instances=1, coalesce=True)
        self._scheduler.start()
        self._worker = asyncio.create_task(self._work())
        self._wake.set()  # whatever was pending before the restart

    async def stop(self) -> None:
        """Finish the delivery in hand, then stop: nothing is left half-sent. Safe to call twice."""
        if self._scheduler is not None:
            # APScheduler's shutdown cancels a running job: let a tick half-way through its transaction finish first
            self._scheduler.pause()
            await asyncio.sleep(0)  # a tick the scheduler started just now gets to begin, and so to be waited for
            if self._ticking is not None and not self._ticking.done():
                await asyncio.wait([self._ticking])
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        self._stopping = True
        if self._worker is not None:
            self._wake.set()
            await self._worker
            self._worker = None
        if self.lease is not None:
            await self.lease.release()
            self.sending = False
        self._stopping = False  # stopped: only an explicit run_once sends now

    @property
    def alive(self) -> bool:
        """The scheduler runs its ticks and the delivery worker has not died (for /healthz)."""
        return (
            self._scheduler is not None
            and self._scheduler.running
            and self._worker is not None
            and not self._worker.done()
        )

    async def _take_turn(self) -> None:
        """Become the sender when the lease is free. A new sender first hands back what the last one left
        `sending` (it stopped or died): those go out again, duplicates at most the ones that were in flight."""
        was_sending = self.sending
        self.sending = self.lease is None or await self.lease.hold()
        if self.sending and not was_sending:
            async with self.hub.sessions.begin() as session:
                not_before = self.hub.clock() + timedelta(seconds=PER_CHAT_INTERVAL)
                interrupted = await outbox_repos.requeue_interrupted(session, not_before)
            if interrupted:
                log.warning("%d deliveries were in flight at the last stop; they go out again", interrupted)

    async def tick(self) -> None:
        self._ticking = asyncio.current_task()
        try:
            await self.hub.send_unsent_replies(self.messenger)  # every process: a dead one's users are anyone's
            await self._take_turn()
            if not self.sending:
                return  # another process sends; this one answers its users
            await self.queue_due_work()
        except Exception:
            log.exception("due-work tick failed; the next tick tries again")
        self._wake.set()  # new reminders, and retries whose time has come

    async def run_once(self) -> None:
        """One tick and one delivery round, awaited (tests drive the clock with this)."""
        await self.queue_due_work()
        await self.deliver_due()

    async def queue_due_work(self) -> None:
        await self.queue_due_reminders()
        await self.queue_due_campaigns()
        await self.queue_due_digests()
        await self.close_due_introductions()
        await self.queue_due_followups()
        await self.forget_old_updates()
        await self.forget_finished_deliveries()

    async def forget_finished_deliveries(self) -> int:
        """What delivered messages carried is blanked, and their rows deleted after DELIVERIES_KEPT. Only the sender
        runs this (the tick), and each batch skips rows another process holds; returns the rows changed."""
        now = self.hub.clock()
        last = self._retention_at
        if last is not None and last <= now < last + RETENTION_EVERY:
            return 0
        self._retention_at = now
        changed = await self._in_batches(lambda session: outbox_repos.blank_finished_payloads(session, RETENTION_BATCH))
        return changed + await self._in_batches(
            lambda session: outbox_repos.purge_deliveries(session, now - DELIVERIES_KEPT, RETENTION_BATCH)
        )

    async def _in_batches(self, job: Callable[[AsyncSession], Awaitable[int]]) -> int:
        """Run `job` in transactions of its own until it finds less than a full batch; returns the rows it changed."""
        changed, done = 0, RETENTION_BATCH
        while done == RETENTION_BATCH and not self._stopping:
            async with self.hub.sessions.begin() as session:
                done = await job(session)
            changed += done
        return changed

    async def forget_old_updates(self) -> int:
        """Handled update ids are needed only while Telegram might deliver them again (a day at most)."""
        async with self.hub.sessions.begin() as session:
            return await inbox_repos.forget_handled(session, self.hub.clock() - HANDLED_UPDATES_KEPT)

    async def close_due_introductions(self) -> int:
        """Introduction requests nobody accepted in 14 days close, and each requester hears it once."""
        async with self.hub.sessions.begin() as session:
            return await partner_repos.queue_closures(session, self.hub.clock())

    async def queue_due_followups(self) -> int:
        """Each side of an introduction accepted INTRO_FOLLOWUP_DAYS ago is asked whether it got in touch: the record
        that it was asked and the questions' outbox rows in one transaction, so a kill neither asks twice nor loses
        one."""
        async with self.hub.sessions.begin() as session:
            return await followup_repos.queue_due(session, self.hub.clock())

    async def queue_due_digests(self) -> int:
        """Each subscriber whose digest time has passed gets one digest of what was kept for them, and their
        next digest time, in one transaction: a restart cannot send a period's digest twice."""
        now, queued = self.hub.clock(), 0
        async with self.hub.sessions.begin() as session:
            for subscription in await subscription_repos.due_digests(session, now):
                following = (
                    next_weekly(now, subscription.digest_day, subscription.digest_hour, ZoneInfo(subscription.zone))
                    if subscription.rhythm == Rhythm.WEEKLY
                    else None
                )
                if await subscription_repos.claim_digest(session, subscription, following):
                    queued += await subscription_repos.queue_digest(session, subscription.telegram_id, now)
        return queued

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
                if not await event_repos.claim_reminder(
                    session, reminder, now, ReminderOutcome.SKIPPED if late else ReminderOutcome.QUEUED
                ):
                    continue
                if not late:
                    queued += 1
                    session.add(
                        Delivery(
                            telegram_id=reminder.telegram_id,
                            kind=DeliveryKind.EVENT_REMINDER,
                            next_attempt_at=now,
                            payload={
                                "event_id": reminder.event_id,
                                "kind": reminder.kind,
                                "due_at": reminder.due_at.isoformat(),
                            },
                        )
                    )
        return queued

    async def _work(self) -> None:
        while not self._stopping:
            await self._wake.wait()
            self._wake.clear()
            if self._stopping:
                return
            try:
                if self.sending:
                    await self.deliver_due()
            except Exception:
                log.exception("delivery round failed; the next tick tries again")
            pause = (self._paused_until - self.hub.clock()).total_seconds()
            if pause > 0:  # after a 429, carry on by ourselves once Telegram's retry_after has passed
                asyncio.get_running_loop().call_later(pause, self._wake.set)

    async def deliver_due(self) -> int:
        """Send what is due: claim a batch, render it, send it concurrently at the limiter's pace, and record
        the outcomes with the next claim. A crash leaves at most two batches `sending` (in flight)."""
        sent = 0
        async with self._sending:
            outcomes: list[dict[str, Any]] = []
            in_flight: set[asyncio.Task[None]] = set()
            batch = max(10, int(self.hub.limiter.per_second / 5))  # a fifth of a second of sending
            room = asyncio.Semaphore(batch)  # sends under way; the next batch is claimed once this one has started
            while not self._stopping and self.hub.clock() >= self._paused_until:
                async with self.hub.sessions.begin() as session:
                    sent += await self._write(session, outcomes)
                    claimed = await outbox_repos.claim_deliveries(session, self.hub.clock(), batch)
                if not claimed:
                    break
                for job in await self._render(claimed, outcomes):
                    await room.acquire()
                    task = asyncio.create_task(self._send(job, outcomes))
                    in_flight.add(task)
                    task.add_done_callback(in_flight.discard)
                    task.add_done_callback(lambda _task: room.release())
            if in_flight:
                await asyncio.wait(in_flight)
            async with self.hub.sessions.begin() as session:
                sent += await self._write(session, outcomes)
                await campaign_repos.finish_done(session)
        return sent

    async def _render(self, claimed: list[int], outcomes: list[dict[str, Any]]) -> list[Job]:
        """Each message in its recipient's language, as it stands now; a notice that no longer applies is skipped.

        A few at a time, each few in a session of its own, with a pause in between: the pause lets answers in (the
        limiter counts a request until its answer is read, and a loop busy rendering a whole batch reads them
        late), and closing the session lets members' updates in (on SQLite the process has one connection)."""
        jobs: list[Job] = []
        for start in range(0, len(claimed), RENDER_STRIDE):
            await asyncio.sleep(0)
            async with self.hub.sessions() as session:
                jobs += await self._render_some(session, claimed[start : start + RENDER_STRIDE], outcomes)
        return jobs

    async def _render_some(
        self, session: AsyncSession, claimed: list[int], outcomes: list[dict[str, Any]]
    ) -> list[Job]:
        jobs = []
        rows = await outbox_repos.deliveries_with_members(session, claimed)
        # the session keeps loaded rows only while something refers to them: hold what the deliveries share
        shared = await campaign_repos.load_referenced(session, [delivery.payload for delivery, _member in rows])
        for delivery, member in rows:
            if member.unreachable_since is not None:  # they blocked the bot; sent to again once they write
                outcomes.append(_outcome(delivery.id, DeliveryStatus.BLOCKED, delivery.attempts))
                continue
            if member.suspended:  # an admin suspended them (or their organisation): nothing reaches them
                outcomes.append(_outcome(delivery.id, DeliveryStatus.SKIPPED, delivery.attempts))
                continue
            context = self.hub.member_context(session, member)
            renderer = self.hub.routes.notices.get(delivery.kind)
            try:
                if renderer is not None:
                    await renderer(context, dict(delivery.payload))
            except Exception:  # a bug must not leave the row `sending` for good
                log.exception("delivery %d could not be rendered", delivery.id)
                outcomes.append(_outcome(delivery.id, DeliveryStatus.FAILED, delivery.attempts, error="internal error"))
                continue
            screens = [item for _kind, item in context.screens]
            if screens:
                jobs.append(Job(delivery.id, member.telegram_id, delivery.attempts, screens))
            else:
                outcomes.append(_outcome(delivery.id, DeliveryStatus.SKIPPED, delivery.attempts))
        del shared
        return jobs

    async def _send(self, job: Job, outcomes: list[dict[str, Any]]) -> None:
        message_id = None
        try:
            for item in job.screens:
                async with self.hub.limiter.sending(job.telegram_id):
                    if self._stopping or self.hub.clock() < self._paused_until:
                        # hand it back: it was not sent, so it does not count as in flight
                        outcomes.append(
                            _outcome(job.delivery_id, DeliveryStatus.PENDING, job.attempts - 1, at=self.hub.clock())
                        )
                        return
                    if isinstance(item, Document):
                        await self.messenger.send_document(job.telegram_id, item)
                    else:
                        message_id = await send_screen(self.messenger, job.telegram_id, item)
            outcomes.append(_outcome(job.delivery_id, DeliveryStatus.SENT, job.attempts, message_id=message_id))
        except DeliveryError as error:
            outcomes.append(self._failure(job, error))
        except Exception:
            log.exception("delivery %d failed unexpectedly", job.delivery_id)
            outcomes.append(_outcome(job.delivery_id, DeliveryStatus.FAILED, job.attempts, error="internal error"))

    def _failure(self, job: Job, error: DeliveryError) -> dict[str, Any]:
        now, reason = self.hub.clock(), f"{type(error).__name__}: {error}"[:200]
        if isinstance(error, Blocked):
            return _outcome(
                job.delivery_id, DeliveryStatus.BLOCKED, job.attempts, error=reason, blocked=job.telegram_id
            )
        if isinstance(error, RetryLater):
            retry = now + timedelta(seconds=error.seconds)
            if self.hub.limiter.retry_after(job.telegram_id, error.seconds):
                self._paused_until = max(self._paused_until, retry)  # the whole bot is over the limit: all wait
            else:  # only this chat waits; the others go on, and the worker looks again when its hold ends
                asyncio.get_running_loop().call_later(error.seconds, self._wake.set)
            # Telegram asked us to wait; that was not a failed try
            return _outcome(job.delivery_id, DeliveryStatus.PENDING, job.attempts - 1, error=reason, at=retry)
        if isinstance(error, Transient) and job.attempts < MAX_ATTEMPTS:
            retry = now + timedelta(seconds=2**job.attempts)
            return _outcome(job.delivery_id, DeliveryStatus.PENDING, job.attempts, error=reason, at=retry)
        log.warning("delivery %d failed: %s", job.delivery_id, reason)
        return _outcome(job.delivery_id, DeliveryStatus.FAILED, job.attempts, error=reason)

    async def _write(self, session: AsyncSession, outcomes: list[dict[str, Any]]) -> int:
        """Record the outcomes gathered so far in one statement; returns how many were sent."""
        if not outcomes:
            return 0
        done = outcomes.copy()
        outcomes.clear()
        blocked = {row.pop("blocked") for row in done if "blocked" in row}
        now = self.hub.clock()
        for row in done:
            row["next_attempt_at"] = row["next_attempt_at"] or now
        await session.execute(update(Delivery), done)
        if blocked:
            await outbox_repos.mark_unreachable(session, blocked, now)
        return sum(row["status"] == DeliveryStatus.SENT for row in done)


@dataclass
class Job:
    delivery_id: int
    telegram_id: int
    attempts: int
    screens: list[Screen | Document]


def _outcome(
    delivery_id: int,
    status: DeliveryStatus,
    attempts: int,
    *,
    message_id: int | None = None,
    error: str | None = None,
    at: datetime | None = None,
    blocked: int | None = None,
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": delivery_id,
        "status": status,
        "attempts": attempts,
        "message_id": message_id,
        "last_error": error,
        "next_attempt_at": at,
    }
    if blocked is not None:
        row["blocked"] = blocked
    return row
