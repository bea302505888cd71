"""/myevents: for every member, the seats they hold or asked for; for organisers also their events, with counts,
edits, approvals, cancellation, the attendee list and a message to all."""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from handlers.events import newevent
from handlers.events.cards import (
    ManageEvent,
    Managing,
    event_screen,
    events_screen,
    may_manage,
    open_card,
    open_managed,
    status_line,
    title,
    when,
)
from handlers.events.rsvp import decide, has_started
from handlers.kit.actions import Action, RunCommand, WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import length_error
from handlers.kit.flow import ORGANISERS, ButtonFn, Draft, Flow, Run, Step, stale
from handlers.kit.messages import (
    TELEGRAM_ID_LIMIT,
    Button,
    Document,
    Screen,
    parse_number,
    spreadsheet_safe,
    utf16_length,
)
from handlers.kit.paging import MAX_PAGE, page_count, paging_row
from handlers.kit.taxonomy import label_id
from storage import audit_repos, event_repos, repos
from storage.models import DeliveryKind, Event, EventStatus, Member, RsvpStatus

MESSAGE_LIMIT = 3000


PAGE_SIZE = 10  # an organiser's events a page


class MyEventsPage(Action, prefix="mep"):
    """A page of /myevents: the page's number is all it carries, so an old button shows that page as it is now."""

    page: int


async def myevents_command(ctx: Context) -> None:
    """The events an organiser runs, and for everyone registered the seats they hold or asked for."""
    await _show_page(ctx, 0)


async def on_page(ctx: Context, press: MyEventsPage) -> None:
    if press.page > MAX_PAGE:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    await _show_page(ctx, press.page)


async def _show_page(ctx: Context, page: int) -> None:
    """The seats first, then a page of the organiser's events; a page past the end (the events it showed have
    ended since) is the last one."""
    if not ctx.registered and not ctx.is_organiser:
        ctx.show(Screen(ctx.tr("error-not-registered")))
        return
    held, lines, rows = await _answered(ctx)
    if not ctx.is_organiser:
        text = ctx.tr("myevents-answered" if lines else "myevents-answered-none")
        rows = rows or [[Button(ctx.tr.plain("btn-all-events"), RunCommand("events").pack())]]
        ctx.show(events_screen(held, text + lines, rows))
        return
    organiser = None if ctx.is_admin else ctx.user_id
    events, total = await event_repos.organiser_events(
        ctx.session, organiser, ctx.now, offset=page * PAGE_SIZE, limit=PAGE_SIZE
    )
    pages = page_count(total, PAGE_SIZE)
    if page >= pages:
        await _show_page(ctx, pages - 1)
        return
    rows += [
        [Button(f"{title(ctx, e)[:40]}{' ✗' if e.status == EventStatus.CANCELLED else ''}", open_managed(e))]
        for e in events
    ]
    rows.append(paging_row(ctx.tr, page, pages, lambda to: MyEventsPage(to).pack()))
    rows.append([Button(ctx.tr.plain("btn-new-event"), RunCommand("newevent").pack())])
    text = ctx.tr("myevents-list" if events else "myevents-none")
    if pages > 1:
        text += "\n" + ctx.tr("myevents-page", page=page + 1, pages=pages)
    if lines:
        text += "\n\n" + ctx.tr("myevents-answered") + lines
    # the titles of Chatham House events are named here too: then the list cannot be forwarded either
    ctx.show(events_screen([*held, *events], text, [row for row in rows if row]))


async def _answered(ctx: Context) -> tuple[list[Event], str, list[list[Button]]]:
    """The member's seats and requests: their events, a line each (title, time, answer), a button to each card."""
    held: list[Event] = []
    lines: list[str] = []
    rows: list[list[Button]] = []
    for rsvp in await event_repos.answered_events(ctx.session, ctx.user_id, ctx.now):
        event = await event_repos.get_event(ctx.session, rsvp.event_id)
        if event is None:
            continue
        held.append(event)
        line = ctx.tr("myevents-answered-item", title=title(ctx, event), time=when(ctx, event))
        lines.append(line + " · " + await status_line(ctx, rsvp))
        rows.append([Button("🎟 " + title(ctx, event)[:40], open_card(event))])
    return held, ("\n\n" + "\n".join(lines) if lines else ""), rows


