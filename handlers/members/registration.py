"""/register: one question per screen, Back and Cancel everywhere, a summary to check before anything is kept.

The draft lives in the conversation row, so a restart mid-wizard continues where the user was; the member
and organisation are written only on Confirm.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handlers.kit.actions import RunCommand, WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import FIELDS, field_prompt, parse_text, summary_lines
from handlers.kit.flow import Draft, Flow, Run, Step, field_step
from handlers.kit.i18n import Html
from handlers.kit.messages import Button, Screen, parse_number
from handlers.members import joining
from storage import repos
from storage.models import Membership, Organisation, Vetting, utcnow


class RegistrationStep(WizardStep, prefix="rg"):
    """A press in this wizard."""


ORG_DETAILS = ["country", "sector", "topics", "activities", "description", "discoverable"]
SEARCH_RESULTS = 5


@dataclass
class RegistrationDraft(Draft):
    """The member's answers so far: their name, the organisation they join (`org_id`) or create (its name and
    details), the last search for it, and their consent; `editing` once they came back from the summary."""

    name: str | None = None
    org_query: str | None = None  # the search shown on the organisation step; None: its question
    org_results: list[dict[str, Any]] = field(default_factory=list)  # {"id", "name", "exact"} per organisation found
    org_id: int | None = None  # None: a new organisation
    org_name: str | None = None
    country: str | None = None
    sector: str | None = None
    topics: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)
    description: str | None = None
    discoverable: bool = False
    consent: bool = False
    editing: bool = False


def steps(data: RegistrationDraft) -> list[str]:
    """The wizard's steps; joining an existing organisation skips describing it."""
    details = [] if data.org_id else ORG_DETAILS
    return ["name", "org", *details, "consent", "summary"]


def is_complete(data: RegistrationDraft) -> bool:
    has_org = data.org_id or (data.org_name and data.country and data.sector and data.topics)
    return bool(has_org and data.consent)


async def register_command(ctx: Context) -> None:
    """Start the wizard, or offer to continue the one in progress."""
    if ctx.registered:
        ctx.show(Screen(ctx.tr("register-already-registered")))
        return
    await REGISTRATION.start(ctx)


def _question(name: str) -> Step:
    """One of the member's or their new organisation's fields, below how far through the wizard they are."""
    field = FIELDS[name]

    def prompt(run: Run[RegistrationDraft]) -> str:
        order = steps(run.data)
        progress = run.tr("register-progress", step=order.index(name) + 1, total=len(order) - 1)
        return progress + "\n" + field_prompt(run.tr, field, getattr(run.data, name))

    return field_step(field, prompt, nav_back=name != "name")


# --- the organisation: a search, then join one it found or create the one searched for ---


def _org_screen(run: Run[RegistrationDraft]) -> Screen:
    query = run.data.org_query
    if not query:
        return Screen.of(run.tr("register-org-ask"), [run.nav()])
    found = run.data.org_results
    rows = [[run.labelled("btn-join-org", "join", org["id"], name=org["name"][:60])] for org in found]
    if not any(org["exact"] for org in found):
        rows.append([run.labelled("btn-create-org", "new", name=query[:60])])
    key = "register-org-results" if found else "register-org-none"
    return Screen.of(run.tr(key, query=query), [*rows, run.nav()])


async def _search(run: Run[RegistrationDraft], text: str) -> None:
    query, error = parse_text(run.tr, FIELDS["org_name"], text)
    if error or query is None:
        await run.hint(error or run.tr("error-text-empty"))
        return
    found = await repos.search_organisations(run.ctx.session, query, SEARCH_RESULTS)
    key = repos.name_key(query)
    run.data.org_query = query
    run.data.org_results = [{"id": o.id, "name": o.name, "exact": o.name_key == key} for o in found]
    await run.stay()


async def _back_from_org(run: Run[RegistrationDraft], arg: str) -> None:
    query, run.data.org_query = run.data.org_query, None
    if query:  # back from the results is back to the search question
        await run.stay()
        return
    await run.back()


async def _join(run: Run[RegistrationDraft], arg: str) -> None:
    org_id = parse_number(arg)
    offered = org_id in {org["id"] for org in run.data.org_results}  # only what the search showed
    organisation = await repos.get_organisation(run.ctx.session, org_id) if offered and org_id is not None else None
    if organisation is None or organisation.vetting == Vetting.REJECTED:
        run.expired()
        return
    joined = RegistrationDraft()  # the details of an organisation they would have created go
    for detail in ORG_DETAILS:
        setattr(run.data, detail, getattr(joined, detail))
    run.data.org_id, run.data.org_name = organisation.id, organisation.name
    await run.next()


