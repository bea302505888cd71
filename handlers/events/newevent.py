"""/newevent: the organiser's wizard, also used to edit a published event from /myevents.

One question per screen, Back and Cancel everywhere, a preview before anything is published. The draft lives
in the conversation row (times as ISO strings in UTC), so a restart continues where the organiser was.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from handlers.events import rsvp as seats
from handlers.events.cards import CardView, card_text, event_link, may_manage, open_card, open_managed
from handlers.kit.actions import RunCommand, WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import (
    Field,
    field_buttons,
    language_picker,
    length_error,
    link_error,
    nav_row,
    parse_pick,
    toggle,
    written_in,
)
from handlers.kit.i18n import LANGUAGE_NAMES, LOCALES
from handlers.kit.messages import Button, Screen, parse_number
from handlers.kit.taxonomy import COUNTRIES, EVENT_FORMATS, EVENT_SCOPES, TOPICS
from handlers.kit.when import format_input, format_when, parse_when
from storage import audit_repos, event_repos
from storage.event_repos import CardFacts
from storage.models import DeliveryKind, Event, EventFormat, EventStatus, EventText, EventTopic

FLOW = "newevent"


class NewEventStep(WizardStep, prefix="ne"):
    """A press in this wizard."""


TITLE_LIMIT = 120
DESCRIPTION_LIMIT = 1000
VENUE_LIMIT = 300
LINK_LIMIT = 300
CAPACITY_LIMIT = 100_000
REVEAL_CHOICES = ("0", "1", "24", "48")  # hours before the start; 0 = at once on confirmation
REVEAL_LIMIT = 24 * 30

PICKS = {
    f.name: f
    for f in (
        Field("ev_scope", "choice", EVENT_SCOPES, "scope"),
        Field("ev_format", "choice", EVENT_FORMATS, "format"),
        Field("ev_country", "choice", COUNTRIES, "country"),
        Field("ev_topics", "multi", TOPICS, "topic", min_selected=1),
        Field("ev_approval", "bool"),
        Field("ev_chatham", "bool"),
    )
}
# what the preview's Edit buttons open: the texts' language picker stands for title and description
EDITABLE = (
    "lang",
    "ev_scope",
    "ev_format",
    "ev_country",
    "ev_topics",
    "start",
    "end",
    "venue",
    "link",
    "capacity",
    "ev_approval",
    "ev_chatham",
    "reveal",
)


def steps(data: dict[str, Any]) -> list[str]:
    place = []
    if data.get("ev_format") in (EventFormat.IN_PERSON, EventFormat.HYBRID):
        place.append("venue")
    if data.get("ev_format") in (EventFormat.ONLINE, EventFormat.HYBRID):
        place.append("link")
    return [
        "lang",
        "title",
        "desc",
        "ev_scope",
        "ev_format",
        "ev_country",
        "ev_topics",
        "start",
        "end",
        *place,
        "capacity",
        "ev_approval",
        "ev_chatham",
        "reveal",
        "preview",
    ]


def is_complete(data: dict[str, Any]) -> bool:
    optional = ("lang", "title", "desc", "preview", "capacity", "reveal", "link")
    needed = [s for s in steps(data) if s not in optional]
    return (
        bool(data.get("texts"))
        and all(data.get(s) not in (None, "", []) for s in needed)
        and "capacity" in data
        and "reveal" in data
    )


def next_step(data: dict[str, Any], step: str) -> str:
    if step == "title":
        return "desc"
    if step == "desc":
        return "lang"  # another language, or Done
    if (
        step == "start"
        and data.get("end")
        and datetime.fromisoformat(data["end"]) <= datetime.fromisoformat(data["start"])
    ):
        return "end"  # a new start after the old end needs a new end
    if data.get("editing") and is_complete(data):
        return "preview"
    order = steps(data)
    return order[min(order.index(step) + 1, len(order) - 1)]


def previous_step(data: dict[str, Any], step: str) -> str:
    if step in ("title", "desc"):
        return "lang" if step == "title" else "title"
    if data.get("editing") and is_complete(data) and step != "preview":
        return "preview"
    order = steps(data)
    return order[max(order.index(step) - 1, 0)] if step in order else "lang"


async def newevent_command(ctx: Context) -> None:
    if not ctx.is_organiser:
        ctx.show(Screen(ctx.tr("event-organisers-only")))
        return
    conversation = ctx.conversation
    if conversation is not None and conversation.flow == FLOW:
        ctx.show(
            Screen.of(
                ctx.tr("newevent-in-progress"),
                [
                    [
                        Button(ctx.tr.plain("btn-continue"), NewEventStep.data(conversation.token, "continue")),
                        Button(ctx.tr.plain("btn-start-over"), NewEventStep.data(conversation.token, "restart")),
                    ]
                ],
            )
        )
        return
    await ctx.start_flow(FLOW, "lang", {"texts": {}})
    ctx.show(render(ctx))


async def edit_event(ctx: Context, event: Event) -> None:
    """Open the wizard at the preview with the event's current values; Save applies them."""
    await ctx.start_flow(FLOW, "preview", draft_of(event))
    await show(ctx)


