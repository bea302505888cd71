"""/coalitions: a member groups organisations they were introduced to into a named coalition around a topic,
and writes to all of its members at once through the outbox. Members read the coalition's and the sender's
organisation's names, never the sender's own name.

Every member acting for an organisation in a coalition sees it in /coalitions, its organisations and its
messages, and may write to it; the members of an added organisation may also take it out again (leave). Only its
creator deletes it."""

from __future__ import annotations

from typing import Any

from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import Field, field_buttons, length_error, nav_row
from handlers.kit.messages import Button, Screen, parse_number, utf16_length
from handlers.kit.taxonomy import TOPICS, label_id
from handlers.kit.when import format_when
from handlers.partners.introductions import acting_organisation, own_organisation
from storage import admin_repos, partner_repos
from storage.models import Coalition, CoalitionMessage, CoalitionPartner, DeliveryKind, Organisation

FLOW = "coalition"


class CoalitionStep(WizardStep, prefix="co"):
    """A press in this wizard."""


NAME_LIMIT = 80
MESSAGE_LIMIT = 3000  # UTF-16 units: the header and the organisation names fit within Telegram's 4,096
MAX_COALITIONS = 10
TOPIC_FIELD = Field("topic", "choice", TOPICS, "topic")


async def coalitions_command(ctx: Context) -> None:
    if await own_organisation(ctx) is None:
        return
    await ctx.start_flow(FLOW, "list", {})
    ctx.show(await render(ctx))


async def render(ctx: Context) -> Screen:
    assert ctx.conversation is not None
    step, data, token = ctx.conversation.step, ctx.conversation.data, ctx.conversation.token
    if step == "name":
        return Screen.of(ctx.tr("coalition-ask-name", limit=NAME_LIMIT), [nav_row(ctx, CoalitionStep, token)])
    if step == "topic":
        rows = field_buttons(ctx, TOPIC_FIELD, data.get("topic"), CoalitionStep, token)
        return Screen.of(ctx.tr("coalition-ask-topic"), [*rows, nav_row(ctx, CoalitionStep, token)])
    if step == "partners":
        return await _partners_screen(ctx, data, token)
    coalition = await _visible_coalition(ctx, data.get("coalition"))
    if step == "write" and coalition is not None:
        return Screen.of(
            ctx.tr("coalition-ask-message", name=coalition.name, limit=MESSAGE_LIMIT),
            [nav_row(ctx, CoalitionStep, token)],
        )
    if step == "preview" and coalition is not None:
        return await _preview_screen(ctx, coalition, data, token)
    if step == "view" and coalition is not None:
        return await _coalition_screen(ctx, coalition, token)
    if step == "messages" and coalition is not None:
        return await _message_screen(ctx, coalition, data.get("page", 0), token)
    if step == "leave" and coalition is not None:
        return Screen.of(
            ctx.tr("coalition-leave-confirm", name=coalition.name, organisation=_own_name(ctx)),
            [
                [Button(ctx.tr.plain("coalition-btn-leave-yes"), CoalitionStep.data(token, "leaveyes"))],
                nav_row(ctx, CoalitionStep, token),
            ],
        )
    return await _list_screen(ctx, token)


async def _visible_coalition(ctx: Context, number: Any) -> Coalition | None:
    """The coalition if the member's organisation is in it (created it, or was added to it)."""
    coalition = await partner_repos.get_coalition(ctx.session, number) if isinstance(number, int) else None
    own = ctx.member.organisation_id if ctx.member else None
    return coalition if coalition is not None and own in _organisation_ids(coalition) else None


async def _own_coalition(ctx: Context, number: Any) -> Coalition | None:
    """The coalition if the member created it: only they delete it."""
    coalition = await _visible_coalition(ctx, number)
    return coalition if coalition is not None and coalition.owner_id == ctx.user_id else None


def _organisation_ids(coalition: Coalition) -> list[int]:
    return [coalition.organisation_id, *(p.organisation_id for p in coalition.partners)]


