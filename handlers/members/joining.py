"""Joining an existing organisation: a newcomer asks (at /register), the organisation's founder and approved
members decide (from the notice, or /profile), and the newcomer is told.

Until approved, a joiner acts for nobody: they do not see the organisation's profile, its introductions or
invitations for vetted members, and no role can be given to them. A decline sends them back to /register. The
hub's admins decide for an organisation that has nobody left to do it.
"""

from __future__ import annotations

from typing import Any, Literal

from handlers.kit.actions import Action, TelegramId
from handlers.kit.core import Context
from handlers.kit.messages import Button, Screen
from storage import admin_repos, audit_repos, partner_repos, repos
from storage.models import DeliveryKind, Member, Membership, Organisation, Role


class JoinDecision(Action, prefix="jn"):
    """Approve or decline one request (`stamp`: which one), or `next`: the oldest waiting (joiner and stamp 0)."""

    joiner: TelegramId
    stamp: str
    verdict: Literal["ok", "no", "next"]


OLDEST_WAITING = JoinDecision(0, "0", "next")


async def ask_to_join(ctx: Context, joiner: Member, organisation: Organisation) -> None:
    """Tell whoever can decide that `joiner` asks to join: its acting members, else the hub's admins."""
    deciders = await partner_repos.organisation_members(ctx.session, organisation.id)
    if not deciders:
        deciders = await admin_repos.admin_members(ctx.session, ctx.settings.admin_ids)
    for decider in deciders:
        ctx.notify(decider, DeliveryKind.JOIN_REQUEST, member_id=joiner.telegram_id, organisation_id=organisation.id)


def may_decide(ctx: Context, joiner: Member) -> bool:
    """A founder or approved member of the joiner's organisation, or an admin."""
    own = ctx.member
    same = own is not None and own.acting and own.organisation_id == joiner.organisation_id
    return ctx.registered and (same or ctx.is_admin)


def request_screen(ctx: Context, joiner: Member, waiting: int = 1) -> Screen:
    """Who asks to join which organisation, with Approve and Decline."""
    organisation = joiner.organisation
    assert organisation is not None
    name = joiner.display_name or ctx.tr.plain("join-no-name")
    text = ctx.tr("join-request", name=name, organisation=organisation.name, count=waiting)
    return Screen.of(
        text,
        [
            [
                Button(
                    ctx.tr.plain("btn-approve"), JoinDecision(joiner.telegram_id, request_stamp(joiner), "ok").pack()
                ),
                Button(
                    ctx.tr.plain("btn-decline"), JoinDecision(joiner.telegram_id, request_stamp(joiner), "no").pack()
                ),
            ]
        ],
    )


async def notice_request(ctx: Context, payload: dict[str, Any]) -> None:
    """The outbox notice of a request, rendered when sent: nothing if it was decided (or withdrawn) meanwhile."""
    joiner = await _waiting_joiner(ctx, payload.get("member_id"))
    if joiner is not None and joiner.organisation_id == payload.get("organisation_id") and may_decide(ctx, joiner):
        ctx.reply(request_screen(ctx, joiner))


async def notice_decided(ctx: Context, payload: dict[str, Any]) -> None:
    organisation_id = payload.get("organisation_id")
    organisation = await repos.get_organisation(ctx.session, organisation_id) if organisation_id else None
    if organisation is None or ctx.member is None:
        return
    approved = payload.get("approved") is True
    if approved and (ctx.member.organisation_id != organisation.id or ctx.member.membership != Membership.MEMBER):
        return  # undone since (they left, or used /forget and came back)
    ctx.reply(
        Screen(ctx.tr("join-notice-approved" if approved else "join-notice-declined", organisation=organisation.name))
    )


async def show_oldest(ctx: Context, done: str | None = None) -> None:
    """The oldest request waiting in the member's organisation, under what was just done (if anything)."""
    assert ctx.member is not None
    waiting = await admin_repos.joiners(ctx.session, ctx.member.organisation_id) if ctx.member.acting else []
    above = done + "\n\n" if done else ""
    if not waiting:
        ctx.show(Screen(above + ctx.tr("join-none-waiting")))
        return
    screen = request_screen(ctx, waiting[0], len(waiting))
    ctx.show(Screen(above + screen.text, screen.rows))


def request_stamp(joiner: Member) -> str:
    """Ties a decision button to one request: after a decline and a new request, the old notice's buttons are
    stale (the person registered again), so an old message cannot approve a new request unread."""
    return format(int(joiner.registered_at.timestamp() * 1_000_000), "x") if joiner.registered_at else "0"


async def on_button(ctx: Context, press: JoinDecision) -> None:
    action, stamp = press.verdict, press.stamp
    if press == OLDEST_WAITING and ctx.member is not None and ctx.member.acting:
        await show_oldest(ctx)
        return
    joiner = await repos.get_member(ctx.session, press.joiner) if press.joiner and action != "next" else None
    if joiner is None or joiner.organisation_id is None or not may_decide(ctx, joiner):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if joiner.membership != Membership.REQUESTED or joiner.registered_at is None or stamp != request_stamp(joiner):
        ctx.toast(ctx.tr.plain("join-already-decided"))
        ctx.show(Screen(ctx.tr("join-already-decided")))
        return
    organisation = joiner.organisation
    assert organisation is not None
    name = joiner.display_name or ctx.tr.plain("join-no-name")
    decide(ctx, joiner, approve=action == "ok")
    done = ctx.tr(
        "join-done-approved" if action == "ok" else "join-done-declined", name=name, organisation=organisation.name
    )
    if ctx.member is not None and ctx.member.acting and ctx.member.organisation_id == organisation.id:
        await show_oldest(ctx, done)
    else:
        ctx.show(Screen(done))


def decide(ctx: Context, joiner: Member, *, approve: bool) -> None:
    """Approve (the joiner now acts for the organisation) or decline (they are unregistered, free to /register
    again); audited, and the joiner is told. Who decided is not named to them."""
    organisation_id = joiner.organisation_id
    if approve:
        joiner.membership = Membership.MEMBER
    else:
        joiner.organisation, joiner.membership, joiner.registered_at = None, None, None
        joiner.role = Role.MEMBER
    audit_repos.audit(
        ctx.session,
        ctx.user_id,
        "member-approved" if approve else "member-declined",
        f"member:{joiner.telegram_id}",
        organisation=organisation_id,
        at=ctx.now,
    )
    ctx.notify(joiner.telegram_id, DeliveryKind.JOIN_DECIDED, organisation_id=organisation_id, approved=approve)


async def _waiting_joiner(ctx: Context, member_id: Any) -> Member | None:
    joiner = await repos.get_member(ctx.session, member_id) if isinstance(member_id, int) else None
    if joiner is None or joiner.membership != Membership.REQUESTED or joiner.registered_at is None:
        return None
    return joiner
