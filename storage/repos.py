"""Queries. Handlers call these; they never write SQL. Nothing here commits: the caller owns the transaction."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from storage import audit_repos, campaign_repos, followup_repos, inbox_repos, partner_repos
from storage.models import (
    AuditEntry,
    Campaign,
    Conversation,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    DigestItem,
    Erasure,
    Event,
    HubKey,
    Member,
    Organisation,
    OrganisationActivity,
    OrganisationTopic,
    Reminder,
    SuspendedPerson,
    Vetting,
    Vouch,
    utcnow,
)


def name_key(name: str) -> str:
    """The form in which organisation names are compared: case, spacing, compatibility forms (a full-width or
    ligature letter) and invisible characters (zero-width spaces, joiners) do not make a new name. (Look-alike
    letters of other scripts do; an admin's review is what catches those.)"""
    visible = "".join(c for c in unicodedata.normalize("NFKC", name) if unicodedata.category(c) != "Cf")
    return " ".join(visible.split()).casefold()


async def get_member(session: AsyncSession, telegram_id: int) -> Member | None:
    return await session.get(Member, telegram_id)


async def member_and_conversation(session: AsyncSession, telegram_id: int) -> tuple[Member | None, Conversation | None]:
    """Who sent an update and the flow they are in. Every update starts here, so for a member it is one
    statement (organisation, topics, activities and conversation joined; the mapping's own loading takes four)."""
    member = await session.get(Member, telegram_id, options=_MEMBER_AT_ONCE)
    if member is None:  # someone new, perhaps halfway through /register
        return None, await get_conversation(session, telegram_id)
    return member, member.conversation


_MEMBER_AT_ONCE = (
    joinedload(Member.organisation).joinedload(Organisation.topics),
    joinedload(Member.organisation).joinedload(Organisation.activities),
    joinedload(Member.conversation),
)


async def get_or_create_member(session: AsyncSession, telegram_id: int, now: datetime | None = None) -> Member:
    """The member, made at the first thing they do; suspended again at once if they were when they used /forget."""
    member = await session.get(Member, telegram_id)
    if member is None:
        member = Member(telegram_id=telegram_id)
        if await was_suspended(session, telegram_id):
            member.suspended_at = now or utcnow()
        session.add(member)
    return member


async def keep_suspension(session: AsyncSession, telegram_id: int) -> None:
    """/forget of a suspended person: remember the suspension (as a keyed digest), not the person."""
    digest = erasure_digest(await hub_key(session, ERASURE_KEY), telegram_id)
    if await session.get(SuspendedPerson, digest) is None:
        session.add(SuspendedPerson(digest=digest, suspended_at=utcnow()))


async def was_suspended(session: AsyncSession, telegram_id: int) -> bool:
    key = await stored_key(session, ERASURE_KEY)
    return key is not None and await session.get(SuspendedPerson, erasure_digest(key, telegram_id)) is not None


async def lift_kept_suspension(session: AsyncSession, telegram_id: int) -> None:
    """An admin lifting a returning person's suspension lifts the kept one too."""
    key = await stored_key(session, ERASURE_KEY)
    if key is not None:
        await session.execute(delete(SuspendedPerson).where(SuspendedPerson.digest == erasure_digest(key, telegram_id)))


async def get_conversation(session: AsyncSession, telegram_id: int) -> Conversation | None:
    return await session.get(Conversation, telegram_id)


async def start_conversation(
    session: AsyncSession, telegram_id: int, flow: str, step: str, token: str, data: dict[str, object]
) -> Conversation:
    """Replace whatever flow the user was in by a new one."""
    conversation = await session.get(Conversation, telegram_id)
    if conversation is None:
        conversation = Conversation(telegram_id=telegram_id)
        session.add(conversation)
    conversation.flow, conversation.step, conversation.token, conversation.data = flow, step, token, data
    conversation.updated_at = utcnow()
    return conversation


async def end_conversation(session: AsyncSession, telegram_id: int) -> None:
    await session.execute(delete(Conversation).where(Conversation.telegram_id == telegram_id))


async def search_organisations(session: AsyncSession, query: str, limit: int = 5) -> list[Organisation]:
    """Organisations a newcomer may ask to join: vetted, discoverable and not suspended ones whose name contains
    the query (case-insensitive), and any organisation not rejected whose name is exactly the query. A hidden or
    pending organisation is found only by whoever already knows its full name, so searching cannot list them."""
    key = name_key(query)
    listed = and_(
        Organisation.vetting == Vetting.VETTED,
        Organisation.discoverable.is_(True),
        Organisation.suspended_at.is_(None),
        Organisation.name_key.contains(key, autoescape=True),
    )
    exact = and_(Organisation.vetting != Vetting.REJECTED, Organisation.name_key == key)
    statement = (
        select(Organisation)
        .where(or_(listed, exact))
        .order_by(func.length(Organisation.name_key), Organisation.name_key)
        .limit(limit)
    )
    return list((await session.scalars(statement)).all())


async def get_organisation(session: AsyncSession, organisation_id: int, *, lock: bool = False) -> Organisation | None:
    """With `lock`, the row is locked for the transaction and read afresh (what another process changed counts)."""
    return await session.get(Organisation, organisation_id, with_for_update=lock, populate_existing=lock)


async def organisation_by_name(session: AsyncSession, name: str) -> Organisation | None:
    return await session.scalar(select(Organisation).where(Organisation.name_key == name_key(name)))


def set_topics(organisation: Organisation, topics: Iterable[str]) -> None:
    organisation.topics = [OrganisationTopic(topic=topic) for topic in sorted(set(topics))]


def set_activities(organisation: Organisation, activities: Iterable[str]) -> None:
    organisation.activities = [OrganisationActivity(activity=a) for a in sorted(set(activities))]


def add_organisation(session: AsyncSession, organisation: Organisation) -> None:
    session.add(organisation)


async def count_members(session: AsyncSession, organisation_id: int) -> int:
    statement = select(func.count()).select_from(Member).where(Member.organisation_id == organisation_id)
    return int(await session.scalar(statement) or 0)


async def erase_person(session: AsyncSession, telegram_id: int) -> bool:
    """Everything /forget erases from the database; returns whether anything was stored. What the person wrote to
    others goes first (it is found through their id), then their id in the audit log and on the introductions they
    answered, then the member and all that hangs on them. The counts others' reports rely on stay: a campaign keeps
    its outbox rows and recipients, an introduction its outcome. (The handler first gives up their seats, so that
    the waitlist moves on.)"""
    await erase_sent_texts(session, telegram_id)
    await inbox_repos.forget_replies_to(session, telegram_id)
    await audit_repos.forget_actor(session, telegram_id)
    await partner_repos.forget_answers(session, telegram_id)
    await followup_repos.forget_answers(session, telegram_id)
    return await erase_member(session, telegram_id)


async def erase_sent_texts(session: AsyncSession, telegram_id: int) -> None:
    """The texts the person sent to others. Their coalitions with the messages sent to them, and the introduction
    requests they made with their notes, go with the member row (ON DELETE CASCADE); the outbox rows pointing
    there then show nothing."""
    await _withdraw_campaigns(session, telegram_id)
    await _erase_event_messages(session, telegram_id)


async def _withdraw_campaigns(session: AsyncSession, organiser_id: int) -> None:
    """Their broadcasts, invitations and briefs lose their texts, titles and links, and what was not delivered yet
    is not. Each is left `cancelled`, even one that was done: every renderer skips a cancelled campaign, and a
    weekly digest already put together must not try to show one with no text. The outbox rows and the recipient
    count stay, for the reports and the statistics."""
    for campaign in list(await session.scalars(select(Campaign).where(Campaign.organiser_id == organiser_id))):
        await campaign_repos.cancel(session, campaign)
        campaign.texts, campaign.titles, campaign.link = {}, {}, None


async def _erase_event_messages(session: AsyncSession, telegram_id: int) -> None:
    """Their messages to an event's attendees, whose text each outbox row carries: to the events they organise,
    and to those the audit log says they wrote to (an admin may write to the attendees of any event)."""
    organised = set(await session.scalars(select(Event.id).where(Event.organiser_id == telegram_id)))
    written = await session.scalars(
        select(AuditEntry.subject).where(  # the entry handlers/events/myevents.py writes
            AuditEntry.actor_id == telegram_id, AuditEntry.action == "attendees-messaged"
        )
    )
    event_ids = organised | {int(number) for subject in written if (number := subject.removeprefix("event:")).isdigit()}
    if not event_ids:
        return
    theirs = (Delivery.kind == DeliveryKind.EVENT_MESSAGE, Delivery.payload["event_id"].as_integer().in_(event_ids))
    await session.execute(
        update(Delivery)
        .where(*theirs, Delivery.status == DeliveryStatus.PENDING)
        .values(status=DeliveryStatus.CANCELLED)
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(Delivery).where(*theirs).values(payload={}).execution_options(synchronize_session=False)
    )


async def erase_member(session: AsyncSession, telegram_id: int) -> bool:
    """Delete the member, their conversation, and their organisation if nobody else is left in it.

    Returns whether anything was stored.
    """
    member = await session.get(Member, telegram_id)
    conversation = await session.get(Conversation, telegram_id)
    if member is None and conversation is None:
        return False
    await end_conversation(session, telegram_id)
    if member is not None:
        organisation_id = member.organisation_id
        await session.delete(member)
        await session.flush()
        if organisation_id is not None and await count_members(session, organisation_id) == 0:
            organisation = await session.get(Organisation, organisation_id)
            if organisation is not None:
                await session.delete(organisation)
    return True


# --- what the hub holds about one person, beyond their member row (/mydata) ---


@dataclass(frozen=True)
class PersonalRecords:
    events: list[Event]  # they organise
    campaigns: list[Campaign]  # they wrote
    vouches: list[Vouch]  # they gave
    waiting: list[Delivery]  # messages to them not sent yet
    reminders: list[Reminder]
    digest: list[DigestItem]  # updates kept for their weekly digest


async def personal_records(session: AsyncSession, telegram_id: int) -> PersonalRecords:
    """One query each, oldest first. The waiting messages' payloads are left out of /mydata: they may carry
    someone else's words, which the member reads once delivered."""

    def rows(model: Any, *where: Any) -> Any:
        return session.scalars(select(model).where(*where).order_by(*model.__table__.primary_key.columns))

    return PersonalRecords(
        events=list(await rows(Event, Event.organiser_id == telegram_id)),
        campaigns=list(await rows(Campaign, Campaign.organiser_id == telegram_id)),
        vouches=list(await rows(Vouch, Vouch.voucher_id == telegram_id)),
        waiting=list(
            await rows(
                Delivery,
                Delivery.telegram_id == telegram_id,
                Delivery.status.in_((DeliveryStatus.PENDING, DeliveryStatus.SENDING)),
            )
        ),
        reminders=list(await rows(Reminder, Reminder.telegram_id == telegram_id)),
        digest=list(await rows(DigestItem, DigestItem.telegram_id == telegram_id, DigestItem.delivery_id.is_(None))),
    )


# --- the hub's keys and the record of erasures ---

LOG_KEY, ERASURE_KEY = "log", "erasure"  # HubKey names


async def hub_key(session: AsyncSession, name: str) -> bytes:
    """The database's random key of that name, made at the first use. Processes starting together on PostgreSQL
    make one between them: the insert that comes second waits for the first, then does nothing."""
    value = await stored_key(session, name)
    if value is not None:
        return value
    insert = _INSERT_KEY[session.get_bind().dialect.name]
    await session.execute(insert, {"name": name, "value": secrets.token_hex(32)})
    value = await stored_key(session, name)
    assert value is not None
    return value


async def stored_key(session: AsyncSession, name: str) -> bytes | None:
    value = await session.scalar(select(HubKey.value).where(HubKey.name == name))
    return bytes.fromhex(value) if value is not None else None


_INSERT_KEY = {
    dialect.dialect.name: dialect.insert(HubKey.__table__).on_conflict_do_nothing(index_elements=["name"])
    for dialect in (sqlite, postgresql)
}


def erasure_digest(key: bytes, telegram_id: int) -> str:
    return hmac.new(key, str(telegram_id).encode(), hashlib.sha256).hexdigest()


async def record_erasure(session: AsyncSession, telegram_id: int) -> None:
    """Remember that this person used /forget (as a keyed digest, see `Erasure`), and when: by the clock that stamps
    a member's `created_at`, the two are compared."""
    digest = erasure_digest(await hub_key(session, ERASURE_KEY), telegram_id)
    erasure = await session.get(Erasure, digest)
    if erasure is None:
        session.add(Erasure(digest=digest, erased_at=utcnow()))
    else:
        erasure.erased_at = utcnow()


@dataclass(frozen=True)
class ErasureRecord:
    """The erasures one database recorded, with the key their digests were made with."""

    key: bytes
    erased: dict[str, datetime]  # digest → when


async def erasure_record(session: AsyncSession) -> ErasureRecord | None:
    key = await stored_key(session, ERASURE_KEY)
    if key is None:
        return None
    rows = await session.execute(select(Erasure.digest, Erasure.erased_at))
    return ErasureRecord(key, dict((digest, at) for digest, at in rows))


async def erase_again(session: AsyncSession, replaced: ErasureRecord | None) -> int:
    """After a restore: erase again everyone whose erasure this database or the one it replaced recorded, unless
    they came back after it (first seen later). Returns how many. The replaced database's erasures are kept here
    too, so that restoring an even older backup later forgets them as well; for that this database takes the
    replaced one's key when it has none (a backup made before erasures were recorded)."""
    if replaced is not None and await stored_key(session, ERASURE_KEY) is None:
        session.add(HubKey(name=ERASURE_KEY, value=replaced.key.hex()))
        await session.flush()
    own = await erasure_record(session)
    records = [record for record in (own, replaced) if record is not None]
    erased = 0
    for telegram_id, first_seen in await _people(session):
        if any(_erased_after(record, telegram_id, first_seen) for record in records):
            await erase_person(session, telegram_id)
            erased += 1
    if own is not None and replaced is not None and own.key == replaced.key:
        await _keep_erasures(session, replaced.erased)
    return erased


async def _people(session: AsyncSession) -> list[tuple[int, datetime]]:
    """Everyone the database knows, with when it first saw them: members, and those halfway through /register."""
    members = [(i, at) for i, at in await session.execute(select(Member.telegram_id, Member.created_at))]
    known = {telegram_id for telegram_id, _ in members}
    flows = [(i, at) for i, at in await session.execute(select(Conversation.telegram_id, Conversation.updated_at))]
    return [*members, *((telegram_id, at) for telegram_id, at in flows if telegram_id not in known)]


def _erased_after(record: ErasureRecord, telegram_id: int, first_seen: datetime) -> bool:
    erased_at = record.erased.get(erasure_digest(record.key, telegram_id))
    return erased_at is not None and first_seen < erased_at


async def _keep_erasures(session: AsyncSession, erased: dict[str, datetime]) -> None:
    for digest, at in erased.items():
        erasure = await session.get(Erasure, digest)
        if erasure is None:
            session.add(Erasure(digest=digest, erased_at=at))
        elif erasure.erased_at < at:
            erasure.erased_at = at
