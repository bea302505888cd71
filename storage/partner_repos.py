"""Partner matching and introductions: who may be suggested to whom, and the double opt-in requests."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, delete, exists, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.models import (
    ACTING_MEMBERSHIPS,
    OPEN_REQUEST,
    Coalition,
    CoalitionMessage,
    CoalitionPartner,
    Delivery,
    DeliveryKind,
    Introduction,
    IntroductionStatus,
    Member,
    Organisation,
    OrganisationActivity,
    OrganisationBlock,
    OrganisationTopic,
    Report,
    ReportStatus,
    Vetting,
    Vouch,
)

REQUEST_LIFETIME = timedelta(days=14)  # an unanswered (or quietly declined) request closes after this
# an organisation we asked is not suggested again for this long unless it accepted: declined, blocked or silent
# alike, counted from the request, so the requester cannot tell a decline from silence by what comes back
DECLINE_MEMORY = timedelta(days=90)
OPEN_STATUSES = (
    IntroductionStatus.PENDING,
    IntroductionStatus.DECLINED,
    IntroductionStatus.BLOCKED,
)  # all look like "no answer yet" to the requester


class PartnerRow(NamedTuple):
    id: int
    country: str
    sector: str
    topics: list[str]
    activities: list[str]


def _suggestable() -> ColumnElement[bool]:
    return and_(
        Organisation.discoverable.is_(True), Organisation.vetting == Vetting.VETTED, Organisation.suspended_at.is_(None)
    )


async def partner_rows(session: AsyncSession) -> list[PartnerRow]:
    """Every organisation that may be suggested: discoverable and vetted. Three queries, whatever the size."""
    orgs = (
        await session.execute(
            select(Organisation.id, Organisation.country, Organisation.sector)
            .where(_suggestable())
            .order_by(Organisation.id)
        )
    ).all()
    topics: defaultdict[int, list[str]] = defaultdict(list)
    activities: defaultdict[int, list[str]] = defaultdict(list)
    suggestable = select(Organisation.id).where(_suggestable())
    for org_id, topic in await session.execute(
        select(OrganisationTopic.organisation_id, OrganisationTopic.topic).where(
            OrganisationTopic.organisation_id.in_(suggestable)
        )
    ):
        topics[org_id].append(topic)
    for org_id, activity in await session.execute(
        select(OrganisationActivity.organisation_id, OrganisationActivity.activity).where(
            OrganisationActivity.organisation_id.in_(suggestable)
        )
    ):
        activities[org_id].append(activity)
    return [PartnerRow(i, country, sector, topics[i], activities[i]) for i, country, sector in orgs]


async def excluded_partners(session: AsyncSession, org_id: int, now: datetime) -> set[int]:
    """Organisations not suggested to `org_id`: those it blocked, for good; those it was introduced to; and those it
    asked in the last 90 days that did not accept, whether they declined, blocked it or never answered.

    An organisation that blocked `org_id` is hidden from it as a decline is, for 90 days from the request it
    answered so, and then suggested again: hidden for good, it would tell the requester "blocked, not declined" by
    the suggestion that never comes back. Hiding declines for good as well would not do: a decline must read like
    silence, and an organisation that was only busy would never be suggested again. The blocker stays safe: a new
    request from the organisation it blocked is taken as any other and never reaches it (partners._save_request),
    then closes after 14 days like one left unanswered."""
    excluded = {org_id}
    excluded.update(
        await session.scalars(
            select(OrganisationBlock.blocked_org_id).where(OrganisationBlock.blocker_org_id == org_id)
        )
    )
    requests = await session.execute(
        select(
            Introduction.requester_org_id,
            Introduction.target_org_id,
            Introduction.status,
            Introduction.closed_at,
            Introduction.created_at,
        ).where(or_(Introduction.requester_org_id == org_id, Introduction.target_org_id == org_id))
    )
    for requester, target, status, closed_at, created_at in requests:
        ours = requester == org_id
        if status == IntroductionStatus.ACCEPTED or (ours and (closed_at is None or now - created_at < DECLINE_MEMORY)):
            excluded.add(target if ours else requester)
    return excluded


async def suggestable_organisations(session: AsyncSession, ids: list[int]) -> dict[int, Organisation]:
    """Of these organisations, those that may still be shown (the index may be a minute old)."""
    rows = await session.scalars(select(Organisation).where(Organisation.id.in_(ids), _suggestable()))
    return {org.id: org for org in rows}


# --- introductions ---


async def lock_requests(session: AsyncSession, org_id: int) -> None:
    """Hold the requesting organisation's row until the transaction ends, so that two processes sending requests of
    its members at once count them one after the other: the second one's counts, taken after the lock, see the first
    one's request (PostgreSQL reads what was committed before each statement). FOR NO KEY UPDATE, not FOR UPDATE: a
    row that refers to the organisation (a request to it, a report) may still be written meanwhile. On SQLite a
    process has one connection, so its transactions run one after the other anyway, and SQLAlchemy leaves the
    clause out."""
    await session.execute(select(Organisation.id).where(Organisation.id == org_id).with_for_update(key_share=True))


async def add_request(
    session: AsyncSession,
    requester_id: int,
    requester_org_id: int,
    target_org_id: int,
    note: str,
    handle: str | None,
    now: datetime,
) -> int | None:
    """Save a request and return its id; None if the organisation has one waiting for the target already (the unique
    index on waiting requests stops the second, even one sent by another process without the lock). INSERT … ON
    CONFLICT DO NOTHING rather than catching the IntegrityError: the transaction stays usable, with no savepoint
    (which SQLite's driver would commit on release)."""
    statement = _ADD_REQUEST[session.get_bind().dialect.name].values(
        requester_id=requester_id,
        requester_org_id=requester_org_id,
        target_org_id=target_org_id,
        note=note,
        requester_handle=handle,
        status=IntroductionStatus.PENDING,
        created_at=now,
    )
    return await session.scalar(statement)


# built once, for each database: the conflict names the partial unique index by its columns and predicate
_ADD_REQUEST = {
    dialect.dialect.name: dialect.insert(Introduction.__table__)
    .on_conflict_do_nothing(index_elements=["requester_org_id", "target_org_id"], index_where=text(OPEN_REQUEST))
    .returning(Introduction.__table__.c.id)
    for dialect in (sqlite, postgresql)
}


async def open_request_count(session: AsyncSession, member_id: int) -> int:
    return (
        await session.scalar(
            select(func.count())
            .select_from(Introduction)
            .where(
                Introduction.requester_id == member_id,
                Introduction.status.in_(OPEN_STATUSES),
                Introduction.closed_at.is_(None),
            )
        )
        or 0
    )


async def requests_since(session: AsyncSession, member_id: int, since: datetime) -> int:
    return (
        await session.scalar(
            select(func.count())
            .select_from(Introduction)
            .where(Introduction.requester_id == member_id, Introduction.created_at >= since)
        )
        or 0
    )


async def get_introduction(session: AsyncSession, introduction_id: int) -> Introduction | None:
    return await session.get(Introduction, introduction_id)


async def member_requests(
    session: AsyncSession, member_id: int, limit: int | None = 10
) -> list[tuple[Introduction, Organisation]]:
    """A member's own requests, newest first, with the organisation each went to."""
    rows = await session.execute(
        select(Introduction, Organisation)
        .join(Organisation, Organisation.id == Introduction.target_org_id)
        .where(Introduction.requester_id == member_id)
        .order_by(Introduction.created_at.desc(), Introduction.id.desc())
        .limit(limit)
    )
    return [(intro, org) for intro, org in rows]


async def answered_by(session: AsyncSession, member_id: int) -> list[Introduction]:
    rows = await session.scalars(
        select(Introduction).where(Introduction.answered_by == member_id).order_by(Introduction.answered_at)
    )
    return list(rows)


async def organisation_of(session: AsyncSession, member_id: int) -> int | None:
    """The id of a member's organisation, without loading the member (cheaper than the whole row)."""
    return await session.scalar(select(Member.organisation_id).where(Member.telegram_id == member_id))


async def organisation_members(session: AsyncSession, org_id: int) -> list[int]:
    """The registered members who act for an organisation and have not blocked the bot: who hears of a request."""
    rows = await session.scalars(
        select(Member.telegram_id)
        .where(
            Member.organisation_id == org_id,
            Member.registered_at.is_not(None),
            Member.unreachable_since.is_(None),
            Member.membership.in_(ACTING_MEMBERSHIPS),
        )
        .order_by(Member.telegram_id)
    )
    return list(rows)


async def answer(
    session: AsyncSession,
    introduction: Introduction,
    member_id: int,
    status: IntroductionStatus,
    handle: str | None,
    now: datetime,
) -> bool:
    """Record the first answer to a pending request; False if someone answered it (or it closed) first. One
    conditional UPDATE, so two members pressing at once cannot both answer; it goes past the session, so the
    introduction is read afresh once answered."""
    answered = await session.execute(
        update(Introduction)
        .where(
            Introduction.id == introduction.id,
            Introduction.status == IntroductionStatus.PENDING,
            Introduction.closed_at.is_(None),
        )
        .values(status=status, answered_by=member_id, answered_at=now, answer_handle=handle)
        .execution_options(synchronize_session=False)
    )
    if not answered.rowcount:  # type: ignore[attr-defined]
        return False
    await session.refresh(introduction)
    return True


async def forget_handles(session: AsyncSession, member_id: int) -> None:
    """The member stopped sharing their @username: forget the ones kept for introductions still to come."""
    await session.execute(
        update(Introduction).where(Introduction.requester_id == member_id).values(requester_handle=None)
    )
    await session.execute(update(Introduction).where(Introduction.answered_by == member_id).values(answer_handle=None))


async def forget_answers(session: AsyncSession, member_id: int) -> None:
    """Requests the member answered keep their outcome (the other side's history) but lose who answered and the
    handle they shared; the requests they made go with their member row."""
    await session.execute(
        update(Introduction).where(Introduction.answered_by == member_id).values(answered_by=None, answer_handle=None)
    )


async def blocked_between(session: AsyncSession, org_a: int, org_b: int) -> bool:
    found = await session.scalar(
        select(OrganisationBlock.blocker_org_id)
        .where(
            or_(
                and_(OrganisationBlock.blocker_org_id == org_a, OrganisationBlock.blocked_org_id == org_b),
                and_(OrganisationBlock.blocker_org_id == org_b, OrganisationBlock.blocked_org_id == org_a),
            )
        )
        .limit(1)
    )
    return found is not None


async def block(session: AsyncSession, blocker_org: int, blocked_org: int, now: datetime) -> None:
    if await session.get(OrganisationBlock, (blocker_org, blocked_org)) is None:
        session.add(OrganisationBlock(blocker_org_id=blocker_org, blocked_org_id=blocked_org, created_at=now))


async def blocked_by(session: AsyncSession, blocker_org: int) -> list[Organisation]:
    """The organisations `blocker_org` blocked, the longest-standing block first."""
    query = (
        select(Organisation)
        .join(OrganisationBlock, OrganisationBlock.blocked_org_id == Organisation.id)
        .where(OrganisationBlock.blocker_org_id == blocker_org)
        .order_by(OrganisationBlock.created_at, Organisation.id)
    )
    return list(await session.scalars(query))


async def unblock(session: AsyncSession, blocker_org: int, blocked_org: int) -> bool:
    """Lift a block; False if there was none (lifted already, by a colleague or by an earlier press)."""
    result = await session.execute(
        delete(OrganisationBlock).where(
            OrganisationBlock.blocker_org_id == blocker_org, OrganisationBlock.blocked_org_id == blocked_org
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def queue_closures(session: AsyncSession, now: datetime) -> int:
    """Requests older than REQUEST_LIFETIME that were not accepted close now, declined or not, and each requester
    is told the same thing. A conditional UPDATE claims them, so each is closed and told once; it runs only when a
    read found some, so the tick takes no write lock for nothing (SQLite has one writer at a time)."""
    cutoff = now - REQUEST_LIFETIME
    due = (
        Introduction.closed_at.is_(None),
        Introduction.status != IntroductionStatus.ACCEPTED,
        Introduction.created_at <= cutoff,
    )
    if await session.scalar(select(Introduction.id).where(*due).limit(1)) is None:
        return 0
    rows = (
        await session.execute(
            update(Introduction)
            .where(*due)
            .values(closed_at=now)
            .returning(Introduction.id, Introduction.requester_id)
            .execution_options(synchronize_session=False)
        )
    ).all()
    session.add_all(
        [
            Delivery(
                telegram_id=requester,
                kind=DeliveryKind.INTRO_CLOSED,
                payload={"introduction_id": intro_id},
                next_attempt_at=now,
            )
            for intro_id, requester in rows
        ]
    )
    return len(rows)


# --- coalitions and reports ---


async def accepted_partners(session: AsyncSession, org_id: int) -> list[Organisation]:
    """Organisations introduced to `org_id` (accepted, either way round) that neither side has blocked since."""
    pairs = await session.execute(
        select(Introduction.requester_org_id, Introduction.target_org_id).where(
            Introduction.status == IntroductionStatus.ACCEPTED,
            or_(Introduction.requester_org_id == org_id, Introduction.target_org_id == org_id),
        )
    )
    partners = {target if requester == org_id else requester for requester, target in pairs}
    blocks = await session.execute(
        select(OrganisationBlock.blocker_org_id, OrganisationBlock.blocked_org_id).where(
            or_(OrganisationBlock.blocker_org_id == org_id, OrganisationBlock.blocked_org_id == org_id)
        )
    )
    partners -= {other for pair in blocks for other in pair}
    rows = await session.scalars(select(Organisation).where(Organisation.id.in_(partners)).order_by(Organisation.name))
    return list(rows)


async def member_coalitions(session: AsyncSession, owner_id: int) -> list[Coalition]:
    rows = await session.scalars(select(Coalition).where(Coalition.owner_id == owner_id).order_by(Coalition.id))
    return list(rows)


async def organisation_coalitions(session: AsyncSession, org_id: int | None, limit: int = 30) -> list[Coalition]:
    """The coalitions an organisation is in: made by one of its members, or with it among the partners."""
    added = select(CoalitionPartner.coalition_id).where(CoalitionPartner.organisation_id == org_id)
    rows = await session.scalars(
        select(Coalition)
        .where(or_(Coalition.organisation_id == org_id, Coalition.id.in_(added)))
        .order_by(Coalition.id)
        .limit(limit)
    )
    return list(rows)


async def count_coalition_messages(session: AsyncSession, coalition_id: int) -> int:
    return await session.scalar(select(func.count()).where(CoalitionMessage.coalition_id == coalition_id)) or 0


async def get_coalition(session: AsyncSession, coalition_id: int) -> Coalition | None:
    return await session.get(Coalition, coalition_id)


async def add_coalition(
    session: AsyncSession, owner_id: int, org_id: int, name: str, topic: str, partner_ids: list[int], now: datetime
) -> Coalition:
    """Keep a new coalition of `org_id` (its creator's) and the partner organisations; written at once to give it
    the id the flow goes on with."""
    coalition = Coalition(
        owner_id=owner_id,
        organisation_id=org_id,
        name=name,
        topic=topic,
        created_at=now,
        partners=[CoalitionPartner(organisation_id=number) for number in partner_ids],
    )
    session.add(coalition)
    await session.flush()
    return coalition


async def delete_coalition(session: AsyncSession, coalition: Coalition) -> None:
    """Its partners go with it, and its messages (the database cascades): a notice of one not delivered yet finds
    nothing to show."""
    await session.delete(coalition)


async def add_coalition_message(
    session: AsyncSession, coalition_id: int, sender_id: int, text: str, now: datetime
) -> CoalitionMessage:
    """Written at once: the notices of it name its id."""
    message = CoalitionMessage(coalition_id=coalition_id, sender_id=sender_id, text=text, created_at=now)
    session.add(message)
    await session.flush()
    return message


async def get_coalition_message(session: AsyncSession, message_id: int) -> CoalitionMessage | None:
    return await session.get(CoalitionMessage, message_id)


async def coalition_recipients(session: AsyncSession, coalition: Coalition, sender_id: int) -> list[int]:
    """Everyone a coalition message reaches: the members of its partner organisations and the sender's
    colleagues, registered and not blocking the bot."""
    organisations = [coalition.organisation_id, *(p.organisation_id for p in coalition.partners)]
    rows = await session.scalars(
        select(Member.telegram_id)
        .where(
            Member.organisation_id.in_(organisations),
            Member.telegram_id != sender_id,
            Member.membership.in_(ACTING_MEMBERSHIPS),
            Member.registered_at.is_not(None),
            Member.unreachable_since.is_(None),
        )
        .order_by(Member.telegram_id)
    )
    return list(rows)


async def organisation_seen_by(session: AsyncSession, org_id: int, member_id: int) -> Organisation | None:
    """The organisation if this member may read its name in the hub, else None, whether it exists or not: one
    query either way, so a made-up report button learns nothing from the answer nor from how long it took.

    A member who acts for their organisation sees exactly what carries a report button: the organisations /partners
    lists to a vetted organisation (discoverable, vetted, not suspended), and those their organisation has an
    introduction with, either way round and whatever became of it (the requester picked the target from its list,
    the target read the requester's card in the request). A coalition names all its organisations to each of them;
    they were introduced, but the introduction goes when its requester uses /forget."""
    viewer = aliased(Organisation)
    listed = and_(viewer.vetting == Vetting.VETTED, _suggestable())
    introduced = exists().where(
        or_(
            and_(Introduction.requester_org_id == viewer.id, Introduction.target_org_id == Organisation.id),
            and_(Introduction.target_org_id == viewer.id, Introduction.requester_org_id == Organisation.id),
        )
    )
    fellow = aliased(CoalitionPartner)
    allied = exists().where(
        CoalitionPartner.coalition_id == Coalition.id,
        or_(
            and_(Coalition.organisation_id == viewer.id, CoalitionPartner.organisation_id == Organisation.id),
            and_(Coalition.organisation_id == Organisation.id, CoalitionPartner.organisation_id == viewer.id),
        ),
    )
    # every organisation in a coalition sees all the others in /coalitions, two added ones too
    fellows = exists().where(
        CoalitionPartner.organisation_id == viewer.id,
        fellow.coalition_id == CoalitionPartner.coalition_id,
        fellow.organisation_id == Organisation.id,
    )
    return await session.scalar(
        select(Organisation)
        .join(Member, Member.telegram_id == member_id)
        .join(viewer, viewer.id == Member.organisation_id)
        .where(
            Organisation.id == org_id,
            Organisation.id != viewer.id,
            Member.registered_at.is_not(None),
            Member.membership.in_(ACTING_MEMBERSHIPS),
            or_(listed, introduced, allied, fellows),
        )
    )


async def open_report_exists(session: AsyncSession, reporter_id: int, org_id: int, event_id: int | None) -> bool:
    found = await session.scalar(
        select(Report.id)
        .where(
            Report.reporter_id == reporter_id,
            Report.organisation_id == org_id,
            Report.event_id.is_(None) if event_id is None else Report.event_id == event_id,
            Report.status == ReportStatus.OPEN,
        )
        .limit(1)
    )
    return found is not None


async def sent_coalition_messages(session: AsyncSession, sender_id: int) -> list[tuple[CoalitionMessage, str]]:
    """What a member wrote to coalitions, with each coalition's name."""
    rows = await session.execute(
        select(CoalitionMessage, Coalition.name)
        .join(Coalition, Coalition.id == CoalitionMessage.coalition_id)
        .where(CoalitionMessage.sender_id == sender_id)
        .order_by(CoalitionMessage.id)
    )
    return [(message, name) for message, name in rows]


async def coalition_messages(session: AsyncSession, coalition_id: int) -> list[CoalitionMessage]:
    rows = await session.scalars(
        select(CoalitionMessage).where(CoalitionMessage.coalition_id == coalition_id).order_by(CoalitionMessage.id)
    )
    return list(rows)


async def member_reports(session: AsyncSession, reporter_id: int) -> list[Report]:
    rows = await session.scalars(select(Report).where(Report.reporter_id == reporter_id).order_by(Report.id))
    return list(rows)


async def vouch_exists(session: AsyncSession, org_id: int, voucher_org_id: int) -> bool:
    return await session.get(Vouch, (org_id, voucher_org_id)) is not None


async def count_vouches(session: AsyncSession, org_id: int) -> int:
    """Vouches for `org_id` from organisations an admin vetted, not suspended now (one vetted by vouches may not
    vouch: handlers/partners/vouching.py; a vouch it gave before that rule does not count)."""
    return (
        await session.scalar(
            select(func.count())
            .select_from(Vouch)
            .join(Organisation, Organisation.id == Vouch.voucher_org_id)
            .where(
                Vouch.organisation_id == org_id,
                Organisation.vetting == Vetting.VETTED,
                Organisation.vetted_by_vouches.is_(False),
                Organisation.suspended_at.is_(None),
            )
        )
        or 0
    )


def add_report(
    session: AsyncSession, reporter_id: int, org_id: int, event_id: int | None, reason: str, now: datetime
) -> None:
    session.add(
        Report(reporter_id=reporter_id, organisation_id=org_id, event_id=event_id, reason=reason, created_at=now)
    )


async def add_vouch(session: AsyncSession, org_id: int, voucher_org_id: int, voucher_id: int, now: datetime) -> None:
    """Written at once, so that counting the vouches next includes it."""
    session.add(Vouch(organisation_id=org_id, voucher_org_id=voucher_org_id, voucher_id=voucher_id, created_at=now))
    await session.flush()
