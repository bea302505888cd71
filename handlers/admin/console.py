"""/admin: the vetting queue (approve, or reject with a reason the members are told) and roles (member,
organiser, admin). Every decision goes to the audit log. Admins are the members with the admin role and
everyone in ADMIN_IDS, who bootstraps the first ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.admin.audit_view import audit_line
from handlers.events.cards import title, when
from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import length_error, nav_row
from handlers.kit.messages import TELEGRAM_ID_LIMIT, Button, Screen, parse_number
from handlers.members import joining
from handlers.partners.introductions import organisation_card
from storage import admin_repos, audit_repos, repos
from storage.models import DeliveryKind, Member, Membership, Organisation, ReportStatus, Role, Vetting

FLOW = "admin"


class AdminStep(WizardStep, prefix="ad"):
    """A press in this wizard."""


ROLES = tuple(Role)
REASON_LIMIT = 300
Notify = Callable[..., None]  # queues a notice to a member: (telegram_id, kind, **payload)
QUEUE_SIZE = 10
REPORTED_EVENTS = 10  # enough to see a pattern; titles are at most 120 characters
AUDIT_PAGE = 15  # entries a page: each line is at most ~250 characters, well within a message


async def admin_command(ctx: Context) -> None:
    if not ctx.is_admin:
        ctx.show(Screen(ctx.tr("admin-only")))
        return
    await ctx.start_flow(FLOW, "menu", {})
    ctx.show(await render(ctx))


async def render(ctx: Context) -> Screen:
    assert ctx.conversation is not None
    step, data, token = ctx.conversation.step, ctx.conversation.data, ctx.conversation.token
    if step == "queue":
        return await _queue_screen(ctx, token)
    if step == "org" and (organisation := await ctx.session.get(Organisation, data.get("org"))) is not None:
        return await _organisation_screen(ctx, organisation, token)
    if step == "reports":
        return await _reports_screen(ctx, token)
    if step == "audit":
        return await _audit_screen(ctx, data.get("page", 0), token)
    if step == "reported" and (organisation := await ctx.session.get(Organisation, data.get("org"))) is not None:
        return await _reported_screen(ctx, organisation, token)
    if step == "reason":
        return Screen.of(ctx.tr("admin-ask-reason", limit=REASON_LIMIT), [nav_row(ctx, AdminStep, token)])
    if step == "who":
        return Screen.of(ctx.tr("admin-ask-member"), [nav_row(ctx, AdminStep, token)])
    if step == "member" and (member := await ctx.session.get(Member, data.get("member"))) is not None:
        return _member_screen(ctx, member, token)
    pending = await admin_repos.count_pending(ctx.session)
    reported = await admin_repos.count_open_reports(ctx.session)
    rows = [
        [Button(ctx.tr.plain("admin-btn-queue", count=pending), AdminStep.data(token, "queue"))],
        [Button(ctx.tr.plain("admin-btn-reports", count=reported), AdminStep.data(token, "reports"))],
        [
            Button(ctx.tr.plain("admin-btn-roles"), AdminStep.data(token, "roles")),
            Button(ctx.tr.plain("admin-btn-audit"), AdminStep.data(token, "audit", 0)),
        ],
        [Button(ctx.tr.plain("btn-close"), AdminStep.data(token, "cancel"))],
    ]
    return Screen.of(ctx.tr("admin-menu"), rows)


async def _queue_screen(ctx: Context, token: str) -> Screen:
    pending = await admin_repos.pending_organisations(ctx.session, QUEUE_SIZE)
    rows = [[Button(org.name, AdminStep.data(token, "org", org.id))] for org in pending]
    return Screen.of(ctx.tr("admin-queue" if pending else "admin-queue-empty"), [*rows, nav_row(ctx, AdminStep, token)])


async def _organisation_screen(ctx: Context, organisation: Organisation, token: str) -> Screen:
    members = await admin_repos.acting_members(ctx.session, organisation.id)
    joiners = await admin_repos.joiners(ctx.session, organisation.id)
    text = (
        organisation_card(ctx, organisation)
        + "\n\n"
        + ctx.tr(
            "admin-org-facts",
            id=str(organisation.id),
            members=len(members),
            joiners=len(joiners),
            registered=organisation.created_at.strftime("%d.%m.%Y"),
        )
    )
    rows = [
        [
            Button(ctx.tr.plain("admin-btn-approve"), AdminStep.data(token, "approve", organisation.id)),
            Button(ctx.tr.plain("admin-btn-reject"), AdminStep.data(token, "reject", organisation.id)),
        ],
        nav_row(ctx, AdminStep, token),
    ]
    return Screen.of(text, rows)


async def _audit_screen(ctx: Context, page: int, token: str) -> Screen:
    entries, total = await admin_repos.audit_page(ctx.session, page * AUDIT_PAGE, AUDIT_PAGE)
    pages = max((total + AUDIT_PAGE - 1) // AUDIT_PAGE, 1)
    lines = [audit_line(ctx, entry) for entry in entries]
    text = (
        ctx.tr("admin-audit", page=page + 1, pages=pages, zone=ctx.settings.timezone) + "\n\n" + "\n".join(lines)
        if lines
        else ctx.tr("admin-audit-none")
    )
    paging = [Button("◀", AdminStep.data(token, "audit", page - 1))] if page else []
    if page + 1 < pages:
        paging.append(Button("▶", AdminStep.data(token, "audit", page + 1)))
    return Screen.of(text, [paging, nav_row(ctx, AdminStep, token)] if paging else [nav_row(ctx, AdminStep, token)])


async def _reports_screen(ctx: Context, token: str) -> Screen:
    reported = await admin_repos.reported_organisations(ctx.session, QUEUE_SIZE)
    rows = [[Button(f"{org.name} ({count})", AdminStep.data(token, "reported", org.id))] for org, count in reported]
    text = ctx.tr("admin-reports" if reported else "admin-reports-none")
    return Screen.of(text, [*rows, nav_row(ctx, AdminStep, token)])


async def _reported_screen(ctx: Context, organisation: Organisation, token: str) -> Screen:
    reasons = await admin_repos.open_report_reasons(ctx.session, organisation.id)
    lines = "\n".join(f"• {ctx.tr.plain(f'report-reason-{reason}')}: {count}" for reason, count in reasons.items())
    text = organisation_card(ctx, organisation) + "\n\n" + ctx.tr("admin-reported", reasons=lines or "–")
    events = await admin_repos.reported_events(ctx.session, organisation.id)
    if events:  # plain text: the variable is escaped as a whole
        named = "\n".join(
            f"• {title(ctx, event)} ({when(ctx, event)}): {count}" for event, count in events[:REPORTED_EVENTS]
        )
        text += "\n" + ctx.tr("admin-reported-events", events=named)
    suspend = "unsuspend" if organisation.suspended_at else "suspend"
    rows = [
        [
            Button(ctx.tr.plain("admin-btn-dismiss"), AdminStep.data(token, "dismiss", organisation.id)),
            Button(ctx.tr.plain("admin-btn-warn"), AdminStep.data(token, "warn", organisation.id)),
        ],
        [Button(ctx.tr.plain(f"admin-btn-{suspend}"), AdminStep.data(token, suspend, organisation.id))],
        nav_row(ctx, AdminStep, token),
    ]
    return Screen.of(text, rows)


def _member_screen(ctx: Context, member: Member, token: str) -> Screen:
    organisation = member.organisation
    text = ctx.tr(
        "admin-member",
        id=str(member.telegram_id),
        name=member.display_name or "–",
        organisation=organisation.name if organisation else "–",
        vetting=ctx.tr.plain(f"vetting-{organisation.vetting}") if organisation else "–",
        membership=ctx.tr.plain(f"admin-membership-{member.membership or 'none'}"),
        role=ctx.tr.plain(f"admin-role-{member.role}"),
    )
    buttons = [
        Button(
            ("✅ " if role == member.role else "") + ctx.tr.plain(f"admin-role-{role}"),
            AdminStep.data(token, "role", role),
        )
        for role in ROLES
    ]
    suspend = "unsuspend" if member.suspended_at else "suspend"
    rows = [
        buttons,
        [
            Button(
                ctx.tr.plain(f"admin-btn-{suspend}-member"),
                AdminStep.data(token, f"{suspend}-member", member.telegram_id),
            )
        ],
    ]
    if member.membership == Membership.REQUESTED and organisation is not None:  # nobody may be left to approve them
        rows.insert(0, list(joining.request_screen(ctx, member).rows[0]))
    if member.suspended_at:
        text += "\n" + ctx.tr("admin-member-suspended")
    return Screen.of(text, [*rows, nav_row(ctx, AdminStep, token)])


BACK = {
    "audit": "menu",
    "queue": "menu",
    "org": "queue",
    "reason": "org",
    "who": "menu",
    "member": "who",
    "reports": "menu",
    "reported": "reports",
}
MODERATION = ("dismiss", "warn", "suspend", "unsuspend")


async def on_button(ctx: Context, press: AdminStep) -> None:
    token, action, arg = press.token, press.action, press.arg
    conversation = ctx.flow_run(FLOW, token)
    if conversation is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if not ctx.is_admin:
        await ctx.end_flow_refused("admin-only")
        return
    step, data = conversation.step, dict(conversation.data)
    if action == "cancel" and step == "menu":
        await ctx.end_flow()
        ctx.show(Screen(ctx.tr("admin-closed")))
        return
    if action == "approve" and step == "org" and parse_number(arg) == data.get("org"):
        await _decide(ctx, data["org"], Vetting.VETTED, None)
        return
    if action == "role" and step == "member" and arg in ROLES:
        await _set_role(ctx, data["member"], Role(arg))
        return
    if action in MODERATION and step == "reported" and parse_number(arg) == data.get("org"):
        await _moderate(ctx, data["org"], action)
        return
    if (
        action in ("suspend-member", "unsuspend-member")
        and step == "member"
        and parse_number(arg, TELEGRAM_ID_LIMIT) == data.get("member")
    ):
        await _suspend_member(ctx, data["member"], action == "suspend-member")
        return
    new_step = _move(data, step, action, arg)
    if new_step is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    conversation.data, conversation.step = data, new_step
    ctx.show(await render(ctx))


def _move(data: dict[str, Any], step: str, action: str, arg: str) -> str | None:
    if action in ("back", "cancel"):
        return BACK.get(step, "menu") if action == "back" else "menu"
    moves = {
        ("queue", "menu"): "queue",
        ("roles", "menu"): "who",
        ("reject", "org"): "reason",
        ("reports", "menu"): "reports",
    }
    if (action, step) in moves and (action != "reject" or parse_number(arg) == data.get("org")):
        return moves[(action, step)]
    if action == "audit" and step in ("menu", "audit") and (page := parse_number(arg)) is not None:
        data["page"] = page
        return "audit"
    if (action, step) in (("org", "queue"), ("reported", "reports")) and (number := parse_number(arg)) is not None:
        data["org"] = number
        return "org" if action == "org" else "reported"
    return None


async def on_text(ctx: Context) -> None:
    assert ctx.conversation is not None
    step, text = ctx.conversation.step, (ctx.incoming.text or "").strip()
    if not ctx.is_admin:
        await ctx.end_flow_refused("admin-only")
        return
    if step not in ("reason", "who"):
        ctx.reply(Screen(ctx.tr("error-use-buttons")))
        ctx.reply(await render(ctx))
        return
    if step == "reason":
        error = length_error(ctx.tr, text, REASON_LIMIT)
        if error is not None:
            ctx.reply(Screen(error))
            return
        await _decide(ctx, ctx.conversation.data["org"], Vetting.REJECTED, text)
        return
    number = parse_number(text.lstrip("@"), TELEGRAM_ID_LIMIT)
    member = await ctx.session.get(Member, number) if number is not None else None
    if member is None or member.registered_at is None:
        ctx.reply(Screen(ctx.tr("admin-no-member")))
        return
    ctx.conversation.data, ctx.conversation.step = {"member": member.telegram_id}, "member"
    ctx.reply(await render(ctx))


async def _decide(ctx: Context, org_id: int, vetting: Vetting, reason: str | None) -> None:
    """Approve or reject a pending organisation; its members are told in their language."""
    assert ctx.conversation is not None
    organisation = await ctx.session.get(Organisation, org_id)
    if organisation is None or organisation.vetting != Vetting.PENDING:
        ctx.conversation.step = "queue"
        await _show_after(ctx, ctx.tr("admin-already-decided"))
        return
    await decide(ctx.session, organisation, vetting, reason, actor=ctx.user_id, notify=ctx.notify, at=ctx.now)
    ctx.partners.invalidate()
    ctx.conversation.data, ctx.conversation.step = {}, "queue"
    await _show_after(ctx, ctx.tr(f"admin-decided-{vetting}", organisation=organisation.name))


async def _show_after(ctx: Context, done: str) -> None:
    """What was done, above the screen the admin is on now."""
    screen = await render(ctx)
    ctx.show(Screen(done + "\n\n" + screen.text, screen.rows))


async def decide(
    session: AsyncSession,
    organisation: Organisation,
    vetting: Vetting,
    reason: str | None,
    *,
    actor: int | None,
    notify: Notify,
    at: datetime | None = None,
    via: str | None = None,
) -> None:
    """The vetting decision itself, shared with the CLI and vouching (`via="vouches"`): the status, the audit
    entry and the members' notices."""
    organisation.vetting = vetting
    detail = {"reason": reason} if reason else {}
    audit_repos.audit(
        session,
        actor,
        f"organisation-{vetting}",
        f"organisation:{organisation.id}",
        at=at,
        **detail,
        **({"via": via} if via else {}),
    )
    for member_id in await admin_repos.acting_members(session, organisation.id):
        notify(member_id, DeliveryKind.VETTING_DECIDED, organisation_id=organisation.id, reason=reason or "")


