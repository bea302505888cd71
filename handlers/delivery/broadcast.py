"""/broadcast and /campaigns: an organiser writes once (in one or more languages), picks an audience, sees
how many it reaches, previews, and sends now or later; the outbox delivers it, paced, in each reader's language.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from handlers.events.cards import (
    event_screen,
    is_full,
    language_note_for,
    may_manage,
    open_button,
    rsvp_choice_row,
    title,
)
from handlers.kit.actions import Action, WizardStep
from handlers.kit.core import Context
from handlers.kit.counts import shown_count
from handlers.kit.fields import (
    Field,
    field_buttons,
    language_picker,
    length_error,
    link_error,
    nav_row,
    toggle,
    written_in,
)
from handlers.kit.i18n import LANGUAGE_NAMES, LOCALES
from handlers.kit.messages import Button, Screen, parse_number, utf16_length
from handlers.kit.taxonomy import COUNTRIES, SECTORS, TOPICS
from handlers.kit.when import format_input, format_when, parse_when
from storage import admin_repos, audit_repos, campaign_repos, event_repos
from storage.models import (
    Audience,
    Campaign,
    CampaignKind,
    CampaignStatus,
    DeliveryStatus,
    EventStatus,
    RsvpStatus,
    Vetting,
)

FLOW = "broadcast"


class BroadcastStep(WizardStep, prefix="bc"):
    """A press in this wizard."""


class CampaignReport(Action, prefix="cp"):
    """A campaign's report: open (or refresh) it, or stop the campaign."""

    action: Literal["open", "stop"]
    campaign: int


TEXT_LIMIT = 3500  # UTF-16 units; leaves room for the header and the language note within Telegram's 4,096
LINK_LIMIT = 300
VETTING = (Vetting.VETTED, Vetting.PENDING)
RSVP_GROUPS = (RsvpStatus.GOING, RsvpStatus.WAITLIST, RsvpStatus.MAYBE)

AUDIENCE = {
    f.name: f
    for f in (
        Field("topics", "multi", TOPICS, "topic"),
        Field("countries", "multi", COUNTRIES, "country"),
        Field("sectors", "multi", SECTORS, "sector"),
        Field("vetting", "multi", VETTING, "audience-vetting"),
        Field("event_statuses", "multi", RSVP_GROUPS, "rsvp-group"),
    )
}


async def broadcast_command(ctx: Context) -> None:
    if not ctx.is_organiser:
        ctx.show(Screen(ctx.tr("event-organisers-only")))
        return
    await ctx.start_flow(FLOW, "lang", {"texts": {}, "audience": {}})
    await show(ctx)


async def show(ctx: Context) -> None:
    ctx.show(await render(ctx))


async def render(ctx: Context) -> Screen:
    assert ctx.conversation is not None
    step, data, token = ctx.conversation.step, ctx.conversation.data, ctx.conversation.token
    tr, nav = ctx.tr, nav_row(ctx, BroadcastStep, token)
    if step == "lang":
        return Screen.of(
            tr("broadcast-ask-lang") + written_in(ctx, data["texts"]),
            [
                *language_picker(ctx, data["texts"], BroadcastStep, token),
                nav_row(ctx, BroadcastStep, token, back=False),
            ],
        )
    if step == "text":
        current = data["texts"].get(data.get("cur"), "")
        hint = "\n\n" + tr("field-current-value", value=current) if current else ""
        return Screen.of(tr("broadcast-ask-text", language=LANGUAGE_NAMES[data["cur"]], limit=TEXT_LIMIT) + hint, [nav])
    if step == "button":
        return await _button_screen(ctx, data, token)
    if step == "link":
        return Screen.of(tr("broadcast-ask-link"), [nav])
    if step == "audience":
        return await _audience_screen(ctx, data, token)
    if step in AUDIENCE:
        rows = field_buttons(ctx, AUDIENCE[step], data["audience"].get(step), BroadcastStep, token)
        return Screen.of(tr(f"broadcast-ask-{step.replace('_', '-')}"), [*rows, nav])
    if step == "languages":
        return _languages_screen(ctx, data, token)
    if step == "at":
        return Screen.of(tr("broadcast-ask-time"), [nav])
    return await _confirm_screen(ctx, data, token)


