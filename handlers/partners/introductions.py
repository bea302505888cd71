"""/partners: suggested partner organisations with reasons, filters and paging, and the double opt-in
introduction a member asks for from a suggestion.

Privacy: a request carries the requester's organisation card and note, never a name or handle. Contacts are
exchanged only when a member of the other organisation accepts. A decline or a block is never announced: the
requester sees "no answer yet" until the request closes after 14 days, exactly as for silence.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.events.cards import labels
from handlers.kit.actions import Action, WizardStep
from handlers.kit.core import Context
from handlers.kit.flow import ButtonFn, Draft, Flow, Run, Step, stale, ticked, while_allowed
from handlers.kit.i18n import Html
from handlers.kit.messages import Button, Screen, parse_number, utf16_length
from handlers.kit.taxonomy import COUNTRIES, SECTORS, TOPICS, label_id
from handlers.partners.matching import (
    SCOPES,
    Filters,
    IndexCache,
    Match,
    PartnerIndex,
    Profile,
    activity_mask,
    topic_mask,
)
from handlers.partners.reports import report_button
from storage import followup_repos, partner_repos, repos
from storage.models import DeliveryKind, Introduction, IntroductionStatus, Member, Organisation, Vetting


class PartnersStep(WizardStep, prefix="pt"):
    """A press in this wizard."""


class IntroductionAnswer(Action, prefix="in"):
    """A target organisation's answer to a request: accept, decline, or decline and block."""

    answer: Literal["acc", "dec", "blk"]
    introduction: int


PAGE_SIZE = 5
NOTE_LIMIT = 300
MAX_OPEN_REQUESTS = 5
MAX_REQUESTS_PER_WEEK = 10
FILTERS = {"topic": TOPICS, "country": COUNTRIES, "scope": SCOPES, "sector": SECTORS}
DESCRIPTION_LIMIT = 200  # characters of an organisation's description on its full card
SHORT_DESCRIPTION_LIMIT = 120  # and in a list of suggestions
REASON_TOPICS = 3  # shared topics named in a reason, rarest first; more read "…"
TEXT_LIMIT = 4096


@dataclass
class PartnersDraft(Draft):
    """The suggestions' filters and page, and the organisation a request is being written to."""

    topic: str | None = None  # a filter: None for any
    country: str | None = None
    scope: str = "any"  # any | same | cross
    sector: str | None = None
    page: int = 0
    ask: int | None = None  # the organisation asked for an introduction, while the note is written

    def filters(self) -> Filters:
        return Filters(self.topic, self.country, self.scope, self.sector)

    def chosen(self, name: str) -> str | None:
        """The option of filter `name` (one of FILTERS): None or "any" for any."""
        return {"topic": self.topic, "country": self.country, "scope": self.scope, "sector": self.sector}[name]

    def choose(self, name: str, option: str) -> None:
        """Set filter `name` to `option`: "any" is kept as None, but for the scope, which has it as an option."""
        value = None if option == "any" else option
        if name == "topic":
            self.topic = value
        elif name == "country":
            self.country = value
        elif name == "sector":
            self.sector = value
        else:
            self.scope = option


async def partners_command(ctx: Context) -> None:
    organisation = await own_organisation(ctx)
    if organisation is None:
        return
    if organisation.vetting != Vetting.VETTED:  # an unvetted newcomer could be anyone: no browsing the network
        ctx.show(Screen(ctx.tr("partners-browse-not-vetted")))
        return
    await PARTNERS.start(ctx)


async def own_organisation(ctx: Context) -> Organisation | None:
    """The organisation the member acts for, or None with the reason shown."""
    organisation = acting_organisation(ctx)
    if organisation is None:
        waiting = ctx.registered and ctx.member is not None and ctx.member.organisation is not None
        ctx.show(Screen(ctx.tr("partners-join-pending" if waiting else "error-not-registered")))
    return organisation


async def still_acting(ctx: Context) -> bool:
    """Whether the member still acts for their organisation, with the reason shown if not: what a wizard of theirs
    checks before typed text (`while_allowed(typed=...)`)."""
    return await own_organisation(ctx) is not None