async def _set_role(ctx: Context, member_id: int, role: Role) -> None:
    assert ctx.conversation is not None
    member = await ctx.session.get(Member, member_id)
    problem = role_problem(member, role)
    if member is None or problem is not None:
        ctx.toast(ctx.tr.plain(problem or "error-button-expired"))
        return
    if member.role == Role.ADMIN and role != Role.ADMIN:
        problem = await admins_left_problem(ctx.session, ctx.settings.admin_ids, [member])
        if problem is not None:
            ctx.toast(ctx.tr.plain(problem))
            return
    if member.role != role:
        set_role(ctx.session, member, role, actor=ctx.user_id, notify=ctx.notify, at=ctx.now)
    await _show_after(ctx, ctx.tr("admin-role-set", role=ctx.tr.plain(f"admin-role-{role}")))


def role_problem(member: Member | None, role: Role) -> str | None:
    """Why `member` may not get `role` (a message id), or None. Organisers and admins act in the hub's name, so
    they act for a vetted organisation: founded it, or were approved by its members."""
    if member is None or member.registered_at is None:
        return "admin-no-member"
    if role != Role.MEMBER and not member.vetted:
        return "admin-role-needs-approval" if member.membership == Membership.REQUESTED else "admin-role-needs-vetted"
    return None