def draft_campaign(data: dict[str, Any]) -> Campaign:
    """The campaign the wizard is building. With an event it is an invitation, about the event's topics and
    country, so it reaches the subscribers to invitations who chose those (or chose none)."""
    return Campaign(
        kind=CampaignKind.INVITATION if data.get("event_id") else CampaignKind.NEWS,
        texts=data["texts"],
        event_id=data.get("event_id"),
        link=data.get("link"),
        audience=Audience.of(data["audience"]),
        topics=data.get("topics", []),
        countries=data.get("countries", []),
    )


def reach_shown(ctx: Context, count: int) -> int | str:
    """How many an audience reaches, as this sender may see it: exact for admins; for organisers 1 to 4 reads
    "< 5", so no choice of filters can single out a member and tell their country, sector or answers."""
    return shown_count(count, exact=ctx.is_admin)


async def _button_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    """The events an invitation can be about: those the organiser runs (any, for admins). An event's answers
    are an audience too (`event_statuses`), and another organiser's attendees are not this one's to message."""
    organiser = None if ctx.is_admin else ctx.user_id
    events, _total = await event_repos.upcoming_events(ctx.session, ctx.now, organiser_id=organiser, limit=8)
    rows = [
        [Button(ctx.tr.plain("broadcast-no-button"), BroadcastStep.data(token, "nobutton"))],
        [Button(ctx.tr.plain("broadcast-link-button"), BroadcastStep.data(token, "linkbutton"))],
    ]
    rows += [[Button("📅 " + title(ctx, event)[:50], BroadcastStep.data(token, "event", event.id))] for event in events]
    return Screen.of(ctx.tr("broadcast-ask-button"), [*rows, nav_row(ctx, BroadcastStep, token)])


def _languages_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    chosen = set(data["audience"].get("languages", []))
    buttons = [
        Button(
            ("✅ " if locale in chosen else "") + LANGUAGE_NAMES[locale], BroadcastStep.data(token, "toglang", locale)
        )
        for locale in LOCALES
    ]
    return Screen.of(
        ctx.tr("broadcast-ask-languages"),
        [
            buttons[:3],
            buttons[3:],
            [Button(ctx.tr.plain("btn-done"), BroadcastStep.data(token, "done"))],
            nav_row(ctx, BroadcastStep, token),
        ],
    )


async def _audience_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    audience = data["audience"]
    reach = reach_shown(ctx, await campaign_repos.count_audience(ctx.session, draft_campaign(data)))

    def category(name: str) -> Button:
        count = len(audience.get(name, []))
        return Button(
            ctx.tr.plain(f"broadcast-filter-{name.replace('_', '-')}", count=count),
            BroadcastStep.data(token, "open", name),
        )

    rows = [
        [category("topics"), category("countries")],
        [category("sectors"), category("languages")],
        [category("vetting")],
    ]
    if data.get("event_id"):
        rows.append([category("event_statuses")])
    rows.append([Button(ctx.tr.plain("broadcast-continue", count=reach), BroadcastStep.data(token, "next"))])
    return Screen.of(ctx.tr("broadcast-audience", count=reach), [*rows, nav_row(ctx, BroadcastStep, token)])


async def _confirm_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    reach = reach_shown(ctx, await campaign_repos.count_audience(ctx.session, draft_campaign(data)))
    when = format_when(datetime.fromisoformat(data["at"]), ctx.tr.locale, ctx.zone) if data.get("at") else ""
    text = ctx.tr("broadcast-confirm", count=reach, time=when or "-", later="yes" if when else "no")
    button = "broadcast-schedule" if when else "broadcast-send-now"
    return Screen.of(
        text,
        [
            [Button(ctx.tr.plain("broadcast-preview"), BroadcastStep.data(token, "preview"))],
            [Button(ctx.tr.plain(button, count=reach), BroadcastStep.data(token, "send"))],
            # one way to send now: when it goes now already, only "later" is offered; when scheduled, both
            [Button(ctx.tr.plain("broadcast-later"), BroadcastStep.data(token, "later"))]
            + ([Button(ctx.tr.plain("broadcast-now"), BroadcastStep.data(token, "now"))] if when else []),
            nav_row(ctx, BroadcastStep, token),
        ],
    )


# --- typed answers ---


