"""/subscribe and /unsubscribe: which updates a member gets (event invitations, briefs, network news), about
which topics and countries, and whether as they happen or in a weekly digest; and the digest itself."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from handlers.delivery.broadcast import pick_locale
from handlers.events.cards import event_link, events_screen, labels, when
from handlers.events.cards import title as title_of
from handlers.events.rsvp import has_started
from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import Field
from handlers.kit.flow import ButtonFn, Draft, Flow, Run, Step, field_step, stale, ticked, while_allowed
from handlers.kit.i18n import Html
from handlers.kit.messages import Button, Screen, utf16_length
from handlers.kit.taxonomy import COUNTRIES, TOPICS
from handlers.kit.when import day_name, next_weekly
from storage import event_repos, subscription_repos
from storage.models import Campaign, CampaignKind, Event, EventStatus, Rhythm, Subscription


class SubscribeStep(WizardStep, prefix="sb"):
    """A press in this wizard."""


KINDS = subscription_repos.KINDS
SUBJECTS = {
    f.name: f for f in (Field("topics", "multi", TOPICS, "topic"), Field("countries", "multi", COUNTRIES, "country"))
}
# the sub-screens and the draft values each edits
SCREENS = {"topics": ("topics",), "countries": ("countries",), "rhythm": ("rhythm", "day", "hour")}
DEFAULT_DAY, DEFAULT_HOUR = 0, 9  # Monday morning


@dataclass
class SubscribeDraft(Draft):
    """The subscription being edited: which updates, about what, and when (a weekly digest's day and hour);
    `_undo` holds what the open sub-screen changes, for its Back to restore."""

    kinds: list[str] = field(default_factory=lambda: list(KINDS))
    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    rhythm: str = Rhythm.INSTANT
    day: int = DEFAULT_DAY
    hour: int = DEFAULT_HOUR
    _undo: dict[str, Any] | None = None  # by field name, while a sub-screen is open


async def subscribe_command(ctx: Context) -> None:
    if not ctx.registered:
        ctx.show(Screen(ctx.tr("error-not-registered")))
        return
    subscription = await subscription_repos.get_subscription(ctx.session, ctx.user_id)
    await SUBSCRIBE.start(ctx, data=_draft(ctx, subscription))


def _draft(ctx: Context, subscription: Subscription | None) -> SubscribeDraft:
    """The member's subscription to edit; a first one follows their organisation's topics and country."""
    if subscription is not None:
        return SubscribeDraft(
            kinds=[kind for kind in KINDS if getattr(subscription, kind)],
            topics=[t.topic for t in subscription.topics],
            countries=[c.country for c in subscription.countries],
            rhythm=subscription.rhythm,
            day=subscription.digest_day,
            hour=subscription.digest_hour,
        )
    organisation = ctx.member.organisation if ctx.member else None
    return SubscribeDraft(
        kinds=list(KINDS),
        topics=[t.topic for t in organisation.topics] if organisation else [],
        countries=[organisation.country] if organisation else [],
        rhythm=Rhythm.INSTANT,
        day=DEFAULT_DAY,
        hour=DEFAULT_HOUR,
    )


def summary(ctx: Context, data: SubscribeDraft) -> Html:
    def chosen(kind: str, values: list[str]) -> str:
        return labels(ctx, kind, values) if values else ctx.tr.plain("subscribe-all")

    kinds = ", ".join(ctx.tr.plain(f"subscribe-kind-{kind}") for kind in data.kinds)
    return Html(
        ctx.tr(
            "subscribe-summary",
            kinds=kinds or ctx.tr.plain("value-none"),
            topics=chosen("topic", data.topics),
            countries=chosen("country", data.countries),
            rhythm=rhythm_text(ctx, data),
        )
    )


def rhythm_text(ctx: Context, data: SubscribeDraft) -> str:
    if data.rhythm != Rhythm.WEEKLY:
        return ctx.tr.plain("subscribe-rhythm-instant")
    return ctx.tr.plain(
        "subscribe-rhythm-weekly",
        day=day_name(data.day, ctx.tr.locale),
        time=f"{data.hour:02d}:00",
        zone=str(ctx.zone),
    )


# --- the main screen: what to get, and the sub-screens for the rest ---


def _main_screen(run: Run[SubscribeDraft]) -> Screen:
    data = run.data
    rows = [[ticked(run, run.tr.plain(f"subscribe-kind-{kind}"), kind in data.kinds, "kind", kind)] for kind in KINDS]
    rows.append(
        [
            run.labelled("subscribe-choose-topics", "open", "topics", count=len(data.topics)),
            run.labelled("subscribe-choose-countries", "open", "countries", count=len(data.countries)),
        ]
    )
    rows.append([run.labelled("subscribe-choose-rhythm", "open", "rhythm")])
    rows.append([run.labelled("subscribe-save", "save")])
    text = run.tr("subscribe-intro") + "\n\n" + summary(run.ctx, data)
    return Screen.of(text, [*rows, run.nav(back=False)])


async def _toggle_kind(run: Run[SubscribeDraft], arg: str) -> None:
    if arg not in KINDS:
        run.expired()
        return
    chosen = set(run.data.kinds) ^ {arg}
    run.data.kinds = [kind for kind in KINDS if kind in chosen]
    await run.stay()


async def _open(run: Run[SubscribeDraft], arg: str) -> None:
    if arg not in SCREENS:
        run.expired()
        return
    run.data._undo = {name: getattr(run.data, name) for name in SCREENS[arg]}  # what Back restores
    await run.go(arg)


async def _save(run: Run[SubscribeDraft], arg: str) -> None:
    ctx, data = run.ctx, run.data
    if not data.kinds:
        ctx.toast(ctx.tr.plain("subscribe-need-kind"))
        return
    # weekly: the next digest time; as they happen: at once, so anything kept for a digest is not lost
    following = next_weekly(ctx.now, data.day, data.hour, ctx.zone) if data.rhythm == Rhythm.WEEKLY else ctx.now
    await subscription_repos.save_subscription(
        ctx.session, ctx.user_id, {**data.dump(), "zone": str(ctx.zone), "next_digest_at": following}
    )
    await run.finish(Screen(ctx.tr("subscribe-saved") + "\n\n" + summary(ctx, data)))


# --- the sub-screens: Done keeps what was changed there, Back forgets it ---


async def _keep(run: Run[SubscribeDraft], arg: str) -> None:
    run.data._undo = None
    await run.go("main")


async def _forget(run: Run[SubscribeDraft], arg: str) -> None:
    for name, value in (run.data._undo or {}).items():
        setattr(run.data, name, value)
    run.data._undo = None
    await run.go("main")


SUB_SCREEN = {"done": _keep, "back": _forget}


def _subject_step(field: Field) -> Step:
    """The topics or the countries to hear about."""
    step = field_step(field, f"subscribe-ask-{field.name}")
    return replace(step, buttons={**step.buttons, **SUB_SCREEN})


def _rhythm_screen(run: Run[SubscribeDraft]) -> Screen:
    data, tr = run.data, run.tr
    weekly = data.rhythm == Rhythm.WEEKLY
    rows = [
        [
            ticked(run, tr.plain("subscribe-rhythm-instant"), not weekly, "rhythm", Rhythm.INSTANT),
            ticked(run, tr.plain("subscribe-weekly"), weekly, "rhythm", Rhythm.WEEKLY),
        ]
    ]
    if weekly:
        days = [ticked(run, day_name(day, tr.locale, "abbreviated"), day == data.day, "day", day) for day in range(7)]
        hours = [ticked(run, f"{hour:02d}", hour == data.hour, "hour", hour) for hour in range(24)]
        rows += [days[:4], days[4:], *(hours[i : i + 6] for i in range(0, 24, 6))]
    rows.append([run.labelled("btn-done", "done")])
    text = (
        tr("subscribe-ask-rhythm", zone=str(run.ctx.zone))
        + "\n\n"
        + tr("subscribe-rhythm-now", rhythm=rhythm_text(run.ctx, data))
    )
    return Screen.of(text, [*rows, run.nav()])


async def _set_rhythm(run: Run[SubscribeDraft], arg: str) -> None:
    if arg not in (Rhythm.INSTANT, Rhythm.WEEKLY):
        run.expired()
        return
    run.data.rhythm = arg
    await run.stay()


def _set_number(name: str, limit: int) -> ButtonFn:
    """The digest's day or hour, which only a weekly rhythm shows."""

    async def press(run: Run[SubscribeDraft], arg: str) -> None:
        if run.data.rhythm != Rhythm.WEEKLY or not arg.isdigit() or int(arg) >= limit:
            run.expired()
            return
        setattr(run.data, name, int(arg))
        await run.stay()

    return press


async def unsubscribe_command(ctx: Context) -> None:
    if await subscription_repos.unsubscribe(ctx.session, ctx.user_id):
        if ctx.conversation is not None and ctx.conversation.flow == SUBSCRIBE.name:
            await ctx.end_flow()
        ctx.show(Screen(ctx.tr("unsubscribe-done")))
    else:
        ctx.show(Screen(ctx.tr("unsubscribe-nothing")))


# --- the weekly digest ---

DIGEST_LIMIT = 3800  # UTF-16 units for the items, leaving room for the header and the "more" line
ITEM_LIMIT = 280  # each summary or message is cut to this many characters in a digest
DIGEST_BUTTONS = 10


async def notice_digest(ctx: Context, payload: dict[str, Any]) -> None:
    """Every update kept since the last digest that still stands, shortest form first to stay in one message.
    Nothing at all (an empty digest) is never sent: the row is skipped."""
    ids = [i for i in payload.get("campaign_ids", []) if isinstance(i, int)]
    items = [
        item
        for campaign in await subscription_repos.digest_campaigns(ctx.session, ids)
        if (item := await digest_item(ctx, campaign)) is not None
    ]
    if not items:
        return
    lines: list[str] = []
    rows: list[list[Button]] = []
    named: list[Event] = []  # the events the digest names: one Chatham House event protects the whole message
    used = 0
    for text, button, event in items:
        if used + utf16_length(text) > DIGEST_LIMIT:
            break
        lines.append(text)
        used += utf16_length(text) + 2
        if button is not None and len(rows) < DIGEST_BUTTONS:
            rows.append([button])
        if event is not None:
            named.append(event)
    more = len(items) - len(lines)
    footer = "\n\n" + ctx.tr("digest-more", count=more) if more else ""
    message = ctx.tr("digest-header", count=len(items)) + "\n\n" + "\n\n".join(lines) + footer
    ctx.reply(events_screen(named, message, rows))


class DigestEntry(NamedTuple):
    """One update in a digest: its text, its button, and the event it is about, if any."""

    text: str
    button: Button | None
    event: Event | None = None


async def digest_item(ctx: Context, campaign: Campaign) -> DigestEntry | None:
    locale = pick_locale(campaign.texts, ctx.tr.locale)
    text = campaign.texts[locale]
    if campaign.kind == CampaignKind.BRIEF:
        title = campaign.titles.get(locale, "")
        item = ctx.tr("digest-item-brief", title=title, summary=shorten(text))
        return DigestEntry(item, Button("📄 " + shorten(title, 40), url=campaign.link) if campaign.link else None)
    if campaign.event_id is not None:
        event = await event_repos.get_event(ctx.session, campaign.event_id)
        if event is None or event.status != EventStatus.PUBLISHED or has_started(event, ctx.now):
            return None  # an invitation to an event that is over or off is no news
        item = ctx.tr("digest-item-invitation", title=title_of(ctx, event), time=when(ctx, event), text=shorten(text))
        return DigestEntry(item, Button("📅 " + shorten(title_of(ctx, event), 40), url=event_link(ctx, event)), event)
    item = ctx.tr("digest-item-news", text=shorten(text))
    return DigestEntry(item, Button("🔗 " + shorten(text, 40), url=campaign.link) if campaign.link else None)


def shorten(text: str, limit: int = ITEM_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


SUBSCRIBE = Flow(
    "subscribe",
    SubscribeStep,
    first="main",
    draft=SubscribeDraft,
    cancelled="subscribe-cancelled",
    # a member who is no longer registered finds the wizard's buttons expired (typing is answered as ever)
    steps=while_allowed(
        {
            "main": Step(_main_screen, {"kind": _toggle_kind, "open": _open, "save": _save, "back": stale}),
            "topics": _subject_step(SUBJECTS["topics"]),
            "countries": _subject_step(SUBJECTS["countries"]),
            "rhythm": Step(
                _rhythm_screen,
                {"rhythm": _set_rhythm, "day": _set_number("day", 7), "hour": _set_number("hour", 24), **SUB_SCREEN},
            ),
        },
        lambda ctx: ctx.registered,
    ),
)