async def _new(run: Run[RegistrationDraft], arg: str) -> None:
    query = run.data.org_query
    if not query:
        run.expired()
        return
    if await repos.organisation_by_name(run.ctx.session, query):
        run.ctx.toast(run.tr.plain("error-org-name-taken"))
        return
    run.data.org_id, run.data.org_name = None, query
    await run.next()


# --- consent, and the summary to check before anything is kept ---


def _consent_screen(run: Run[RegistrationDraft]) -> Screen:
    organisation = run.data.org_name
    joining_note = "\n\n" + run.tr("register-consent-join", organisation=organisation) if run.data.org_id else ""
    return Screen.of(run.tr("register-consent") + joining_note, [[run.labelled("btn-agree", "agree")], run.nav()])


async def _agree(run: Run[RegistrationDraft], arg: str) -> None:
    run.data.consent = True
    await run.go("summary")


def _summary_screen(run: Run[RegistrationDraft]) -> Screen:
    tr, data = run.tr, run.data
    org_line = (
        tr("register-summary-join", organisation=data.org_name or "")
        if data.org_id
        else tr("register-summary-new", organisation=data.org_name or "")
    )
    names = ["name"] if data.org_id else ["name", *ORG_DETAILS]
    text = tr("register-summary", organisation=Html(org_line), details=summary_lines(tr, data.dump(), names))
    editable = ["name", "org", *([] if data.org_id else ORG_DETAILS)]
    edit_buttons = [run.labelled(f"label-{n}", "edit", n) for n in editable]
    rows = [edit_buttons[i : i + 3] for i in range(0, len(edit_buttons), 3)]
    return Screen.of(text, [[run.labelled("btn-confirm", "confirm")], *rows, run.nav()])


async def _edit(run: Run[RegistrationDraft], arg: str) -> None:
    if arg not in steps(run.data):
        run.expired()
        return
    run.data.editing = True  # Next from the edited step comes back to the summary
    if arg == "org":
        run.data.org_query = None
    await run.go(arg)


async def _confirm(run: Run[RegistrationDraft], arg: str) -> None:
    ctx, data = run.ctx, run.data
    if not is_complete(data):
        run.expired()
        return
    organisation = await _organisation_for(ctx, data)
    if organisation is None:
        ctx.toast(ctx.tr.plain("error-org-name-taken"))
        data.org_query = None
        await run.go("org")
        return
    member = await ctx.ensure_member()
    now = utcnow()
    member.display_name = data.name
    member.organisation = organisation
    member.membership = Membership.REQUESTED if data.org_id else Membership.FOUNDER
    member.locale = member.locale or ctx.tr.locale
    member.consent_at = member.registered_at = now
    if data.org_id:
        await joining.ask_to_join(ctx, member, organisation)
    key = "register-done-joined" if data.org_id else "register-done-created"
    # subscribing is offered, never assumed
    await run.finish(
        Screen.of(
            ctx.tr(key, organisation=organisation.name) + "\n\n" + ctx.tr("register-offer-subscribe"),
            [[Button(ctx.tr.plain("btn-subscribe"), RunCommand("subscribe").pack())]],
        )
    )


async def _organisation_for(ctx: Context, data: RegistrationDraft) -> Organisation | None:
    """The organisation joined, or a new pending one; None if it vanished or its name was taken meanwhile."""
    if data.org_id:
        return await repos.get_organisation(ctx.session, data.org_id)
    # a complete draft without an organisation to join names and describes a new one
    assert data.org_name is not None and data.country is not None and data.sector is not None
    if await repos.organisation_by_name(ctx.session, data.org_name):
        return None
    organisation = Organisation(
        name=data.org_name,
        name_key=repos.name_key(data.org_name),
        country=data.country,
        sector=data.sector,
        description=data.description or "",
        discoverable=data.discoverable,
        vetting=Vetting.PENDING,
    )
    repos.set_topics(organisation, data.topics)
    repos.set_activities(organisation, data.activities)
    repos.add_organisation(ctx.session, organisation)
    return organisation


REGISTRATION = Flow(
    "register",
    RegistrationStep,
    first="name",
    draft=RegistrationDraft,
    cancelled="register-cancelled",
    order=steps,
    summary="summary",
    complete=is_complete,
    in_progress="register-in-progress",
    steps={
        "name": _question("name"),
        "org": Step(_org_screen, {"join": _join, "new": _new, "back": _back_from_org}, _search),
        **{name: _question(name) for name in ORG_DETAILS},
        "consent": Step(_consent_screen, {"agree": _agree}),
        "summary": Step(_summary_screen, {"edit": _edit, "confirm": _confirm}),
    },
)
