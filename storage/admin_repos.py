"""What the admins work on: the vetting queue and the people in an organisation."""

from __future__ import annotations

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    ACTING_MEMBERSHIPS,
    AuditEntry,
    Delivery,
    DeliveryKind,
    Event,
    Member,
    Membership,
    Organisation,
    Report,
    ReportStatus,
    Role,
    Vetting,
)


async def count_pending(session: AsyncSession) -> int:
    return (
        await session.scalar(
            select(func.count()).select_from(Organisation).where(Organisation.vetting == Vetting.PENDING)
        )
        or 0
    )


async def pending_organisations(session: AsyncSession, limit: int) -> list[Organisation]:
    """The oldest organisations waiting for vetting first."""
    rows = await session.scalars(
        select(Organisation)
        .where(Organisation.vetting == Vetting.PENDING)
        .order_by(Organisation.created_at, Organisation.id)
        .limit(limit)
    )
    return list(rows)


async def acting_members(session: AsyncSession, org_id: int) -> list[int]:
    """The registered members who act for an organisation: they are told how its vetting went, and of warnings.
    A joiner not yet approved is not one of them."""
    rows = await session.scalars(
        select(Member.telegram_id)
        .where(
            Member.organisation_id == org_id,
            Member.registered_at.is_not(None),
            Member.membership.in_(ACTING_MEMBERSHIPS),
        )
        .order_by(Member.telegram_id)
    )
    return list(rows)


async def joiners(session: AsyncSession, org_id: int | None) -> list[Member]:
    """Who asked to join an organisation and waits for an answer, the oldest request first."""
    rows = await session.scalars(
        select(Member)
        .where(
            Member.organisation_id == org_id,
            Member.registered_at.is_not(None),
            Member.membership == Membership.REQUESTED,
        )
        .order_by(Member.registered_at, Member.telegram_id)
    )
    return list(rows)


async def admin_members(session: AsyncSession, admin_ids: frozenset[int]) -> list[int]:
    """The admins the bot can write to: registered members with the admin role or in ADMIN_IDS, not suspended."""
    rows = await session.scalars(
        select(Member.telegram_id)
        .where(
            Member.registered_at.is_not(None),
            Member.suspended_at.is_(None),
            Member.unreachable_since.is_(None),
            or_(Member.role == Role.ADMIN, Member.telegram_id.in_(admin_ids)),
        )
        .order_by(Member.telegram_id)
    )
    return list(rows)


async def reported_organisations(session: AsyncSession, limit: int) -> list[tuple[Organisation, int]]:
    """Organisations with open reports, the most reported first."""
    count = func.count(Report.id)
    rows = await session.execute(
        select(Organisation, count)
        .join(Report, Report.organisation_id == Organisation.id)
        .where(Report.status == ReportStatus.OPEN)
        .group_by(Organisation.id)
        .order_by(count.desc(), Organisation.id)
        .limit(limit)
    )
    return [(org, number) for org, number in rows]


async def count_open_reports(session: AsyncSession) -> int:
    return (
        await session.scalar(
            select(func.count(func.distinct(Report.organisation_id))).where(Report.status == ReportStatus.OPEN)
        )
        or 0
    )


async def open_report_reasons(session: AsyncSession, org_id: int) -> dict[str, int]:
    rows = await session.execute(
        select(Report.reason, func.count())
        .where(Report.organisation_id == org_id, Report.status == ReportStatus.OPEN)
        .group_by(Report.reason)
        .order_by(Report.reason)
    )
    return {reason: number for reason, number in rows}


async def reported_events(session: AsyncSession, org_id: int) -> list[tuple[Event, int]]:
    """The organisation's events named in its open reports, with how many reports name each."""
    count = func.count(Report.id)
    rows = await session.execute(
        select(Event, count)
        .join(Report, Report.event_id == Event.id)
        .where(Report.organisation_id == org_id, Report.status == ReportStatus.OPEN)
        .group_by(Event.id)
        .order_by(Event.id)
    )
    return [(event, number) for event, number in rows]


async def close_reports(session: AsyncSession, org_id: int, status: ReportStatus) -> int:
    """Mark an organisation's open reports handled; the reporters are not told the outcome."""
    done = await session.execute(
        update(Report).where(Report.organisation_id == org_id, Report.status == ReportStatus.OPEN).values(status=status)
    )
    return int(done.rowcount)  # type: ignore[attr-defined]


async def audit_page(session: AsyncSession, offset: int, limit: int) -> tuple[list[AuditEntry], int]:
    """A page of the audit log, newest first, and how many entries there are."""
    total = await session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    rows = await session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit))
    return list(rows), total


async def members_of(session: AsyncSession, org_id: int) -> list[Member]:
    """Everyone registered in an organisation, joiners too."""
    rows = await session.scalars(
        select(Member).where(Member.organisation_id == org_id, Member.registered_at.is_not(None))
    )
    return list(rows)


async def active_admins(session: AsyncSession) -> list[int]:
    """Members with the admin role who can act: registered and suspended neither themselves nor through their
    organisation."""
    rows = await session.scalars(
        select(Member.telegram_id)
        .outerjoin(Organisation, Organisation.id == Member.organisation_id)
        .where(
            Member.role == Role.ADMIN,
            Member.registered_at.is_not(None),
            Member.suspended_at.is_(None),
            Organisation.suspended_at.is_(None),
        )
        .order_by(Member.telegram_id)
    )
    return list(rows)


async def forget_join_requests(session: AsyncSession, telegram_id: int) -> None:
    """/forget: the notices that told an organisation's members this person asked to join, sent or not."""
    await session.execute(
        delete(Delivery).where(
            Delivery.kind == DeliveryKind.JOIN_REQUEST, Delivery.payload["member_id"].as_integer() == telegram_id
        )
    )


async def is_suspended(session: AsyncSession, telegram_id: int | None) -> bool:
    """Whether a member is suspended, themselves or through their organisation (what they sent waits unsent)."""
    if telegram_id is None:
        return False
    member = await session.get(Member, telegram_id)
    return member is not None and member.suspended
