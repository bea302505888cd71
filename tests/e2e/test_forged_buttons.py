"""Forged and replayed buttons on other people's objects (issue 22's audit): anyone can send any callback data, so
every button that names an event, a campaign, a request, an organisation or a person is tried by members who do
not own it. Each answers "expired", changes nothing and tells nobody."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from storage.models import (
    Audience,
    AuditEntry,
    Campaign,
    Coalition,
    Delivery,
    Event,
    Introduction,
    Member,
    Organisation,
    OrganisationBlock,
    Report,
    Rsvp,
    Vouch,
)
from tests.e2e.test_partners import add_org
from tests.events_support import add_event, set_role, use_clock

pytestmark = pytest.mark.both_databases

OWNER, RIVAL, ATTENDEE, REQUESTER, FOUNDER, JOINER = 802, 805, 801, 806, 650, 651
EXPIRED = "This button has expired."

# who presses what: RIVAL is an organiser of another vetted organisation; ATTENDEE waits for approval on OWNER's
# event; REQUESTER asked ATTENDEE's organisation for an introduction; FOUNDER's pending organisation has JOINER
# waiting to join, and its vouching code is "c0ffee1234". {event}, {campaign}, {introduction}, {pending} are filled
# in below.
FORGED = [
    *[
        (presser, f"oe:{action}:{{event}}:{arg}")
        for presser in (RIVAL, ATTENDEE)
        for action, arg in (
            ("open", "-"),
            ("edit", "-"),
            ("pend", "-"),
            ("ok", ATTENDEE),
            ("no", ATTENDEE),
            ("csv", "-"),
            ("cancel", "-"),
            ("cancelyes", "-"),
            ("msg", "-"),
            ("msgsend", "abcdef"),
            ("msgcancel", "abcdef"),
        )
    ],
    *[(presser, f"cp:{action}:{{campaign}}") for presser in (RIVAL, ATTENDEE) for action in ("open", "stop")],
    # the request's own sender, and an organisation it was not sent to
    *[(presser, f"in:{answer}:{{introduction}}") for presser in (REQUESTER, RIVAL) for answer in ("acc", "dec", "blk")],
    (JOINER, "in:acc:{introduction}"),
    # a joiner's request decided by another organisation, or by the joiner; a made-up stamp
    *[(presser, f"jn:{JOINER}:1:{verdict}") for presser in (RIVAL, JOINER) for verdict in ("ok", "no")],
    # a vouch with a guessed code, and an event that needs approval by a member of an organisation not vetted
    (RIVAL, "vo:{pending}:0123456789"),
    *[(FOUNDER, data) for data in ("ev:rsvp:{event}:going", "ev:open:{event}:-", "ev:ics:{event}:-", "re:{event}:-")],
]


async def snapshot(runtime) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """What a forged press could change: every row of the tables the pressed buttons write to."""
    tables = (Event, Rsvp, Campaign, Introduction, OrganisationBlock, Vouch, Report, Member, Organisation, Coalition)
    async with runtime.hub.sessions() as session:
        found: dict[str, Any] = {}
        for model in tables:
            # an event's version is its lock's counter: a refused press may take the lock, and changes nothing else
            columns = [c for c in model.__table__.columns if not (model is Event and c.name == "version")]
            found[model.__name__] = sorted(
                tuple(str(value) for value in row) for row in (await session.execute(select(*columns))).all()
            )
        for model in (Delivery, AuditEntry):
            found[model.__name__] = len((await session.scalars(select(model))).all())
    return found


async def test_no_button_naming_someone_elses_object_works_for_anyone_else(api, new_chat, runtime):
    clock = use_clock(runtime)
    await add_org(api, runtime, "Org 802", OWNER)
    await add_org(api, runtime, "Org 805", RIVAL)
    for organiser in (OWNER, RIVAL):
        await set_role(runtime, organiser, "organiser")
    target = await add_org(api, runtime, "Org 801", ATTENDEE)
    requester_org = await add_org(api, runtime, "Org 806", REQUESTER)
    pending = await add_org(api, runtime, "Newcomers", FOUNDER, vetting="pending", joiners=(JOINER,))
    event = await add_event(runtime, OWNER, needs_approval=True, capacity=10)
    async with runtime.hub.sessions.begin() as session:
        campaign = Campaign(
            organiser_id=OWNER, texts={"en": "Hello"}, audience=Audience(), send_at=clock.now + timedelta(days=1)
        )
        introduction = Introduction(
            requester_id=REQUESTER, requester_org_id=requester_org, target_org_id=target, created_at=clock.now
        )
        session.add_all(
            [campaign, introduction, Rsvp(event_id=event, telegram_id=ATTENDEE, status="pending", approved=False)]
        )
        (await session.get(Organisation, pending)).vouch_code = "c0ffee1234"  # type: ignore[union-attr]
        await session.flush()
    ids = {"event": event, "campaign": campaign.id, "introduction": introduction.id, "pending": pending}
    sitting_on = {}
    for presser in {presser for presser, _data in FORGED}:  # a message of ours for each presser's buttons
        chat = new_chat(presser)
        await chat.send("/help")
        sitting_on[presser] = chat.last()["message_id"]
    before, calls_before = await snapshot(runtime), len(api.calls)

    wrong = []
    for presser, template in FORGED:
        data = template.format(**ids)
        chat = new_chat(presser)
        await chat.press_data(data, sitting_on[presser])
        if chat.toast() != EXPIRED or chat.replies():
            wrong.append(f"{data} by {presser}: {chat.toast()!r} {chat.replies()!r}")
    assert wrong == []
    assert await snapshot(runtime) == before, "no forged press changed anything"
    others = [c for c in api.calls[calls_before:] if c.params.get("chat_id") not in (*sitting_on, None)]
    assert others == [], "nobody else heard of it"
    await runtime.due.deliver_due()
    assert [c.method for c in api.calls[calls_before:]] == ["answerCallbackQuery"] * len(FORGED), (
        "a toast, nothing more"
    )


async def test_a_guessed_deep_link_reads_like_one_to_nothing(api, new_chat, runtime):
    """`/start` payloads naming something the sender may not open answer exactly as those naming nothing: an event
    that needs approval (to a member of an organisation not vetted), a cancelled one, a vouching link with a wrong
    code for an organisation that exists."""
    use_clock(runtime)
    await add_org(api, runtime, "Org 802", OWNER)
    await set_role(runtime, OWNER, "organiser")
    pending = await add_org(api, runtime, "Newcomers", FOUNDER, vetting="pending")
    closed = await add_event(runtime, OWNER, needs_approval=True)
    cancelled = await add_event(runtime, OWNER, status="cancelled")
    async with runtime.hub.sessions.begin() as session:
        (await session.get(Organisation, pending)).vouch_code = "c0ffee1234"  # type: ignore[union-attr]
        codes = {event.id: event.code for event in (await session.scalars(select(Event))).all()}
    payloads = {
        "event": ["ev_nosuchcode", f"ev_{codes[closed]}", f"ev_{codes[cancelled]}", f"ev_{closed}"],
        "vouch": ["vouch-999999-0123456789", f"vouch-{pending}-0123456789", f"vouch-{pending}-c0ffee", "vouch-x"],
    }
    before, calls_before = await snapshot(runtime), len(api.calls)
    for sender in (FOUNDER, 700):  # a member of the organisation not vetted, and someone not registered
        chat = new_chat(sender)
        for kind, tried in payloads.items():
            answers = set()
            for payload in tried:
                await chat.send(f"/start {payload}")
                answers.add(tuple(chat.replies()))
            assert len(answers) == 1, f"{kind} links by {sender}: {answers}"
            assert "Newcomers" not in str(answers) and "Dialogue" not in str(answers)
    assert await snapshot(runtime) == before
    assert {c.params.get("chat_id") for c in api.calls[calls_before:]} == {FOUNDER, 700}
