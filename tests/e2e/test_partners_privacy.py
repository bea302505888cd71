"""What the partner features must not give away, end to end on both engines: the names of organisations a member
was never shown (through a made-up report button), whether a request was declined or blocked (over months, not
only days), and requests of an organisation the admins suspended."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.runtime import Runtime
from handlers.partners.reports import ASK, Answer, ReportOrganisation
from storage.models import (
    Coalition,
    CoalitionPartner,
    Delivery,
    Introduction,
    Organisation,
    OrganisationBlock,
    Report,
)
from tests.chat import Chat, visible
from tests.e2e.test_partners import ASKER, ASKER_ORG, add_org, request_introduction, wait_for_text
from tests.events_support import START, rows, use_clock

pytestmark = pytest.mark.both_databases

EXPIRED = "This button has expired."


async def forged_report(runtime: Runtime, chat: Chat, organisation_id: int, reason: Answer = ASK) -> None:
    """Press a report button the bot never sent, under the member's newest message."""
    await chat.press_data(ReportOrganisation(organisation_id, reason).pack(), chat.last()["message_id"])


def message(chat: Chat, message_id: int) -> dict[str, Any]:
    """A message of the chat as it stands now (edited since, perhaps)."""
    return next(m for m in chat.messages() if m["message_id"] == message_id)


async def introduce(runtime: Runtime, requester: int, requester_org: int, target_org: int, status: str) -> None:
    async with runtime.hub.sessions.begin() as session:
        session.add(
            Introduction(
                requester_id=requester,
                requester_org_id=requester_org,
                target_org_id=target_org,
                status=status,
                created_at=runtime.hub.clock(),
            )
        )


async def test_a_made_up_report_button_names_no_organisation_the_member_was_not_shown(api, new_chat, runtime):
    use_clock(runtime)
    mine = await add_org(api, runtime, ASKER_ORG, ASKER, topics=("arms_trafficking",), joiners=(602,))
    listed = await add_org(api, runtime, "Listed Org", 611, country="mk", topics=("arms_trafficking",))
    unseen = {
        name: await add_org(api, runtime, name, member, country="rs", **kind)
        for name, member, kind in (
            ("Hidden Org", 612, {"discoverable": False}),
            ("Waiting Org", 613, {"vetting": "pending"}),
            ("Rejected Org", 614, {"vetting": "rejected"}),
            ("Suspended Org", 615, {}),
        )
    }
    async with runtime.hub.sessions.begin() as session:
        suspended = await session.get(Organisation, unseen["Suspended Org"])
        assert suspended is not None
        suspended.suspended_at = runtime.hub.clock()
        nonexistent = (await session.scalar(select(func.max(Organisation.id))) or 0) + 1000
    # organisations the member was shown once, though /partners does not list them (any more)
    asked_us = await add_org(api, runtime, "Quiet Asker", 616, discoverable=False)
    old_partner = await add_org(api, runtime, "Old Partner", 617, discoverable=False)
    ally = await add_org(api, runtime, "Ally Org", 618, discoverable=False)
    await introduce(runtime, 616, asked_us, mine, "pending")
    await introduce(runtime, ASKER, mine, old_partner, "accepted")
    async with runtime.hub.sessions.begin() as session:  # the introduction behind it went with its requester
        session.add(
            Coalition(
                owner_id=618,
                organisation_id=ally,
                name="Routes",
                topic="arms_trafficking",
                created_at=runtime.hub.clock(),
                partners=[CoalitionPartner(organisation_id=mine)],
            )
        )

    asker = new_chat(ASKER)
    await asker.send("/help")
    for name, organisation_id in (*unseen.items(), ("no such organisation", nonexistent)):
        await forged_report(runtime, asker, organisation_id)
        assert (asker.toast(), asker.replies()) == (EXPIRED, []), name
        await forged_report(runtime, asker, organisation_id, "impostor")
        assert (asker.toast(), asker.replies()) == (EXPIRED, []), name
    for name, organisation_id in (
        ("Listed Org", listed),
        ("Quiet Asker", asked_us),
        ("Old Partner", old_partner),
        ("Ally Org", ally),
    ):
        await forged_report(runtime, asker, organisation_id)
        assert f"Why are you reporting {name}?" in asker.last_text()
    await forged_report(runtime, asker, mine)
    assert asker.toast() == EXPIRED, "nobody reports their own organisation"
    assert await rows(runtime, Report) == []

    # /partners lists nothing to a joiner not yet approved, a newcomer not yet vetted, or someone not registered
    for outsider in (new_chat(602), new_chat(613), new_chat(699)):
        await outsider.send("/help")
        await forged_report(runtime, outsider, listed)
        assert (outsider.toast(), outsider.replies()) == (EXPIRED, []), outsider.user_id


async def test_the_report_buttons_the_bot_shows_still_work(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, ASKER_ORG, ASKER, topics=("arms_trafficking",), discoverable=False)
    await add_org(api, runtime, "Balkan Arms Watch", 611, country="mk", topics=("arms_trafficking",))
    asker = new_chat(ASKER)
    await request_introduction(asker, "Hello")
    await wait_for_text(api, 611, "A request for an introduction")
    target = new_chat(611)
    request = target.last_with_buttons()
    await target.press("Report this organisation", request)
    assert f"Why are you reporting {ASKER_ORG}?" in target.last_text(), "the requester's card, though not listed"
    await target.press("Cancel")
    await target.press("Accept", request)
    contact_card = message(target, request["message_id"])
    assert "Introduction accepted" in visible(contact_card["text"])
    await target.press("Report this organisation", contact_card)
    assert f"Why are you reporting {ASKER_ORG}?" in target.last_text()
    await target.press("Spam")
    assert f"Your report about {ASKER_ORG} has reached" in target.last_text()
    contact = await wait_for_text(api, ASKER, "Introduction accepted")
    assert "Report this organisation" in str(contact["reply_markup"])
    await asker.press("Report this organisation", asker.last_with_buttons())
    assert "Why are you reporting Balkan Arms Watch?" in asker.last_text()


