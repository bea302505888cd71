"""How an event looks to one reader: their language, their time zone, what they may see of the venue."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from handlers.events.rsvp import free_seats, has_started, seats_left, venue_revealed
from handlers.kit.actions import Action
from handlers.kit.core import Context
from handlers.kit.i18n import LANGUAGE_NAMES
from handlers.kit.messages import Button, Screen
from handlers.kit.taxonomy import label_id
from handlers.kit.when import format_when
from storage import event_repos
from storage.event_repos import CardFacts
from storage.models import Event, EventStatus, EventText, Rsvp, RsvpStatus


class EventPress(Action, prefix="ev"):
    """A press on an event's card or on the events list: each re-checks that the presser may see the event."""

    action: Literal["rsvp", "open", "ics", "page", "fc", "ft"]
    number: int  # the event's id; for page, fc and ft the list's page
    arg: str  # the answer for rsvp, the list's filter for page, fc and ft; otherwise -


Managing = Literal["open", "edit", "pend", "ok", "no", "csv", "cancel", "cancelyes", "msg", "msgsend", "msgcancel"]


class ManageEvent(Action, prefix="oe"):
    """An organiser's press on one of their events in /myevents."""

    action: Managing
    event: int
    arg: str  # the member approved or declined, the message's run token; otherwise -


def open_card(event: Event) -> str:
    """A button's data that shows the event's card."""
    return EventPress("open", event.id, "-").pack()


def open_managed(event: Event) -> str:
    """A button's data that shows the event as its organiser manages it."""
    return ManageEvent("open", event.id, "-").pack()


LINK_PREFIX = "ev_"  # /start ev_<code>
DESCRIPTION_PREVIEW = 1500  # keeps a card well inside Telegram's 4,096 characters


def pick_text(event: Event, locale: str) -> EventText:
    """The reader's language, else English, else whatever the organiser wrote (DOMAIN.md)."""
    by_locale = {text.locale: text for text in event.texts}
    return by_locale.get(locale) or by_locale.get("en") or event.texts[0]


def language_note(ctx: Context, event: Event) -> str:
    """Say which language the reader is reading when it is not their own (DOMAIN.md)."""
    return language_note_for(ctx, pick_text(event, ctx.tr.locale).locale)


def pick_description(event: Event, locale: str) -> EventText | None:
    """The description in the same order of languages as the title, skipping languages that have none."""
    written = [text for text in event.texts if text.description]
    by_locale = {text.locale: text for text in written}
    return by_locale.get(locale) or by_locale.get("en") or (written[0] if written else None)


def language_note_for(ctx: Context, locale: str) -> str:
    """ "(written in English)", the language named in the reader's own."""
    if locale == ctx.tr.locale:
        return ""
    language = ctx.tr.plain(f"language-name-{locale}") if locale in LANGUAGE_NAMES else locale
    return "\n" + ctx.tr("event-card-language", language=language)


def title(ctx: Context, event: Event) -> str:
    return pick_text(event, ctx.tr.locale).title


def when(ctx: Context, event: Event) -> str:
    return format_when(event.starts_at, ctx.tr.locale, ctx.zone)


def event_link(ctx: Context, event: Event) -> str:
    """The event's deep link, by its random code: a row id would let anyone walk every event."""
    return f"https://t.me/{ctx.bot_username}?start={LINK_PREFIX}{event.code}"


def may_manage(ctx: Context, event: Event) -> bool:
    """The event's organiser, and admins."""
    return event.organiser_id == ctx.user_id or ctx.is_admin


def sees_closed_rooms(ctx: Context) -> bool:
    """Events that need the organiser's approval are for members acting for a vetted organisation, and admins
    (the organiser of one sees their own through `may_manage`)."""
    return ctx.is_admin or (ctx.registered and ctx.member is not None and ctx.member.vetted)


def is_open(event: Event, now: datetime) -> bool:
    """Published and not started: what the list shows and members can still answer."""
    return event.status == EventStatus.PUBLISHED and not has_started(event, now)


