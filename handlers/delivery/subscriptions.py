"""/subscribe and /unsubscribe: which updates a member gets (event invitations, briefs, network news), about
which topics and countries, and whether as they happen or in a weekly digest; and the digest itself."""

from __future__ import annotations

from typing import Any, NamedTuple

from handlers.delivery.broadcast import pick_locale
from handlers.events.cards import event_link, events_screen, labels, when
from handlers.events.cards import title as title_of
from handlers.events.rsvp import has_started
from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import Field, field_buttons, nav_row
from handlers.kit.i18n import Html
from handlers.kit.messages import Button, Screen, utf16_length
from handlers.kit.taxonomy import COUNTRIES, TOPICS
from handlers.kit.when import day_name, next_weekly
from storage import event_repos, subscription_repos
from storage.models import Campaign, CampaignKind, Event, EventStatus, Rhythm, Subscription

FLOW = "subscribe"


class SubscribeStep(WizardStep, prefix="sb"):
    """A press in this wizard."""


KINDS = subscription_repos.KINDS
SUBJECTS = {
    f.name: f for f in (Field("topics", "multi", TOPICS, "topic"), Field("countries", "multi", COUNTRIES, "country"))
}
# the sub-screens and the draft values each edits
SCREENS = {"topics": ("topics",), "countries": ("countries",), "rhythm": ("rhythm", "day", "hour")}
DEFAULT_DAY, DEFAULT_HOUR = 0, 9  # Monday morning


async def subscribe_command(ctx: Context) -> None:
    if not ctx.registered:
        ctx.show(Screen(ctx.tr("error-not-registered")))
        return
    subscription = await subscription_repos.get_subscription(ctx.session, ctx.user_id)
    await ctx.start_flow(FLOW, "main", _draft(ctx, subscription))
    show(ctx)


def _draft(ctx: Context, subscription: Subscription | None) -> dict[str, Any]:
    """The member's subscription to edit; a first one follows their organisation's topics and country."""
    if subscription is not None:
        return {
            "kinds": [kind for kind in KINDS if getattr(subscription, kind)],
            "topics": [t.topic for t in subscription.topics],
            "countries": [c.country for c in subscription.countries],
            "rhythm": subscription.rhythm,
            "day": subscription.digest_day,
            "hour": subscription.digest_hour,
        }
    organisation = ctx.member.organisation if ctx.member else None
    return {
        "kinds": list(KINDS),
        "topics": [t.topic for t in organisation.topics] if organisation else [],
        "countries": [organisation.country] if organisation else [],
        "rhythm": Rhythm.INSTANT,
        "day": DEFAULT_DAY,
        "hour": DEFAULT_HOUR,
    }


def show(ctx: Context) -> None:
    ctx.show(render(ctx))


def render(ctx: Context) -> Screen:
    assert ctx.conversation is not None
    step, data, token = ctx.conversation.step, ctx.conversation.data, ctx.conversation.token
    if step in SUBJECTS:
        rows = field_buttons(ctx, SUBJECTS[step], data[step], SubscribeStep, token)
        return Screen.of(ctx.tr(f"subscribe-ask-{step}"), [*rows, nav_row(ctx, SubscribeStep, token)])
    if step == "rhythm":
        return _rhythm_screen(ctx, data, token)
    return _main_screen(ctx, data, token)


def summary(ctx: Context, data: dict[str, Any]) -> Html:
    def chosen(kind: str, values: list[str]) -> str:
        return labels(ctx, kind, values) if values else ctx.tr.plain("subscribe-all")

    kinds = ", ".join(ctx.tr.plain(f"subscribe-kind-{kind}") for kind in data["kinds"])
    return Html(
        ctx.tr(
            "subscribe-summary",
            kinds=kinds or ctx.tr.plain("value-none"),
            topics=chosen("topic", data["topics"]),
            countries=chosen("country", data["countries"]),
            rhythm=rhythm_text(ctx, data),
        )
    )


def rhythm_text(ctx: Context, data: dict[str, Any]) -> str:
    if data["rhythm"] != Rhythm.WEEKLY:
        return ctx.tr.plain("subscribe-rhythm-instant")
    return ctx.tr.plain(
        "subscribe-rhythm-weekly",
        day=day_name(data["day"], ctx.tr.locale),
        time=f"{data['hour']:02d}:00",
        zone=str(ctx.zone),
    )


def _main_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    def data_for(action: str, arg: str | int = "-") -> str:
        return SubscribeStep.data(token, action, arg)

    rows = [
        [
            Button(
                ("✅ " if kind in data["kinds"] else "") + ctx.tr.plain(f"subscribe-kind-{kind}"),
                data_for("kind", kind),
            )
        ]
        for kind in KINDS
    ]
    rows.append(
        [
            Button(ctx.tr.plain("subscribe-choose-topics", count=len(data["topics"])), data_for("open", "topics")),
            Button(
                ctx.tr.plain("subscribe-choose-countries", count=len(data["countries"])), data_for("open", "countries")
            ),
        ]
    )
    rows.append([Button(ctx.tr.plain("subscribe-choose-rhythm"), data_for("open", "rhythm"))])
    rows.append([Button(ctx.tr.plain("subscribe-save"), data_for("save"))])
    text = ctx.tr("subscribe-intro") + "\n\n" + summary(ctx, data)
    return Screen.of(text, [*rows, nav_row(ctx, SubscribeStep, token, back=False)])


