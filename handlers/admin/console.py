"""/admin: the vetting queue (approve, or reject with a reason the members are told) and roles (member,
organiser, admin). Every decision goes to the audit log. Admins are the members with the admin role and
everyone in ADMIN_IDS, who bootstraps the first ones."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.admin.audit_view import audit_line
from handlers.events.cards import events_screen, title, when
from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import length_error
from handlers.kit.flow import (
    ADMINS,
    ButtonFn,
    Draft,
    Flow,
    Run,
    ScreenFn,
    Step,
    cancel_returns,
    opens,
    opens_item,
    ticked,
)
from handlers.kit.messages import TELEGRAM_ID_LIMIT, Screen, parse_number
from handlers.members import joining
from handlers.partners.introductions import organisation_card
from handlers.partners.matching import IndexCache
from storage import admin_repos, audit_repos, repos
from storage.models import DeliveryKind, Member, Membership, Organisation, ReportStatus, Role, Vetting


class AdminStep(WizardStep, prefix="ad"):
    """A press in this wizard."""


ROLES = tuple(Role)
REASON_LIMIT = 300
Notify = Callable[..., None]  # queues a notice to a member: (telegram_id, kind, **payload)
QUEUE_SIZE = 10
REPORTED_EVENTS = 10  # enough to see a pattern; titles are at most 120 characters
AUDIT_PAGE = 15  # entries a page: each line is at most ~250 characters, well within a message
MODERATION = ("dismiss", "warn", "suspend", "unsuspend")
Shown = TypeVar("Shown", Organisation, Member)


@dataclass
class AdminDraft(Draft):
    """What the admin has open: an organisation (pending, or reported), a member, or a page of the audit log."""

    org: int | None = None
    member: int | None = None  # a Telegram id
    page: int = 0  # of the audit log


async def admin_command(ctx: Context) -> None:
    await ADMIN.start(ctx)


# --- the screens ---


async def _menu_screen(run: Run[AdminDraft]) -> Screen:
    pending = await admin_repos.count_pending(run.ctx.session)
    reported = await admin_repos.count_open_reports(run.ctx.session)
    rows = [
        [run.labelled("admin-btn-queue", "queue", count=pending)],
        [run.labelled("admin-btn-reports", "reports", count=reported)],
        [run.labelled("admin-btn-roles", "roles"), run.labelled("admin-btn-audit", "audit", 0)],
        [run.labelled("btn-close", "cancel")],
    ]
    return Screen.of(run.tr("admin-menu"), rows)


def _about(
    load: Callable[[AsyncSession, int], Awaitable[Shown | None]],
    key: Callable[[AdminDraft], int | None],
    screen: Callable[[Run[AdminDraft], Shown], Awaitable[Screen]],
) -> ScreenFn:
    """The screen of the organisation or member the draft names (`key` reads its number, `load` the row); the
    menu's once it is gone."""

    async def shown(run: Run[AdminDraft]) -> Screen:
        number = key(run.data)
        row = await load(run.ctx.session, number) if number is not None else None
        return await screen(run, row) if row is not None else await _menu_screen(run)

    return shown


async def _queue_screen(run: Run[AdminDraft]) -> Screen:
    pending = await admin_repos.pending_organisations(run.ctx.session, QUEUE_SIZE)
    rows = [[run.button(org.name, "org", org.id)] for org in pending]
    return Screen.of(run.tr("admin-queue" if pending else "admin-queue-empty"), [*rows, run.nav()])


async def _organisation_screen(run: Run[AdminDraft], organisation: Organisation) -> Screen:
    ctx = run.ctx
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
            run.labelled("admin-btn-approve", "approve", organisation.id),
            run.labelled("admin-btn-reject", "reject", organisation.id),
        ],
        run.nav(),
    ]
    return Screen.of(text, rows)


async def _audit_screen(run: Run[AdminDraft]) -> Screen:
    ctx, page = run.ctx, run.data.page
    entries, total = await admin_repos.audit_page(ctx.session, page * AUDIT_PAGE, AUDIT_PAGE)
    pages = max((total + AUDIT_PAGE - 1) // AUDIT_PAGE, 1)
    lines = [audit_line(ctx, entry) for entry in entries]
    text = (
        ctx.tr("admin-audit", page=page + 1, pages=pages, zone=ctx.settings.timezone) + "\n\n" + "\n".join(lines)
        if lines
        else ctx.tr("admin-audit-none")
    )
    paging = [run.button("◀", "audit", page - 1)] if page else []
    if page + 1 < pages:
        paging.append(run.button("▶", "audit", page + 1))
    return Screen.of(text, [paging, run.nav()] if paging else [run.nav()])


async def _reports_screen(run: Run[AdminDraft]) -> Screen:
    reported = await admin_repos.reported_organisations(run.ctx.session, QUEUE_SIZE)
    rows = [[run.button(f"{org.name} ({count})", "reported", org.id)] for org, count in reported]
    text = run.tr("admin-reports" if reported else "admin-reports-none")
    return Screen.of(text, [*rows, run.nav()])


async def _reported_screen(run: Run[AdminDraft], organisation: Organisation) -> Screen:
    ctx = run.ctx
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
            run.labelled("admin-btn-dismiss", "dismiss", organisation.id),
            run.labelled("admin-btn-warn", "warn", organisation.id),
        ],
        [run.labelled(f"admin-btn-{suspend}", suspend, organisation.id)],
        run.nav(),
    ]
    return events_screen([event for event, _count in events[:REPORTED_EVENTS]], text, rows)


