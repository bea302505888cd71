"""/register: one question per screen, Back and Cancel everywhere, a summary to check before anything is kept.

The draft lives in the conversation row, so a restart mid-wizard continues where the user was; the member
and organisation are written only on Confirm.
"""

from __future__ import annotations

from typing import Any

from handlers.kit.actions import RunCommand, WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import (
    FIELDS,
    field_buttons,
    field_prompt,
    nav_row,
    parse_pick,
    parse_text,
    summary_lines,
    toggle,
)
from handlers.kit.i18n import Html
from handlers.kit.messages import Button, Screen, parse_number
from handlers.members import joining
from storage import repos
from storage.models import Membership, Organisation, Vetting, utcnow

FLOW = "register"


class RegistrationStep(WizardStep, prefix="rg"):
    """A press in this wizard."""


ORG_DETAILS = ["country", "sector", "topics", "activities", "description", "discoverable"]
SEARCH_RESULTS = 5


def steps(data: dict[str, Any]) -> list[str]:
    """The wizard's steps; joining an existing organisation skips describing it."""
    details = [] if data.get("org_id") else ORG_DETAILS
    return ["name", "org", *details, "consent", "summary"]


def is_complete(data: dict[str, Any]) -> bool:
    has_org = data.get("org_id") or (
        data.get("org_name") and data.get("country") and data.get("sector") and data.get("topics")
    )
    return bool(has_org and data.get("consent"))


def next_step(data: dict[str, Any], step: str) -> str:
    if data.get("editing") and is_complete(data):
        return "summary"
    order = steps(data)
    return order[min(order.index(step) + 1, len(order) - 1)] if step in order else order[0]


def previous_step(data: dict[str, Any], step: str) -> str:
    if data.get("editing") and is_complete(data) and step != "summary":
        return "summary"
    order = steps(data)
    return order[max(order.index(step) - 1, 0)] if step in order else order[0]


async def register_command(ctx: Context) -> None:
    """Start the wizard, or offer to continue the one in progress."""
    if ctx.registered:
        ctx.show(Screen(ctx.tr("register-already-registered")))
        return
    conversation = ctx.conversation
    if conversation is not None and conversation.flow == FLOW:
        token = conversation.token
        ctx.show(
            Screen.of(
                ctx.tr("register-in-progress"),
                [
                    [
                        Button(ctx.tr.plain("btn-continue"), RegistrationStep.data(token, "continue")),
                        Button(ctx.tr.plain("btn-start-over"), RegistrationStep.data(token, "restart")),
                    ]
                ],
            )
        )
        return
    await ctx.start_flow(FLOW, "name", {})
    ctx.show(render(ctx))


def render(ctx: Context) -> Screen:
    """The screen of the step the user is at."""
    assert ctx.conversation is not None
    step, data, token = ctx.conversation.step, ctx.conversation.data, ctx.conversation.token
    if step == "org":
        return _org_screen(ctx, data, token)
    if step == "consent":
        joining_note = (
            "\n\n" + ctx.tr("register-consent-join", organisation=data["org_name"]) if data.get("org_id") else ""
        )
        return Screen.of(
            ctx.tr("register-consent") + joining_note,
            [
                [Button(ctx.tr.plain("btn-agree"), RegistrationStep.data(token, "agree"))],
                nav_row(ctx, RegistrationStep, token),
            ],
        )
    if step == "summary":
        return _summary_screen(ctx, data, token)
    field = FIELDS[step]
    progress = ctx.tr("register-progress", step=steps(data).index(step) + 1, total=len(steps(data)) - 1)
    text = progress + "\n" + field_prompt(ctx.tr, field, data.get(step))
    rows = field_buttons(ctx, field, data.get(step), RegistrationStep, token)
    return Screen.of(text, [*rows, nav_row(ctx, RegistrationStep, token, back=step != "name")])