def may_see(ctx: Context, event: Event, rsvp: Rsvp | None) -> bool:
    """Whether this reader may open the event: its organiser and admins always; a member who answered it keeps
    their card (a cancelled or past event included, as their notices point to it); other registered members
    while it is open, and one that needs approval only if they act for a vetted organisation."""
    if may_manage(ctx, event):
        return True
    if not ctx.registered:
        return False
    if rsvp is not None and rsvp.status:
        return True
    return is_open(event, ctx.now) and (not event.needs_approval or sees_closed_rooms(ctx))


def event_screen(event: Event, text: str, rows: list[list[Button]] | None = None) -> Screen:
    """Anything about a Chatham House event is sent with protect_content, so it cannot be forwarded: every
    message that names one is made here or by `events_screen` (`Context.show` then sends it as a new message
    rather than edit one that was sent unprotected)."""
    return events_screen([event], text, rows)


def events_screen(events: Iterable[Event], text: str, rows: list[list[Button]] | None = None) -> Screen:
    """A message naming several events (a list, a digest) is protected if it names any Chatham House one."""
    screen = Screen.of(text, rows)
    return Screen(screen.text, screen.rows, protect=any(event.chatham_house for event in events))


def labels(ctx: Context, kind: str, values: list[str]) -> str:
    return ", ".join(ctx.tr.plain(label_id(kind, value)) for value in values)


@dataclass(frozen=True)
class CardView:
    """One reader's card of an event: all it shows, loaded before anything is rendered."""

    event: Event
    rsvp: Rsvp | None  # the reader's answer, if any
    facts: CardFacts

    @property
    def seats_left(self) -> int | None:
        return free_seats(self.event, self.facts.counts.get(RsvpStatus.GOING, 0))


async def load_card(ctx: Context, event: Event, rsvp: Rsvp | None = None) -> CardView:
    """The reader's card: `rsvp` is their answer if the caller has it at hand, else it is looked up."""
    if rsvp is None:
        rsvp = await event_repos.get_rsvp(ctx.session, event.id, ctx.user_id)
    return CardView(event, rsvp, await event_repos.card_facts(ctx.session, event, rsvp))


def card_text(ctx: Context, view: CardView, *, show_venue: bool | None = None) -> str:
    """The event as this reader may see it. `show_venue` overrides the reveal rule (for the organiser)."""
    event, rsvp = view.event, view.rsvp
    tr, text = ctx.tr, pick_text(event, ctx.tr.locale)
    lines = [tr("event-card-title", title=text.title) + language_note(ctx, event)]
    description = pick_description(event, ctx.tr.locale)
    if description is not None:
        note = language_note_for(ctx, description.locale) if description.locale != text.locale else ""
        lines.append(tr("event-card-description", description=description.description[:DESCRIPTION_PREVIEW]) + note)
    lines.append(tr("event-card-when", start=when(ctx, event), end=_end(ctx, event)))
    lines.append(
        tr(
            "event-card-facts",
            format=tr.plain(label_id("format", event.format)),
            scope=tr.plain(label_id("scope", event.scope)),
            country=tr.plain(label_id("country", event.country)),
        )
    )
    lines.append(tr("event-card-topics", topics=labels(ctx, "topic", [t.topic for t in event.topics])))
    lines.append(_seats_line(ctx, event, view.seats_left))
    if event.chatham_house:
        lines.append(tr("event-card-chatham"))
    if event.needs_approval:
        lines.append(tr("event-card-approval"))
    lines.extend(place_lines(ctx, event, rsvp, show_venue))
    if event.status == EventStatus.CANCELLED:
        lines.append(tr("event-card-cancelled"))
    elif rsvp is not None and rsvp.status:
        lines.append(answer_line(ctx, rsvp, view.facts.ahead + 1))
    return "\n".join(lines)


def _end(ctx: Context, event: Event) -> str:
    """The end, with its date only when it is not the day the event starts (`10:00 – 13:00`)."""
    start, end = event.starts_at.astimezone(ctx.zone), event.ends_at.astimezone(ctx.zone)
    return f"{end:%H:%M}" if start.date() == end.date() else format_when(event.ends_at, ctx.tr.locale, ctx.zone)


