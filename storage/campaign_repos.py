"""Queries for campaigns: who an audience reaches, the outbox rows of a campaign, its live report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, delete, func, insert, literal, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Audience,
    Campaign,
    CampaignKind,
    CampaignStatus,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DigestItem,
    Event,
    Member,
    Organisation,
    OrganisationTopic,
    Rhythm,
    Rsvp,
    RsvpStatus,
    Subscription,
    SubscriptionCountry,
    SubscriptionTopic,
    Vetting,
    in_vetted_organisation,
)

REPORT_STATUSES = tuple(str(status) for status in DeliveryStatus)  # every status, as the plain strings stored


async def get_campaign(session: AsyncSession, campaign_id: int) -> Campaign | None:
    return await session.get(Campaign, campaign_id)


def audience_query(
    audience: Audience,
    kind: CampaignKind = CampaignKind.NEWS,
    topics: list[str] | None = None,
    countries: list[str] | None = None,
) -> Select[Any]:
    """(member id, rhythm) of the registered, reachable members an update reaches.

    The organiser's filters: any value within a kind, every kind given. Then the member's own choice: only
    subscribers to this kind of update, and, for an update about topics or countries, only those whose
    subscription names one of them or names none. Members who answered an event asked to hear about it, so a
    message to an event's attendees needs no subscription.
    """
    query = (
        select(Member.telegram_id)
        .outerjoin(Organisation, Organisation.id == Member.organisation_id)
        .where(Member.registered_at.is_not(None), Member.unreachable_since.is_(None))
    )
    if audience.topics:
        query = query.where(
            Organisation.id.in_(
                select(OrganisationTopic.organisation_id).where(OrganisationTopic.topic.in_(audience.topics))
            )
        )
    if audience.countries:
        query = query.where(Organisation.country.in_(audience.countries))
    if audience.sectors:
        query = query.where(Organisation.sector.in_(audience.sectors))
    if audience.languages:
        query = query.where(Member.locale.in_(audience.languages))
    if audience.vetting:
        query = query.where(_vetting_filter(audience.vetting))
    if audience.event_id:
        statuses = audience.event_statuses or (RsvpStatus.GOING,)
        return query.add_columns(literal(Rhythm.INSTANT, String).label("rhythm")).where(
            Member.telegram_id.in_(
                select(Rsvp.telegram_id).where(Rsvp.event_id == audience.event_id, Rsvp.status.in_(statuses))
            )
        )
    query = (
        query.add_columns(Subscription.rhythm)
        .join(Subscription, Subscription.telegram_id == Member.telegram_id)
        .where(SUBSCRIBED[kind].is_(True))
    )
    if topics:
        query = query.where(_chose_none_or_any(SubscriptionTopic.telegram_id, SubscriptionTopic.topic, topics))
    if countries:
        query = query.where(_chose_none_or_any(SubscriptionCountry.telegram_id, SubscriptionCountry.country, countries))
    return query


SUBSCRIBED = {
    CampaignKind.NEWS: Subscription.news,
    CampaignKind.INVITATION: Subscription.invitations,
    CampaignKind.BRIEF: Subscription.briefs,
}


def _chose_none_or_any(owner: Any, column: Any, values: list[str]) -> Any:
    chosen = select(owner).where(owner == Member.telegram_id)
    return or_(~chosen.exists(), chosen.where(column.in_(values)).exists())


def campaign_audience(campaign: Campaign) -> Select[Any]:
    query = audience_query(campaign.audience, campaign.kind or CampaignKind.NEWS, campaign.topics, campaign.countries)
    if campaign.event_id is not None:
        # an invitation to an event that needs the organiser's approval goes to members acting for vetted
        # organisations only, those who may open it (handlers.eventcards.sees_closed_rooms): a place in a closed
        # room is not offered to an organisation the hub has not checked, nor to someone who only asked to join one
        closed = select(Event.id).where(Event.id == campaign.event_id, Event.needs_approval.is_(True)).exists()
        query = query.where(or_(~closed, in_vetted_organisation()))
    return query


def _vetting_filter(chosen: Sequence[str]) -> Any:
    """ "vetted": members acting for a vetted organisation; "pending": everyone else, joiners of a vetted
    organisation not yet approved included (nobody has vouched for them yet)."""
    vetted = in_vetted_organisation()
    if set(chosen) >= {Vetting.VETTED, Vetting.PENDING}:
        return true()
    return vetted if Vetting.VETTED in chosen else ~vetted


async def count_audience(session: AsyncSession, campaign: Campaign) -> int:
    """How many members a campaign reaches, now or in their weekly digest."""
    return await session.scalar(select(func.count()).select_from(campaign_audience(campaign).subquery())) or 0


async def queue_campaign(session: AsyncSession, campaign: Campaign, now: datetime) -> int:
    """An outbox row per member who gets updates as they happen, written in one statement, and a digest item
    per weekly subscriber; the campaign is then `sending`. Returns how many it reaches."""
    recipients = (await session.execute(campaign_audience(campaign).order_by(Member.telegram_id))).all()
    instant = [member_id for member_id, rhythm in recipients if rhythm != Rhythm.WEEKLY]
    weekly = [member_id for member_id, rhythm in recipients if rhythm == Rhythm.WEEKLY]
    if instant:
        await session.execute(
            insert(Delivery),
            [
                {
                    "telegram_id": member_id,
                    "kind": DeliveryKind.CAMPAIGN,
                    "payload": {"campaign_id": campaign.id},
                    "campaign_id": campaign.id,
                    "status": DeliveryStatus.PENDING,
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                }
                for member_id in instant
            ],
        )
    if weekly:
        await session.execute(
            insert(DigestItem),
            [{"telegram_id": member_id, "campaign_id": campaign.id, "created_at": now} for member_id in weekly],
        )
    campaign.recipients, campaign.status = len(recipients), CampaignStatus.SENDING
    return len(recipients)


async def claim_due_campaigns(session: AsyncSession, now: datetime) -> list[Campaign]:
    """Scheduled campaigns whose time has come; each is claimed by one conditional update, so only once."""
    due = await session.scalars(
        select(Campaign.id)
        .where(Campaign.status == CampaignStatus.SCHEDULED, Campaign.send_at <= now)
        .with_for_update(skip_locked=True)
    )
    claimed = []
    for campaign_id in list(due):
        result = await session.execute(
            update(Campaign)
            .where(Campaign.id == campaign_id, Campaign.status == CampaignStatus.SCHEDULED)
            .values(status=CampaignStatus.QUEUEING)
        )
        if result.rowcount:  # type: ignore[attr-defined]
            campaign = await session.get(Campaign, campaign_id, populate_existing=True)
            if campaign is not None:
                claimed.append(campaign)
    return claimed


async def report(session: AsyncSession, campaign_id: int) -> dict[str, int]:
    """Each recipient in exactly one count: an instant recipient by their outbox row's status; a weekly one kept
    for their digest ("digest") until it is built, then by the status of the digest that carries it."""
    instant = select(Delivery.status, func.count()).where(Delivery.campaign_id == campaign_id)
    in_digests = (
        select(Delivery.status, func.count())
        .select_from(DigestItem)
        .join(Delivery, Delivery.id == DigestItem.delivery_id)
        .where(DigestItem.campaign_id == campaign_id)
    )
    counts: dict[str, int] = dict.fromkeys(REPORT_STATUSES, 0)
    for query in (instant, in_digests):
        for status, count in (await session.execute(query.group_by(Delivery.status))).all():
            counts[status] = counts.get(status, 0) + count
    counts["digest"] = (
        await session.scalar(
            select(func.count()).where(DigestItem.campaign_id == campaign_id, DigestItem.delivery_id.is_(None))
        )
        or 0
    )
    return counts


async def cancel(session: AsyncSession, campaign: Campaign) -> int:
    """Stop a campaign: rows not yet sent become `cancelled`; those in flight finish."""
    result = await session.execute(
        update(Delivery)
        .where(Delivery.campaign_id == campaign.id, Delivery.status == DeliveryStatus.PENDING)
        .values(status=DeliveryStatus.CANCELLED)
    )
    waiting = await session.execute(
        delete(DigestItem).where(DigestItem.campaign_id == campaign.id, DigestItem.delivery_id.is_(None))
    )
    campaign.status = CampaignStatus.CANCELLED
    return int(result.rowcount) + int(waiting.rowcount)  # type: ignore[attr-defined]


async def finish_done(session: AsyncSession) -> None:
    """Campaigns with nothing left to send are `done`."""
    open_rows = select(Delivery.id).where(
        Delivery.campaign_id == Campaign.id, Delivery.status.in_((DeliveryStatus.PENDING, DeliveryStatus.SENDING))
    )
    await session.execute(
        update(Campaign)
        .where(Campaign.status == CampaignStatus.SENDING, ~open_rows.exists())
        .values(status=CampaignStatus.DONE)
    )


async def load_referenced(session: AsyncSession, payloads: list[dict[str, Any]]) -> list[Any]:
    """The campaigns and events a batch of deliveries refers to, loaded once for the whole batch."""
    campaign_ids = {p["campaign_id"] for p in payloads if isinstance(p.get("campaign_id"), int)}
    campaigns = (
        list(await session.scalars(select(Campaign).where(Campaign.id.in_(campaign_ids)))) if campaign_ids else []
    )
    event_ids = {p["event_id"] for p in payloads if isinstance(p.get("event_id"), int)}
    event_ids |= {c.event_id for c in campaigns if c.event_id is not None}
    events = list(await session.scalars(select(Event).where(Event.id.in_(event_ids)))) if event_ids else []
    return [*campaigns, *events]


async def organiser_campaigns(session: AsyncSession, organiser_id: int | None, limit: int = 10) -> list[Campaign]:
    query = select(Campaign)
    if organiser_id is not None:
        query = query.where(Campaign.organiser_id == organiser_id)
    return list(await session.scalars(query.order_by(Campaign.id.desc()).limit(limit)))


async def add_campaign(session: AsyncSession, campaign: Campaign) -> None:
    """Keep a new campaign and give it its id. What is pending goes first: the campaign refers to its organiser's
    member row, which the sender's first message may just have added."""
    await session.flush()
    session.add(campaign)
    await session.flush()