async def _managed(ctx: Context, event_id: int, *, lock: bool = False) -> Event | None:
    """The event if this organiser may manage it; otherwise the user is told, and None."""
    event = await (event_repos.lock_event if lock else event_repos.get_event)(ctx.session, event_id)
    if event is None or not ctx.is_organiser or not may_manage(ctx, event):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return None
    return event


async def _manage_screen(ctx: Context, event: Event) -> Screen:
    counts = await event_repos.rsvp_counts(ctx.session, event.id)
    tr = ctx.tr
    text = tr(
        "myevents-manage",
        title=title(ctx, event),
        time=when(ctx, event),
        status=event.status,
        going=counts.get(RsvpStatus.GOING, 0),
        capacity=event.capacity or 0,
        maybe=counts.get(RsvpStatus.MAYBE, 0),
        waitlist=counts.get(RsvpStatus.WAITLIST, 0),
        pending=counts.get(RsvpStatus.PENDING, 0),
    )

    def button(key: str, action: Managing, **variables: int) -> Button:
        return Button(tr.plain(key, **variables), ManageEvent(action, event.id, "-").pack())

    rows: list[list[Button]] = []
    if event.status == EventStatus.PUBLISHED and not has_started(event, ctx.now):
        pending = counts.get(RsvpStatus.PENDING, 0)
        rows.append([button("btn-edit-event", "edit"), button("btn-pending", "pend", count=pending)])
        rows.append([button("btn-message-attendees", "msg"), button("btn-cancel-event", "cancel")])
    rows.append(
        [
            button("btn-export-attendees", "csv"),
            Button(tr.plain("btn-open-event"), open_card(event)),
        ]
    )
    rows.append([Button(tr.plain("btn-my-events"), RunCommand("myevents").pack())])
    return event_screen(event, text, rows)


async def on_button(ctx: Context, press: ManageEvent) -> None:
    event = await _managed(ctx, press.event, lock=press.action in ("ok", "no", "cancelyes"))
    if event is not None:
        await _ACTIONS[press.action](ctx, event, press.arg)


async def _open(ctx: Context, event: Event, arg: str) -> None:
    ctx.show(await _manage_screen(ctx, event))


async def _editable(ctx: Context, event: Event) -> bool:
    if event.status != EventStatus.PUBLISHED or has_started(event, ctx.now):
        ctx.toast(ctx.tr.plain("myevents-closed"))
        ctx.show(await _manage_screen(ctx, event))
        return False
    return True


async def _edit(ctx: Context, event: Event, arg: str) -> None:
    if await _editable(ctx, event):
        await newevent.edit_event(ctx, event)


async def _pending(ctx: Context, event: Event, arg: str) -> None:
    """The oldest pending registration, with Approve and Decline; names are for the organiser's eyes only."""
    if not await _editable(ctx, event):
        return
    waiting = await event_repos.rsvps(ctx.session, event.id, [RsvpStatus.PENDING])
    back = [Button(ctx.tr.plain("btn-back"), open_managed(event))]
    if not waiting:
        ctx.show(Screen.of(ctx.tr("myevents-no-pending"), [back]))
        return
    rsvp = waiting[0]
    member = await repos.get_member(ctx.session, rsvp.telegram_id)
    organisation = member.organisation if member else None
    text = ctx.tr(
        "myevents-pending-request",
        name=(member.display_name if member else None) or "—",
        organisation=_standing(ctx, member) if organisation else "—",
        count=len(waiting),
    )
    ctx.show(
        Screen.of(
            text,
            [
                [
                    Button(ctx.tr.plain("btn-approve"), ManageEvent("ok", event.id, str(rsvp.telegram_id)).pack()),
                    Button(ctx.tr.plain("btn-decline"), ManageEvent("no", event.id, str(rsvp.telegram_id)).pack()),
                ],
                back,
            ],
        )
    )


def _standing(ctx: Context, member: Member | None) -> str:
    """The organisation with its vetting and how the person belongs to it: someone who only asked to join an
    organisation does not speak for it, which an organiser deciding on a seat should know."""
    assert member is not None and member.organisation is not None
    vetting = ctx.tr.plain(f"vetting-{member.organisation.vetting}")
    membership = ctx.tr.plain(f"admin-membership-{member.membership or 'none'}")
    return f"{member.organisation.name} ({vetting}) — {membership}"