def draft_of(event: Event) -> dict[str, Any]:
    return {
        "event_id": event.id,
        "editing": True,
        "texts": {t.locale: {"title": t.title, "description": t.description} for t in event.texts},
        "ev_scope": event.scope,
        "ev_format": event.format,
        "ev_country": event.country,
        "ev_topics": [t.topic for t in event.topics],
        "start": event.starts_at.isoformat(),
        "end": event.ends_at.isoformat(),
        "venue": event.venue,
        "link": event.online_link,
        "capacity": event.capacity,
        "ev_approval": event.needs_approval,
        "ev_chatham": event.chatham_house,
        "reveal": event.reveal_hours,
    }


def render(ctx: Context) -> Screen:
    assert ctx.conversation is not None
    step, data, token = ctx.conversation.step, ctx.conversation.data, ctx.conversation.token
    tr = ctx.tr
    if step in PICKS:
        choices = field_buttons(ctx, PICKS[step], data.get(step), NewEventStep, token)
        return Screen.of(tr(f"newevent-ask-{step.removeprefix('ev_')}"), [*choices, nav_row(ctx, NewEventStep, token)])
    if step == "lang":
        return _language_screen(ctx, data, token)
    rows: list[list[Button]] = []
    if step in ("desc", "capacity", "link"):
        rows.append([Button(tr.plain("btn-skip"), NewEventStep.data(token, "skip"))])
    if step == "reveal":
        rows.append(
            [
                Button(tr.plain("newevent-reveal-option", hours=int(h)), NewEventStep.data(token, "reveal", h))
                for h in REVEAL_CHOICES
            ]
        )
    text = tr(f"newevent-ask-{step}", language=LANGUAGE_NAMES.get(data.get("cur", ""), ""))
    current = _current_value(ctx, data, step)
    if current:
        text += "\n\n" + tr("field-current-value", value=current)
    return Screen.of(text, [*rows, nav_row(ctx, NewEventStep, token)])


def _current_value(ctx: Context, data: dict[str, Any], step: str) -> str:
    if step in ("title", "desc"):
        text = data.get("texts", {}).get(data.get("cur"), {})
        return str(text.get("title" if step == "title" else "description") or "")
    if step in ("start", "end") and data.get(step):
        return format_input(datetime.fromisoformat(data[step]), ctx.zone)
    value = data.get(step)
    return "" if value is None or step == "reveal" else str(value)


def _language_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    written = data.get("texts", {})
    text = ctx.tr("newevent-ask-lang") + written_in(ctx, written)
    return Screen.of(
        text, [*language_picker(ctx, written, NewEventStep, token), nav_row(ctx, NewEventStep, token, back=False)]
    )


def _reveal_line(ctx: Context, event: Event) -> str:
    """The preview shows the venue to the organiser: say when confirmed attendees will see it."""
    if not event.venue and not event.online_link:
        return ""
    if event.reveal_hours is None:
        return "\n" + ctx.tr("newevent-preview-reveal-now")
    reveal_at = event.starts_at - timedelta(hours=event.reveal_hours)
    return "\n" + ctx.tr(
        "newevent-preview-reveal-later", hours=event.reveal_hours, time=format_when(reveal_at, ctx.tr.locale, ctx.zone)
    )