async def on_text(ctx: Context) -> None:
    assert ctx.conversation is not None and ctx.incoming.text is not None
    if not ctx.is_organiser:
        await ctx.end_flow_refused("event-organisers-only")
        return
    step, data = ctx.conversation.step, dict(ctx.conversation.data)
    text = ctx.incoming.text.strip()
    error: str | None = None
    if step == "text":
        error = length_error(ctx.tr, text, TEXT_LIMIT, measure=utf16_length)
        if error is None:
            data["texts"] = {**data["texts"], data["cur"]: text}
            step = "lang"
    elif step == "link":
        error = link_error(ctx.tr, text, LINK_LIMIT)
        if error is None:
            data.update(link=text, event_id=None, topics=[], countries=[])
            step = "audience"
    elif step == "at":
        moment = parse_when(text, ctx.zone)
        error = (
            ctx.tr("newevent-bad-date")
            if moment is None
            else ctx.tr("newevent-date-past")
            if moment <= ctx.now
            else None
        )
        if moment is not None and error is None:
            data["at"] = moment.isoformat()
            step = "confirm"
    else:
        error = ctx.tr("error-use-buttons")
    if error:
        ctx.reply(Screen(error))
        ctx.reply(await render(ctx))
        return
    await _go(ctx, data, step)


async def _go(ctx: Context, data: dict[str, Any], step: str) -> None:
    assert ctx.conversation is not None
    ctx.conversation.data, ctx.conversation.step = data, step
    await show(ctx)


# --- buttons ---

BACK = {
    "text": "lang",
    "button": "lang",
    "link": "button",
    "audience": "button",
    "languages": "audience",
    "at": "confirm",
    "confirm": "audience",
    **{name: "audience" for name in AUDIENCE},
}


async def on_button(ctx: Context, press: BroadcastStep) -> None:
    token, action, arg = press.token, press.action, press.arg
    conversation = ctx.flow_run(FLOW, token)
    handler = _ACTIONS.get(action)
    if conversation is None or handler is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if not ctx.is_organiser:
        await ctx.end_flow_refused("event-organisers-only")
        return
    data = {**conversation.data, "audience": dict(conversation.data["audience"])}
    await handler(ctx, data, conversation.step, arg)


async def _expired(ctx: Context) -> None:
    ctx.toast(ctx.tr.plain("error-button-expired"))