def _own_name(ctx: Context) -> str:
    organisation = ctx.member.organisation if ctx.member else None
    return organisation.name if organisation else "–"


async def _list_screen(ctx: Context, token: str) -> Screen:
    assert ctx.member is not None
    coalitions = await partner_repos.organisation_coalitions(ctx.session, ctx.member.organisation_id)
    rows = [
        [Button(f"{c.name} · {ctx.tr.plain(label_id('topic', c.topic))}", CoalitionStep.data(token, "open", c.id))]
        for c in coalitions
    ]
    owned = [c for c in coalitions if c.owner_id == ctx.user_id]
    if len(owned) < MAX_COALITIONS:
        rows.append([Button(ctx.tr.plain("coalition-btn-new"), CoalitionStep.data(token, "new"))])
    rows.append([Button(ctx.tr.plain("btn-close"), CoalitionStep.data(token, "cancel"))])
    return Screen.of(ctx.tr("coalition-list" if coalitions else "coalition-list-none"), rows)


async def _partners_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    assert ctx.member is not None and ctx.member.organisation_id is not None
    partners = await partner_repos.accepted_partners(ctx.session, ctx.member.organisation_id)
    if not partners:
        return Screen.of(ctx.tr("coalition-no-partners"), [nav_row(ctx, CoalitionStep, token)])
    chosen = set(data.get("partners", []))
    rows = [
        [Button(("✅ " if org.id in chosen else "") + org.name, CoalitionStep.data(token, "tog", org.id))]
        for org in partners
    ]
    rows.append([Button(ctx.tr.plain("coalition-btn-create"), CoalitionStep.data(token, "create"))])
    return Screen.of(ctx.tr("coalition-ask-partners"), [*rows, nav_row(ctx, CoalitionStep, token)])


async def _coalition_screen(ctx: Context, coalition: Coalition, token: str) -> Screen:
    names = [org.name for org in await _organisations(ctx, coalition)]
    text = ctx.tr(
        "coalition-show",
        name=coalition.name,
        topic=ctx.tr.plain(label_id("topic", coalition.topic)),
        organisations=", ".join(names) or "–",
    )
    rows = [[Button(ctx.tr.plain("coalition-btn-write"), CoalitionStep.data(token, "write"))]]
    written = await partner_repos.count_coalition_messages(ctx.session, coalition.id)
    if written:
        rows.append(
            [Button(ctx.tr.plain("coalition-btn-messages", count=written), CoalitionStep.data(token, "messages", 0))]
        )
    if coalition.owner_id == ctx.user_id:
        rows.append([Button(ctx.tr.plain("coalition-btn-delete"), CoalitionStep.data(token, "delete"))])
    elif ctx.member is not None and ctx.member.organisation_id != coalition.organisation_id:
        rows.append([Button(ctx.tr.plain("coalition-btn-leave"), CoalitionStep.data(token, "leave"))])
    return Screen.of(text, [*rows, nav_row(ctx, CoalitionStep, token)])


async def _organisations(ctx: Context, coalition: Coalition) -> list[Organisation]:
    """Every organisation in it, its creator's first."""
    found = [await ctx.session.get(Organisation, number) for number in _organisation_ids(coalition)]
    return [org for org in found if org is not None]


async def _message_screen(ctx: Context, coalition: Coalition, page: int, token: str) -> Screen:
    """One message a screen, the newest first: a message may be nearly as long as Telegram allows."""
    messages = await partner_repos.coalition_messages(ctx.session, coalition.id)
    if not messages:
        return await _coalition_screen(ctx, coalition, token)
    page = min(page, len(messages) - 1)
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
        paging.append(Button("◀", CoalitionStep.data(token, "messages", page - 1)))
    if page + 1 < len(messages):
        paging.append(Button("▶", CoalitionStep.data(token, "messages", page + 1)))
    return Screen.of(text, [row for row in (paging, nav_row(ctx, CoalitionStep, token)) if row])


