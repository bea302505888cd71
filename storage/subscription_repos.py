"""Subscriptions and weekly digests: what a member asked for, and the digest due-work."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Campaign,
    CampaignStatus,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DigestItem,
    Member,
    Subscription,
    SubscriptionCountry,
    SubscriptionTopic,
)

KINDS = ("invitations", "briefs", "news")
# outbox rows a member stops receiving when they unsubscribe; event reminders are about their own answers
UPDATE_DELIVERIES = (DeliveryKind.CAMPAIGN, DeliveryKind.DIGEST)


async def get_subscription(session: AsyncSession, telegram_id: int) -> Subscription | None:
    return await session.get(Subscription, telegram_id)


async def save_subscription(session: AsyncSession, telegram_id: int, values: dict[str, Any]) -> Subscription:
    """Create or replace a member's subscription from the /subscribe draft."""
    subscription = await get_subscription(session, telegram_id)
    if subscription is None:
        subscription = Subscription(telegram_id=telegram_id)
        session.add(subscription)
    for kind in KINDS:
        setattr(subscription, kind, kind in values["kinds"])
    subscription.rhythm, subscription.zone = values["rhythm"], values["zone"]
    subscription.digest_day, subscription.digest_hour = values["day"], values["hour"]
    subscription.next_digest_at = values["next_digest_at"]
    subscription.topics = [SubscriptionTopic(topic=topic) for topic in values["topics"]]
    subscription.countries = [SubscriptionCountry(country=country) for country in values["countries"]]
    return subscription


async def unsubscribe(session: AsyncSession, telegram_id: int) -> bool:
    """Stop every update at once: the subscription, what waits for a digest, and what waits to be sent."""
    subscription = await get_subscription(session, telegram_id)
    if subscription is None:
        return False
    await session.delete(subscription)
    await session.execute(
        delete(DigestItem).where(DigestItem.telegram_id == telegram_id, DigestItem.delivery_id.is_(None))
    )
    await session.execute(
        update(Delivery)
        .where(
            Delivery.telegram_id == telegram_id,
            Delivery.kind.in_(UPDATE_DELIVERIES),
            Delivery.status == DeliveryStatus.PENDING,
        )
        .values(status=DeliveryStatus.CANCELLED)
    )
    return True


async def due_digests(session: AsyncSession, now: datetime) -> list[Subscription]:
    """Subscriptions whose digest time has passed. A member who blocked the bot waits: their digest goes out
    at the first tick after they come back."""
    return list(
        await session.scalars(
            select(Subscription)
            .join(Member, Member.telegram_id == Subscription.telegram_id)
            .where(Subscription.next_digest_at <= now, Member.unreachable_since.is_(None))
            .with_for_update(of=Subscription, skip_locked=True)
        )
    )


async def claim_digest(session: AsyncSession, subscription: Subscription, following: datetime | None) -> bool:
    """Move the digest time on, only if nobody else did: the digest of this period is taken once."""
    result = await session.execute(
        update(Subscription)
        .where(
            Subscription.telegram_id == subscription.telegram_id,
            Subscription.next_digest_at == subscription.next_digest_at,
        )
        .values(next_digest_at=following)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def queue_digest(session: AsyncSession, telegram_id: int, now: datetime) -> bool:
    """One outbox row with every update kept since the last digest; nothing when there is nothing new."""
    waiting = list(
        await session.scalars(
            select(DigestItem)
            .where(DigestItem.telegram_id == telegram_id, DigestItem.delivery_id.is_(None))
            .order_by(DigestItem.id)
        )
    )
    if not waiting:
        return False
    delivery = Delivery(
        telegram_id=telegram_id,
        kind=DeliveryKind.DIGEST,
        next_attempt_at=now,
        created_at=now,
        payload={"campaign_ids": [item.campaign_id for item in waiting]},
    )
    session.add(delivery)
    await session.flush()
    for item in waiting:
        item.delivery_id = delivery.id
    return True


async def digest_campaigns(session: AsyncSession, campaign_ids: list[int]) -> list[Campaign]:
    """The updates of one digest that still stand, oldest first."""
    return list(
        await session.scalars(
            select(Campaign)
            .where(Campaign.id.in_(campaign_ids), Campaign.status != CampaignStatus.CANCELLED)
            .order_by(Campaign.id)
        )
    )