async def _decide(ctx: Context, event: Event, arg: str, approve: bool) -> None:
    member_id = parse_number(arg, TELEGRAM_ID_LIMIT)
    rsvp = await event_repos.get_rsvp(ctx.session, event.id, member_id) if member_id is not None else None
    if rsvp is None or rsvp.status != RsvpStatus.PENDING or not await _editable(ctx, event):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    await decide(ctx, event, rsvp, approve)
    ctx.toast(ctx.tr.plain("myevents-approved" if approve else "myevents-declined"))
    await _pending(ctx, event, "-")


async def _approve(ctx: Context, event: Event, arg: str) -> None:
    await _decide(ctx, event, arg, True)


async def _decline(ctx: Context, event: Event, arg: str) -> None:
    await _decide(ctx, event, arg, False)


async def _export(ctx: Context, event: Event, arg: str) -> None:
    """The attendee list as CSV, for the organiser; every export is written to the audit log."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    # with the organisation, how the person belongs to it: a joiner nobody approved does not speak for it
    writer.writerow(["name", "organisation", "organisation_vetting", "membership", "country", "status", "updated_at"])
    rows = await event_repos.attendees_with_members(ctx.session, event.id)
    for rsvp, member in rows:
        organisation = member.organisation
        writer.writerow(
            [
                spreadsheet_safe(member.display_name or ""),
                spreadsheet_safe(organisation.name if organisation else ""),
                ctx.tr.plain(f"vetting-{organisation.vetting}") if organisation else "",
                ctx.tr.plain(f"admin-membership-{member.membership or 'none'}"),
                ctx.tr.plain(label_id("country", organisation.country)) if organisation else "",
                rsvp.status,
                rsvp.updated_at.isoformat(),
            ]
        )
    audit_repos.audit(ctx.session, ctx.user_id, "attendees-exported", f"event:{event.id}", rows=len(rows), at=ctx.now)
    ctx.send_document(
        Document(
            f"event-{event.id}-attendees.csv",
            buffer.getvalue().encode("utf-8-sig"),
            ctx.tr("myevents-export-caption", count=len(rows)),
            protect=event.chatham_house,
        )
    )


async def _cancel(ctx: Context, event: Event, arg: str) -> None:
    if await _editable(ctx, event):
        ctx.show(
            event_screen(
                event,
                ctx.tr("myevents-cancel-confirm", title=title(ctx, event)),
                [
                    [
                        Button(ctx.tr.plain("btn-cancel-event-yes"), ManageEvent("cancelyes", event.id, "-").pack()),
                        Button(ctx.tr.plain("btn-back"), open_managed(event)),
                    ]
                ],
            )
        )


async def _cancel_confirmed(ctx: Context, event: Event, arg: str) -> None:
    if not await _editable(ctx, event):
        return
    event.status = EventStatus.CANCELLED
    await event_repos.clear_reminders(ctx.session, event.id)
    told = await event_repos.rsvps(ctx.session, event.id, event_repos.INTERESTED)
    for rsvp in told:
        ctx.notify(rsvp.telegram_id, DeliveryKind.EVENT_CANCELLED, event_id=event.id)
    audit_repos.audit(ctx.session, ctx.user_id, "event-cancelled", f"event:{event.id}", told=len(told), at=ctx.now)
    ctx.toast(ctx.tr.plain("myevents-cancelled", count=len(told)))
    ctx.show(await _manage_screen(ctx, event))


async def _message(ctx: Context, event: Event, arg: str) -> None:
    if await _editable(ctx, event):
        await MESSAGE.start(ctx, data=MessageDraft(event.id))


# --- the message to everyone going: typed, shown back, then sent ---


class MessageStep(WizardStep, prefix="em"):
    """A press in the organiser's message to everyone going to an event."""


@dataclass
class MessageDraft(Draft):
    """The organiser's message to everyone going to one of their events: the event, and the text once typed."""

    event_id: int
    text: str = ""


MessageFn = Callable[[Run[MessageDraft], Event], Awaitable[None]]