async def _preview_screen(ctx: Context, coalition: Coalition, data: dict[str, Any], token: str) -> Screen:
    recipients = await partner_repos.coalition_recipients(ctx.session, coalition, ctx.user_id)
    sender = ctx.member.organisation if ctx.member else None
    text = (
        ctx.tr("coalition-preview", count=len(recipients))
        + "\n\n"
        + message_text(ctx, coalition.name, sender.name if sender else "–", data["text"])
    )
    rows = [
        [Button(ctx.tr.plain("coalition-btn-send", count=len(recipients)), CoalitionStep.data(token, "send"))],
        nav_row(ctx, CoalitionStep, token),
    ]
    return Screen.of(text, rows)


def message_text(ctx: Context, coalition: str, organisation: str, text: str) -> str:
    return (
        ctx.tr("coalition-message", coalition=coalition, organisation=organisation)
        + "\n\n"
        + ctx.tr("coalition-message-body", text=text)
    )


async def on_text(ctx: Context) -> None:
    assert ctx.conversation is not None
    step, text = ctx.conversation.step, (ctx.incoming.text or "").strip()
    if step not in ("name", "write"):
        ctx.reply(Screen(ctx.tr("error-use-buttons")))
        ctx.reply(await render(ctx))
        return
    limit, measure = (NAME_LIMIT, len) if step == "name" else (MESSAGE_LIMIT, utf16_length)
    error = length_error(ctx.tr, text, limit, measure=measure)
    if error is not None:
        ctx.reply(Screen(error))
        ctx.reply(await render(ctx))
        return
    data = dict(ctx.conversation.data)
    if step == "name":
        data["name"] = " ".join(text.split())
    else:
        data["text"] = text
    ctx.conversation.data, ctx.conversation.step = data, "topic" if step == "name" else "preview"
    ctx.reply(await render(ctx))


async def on_button(ctx: Context, press: CoalitionStep) -> None:
    token, action, arg = press.token, press.action, press.arg
    conversation = ctx.flow_run(FLOW, token)
    if conversation is None or acting_organisation(ctx) is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    data, step = dict(conversation.data), conversation.step
    if action == "cancel" and step == "list":
        await ctx.end_flow()
        ctx.show(Screen(ctx.tr("coalition-closed")))
        return
    if action == "create" and step == "partners":
        await _create(ctx, data)
        return
    if action == "send" and step == "preview":
        await _send(ctx, data)
        return
    if action == "delete" and step == "view":
        await _delete(ctx, data)
        return
    if action == "leaveyes" and step == "leave":
        await _leave(ctx, data)
        return
    new_step = await _move(ctx, data, step, action, arg)
    if new_step is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    conversation.data, conversation.step = data, new_step
    ctx.show(await render(ctx))


BACK = {
    "name": "list",
    "topic": "name",
    "partners": "topic",
    "view": "list",
    "write": "view",
    "preview": "write",
    "messages": "view",
    "leave": "view",
}


async def _move(ctx: Context, data: dict[str, Any], step: str, action: str, arg: str) -> str | None:
    """The next step for a navigation or choice button; None for a button that does not belong here."""
    if action in ("back", "cancel"):
        return "list" if action == "cancel" else BACK.get(step)
    if action == "new" and step == "list":
        data.clear()
        return "name"
    if action == "open" and step == "list" and await _visible_coalition(ctx, parse_number(arg)) is not None:
        data.clear()
        data["coalition"] = parse_number(arg)
        return "view"
    if action == "messages" and step in ("view", "messages") and (page := parse_number(arg)) is not None:
        data["page"] = page
        return "messages"
    if action == "leave" and step == "view" and await _leavable(ctx, data.get("coalition")) is not None:
        return "leave"
    if action == "pick" and step == "topic" and arg in TOPICS:
        data["topic"] = arg
        return "partners"
    if action == "tog" and step == "partners" and (number := parse_number(arg)) is not None:
        chosen = set(data.get("partners", [])) ^ {number}
        data["partners"] = sorted(chosen)
        return "partners"
    if action == "write" and step == "view":
        return "write"
    return None


