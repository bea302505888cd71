"""/events for members: the list with filters, an event's card, RSVP buttons, the calendar file, deep links.

Also renders the outbox notices about events (reminders, promotions, changes), in the recipient's language.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

import icalendar

from handlers.events.cards import (
    LINK_PREFIX,
    EventPress,
    card_screen,
    event_screen,
    events_screen,
    language_note,
    load_card,
    may_see,
    open_button,
    open_card,
    pick_description,
    pick_text,
    place_lines,
    sees_closed_rooms,
    title,
    when,
)
from handlers.events.rsvp import CHOICES, free_seats, has_started, respond, venue_revealed
from handlers.kit.actions import RunCommand
from handlers.kit.core import Context, NoticeRenderer
from handlers.kit.messages import Button, Document, Screen
from handlers.kit.paging import MAX_PAGE, page_count, paging_row
from handlers.kit.taxonomy import COUNTRIES, TOPICS, label_id
from handlers.partners import reports
from storage import admin_repos, event_repos
from storage.models import DeliveryKind, Event, EventStatus, ReminderKind, Rsvp, RsvpStatus

PAGE_SIZE = 5
REMINDER_LATE_LIMIT = timedelta(hours=1)
NO_FILTER = "x-x"
LINK_CODE = re.compile(r"[A-Za-z0-9_-]{1,16}")  # what storage.models.new_event_code makes, with room to spare


def parse_filter(arg: str) -> tuple[str | None, str | None] | None:
    """`<country>-<topic>` with `x` for any: `xk-x`, `x-drug_trafficking`. None if it is not one we made."""
    country, _, topic = arg.partition("-")
    if (country != "x" and country not in COUNTRIES) or (topic != "x" and topic not in TOPICS):
        return None
    return (None if country == "x" else country), (None if topic == "x" else topic)


async def events_command(ctx: Context) -> None:
    if _members_only(ctx):
        await _show_page(ctx, 0, NO_FILTER)


def _members_only(ctx: Context) -> bool:
    """Events are for registered members; anyone else is asked to register (and nothing else happens)."""
    if ctx.registered or ctx.is_admin:
        return True
    ctx.toast(ctx.tr.plain("events-members-only"))
    ctx.reply(
        Screen.of(
            ctx.tr("events-members-only"), [[Button(ctx.tr.plain("btn-register"), RunCommand("register").pack())]]
        )
    )
    return False


async def _show_page(ctx: Context, page: int, filter_arg: str) -> None:
    parsed = parse_filter(filter_arg)
    if parsed is None or page > MAX_PAGE:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    country, topic = parsed
    closed_rooms_for = None if sees_closed_rooms(ctx) else ctx.user_id
    found, total = await event_repos.upcoming_events(
        ctx.session,
        ctx.now,
        country=country,
        topic=topic,
        closed_rooms_for=closed_rooms_for,
        offset=page * PAGE_SIZE,
        limit=PAGE_SIZE,
    )
    pages = page_count(total, PAGE_SIZE)
    tr = ctx.tr
    filters = _filter_summary(ctx, country, topic)
    if not found:
        text = tr("events-none") + filters
    else:
        lines = [tr("events-list-header", page=min(page + 1, pages), pages=pages)]
        going = await event_repos.going_counts(ctx.session, [e.id for e in found if e.capacity is not None])
        for number, event in enumerate(found, start=page * PAGE_SIZE + 1):
            left = free_seats(event, going.get(event.id, 0))
            item = tr(
                "events-list-item",
                number=number,
                title=title(ctx, event),
                time=when(ctx, event),
                format=tr.plain(label_id("format", event.format)),
                scope=tr.plain(label_id("scope", event.scope)),
                seats=-1 if left is None else left,
            )
            chatham = "\n" + tr("events-list-chatham") if event.chatham_house else ""
            lines.append(item + language_note(ctx, event) + chatham)
        text = "\n\n".join(lines) + filters
    rows = [
        [Button(f"{number}. {title(ctx, event)[:40]}", open_card(event))]
        for number, event in enumerate(found, start=page * PAGE_SIZE + 1)
    ]
    rows.append(paging_row(tr, page, pages, lambda to: EventPress("page", to, filter_arg).pack()))
    rows.append(
        [
            Button(tr.plain("btn-filter-country"), EventPress("fc", 0, filter_arg).pack()),
            Button(tr.plain("btn-filter-topic"), EventPress("ft", 0, filter_arg).pack()),
        ]
    )
    if filter_arg != NO_FILTER:
        rows.append([Button(tr.plain("btn-filter-clear"), EventPress("page", 0, NO_FILTER).pack())])
    ctx.show(events_screen(found, text, [row for row in rows if row]))


def _filter_summary(ctx: Context, country: str | None, topic: str | None) -> str:
    parts = []
    if country:
        parts.append(ctx.tr.plain(label_id("country", country)))
    if topic:
        parts.append(ctx.tr.plain(label_id("topic", topic)))
    return "\n\n" + ctx.tr("events-filtered-by", filters=", ".join(parts)) if parts else ""


def _filter_choices(ctx: Context, filter_arg: str, kind: str) -> None:
    parsed = parse_filter(filter_arg)
    if parsed is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    country, topic = parsed
    options = COUNTRIES if kind == "country" else TOPICS
    buttons = []
    for option in options:
        arg = f"{option}-{topic or 'x'}" if kind == "country" else f"{country or 'x'}-{option}"
        buttons.append(Button(ctx.tr.plain(label_id(kind, option)), EventPress("page", 0, arg).pack()))
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([Button(ctx.tr.plain("btn-back"), EventPress("page", 0, filter_arg).pack())])
    ctx.show(Screen.of(ctx.tr("events-pick-country" if kind == "country" else "events-pick-topic"), rows))


async def _card(ctx: Context, event: Event, rsvp: Rsvp | None = None) -> Screen:
    """The card with, for members who do not run the event, a way to report it to the admins."""
    view = await load_card(ctx, event, rsvp)
    screen = card_screen(ctx, view)
    report = reports.event_report_button(ctx, event, view.facts.organiser_organisation_id)
    return screen if report is None else Screen(screen.text, (*screen.rows, (report,)), screen.protect)


async def _seen(ctx: Context, event_id: int, *, lock: bool = False) -> tuple[Event, Rsvp | None] | None:
    """The event and the reader's answer to it (None if they gave none), if they may see it; else None. Read in
    one statement (after the event's lock, with `lock`)."""
    found = await event_repos.event_and_answer(ctx.session, event_id, ctx.user_id, lock=lock)
    return found if found is not None and may_see(ctx, *found) else None


async def _show_card(ctx: Context, event: Event, rsvp: Rsvp | None) -> None:
    """An event's card; from a deep link, a list or a notice."""
    ctx.show(await _card(ctx, event, rsvp))


async def on_button(ctx: Context, press: EventPress) -> None:
    """Every ev: button re-checks that the presser may see the event it names: its id can be forged."""
    action, number, arg = press.action, press.number, press.arg
    if action == "rsvp" and arg in CHOICES:
        await _rsvp(ctx, number, RsvpStatus(arg))
        return
    if not _members_only(ctx):
        return
    if action == "page":
        await _show_page(ctx, number, arg)
    elif action in ("fc", "ft"):
        _filter_choices(ctx, arg, "country" if action == "fc" else "topic")
    elif action in ("open", "ics"):
        seen = await _seen(ctx, number)
        if seen is None:
            ctx.toast(ctx.tr.plain("error-button-expired"))
        elif action == "open":
            await _show_card(ctx, *seen)
        else:
            _calendar(ctx, *seen)
    else:
        ctx.toast(ctx.tr.plain("error-button-expired"))


async def _rsvp(ctx: Context, event_id: int, choice: RsvpStatus) -> None:
    if not ctx.registered:
        ctx.toast(ctx.tr.plain("event-register-first"))
        ctx.reply(
            Screen.of(
                ctx.tr("event-register-first"), [[Button(ctx.tr.plain("btn-register"), RunCommand("register").pack())]]
            )
        )
        return
    # locked before anything is read, so the seats are counted one answer at a time; a forged id for an event the
    # member may not see is refused here, having changed nothing but the lock's counter
    seen = await _seen(ctx, event_id, lock=True)
    if seen is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    event, rsvp = seen
    if event.status != EventStatus.PUBLISHED or has_started(event, ctx.now):
        ctx.toast(ctx.tr.plain("event-rsvp-closed"))
        ctx.show(await _card(ctx, event, rsvp))
        return
    rsvp, changed = await respond(ctx, event, choice, rsvp)
    ctx.toast(ctx.tr.plain("event-rsvp-saved", status=rsvp.status))
    if changed:  # an unchanged card cannot be edited (Telegram: "message is not modified")
        ctx.show(await _card(ctx, event, rsvp))


def _calendar(ctx: Context, event: Event, rsvp: Rsvp | None) -> None:
    if event.status != EventStatus.PUBLISHED:
        ctx.toast(ctx.tr.plain("event-rsvp-closed"))
        return
    content = calendar_file(ctx, event, show_place=venue_revealed(event, rsvp, ctx.now))
    ctx.send_document(
        Document(
            f"event-{event.code}.ics",
            content,
            ctx.tr("event-ics-caption", title=title(ctx, event)),
            protect=event.chatham_house,
        )
    )


def calendar_file(ctx: Context, event: Event, *, show_place: bool) -> bytes:
    """RFC 5545 through the icalendar library; the location only for those who may see it."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Resilience Hub//Events//EN")
    calendar.add("version", "2.0")
    entry = icalendar.Event()
    entry.add("uid", f"event-{event.code}@resilience-hub")
    entry.add("dtstamp", ctx.now)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", pick_text(event, ctx.tr.locale).title)
    description = pick_description(event, ctx.tr.locale)
    if description is not None:
        entry.add("description", description.description)
    if show_place and event.venue:
        entry.add("location", event.venue)
    if show_place and event.online_link:
        entry.add("url", event.online_link)
    calendar.add_component(entry)
    return calendar.to_ical()


async def open_from_link(ctx: Context, argument: str) -> bool:
    """`/start ev_<code>`: the deep link every event has. False if the argument is not one.

    A wrong code, an old link by row id and an event this member may not see all get the same answer, so links
    cannot be used to find out which events exist.
    """
    if not argument.startswith(LINK_PREFIX):
        return False
    if not _members_only(ctx):
        return True
    code = argument.removeprefix(LINK_PREFIX)
    event = await event_repos.event_by_code(ctx.session, code) if LINK_CODE.fullmatch(code) else None
    seen = await _seen(ctx, event.id) if event is not None else None
    if seen is None:
        ctx.show(Screen(ctx.tr("event-link-closed")))
    else:
        await _show_card(ctx, *seen)
    return True


# --- outbox notices: each renders into the recipient's context, or nothing when it no longer applies ---


async def _event_for_notice(ctx: Context, payload: dict[str, Any]) -> Event | None:
    event_id = payload.get("event_id")
    return await event_repos.get_event(ctx.session, event_id) if isinstance(event_id, int) else None


# what the member's answer must still be for a notice to be sent
_STILL_TRUE = {
    DeliveryKind.EVENT_PROMOTED: (RsvpStatus.GOING,),
    DeliveryKind.EVENT_APPROVED: (RsvpStatus.GOING, RsvpStatus.WAITLIST),
    DeliveryKind.EVENT_DECLINED: (RsvpStatus.DECLINED,),
}


async def notice_simple(ctx: Context, payload: dict[str, Any], kind: DeliveryKind) -> None:
    event = await _event_for_notice(ctx, payload)
    if event is None:
        return
    rsvp = await event_repos.get_rsvp(ctx.session, event.id, ctx.user_id)
    if kind == DeliveryKind.EVENT_CANCELLED:
        ctx.reply(event_screen(event, ctx.tr("notice-event-cancelled", title=title(ctx, event), time=when(ctx, event))))
        return
    if event.status != EventStatus.PUBLISHED or rsvp is None or rsvp.status not in _STILL_TRUE[kind]:
        return  # withdrawn or cancelled since: the news no longer holds
    position = await event_repos.waitlist_position(ctx.session, rsvp) if rsvp.status == RsvpStatus.WAITLIST else 0
    text = ctx.tr(f"notice-{kind}", title=title(ctx, event), time=when(ctx, event), position=position)
    ctx.reply(event_screen(event, text, open_button(ctx, event)))


async def notice_changed(ctx: Context, payload: dict[str, Any]) -> None:
    event = await _event_for_notice(ctx, payload)
    if event is None or event.status != EventStatus.PUBLISHED:
        return
    rsvp = await event_repos.get_rsvp(ctx.session, event.id, ctx.user_id)
    lines = [
        ctx.tr("notice-event-changed", title=title(ctx, event), time=when(ctx, event)),
        *place_lines(ctx, event, rsvp),
    ]
    ctx.reply(event_screen(event, "\n".join(lines), open_button(ctx, event)))


async def notice_reminder(ctx: Context, payload: dict[str, Any]) -> None:
    """Only for a member still going to an event still on; the venue only if it is revealed by now."""
    event = await _event_for_notice(ctx, payload)
    if event is None or event.status != EventStatus.PUBLISHED or has_started(event, ctx.now):
        return
    rsvp = await event_repos.get_rsvp(ctx.session, event.id, ctx.user_id)
    if rsvp is None or rsvp.status != RsvpStatus.GOING or _too_late(ctx, payload):
        return
    hours = 24 if payload.get("kind") == ReminderKind.DAY else 1
    lines = [
        ctx.tr("notice-event-reminder", title=title(ctx, event), time=when(ctx, event), hours=hours),
        *place_lines(ctx, event, rsvp),
    ]
    ctx.reply(event_screen(event, "\n".join(lines), open_button(ctx, event)))


def _too_late(ctx: Context, payload: dict[str, Any]) -> bool:
    """A reminder held up (a crash, a long 429) more than an hour past its time is no longer useful."""
    due = payload.get("due_at")
    return isinstance(due, str) and ctx.now - datetime.fromisoformat(due) > REMINDER_LATE_LIMIT


async def notice_message(ctx: Context, payload: dict[str, Any]) -> None:
    event = await _event_for_notice(ctx, payload)
    if event is None or event.status != EventStatus.PUBLISHED or not isinstance(payload.get("text"), str):
        return
    if await admin_repos.is_suspended(ctx.session, event.organiser_id):
        return  # the organiser was suspended before it went out
    rsvp = await event_repos.get_rsvp(ctx.session, event.id, ctx.user_id)
    if rsvp is None or rsvp.status != RsvpStatus.GOING:
        return  # organisers' messages may carry logistics: only for those still going
    text = ctx.tr("notice-event-message", title=title(ctx, event), message=payload["text"])
    ctx.reply(event_screen(event, text, open_button(ctx, event)))


def notice_renderers() -> dict[str, NoticeRenderer]:
    def simple(kind: DeliveryKind) -> NoticeRenderer:
        async def render(ctx: Context, payload: dict[str, Any]) -> None:
            await notice_simple(ctx, payload, kind)

        return render

    renderers: dict[str, NoticeRenderer] = {
        kind: simple(kind)
        for kind in (
            DeliveryKind.EVENT_PROMOTED,
            DeliveryKind.EVENT_APPROVED,
            DeliveryKind.EVENT_DECLINED,
            DeliveryKind.EVENT_CANCELLED,
        )
    }
    renderers.update(
        {
            DeliveryKind.EVENT_CHANGED: notice_changed,
            DeliveryKind.EVENT_REMINDER: notice_reminder,
            DeliveryKind.EVENT_MESSAGE: notice_message,
        }
    )
    return renderers
