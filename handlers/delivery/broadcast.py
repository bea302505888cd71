"""/broadcast and /campaigns: an organiser writes once (in one or more languages), picks an audience, sees
how many it reaches, previews, and sends now or later; the outbox delivers it, paced, in each reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from handlers.events.cards import (
    event_screen,
    events_screen,
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
from handlers.kit.fields import Field, field_buttons, length_error, link_error, toggle
from handlers.kit.flow import ORGANISERS, Draft, Flow, Run, Step, languages_step, reads, reads_future, written_step
from handlers.kit.i18n import LANGUAGE_NAMES, LOCALES
from handlers.kit.messages import Button, Screen, parse_number, utf16_length
from handlers.kit.taxonomy import COUNTRIES, SECTORS, TOPICS
from handlers.kit.when import format_input, format_when
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


@dataclass
class BroadcastDraft(Draft):
    """The message being written: its texts by locale, its button (an event or a link), whom it is for, and
    when it goes (None: now)."""

    texts: dict[str, str] = field(default_factory=dict)
    cur: str | None = None  # the language being written
    event_id: int | None = None  # an invitation's event
    link: str | None = None
    # the audience's filters as `Audience.as_json` keeps them (only those given): the screens toggle them in place
    audience: dict[str, Any] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)  # an invitation's: the event's
    countries: list[str] = field(default_factory=list)
    at: str | None = None  # when to send, an ISO time

    @property
    def filters(self) -> Audience:
        return Audience.of(self.audience)


async def broadcast_command(ctx: Context) -> None:
    await BROADCAST.start(ctx)


def draft_campaign(data: BroadcastDraft) -> Campaign:
    """The campaign the wizard is building. With an event it is an invitation, about the event's topics and
    country, so it reaches the subscribers to invitations who chose those (or chose none)."""
    return Campaign(
        kind=CampaignKind.INVITATION if data.event_id else CampaignKind.NEWS,
        texts=data.texts,
        event_id=data.event_id,
        link=data.link,
        audience=data.filters,
        topics=data.topics,
        countries=data.countries,
    )


def reach_shown(ctx: Context, count: int) -> int | str:
    """How many an audience reaches, as this sender may see it: exact for admins; for organisers 1 to 4 reads
    "< 5", so no choice of filters can single out a member and tell their country, sector or answers."""
    return shown_count(count, exact=ctx.is_admin)


# --- the wizard's screens ---


async def _button_screen(run: Run[BroadcastDraft]) -> Screen:
    """The events an invitation can be about: those the organiser runs (any, for admins). An event's answers
    are an audience too (`event_statuses`), and another organiser's attendees are not this one's to message."""
    ctx = run.ctx
    organiser = None if ctx.is_admin else ctx.user_id
    events, _total = await event_repos.upcoming_events(ctx.session, ctx.now, organiser_id=organiser, limit=8)
    rows = [[run.labelled("broadcast-no-button", "nobutton")], [run.labelled("broadcast-link-button", "linkbutton")]]
    rows += [[run.button("📅 " + title(ctx, event)[:50], "event", event.id)] for event in events]
    return events_screen(events, ctx.tr("broadcast-ask-button"), [*rows, run.nav()])


def _link_screen(run: Run[BroadcastDraft]) -> Screen:
    return Screen.of(run.tr("broadcast-ask-link"), [run.nav()])


async def _audience_screen(run: Run[BroadcastDraft]) -> Screen:
    audience = run.data.filters
    reach = reach_shown(run.ctx, await campaign_repos.count_audience(run.ctx.session, draft_campaign(run.data)))

    def category(name: str) -> Button:
        return run.labelled(
            f"broadcast-filter-{name.replace('_', '-')}", "open", name, count=len(getattr(audience, name))
        )

    rows = [
        [category("topics"), category("countries")],
        [category("sectors"), category("languages")],
        [category("vetting")],
    ]
    if run.data.event_id:
        rows.append([category("event_statuses")])
    rows.append([run.labelled("broadcast-continue", "next", count=reach)])
    return Screen.of(run.tr("broadcast-audience", count=reach), [*rows, run.nav()])


def _languages_screen(run: Run[BroadcastDraft]) -> Screen:
    chosen = set(run.data.filters.languages)
    buttons = [
        run.button(("✅ " if locale in chosen else "") + LANGUAGE_NAMES[locale], "toglang", locale)
        for locale in LOCALES
    ]
    return Screen.of(
        run.tr("broadcast-ask-languages"), [buttons[:3], buttons[3:], [run.labelled("btn-done", "done")], run.nav()]
    )


def _time_screen(run: Run[BroadcastDraft]) -> Screen:
    return Screen.of(run.tr("broadcast-ask-time"), [run.nav()])


async def _confirm_screen(run: Run[BroadcastDraft]) -> Screen:
    ctx, data = run.ctx, run.data
    reach = reach_shown(ctx, await campaign_repos.count_audience(ctx.session, draft_campaign(data)))
    when = format_when(datetime.fromisoformat(data.at), ctx.tr.locale, ctx.zone) if data.at else ""
    text = ctx.tr("broadcast-confirm", count=reach, time=when or "-", later="yes" if when else "no")
    button = "broadcast-schedule" if when else "broadcast-send-now"
    return Screen.of(
        text,
        [
            [run.labelled("broadcast-preview", "preview")],
            [run.labelled(button, "send", count=reach)],
            # one way to send now: when it goes now already, only "later" is offered; when scheduled, both
            [run.labelled("broadcast-later", "later")] + ([run.labelled("broadcast-now", "now")] if when else []),
            run.nav(),
        ],
    )


# --- typed answers ---


def _read_text(run: Run[BroadcastDraft], text: str) -> str | None:
    text = text.strip()
    error = length_error(run.tr, text, TEXT_LIMIT, measure=utf16_length)
    if error is None:
        assert run.data.cur is not None  # the language picker set it
        run.data.texts[run.data.cur] = text
    return error


def _read_link(run: Run[BroadcastDraft], text: str) -> str | None:
    text = text.strip()
    error = link_error(run.tr, text, LINK_LIMIT)
    if error is None:
        run.data.link, run.data.event_id, run.data.topics, run.data.countries = text, None, [], []
        _forget_event_answers(run)
    return error


# --- buttons ---


async def _no_button(run: Run[BroadcastDraft], arg: str) -> None:
    run.data.event_id, run.data.link, run.data.topics, run.data.countries = None, None, [], []
    _forget_event_answers(run)
    await run.go("audience")


def _forget_event_answers(run: Run[BroadcastDraft]) -> None:
    """The audience filter "who answered the event" names the event chosen before: with another event, a link or
    no button, it would still reach that one's attendees."""
    run.data.audience.pop("event_id", None)
    run.data.audience.pop("event_statuses", None)


