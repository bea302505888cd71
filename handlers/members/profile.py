"""/profile: what the hub stores about the member, and a one-step edit of each field."""

from __future__ import annotations

from typing import Any

from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import (
    FIELDS,
    field_buttons,
    field_prompt,
    nav_row,
    parse_pick,
    parse_text,
    summary_lines,
    toggle,
)
from handlers.kit.i18n import LANGUAGE_NAMES, LOCALES, Html
from handlers.kit.messages import Button, Screen
from handlers.members import joining
from handlers.partners.matching import IndexCache
from handlers.partners.vouching import vouch_link
from storage import admin_repos, audit_repos, partner_repos, repos
from storage.models import Member, Membership, Vetting

FLOW = "profile"


class ProfileStep(WizardStep, prefix="pf"):
    """A press in this wizard."""


PERSONAL_FIELDS = ["name", "share_handle"]
ORGANISATION_FIELDS = ["org_name", "country", "sector", "topics", "activities", "description", "discoverable"]


def editable_fields(member: Member) -> list[str]:
    """Founders describe their organisation; someone who asked to join edits only their own name."""
    return PERSONAL_FIELDS + (ORGANISATION_FIELDS if member.membership == Membership.FOUNDER else [])


def current_values(member: Member) -> dict[str, Any]:
    organisation = member.organisation
    values: dict[str, Any] = {"name": member.display_name, "share_handle": member.share_handle}
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


async def profile_command(ctx: Context) -> None:
    if not ctx.registered:
        ctx.show(Screen(ctx.tr("error-not-registered")))
        return
    await ctx.start_flow(FLOW, "menu", {})
    ctx.show(await profile_screen(ctx))


async def profile_screen(ctx: Context) -> Screen:
    assert ctx.member is not None and ctx.conversation is not None
    member, token, tr = ctx.member, ctx.conversation.token, ctx.tr
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
    buttons = [
        Button(tr.plain(f"label-{n.replace('_', '-')}"), ProfileStep.data(token, "edit", n))
        for n in editable_fields(member)
    ]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    if may_reapply(member):
        text += "\n\n" + tr("profile-rejected")
        rows.append([Button(tr.plain("profile-btn-reapply"), ProfileStep.data(token, "reapply"))])
    waiting = len(await admin_repos.joiners(ctx.session, member.organisation_id)) if member.acting else 0
    if waiting:
        text += "\n\n" + tr("profile-joiners-waiting", count=waiting)
        review = joining.OLDEST_WAITING.pack()
        rows.append([Button(tr.plain("profile-btn-joiners", count=waiting), review)])
    rows.append(
        [
            Button(tr.plain("btn-language"), ProfileStep.data(token, "lang")),
            Button(tr.plain("btn-close"), ProfileStep.data(token, "cancel")),
        ]
    )
    return Screen.of(text, rows)


def edit_screen(ctx: Context) -> Screen:
    assert ctx.conversation is not None
    step, token = ctx.conversation.step, ctx.conversation.token
    field = FIELDS[step]
    value = ctx.conversation.data.get("draft")
    rows = field_buttons(ctx, field, value, ProfileStep, token)
    return Screen.of(field_prompt(ctx.tr, field, value), [*rows, nav_row(ctx, ProfileStep, token)])


async def on_button(ctx: Context, press: ProfileStep) -> None:
    token, action, arg = press.token, press.action, press.arg
    conversation = ctx.flow_run(FLOW, token)
    if conversation is None or not ctx.registered:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    assert ctx.member is not None
    step = conversation.step
    if action == "reapply" and step == "menu" and may_reapply(ctx.member):
        await _reapply(ctx)
    elif action == "edit" and arg in editable_fields(ctx.member):
        conversation.step, conversation.data = arg, {"draft": current_values(ctx.member).get(arg)}
        ctx.show(edit_screen(ctx))
    elif action == "cancel" and step == "menu":
        await ctx.end_flow()
        ctx.show(Screen(ctx.tr("profile-closed")))
    elif action == "lang" and step == "menu":
        conversation.step = "language"
        ctx.show(_language_screen(ctx, token))
    elif action == "setlang" and step == "language" and arg in LOCALES:
        await _set_language(ctx, arg)
    elif action in ("back", "cancel"):
        await _back_to_menu(ctx)
    elif step in FIELDS:
        await _change(ctx, FIELDS[step].name, action, arg)
    else:
        ctx.toast(ctx.tr.plain("error-button-expired"))


