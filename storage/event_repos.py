"""Queries for events, RSVPs and reminders."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, bindparam, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from storage.models import (
    Event,
    EventStatus,
    EventTopic,
    Member,
    Reminder,
    ReminderKind,
    ReminderOutcome,
    Rsvp,
    RsvpStatus,
    suspended_members,
)

# the answers an organiser's news (a change, a cancellation) reaches
INTERESTED = (RsvpStatus.GOING, RsvpStatus.MAYBE, RsvpStatus.WAITLIST, RsvpStatus.PENDING)


async def get_event(session: AsyncSession, event_id: int) -> Event | None:
    return await session.get(Event, event_id, options=_EVENT_AT_ONCE)


async def add_event(session: AsyncSession, event: Event) -> None:
    """Keep a new event and give it its id. What is pending goes first: the event refers to its organiser's
    member row, which an admin's first action may just have added."""
    await session.flush()
    session.add(event)
    await session.flush()


async def save_event(session: AsyncSession) -> None:
    """Write an edited event now: the reminders and seat counts that follow are read with Core statements."""
    await session.flush()


async def event_by_code(session: AsyncSession, code: str) -> Event | None:
    """The event a link names (links carry the event's random code, never its row id)."""
    found = await session.scalars(select(Event).where(Event.code == code).options(*_EVENT_AT_ONCE))
    return found.unique().one_or_none()


# an event with its texts and topics in one statement, not the mapping's three (a card is shown at every press)
_EVENT_AT_ONCE = (joinedload(Event.texts), joinedload(Event.topics))


async def lock_event(session: AsyncSession, event_id: int) -> Event | None:
    """Take the event's row lock for the rest of the transaction, so seats are counted one RSVP at a time."""
    if not await _take_lock(session, event_id):
        return None
    return await session.get(Event, event_id, populate_existing=True, options=_EVENT_AT_ONCE)


async def _take_lock(session: AsyncSession, event_id: int) -> bool:
    """An UPDATE locks the row on PostgreSQL and takes SQLite's single write lock, so this serialises on both.
    False if there is no such event."""
    result = await session.execute(update(Event).where(Event.id == event_id).values(version=Event.version + 1))
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def event_and_answer(
    session: AsyncSession, event_id: int, telegram_id: int, *, lock: bool = False
) -> tuple[Event, Rsvp | None] | None:
    """An event (texts and topics too) and the member's answer to it, in one statement. With `lock`, the event's
    row lock is taken first (as `lock_event` does) and both are read afresh after it."""
    if lock and not await _take_lock(session, event_id):
        return None
    statement = (
        select(Event, Rsvp)
        .outerjoin(Rsvp, and_(Rsvp.event_id == Event.id, Rsvp.telegram_id == telegram_id))
        .where(Event.id == event_id)
        .options(*_EVENT_AT_ONCE)
        .execution_options(populate_existing=lock)
    )
    found = (await session.execute(statement)).unique().one_or_none()
    return (found[0], found[1]) if found is not None else None


async def upcoming_events(
    session: AsyncSession,
    now: datetime,
    *,
    country: str | None = None,
    topic: str | None = None,
    organiser_id: int | None = None,
    closed_rooms_for: int | None = None,
    offset: int = 0,
    limit: int = 5,
) -> tuple[list[Event], int]:
    """Published events that have not started, soonest first, and how many there are in all.

    `organiser_id`: only that organiser's. `closed_rooms_for`: a member who may not see the events that need
    approval (a member acting for no vetted organisation); they are left out, except the ones this member runs.
    """
    count, page = _upcoming_statements(
        bool(country), bool(topic), organiser_id is not None, closed_rooms_for is not None
    )
    values = {
        "now": now,
        "country": country,
        "topic": topic,
        "organiser": organiser_id,
        "viewer": closed_rooms_for,
        "offset": offset,
        "limit": limit,
    }
    total = await session.scalar(count, values) or 0
    rows = await session.scalars(page, values)
    return list(rows), total