def acting_organisation(ctx: Context) -> Organisation | None:
    """A member acts for their organisation once they created it (or, later, were approved to join it)."""
    member = ctx.member
    if not ctx.registered or member is None or member.membership not in partner_repos.ACTING_MEMBERSHIPS:
        return None
    return member.organisation


def profile_of(organisation: Organisation) -> Profile:
    return Profile(
        organisation.id,
        organisation.country,
        organisation.sector,
        topic_mask(t.topic for t in organisation.topics),
        activity_mask(a.activity for a in organisation.activities),
    )


async def load_index(session: AsyncSession, cache: IndexCache) -> PartnerIndex:
    async def load() -> list[Profile]:
        return [
            Profile(row.id, row.country, row.sector, topic_mask(row.topics), activity_mask(row.activities))
            for row in await partner_repos.partner_rows(session)
        ]

    return await cache.get(load)


async def top_partners(
    session: AsyncSession, cache: IndexCache, organisation: Organisation, filters: Filters, page: int, now: datetime
) -> tuple[list[tuple[Match, Organisation]], bool]:
    """This page of suggestions for `organisation`, each checked against the database as it stands now, and
    whether another page follows."""
    excluded = await partner_repos.excluded_partners(session, organisation.id, now)
    index = await load_index(session, cache)
    matches = index.suggest(profile_of(organisation), filters, excluded, offset=page * PAGE_SIZE, limit=PAGE_SIZE + 1)
    more, matches = len(matches) > PAGE_SIZE, matches[:PAGE_SIZE]
    shown = await partner_repos.suggestable_organisations(session, [m.profile.id for m in matches])
    if len(shown) < len(matches):
        cache.invalidate()  # the index is behind the database: rebuild it next time
    return [(match, shown[match.profile.id]) for match in matches if match.profile.id in shown], more


def _acting(run: Run[PartnersDraft]) -> Organisation:
    """The organisation the member acts for: every press and message of the wizard checks there is one."""
    organisation = acting_organisation(run.ctx)
    assert organisation is not None
    return organisation


async def _list_screen(run: Run[PartnersDraft]) -> Screen:
    ctx, data, organisation = run.ctx, run.data, _acting(run)
    found, more = await top_partners(
        ctx.session, ctx.shared(IndexCache), organisation, data.filters(), data.page, ctx.now
    )
    if found:
        text = _cards_text(ctx, organisation, found, first=data.page * PAGE_SIZE + 1)
    else:
        text = ctx.tr("partners-none-more" if data.page else "partners-none")
    rows = [
        [
            run.labelled("partners-btn-ask", "ask", other.id, number=number),
            report_button(ctx, other.id, "report-btn-numbered", number=number),
        ]
        for number, (_match, other) in enumerate(found, start=data.page * PAGE_SIZE + 1)
    ]
    for pair in (("topic", "country"), ("scope", "sector")):
        rows.append([run.button(_filter_label(ctx, name, data.chosen(name)), "filter", name) for name in pair])
    paging = [run.labelled("partners-btn-more", "more")] if more else []
    if data.page:
        paging.insert(0, run.labelled("partners-btn-first", "first"))
    rows += [paging] if paging else []
    rows.append([run.labelled("partners-btn-mine", "mine"), run.labelled("btn-cancel", "cancel")])
    return Screen.of(text, rows)


def _filter_label(ctx: Context, name: str, value: str | None) -> str:
    shown = ctx.tr.plain("partners-any") if value in (None, "any") else _option_label(ctx, name, value)
    return ctx.tr.plain(f"partners-filter-{name}", value=shown)


def _option_label(ctx: Context, name: str, value: str) -> str:
    return ctx.tr.plain(f"partners-scope-{value}") if name == "scope" else ctx.tr.plain(label_id(name, value))


