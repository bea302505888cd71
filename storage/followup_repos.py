"""Introductions that follow through: the questions to each side of an accepted introduction, and their answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import distinct, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import partner_repos
from storage.models import (
    Delivery,
    DeliveryKind,
    FollowUpAnswer,
    Introduction,
    IntroductionFollowUp,
    Member,
    Organisation,
    suspended_members,
)

LAST_ROUND = 2  # a first "not yet" asks once more; the second is the side's answer
IN_TOUCH = (FollowUpAnswer.TALKED, FollowUpAnswer.WORKING)


def schedule(session: AsyncSession, introduction: Introduction, due_at: datetime) -> None:
    """Both sides of an introduction just accepted are to be asked at `due_at`."""
    session.add_all(
        [
            IntroductionFollowUp(introduction_id=introduction.id, organisation_id=org_id, round=1, due_at=due_at)
            for org_id in (introduction.requester_org_id, introduction.target_org_id)
        ]
    )


async def get(session: AsyncSession, followup_id: int) -> IntroductionFollowUp | None:
    return await session.get(IntroductionFollowUp, followup_id)


async def queue_due(session: AsyncSession, now: datetime) -> int:
    """Every question whose time has come is marked asked and gets its outbox rows, in the caller's transaction: a
    conditional UPDATE claims it, so a restart or a second process never asks twice and a kill loses nothing. It
    runs only when a read found some, so the tick takes no write lock for nothing. Returns the messages queued."""
    due = (IntroductionFollowUp.asked_at.is_(None), IntroductionFollowUp.due_at <= now)
    if await session.scalar(select(IntroductionFollowUp.id).where(*due).limit(1)) is None:
        return 0
    claimed = (
        await session.execute(
            update(IntroductionFollowUp)
            .where(*due)
            .values(asked_at=now)
            .returning(IntroductionFollowUp.id, IntroductionFollowUp.organisation_id)
            .execution_options(synchronize_session=False)
        )
    ).all()
    queued = 0
    for followup_id, org_id in claimed:
        for member_id in await askable_members(session, org_id):
            session.add(
                Delivery(
                    telegram_id=member_id,
                    kind=DeliveryKind.INTRO_FOLLOWUP,
                    payload={"followup_id": followup_id},
                    next_attempt_at=now,
                )
            )
            queued += 1
    return queued


async def askable_members(session: AsyncSession, org_id: int) -> list[int]:
    """Who may answer for a side: its acting members who did not stop these questions, nor are suspended."""
    acting = await partner_repos.organisation_members(session, org_id)
    rows = await session.scalars(
        select(Member.telegram_id).where(
            Member.telegram_id.in_(acting),
            Member.follow_ups.is_(True),
            Member.telegram_id.not_in(suspended_members()),
        )
    )
    return sorted(rows)


async def other_side(session: AsyncSession, followup: IntroductionFollowUp) -> Organisation | None:
    """The organisation this side was introduced to, while the question is worth asking: None once the introduction
    is gone or either side has blocked the other since."""
    introduction = await session.get(Introduction, followup.introduction_id)
    if introduction is None:
        return None
    theirs = _theirs(introduction, followup.organisation_id)
    if await partner_repos.blocked_between(session, followup.organisation_id, theirs):
        return None
    return await session.get(Organisation, theirs)


def _theirs(introduction: Introduction, ours: int) -> int:
    return introduction.target_org_id if ours == introduction.requester_org_id else introduction.requester_org_id


async def answer(
    session: AsyncSession,
    followup: IntroductionFollowUp,
    member_id: int,
    given: FollowUpAnswer,
    now: datetime,
    ask_again_at: datetime,
) -> bool:
    """Record a side's first answer to a question it was asked; False if a colleague (or they) answered first. One
    conditional UPDATE, so two colleagues pressing at once cannot both answer. A first "not yet" asks once more at
    `ask_again_at`."""
    answered = await session.execute(
        update(IntroductionFollowUp)
        .where(
            IntroductionFollowUp.id == followup.id,
            IntroductionFollowUp.asked_at.is_not(None),
            IntroductionFollowUp.answer.is_(None),
        )
        .values(answer=given, answered_by=member_id, answered_at=now)
        .execution_options(synchronize_session=False)
    )
    if not answered.rowcount:  # type: ignore[attr-defined]
        return False
    if given == FollowUpAnswer.NOT_YET and followup.round < LAST_ROUND:
        session.add(
            IntroductionFollowUp(
                introduction_id=followup.introduction_id,
                organisation_id=followup.organisation_id,
                round=followup.round + 1,
                due_at=ask_again_at,
            )
        )
    return True


async def answered_by(session: AsyncSession, member_id: int) -> list[tuple[IntroductionFollowUp, str | None]]:
    """The member's own answers, each with the name of the organisation it was about (for /mydata)."""
    rows = await session.execute(
        select(IntroductionFollowUp, Introduction)
        .join(Introduction, Introduction.id == IntroductionFollowUp.introduction_id)
        .where(IntroductionFollowUp.answered_by == member_id)
        .order_by(IntroductionFollowUp.answered_at, IntroductionFollowUp.id)
    )
    answers = []
    for followup, introduction in rows:
        other = await session.get(Organisation, _theirs(introduction, followup.organisation_id))
        answers.append((followup, other.name if other else None))
    return answers


async def forget_answers(session: AsyncSession, member_id: int) -> None:
    """/forget: the member's answers stay counted, for the side they answered for, but no longer say who gave them."""
    await session.execute(
        update(IntroductionFollowUp).where(IntroductionFollowUp.answered_by == member_id).values(answered_by=None)
    )


async def outcome_counts(session: AsyncSession) -> dict[str, int]:
    """Accepted introductions where a side said they got in touch, and where a side said they work together."""

    async def introductions(*answers: FollowUpAnswer) -> int:
        count = select(func.count(distinct(IntroductionFollowUp.introduction_id))).where(
            IntroductionFollowUp.answer.in_(answers)
        )
        return await session.scalar(count) or 0

    return {
        "introductions_in_touch": await introductions(*IN_TOUCH),
        "introductions_working_together": await introductions(FollowUpAnswer.WORKING),
    }