def _asking(message_id: str, **args: object) -> ScreenFn:
    """A screen that asks for a typed answer."""
    return lambda run: Screen.of(run.tr(message_id, **args), [run.nav()])


async def _member_screen(run: Run[AdminDraft], member: Member) -> Screen:
    ctx, organisation = run.ctx, member.organisation
    text = ctx.tr(
        "admin-member",
        id=str(member.telegram_id),
        name=member.display_name or "–",
        organisation=organisation.name if organisation else "–",
        vetting=ctx.tr.plain(f"vetting-{organisation.vetting}") if organisation else "–",
        membership=ctx.tr.plain(f"admin-membership-{member.membership or 'none'}"),
        role=ctx.tr.plain(f"admin-role-{member.role}"),
    )
    buttons = [ticked(run, ctx.tr.plain(f"admin-role-{role}"), role == member.role, "role", role) for role in ROLES]
    suspend = "unsuspend" if member.suspended_at else "suspend"
    rows = [buttons, [run.labelled(f"admin-btn-{suspend}-member", f"{suspend}-member", member.telegram_id)]]
    if member.membership == Membership.REQUESTED and organisation is not None:  # nobody may be left to approve them
        rows.insert(0, list(joining.request_screen(ctx, member).rows[0]))
    if member.suspended_at:
        text += "\n" + ctx.tr("admin-member-suspended")
    return Screen.of(text, [*rows, run.nav()])


# --- the buttons and the typed answers ---


def _for_organisation(act: ButtonFn) -> ButtonFn:
    """A decision about the organisation on screen: a press naming another one is an old button."""

    async def press(run: Run[AdminDraft], arg: str) -> None:
        if parse_number(arg) != run.data.org:
            run.expired()
            return
        await act(run, arg)

    return press


async def _approve(run: Run[AdminDraft], arg: str) -> None:
    assert run.data.org is not None  # the organisation's screen opened with it
    await _decide(run, run.data.org, Vetting.VETTED, None)


async def _ask_reason(run: Run[AdminDraft], arg: str) -> None:
    await run.go("reason")


async def _reject(run: Run[AdminDraft], text: str) -> None:
    reason = text.strip()
    error = length_error(run.tr, reason, REASON_LIMIT)
    if error is not None:
        run.ctx.reply(Screen(error))
        return
    assert run.data.org is not None  # the organisation's screen opened with it
    await _decide(run, run.data.org, Vetting.REJECTED, reason)


async def _decide(run: Run[AdminDraft], org_id: int, vetting: Vetting, reason: str | None) -> None:
    """Approve or reject a pending organisation; its members are told in their language."""
    ctx = run.ctx
    organisation = await repos.get_organisation(ctx.session, org_id)
    if organisation is None or organisation.vetting != Vetting.PENDING:
        await run.go("queue", above=ctx.tr("admin-already-decided"))
        return
    await decide(ctx.session, organisation, vetting, reason, actor=ctx.user_id, notify=ctx.notify, at=ctx.now)
    ctx.shared(IndexCache).invalidate()
    run.data = AdminDraft()
    await run.go("queue", above=ctx.tr(f"admin-decided-{vetting}", organisation=organisation.name))


async def _find_member(run: Run[AdminDraft], text: str) -> None:
    number = parse_number(text.strip().lstrip("@"), TELEGRAM_ID_LIMIT)
    member = await repos.get_member(run.ctx.session, number) if number is not None else None
    if member is None or member.registered_at is None:
        run.ctx.reply(Screen(run.tr("admin-no-member")))
        return
    run.data = AdminDraft(member=member.telegram_id)
    await run.go("member")


async def _role(run: Run[AdminDraft], arg: str) -> None:
    if arg not in ROLES:
        run.expired()
        return
    assert run.data.member is not None  # the member's screen opened with them
    await _set_role(run, run.data.member, Role(arg))


def _member_suspension(suspend: bool) -> ButtonFn:
    async def press(run: Run[AdminDraft], arg: str) -> None:
        if parse_number(arg, TELEGRAM_ID_LIMIT) != run.data.member:
            run.expired()
            return
        assert run.data.member is not None  # the member's screen opened with them
        await _suspend_member(run, run.data.member, suspend)

    return press


def _moderation(action: str) -> ButtonFn:
    async def press(run: Run[AdminDraft], arg: str) -> None:
        assert run.data.org is not None  # the organisation's screen opened with it
        await _moderate(run, run.data.org, action)

    return _for_organisation(press)


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


