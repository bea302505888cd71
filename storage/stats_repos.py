"""Counts for /stats and `resilience-hub admin stats`: numbers only, never a person."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import followup_repos
from storage.models import (
    Delivery,
    Event,
    EventStatus,
    Introduction,
    IntroductionStatus,
    Member,
    Organisation,
    OrganisationTopic,
    Rsvp,
    RsvpStatus,
)


async def _grouped(session: AsyncSession, column: Any, *where: Any, of_members: bool = False) -> dict[str, int]:
    """Counts per value of `column`; of members (by their organisation's value) when `of_members`."""
    query = select(column, func.count()).group_by(column)
    if of_members:
        query = query.select_from(Member).join(Organisation, Member.organisation_id == Organisation.id)
    rows = await session.execute(query.where(*where))
    return {str(key): number for key, number in rows}


async def network_counts(session: AsyncSession, now: datetime, months: int = 6) -> dict[str, Any]:
    registered = Member.registered_at.is_not(None)
    joined = [at for at in await session.scalars(select(Member.registered_at).where(registered)) if at is not None]
    growth = Counter(f"{at:%Y-%m}" for at in joined)
    recent = sorted(
        {
            f"{now.year + (now.month - 1 - back) // 12:04d}-{(now.month - 1 - back) % 12 + 1:02d}"
            for back in range(months)
        }
    )
    return {
        "members": len(joined),
        "members_by_country": await _grouped(session, Organisation.country, registered, of_members=True),
        "organisations_by_vetting": await _grouped(session, Organisation.vetting),
        "organisations_by_country": await _grouped(session, Organisation.country),
        "organisations_by_sector": await _grouped(session, Organisation.sector),
        "organisations_by_topic": await _grouped(session, OrganisationTopic.topic),
        "new_members_by_month": {month: growth.get(month, 0) for month in recent},
        "events_published": await session.scalar(
            select(func.count()).select_from(Event).where(Event.status == EventStatus.PUBLISHED)
        )
        or 0,
        "events_upcoming": await session.scalar(
            select(func.count()).select_from(Event).where(Event.status == EventStatus.PUBLISHED, Event.starts_at > now)
        )
        or 0,
        "attendance_confirmed": await session.scalar(
            select(func.count()).select_from(Rsvp).where(Rsvp.status == RsvpStatus.GOING)
        )
        or 0,
        "deliveries_by_status": await _grouped(session, Delivery.status),
        "introductions_requested": await session.scalar(select(func.count()).select_from(Introduction)) or 0,
        "introductions_accepted": await session.scalar(
            select(func.count()).select_from(Introduction).where(Introduction.status == IntroductionStatus.ACCEPTED)
        )
        or 0,
        **await followup_repos.outcome_counts(session),
    }


async def deliveries_by_status(session: AsyncSession) -> dict[str, int]:
    """Outbox rows per status, for the metrics."""
    return await _grouped(session, Delivery.status)