@functools.cache
def _upcoming_statements(
    by_country: bool, by_topic: bool, by_organiser: bool, open_rooms_only: bool
) -> tuple[Select[int], Select[Event]]:
    """upcoming_events' count and page queries, built once for each kind of filter (/events runs at every
    page turn, and building a query costs more than running it)."""
    query = select(Event).where(
        Event.status == EventStatus.PUBLISHED,
        Event.starts_at > bindparam("now"),
        # a suspended organiser's events are not offered (their organisation's suspension included)
        or_(Event.organiser_id.is_(None), Event.organiser_id.not_in(suspended_members())),
    )
    if by_country:
        query = query.where(Event.country == bindparam("country"))
    if by_topic:
        query = query.where(Event.id.in_(select(EventTopic.event_id).where(EventTopic.topic == bindparam("topic"))))
    if by_organiser:
        query = query.where(Event.organiser_id == bindparam("organiser"))
    if open_rooms_only:
        query = query.where(or_(Event.needs_approval.is_(False), Event.organiser_id == bindparam("viewer")))
    count = select(func.count()).select_from(query.subquery())
    page = query.order_by(Event.starts_at, Event.id).offset(bindparam("offset")).limit(bindparam("limit"))
    return count, page


async def organiser_events(
    session: AsyncSession, organiser_id: int | None, since: datetime, *, offset: int = 0, limit: int = 10
) -> tuple[list[Event], int]:
    """A page of the events an organiser runs that have not ended (all organisers' when `organiser_id` is None),
    soonest first, and how many there are in all."""
    where = [Event.ends_at > since]
    if organiser_id is not None:
        where.append(Event.organiser_id == organiser_id)
    total = await session.scalar(select(func.count()).select_from(Event).where(*where)) or 0
    page = select(Event).where(*where).order_by(Event.starts_at, Event.id).offset(offset).limit(limit)
    return list(await session.scalars(page)), total


HOLDING = (RsvpStatus.GOING, RsvpStatus.WAITLIST, RsvpStatus.PENDING)  # answers that keep or ask for a seat


async def answered_events(session: AsyncSession, telegram_id: int, since: datetime, limit: int = 20) -> list[Rsvp]:
    """A member's seats and requests for a seat at events that have not ended, the soonest first."""
    query = (
        select(Rsvp)
        .join(Event, Event.id == Rsvp.event_id)
        .where(
            Rsvp.telegram_id == telegram_id,
            Rsvp.status.in_(HOLDING),
            Event.ends_at > since,
            Event.status == EventStatus.PUBLISHED,
        )
        .order_by(Event.starts_at, Event.id)
        .limit(limit)
    )
    return list(await session.scalars(query))


async def save_answers(session: AsyncSession, *new: Rsvp) -> None:
    """Write the answers changed (and the `new` ones) now: the counts read next are Core statements, which do not
    flush the session themselves. A new answer is added once its status is known, so no blank one is INSERTed by
    an autoflush and then UPDATEd."""
    session.add_all(new)
    await session.flush()


async def get_rsvp(session: AsyncSession, event_id: int, telegram_id: int) -> Rsvp | None:
    return await session.scalar(select(Rsvp).where(Rsvp.event_id == event_id, Rsvp.telegram_id == telegram_id))


async def rsvp_counts(session: AsyncSession, event_id: int) -> dict[str, int]:
    rows = await session.execute(
        select(Rsvp.status, func.count()).where(Rsvp.event_id == event_id).group_by(Rsvp.status)
    )
    return {status: count for status, count in rows.all()}


@dataclass(frozen=True)
class CardFacts:
    """What an event's card shows beyond the event: everyone's answers by status, how many wait ahead of the
    reader on the waitlist, and the organisation answering for the event (its organiser's)."""

    counts: dict[str, int]
    ahead: int = 0
    organiser_organisation_id: int | None = None


async def card_facts(session: AsyncSession, event: Event, rsvp: Rsvp | None) -> CardFacts:
    """The card's facts in one statement (a card is shown at every press)."""
    queued = rsvp.queued_at if rsvp is not None and rsvp.status == RsvpStatus.WAITLIST else None
    mine = {"event": event.id, "organiser": event.organiser_id, "queued": queued, "rsvp": rsvp.id if rsvp else None}
    organisation, ahead, *counts = (await session.execute(_CARD_FACTS, mine)).one()
    by_status: dict[str, int] = {status: count for status, count in zip(RsvpStatus, counts, strict=True) if count}
    return CardFacts(by_status, ahead if queued is not None else 0, organisation)