def _org_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    query = data.get("org_query")
    if not query:
        return Screen.of(ctx.tr("register-org-ask"), [nav_row(ctx, RegistrationStep, token)])
    found: list[dict[str, Any]] = data.get("org_results", [])
    rows = [
        [Button(ctx.tr.plain("btn-join-org", name=org["name"][:60]), RegistrationStep.data(token, "join", org["id"]))]
        for org in found
    ]
    if not any(org["exact"] for org in found):
        rows.append([Button(ctx.tr.plain("btn-create-org", name=query[:60]), RegistrationStep.data(token, "new"))])
    key = "register-org-results" if found else "register-org-none"
    return Screen.of(ctx.tr(key, query=query), [*rows, nav_row(ctx, RegistrationStep, token)])


def _summary_screen(ctx: Context, data: dict[str, Any], token: str) -> Screen:
    tr = ctx.tr
    org_line = (
        tr("register-summary-join", organisation=data.get("org_name", ""))
        if data.get("org_id")
        else tr("register-summary-new", organisation=data.get("org_name", ""))
    )
    names = ["name"] if data.get("org_id") else ["name", *ORG_DETAILS]
    text = tr("register-summary", organisation=Html(org_line), details=summary_lines(tr, data, names))
    editable = ["name", "org", *([] if data.get("org_id") else ORG_DETAILS)]
    edit_buttons = [Button(tr.plain(f"label-{n}"), RegistrationStep.data(token, "edit", n)) for n in editable]
    rows = [edit_buttons[i : i + 3] for i in range(0, len(edit_buttons), 3)]
    return Screen.of(
        text,
        [
            [Button(tr.plain("btn-confirm"), RegistrationStep.data(token, "confirm"))],
            *rows,
            nav_row(ctx, RegistrationStep, token),
        ],
    )


async def on_text(ctx: Context) -> None:
    """Typed answers: the name, the organisation search and the description; elsewhere a hint."""
    assert ctx.conversation is not None and ctx.incoming.text is not None
    step, data = ctx.conversation.step, dict(ctx.conversation.data)
    if step == "org":
        await _search(ctx, data, ctx.incoming.text)
        return
    field = FIELDS.get(step)
    if field is None or field.kind != "text":
        ctx.reply(Screen(ctx.tr("error-use-buttons")))
        ctx.reply(render(ctx))
        return
    value, error = parse_text(ctx.tr, field, ctx.incoming.text)
    if error:
        ctx.reply(Screen(error))
        ctx.reply(render(ctx))
        return
    data[step] = value
    _go(ctx, data, next_step(data, step))


async def _search(ctx: Context, data: dict[str, Any], text: str) -> None:
    query, error = parse_text(ctx.tr, FIELDS["org_name"], text)
    if error or query is None:
        ctx.reply(Screen(error or ctx.tr("error-text-empty")))
        ctx.reply(render(ctx))
        return
    found = await repos.search_organisations(ctx.session, query, SEARCH_RESULTS)
    key = repos.name_key(query)
    data["org_query"] = query
    data["org_results"] = [{"id": o.id, "name": o.name, "exact": o.name_key == key} for o in found]
    _go(ctx, data, "org")


def _go(ctx: Context, data: dict[str, Any], step: str) -> None:
    """Save the draft at `step` and show it (a new message after typing, an edit after a button)."""
    assert ctx.conversation is not None
    ctx.conversation.data = data
    ctx.conversation.step = step
    ctx.show(render(ctx))


async def on_button(ctx: Context, press: RegistrationStep) -> None:
    token, action, arg = press.token, press.action, press.arg
    conversation = ctx.flow_run(FLOW, token)
    if conversation is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    handler = _ACTIONS.get(action)
    if handler is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    await handler(ctx, dict(conversation.data), conversation.step, arg)