async def _link_button(run: Run[BroadcastDraft], arg: str) -> None:
    await run.go("link")


async def _event(run: Run[BroadcastDraft], arg: str) -> None:
    """An invitation: the message carries the event's RSVP buttons."""
    ctx, event_id = run.ctx, parse_number(arg)
    event = await event_repos.get_event(ctx.session, event_id) if event_id is not None else None
    # the button screen offers only the organiser's own events: forged data naming another's is refused
    if event is None or event.status != EventStatus.PUBLISHED or not may_manage(ctx, event):
        run.expired()
        return
    if run.data.event_id != event.id:
        _forget_event_answers(run)
    run.data.event_id, run.data.link = event.id, None
    run.data.topics = [t.topic for t in event.topics]
    run.data.countries = [event.country] if event.country != "regional" else []
    await run.go("audience")


async def _open(run: Run[BroadcastDraft], arg: str) -> None:
    if arg not in AUDIENCE and arg != "languages":
        run.expired()
        return
    if arg == "event_statuses" and run.data.event_id:
        run.data.audience.setdefault("event_statuses", [])
    await run.go(arg)


async def _to_audience(run: Run[BroadcastDraft], arg: str) -> None:
    await run.go("audience")


def _audience_field_step(field: Field) -> Step:
    """One of the audience's filters, kept in the draft's `audience` (hence not `field_step`): toggle its options,
    Done (or Back) returns to the audience."""
    name = field.name

    def screen(run: Run[BroadcastDraft]) -> Screen:
        rows = field_buttons(run.ctx, field, run.data.audience.get(name), run.flow.press, run.token)
        return Screen.of(run.tr(f"broadcast-ask-{name.replace('_', '-')}"), [*rows, run.nav()])

    async def flip(run: Run[BroadcastDraft], arg: str) -> None:
        audience = run.data.audience
        chosen = toggle(field, audience.get(name, []), arg)
        if chosen is None:
            run.expired()
            return
        audience[name] = chosen
        if name == "event_statuses":  # the filter names the event the message is about
            audience["event_id"] = run.data.event_id if chosen else None
        await run.stay()

    return Step(screen, {"tog": flip, "done": _to_audience}, back="audience")