async def _still_editable(run: Run[MessageDraft]) -> Event | None:
    """The run's event while its organiser may still message its attendees, checked on every press and every
    message; otherwise they are told and None. An event no longer theirs makes a press an old button (a message
    ends the run: it gets no toast); an event cancelled or begun meanwhile shows its screen and ends the run."""
    ctx = run.ctx
    event = await _managed(ctx, run.data.event_id)
    if event is None:
        if not ctx.incoming.is_callback:
            await ctx.end_flow_refused("event-organisers-only")
        return None
    if not await _editable(ctx, event):
        await ctx.end_flow()
        return None
    return event


def _pressed(handler: MessageFn) -> ButtonFn:
    async def press(run: Run[MessageDraft], arg: str) -> None:
        event = await _still_editable(run)
        if event is not None:
            await handler(run, event)

    return press


async def _typed(run: Run[MessageDraft], text: str) -> None:
    """The text for everyone going (on the preview too: a new text replaces the one shown), then the preview."""
    if await _still_editable(run) is None:
        return
    text = text.strip()
    error = length_error(run.tr, text, MESSAGE_LIMIT, measure=utf16_length)
    if error:
        run.ctx.reply(Screen.of(error, [run.nav(back=False)]))
        return
    run.data.text = text
    await run.go("preview")


def _ask_screen(run: Run[MessageDraft]) -> Screen:
    return Screen.of(run.tr("myevents-message-ask"), [run.nav(back=False)])


async def _preview_screen(run: Run[MessageDraft]) -> Screen:
    count = len(await event_repos.rsvps(run.ctx.session, run.data.event_id, [RsvpStatus.GOING]))
    return Screen.of(
        run.tr("myevents-message-preview", message=run.data.text, count=count),
        [[run.labelled("btn-send", "send"), *run.nav()]],
    )


async def _send(run: Run[MessageDraft], event: Event) -> None:
    ctx, text = run.ctx, run.data.text
    going = await event_repos.rsvps(ctx.session, event.id, [RsvpStatus.GOING])
    for rsvp in going:
        ctx.notify(rsvp.telegram_id, DeliveryKind.EVENT_MESSAGE, event_id=event.id, text=text)
    # the audit log keeps that a message went out and to how many, never what it said
    audit_repos.audit(
        ctx.session, ctx.user_id, "attendees-messaged", f"event:{event.id}", recipients=len(going), at=ctx.now
    )
    await run.finish(
        Screen.of(
            ctx.tr("myevents-message-sent", count=len(going)),
            [[Button(ctx.tr.plain("btn-manage-event"), open_managed(event))]],
        )
    )


async def _retype(run: Run[MessageDraft], event: Event) -> None:
    await run.back()


async def _cancel_message(run: Run[MessageDraft], event: Event) -> None:
    """Nothing goes out; the event's screen again."""
    await run.finish(await _manage_screen(run.ctx, event))


def _forwarded(action: str) -> Callable[[Context, Event, str], Awaitable[None]]:
    """Send and Cancel as they were before the message was a flow (ManageEvent msgsend and msgcancel, the run's
    token their argument), on a screen shown before the deploy: a press of that run's. Cancel still cancels;
    Send answers "expired" (that run is on the text step), and typing the text again shows the new preview."""

    async def press(ctx: Context, event: Event, token: str) -> None:
        await MESSAGE.on_button(ctx, MessageStep(token, action, "-"))

    return press


MESSAGE = Flow(
    "eventmessage",
    MessageStep,
    first="text",
    draft=MessageDraft,
    cancelled="cancel-done",  # never shown: Cancel goes back to the event's screen
    guard=ORGANISERS,  # on every press and message: a run whose organiser lost the role ends, with the reason
    steps={
        "text": Step(_ask_screen, {"cancel": _pressed(_cancel_message), "back": stale}, _typed),
        "preview": Step(
            _preview_screen,
            {"send": _pressed(_send), "back": _pressed(_retype), "cancel": _pressed(_cancel_message)},
            _typed,
            back="text",
        ),
    },
)


_ACTIONS: dict[Managing, Callable[[Context, Event, str], Awaitable[None]]] = {
    "open": _open,
    "edit": _edit,
    "pend": _pending,
    "ok": _approve,
    "no": _decline,
    "csv": _export,
    "cancel": _cancel,
    "cancelyes": _cancel_confirmed,
    "msg": _message,
    "msgsend": _forwarded("send"),
    "msgcancel": _forwarded("cancel"),
}