async def _set_role(run: Run[AdminDraft], member_id: int, role: Role) -> None:
    ctx = run.ctx
    member = await repos.get_member(ctx.session, member_id)
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
    await run.stay(above=ctx.tr("admin-role-set", role=ctx.tr.plain(f"admin-role-{role}")))


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


async def _moderate(run: Run[AdminDraft], org_id: int, action: str) -> None:
    """Dismiss the reports, warn the organisation, or suspend it (or lift a suspension); audited."""
    ctx = run.ctx
    organisation = await repos.get_organisation(ctx.session, org_id)
    if organisation is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if await _moderated_already(ctx, organisation, action):
        run.data = AdminDraft()
        await run.go("reports", above=ctx.tr("admin-already-decided"))
        return
    if action == "suspend":
        members = await admin_repos.members_of(ctx.session, org_id)
        problem = await admins_left_problem(ctx.session, ctx.settings.admin_ids, members)
        if problem is not None:
            ctx.toast(ctx.tr.plain(problem))
            return
    if action in ("suspend", "unsuspend"):
        organisation.suspended_at = ctx.now if action == "suspend" else None
        ctx.shared(IndexCache).invalidate()
    if action == "warn":
        for member_id in await admin_repos.acting_members(ctx.session, org_id):
            ctx.notify(member_id, DeliveryKind.ORGANISATION_WARNED, organisation_id=org_id)
    outcome = ReportStatus.DISMISSED if action == "dismiss" else ReportStatus.ACTED
    closed = await admin_repos.close_reports(ctx.session, org_id, outcome)
    audit_repos.audit(
        ctx.session, ctx.user_id, f"organisation-{action}", f"organisation:{org_id}", reports=closed, at=ctx.now
    )
    run.data = AdminDraft()
    await run.go("reports", above=ctx.tr(f"admin-done-{action}", organisation=organisation.name))


async def _moderated_already(ctx: Context, organisation: Organisation, action: str) -> bool:
    """Whether another admin decided meanwhile, on a screen shown to both: the reports this one read are closed
    (a dismissal or a warning is about them), or the organisation is already as a suspension would leave it. A
    second warning would reach its members twice for one report."""
    if action in ("suspend", "unsuspend"):
        return (organisation.suspended_at is not None) == (action == "suspend")
    return not await admin_repos.open_report_reasons(ctx.session, organisation.id)


async def _suspend_member(run: Run[AdminDraft], member_id: int, suspend: bool) -> None:
    ctx = run.ctx
    member = await repos.get_member(ctx.session, member_id)
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
    await run.stay(above=ctx.tr("admin-done-suspend-member" if suspend else "admin-done-unsuspend-member"))


async def _notice_organisation(ctx: Context, payload: dict[str, Any]) -> Organisation | None:
    number = payload.get("organisation_id")
    return await repos.get_organisation(ctx.session, number) if isinstance(number, int) else None


async def notice_warning(ctx: Context, payload: dict[str, Any]) -> None:
    organisation = await _notice_organisation(ctx, payload)
    if organisation is not None:
        ctx.reply(Screen(ctx.tr("organisation-warning", organisation=organisation.name)))


async def notice_vetting(ctx: Context, payload: dict[str, Any]) -> None:
    organisation = await _notice_organisation(ctx, payload)
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


ADMIN = Flow(
    "admin",
    AdminStep,
    first="menu",
    cancelled="admin-closed",
    draft=AdminDraft,
    guard=ADMINS,
    steps=cancel_returns(
        "menu",
        {
            "menu": Step(
                _menu_screen,
                {
                    "queue": opens("queue"),
                    "roles": opens("who"),
                    "reports": opens("reports"),
                    "audit": opens_item("audit", "page"),
                },
            ),
            "audit": Step(_audit_screen, {"audit": opens_item("audit", "page")}, back="menu"),
            "queue": Step(_queue_screen, {"org": opens_item("org", "org")}, back="menu"),
            "org": Step(
                _about(repos.get_organisation, lambda data: data.org, _organisation_screen),
                {"approve": _for_organisation(_approve), "reject": _for_organisation(_ask_reason)},
                back="queue",
            ),
            "reason": Step(_asking("admin-ask-reason", limit=REASON_LIMIT), text=_reject, back="org"),
            "who": Step(_asking("admin-ask-member"), text=_find_member, back="menu"),
            "member": Step(
                _about(repos.get_member, lambda data: data.member, _member_screen),
                {
                    "role": _role,
                    "suspend-member": _member_suspension(True),
                    "unsuspend-member": _member_suspension(False),
                },
                back="who",
            ),
            "reports": Step(_reports_screen, {"reported": opens_item("reported", "org")}, back="menu"),
            "reported": Step(
                _about(repos.get_organisation, lambda data: data.org, _reported_screen),
                {action: _moderation(action) for action in MODERATION},
                back="reports",
            ),
        },
    ),
)