def _filter_screen(run: Run[PartnersDraft]) -> Screen:
    """The options of the filter this step is named after, "any" first."""
    ctx, name = run.ctx, run.step
    current = run.data.chosen(name)
    buttons = [
        ticked(run, _option_label(ctx, name, option), option == current, "set", option)
        for option in FILTERS[name]
        if option != "any"
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.insert(0, [ticked(run, ctx.tr.plain("partners-any"), current in (None, "any"), "set", "any")])
    return Screen.of(ctx.tr(f"partners-choose-{name}"), [*rows, run.nav()])


def organisation_card(ctx: Context, organisation: Organisation) -> Html:
    """What another member may see of an organisation: no people, only the organisation's own profile."""
    description = shorten(organisation.description, DESCRIPTION_LIMIT)
    return Html(
        ctx.tr(
            "partners-card",
            name=organisation.name,
            country=ctx.tr.plain(label_id("country", organisation.country)),
            sector=ctx.tr.plain(label_id("sector", organisation.sector)),
            topics=labels(ctx, "topic", [t.topic for t in organisation.topics]) or "–",
            activities=labels(ctx, "activity", [a.activity for a in organisation.activities]) or "–",
            description=description or "–",
        )
    )


def _cards_text(
    ctx: Context, organisation: Organisation, found: list[tuple[Match, Organisation]], *, first: int
) -> str:
    """The page of suggestions, within Telegram's limit: descriptions go first if the names and reasons are long."""
    header = ctx.tr("partners-header", organisation=organisation.name)
    for description_limit in (SHORT_DESCRIPTION_LIMIT, 0):
        cards = [
            _suggestion_card(ctx, number, match, other, description_limit)
            for number, (match, other) in enumerate(found, start=first)
        ]
        text = header + "\n\n" + "\n\n".join(cards)
        if utf16_length(text) <= TEXT_LIMIT:
            break
    return text


def _suggestion_card(ctx: Context, number: int, match: Match, other: Organisation, description_limit: int) -> str:
    description = shorten(other.description, description_limit) if description_limit else ""
    card = ctx.tr(
        "partners-card-short",
        number=number,
        name=other.name,
        country=ctx.tr.plain(label_id("country", other.country)),
        sector=ctx.tr.plain(label_id("sector", other.sector)),
    )
    if description:
        card += "\n" + ctx.tr("partners-description", description=description)
    return card + "\n" + ctx.tr("partners-why", reason=reason(ctx, match))


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def reason(ctx: Context, match: Match) -> str:
    """The parts of the score, in words, most important first."""
    parts = []
    if match.shared_topics:
        named = labels(ctx, "topic", [topic for topic, _w in match.shared_topics[:REASON_TOPICS]])
        more = "…" if len(match.shared_topics) > REASON_TOPICS else ""
        parts.append(ctx.tr.plain("partners-reason-topics", topics=named + more))
    for theirs, yours in match.complements:
        parts.append(
            ctx.tr.plain(
                "partners-reason-complement",
                theirs=ctx.tr.plain(label_id("activity", theirs)),
                yours=ctx.tr.plain(label_id("activity", yours)),
            )
        )
    if match.cross_border:
        parts.append(
            ctx.tr.plain(
                "partners-reason-cross-border",
                yours=ctx.tr.plain(label_id("country", match.mine.country)),
                theirs=ctx.tr.plain(label_id("country", match.profile.country)),
            )
        )
    if match.other_sector:
        parts.append(
            ctx.tr.plain(
                "partners-reason-sector",
                theirs=ctx.tr.plain(label_id("sector", match.profile.sector)),
                yours=ctx.tr.plain(label_id("sector", match.mine.sector)),
            )
        )
    return "; ".join(parts) or ctx.tr.plain("partners-reason-filter")


async def _requests_screen(run: Run[PartnersDraft]) -> Screen:
    ctx = run.ctx
    rows = await partner_repos.member_requests(ctx.session, ctx.user_id)
    lines = [
        ctx.tr(
            "partners-request-line",
            organisation=org.name,
            date=intro.created_at.strftime("%d.%m.%Y"),
            status=ctx.tr.plain(f"partners-status-{requester_status(intro)}"),
        )
        for intro, org in rows
    ]
    text = ctx.tr("partners-requests") + "\n\n" + "\n".join(lines) if lines else ctx.tr("partners-requests-none")
    return Screen.of(text, [run.nav()])


def requester_status(introduction: Introduction) -> str:
    """What the requester may know: accepted, waiting, or over. A decline reads as waiting, then as over."""
    if introduction.status == IntroductionStatus.ACCEPTED:
        return "accepted"
    return "closed" if introduction.closed_at is not None else "waiting"


# --- the buttons and the note of the /partners flow ---


def _paging(step: str, page: Callable[[int], int]) -> ButtonFn:
    """A list button that opens `step` on a page worked out from the one shown."""

    async def press(run: Run[PartnersDraft], arg: str) -> None:
        run.data.page = page(run.data.page)
        await run.go(step)

    return press


async def _open_filter(run: Run[PartnersDraft], arg: str) -> None:
    if arg not in FILTERS:
        run.expired()
        return
    await run.go(arg)


async def _set_filter(run: Run[PartnersDraft], arg: str) -> None:
    name = run.step
    if arg != "any" and arg not in FILTERS[name]:
        run.expired()
        return
    run.data.choose(name, arg)
    run.data.page = 0
    await run.go("list")


async def _ask(run: Run[PartnersDraft], arg: str) -> None:
    target_id = parse_number(arg)
    if target_id is None:
        run.expired()
        return
    refusal = await _request_refusal(run.ctx, _acting(run), target_id)
    if refusal is not None:
        run.ctx.reply(Screen(run.tr(refusal, open=MAX_OPEN_REQUESTS, week=MAX_REQUESTS_PER_WEEK)))
        return
    run.data.ask = target_id
    await run.go("note")


def _note_screen(run: Run[PartnersDraft]) -> Screen:
    return Screen.of(run.tr("partners-ask-note", limit=NOTE_LIMIT), [[run.labelled("btn-skip", "skip")], run.nav()])


async def _read_note(run: Run[PartnersDraft], text: str) -> None:
    note = text.strip()
    if utf16_length(note) > NOTE_LIMIT:
        await run.hint(run.tr("partners-note-too-long", limit=NOTE_LIMIT, length=utf16_length(note)))
        return
    await _send_request(run, note)


async def _skip_note(run: Run[PartnersDraft], arg: str) -> None:
    await _send_request(run, "")


async def _request_refusal(ctx: Context, organisation: Organisation, target_id: int) -> str | None:
    """Why this member may not ask for this introduction now (a message id), or None."""
    if organisation.vetting != Vetting.VETTED:
        return "partners-not-vetted"
    if await partner_repos.open_request_count(ctx.session, ctx.user_id) >= MAX_OPEN_REQUESTS:
        return "partners-too-many-open"
    if (
        await partner_repos.requests_since(ctx.session, ctx.user_id, ctx.now - timedelta(days=7))
        >= MAX_REQUESTS_PER_WEEK
    ):
        return "partners-too-many-week"
    excluded = await partner_repos.excluded_partners(ctx.session, organisation.id, ctx.now)
    if target_id in excluded or not await partner_repos.suggestable_organisations(ctx.session, [target_id]):
        return "partners-unavailable"
    return None


async def _send_request(run: Run[PartnersDraft], note: str) -> None:
    """The request is sent (or refused), and the wizard is over: the answer comes as a new message."""
    ctx, target_id = run.ctx, run.data.ask
    answer = await _save_request(ctx, _acting(run), target_id, note) if target_id is not None else None
    await ctx.end_flow()
    ctx.reply(Screen(ctx.tr(answer or "partners-unavailable", open=MAX_OPEN_REQUESTS, week=MAX_REQUESTS_PER_WEEK)))


async def _save_request(ctx: Context, organisation: Organisation, target_id: int, note: str) -> str:
    """Save the request and tell the other organisation, or say why not: the answer for the member (a message id).
    Checked under the organisation's lock, so two processes sending at once cannot both pass the limits."""
    assert ctx.member is not None
    await partner_repos.lock_requests(ctx.session, organisation.id)
    refusal = await _request_refusal(ctx, organisation, target_id)
    if refusal is not None:
        return refusal
    handle = _handle(ctx, ctx.member)
    saved = await partner_repos.add_request(ctx.session, ctx.user_id, organisation.id, target_id, note, handle, ctx.now)
    if saved is None:  # a request from the organisation waits for them already, saved by another process since
        return "partners-unavailable"
    # an organisation that blocked this one is asked as one that declined would be, and never hears of it
    if not await partner_repos.blocked_between(ctx.session, organisation.id, target_id):
        for member_id in await partner_repos.organisation_members(ctx.session, target_id):
            ctx.notify(member_id, DeliveryKind.INTRO_REQUEST, introduction_id=saved)
    return "partners-request-sent"


def _handle(ctx: Context, member: Member) -> str | None:
    """The member's @handle, kept only if they allow it to be shared on acceptance."""
    return ctx.incoming.username if member.share_handle and ctx.incoming.username else None


# --- the other organisation answers ---


async def notice_request(ctx: Context, payload: dict[str, Any]) -> None:
    introduction = await _introduction(ctx, payload)
    requester_org = await _requester_in_good_standing(ctx, introduction)
    if introduction is None or requester_org is None:
        return
    note = "\n\n" + ctx.tr("partners-note", note=introduction.note) if introduction.note else ""
    text = ctx.tr("partners-request-received") + "\n\n" + organisation_card(ctx, requester_org) + note
    rows = [
        [
            Button(ctx.tr.plain("partners-btn-accept"), IntroductionAnswer("acc", introduction.id).pack()),
            Button(ctx.tr.plain("partners-btn-decline"), IntroductionAnswer("dec", introduction.id).pack()),
        ],
        [Button(ctx.tr.plain("partners-btn-block"), IntroductionAnswer("blk", introduction.id).pack())],
        [report_button(ctx, requester_org.id)],
    ]
    ctx.reply(Screen.of(text, rows))


async def _requester_in_good_standing(ctx: Context, introduction: Introduction | None) -> Organisation | None:
    """The requesting organisation while its request can still be answered: open, still vetted, not suspended (nor
    the member who asked: a suspended member reaches nobody), not blocked. Checked when the request is delivered and
    when it is answered, so a suspension holds back the requests sent before it."""
    if introduction is None or introduction.status != IntroductionStatus.PENDING or introduction.closed_at is not None:
        return None
    requester_org = await repos.get_organisation(ctx.session, introduction.requester_org_id)
    requester = await repos.get_member(ctx.session, introduction.requester_id)
    if (
        requester_org is None
        or requester_org.vetting != Vetting.VETTED
        or requester_org.suspended_at is not None
        or requester is None
        or requester.suspended
        or await partner_repos.blocked_between(ctx.session, introduction.requester_org_id, introduction.target_org_id)
    ):
        return None
    return requester_org


async def _introduction(ctx: Context, payload: dict[str, Any]) -> Introduction | None:
    number = payload.get("introduction_id")
    return await partner_repos.get_introduction(ctx.session, number) if isinstance(number, int) else None


async def on_answer(ctx: Context, press: IntroductionAnswer) -> None:
    action = press.answer
    introduction = await partner_repos.get_introduction(ctx.session, press.introduction)
    organisation = acting_organisation(ctx)
    if introduction is None or organisation is None or organisation.id != introduction.target_org_id:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    handle = _handle(ctx, ctx.member) if action == "acc" and ctx.member else None
    if await _requester_in_good_standing(ctx, introduction) is None or not await partner_repos.answer(
        ctx.session, introduction, ctx.user_id, ANSWERS[action], handle, ctx.now
    ):
        ctx.show(Screen(ctx.tr("partners-already-answered")))  # a colleague was first, or it closed
        return
    if action == "acc":
        ctx.notify(introduction.requester_id, DeliveryKind.INTRO_ACCEPTED, introduction_id=introduction.id)
        # both sides are asked, in a while, whether they got in touch (handlers/partners/followups.py)
        followup_repos.schedule(ctx.session, introduction, ctx.now + timedelta(days=ctx.settings.intro_followup_days))
        ctx.show(await _contact_screen(ctx, introduction, introduction.requester_id, introduction.requester_handle))
        return
    if action == "blk":
        await partner_repos.block(ctx.session, introduction.target_org_id, introduction.requester_org_id, ctx.now)
    ctx.show(Screen(ctx.tr("partners-declined" if action == "dec" else "partners-blocked")))


ANSWERS = {"acc": IntroductionStatus.ACCEPTED, "dec": IntroductionStatus.DECLINED, "blk": IntroductionStatus.BLOCKED}


async def _contact_screen(
    ctx: Context, introduction: Introduction, person_id: int | None, handle: str | None
) -> Screen:
    """The other side's contact, their organisation and the topics both work on."""
    person = await repos.get_member(ctx.session, person_id) if person_id is not None else None
    if person is not None and not person.share_handle:
        handle = None  # they stopped sharing it since
    mine, theirs = introduction.target_org_id, introduction.requester_org_id
    if ctx.user_id == introduction.requester_id:
        mine, theirs = theirs, mine
    own, other = await repos.get_organisation(ctx.session, mine), await repos.get_organisation(ctx.session, theirs)
    if person is None or other is None:
        return Screen(ctx.tr("partners-contact-gone"))
    shared = [t.topic for t in other.topics if own is not None and t.topic in {o.topic for o in own.topics}]
    name = person.display_name or ctx.tr.plain("partners-someone")
    mention = f'<a href="tg://user?id={person.telegram_id}">{html.escape(name, quote=False)}</a>'

    def contact(shown: str, *, lines: list[str]) -> str:
        text = ctx.tr(
            "partners-contact",
            organisation=other.name,
            person=Html(mention),
            handle=shown,
            topics=labels(ctx, "topic", shared) or "–",
        )
        return "\n\n".join([text, *lines])

    report = [report_button(ctx, other.id)]
    write = ctx.tr.plain("partners-btn-write", name=name)
    setting = ctx.tr.plain("label-share-handle")
    shares_mine = ctx.member is not None and ctx.member.share_handle  # the other side got a way to write to me
    you_first = [] if shares_mine else [ctx.tr("partners-you-write-first", name=name)]
    if handle:
        rows = [[Button(write, url=f"https://t.me/{handle}")], report]
        return Screen.of(contact(f"@{handle}", lines=you_first), rows)
    if person.share_handle:
        # no username, but they allow a way to write to them: a button to their chat, which Telegram refuses when
        # their privacy settings forbid it; then the screen without it says who writes first
        refused = [
            ctx.tr("partners-link-refused", name=name),
            ctx.tr("partners-they-will-write")
            if shares_mine
            else ctx.tr("partners-share-to-be-reached", setting=setting),
        ]
        fallback = Screen.of(contact(ctx.tr.plain("partners-no-contact"), lines=refused), [report])
        button = [Button(write, url=f"tg://user?id={person.telegram_id}")]
        screen = Screen.of(contact(ctx.tr.plain("partners-no-username"), lines=you_first), [button, report])
        return Screen(screen.text, screen.rows, fallback=fallback)
    # they did not allow it: no button, and plainly who must write first
    if shares_mine:
        line = ctx.tr("partners-they-write-first", name=name)
    else:
        line = ctx.tr("partners-neither-shares", setting=setting)
    return Screen.of(contact(ctx.tr.plain("partners-no-contact"), lines=[line]), [report])


async def notice_accepted(ctx: Context, payload: dict[str, Any]) -> None:
    introduction = await _introduction(ctx, payload)
    if introduction is None or introduction.status != IntroductionStatus.ACCEPTED:
        return
    ctx.reply(await _contact_screen(ctx, introduction, introduction.answered_by, introduction.answer_handle))


async def notice_closed(ctx: Context, payload: dict[str, Any]) -> None:
    introduction = await _introduction(ctx, payload)
    if introduction is None or introduction.status == IntroductionStatus.ACCEPTED:
        return
    target = await repos.get_organisation(ctx.session, introduction.target_org_id)
    ctx.reply(Screen(ctx.tr("partners-request-closed", organisation=target.name if target else "–")))


PARTNERS = Flow(
    "partners",
    PartnersStep,
    first="list",
    draft=PartnersDraft,
    cancelled="partners-closed",
    # buttons work while the member acts for an organisation (a press after that is an old button); a message
    # without one is told why
    steps=while_allowed(
        {
            "list": Step(
                _list_screen,
                {
                    "ask": _ask,
                    "more": _paging("list", lambda page: page + 1),
                    "first": _paging("list", lambda page: 0),
                    "mine": _paging("mine", lambda page: 0),
                    "filter": _open_filter,
                    "back": stale,
                },
            ),
            **{name: Step(_filter_screen, {"set": _set_filter}, back="list") for name in FILTERS},
            "note": Step(_note_screen, {"skip": _skip_note}, _read_note, back="list"),
            "mine": Step(_requests_screen, back="list"),
        },
        lambda ctx: acting_organisation(ctx) is not None,
        typed=still_acting,
    ),
)
