"""/profile: what the hub stores about the member, and a one-step edit of each field."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import FIELDS, field_prompt, summary_lines
from handlers.kit.flow import Draft, Flow, Run, Step, cancel_returns, editor_step, opens, while_allowed
from handlers.kit.i18n import LANGUAGE_NAMES, LOCALES, Html
from handlers.kit.messages import Button, Screen, parse_number
from handlers.members import joining
from handlers.partners.matching import IndexCache
from handlers.partners.vouching import vouch_link
from storage import admin_repos, audit_repos, partner_repos, repos
from storage.models import Member, Membership, Vetting


class ProfileStep(WizardStep, prefix="pf"):
    """A press in this wizard."""


PERSONAL_FIELDS = ["name", "share_handle", "follow_ups"]
ORGANISATION_FIELDS = ["org_name", "country", "sector", "topics", "activities", "description", "discoverable"]


@dataclass
class ProfileDraft(Draft):
    """While a field's editor is open, the value being edited (the field is the step); None on the menu."""

    draft: str | bool | list[str] | None = None


def editable_fields(member: Member) -> list[str]:
    """Founders describe their organisation; someone who asked to join edits only their own name."""
    return PERSONAL_FIELDS + (ORGANISATION_FIELDS if member.membership == Membership.FOUNDER else [])


def current_values(member: Member) -> dict[str, Any]:
    organisation = member.organisation
    values: dict[str, Any] = {
        "name": member.display_name,
        "share_handle": member.share_handle,
        "follow_ups": member.follow_ups,
    }
    if organisation is not None:
        values.update(
            org_name=organisation.name,
            country=organisation.country,
            sector=organisation.sector,
            topics=[t.topic for t in organisation.topics],
            activities=[a.activity for a in organisation.activities],
            description=organisation.description,
            discoverable=organisation.discoverable,
        )
    return values


def may_reapply(member: Member) -> bool:
    """The founder of an organisation the admins did not accept may correct its profile and ask again."""
    return (
        member.membership == Membership.FOUNDER
        and member.organisation is not None
        and member.organisation.vetting == Vetting.REJECTED
    )


async def profile_command(ctx: Context) -> None:
    if not ctx.registered:
        ctx.show(Screen(ctx.tr("error-not-registered")))
        return
    await PROFILE.start(ctx)


# --- the menu: what is stored, a button to edit each field, the language, and Close ---


async def _menu_screen(run: Run[ProfileDraft]) -> Screen:
    ctx, tr = run.ctx, run.tr
    assert ctx.member is not None
    member = ctx.member
    organisation = member.organisation
    values = current_values(member)
    status = tr(f"vetting-{organisation.vetting}") if organisation else tr("value-none")
    # someone who only asked to join sees the organisation's name, not its profile
    shown = [*PERSONAL_FIELDS, *ORGANISATION_FIELDS[1:]] if member.acting else PERSONAL_FIELDS
    text = tr(
        "profile-show",
        organisation=organisation.name if organisation else "",
        membership=Html(tr(f"membership-{member.membership or 'none'}")),
        vetting=Html(status),
        details=summary_lines(tr, values, shown),
    )
    if organisation is not None and organisation.vetting == Vetting.PENDING and member.membership == Membership.FOUNDER:
        text += "\n\n" + tr("profile-vouch", needed=ctx.settings.vouch_threshold, link=vouch_link(ctx, organisation))
    buttons = [run.labelled(f"label-{n.replace('_', '-')}", "edit", n) for n in editable_fields(member)]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    if may_reapply(member):
        text += "\n\n" + tr("profile-rejected")
        rows.append([run.labelled("profile-btn-reapply", "reapply")])
    waiting = len(await admin_repos.joiners(ctx.session, member.organisation_id)) if member.acting else 0
    if waiting:
        text += "\n\n" + tr("profile-joiners-waiting", count=waiting)
        rows.append([Button(tr.plain("profile-btn-joiners", count=waiting), joining.OLDEST_WAITING.pack())])
    blocked = len(await partner_repos.blocked_by(ctx.session, organisation.id)) if member.acting and organisation else 0
    if blocked:
        rows.append([run.labelled("profile-btn-blocks", "blocks", count=blocked)])
    rows.append([run.labelled("btn-language", "lang"), run.labelled("btn-close", "cancel")])
    return Screen.of(text, rows)


async def _edit(run: Run[ProfileDraft], arg: str) -> None:
    """Open a field's editor, with its current value."""
    member = run.ctx.member
    assert member is not None  # the buttons work only while the member is registered
    if arg not in editable_fields(member):
        run.expired()
        return
    run.data = ProfileDraft(draft=current_values(member).get(arg))
    await run.go(arg)


async def _reapply(run: Run[ProfileDraft], arg: str) -> None:
    """Back in the vetting queue, as pending; audited. The admins decide again."""
    ctx = run.ctx
    assert ctx.member is not None
    organisation = ctx.member.organisation
    if not may_reapply(ctx.member) or organisation is None:
        run.expired()
        return
    organisation.vetting = Vetting.PENDING
    audit_repos.audit(ctx.session, ctx.user_id, "organisation-reapplied", f"organisation:{organisation.id}", at=ctx.now)
    ctx.toast(ctx.tr.plain("profile-reapplied"))
    await run.stay(above=ctx.tr("profile-reapplied"))


# --- the organisations the member's organisation blocked, each with Unblock ---