def _seats_line(ctx: Context, event: Event, left: int | None) -> str:
    if left is None:
        return ctx.tr("event-card-seats-unlimited")
    return ctx.tr("event-card-seats", left=left, capacity=event.capacity or 0)


def place_lines(ctx: Context, event: Event, rsvp: Rsvp | None, show_venue: bool | None = None) -> list[str]:
    """Venue and link when this reader may see them, else when and to whom they will be shown."""
    revealed = venue_revealed(event, rsvp, ctx.now) if show_venue is None else show_venue
    if not event.venue and not event.online_link:
        return []
    if not revealed:
        reveal_at = event.starts_at - timedelta(hours=event.reveal_hours or 0)
        if event.reveal_hours is None or reveal_at <= ctx.now:  # never "from" a time already past
            return [ctx.tr("event-card-place-hidden")]
        return [ctx.tr("event-card-place-later", time=format_when(reveal_at, ctx.tr.locale, ctx.zone))]
    lines = []
    if event.venue:
        lines.append(ctx.tr("event-card-venue", venue=event.venue))
    if event.online_link:
        lines.append(ctx.tr("event-card-link", link=event.online_link))
    return lines


async def status_line(ctx: Context, rsvp: Rsvp) -> str:
    """The reader's answer, with their place on the waitlist looked up (for lists of several events)."""
    position = await event_repos.waitlist_position(ctx.session, rsvp) if rsvp.status == RsvpStatus.WAITLIST else 0
    return answer_line(ctx, rsvp, position)


def answer_line(ctx: Context, rsvp: Rsvp, position: int) -> str:
    """`position`: the reader's place on the waitlist (read only when they are on it)."""
    return ctx.tr(
        "event-your-status", status=rsvp.status, position=position if rsvp.status == RsvpStatus.WAITLIST else 0
    )


# the answer each button stands for, and the statuses that show it as chosen
_HELD = {
    RsvpStatus.GOING: (RsvpStatus.GOING, RsvpStatus.WAITLIST, RsvpStatus.PENDING),
    RsvpStatus.MAYBE: (RsvpStatus.MAYBE,),
    RsvpStatus.NOT_GOING: (RsvpStatus.NOT_GOING,),
}


def rsvp_choice_row(ctx: Context, event: Event, current: str = "", *, full: bool = False) -> list[Button]:
    """Going / Maybe / Not going, with a ✓ on the member's current answer; on a full event, Going reads as what it
    does: a place on the waitlist."""
    buttons = []
    for choice, held in _HELD.items():
        label = "waitlist" if choice == RsvpStatus.GOING and full and current not in held else choice.replace("_", "-")
        text = ("✓ " if current in held else "") + ctx.tr.plain(f"btn-rsvp-{label}")
        buttons.append(Button(text, EventPress("rsvp", event.id, choice).pack()))
    return buttons


async def is_full(ctx: Context, event: Event) -> bool:
    return await seats_left(ctx, event) == 0


def rsvp_rows(
    ctx: Context, event: Event, rsvp: Rsvp | None, now_started: bool, *, full: bool = False
) -> list[list[Button]]:
    tr = ctx.tr
    rows: list[list[Button]] = []
    if event.status == EventStatus.PUBLISHED and not now_started:
        rows.append(rsvp_choice_row(ctx, event, rsvp.status if rsvp else "", full=full))
        rows.append([Button(tr.plain("btn-add-to-calendar"), EventPress("ics", event.id, "-").pack())])
    rows.append([Button(tr.plain("btn-all-events"), EventPress("page", 0, "x-x").pack())])
    return rows


def card_screen(ctx: Context, view: CardView) -> Screen:
    """The card for this reader, rendered from what was loaded."""
    started = has_started(view.event, ctx.now)
    rows = rsvp_rows(ctx, view.event, view.rsvp, started, full=view.seats_left == 0)
    return event_screen(view.event, card_text(ctx, view), rows)


def open_button(ctx: Context, event: Event) -> list[list[Button]]:
    return [[Button(ctx.tr.plain("btn-open-event"), open_card(event))]]
