"""Queries. Handlers call these; they never write SQL. Nothing here commits: the caller owns the transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from storage.models import (
    ACTING_MEMBERSHIPS,
    Conversation,
    HandledUpdate,
    Member,
    Organisation,
    OrganisationActivity,
    OrganisationTopic,
    utcnow,
)


def name_key(name: str) -> str:
    """The form in which organisation names are compared: case and spacing do not make a new name."""
    return " ".join(name.split()).casefold()


def in_vetted_organisation() -> ColumnElement[bool]:
    """`Member.vetted` in SQL, for a query that joins the member's organisation: acting for a vetted one."""
    # coalesce: a member with no organisation (outer join) or no membership is false here, not NULL, so the
    # negation picks them up too
    return and_(func.coalesce(Organisation.vetting, "") == "vetted",
                func.coalesce(Member.membership, "").in_(ACTING_MEMBERSHIPS))


async def get_member(session: AsyncSession, telegram_id: int) -> Member | None:
    return await session.get(Member, telegram_id)


async def member_and_conversation(session: AsyncSession,
                                  telegram_id: int) -> tuple[Member | None, Conversation | None]:
    """Who sent an update and the flow they are in. Every update starts here, so for a member it is one
    statement (organisation, topics, activities and conversation joined; the mapping's own loading takes four)."""
    member = await session.get(Member, telegram_id, options=_MEMBER_AT_ONCE)
    if member is None:  # someone new, perhaps halfway through /register
        return None, await get_conversation(session, telegram_id)
    return member, member.conversation


_MEMBER_AT_ONCE = (joinedload(Member.organisation).joinedload(Organisation.topics),
                   joinedload(Member.organisation).joinedload(Organisation.activities),
                   joinedload(Member.conversation))


async def get_or_create_member(session: AsyncSession, telegram_id: int) -> Member:
    member = await session.get(Member, telegram_id)
    if member is None:
        member = Member(telegram_id=telegram_id)
        session.add(member)
    return member


async def get_conversation(session: AsyncSession, telegram_id: int) -> Conversation | None:
    return await session.get(Conversation, telegram_id)


async def start_conversation(session: AsyncSession, telegram_id: int, flow: str, step: str, token: str,
                             data: dict[str, object]) -> Conversation:
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
    listed = and_(Organisation.vetting == "vetted", Organisation.discoverable.is_(True),
                  Organisation.suspended_at.is_(None), Organisation.name_key.contains(key, autoescape=True))
    exact = and_(Organisation.vetting != "rejected", Organisation.name_key == key)
    statement = (
        select(Organisation)
        .where(or_(listed, exact))
        .order_by(func.length(Organisation.name_key), Organisation.name_key)
        .limit(limit)
    )
    return list((await session.scalars(statement)).all())


async def get_organisation(session: AsyncSession, organisation_id: int) -> Organisation | None:
    return await session.get(Organisation, organisation_id)


async def organisation_by_name(session: AsyncSession, name: str) -> Organisation | None:
    return await session.scalar(select(Organisation).where(Organisation.name_key == name_key(name)))


def set_topics(organisation: Organisation, topics: Iterable[str]) -> None:
    organisation.topics = [OrganisationTopic(topic=topic) for topic in sorted(set(topics))]


def set_activities(organisation: Organisation, activities: Iterable[str]) -> None:
    organisation.activities = [OrganisationActivity(activity=a) for a in sorted(set(activities))]


async def count_members(session: AsyncSession, organisation_id: int) -> int:
    statement = select(func.count()).select_from(Member).where(Member.organisation_id == organisation_id)
    return int(await session.scalar(statement) or 0)


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


async def mark_handled(session: AsyncSession, update_id: int) -> bool:
    """Record an update as handled, in the caller's transaction; False if it already was. On PostgreSQL a second
    process inserting the same id waits for the first one's commit, then finds it."""
    statement = _MARK_HANDLED[session.get_bind().dialect.name]
    result = await session.execute(statement, {"update_id": update_id, "handled_at": utcnow()})
    return bool(result.rowcount)  # type: ignore[attr-defined]


# built once (every update runs it): SQLite's and PostgreSQL's INSERT … ON CONFLICT DO NOTHING
# (on the table, not the mapped class: an ORM insert given parameters would be a bulk insert, with no rowcount)
_MARK_HANDLED = {dialect.dialect.name: dialect.insert(HandledUpdate.__table__)
                 .on_conflict_do_nothing(index_elements=["update_id"]) for dialect in (sqlite, postgresql)}


async def forget_handled_updates(session: AsyncSession, before: datetime) -> int:
    result = await session.execute(delete(HandledUpdate).where(HandledUpdate.handled_at < before))
    return int(result.rowcount)  # type: ignore[attr-defined]