async def _toggle_language(run: Run[BroadcastDraft], arg: str) -> None:
    if arg not in LOCALES:
        run.expired()
        return
    chosen = set(run.data.audience.get("languages", [])) ^ {arg}
    run.data.audience["languages"] = [locale for locale in LOCALES if locale in chosen]
    await run.stay()


async def _next(run: Run[BroadcastDraft], arg: str) -> None:
    if not await campaign_repos.count_audience(run.ctx.session, draft_campaign(run.data)):
        run.ctx.toast(run.tr.plain("broadcast-nobody"))
        return
    await run.go("confirm")


async def _later(run: Run[BroadcastDraft], arg: str) -> None:
    await run.go("at")


async def _now(run: Run[BroadcastDraft], arg: str) -> None:
    run.data.at = None
    await run.stay()


async def _preview(run: Run[BroadcastDraft], arg: str) -> None:
    """The message exactly as a member reading the organiser's own language will get it."""
    run.ctx.toast(run.tr.plain("broadcast-preview-sent"))
    await render_campaign(run.ctx, draft_campaign(run.data))


async def _send(run: Run[BroadcastDraft], arg: str) -> None:
    ctx, data = run.ctx, run.data
    send_at = datetime.fromisoformat(data.at) if data.at else ctx.now
    if send_at < ctx.now:
        ctx.toast(ctx.tr.plain("newevent-date-past"))
        await run.go("at")
        return
    await ctx.ensure_member()
    campaign = draft_campaign(data)
    campaign.organiser_id, campaign.status, campaign.send_at = ctx.user_id, CampaignStatus.SCHEDULED, send_at
    await campaign_repos.add_campaign(ctx.session, campaign)
    count = (
        await campaign_repos.queue_campaign(ctx.session, campaign, ctx.now)
        if not data.at
        else await campaign_repos.count_audience(ctx.session, campaign)
    )
    ctx.queued_deliveries += count
    # the audit log keeps who sent to how many, never the text
    audit_repos.audit(
        ctx.session,
        ctx.user_id,
        "broadcast-sent" if not data.at else "broadcast-scheduled",
        f"campaign:{campaign.id}",
        audience=count,
        at=ctx.now,
    )
    key = "broadcast-scheduled" if data.at else "broadcast-queued"
    shown = reach_shown(ctx, count)
    await run.finish(
        Screen.of(
            ctx.tr(key, count=shown, time=format_when(send_at, ctx.tr.locale, ctx.zone)),
            [[Button(ctx.tr.plain("btn-campaign-report"), CampaignReport("open", campaign.id).pack())]],
        )
    )


# Back goes to the language picker unless a step says otherwise (the flow has no `order`)
BROADCAST = Flow(
    "broadcast",
    BroadcastStep,
    first="lang",
    draft=BroadcastDraft,
    cancelled="broadcast-cancelled",
    guard=ORGANISERS,
    steps={
        "lang": languages_step("broadcast-ask-lang", texts="texts", write="text", then="button"),
        "text": written_step("broadcast-ask-text", "texts", _read_text, limit=TEXT_LIMIT, then="lang"),
        "button": Step(_button_screen, {"nobutton": _no_button, "linkbutton": _link_button, "event": _event}),
        "link": Step(_link_screen, text=reads(_read_link), then="audience", back="button"),
        "audience": Step(_audience_screen, {"open": _open, "next": _next}, back="button"),
        **{name: _audience_field_step(field) for name, field in AUDIENCE.items()},
        "languages": Step(_languages_screen, {"toglang": _toggle_language, "done": _to_audience}, back="audience"),
        "at": Step(_time_screen, text=reads(reads_future("at")), then="confirm", back="confirm"),
        "confirm": Step(
            _confirm_screen,
            {"preview": _preview, "send": _send, "later": _later, "now": _now},
            back="audience",
        ),
    },
)


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