def _language_screen(ctx: Context, token: str) -> Screen:
    """The language picker inside /profile, so the choice comes back to the profile."""
    buttons = [Button(LANGUAGE_NAMES[locale], ProfileStep.data(token, "setlang", locale)) for locale in LOCALES]
    return Screen.of(ctx.tr("language-choose"), [buttons[:3], buttons[3:], nav_row(ctx, ProfileStep, token)])


async def _set_language(ctx: Context, locale: str) -> None:
    assert ctx.member is not None
    ctx.member.locale = locale
    ctx.set_language(locale)
    ctx.toast(ctx.tr.plain("language-saved", language=LANGUAGE_NAMES[locale]))
    await _back_to_menu(ctx)


def may_reapply(member: Member) -> bool:
    """The founder of an organisation the admins did not accept may correct its profile and ask again."""
    return (
        member.membership == Membership.FOUNDER
        and member.organisation is not None
        and member.organisation.vetting == Vetting.REJECTED
    )


async def _reapply(ctx: Context) -> None:
    """Back in the vetting queue, as pending; audited. The admins decide again."""
    assert ctx.member is not None and ctx.member.organisation is not None
    organisation = ctx.member.organisation
    organisation.vetting = Vetting.PENDING
    audit_repos.audit(ctx.session, ctx.user_id, "organisation-reapplied", f"organisation:{organisation.id}", at=ctx.now)
    ctx.toast(ctx.tr.plain("profile-reapplied"))
    screen = await profile_screen(ctx)
    ctx.show(Screen(ctx.tr("profile-reapplied") + "\n\n" + screen.text, screen.rows))


async def _change(ctx: Context, step: str, action: str, arg: str) -> None:
    assert ctx.conversation is not None
    field = FIELDS[step]
    draft = ctx.conversation.data.get("draft")
    if action == "tog" and field.kind == "multi" and (chosen := toggle(field, draft or [], arg)) is not None:
        ctx.conversation.data = {"draft": chosen}
        ctx.show(edit_screen(ctx))
    elif action == "done" and field.kind == "multi":
        if len(draft or []) < field.min_selected:
            ctx.toast(ctx.tr.plain("error-pick-at-least-one"))
            return
        await _save(ctx, step, draft or [])
    elif action == "pick" and (value := parse_pick(field, arg)) is not None:
        await _save(ctx, step, value)
    elif action == "skip" and field.optional:
        await _save(ctx, step, None)
    else:
        ctx.toast(ctx.tr.plain("error-button-expired"))


async def on_text(ctx: Context) -> None:
    assert ctx.conversation is not None and ctx.incoming.text is not None
    field = FIELDS.get(ctx.conversation.step)
    if field is None or field.kind != "text" or not ctx.registered:
        ctx.reply(Screen(ctx.tr("error-use-buttons")))
        ctx.reply(edit_screen(ctx) if field else await profile_screen(ctx))
        return
    value, error = parse_text(ctx.tr, field, ctx.incoming.text)
    if error:
        ctx.reply(Screen(error))
        ctx.reply(edit_screen(ctx))
        return
    await _save(ctx, field.name, value)


async def _save(ctx: Context, name: str, value: Any) -> None:
    assert ctx.member is not None
    member, organisation = ctx.member, ctx.member.organisation
    if name == "name":
        member.display_name = value
    elif name == "share_handle":
        member.share_handle = value
        if not value:
            await partner_repos.forget_handles(ctx.session, ctx.user_id)
    elif organisation is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    elif name == "org_name":
        taken = await repos.organisation_by_name(ctx.session, value)
        if taken is not None and taken.id != organisation.id:
            ctx.reply(Screen(ctx.tr("error-org-name-taken")))
            ctx.reply(edit_screen(ctx))
            return
        organisation.name, organisation.name_key = value, repos.name_key(value)
    elif name == "topics":
        repos.set_topics(organisation, value)
    elif name == "activities":
        repos.set_activities(organisation, value)
    else:
        setattr(organisation, name, value if value is not None else "")
    if name in ORGANISATION_FIELDS:
        ctx.shared(IndexCache).invalidate()  # suggestions follow the organisation's new profile
    ctx.toast(ctx.tr.plain("profile-saved"))
    await _back_to_menu(ctx, saved=True)


async def _back_to_menu(ctx: Context, *, saved: bool = False) -> None:
    assert ctx.conversation is not None
    ctx.conversation.step, ctx.conversation.data = "menu", {}
    screen = await profile_screen(ctx)
    if saved and not ctx.incoming.is_callback:
        screen = Screen(ctx.tr("profile-saved") + "\n\n" + screen.text, screen.rows)
    ctx.show(screen)