async def render_preview(ctx: Context) -> Screen:
    assert ctx.conversation is not None
    data, token = ctx.conversation.data, ctx.conversation.token
    event = build_event(data)
    text = ctx.tr("newevent-preview") + "\n\n" + card_text(ctx, CardView(event, None, CardFacts({})), show_venue=True)
    text += _reveal_line(ctx, event)
    edit = [
        Button(ctx.tr.plain(f"newevent-edit-{name.removeprefix('ev_')}"), NewEventStep.data(token, "edit", name))
        for name in EDITABLE
        if name in steps(data)
    ]
    key = "btn-save" if data.get("event_id") else "btn-publish"
    rows = [
        [Button(ctx.tr.plain(key), NewEventStep.data(token, "publish"))],
        *[edit[i : i + 3] for i in range(0, len(edit), 3)],
        nav_row(ctx, NewEventStep, token, back=False),
    ]
    return Screen.of(text, rows)


def build_event(data: dict[str, Any], event: Event | None = None) -> Event:
    """The draft as an Event (unsaved for a preview, or written onto the given one)."""
    event = event or Event(id=data.get("event_id"), status=EventStatus.PUBLISHED, version=0, texts=[], topics=[])
    _sync_texts(event, data["texts"])
    kept = [topic for topic in event.topics if topic.topic in data["ev_topics"]]
    have = {topic.topic for topic in kept}
    event.topics = kept + [EventTopic(topic=t) for t in sorted(data["ev_topics"]) if t not in have]
    event.scope, event.format, event.country = data["ev_scope"], data["ev_format"], data["ev_country"]
    event.starts_at = datetime.fromisoformat(data["start"])
    event.ends_at = datetime.fromisoformat(data["end"])
    in_person = data["ev_format"] in (EventFormat.IN_PERSON, EventFormat.HYBRID)
    online = data["ev_format"] in (EventFormat.ONLINE, EventFormat.HYBRID)
    event.venue = data.get("venue") if in_person else None
    event.online_link = data.get("link") if online else None
    event.capacity = data.get("capacity")
    event.needs_approval, event.chatham_house = bool(data["ev_approval"]), bool(data["ev_chatham"])
    event.reveal_hours = data.get("reveal") or None
    return event


def _sync_texts(event: Event, texts: dict[str, dict[str, str]]) -> None:
    """Update rows in place: replacing a row by a new one with the same key would collide in the database."""
    by_locale = {text.locale: text for text in event.texts if text.locale in texts}
    for locale, written in sorted(texts.items()):
        row = by_locale.setdefault(locale, EventText(locale=locale))
        row.title, row.description = written["title"], written.get("description") or ""
    event.texts = [by_locale[locale] for locale in sorted(by_locale)]


async def show(ctx: Context) -> None:
    assert ctx.conversation is not None
    ctx.show(await render_preview(ctx) if ctx.conversation.step == "preview" else render(ctx))


async def _go(ctx: Context, data: dict[str, Any], step: str) -> None:
    assert ctx.conversation is not None
    ctx.conversation.data, ctx.conversation.step = data, step
    await show(ctx)


async def _hint(ctx: Context, message: str) -> None:
    ctx.reply(Screen(message))
    assert ctx.conversation is not None
    ctx.reply(await render_preview(ctx) if ctx.conversation.step == "preview" else render(ctx))


async def on_text(ctx: Context) -> None:
    assert ctx.conversation is not None and ctx.incoming.text is not None
    if not ctx.is_organiser:
        await ctx.end_flow_refused("event-organisers-only")
        return
    step, data = ctx.conversation.step, dict(ctx.conversation.data)
    parser = _TEXT_STEPS.get(step)
    if parser is None:
        await _hint(ctx, ctx.tr("error-use-buttons"))
        return
    error = parser(ctx, data, " ".join(ctx.incoming.text.split()) if step != "desc" else ctx.incoming.text.strip())
    if error:
        await _hint(ctx, error)
        return
    await _go(ctx, data, next_step(data, step))


