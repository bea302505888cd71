"""Seats, the waitlist, approvals and reminders: every RSVP change goes through here.

Callers lock the event first (`event_repos.lock_event`), so two members pressing Going for the last seat at the
same moment are counted one after the other: one gets the seat, the other the waitlist.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.kit.core import Context
from storage import event_repos
from storage.models import DeliveryKind, Event, EventStatus, ReminderKind, Rsvp, RsvpStatus

# reminder kind → how long before the start it goes out
REMINDERS = {ReminderKind.DAY: timedelta(hours=24), ReminderKind.HOUR: timedelta(hours=1)}
CHOICES = (RsvpStatus.GOING, RsvpStatus.MAYBE, RsvpStatus.NOT_GOING)


def has_started(event: Event, now: datetime) -> bool:
    return event.starts_at <= now


async def seats_left(ctx: Context, event: Event) -> int | None:
    """Free seats, or None when the event has no limit."""
    if event.capacity is None:
        return None
    counts = await event_repos.rsvp_counts(ctx.session, event.id)
    return free_seats(event, counts.get(RsvpStatus.GOING, 0))


def free_seats(event: Event, going: int) -> int | None:
    return None if event.capacity is None else max(event.capacity - going, 0)


async def respond(ctx: Context, event: Event, choice: RsvpStatus, rsvp: Rsvp | None) -> tuple[Rsvp, bool]:
    """Record a member's answer (`rsvp`: theirs so far, read after the lock), and say whether it changed. Going
    takes a seat if there is one, else a waitlist place, or waits for approval."""
    first = rsvp is None
    if rsvp is None:
        rsvp = Rsvp(event_id=event.id, telegram_id=ctx.user_id, status="", approved=False)
    previous = rsvp.status
    if choice == RsvpStatus.GOING and previous in (RsvpStatus.GOING, RsvpStatus.WAITLIST, RsvpStatus.PENDING):
        return rsvp, False  # already holding or waiting for a seat: pressing again changes nothing
    if choice == RsvpStatus.GOING and event.needs_approval and not rsvp.approved:
        rsvp.status = RsvpStatus.PENDING
    elif choice == RsvpStatus.GOING:
        await _seat_or_queue(ctx, event, rsvp)
    else:
        rsvp.status = choice
        rsvp.queued_at = None
    await event_repos.save_answers(ctx.session, *([rsvp] if first else []))
    if previous == RsvpStatus.GOING and rsvp.status != RsvpStatus.GOING:
        await event_repos.clear_reminders(ctx.session, event.id, ctx.user_id)
        await fill_seats(ctx, event)
    return rsvp, rsvp.status != previous


async def _seat_or_queue(ctx: Context, event: Event, rsvp: Rsvp) -> None:
    left = await seats_left(ctx, event)
    if left is None or left > 0:
        rsvp.status, rsvp.queued_at = RsvpStatus.GOING, None
        await schedule_reminders(ctx, event, rsvp.telegram_id)
    else:
        rsvp.status, rsvp.queued_at = RsvpStatus.WAITLIST, ctx.now


async def decide(ctx: Context, event: Event, rsvp: Rsvp, approve: bool) -> None:
    """An organiser's decision on a pending registration; the member is told either way."""
    if not approve:
        rsvp.status = RsvpStatus.DECLINED
        ctx.notify(rsvp.telegram_id, DeliveryKind.EVENT_DECLINED, event_id=event.id)
        return
    rsvp.approved = True
    await _seat_or_queue(ctx, event, rsvp)
    await event_repos.save_answers(ctx.session)
    ctx.notify(rsvp.telegram_id, DeliveryKind.EVENT_APPROVED, event_id=event.id)


async def fill_seats(ctx: Context, event: Event) -> None:
    """Promote the first on the waitlist into every free seat, and tell them."""
    if has_started(event, ctx.now) or event.status != EventStatus.PUBLISHED:
        return
    left = await seats_left(ctx, event)
    queue = await event_repos.rsvps(ctx.session, event.id, [RsvpStatus.WAITLIST])
    for rsvp in queue if left is None else queue[:left]:
        rsvp.status, rsvp.queued_at = RsvpStatus.GOING, None
        await schedule_reminders(ctx, event, rsvp.telegram_id)
        ctx.notify(rsvp.telegram_id, DeliveryKind.EVENT_PROMOTED, event_id=event.id)
    await event_repos.save_answers(ctx.session)


async def schedule_reminders(ctx: Context, event: Event, telegram_id: int) -> None:
    due = {kind: event.starts_at - before for kind, before in REMINDERS.items() if event.starts_at - before > ctx.now}
    await event_repos.schedule_reminders(ctx.session, event.id, telegram_id, due)


async def reschedule_all(ctx: Context, event: Event) -> None:
    """After a change of time, every confirmed attendee's reminders follow the new start."""
    for rsvp in await event_repos.rsvps(ctx.session, event.id, [RsvpStatus.GOING]):
        await schedule_reminders(ctx, event, rsvp.telegram_id)


async def withdraw_everywhere(ctx: Context) -> None:
    """Before /forget: give up the member's seats so the waitlist moves on."""
    for rsvp in await event_repos.member_rsvps(ctx.session, ctx.user_id):
        if rsvp.status == RsvpStatus.GOING:
            event = await event_repos.lock_event(ctx.session, rsvp.event_id)
            rsvp.status = RsvpStatus.NOT_GOING
            await event_repos.save_answers(ctx.session)
            if event is not None:
                await fill_seats(ctx, event)


def venue_revealed(event: Event, rsvp: Rsvp | None, now: datetime) -> bool:
    """Venue and link go to confirmed attendees only, and only from the reveal time."""
    if rsvp is None or rsvp.status != RsvpStatus.GOING:
        return False
    return event.reveal_hours is None or now >= event.starts_at - timedelta(hours=event.reveal_hours)
