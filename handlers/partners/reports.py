"""Reporting an organisation, or an event one of its members runs: every organisation card and every event card
carries a button; a report waits in the admins' queue. The reporter is told it was received, never what came
of it."""

from __future__ import annotations

from typing import Any, Literal

from handlers.events.cards import events_screen, may_see, title
from handlers.kit.actions import Action
from handlers.kit.core import Context
from handlers.kit.messages import Button, Screen
from storage import event_repos, partner_repos, repos
from storage.models import Event, Organisation

# the card's button asks why (`-`, as buttons already in members' chats say); then a reason, or `no` to cancel
Answer = Literal["-", "no", "impostor", "abuse", "safety", "other"]
ASK: Answer = "-"
REASONS: tuple[Answer, ...] = ("impostor", "abuse", "safety", "other")


class ReportOrganisation(Action, prefix="rp"):
    organisation: int
    answer: Answer


class ReportEvent(Action, prefix="re"):
    event: int
    answer: Answer


def report_button(ctx: Context, organisation_id: int, label: str = "report-btn", **variables: Any) -> Button:
    return Button(ctx.tr.plain(label, **variables), ReportOrganisation(organisation_id, ASK).pack())


def event_report_button(ctx: Context, event: Event, answerable_id: int | None) -> Button | None:
    """Offered to registered members on the cards of events they do not run, when an organisation answers for
    the event (`answerable_id`, its organiser's, read with the card)."""
    if not ctx.registered or event.organiser_id == ctx.user_id or answerable_id is None:
        return None
    return Button(ctx.tr.plain("report-event-btn"), ReportEvent(event.id, ASK).pack())


async def on_report(ctx: Context, press: ReportOrganisation) -> None:
    # only an organisation the member was shown: a made-up id (hidden, waiting, rejected or none) reads as expired
    organisation = await partner_repos.organisation_seen_by(ctx.session, press.organisation, ctx.user_id)
    if organisation is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    await _report(ctx, organisation, None, press.answer)


async def on_event_report(ctx: Context, press: ReportEvent) -> None:
    event = await event_repos.get_event(ctx.session, press.event)
    rsvp = await event_repos.get_rsvp(ctx.session, event.id, ctx.user_id) if event is not None else None
    if event is not None and not may_see(ctx, event, rsvp):
        event = None  # a made-up button for an event the member may not open: as if there were none
    organisation = await _answerable(ctx, event) if event is not None else None
    if event is None or organisation is None or event.organiser_id == ctx.user_id:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    await _report(ctx, organisation, event, press.answer)


async def _report(ctx: Context, organisation: Organisation, event: Event | None, reason: Answer) -> None:
    own = ctx.member.organisation_id if ctx.member else None
    if not ctx.registered or organisation.id == own:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    subject = {"organisation": organisation.name} if event is None else {"event": title(ctx, event)}
    kind = "report" if event is None else "report-event"
    named = [] if event is None else [event]  # a Chatham House event named in the question and the answer
    if reason == ASK:  # the card's button: ask why, in a new message so the card stays
        rows = [[Button(ctx.tr.plain(f"report-reason-{r}"), _press(organisation, event, r))] for r in REASONS]
        rows.append([Button(ctx.tr.plain("btn-cancel"), _press(organisation, event, "no"))])
        ctx.reply(events_screen(named, ctx.tr(f"{kind}-ask", **subject), rows))
        return
    if reason == "no":
        ctx.show(Screen(ctx.tr("report-cancelled")))
        return
    event_id = event.id if event is not None else None
    if not await partner_repos.open_report_exists(ctx.session, ctx.user_id, organisation.id, event_id):
        partner_repos.add_report(ctx.session, ctx.user_id, organisation.id, event_id, reason, ctx.now)
    ctx.show(events_screen(named, ctx.tr(f"{kind}-received", **subject)))


def _press(organisation: Organisation, event: Event | None, answer: Answer) -> str:
    return (ReportOrganisation(organisation.id, answer) if event is None else ReportEvent(event.id, answer)).pack()


async def _answerable(ctx: Context, event: Event) -> Organisation | None:
    """The organisation of the event's organiser: the one the admins can warn or suspend."""
    if event.organiser_id is None:
        return None
    organisation_id = await partner_repos.organisation_of(ctx.session, event.organiser_id)
    return await repos.get_organisation(ctx.session, organisation_id) if organisation_id is not None else None
