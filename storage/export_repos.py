"""Rows for `resilience-hub admin export`: plain values, one dict per row, in a stable order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry, Event, Member, Organisation, Rsvp, RsvpStatus


def _iso(value: Any) -> str:
    return value.isoformat() if value is not None else ""


async def members(session: AsyncSession) -> list[dict[str, Any]]:
    rows = await session.scalars(select(Member).where(Member.registered_at.is_not(None)).order_by(Member.telegram_id))
    return [
        {
            "telegram_id": m.telegram_id,
            "display_name": m.display_name or "",
            "organisation": m.organisation.name if m.organisation else "",
            "membership": m.membership or "",
            "role": m.role,
            "language": m.locale or "",
            "registered_at": _iso(m.registered_at),
            "suspended": m.suspended_at is not None,
        }
        for m in rows
    ]


async def organisations(session: AsyncSession) -> list[dict[str, Any]]:
    rows = await session.scalars(select(Organisation).order_by(Organisation.id))
    return [
        {
            "id": o.id,
            "name": o.name,
            "country": o.country,
            "sector": o.sector,
            "vetting": o.vetting,
            "discoverable": o.discoverable,
            "topics": ";".join(t.topic for t in o.topics),
            "activities": ";".join(a.activity for a in o.activities),
            "created_at": _iso(o.created_at),
            "suspended": o.suspended_at is not None,
        }
        for o in rows
    ]


async def events(session: AsyncSession) -> list[dict[str, Any]]:
    counted = await session.execute(
        select(Rsvp.event_id, func.count()).where(Rsvp.status == RsvpStatus.GOING).group_by(Rsvp.event_id)
    )
    going = {event_id: count for event_id, count in counted}
    rows = await session.scalars(select(Event).order_by(Event.id))
    return [
        {
            "id": e.id,
            "title": _title(e),
            "scope": e.scope,
            "format": e.format,
            "country": e.country,
            "starts_at": _iso(e.starts_at),
            "status": e.status,
            "capacity": e.capacity or "",
            "going": going.get(e.id, 0),
        }
        for e in rows
    ]


def _title(event: Event) -> str:
    titles = {text.locale: text.title for text in event.texts}
    return titles.get("en") or next(iter(titles.values()), "")


async def audit(session: AsyncSession) -> list[dict[str, Any]]:
    rows = await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
    return [
        {
            "id": a.id,
            "at": _iso(a.at),
            "actor_id": a.actor_id if a.actor_id is not None else "",
            "action": a.action,
            "subject": a.subject,
            "detail": a.detail,
        }
        for a in rows
    ]


EXPORTS = {"members": members, "orgs": organisations, "events": events, "audit": audit}
