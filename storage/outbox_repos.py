"""The outbox: deliveries claimed, sent, given up on, and cleared away once finished."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text, cast, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Delivery, DeliveryStatus, DigestItem, Member


async def requeue_interrupted(session: AsyncSession, not_before: datetime) -> int:
    """Deliveries left `sending` by a crash go out again; they may be duplicates (at most those in flight). Not
    before `not_before`: the one that died may have just written to the same chat (one message a second)."""
    result = await session.execute(
        update(Delivery)
        .where(Delivery.status == DeliveryStatus.SENDING)
        .values(status=DeliveryStatus.PENDING, next_attempt_at=not_before)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def claim_deliveries(session: AsyncSession, now: datetime, limit: int = 50) -> list[int]:
    """Move due rows to `sending` in one statement; a row another sender claimed first is left to it."""
    # PostgreSQL: rows another process is claiming right now are skipped, not waited for (SQLite ignores this)
    due = (
        select(Delivery.id)
        .where(Delivery.status == DeliveryStatus.PENDING, Delivery.next_attempt_at <= now)
        .order_by(Delivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(await session.scalars(due))
    if not ids:
        return []
    claimed = await session.scalars(
        update(Delivery)
        .where(Delivery.id.in_(ids), Delivery.status == DeliveryStatus.PENDING)
        .values(status=DeliveryStatus.SENDING, attempts=Delivery.attempts + 1)
        .returning(Delivery.id)
    )
    return sorted(claimed)


async def deliveries_with_members(session: AsyncSession, delivery_ids: list[int]) -> list[tuple[Delivery, Member]]:
    query = (
        select(Delivery, Member)
        .join(Member, Member.telegram_id == Delivery.telegram_id)
        .where(Delivery.id.in_(delivery_ids))
        .order_by(Delivery.id)
    )
    return [(delivery, member) for delivery, member in (await session.execute(query)).all()]


async def mark_unreachable(session: AsyncSession, telegram_ids: set[int], now: datetime) -> None:
    """Telegram said 403: these members blocked the bot. Nothing more goes to them until they write again."""
    await session.execute(update(Member).where(Member.telegram_id.in_(telegram_ids)).values(unreachable_since=now))
    await session.execute(
        update(Delivery)
        .where(Delivery.telegram_id.in_(telegram_ids), Delivery.status == DeliveryStatus.PENDING)
        .values(status=DeliveryStatus.CANCELLED)
    )


# a delivery in these is never sent again
FINISHED = (
    DeliveryStatus.SENT,
    DeliveryStatus.BLOCKED,
    DeliveryStatus.FAILED,
    DeliveryStatus.CANCELLED,
    DeliveryStatus.SKIPPED,
)


async def blank_finished_payloads(session: AsyncSession, limit: int) -> int:
    """A finished delivery's payload is never read again, so what it carried goes: an organiser's message to
    attendees, a rejection's reason, the ids of what it was about. Its kind, status, campaign and times stay, for
    the reports and statistics. A batch at a time; rows another process holds are left to it."""
    found = (
        select(Delivery.id)
        .where(Delivery.status.in_(FINISHED), cast(Delivery.payload, Text) != "{}")
        .order_by(Delivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(await session.scalars(found))
    if ids:
        await session.execute(
            update(Delivery).where(Delivery.id.in_(ids)).values(payload={}).execution_options(synchronize_session=False)
        )
    return len(ids)


async def purge_deliveries(session: AsyncSession, before: datetime, limit: int) -> int:
    """Delete finished deliveries made before `before`, a batch at a time (rows another process is purging are
    skipped on PostgreSQL, not waited for). A campaign's rows stay, and so do the digests that carried a
    campaign: its report counts each recipient by them (their payloads are blank by now)."""
    carried = select(DigestItem.id).where(DigestItem.delivery_id == Delivery.id).exists()
    old = (
        select(Delivery.id)
        .where(Delivery.status.in_(FINISHED), Delivery.created_at < before, Delivery.campaign_id.is_(None), ~carried)
        .order_by(Delivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(await session.scalars(old))
    if ids:
        await session.execute(delete(Delivery).where(Delivery.id.in_(ids)))
    return len(ids)
