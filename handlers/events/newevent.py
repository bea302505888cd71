"""/newevent: the organiser's wizard, also used to edit a published event from /myevents.

One question per screen, Back and Cancel everywhere, a preview before anything is published. The draft lives
in the conversation row (times as ISO strings in UTC), so a restart continues where the organiser was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from handlers.events import rsvp as seats
from handlers.events.cards import (
    CardView,
    card_text,
    event_link,
    event_screen,
    may_manage,
    open_card,
    open_managed,
)
from handlers.kit.actions import RunCommand, WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import Field, length_error, link_error
from handlers.kit.flow import (
    ORGANISERS,
    Draft,
    Flow,
    ReadFn,
    Run,
    Step,
    TextFn,
    field_step,
    languages_step,
    reads,
    reads_future,
)
from handlers.kit.i18n import LANGUAGE_NAMES
from handlers.kit.messages import Button, Screen, parse_number
from handlers.kit.taxonomy import COUNTRIES, EVENT_FORMATS, EVENT_SCOPES, TOPICS
from handlers.kit.when import format_input, format_when, parse_when
from storage import audit_repos, event_repos
from storage.event_repos import CardFacts
from storage.models import DeliveryKind, Event, EventFormat, EventScope, EventStatus, EventText, EventTopic


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


@dataclass
class NewEventDraft(Draft):
    """The event being written (or, with `event_id`, a published one being edited): its texts by locale, the
    answers so far (None: not answered yet, or left out), times as ISO strings in UTC."""

    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # by locale: its title and description
    cur: str = ""  # the locale being written
    editing: bool = False  # an answer changed from the preview: Next returns to it
    event_id: int | None = None  # the published event being edited
    ev_scope: str | None = None
    ev_format: str | None = None
    ev_country: str | None = None
    ev_topics: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    link: str | None = None
    capacity: int | None = None  # None: unlimited
    ev_approval: bool | None = None
    ev_chatham: bool | None = None
    reveal: int | None = None  # hours before the start; None: at once


def _in_person(data: NewEventDraft) -> bool:
    return data.ev_format in (EventFormat.IN_PERSON, EventFormat.HYBRID)


def _online(data: NewEventDraft) -> bool:
    return data.ev_format in (EventFormat.ONLINE, EventFormat.HYBRID)


def step_order(data: NewEventDraft) -> list[str]:
    """The steps in the order they are asked: the venue and the link only for the formats that have them."""
    place = []
    if _in_person(data):
        place.append("venue")
    if _online(data):
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


# what the preview's Edit buttons open (those of the format chosen): every step but the texts' own, for which the
# language picker stands
EDITABLE = tuple(
    s for s in step_order(NewEventDraft(ev_format=EventFormat.HYBRID)) if s not in ("title", "desc", "preview")
)


def is_complete(data: NewEventDraft) -> bool:
    """Every question answered but those that may be left out (the link, the capacity, the reveal: they are asked
    before the preview is first reached, so a draft there has their answers, None when left out)."""
    needed = [data.ev_scope, data.ev_format, data.ev_country, data.start, data.end, data.ev_approval, data.ev_chatham]
    if _in_person(data):
        needed.append(data.venue)
    return bool(data.texts) and bool(data.ev_topics) and all(answer not in (None, "") for answer in needed)


def _after_texts(data: NewEventDraft) -> str:
    """Done with the languages: on to the questions, or back to the preview when editing a complete draft."""
    return "preview" if data.editing and is_complete(data) else "ev_scope"


def _after_start(data: NewEventDraft) -> str | None:
    """A new start after the old end needs a new end (else the flow's own way on)."""
    if data.end and data.start and datetime.fromisoformat(data.end) <= datetime.fromisoformat(data.start):
        return "end"
    return None


async def newevent_command(ctx: Context) -> None:
    await NEWEVENT.start(ctx)


async def edit_event(ctx: Context, event: Event) -> None:
    """Open the wizard at the preview with the event's current values; Save applies them. /myevents has
    checked that this user may manage the event; the organiser role is checked from the first press on, as
    it always was (`Flow.start` would check it before showing the preview)."""
    await ctx.start_flow(NEWEVENT.name, "preview", draft_of(event).dump())
    ctx.show(await NEWEVENT.screen(NEWEVENT.run_of(ctx)))


def draft_of(event: Event) -> NewEventDraft:
    return NewEventDraft(
        event_id=event.id,
        editing=True,
        texts={t.locale: {"title": t.title, "description": t.description} for t in event.texts},
        ev_scope=event.scope,
        ev_format=event.format,
        ev_country=event.country,
        ev_topics=[t.topic for t in event.topics],
        start=event.starts_at.isoformat(),
        end=event.ends_at.isoformat(),
        venue=event.venue,
        link=event.online_link,
        capacity=event.capacity,
        ev_approval=event.needs_approval,
        ev_chatham=event.chatham_house,
        reveal=event.reveal_hours,
    )


# --- the typed answers' screens: the question (naming the language being written) and what is there now ---


def _asked(run: Run[NewEventDraft], rows: list[list[Button]]) -> Screen:
    text = run.tr(f"newevent-ask-{run.step}", language=LANGUAGE_NAMES.get(run.data.cur, ""))
    current = _current_value(run)
    if current:
        text += "\n\n" + run.tr("field-current-value", value=current)
    return Screen.of(text, [*rows, run.nav()])


def _ask(run: Run[NewEventDraft]) -> Screen:
    return _asked(run, [])


def _ask_or_skip(run: Run[NewEventDraft]) -> Screen:
    return _asked(run, [[run.labelled("btn-skip", "skip")]])


def _ask_reveal(run: Run[NewEventDraft]) -> Screen:
    return _asked(run, [[run.labelled("newevent-reveal-option", "reveal", h, hours=int(h)) for h in REVEAL_CHOICES]])


def _current_value(run: Run[NewEventDraft]) -> str:
    step, data = run.step, run.data
    if step in ("title", "desc"):
        text = data.texts.get(data.cur, {})
        return str(text.get("title" if step == "title" else "description") or "")
    if step in ("start", "end"):
        moment = data.start if step == "start" else data.end
        return format_input(datetime.fromisoformat(moment), run.ctx.zone) if moment else ""
    value = {"venue": data.venue, "link": data.link, "capacity": data.capacity}.get(step)  # the reveal: its buttons
    return "" if value is None else str(value)


# --- typed answers ---


def _in_one_line(read: ReadFn) -> TextFn:
    """A reader of one-line answers: runs of spaces and line breaks become single spaces."""
    return reads(lambda run, text: read(run, " ".join(text.split())))


def _write_text(run: Run[NewEventDraft], part: str, text: str) -> None:
    """The title or description in the language being written: new dicts, so the stored JSON is seen to change."""
    texts, locale = run.data.texts, run.data.cur
    run.data.texts = {**texts, locale: {**texts.get(locale, {}), part: text}}


def _read_title(run: Run[NewEventDraft], text: str) -> str | None:
    error = length_error(run.tr, text, TITLE_LIMIT)
    if error is None:
        _write_text(run, "title", text)
    return error


def _read_description(run: Run[NewEventDraft], text: str) -> str | None:
    text = text.strip()  # a description keeps its lines
    error = length_error(run.tr, text, DESCRIPTION_LIMIT)
    if error is None:
        _write_text(run, "description", text)
    return error


def _read_end(run: Run[NewEventDraft], text: str) -> str | None:
    assert run.data.start is not None  # the end is asked after the start
    start = datetime.fromisoformat(run.data.start)
    moment = parse_when(text, run.ctx.zone, same_day_as=start)
    if moment is None:
        return run.tr("newevent-bad-date")
    if moment <= start:
        return run.tr("newevent-end-before-start")
    run.data.end = moment.isoformat()
    return None


def _read_venue(run: Run[NewEventDraft], text: str) -> str | None:
    error = length_error(run.tr, text, VENUE_LIMIT)
    if error is None:
        run.data.venue = text
    return error


def _read_link(run: Run[NewEventDraft], text: str) -> str | None:
    error = link_error(run.tr, text, LINK_LIMIT)
    if error is None:
        run.data.link = text
    return error


def _read_capacity(run: Run[NewEventDraft], text: str) -> str | None:
    seats = parse_number(text, CAPACITY_LIMIT)
    if not seats:
        return run.tr("newevent-bad-number", limit=CAPACITY_LIMIT)
    run.data.capacity = seats
    return None


def _read_reveal(run: Run[NewEventDraft], text: str) -> str | None:
    hours = parse_number(text, REVEAL_LIMIT)
    if hours is None:
        return run.tr("newevent-bad-number", limit=REVEAL_LIMIT)
    run.data.reveal = hours or None
    return None


# --- buttons ---


async def _skip_description(run: Run[NewEventDraft], arg: str) -> None:
    _write_text(run, "description", "")
    await run.next()


async def _skip_link(run: Run[NewEventDraft], arg: str) -> None:
    run.data.link = None
    await run.next()


async def _skip_capacity(run: Run[NewEventDraft], arg: str) -> None:
    """No limit on the seats."""
    run.data.capacity = None
    await run.next()


async def _reveal(run: Run[NewEventDraft], arg: str) -> None:
    if arg not in REVEAL_CHOICES:
        run.expired()
        return
    run.data.reveal = int(arg) or None
    await run.next()


# --- the preview: publish, or edit one answer ---


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


def _preview_screen(run: Run[NewEventDraft]) -> Screen:
    ctx, data = run.ctx, run.data
    event = build_event(data)
    text = ctx.tr("newevent-preview") + "\n\n" + card_text(ctx, CardView(event, None, CardFacts({})), show_venue=True)
    text += _reveal_line(ctx, event)
    edit = [
        run.labelled(f"newevent-edit-{name.removeprefix('ev_')}", "edit", name)
        for name in EDITABLE
        if name in step_order(data)
    ]
    key = "btn-save" if data.event_id else "btn-publish"
    rows = [
        [run.labelled(key, "publish")],
        *[edit[i : i + 3] for i in range(0, len(edit), 3)],
        run.nav(back=False),
    ]
    return event_screen(event, text, rows)  # a Chatham House event's card, before it is published


def build_event(data: NewEventDraft, event: Event | None = None) -> Event:
    """The complete draft as an Event (unsaved for a preview, or written onto the given one)."""
    scope, form, country, start, end = data.ev_scope, data.ev_format, data.ev_country, data.start, data.end
    assert scope is not None and form is not None and country is not None and start is not None and end is not None
    event = event or Event(id=data.event_id, status=EventStatus.PUBLISHED, version=0, texts=[], topics=[])
    _sync_texts(event, data.texts)
    kept = [topic for topic in event.topics if topic.topic in data.ev_topics]
    have = {topic.topic for topic in kept}
    event.topics = kept + [EventTopic(topic=t) for t in sorted(data.ev_topics) if t not in have]
    event.scope, event.format, event.country = EventScope(scope), EventFormat(form), country
    event.starts_at = datetime.fromisoformat(start)
    event.ends_at = datetime.fromisoformat(end)
    event.venue = data.venue if _in_person(data) else None
    event.online_link = data.link if _online(data) else None
    event.capacity = data.capacity
    event.needs_approval, event.chatham_house = bool(data.ev_approval), bool(data.ev_chatham)
    event.reveal_hours = data.reveal or None
    return event


def _sync_texts(event: Event, texts: dict[str, dict[str, str]]) -> None:
    """Update rows in place: replacing a row by a new one with the same key would collide in the database."""
    by_locale = {text.locale: text for text in event.texts if text.locale in texts}
    for locale, written in sorted(texts.items()):
        row = by_locale.setdefault(locale, EventText(locale=locale))
        row.title, row.description = written["title"], written.get("description") or ""
    event.texts = [by_locale[locale] for locale in sorted(by_locale)]


async def _edit(run: Run[NewEventDraft], arg: str) -> None:
    if arg not in EDITABLE or arg not in step_order(run.data):
        run.expired()
        return
    run.data.editing = True
    await run.go(arg)


async def _publish(run: Run[NewEventDraft], arg: str) -> None:
    ctx, data = run.ctx, run.data
    if not is_complete(data):
        run.expired()
        return
    assert data.start is not None  # complete
    if datetime.fromisoformat(data.start) <= ctx.now:
        await run.hint(ctx.tr("newevent-date-past"))
        return
    if data.event_id:
        await _save_changes(run, data.event_id)
        return
    await ctx.ensure_member()  # an admin from ADMIN_IDS may organise before registering
    event = build_event(data)
    event.organiser_id = ctx.user_id
    await event_repos.add_event(ctx.session, event)
    audit_repos.audit(ctx.session, ctx.user_id, "event-published", f"event:{event.id}", at=ctx.now)
    await run.finish(
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


async def _save_changes(run: Run[NewEventDraft], event_id: int) -> None:
    """Apply an edit; attendees hear of a new time or place, and a bigger room lets the waitlist in."""
    ctx, data = run.ctx, run.data
    event = await event_repos.lock_event(ctx.session, event_id)
    if event is None or event.status != EventStatus.PUBLISHED or not may_manage(ctx, event):
        await run.finish(Screen(ctx.tr("event-not-found")))
        return
    if seats.has_started(event, ctx.now):  # as /myevents refuses to open an edit of one: begun while editing
        manage = Button(ctx.tr.plain("btn-manage-event"), open_managed(event))
        await run.finish(Screen.of(ctx.tr("myevents-closed"), [[manage]]))
        return
    before = (event.starts_at, event.ends_at, event.venue, event.online_link, event.format)
    build_event(data, event)
    await event_repos.save_event(ctx.session)
    if before[:2] != (event.starts_at, event.ends_at):
        await seats.reschedule_all(ctx, event)
    if before != (event.starts_at, event.ends_at, event.venue, event.online_link, event.format):
        for rsvp in await event_repos.rsvps(ctx.session, event.id, event_repos.INTERESTED):
            ctx.notify(rsvp.telegram_id, DeliveryKind.EVENT_CHANGED, event_id=event.id)
    await seats.fill_seats(ctx, event)
    audit_repos.audit(ctx.session, ctx.user_id, "event-edited", f"event:{event.id}", at=ctx.now)
    manage = Button(ctx.tr.plain("btn-manage-event"), open_managed(event))
    await run.finish(Screen.of(ctx.tr("newevent-saved"), [[manage]]))


NEWEVENT = Flow(
    "newevent",
    NewEventStep,
    first="lang",
    draft=NewEventDraft,
    cancelled="newevent-cancelled",
    guard=ORGANISERS,
    order=step_order,
    summary="preview",
    complete=is_complete,
    in_progress="newevent-in-progress",
    steps={
        "lang": languages_step("newevent-ask-lang", texts="texts", write="title", then=_after_texts),
        "title": Step(_ask, text=_in_one_line(_read_title), then="desc", back="lang"),
        "desc": Step(_ask_or_skip, {"skip": _skip_description}, reads(_read_description), then="lang", back="title"),
        **{name: field_step(field, f"newevent-ask-{name.removeprefix('ev_')}") for name, field in PICKS.items()},
        "start": Step(_ask, text=_in_one_line(reads_future("start")), then=_after_start),
        "end": Step(_ask, text=_in_one_line(_read_end)),
        "venue": Step(_ask, text=_in_one_line(_read_venue)),
        "link": Step(_ask_or_skip, {"skip": _skip_link}, _in_one_line(_read_link)),
        "capacity": Step(_ask_or_skip, {"skip": _skip_capacity}, _in_one_line(_read_capacity)),
        "reveal": Step(_ask_reveal, {"reveal": _reveal}, _in_one_line(_read_reveal)),
        "preview": Step(_preview_screen, {"publish": _publish, "edit": _edit}),
    },
)