def anonymous(text: str, *names: str) -> str:
    """The text with the given names read as NAME1, NAME2…"""
    for number, name in enumerate(names, start=1):
        text = text.replace(name, f"NAME{number}")
    return text


def texts(chat: Chat, *names: str) -> list[str]:
    """Everything the bot showed in the chat, as it stands now, without the given names."""
    return [anonymous(visible(m.get("text", "")), *names) for m in chat.messages()]


async def test_a_block_reads_like_a_decline_for_months(api, new_chat, runtime):
    clock = use_clock(runtime)
    ids = {}
    for asker_id, asker, target, target_member in (
        (701, "Asker One", "Target One", 711),
        (702, "Asker Two", "Target Two", 712),
    ):
        ids[asker] = await add_org(api, runtime, asker, asker_id, topics=("youth",))
        ids[target] = await add_org(api, runtime, target, target_member, topics=("youth",), country="rs")
    async with runtime.hub.sessions.begin() as session:  # each asker sees only their own target
        session.add_all(
            OrganisationBlock(blocker_org_id=ids[blocker], blocked_org_id=ids[blocked])
            for blocker, blocked in (
                ("Asker One", "Target Two"),
                ("Asker Two", "Target One"),
                ("Asker One", "Asker Two"),
                ("Asker Two", "Asker One"),
            )
        )
    declined, blocked = new_chat(701), new_chat(702)
    decliner, blocker = new_chat(711), new_chat(712)
    for asker in (declined, blocked):
        await request_introduction(asker, "Hello")
    await wait_for_text(api, 711, "A request for an introduction")
    await decliner.press("Decline")
    await wait_for_text(api, 712, "A request for an introduction")
    await blocker.press("Block this organisation")

    suggested: dict[int, list[str]] = {701: [], 702: []}

    async def look(day: int) -> None:
        clock.now = START + timedelta(days=day)
        await runtime.due.run_once()
        for asker in (declined, blocked):
            await asker.send("/partners")
            suggested[asker.user_id].append(asker.last_text())
            await asker.press("My requests")

    for day in (1, 15, 89, 91):
        await look(day)
    assert ["Target One" in text for text in suggested[701]] == [False, False, False, True], (
        "the organisation that declined is suggested again after 90 days"
    )
    for asker in (declined, blocked):
        await request_introduction(asker, "Hello again")
    await wait_for_text(api, 711, "Hello again")
    await look(106)

    seen_by_declined = texts(declined, "Target One", "Asker One")
    assert seen_by_declined == texts(blocked, "Target Two", "Asker Two"), "the same screens, day after day"
    assert [anonymous(text, "Target One", "Asker One") for text in suggested[701]] == [
        anonymous(text, "Target Two", "Asker Two") for text in suggested[702]
    ]
    assert sum("Requests close after 14 days" in text for text in seen_by_declined) == 2, "both requests closed"
    requests_to_blocker = [
        c
        for c in api.calls
        if c.params.get("chat_id") == 712 and "A request for an introduction" in visible(str(c.params.get("text")))
    ]
    assert len(requests_to_blocker) == 1, "the organisation that blocked is never asked again"
    await blocker.send("/partners")
    assert "Suggested partners" in blocker.last_text() and "Asker Two" not in blocker.last_text(), "hidden for good"


async def suspend(runtime: Runtime, organisation_id: int, suspended: bool) -> None:
    async with runtime.hub.sessions.begin() as session:
        organisation = await session.get(Organisation, organisation_id)
        assert organisation is not None
        organisation.suspended_at = runtime.hub.clock() if suspended else None


async def test_a_suspended_organisations_requests_neither_reach_nor_can_be_answered(api, new_chat, runtime):
    use_clock(runtime)
    mine = await add_org(api, runtime, ASKER_ORG, ASKER, topics=("arms_trafficking",))
    await add_org(api, runtime, "Balkan Arms Watch", 611, country="mk", topics=("arms_trafficking",))
    await add_org(api, runtime, "Border Lab", 621, country="xk", topics=("arms_trafficking",))
    await runtime.due.stop()  # the test delivers the outbox itself from here on
    asker = new_chat(ASKER)
    await request_introduction(asker, "First")  # to Balkan Arms Watch (no. 1: ties go by age)
    await runtime.due.run_once()
    told = [c for c in api.calls if c.params.get("chat_id") == 611 and "First" in str(c.params.get("text"))]
    assert told, "delivered before the suspension"
    await request_introduction(asker, "Second")  # to Border Lab, not delivered yet

    await suspend(runtime, mine, True)
    await runtime.due.run_once()
    assert not [c for c in api.calls if c.params.get("chat_id") == 621], "a suspended organisation reaches nobody"
    assert [d.status for d in await rows(runtime, Delivery, telegram_id=621)] == ["skipped"]
    answering = new_chat(611)
    request = answering.last_with_buttons()
    await answering.press("Accept", request)
    assert "already been answered" in answering.last_text(), "nor can its requests be answered"
    assert {i.status for i in await rows(runtime, Introduction)} == {"pending"}

    await suspend(runtime, mine, False)
    await answering.press("Accept", request)
    assert "Introduction accepted" in answering.last_text(), "once the suspension is lifted, it can be answered"
