"""What the admins work on: the vetting queue and the people in an organisation."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry, Event, Member, Organisation, Report


async def count_pending(session: AsyncSession) -> int:
    return await session.scalar(select(func.count()).select_from(Organisation)
                                .where(Organisation.vetting == "pending")) or 0


async def pending_organisations(session: AsyncSession, limit: int) -> list[Organisation]:
    """The oldest organisations waiting for vetting first."""
    rows = await session.scalars(select(Organisation).where(Organisation.vetting == "pending")
                                 .order_by(Organisation.created_at, Organisation.id).limit(limit))
    return list(rows)


async def all_members(session: AsyncSession, org_id: int) -> list[int]:
    """Everyone registered in an organisation, joiners too: all of them are told how its vetting went."""
    rows = await session.scalars(select(Member.telegram_id).where(
        Member.organisation_id == org_id, Member.registered_at.is_not(None)).order_by(Member.telegram_id))
    return list(rows)


async def reported_organisations(session: AsyncSession, limit: int) -> list[tuple[Organisation, int]]:
    """Organisations with open reports, the most reported first."""
    count = func.count(Report.id)
    rows = await session.execute(select(Organisation, count).join(Report, Report.organisation_id == Organisation.id)
                                 .where(Report.status == "open").group_by(Organisation.id)
                                 .order_by(count.desc(), Organisation.id).limit(limit))
    return [(org, number) for org, number in rows]


async def count_open_reports(session: AsyncSession) -> int:
    return await session.scalar(select(func.count(func.distinct(Report.organisation_id)))
                                .where(Report.status == "open")) or 0


async def open_report_reasons(session: AsyncSession, org_id: int) -> dict[str, int]:
    rows = await session.execute(select(Report.reason, func.count()).where(
        Report.organisation_id == org_id, Report.status == "open").group_by(Report.reason).order_by(Report.reason))
    return {reason: number for reason, number in rows}


async def reported_events(session: AsyncSession, org_id: int) -> list[tuple[Event, int]]:
    """The organisation's events named in its open reports, with how many reports name each."""
    count = func.count(Report.id)
    rows = await session.execute(select(Event, count).join(Report, Report.event_id == Event.id).where(
        Report.organisation_id == org_id, Report.status == "open").group_by(Event.id).order_by(Event.id))
    return [(event, number) for event, number in rows]


async def close_reports(session: AsyncSession, org_id: int, status: str) -> int:
    """Mark an organisation's open reports handled; the reporters are not told the outcome."""
    done = await session.execute(update(Report).where(Report.organisation_id == org_id, Report.status == "open")
                                 .values(status=status))
    return int(done.rowcount)  # type: ignore[attr-defined]


async def audit_page(session: AsyncSession, offset: int, limit: int) -> tuple[list[AuditEntry], int]:
    """A page of the audit log, newest first, and how many entries there are."""
    total = await session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    rows = await session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit))
    return list(rows), total