def _card_facts_statement() -> Select[Any]:
    queued = bindparam("queued", type_=Rsvp.queued_at.type)
    rsvp_id = bindparam("rsvp", type_=Rsvp.id.type)
    ahead = and_(
        Rsvp.status == RsvpStatus.WAITLIST,
        or_(Rsvp.queued_at < queued, and_(Rsvp.queued_at == queued, Rsvp.id < rsvp_id)),
    )
    organisation = select(Member.organisation_id).where(Member.telegram_id == bindparam("organiser"))
    return select(
        organisation.scalar_subquery(),
        func.count().filter(ahead),
        *(func.count().filter(Rsvp.status == status) for status in RsvpStatus),
    ).where(Rsvp.event_id == bindparam("event"))


_CARD_FACTS = _card_facts_statement()


async def going_counts(session: AsyncSession, event_ids: Sequence[int]) -> dict[int, int]:
    """How many are going to each event (events nobody goes to are left out), in one query for a whole page."""
    rows = await session.execute(_GOING_COUNTS, {"events": list(event_ids)})
    return {event_id: count for event_id, count in rows.all()}


_GOING_COUNTS = (
    select(Rsvp.event_id, func.count())
    .where(Rsvp.event_id.in_(bindparam("events", expanding=True)), Rsvp.status == RsvpStatus.GOING)
    .group_by(Rsvp.event_id)
)


async def rsvps(session: AsyncSession, event_id: int, statuses: Sequence[str]) -> list[Rsvp]:
    """RSVPs in the given statuses, in the order they joined (the waitlist order for `waitlist`)."""
    query = select(Rsvp).where(Rsvp.event_id == event_id, Rsvp.status.in_(statuses))
    return list(await session.scalars(query.order_by(Rsvp.queued_at, Rsvp.id)))


async def attendees_with_members(session: AsyncSession, event_id: int) -> list[tuple[Rsvp, Member]]:
    query = (
        select(Rsvp, Member)
        .join(Member, Member.telegram_id == Rsvp.telegram_id)
        .where(Rsvp.event_id == event_id, Rsvp.status.in_(INTERESTED))
        .order_by(Rsvp.status, Rsvp.queued_at, Rsvp.id)
    )
    return [(rsvp, member) for rsvp, member in (await session.execute(query)).all()]


async def waitlist_position(session: AsyncSession, rsvp: Rsvp) -> int:
    queue = await rsvps(session, rsvp.event_id, [RsvpStatus.WAITLIST])
    return next((index + 1 for index, queued in enumerate(queue) if queued.id == rsvp.id), 0)


async def member_rsvps(session: AsyncSession, telegram_id: int) -> list[Rsvp]:
    return list(await session.scalars(select(Rsvp).where(Rsvp.telegram_id == telegram_id)))


async def schedule_reminders(
    session: AsyncSession, event_id: int, telegram_id: int, due: dict[ReminderKind, datetime]
) -> None:
    """Replace a member's reminders for an event by the given ones (kind → due time), sent ones included:
    after a change of time the new reminders are due again."""
    await session.execute(delete(Reminder).where(Reminder.event_id == event_id, Reminder.telegram_id == telegram_id))
    session.add_all(
        Reminder(event_id=event_id, telegram_id=telegram_id, kind=kind, due_at=at) for kind, at in due.items()
    )


async def clear_reminders(session: AsyncSession, event_id: int, telegram_id: int | None = None) -> None:
    query = delete(Reminder).where(Reminder.event_id == event_id, Reminder.done_at.is_(None))
    if telegram_id is not None:
        query = query.where(Reminder.telegram_id == telegram_id)
    await session.execute(query)


async def due_reminders(session: AsyncSession, now: datetime, limit: int = 200) -> list[Reminder]:
    query = select(Reminder).where(Reminder.done_at.is_(None), Reminder.due_at <= now)
    return list(
        await session.scalars(
            query.order_by(Reminder.due_at, Reminder.id).limit(limit).with_for_update(skip_locked=True)
        )
    )


async def claim_reminder(session: AsyncSession, reminder: Reminder, now: datetime, outcome: ReminderOutcome) -> bool:
    """Mark a reminder done unless someone else did first; only the claimer queues its delivery."""
    result = await session.execute(
        update(Reminder)
        .where(Reminder.id == reminder.id, Reminder.done_at.is_(None))
        .values(done_at=now, outcome=outcome)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
