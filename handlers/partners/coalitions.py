"""/coalitions: a member groups organisations they were introduced to into a named coalition around a topic,
and writes to all of its members at once through the outbox. Members read the coalition's and the sender's
organisation's names, never the sender's own name.

Every member acting for an organisation in a coalition sees it in /coalitions, its organisations and its
messages, and may write to it; the members of an added organisation may also take it out again (leave). Only its
creator deletes it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.counts import shown_count
from handlers.kit.fields import Field, length_error
from handlers.kit.flow import (
    Draft,
    Flow,
    Run,
    ScreenFn,
    Step,
    cancel_returns,
    field_step,
    opens,
    opens_item,
    reads,
    stale,
    ticked,
    while_allowed,
)
from handlers.kit.messages import Screen, parse_number, utf16_length
from handlers.kit.taxonomy import TOPICS, label_id
from handlers.kit.when import format_when
from handlers.partners.introductions import acting_organisation, own_organisation, still_acting
from storage import admin_repos, partner_repos, repos
from storage.models import Coalition, CoalitionMessage, DeliveryKind, Organisation


class CoalitionStep(WizardStep, prefix="co"):
    """A press in this wizard."""


NAME_LIMIT = 80
MESSAGE_LIMIT = 3000  # UTF-16 units: the header and the organisation names fit within Telegram's 4,096
MAX_COALITIONS = 10
TOPIC_FIELD = Field("topic", "choice", TOPICS, "topic")


@dataclass
class CoalitionDraft(Draft):
    """The coalition open (its messages' page, a message being written), or a new coalition's answers so far."""

    coalition: int | None = None  # the coalition on screen
    page: int = 0  # of its messages, the newest first
    text: str | None = None  # the message being written
    name: str | None = None  # a new coalition's
    topic: str | None = None
    partners: list[int] = field(default_factory=list)  # the organisations chosen to add to it


async def coalitions_command(ctx: Context) -> None:
    if await own_organisation(ctx) is None:
        return
    await COALITIONS.start(ctx)


async def _visible_coalition(ctx: Context, number: Any) -> Coalition | None:
    """The coalition if the member's organisation is in it (created it, or was added to it)."""
    coalition = await partner_repos.get_coalition(ctx.session, number) if isinstance(number, int) else None
    own = ctx.member.organisation_id if ctx.member else None
    return coalition if coalition is not None and own in _organisation_ids(coalition) else None


async def _own_coalition(ctx: Context, number: Any) -> Coalition | None:
    """The coalition if the member created it: only they delete it."""
    coalition = await _visible_coalition(ctx, number)
    return coalition if coalition is not None and coalition.owner_id == ctx.user_id else None


async def _leavable(ctx: Context, number: Any) -> Coalition | None:
    """The coalition if the member's organisation was added to it (its creator's organisation deletes instead)."""
    coalition = await _visible_coalition(ctx, number)
    own = ctx.member.organisation_id if ctx.member else None
    return coalition if coalition is not None and own != coalition.organisation_id else None


def _organisation_ids(coalition: Coalition) -> list[int]:
    return [coalition.organisation_id, *(p.organisation_id for p in coalition.partners)]


def _own_name(ctx: Context) -> str:
    organisation = ctx.member.organisation if ctx.member else None
    return organisation.name if organisation else "–"


# --- the list, and a new coalition: its name, topic and partners ---


async def _list_screen(run: Run[CoalitionDraft]) -> Screen:
    ctx = run.ctx
    assert ctx.member is not None
    coalitions = await partner_repos.organisation_coalitions(ctx.session, ctx.member.organisation_id)
    rows = [[run.button(f"{c.name} · {ctx.tr.plain(label_id('topic', c.topic))}", "open", c.id)] for c in coalitions]
    owned = [c for c in coalitions if c.owner_id == ctx.user_id]
    if len(owned) < MAX_COALITIONS:
        rows.append([run.labelled("coalition-btn-new", "new")])
    rows.append([run.labelled("btn-close", "cancel")])
    return Screen.of(ctx.tr("coalition-list" if coalitions else "coalition-list-none"), rows)


async def _open(run: Run[CoalitionDraft], arg: str) -> None:
    number = parse_number(arg)
    if await _visible_coalition(run.ctx, number) is None:
        run.expired()
        return
    run.data = CoalitionDraft(coalition=number)
    await run.go("view")


async def _new(run: Run[CoalitionDraft], arg: str) -> None:
    run.data = CoalitionDraft()
    await run.go("name")


def _name_screen(run: Run[CoalitionDraft]) -> Screen:
    return Screen.of(run.tr("coalition-ask-name", limit=NAME_LIMIT), [run.nav()])


def _read_name(run: Run[CoalitionDraft], text: str) -> str | None:
    text = text.strip()
    run.data.name = " ".join(text.split())
    return length_error(run.tr, text, NAME_LIMIT)


async def _partners_screen(run: Run[CoalitionDraft]) -> Screen:
    ctx = run.ctx
    assert ctx.member is not None and ctx.member.organisation_id is not None
    partners = await partner_repos.accepted_partners(ctx.session, ctx.member.organisation_id)
    if not partners:
        return Screen.of(ctx.tr("coalition-no-partners"), [run.nav()])
    chosen = set(run.data.partners)
    rows = [[ticked(run, org.name, org.id in chosen, "tog", org.id)] for org in partners]
    rows.append([run.labelled("coalition-btn-create", "create")])
    return Screen.of(ctx.tr("coalition-ask-partners"), [*rows, run.nav()])


async def _toggle_partner(run: Run[CoalitionDraft], arg: str) -> None:
    number = parse_number(arg)
    if number is None:
        run.expired()
        return
    run.data.partners = sorted(set(run.data.partners) ^ {number})
    await run.stay()


async def _create(run: Run[CoalitionDraft], arg: str) -> None:
    ctx, data = run.ctx, run.data
    assert ctx.member is not None and ctx.member.organisation_id is not None
    allowed = {org.id for org in await partner_repos.accepted_partners(ctx.session, ctx.member.organisation_id)}
    chosen = [number for number in data.partners if number in allowed]
    if not chosen:
        ctx.toast(ctx.tr.plain("coalition-need-partner"))
        return
    assert data.name is not None and data.topic is not None  # the steps before this one asked for both
    coalition = await partner_repos.add_coalition(
        ctx.session, ctx.user_id, ctx.member.organisation_id, data.name, data.topic, chosen, ctx.now
    )
    run.data = CoalitionDraft(coalition=coalition.id)
    await run.go("view", above=ctx.tr("coalition-created"))


# --- one coalition: its organisations and messages, writing to it, leaving or deleting it ---


def _of_coalition(screen: Callable[[Run[CoalitionDraft], Coalition], Awaitable[Screen]]) -> ScreenFn:
    """A screen of the coalition in the draft; the list once the member no longer sees it."""

    async def shown(run: Run[CoalitionDraft]) -> Screen:
        coalition = await _visible_coalition(run.ctx, run.data.coalition)
        return await screen(run, coalition) if coalition is not None else await _list_screen(run)

    return shown


async def _coalition_screen(run: Run[CoalitionDraft], coalition: Coalition) -> Screen:
    ctx = run.ctx
    names = [org.name for org in await _organisations(ctx, coalition)]
    text = ctx.tr(
        "coalition-show",
        name=coalition.name,
        topic=ctx.tr.plain(label_id("topic", coalition.topic)),
        organisations=", ".join(names) or "–",
    )
    rows = [[run.labelled("coalition-btn-write", "write")]]
    written = await partner_repos.count_coalition_messages(ctx.session, coalition.id)
    if written:
        rows.append([run.labelled("coalition-btn-messages", "messages", 0, count=written)])
    if coalition.owner_id == ctx.user_id:
        rows.append([run.labelled("coalition-btn-delete", "delete")])
    elif ctx.member is not None and ctx.member.organisation_id != coalition.organisation_id:
        rows.append([run.labelled("coalition-btn-leave", "leave")])
    return Screen.of(text, [*rows, run.nav()])


async def _organisations(ctx: Context, coalition: Coalition) -> list[Organisation]:
    """Every organisation in it, its creator's first."""
    found = [await repos.get_organisation(ctx.session, number) for number in _organisation_ids(coalition)]
    return [org for org in found if org is not None]


async def _message_screen(run: Run[CoalitionDraft], coalition: Coalition) -> Screen:
    """One message a screen, the newest first: a message may be nearly as long as Telegram allows."""
    ctx = run.ctx
    messages = await partner_repos.coalition_messages(ctx.session, coalition.id)
    if not messages:
        return await _coalition_screen(run, coalition)
    page = min(run.data.page, len(messages) - 1)
    message = messages[-1 - page]
    sender = await _sender_organisation(ctx, message)
    text = (
        ctx.tr(
            "coalition-message-page",
            number=page + 1,
            total=len(messages),
            time=format_when(message.created_at, ctx.tr.locale, ctx.zone),
        )
        + "\n"
        + message_text(ctx, coalition.name, sender.name if sender else "–", message.text)
    )
    paging = []
    if page > 0:
        paging.append(run.button("◀", "messages", page - 1))
    if page + 1 < len(messages):
        paging.append(run.button("▶", "messages", page + 1))
    return Screen.of(text, [row for row in (paging, run.nav()) if row])


async def _write_screen(run: Run[CoalitionDraft], coalition: Coalition) -> Screen:
    return Screen.of(run.tr("coalition-ask-message", name=coalition.name, limit=MESSAGE_LIMIT), [run.nav()])


def _read_message(run: Run[CoalitionDraft], text: str) -> str | None:
    run.data.text = text = text.strip()
    return length_error(run.tr, text, MESSAGE_LIMIT, measure=utf16_length)


async def _preview_screen(run: Run[CoalitionDraft], coalition: Coalition) -> Screen:
    ctx = run.ctx
    assert run.data.text is not None  # the step before this one asked for it
    recipients = await partner_repos.coalition_recipients(ctx.session, coalition, ctx.user_id)
    sender = ctx.member.organisation if ctx.member else None
    reach = reach_shown(ctx, len(recipients))
    text = (
        ctx.tr("coalition-preview", count=reach)
        + "\n\n"
        + message_text(ctx, coalition.name, sender.name if sender else "–", run.data.text)
    )
    return Screen.of(text, [[run.labelled("coalition-btn-send", "send", count=reach)], run.nav()])


def message_text(ctx: Context, coalition: str, organisation: str, text: str) -> str:
    return (
        ctx.tr("coalition-message", coalition=coalition, organisation=organisation)
        + "\n\n"
        + ctx.tr("coalition-message-body", text=text)
    )


async def _send(run: Run[CoalitionDraft], arg: str) -> None:
    ctx, data = run.ctx, run.data
    coalition = await _visible_coalition(ctx, data.coalition)
    if coalition is None or not data.text:
        run.expired()
        return
    message = await partner_repos.add_coalition_message(ctx.session, coalition.id, ctx.user_id, data.text, ctx.now)
    recipients = await partner_repos.coalition_recipients(ctx.session, coalition, ctx.user_id)
    for member_id in recipients:
        ctx.notify(member_id, DeliveryKind.COALITION_MESSAGE, message_id=message.id)
    await run.finish(Screen(ctx.tr("coalition-sent", count=reach_shown(ctx, len(recipients)))))


def reach_shown(ctx: Context, count: int) -> int | str:
    """How many members a message reaches, 1 to 4 as "< 5" but for admins: the organisations are named, so an
    exact count would tell how few people act for one of them (one, even), as /stats never does."""
    return shown_count(count, exact=ctx.is_admin)


async def _delete(run: Run[CoalitionDraft], arg: str) -> None:
    """Only its creator deletes it: anyone else's press (the button is not shown to them) is an old button, and
    is not told "deleted" of a coalition that stays."""
    coalition = await _own_coalition(run.ctx, run.data.coalition)
    if coalition is None:
        run.expired()
        return
    await partner_repos.delete_coalition(run.ctx.session, coalition)  # messages not sent yet go with it
    run.data = CoalitionDraft()
    await run.go("list", above=run.tr("coalition-deleted"))


async def _ask_leave(run: Run[CoalitionDraft], arg: str) -> None:
    if await _leavable(run.ctx, run.data.coalition) is None:
        run.expired()
        return
    await run.go("leave")


async def _leave_screen(run: Run[CoalitionDraft], coalition: Coalition) -> Screen:
    return Screen.of(
        run.tr("coalition-leave-confirm", name=coalition.name, organisation=_own_name(run.ctx)),
        [[run.labelled("coalition-btn-leave-yes", "leaveyes")], run.nav()],
    )


async def _leave(run: Run[CoalitionDraft], arg: str) -> None:
    """Take the member's organisation out of the coalition: it no longer sees it or hears from it."""
    ctx = run.ctx
    assert ctx.member is not None
    coalition = await _leavable(ctx, run.data.coalition)
    if coalition is None:
        run.expired()
        return
    coalition.partners = [p for p in coalition.partners if p.organisation_id != ctx.member.organisation_id]
    run.data = CoalitionDraft()
    await run.go("list", above=ctx.tr("coalition-left"))


async def notice_message(ctx: Context, payload: dict[str, Any]) -> None:
    number = payload.get("message_id")
    message = await partner_repos.get_coalition_message(ctx.session, number) if isinstance(number, int) else None
    if message is None:
        return  # the coalition was deleted, or the sender erased their data
    coalition = await partner_repos.get_coalition(ctx.session, message.coalition_id)
    sender = await _sender_organisation(ctx, message)
    if coalition is None or sender is None or await admin_repos.is_suspended(ctx.session, message.sender_id):
        return
    ctx.reply(Screen(message_text(ctx, coalition.name, sender.name, message.text)))


async def _sender_organisation(ctx: Context, message: CoalitionMessage) -> Organisation | None:
    """Any organisation in the coalition may write to it; the message is signed by the sender's."""
    number = await partner_repos.organisation_of(ctx.session, message.sender_id)
    return await repos.get_organisation(ctx.session, number) if number is not None else None


COALITIONS = Flow(
    "coalition",
    CoalitionStep,
    first="list",
    cancelled="coalition-closed",
    draft=CoalitionDraft,
    # buttons work while the member acts for an organisation (a press after that is an old button); a message
    # without one is told why, as /coalitions itself would
    steps=while_allowed(
        cancel_returns(
            "list",
            {
                "list": Step(_list_screen, {"open": _open, "new": _new, "back": stale}),
                "name": Step(_name_screen, text=reads(_read_name), then="topic", back="list"),
                "topic": field_step(TOPIC_FIELD, "coalition-ask-topic", then="partners", back="name"),
                "partners": Step(_partners_screen, {"tog": _toggle_partner, "create": _create}, back="topic"),
                "view": Step(
                    _of_coalition(_coalition_screen),
                    {
                        "write": opens("write"),
                        "messages": opens_item("messages", "page"),
                        "delete": _delete,
                        "leave": _ask_leave,
                    },
                    back="list",
                ),
                "write": Step(_of_coalition(_write_screen), text=reads(_read_message), then="preview", back="view"),
                "preview": Step(_of_coalition(_preview_screen), {"send": _send}, back="write"),
                "messages": Step(
                    _of_coalition(_message_screen), {"messages": opens_item("messages", "page")}, back="view"
                ),
                "leave": Step(_of_coalition(_leave_screen), {"leaveyes": _leave}, back="view"),
            },
        ),
        lambda ctx: acting_organisation(ctx) is not None,
        typed=still_acting,
    ),
)
