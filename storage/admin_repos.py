"""What the admins work on: the vetting queue and the people in an organisation."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Member, Organisation


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