async def _cancel(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await ctx.end_flow()
    ctx.show(Screen(ctx.tr("broadcast-cancelled")))


async def _back(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await _go(ctx, data, BACK.get(step, "lang"))


async def _language(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "lang" or arg not in LOCALES:
        await _expired(ctx)
        return
    data["cur"] = arg
    await _go(ctx, data, "text")


async def _texts_done(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "lang" or not data["texts"]:
        await _expired(ctx)
        return
    await _go(ctx, data, "button")


async def _no_button(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "button":
        await _expired(ctx)
        return
    data.update(event_id=None, link=None, topics=[], countries=[])
    data["audience"].pop("event_id", None)
    data["audience"].pop("event_statuses", None)
    await _go(ctx, data, "audience")


async def _link_button(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await (_go(ctx, data, "link") if step == "button" else _expired(ctx))


async def _event(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    """An invitation: the message carries the event's RSVP buttons."""
    event_id = parse_number(arg)
    event = await event_repos.get_event(ctx.session, event_id) if event_id is not None else None
    # the button screen offers only the organiser's own events: forged data naming another's is refused
    if step != "button" or event is None or event.status != EventStatus.PUBLISHED or not may_manage(ctx, event):
        await _expired(ctx)
        return
    data.update(
        event_id=event.id,
        link=None,
        topics=[t.topic for t in event.topics],
        countries=[event.country] if event.country != "regional" else [],
    )
    await _go(ctx, data, "audience")


async def _open(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "audience" or (arg not in AUDIENCE and arg != "languages"):
        await _expired(ctx)
        return
    if arg == "event_statuses" and data.get("event_id"):
        data["audience"].setdefault("event_statuses", [])
    await _go(ctx, data, arg)


async def _toggle(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    field = AUDIENCE.get(step)
    chosen = toggle(field, data["audience"].get(step, []), arg) if field else None
    if chosen is None:
        await _expired(ctx)
        return
    data["audience"][step] = chosen
    if step == "event_statuses":  # the filter names the event the message is about
        data["audience"]["event_id"] = data.get("event_id") if chosen else None
    await _go(ctx, data, step)


async def _toggle_language(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "languages" or arg not in LOCALES:
        await _expired(ctx)
        return
    chosen = set(data["audience"].get("languages", [])) ^ {arg}
    data["audience"]["languages"] = [locale for locale in LOCALES if locale in chosen]
    await _go(ctx, data, step)


async def _done(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await (_go(ctx, data, "audience") if step in AUDIENCE or step == "languages" else _expired(ctx))


async def _next(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "audience":
        await _expired(ctx)
        return
    if not await campaign_repos.count_audience(ctx.session, draft_campaign(data)):
        ctx.toast(ctx.tr.plain("broadcast-nobody"))
        return
    await _go(ctx, data, "confirm")


async def _later(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await (_go(ctx, data, "at") if step == "confirm" else _expired(ctx))


async def _now(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "confirm":
        await _expired(ctx)
        return
    data["at"] = None
    await _go(ctx, data, "confirm")


async def _preview(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    """The message exactly as a member reading the organiser's own language will get it."""
    if step != "confirm":
        await _expired(ctx)
        return
    ctx.toast(ctx.tr.plain("broadcast-preview-sent"))
    await render_campaign(ctx, draft_campaign(data))


async def _send(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "confirm":
        await _expired(ctx)
        return
    send_at = datetime.fromisoformat(data["at"]) if data.get("at") else ctx.now
    if send_at < ctx.now:
        ctx.toast(ctx.tr.plain("newevent-date-past"))
        await _go(ctx, data, "at")
        return
    await ctx.ensure_member()
    await ctx.session.flush()
    campaign = draft_campaign(data)
    campaign.organiser_id, campaign.status, campaign.send_at = ctx.user_id, CampaignStatus.SCHEDULED, send_at
    ctx.session.add(campaign)
    await ctx.session.flush()
    count = (
        await campaign_repos.queue_campaign(ctx.session, campaign, ctx.now)
        if not data.get("at")
        else await campaign_repos.count_audience(ctx.session, campaign)
    )
    ctx.queued_deliveries += count
    # the audit log keeps who sent to how many, never the text
    audit_repos.audit(
        ctx.session,
        ctx.user_id,
        "broadcast-sent" if not data.get("at") else "broadcast-scheduled",
        f"campaign:{campaign.id}",
        audience=count,
        at=ctx.now,
    )
    await ctx.end_flow()
    key = "broadcast-scheduled" if data.get("at") else "broadcast-queued"
    shown = reach_shown(ctx, count)
    ctx.show(
        Screen.of(
            ctx.tr(key, count=shown, time=format_when(send_at, ctx.tr.locale, ctx.zone)),
            [[Button(ctx.tr.plain("btn-campaign-report"), CampaignReport("open", campaign.id).pack())]],
        )
    )


_ACTIONS = {
    "cancel": _cancel,
    "back": _back,
    "lang": _language,
    "textsdone": _texts_done,
    "nobutton": _no_button,
    "linkbutton": _link_button,
    "event": _event,
    "open": _open,
    "tog": _toggle,
    "toglang": _toggle_language,
    "done": _done,
    "next": _next,
    "later": _later,
    "now": _now,
    "preview": _preview,
    "send": _send,
}


# --- what a recipient gets ---


def pick_locale(texts: dict[str, Any], locale: str) -> str:
    """The reader's language, else English, else what exists (DOMAIN.md)."""
    return locale if locale in texts else "en" if "en" in texts else sorted(texts)[0]


async def render_campaign(ctx: Context, campaign: Campaign) -> None:
    """The campaign in the reader's language, with its button."""
    locale = pick_locale(campaign.texts, ctx.tr.locale)
    if campaign.kind == CampaignKind.BRIEF:
        text = (
            ctx.tr("brief-header")
            + "\n\n"
            + ctx.tr("brief-body", title=campaign.titles.get(locale, ""), summary=campaign.texts[locale])
        )
    else:
        text = ctx.tr("campaign-header") + "\n\n" + ctx.tr("campaign-body", text=campaign.texts[locale])
    text += language_note_for(ctx, locale)
    event = await event_repos.get_event(ctx.session, campaign.event_id) if campaign.event_id else None
    if event is not None and event.status == EventStatus.PUBLISHED:
        choices = rsvp_choice_row(ctx, event, full=await is_full(ctx, event))
        ctx.reply(event_screen(event, text, [choices, *open_button(ctx, event)]))
        return
    rows = [[Button(ctx.tr.plain("btn-open-link"), url=campaign.link)]] if campaign.link else []
    ctx.reply(Screen.of(text, rows))


async def notice_campaign(ctx: Context, payload: dict[str, Any]) -> None:
    campaign_id = payload.get("campaign_id")
    campaign = await campaign_repos.get_campaign(ctx.session, campaign_id) if isinstance(campaign_id, int) else None
    if campaign is None or campaign.status == CampaignStatus.CANCELLED:
        return
    if await admin_repos.is_suspended(ctx.session, campaign.organiser_id):
        return  # a suspended organiser's campaign does not go out (the row is skipped)
    await render_campaign(ctx, campaign)


# --- /campaigns: the live report ---


async def campaigns_command(ctx: Context) -> None:
    if not ctx.is_organiser:
        ctx.show(Screen(ctx.tr("event-organisers-only")))
        return
    organiser = None if ctx.is_admin else ctx.user_id
    campaigns = await campaign_repos.organiser_campaigns(ctx.session, organiser)
    rows = [
        [
            Button(
                ctx.tr.plain(
                    "campaign-list-item",
                    number=c.id,
                    title=campaign_title(ctx, c),
                    status=c.status,
                    time=format_input(c.send_at, ctx.zone),
                ),
                CampaignReport("open", c.id).pack(),
            )
        ]
        for c in campaigns
    ]
    ctx.show(Screen.of(ctx.tr("campaigns-list" if campaigns else "campaigns-none"), rows))


def campaign_title(ctx: Context, campaign: Campaign, limit: int = 40) -> str:
    """What a campaign is, in a few words: a brief's title, or the start of a broadcast's text, in the reader's
    language if it was written in it (else the first one written); "–" once its writer used /forget."""
    written = campaign.titles or campaign.texts
    text = written.get(ctx.tr.locale) or next(iter(written.values()), "") if written else ""
    first_line = " ".join((text or "").split("\n", 1)[0].split())
    if not first_line:
        return "–"
    return first_line if len(first_line) <= limit else first_line[: limit - 1] + "…"


async def on_report_button(ctx: Context, press: CampaignReport) -> None:
    action = press.action
    campaign = await campaign_repos.get_campaign(ctx.session, press.campaign)
    mine = campaign is not None and (campaign.organiser_id == ctx.user_id or ctx.is_admin)
    if campaign is None or not mine or not ctx.is_organiser:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if action == "stop" and campaign.status in (CampaignStatus.SCHEDULED, CampaignStatus.SENDING):
        stopped = await campaign_repos.cancel(ctx.session, campaign)
        audit_repos.audit(
            ctx.session, ctx.user_id, "broadcast-cancelled", f"campaign:{campaign.id}", rows=stopped, at=ctx.now
        )
        ctx.toast(ctx.tr.plain("campaign-stopped", count=reach_shown(ctx, stopped)))
    text = _report_text(ctx, campaign, await campaign_repos.report(ctx.session, campaign.id))
    rows = [[Button(ctx.tr.plain("btn-refresh"), CampaignReport("open", campaign.id).pack())]]
    if campaign.status in (CampaignStatus.SCHEDULED, CampaignStatus.SENDING):
        rows.append([Button(ctx.tr.plain("btn-stop-campaign"), CampaignReport("stop", campaign.id).pack())])
    ctx.show(Screen.of(text, rows))


def _report_text(ctx: Context, campaign: Campaign, counts: dict[str, int]) -> str:
    """Every count of the audience masked as on the audience screen: one exact count (sent: 3) would undo it."""

    def shown(count: int) -> int | str:
        return reach_shown(ctx, count)

    text = ctx.tr(
        "campaign-report",
        number=campaign.id,
        status=campaign.status,
        recipients=shown(campaign.recipients),
        time=format_when(campaign.send_at, ctx.tr.locale, ctx.zone),
        pending=shown(counts[DeliveryStatus.PENDING] + counts[DeliveryStatus.SENDING]),
        sent=shown(counts[DeliveryStatus.SENT]),
        blocked=shown(counts[DeliveryStatus.BLOCKED]),
        failed=shown(counts[DeliveryStatus.FAILED]),
        cancelled=shown(counts[DeliveryStatus.CANCELLED] + counts[DeliveryStatus.SKIPPED]),
        checked=ctx.now.astimezone(ctx.zone).strftime("%H:%M:%S"),
    )
    if counts["digest"]:
        text += "\n" + ctx.tr("campaign-report-digest", count=shown(counts["digest"]))
    return text