def _parse_title(ctx: Context, data: dict[str, Any], text: str) -> str | None:
    error = length_error(ctx.tr, text, TITLE_LIMIT)
    if error is None:
        data["texts"] = {**data["texts"], data["cur"]: {**data["texts"].get(data["cur"], {}), "title": text}}
    return error


def _parse_description(ctx: Context, data: dict[str, Any], text: str) -> str | None:
    error = length_error(ctx.tr, text, DESCRIPTION_LIMIT)
    if error is None:
        data["texts"] = {**data["texts"], data["cur"]: {**data["texts"][data["cur"]], "description": text}}
    return error


def _parse_start(ctx: Context, data: dict[str, Any], text: str) -> str | None:
    moment = parse_when(text, ctx.zone)
    if moment is None:
        return ctx.tr("newevent-bad-date")
    if moment <= ctx.now:
        return ctx.tr("newevent-date-past")
    data["start"] = moment.isoformat()
    return None


def _parse_end(ctx: Context, data: dict[str, Any], text: str) -> str | None:
    start = datetime.fromisoformat(data["start"])
    moment = parse_when(text, ctx.zone, same_day_as=start)
    if moment is None:
        return ctx.tr("newevent-bad-date")
    if moment <= start:
        return ctx.tr("newevent-end-before-start")
    data["end"] = moment.isoformat()
    return None


def _parse_venue(ctx: Context, data: dict[str, Any], text: str) -> str | None:
    error = length_error(ctx.tr, text, VENUE_LIMIT)
    if error is None:
        data["venue"] = text
    return error


def _parse_link(ctx: Context, data: dict[str, Any], text: str) -> str | None:
    error = link_error(ctx.tr, text, LINK_LIMIT)
    if error is None:
        data["link"] = text
    return error


def _parse_capacity(ctx: Context, data: dict[str, Any], text: str) -> str | None:
    seats = parse_number(text, CAPACITY_LIMIT)
    if not seats:
        return ctx.tr("newevent-bad-number", limit=CAPACITY_LIMIT)
    data["capacity"] = seats
    return None


def _parse_reveal(ctx: Context, data: dict[str, Any], text: str) -> str | None:
    hours = parse_number(text, REVEAL_LIMIT)
    if hours is None:
        return ctx.tr("newevent-bad-number", limit=REVEAL_LIMIT)
    data["reveal"] = hours or None
    return None


_TEXT_STEPS = {
    "title": _parse_title,
    "desc": _parse_description,
    "start": _parse_start,
    "end": _parse_end,
    "venue": _parse_venue,
    "link": _parse_link,
    "capacity": _parse_capacity,
    "reveal": _parse_reveal,
}


async def on_button(ctx: Context, press: NewEventStep) -> None:
    token, action, arg = press.token, press.action, press.arg
    conversation = ctx.flow_run(FLOW, token)
    handler = _ACTIONS.get(action)
    if conversation is None or handler is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if not ctx.is_organiser:
        await ctx.end_flow_refused("event-organisers-only")
        return
    await handler(ctx, dict(conversation.data), conversation.step, arg)


async def _expired(ctx: Context) -> None:
    ctx.toast(ctx.tr.plain("error-button-expired"))