async def admins_left_problem(session: AsyncSession, admin_ids: frozenset[int], losing: list[Member]) -> str | None:
    """Why these members may not lose their admin powers (be suspended, or lose the role), or None. The admins
    of ADMIN_IDS run the hub and are never suspended; nor is the last admin, who alone could lift it."""
    if any(member.telegram_id in admin_ids for member in losing):
        return "admin-cannot-suspend-bootstrap"
    if admin_ids:
        return None
    losing_ids = {member.telegram_id for member in losing}
    if not set(await admin_repos.active_admins(session)) - losing_ids:
        return "admin-cannot-suspend-last"
    return None


def set_role(
    session: AsyncSession, member: Member, role: Role, *, actor: int | None, notify: Notify, at: datetime | None = None
) -> None:
    audit_repos.audit(
        session, actor, "role-changed", f"member:{member.telegram_id}", at=at, before=member.role, after=role
    )
    member.role = role
    notify(member.telegram_id, DeliveryKind.ROLE_CHANGED, role=role)


async def _moderate(ctx: Context, org_id: int, action: str) -> None:
    """Dismiss the reports, warn the organisation, or suspend it (or lift a suspension); audited."""
    assert ctx.conversation is not None
    organisation = await ctx.session.get(Organisation, org_id)
    if organisation is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if action == "suspend":
        members = await admin_repos.members_of(ctx.session, org_id)
        problem = await admins_left_problem(ctx.session, ctx.settings.admin_ids, members)
        if problem is not None:
            ctx.toast(ctx.tr.plain(problem))
            return
    if action in ("suspend", "unsuspend"):
        organisation.suspended_at = ctx.now if action == "suspend" else None
        ctx.partners.invalidate()
    if action == "warn":
        for member_id in await admin_repos.acting_members(ctx.session, org_id):
            ctx.notify(member_id, DeliveryKind.ORGANISATION_WARNED, organisation_id=org_id)
    outcome = ReportStatus.DISMISSED if action == "dismiss" else ReportStatus.ACTED
    closed = await admin_repos.close_reports(ctx.session, org_id, outcome)
    audit_repos.audit(
        ctx.session, ctx.user_id, f"organisation-{action}", f"organisation:{org_id}", reports=closed, at=ctx.now
    )
    ctx.conversation.data, ctx.conversation.step = {}, "reports"
    await _show_after(ctx, ctx.tr(f"admin-done-{action}", organisation=organisation.name))