async def _cancel(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await ctx.end_flow()
    ctx.show(Screen(ctx.tr("register-cancelled")))


async def _back(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step == "org" and data.get("org_query"):
        data.pop("org_query")  # back from the results is back to the search question
        _go(ctx, data, "org")
        return
    _go(ctx, data, previous_step(data, step))


async def _skip(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    field = FIELDS.get(step)
    if field is None or not field.optional:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    data[step] = None
    _go(ctx, data, next_step(data, step))


async def _pick(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    field = FIELDS.get(step)
    value = parse_pick(field, arg) if field else None
    if value is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    data[step] = value
    _go(ctx, data, next_step(data, step))


async def _toggle(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    field = FIELDS.get(step)
    chosen = toggle(field, data.get(step, []), arg) if field and field.kind == "multi" else None
    if chosen is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    data[step] = chosen
    _go(ctx, data, step)


async def _done(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    field = FIELDS.get(step)
    if field is None or field.kind != "multi":
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if len(data.get(step, [])) < field.min_selected:
        ctx.toast(ctx.tr.plain("error-pick-at-least-one"))
        return
    data.setdefault(step, [])
    _go(ctx, data, next_step(data, step))


async def _join(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    org_id = parse_number(arg)
    offered = org_id in {org["id"] for org in data.get("org_results", [])}  # only what the search showed
    organisation = await repos.get_organisation(ctx.session, org_id) if offered and org_id is not None else None
    if step != "org" or organisation is None or organisation.vetting == Vetting.REJECTED:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    for detail in ORG_DETAILS:
        data.pop(detail, None)
    data.update(org_id=organisation.id, org_name=organisation.name)
    _go(ctx, data, next_step(data, "org"))


async def _new(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    query = data.get("org_query")
    if step != "org" or not query:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if await repos.organisation_by_name(ctx.session, query):
        ctx.toast(ctx.tr.plain("error-org-name-taken"))
        return
    data.pop("org_id", None)
    data.update(org_name=query, discoverable=data.get("discoverable", False))
    _go(ctx, data, next_step(data, "org"))


async def _agree(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    data["consent"] = True
    _go(ctx, data, "summary")


async def _edit(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "summary" or arg not in steps(data):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    data["editing"] = True
    if arg == "org":
        data.pop("org_query", None)
    _go(ctx, data, arg)


async def _continue(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    ctx.show(render(ctx))


async def _restart(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    await ctx.start_flow(FLOW, "name", {})
    ctx.show(render(ctx))


async def _confirm(ctx: Context, data: dict[str, Any], step: str, arg: str) -> None:
    if step != "summary" or not is_complete(data):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    organisation = await _organisation_for(ctx, data)
    if organisation is None:
        ctx.toast(ctx.tr.plain("error-org-name-taken"))
        data.pop("org_query", None)
        _go(ctx, data, "org")
        return
    member = await ctx.ensure_member()
    now = utcnow()
    member.display_name = data.get("name")
    member.organisation = organisation
    member.membership = Membership.REQUESTED if data.get("org_id") else Membership.FOUNDER
    member.locale = member.locale or ctx.tr.locale
    member.consent_at = member.registered_at = now
    if data.get("org_id"):
        await joining.ask_to_join(ctx, member, organisation)
    await ctx.end_flow()
    key = "register-done-joined" if data.get("org_id") else "register-done-created"
    # subscribing is offered, never assumed
    ctx.show(
        Screen.of(
            ctx.tr(key, organisation=organisation.name) + "\n\n" + ctx.tr("register-offer-subscribe"),
            [[Button(ctx.tr.plain("btn-subscribe"), RunCommand("subscribe").pack())]],
        )
    )


async def _organisation_for(ctx: Context, data: dict[str, Any]) -> Organisation | None:
    """The organisation joined, or a new pending one; None if it vanished or its name was taken meanwhile."""
    if data.get("org_id"):
        return await repos.get_organisation(ctx.session, int(data["org_id"]))
    if await repos.organisation_by_name(ctx.session, data["org_name"]):
        return None
    organisation = Organisation(
        name=data["org_name"],
        name_key=repos.name_key(data["org_name"]),
        country=data["country"],
        sector=data["sector"],
        description=data.get("description") or "",
        discoverable=bool(data.get("discoverable")),
        vetting=Vetting.PENDING,
    )
    repos.set_topics(organisation, data["topics"])
    repos.set_activities(organisation, data.get("activities", []))
    ctx.session.add(organisation)
    return organisation


_ACTIONS = {
    "cancel": _cancel,
    "back": _back,
    "skip": _skip,
    "pick": _pick,
    "tog": _toggle,
    "done": _done,
    "join": _join,
    "new": _new,
    "agree": _agree,
    "edit": _edit,
    "continue": _continue,
    "restart": _restart,
    "confirm": _confirm,
}