async def _create(ctx: Context, data: dict[str, Any]) -> None:
    assert ctx.member is not None and ctx.member.organisation_id is not None and ctx.conversation is not None
    allowed = {org.id for org in await partner_repos.accepted_partners(ctx.session, ctx.member.organisation_id)}
    chosen = [number for number in data.get("partners", []) if number in allowed]
    if not chosen:
        ctx.toast(ctx.tr.plain("coalition-need-partner"))
        return
    coalition = Coalition(
        owner_id=ctx.user_id,
        organisation_id=ctx.member.organisation_id,
        name=data["name"],
        topic=data["topic"],
        created_at=ctx.now,
        partners=[CoalitionPartner(organisation_id=number) for number in chosen],
    )
    ctx.session.add(coalition)
    await ctx.session.flush()
    ctx.conversation.data, ctx.conversation.step = {"coalition": coalition.id}, "view"
    await _show_after(ctx, "coalition-created")


async def _send(ctx: Context, data: dict[str, Any]) -> None:
    coalition = await _visible_coalition(ctx, data.get("coalition"))
    if coalition is None or not data.get("text"):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    message = CoalitionMessage(coalition_id=coalition.id, sender_id=ctx.user_id, text=data["text"], created_at=ctx.now)
    ctx.session.add(message)
    await ctx.session.flush()
    recipients = await partner_repos.coalition_recipients(ctx.session, coalition, ctx.user_id)
    for member_id in recipients:
        ctx.notify(member_id, DeliveryKind.COALITION_MESSAGE, message_id=message.id)
    await ctx.end_flow()
    ctx.show(Screen(ctx.tr("coalition-sent", count=len(recipients))))


async def _delete(ctx: Context, data: dict[str, Any]) -> None:
    assert ctx.conversation is not None
    coalition = await _own_coalition(ctx, data.get("coalition"))
    if coalition is not None:
        await ctx.session.delete(coalition)  # messages not sent yet go with it
    ctx.conversation.data, ctx.conversation.step = {}, "list"
    await _show_after(ctx, "coalition-deleted")


async def _leavable(ctx: Context, number: Any) -> Coalition | None:
    """The coalition if the member's organisation was added to it (its creator's organisation deletes instead)."""
    coalition = await _visible_coalition(ctx, number)
    own = ctx.member.organisation_id if ctx.member else None
    return coalition if coalition is not None and own != coalition.organisation_id else None


async def _leave(ctx: Context, data: dict[str, Any]) -> None:
    """Take the member's organisation out of the coalition: it no longer sees it or hears from it."""
    assert ctx.conversation is not None and ctx.member is not None
    coalition = await _leavable(ctx, data.get("coalition"))
    if coalition is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    coalition.partners = [p for p in coalition.partners if p.organisation_id != ctx.member.organisation_id]
    ctx.conversation.data, ctx.conversation.step = {}, "list"
    await _show_after(ctx, "coalition-left")


async def _show_after(ctx: Context, done: str) -> None:
    """What was done, above the screen the member is on now."""
    screen = await render(ctx)
    ctx.show(Screen(ctx.tr(done) + "\n\n" + screen.text, screen.rows))


async def notice_message(ctx: Context, payload: dict[str, Any]) -> None:
    number = payload.get("message_id")
    message = await ctx.session.get(CoalitionMessage, number) if isinstance(number, int) else None
    if message is None:
        return  # the coalition was deleted, or the sender erased their data
    coalition = await ctx.session.get(Coalition, message.coalition_id)
    sender = await _sender_organisation(ctx, message)
    if coalition is None or sender is None or await admin_repos.is_suspended(ctx.session, message.sender_id):
        return
    ctx.reply(Screen(message_text(ctx, coalition.name, sender.name, message.text)))


async def _sender_organisation(ctx: Context, message: CoalitionMessage) -> Organisation | None:
    """Any organisation in the coalition may write to it; the message is signed by the sender's."""
    number = await partner_repos.organisation_of(ctx.session, message.sender_id)
    return await ctx.session.get(Organisation, number) if number is not None else None