def _blocking_organisation(run: Run[ProfileDraft]) -> int | None:
    """The organisation whose blocks this member sees and lifts: their own, while they act for it."""
    member = run.ctx.member
    return member.organisation_id if member is not None and member.acting else None


async def _blocks_screen(run: Run[ProfileDraft]) -> Screen:
    own = _blocking_organisation(run)
    blocked = await partner_repos.blocked_by(run.ctx.session, own) if own is not None else []
    if not blocked:
        return Screen.of(run.tr("profile-blocks-none"), [run.nav()])
    names = "\n".join(f"• {organisation.name}" for organisation in blocked)  # one variable: escaped as a whole
    rows = [[run.labelled("profile-btn-unblock", "unblock", o.id, organisation=o.name[:40])] for o in blocked]
    return Screen.of(run.tr("profile-blocks", organisations=names), [*rows, run.nav()])


async def _open_blocks(run: Run[ProfileDraft], arg: str) -> None:
    if _blocking_organisation(run) is None:
        run.expired()
        return
    await run.go("blocks")


async def _unblock(run: Run[ProfileDraft], arg: str) -> None:
    """Lift one of the organisation's blocks: only a member acting for the organisation that blocked, and only a
    block still in place (a colleague may have lifted it). The other organisation is not told, as of the block."""
    ctx, own = run.ctx, _blocking_organisation(run)
    number = parse_number(arg)
    blocked = await repos.get_organisation(ctx.session, number) if number is not None else None
    if own is None or blocked is None or not await partner_repos.unblock(ctx.session, own, blocked.id):
        run.expired()
        return
    ctx.toast(ctx.tr.plain("profile-unblocked", organisation=blocked.name))
    await run.stay()


# --- the language picker inside /profile, so the choice comes back to the profile ---


def _language_screen(run: Run[ProfileDraft]) -> Screen:
    buttons = [run.button(LANGUAGE_NAMES[locale], "setlang", locale) for locale in LOCALES]
    return Screen.of(run.tr("language-choose"), [buttons[:3], buttons[3:], run.nav()])


async def _set_language(run: Run[ProfileDraft], locale: str) -> None:
    assert run.ctx.member is not None
    if locale not in LOCALES:
        run.expired()
        return
    run.ctx.member.locale = locale
    run.ctx.set_language(locale)
    run.ctx.toast(run.tr.plain("language-saved", language=LANGUAGE_NAMES[locale]))
    await run.go("menu")


# --- a field's editor: the answer is kept at once ---


def _editor(name: str) -> Step:
    field = FIELDS[name]

    def prompt(run: Run[ProfileDraft]) -> str:
        return field_prompt(run.tr, field, run.data.draft)

    editor = editor_step(
        field,
        prompt,
        _save,
        menu="menu",
        saved="profile-saved",
    )
    return replace(editor, buttons={**editor.buttons, **_FROM_ANY_STEP})


async def _save(run: Run[ProfileDraft], value: Any) -> bool:
    """Keep the edited field (its step's name); False, having said why, when it cannot be kept."""
    ctx, name = run.ctx, run.step
    assert ctx.member is not None
    member, organisation = ctx.member, ctx.member.organisation
    if name == "name":
        member.display_name = value
    elif name == "share_handle":
        member.share_handle = value
        if not value:
            await partner_repos.forget_handles(ctx.session, ctx.user_id)
    elif name == "follow_ups":  # questions already on their way are held back too (followups.notice_followup)
        member.follow_ups = value
    elif organisation is None:
        run.expired()
        return False
    elif name == "org_name":
        taken = await repos.organisation_by_name(ctx.session, value)
        if taken is not None and taken.id != organisation.id:
            await run.hint(ctx.tr("error-org-name-taken"))
            return False
        organisation.name, organisation.name_key = value, repos.name_key(value)
    elif name == "topics":
        repos.set_topics(organisation, value)
    elif name == "activities":
        repos.set_activities(organisation, value)
    else:
        setattr(organisation, name, value if value is not None else "")
    if name in ORGANISATION_FIELDS:
        ctx.shared(IndexCache).invalidate()  # suggestions follow the organisation's new profile
    return True


async def _typed_while_registered(ctx: Context) -> bool:
    """A member no longer registered (a joiner declined meanwhile) who types is asked to use the buttons, as
    before; they find those expired."""
    if ctx.registered:
        return True
    await PROFILE.run_of(ctx).hint(ctx.tr("error-use-buttons"))
    return False


# a field's button on an older menu (one left above a hint, say) opens its editor wherever the run is, as /profile
# always did: the menu is where every step comes back to
_FROM_ANY_STEP = {"edit": _edit}

PROFILE = Flow(
    "profile",
    ProfileStep,
    first="menu",
    draft=ProfileDraft,
    cancelled="profile-closed",  # the menu's Close; in an editor or the language picker, Cancel is Back
    # the buttons work while the member is registered (a press after that is an old button)
    steps=while_allowed(
        cancel_returns(
            "menu",
            {
                "menu": Step(
                    _menu_screen,
                    {**_FROM_ANY_STEP, "reapply": _reapply, "lang": opens("language"), "blocks": _open_blocks},
                ),
                "language": Step(_language_screen, {**_FROM_ANY_STEP, "setlang": _set_language}, back="menu"),
                "blocks": Step(_blocks_screen, {**_FROM_ANY_STEP, "unblock": _unblock}, back="menu"),
                **{name: _editor(name) for name in PERSONAL_FIELDS + ORGANISATION_FIELDS},
            },
        ),
        lambda ctx: ctx.registered,
        typed=_typed_while_registered,
    ),
)
