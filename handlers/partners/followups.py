"""Introductions that follow through: INTRO_FOLLOWUP_DAYS after an introduction is accepted, each side is asked
whether it got in touch with the other (the due-work tick queues the questions, storage/followup_repos.py).

An answer is the organisation's: the first colleague's counts, as for the request itself, and the others are told
a colleague answered. A first "not yet" asks once more. Nobody else learns an answer, least of all the other side:
it is only counted, in /stats."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Literal

from handlers.kit.actions import Action
from handlers.kit.core import Context
from handlers.kit.messages import Button, Screen
from storage import followup_repos
from storage.models import FollowUpAnswer, IntroductionFollowUp

Answer = Literal["working", "talked", "not_yet", "no"]
BUTTONS: tuple[tuple[Answer, ...], ...] = (("working", "talked"), ("not_yet", "no"))


class FollowUpPress(Action, prefix="fu"):
    """A side's answer to "did you get in touch?"."""

    followup: int
    answer: Answer


def _answers_for(ctx: Context, followup: IntroductionFollowUp) -> bool:
    """Whether the member may answer for this side: they act for its organisation."""
    member = ctx.member
    return (
        ctx.registered and member is not None and member.acting and member.organisation_id == followup.organisation_id
    )


async def notice_followup(ctx: Context, payload: dict[str, Any]) -> None:
    """The question, unless a colleague answered it meanwhile, the member stopped these questions or no longer acts
    for the organisation, or the two organisations are no longer on speaking terms."""
    number = payload.get("followup_id")
    followup = await followup_repos.get(ctx.session, number) if isinstance(number, int) else None
    if followup is None or followup.answer is not None or not _answers_for(ctx, followup):
        return
    assert ctx.member is not None
    other = await followup_repos.other_side(ctx.session, followup)
    if other is None or not ctx.member.follow_ups:
        return
    question = ctx.tr("followup-ask" if followup.round == 1 else "followup-ask-again", organisation=other.name)
    rows = [
        [
            Button(ctx.tr.plain("followup-btn-" + answer.replace("_", "-")), FollowUpPress(followup.id, answer).pack())
            for answer in row
        ]
        for row in BUTTONS
    ]
    ctx.reply(Screen.of(question + "\n\n" + ctx.tr("followup-private"), rows))


async def on_answer(ctx: Context, press: FollowUpPress) -> None:
    followup = await followup_repos.get(ctx.session, press.followup)
    if followup is None or followup.asked_at is None or not _answers_for(ctx, followup):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    given = FollowUpAnswer(press.answer)
    again = ctx.now + timedelta(days=ctx.settings.intro_followup_days)
    if not await followup_repos.answer(ctx.session, followup, ctx.user_id, given, ctx.now, again):
        ctx.show(Screen(ctx.tr("followup-already-answered")))
        return
    ctx.show(Screen(ctx.tr(_thanks(given, followup.round))))


def _thanks(given: FollowUpAnswer, round_: int) -> str:
    if given == FollowUpAnswer.NOT_YET:
        return "followup-thanks-later" if round_ < followup_repos.LAST_ROUND else "followup-thanks-last"
    return "followup-thanks-working" if given == FollowUpAnswer.WORKING else "followup-thanks"