def _rhythm_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    def mark(selected: bool, label: str) -> str:
        return f"✅ {label}" if selected else label

    weekly = data["rhythm"] == Rhythm.WEEKLY
    rows = [
        [
            Button(
                mark(not weekly, ctx.tr.plain("subscribe-rhythm-instant")),
                SubscribeStep.data(token, "rhythm", Rhythm.INSTANT),
            ),
            Button(mark(weekly, ctx.tr.plain("subscribe-weekly")), SubscribeStep.data(token, "rhythm", Rhythm.WEEKLY)),
        ]
    ]
    if weekly:
        days = [
            Button(
                mark(day == data["day"], day_name(day, ctx.tr.locale, "abbreviated")),
                SubscribeStep.data(token, "day", day),
            )
            for day in range(7)
        ]
        hours = [
            Button(mark(hour == data["hour"], f"{hour:02d}"), SubscribeStep.data(token, "hour", hour))
            for hour in range(24)
        ]
        rows += [days[:4], days[4:], *(hours[i : i + 6] for i in range(0, 24, 6))]
    rows.append([Button(ctx.tr.plain("btn-done"), SubscribeStep.data(token, "done"))])
    text = (
        ctx.tr("subscribe-ask-rhythm", zone=str(ctx.zone))
        + "\n\n"
        + ctx.tr("subscribe-rhythm-now", rhythm=rhythm_text(ctx, data))
    )
    return Screen.of(text, [*rows, nav_row(ctx, SubscribeStep, token)])


async def on_text(ctx: Context) -> None:
    ctx.reply(Screen(ctx.tr("error-use-buttons")))
    ctx.reply(render(ctx))


async def on_button(ctx: Context, press: SubscribeStep) -> None:
    token, action, arg = press.token, press.action, press.arg
    conversation = ctx.flow_run(FLOW, token)
    handler = _ACTIONS.get(action)
    if conversation is None or handler is None or not ctx.registered:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    data = dict(conversation.data)
    if not handler(data, conversation.step, arg):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if action == "save":
        await _save(ctx, data)
        return
    if action == "cancel":
        await ctx.end_flow()
        ctx.show(Screen(ctx.tr("subscribe-cancelled")))
        return
    conversation.data, conversation.step = data, data.pop("_step", conversation.step)
    show(ctx)


# Each action checks the button belongs to the step the member is at and edits the draft; False: a stale button.


def _toggle_kind(data: dict[str, Any], step: str, arg: str) -> bool:
    if step != "main" or arg not in KINDS:
        return False
    chosen = set(data["kinds"]) ^ {arg}
    data["kinds"] = [kind for kind in KINDS if kind in chosen]
    return True


def _open(data: dict[str, Any], step: str, arg: str) -> bool:
    if step != "main" or arg not in SCREENS:
        return False
    data["_step"] = arg
    data["_undo"] = {name: data[name] for name in SCREENS[arg]}  # what Back restores
    return True


def _toggle_subject(data: dict[str, Any], step: str, arg: str) -> bool:
    field = SUBJECTS.get(step)
    if field is None or arg not in field.options:
        return False
    chosen = set(data[step]) ^ {arg}
    data[step] = [option for option in field.options if option in chosen]
    return True


def _set_rhythm(data: dict[str, Any], step: str, arg: str) -> bool:
    if step != "rhythm" or arg not in (Rhythm.INSTANT, Rhythm.WEEKLY):
        return False
    data["rhythm"] = arg
    return True


def _set_number(name: str, limit: int) -> Any:
    def action(data: dict[str, Any], step: str, arg: str) -> bool:
        if step != "rhythm" or data["rhythm"] != Rhythm.WEEKLY or not arg.isdigit() or int(arg) >= limit:
            return False
        data[name] = int(arg)
        return True

    return action


def _done(data: dict[str, Any], step: str, arg: str) -> bool:
    data.pop("_undo", None)
    data["_step"] = "main"
    return step != "main"


def _back(data: dict[str, Any], step: str, arg: str) -> bool:
    """Back from a sub-screen forgets what was changed there."""
    data.update(data.pop("_undo", {}))
    data["_step"] = "main"
    return step != "main"


def _save_allowed(data: dict[str, Any], step: str, arg: str) -> bool:
    return step == "main"


def _always(data: dict[str, Any], step: str, arg: str) -> bool:
    return True


_ACTIONS = {
    "kind": _toggle_kind,
    "open": _open,
    "tog": _toggle_subject,
    "rhythm": _set_rhythm,
    "day": _set_number("day", 7),
    "hour": _set_number("hour", 24),
    "done": _done,
    "back": _back,
    "save": _save_allowed,
    "cancel": _always,
}


async def _save(ctx: Context, data: dict[str, Any]) -> None:
    if not data["kinds"]:
        ctx.toast(ctx.tr.plain("subscribe-need-kind"))
        return
    # weekly: the next digest time; as they happen: at once, so anything kept for a digest is not lost
    following = (
        next_weekly(ctx.now, data["day"], data["hour"], ctx.zone) if data["rhythm"] == Rhythm.WEEKLY else ctx.now
    )
    await subscription_repos.save_subscription(
        ctx.session, ctx.user_id, {**data, "zone": str(ctx.zone), "next_digest_at": following}
    )
    await ctx.end_flow()
    ctx.show(Screen(ctx.tr("subscribe-saved") + "\n\n" + summary(ctx, data)))


async def unsubscribe_command(ctx: Context) -> None:
    if await subscription_repos.unsubscribe(ctx.session, ctx.user_id):
        if ctx.conversation is not None and ctx.conversation.flow == FLOW:
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