async def _suspend_member(ctx: Context, member_id: int, suspend: bool) -> None:
    member = await ctx.session.get(Member, member_id)
    if member is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    problem = await admins_left_problem(ctx.session, ctx.settings.admin_ids, [member]) if suspend else None
    if problem is not None:
        ctx.toast(ctx.tr.plain(problem))
        return
    member.suspended_at = ctx.now if suspend else None
    if not suspend:
        await repos.lift_kept_suspension(ctx.session, member_id)
    audit_repos.audit(
        ctx.session,
        ctx.user_id,
        "member-suspended" if suspend else "member-unsuspended",
        f"member:{member_id}",
        at=ctx.now,
    )
    await _show_after(ctx, ctx.tr("admin-done-suspend-member" if suspend else "admin-done-unsuspend-member"))


async def notice_warning(ctx: Context, payload: dict[str, Any]) -> None:
    organisation = await ctx.session.get(Organisation, payload.get("organisation_id"))
    if organisation is not None:
        ctx.reply(Screen(ctx.tr("organisation-warning", organisation=organisation.name)))


async def notice_vetting(ctx: Context, payload: dict[str, Any]) -> None:
    organisation = await ctx.session.get(Organisation, payload.get("organisation_id"))
    if organisation is None or organisation.vetting not in (Vetting.VETTED, Vetting.REJECTED):
        return
    text = ctx.tr(f"vetting-notice-{organisation.vetting}", organisation=organisation.name)
    if payload.get("reason"):
        text += "\n\n" + ctx.tr("vetting-notice-reason", reason=str(payload["reason"]))
    ctx.reply(Screen(text))


async def notice_role(ctx: Context, payload: dict[str, Any]) -> None:
    role = payload.get("role")
    if ctx.member is None or role != ctx.member.role:
        return  # changed again since
    ctx.reply(Screen(ctx.tr(f"role-notice-{role}")))