async def _cancel(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await ctx.end_flow()
    ctx.show(Screen(ctx.tr("newevent-cancelled")))


async def _back(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await _go(ctx, data, previous_step(data, step))


async def _language(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "lang" or arg not in LOCALES:
        await _expired(ctx)
        return
    data["cur"] = arg
    await _go(ctx, data, "title")


async def _texts_done(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "lang" or not data.get("texts"):
        await _expired(ctx)
        return
    await _go(ctx, data, "preview" if data.get("editing") and is_complete(data) else "ev_scope")


async def _skip(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step == "desc":  # a new dict, so the change to the stored JSON is seen and saved
        data["texts"] = {**data["texts"], data["cur"]: {**data["texts"][data["cur"]], "description": ""}}
    elif step in ("capacity", "link"):
        data[step] = None
    else:
        await _expired(ctx)
        return
    await _go(ctx, data, next_step(data, step))


async def _reveal(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "reveal" or arg not in REVEAL_CHOICES:
        await _expired(ctx)
        return
    data["reveal"] = int(arg) or None
    await _go(ctx, data, next_step(data, step))


async def _pick(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    field = PICKS.get(step)
    value = parse_pick(field, arg) if field else None
    if value is None:
        await _expired(ctx)
        return
    data[step] = value
    await _go(ctx, data, next_step(data, step))


async def _toggle(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    field = PICKS.get(step)
    chosen = toggle(field, data.get(step, []), arg) if field and field.kind == "multi" else None
    if chosen is None:
        await _expired(ctx)
        return
    data[step] = chosen
    await _go(ctx, data, step)


async def _done(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    field = PICKS.get(step)
    if field is None or field.kind != "multi":
        await _expired(ctx)
        return
    if len(data.get(step, [])) < field.min_selected:
        ctx.toast(ctx.tr.plain("error-pick-at-least-one"))
        return
    await _go(ctx, data, next_step(data, step))


async def _edit(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "preview" or arg not in EDITABLE or arg not in steps(data):
        await _expired(ctx)
        return
    data["editing"] = True
    await _go(ctx, data, arg)


async def _continue(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await show(ctx)


async def _restart(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await ctx.start_flow(FLOW, "lang", {"texts": {}})
    ctx.show(render(ctx))


async def _publish(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "preview" or not is_complete(data):
        await _expired(ctx)
        return
    if datetime.fromisoformat(data["start"]) <= ctx.now:
        await _hint(ctx, ctx.tr("newevent-date-past"))
        return
    if data.get("event_id"):
        await _save_changes(ctx, data)
        return
    await ctx.ensure_member()  # an admin from ADMIN_IDS may organise before registering
    await ctx.session.flush()  # the member row first: the event refers to it
    event = build_event(data)
    event.organiser_id = ctx.user_id
    ctx.session.add(event)
    await ctx.session.flush()
    audit_repos.audit(ctx.session, ctx.user_id, "event-published", f"event:{event.id}", at=ctx.now)
    await ctx.end_flow()
    ctx.show(
        Screen.of(
            ctx.tr("newevent-published", link=event_link(ctx, event)),
            [
                [
                    Button(ctx.tr.plain("btn-open-event"), open_card(event)),
                    Button(ctx.tr.plain("btn-my-events"), RunCommand("myevents").pack()),
                ]
            ],
        )
    )


async def _save_changes(ctx: Context, data: dict[str, Any]) -> None:
    """Apply an edit; attendees hear of a new time or place, and a bigger room lets the waitlist in."""
    event = await event_repos.lock_event(ctx.session, int(data["event_id"]))
    if event is None or event.status != EventStatus.PUBLISHED or not may_manage(ctx, event):
        await ctx.end_flow()
        ctx.show(Screen(ctx.tr("event-not-found")))
        return
    before = (event.starts_at, event.ends_at, event.venue, event.online_link, event.format)
    build_event(data, event)
    await ctx.session.flush()
    if before[:2] != (event.starts_at, event.ends_at):
        await seats.reschedule_all(ctx, event)
    if before != (event.starts_at, event.ends_at, event.venue, event.online_link, event.format):
        for rsvp in await event_repos.rsvps(ctx.session, event.id, event_repos.INTERESTED):
            ctx.notify(rsvp.telegram_id, DeliveryKind.EVENT_CHANGED, event_id=event.id)
    await seats.fill_seats(ctx, event)
    audit_repos.audit(ctx.session, ctx.user_id, "event-edited", f"event:{event.id}", at=ctx.now)
    await ctx.end_flow()
    ctx.show(
        Screen.of(
            ctx.tr("newevent-saved"),
            [[Button(ctx.tr.plain("btn-manage-event"), open_managed(event))]],
        )
    )


_ACTIONS = {
    "cancel": _cancel,
    "back": _back,
    "lang": _language,
    "textsdone": _texts_done,
    "skip": _skip,
    "reveal": _reveal,
    "pick": _pick,
    "tog": _toggle,
    "done": _done,
    "edit": _edit,
    "continue": _continue,
    "restart": _restart,
    "publish": _publish,
}
