"""/partners and introductions, end to end on both engines: suggestions with reasons, filters and paging;
a request, accepted (contacts exchanged), declined (indistinguishable from silence) or blocked; limits; /forget."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.fakeapi import FakeBotAPI
from bot.runtime import Runtime
from storage import repos
from storage.models import Coalition, Delivery, Introduction, Member, Organisation, OrganisationBlock, Report
from tests.chat import Chat, visible
from tests.events_support import START, Clock, rows, use_clock

pytestmark = pytest.mark.both_databases

ASKER = 601  # Albanian NGO on corruption and arms trafficking, doing advocacy
ASKER_ORG = "Qendra Anti-Korrupsion"


async def add_org(
    api: FakeBotAPI,
    runtime: Runtime,
    name: str,
    *members: int,
    country: str = "al",
    sector: str = "ngo",
    topics: tuple[str, ...] = ("corruption",),
    activities: tuple[str, ...] = (),
    discoverable: bool = True,
    vetting: str = "vetted",
    share_handle: bool = False,
    joiners: tuple[int, ...] = (),
) -> int:
    """An organisation and its registered members, straight into the database (registration has its own tests);
    each member once started the bot, so the bot can write to them."""
    for member_id in (*members, *joiners):
        api.open_chat(member_id)
    async with runtime.hub.sessions.begin() as session:
        org = Organisation(
            name=name,
            name_key=repos.name_key(name),
            country=country,
            sector=sector,
            description=f"About {name}",
            discoverable=discoverable,
            vetting=vetting,
        )
        repos.set_topics(org, topics)
        repos.set_activities(org, activities)
        session.add(org)
        for member_id in (*members, *joiners):  # joiners asked to join and were not approved
            session.add(
                Member(
                    telegram_id=member_id,
                    locale="en",
                    display_name=f"Person {member_id}",
                    organisation=org,
                    membership="founder" if member_id in members else "requested",
                    consent_at=START,
                    registered_at=START,
                    share_handle=share_handle,
                )
            )
        await session.flush()
        return org.id


async def asker_and_network(api: FakeBotAPI, runtime: Runtime) -> Clock:
    clock = use_clock(runtime)
    await add_org(api, runtime, ASKER_ORG, ASKER, topics=("corruption", "arms_trafficking"), activities=("advocacy",))
    await add_org(
        api,
        runtime,
        "Balkan Arms Watch",
        611,
        612,
        country="mk",
        sector="media",
        topics=("arms_trafficking",),
        activities=("policy_research",),
    )
    for number in range(7):  # seven more on corruption, the common topic: a second page
        await add_org(api, runtime, f"Civic Org {number}", 620 + number)
    await add_org(api, runtime, "Hidden Org", 640, topics=("arms_trafficking",), discoverable=False)
    await add_org(api, runtime, "Unvetted Org", 641, topics=("arms_trafficking",), vetting="pending")
    return clock


def texts(chat: Chat) -> str:
    return "\n".join(visible(m.get("text", "")) for m in chat.messages())


async def test_suggestions_come_with_reasons_filters_and_pages(api, new_chat, runtime):
    await asker_and_network(api, runtime)
    asker = new_chat(ASKER)
    await asker.send("/partners")
    first = asker.last_text()
    assert first.startswith(f"Suggested partners for {ASKER_ORG}")
    assert "1. Balkan Arms Watch · North Macedonia · Media" in first, "the shared rare topic ranks first"
    assert (
        "Why: both work on Arms trafficking; they do Policy research, you do Advocacy; "
        "cross-border: Albania – North Macedonia; different sectors: Media and NGO"
    ) in first
    assert first.count("Why:") == 5
    for absent in ("Hidden Org", "Unvetted Org", ASKER_ORG + " ·", "Person 6"):
        assert absent not in first, absent
    await asker.send("the one on arms please")
    assert "answer with the buttons" in asker.replies()[0]
    await asker.press("Show more")
    second = asker.last_text()
    assert second.count("Why:") == 3 and "6. Civic Org" in second and "Balkan" not in second
    await asker.press("First page")
    await asker.press("Where: any")
    await asker.press("across a border")
    assert asker.last_text().count("Why:") == 1 and "Balkan Arms Watch" in asker.last_text()
    await asker.press("Where: across a border")
    await asker.press("Back")
    assert "Where: across a border" in str(asker.buttons(asker.last())), "Back keeps the filters as they were"
    await asker.press("Sector: any")
    await asker.press("Government")
    assert "No partner suggestions match" in asker.last_text()
    await asker.press("Cancel")
    assert "closed" in asker.last_text()


async def request_introduction(asker: Chat, note: str | None) -> None:
    await asker.send("/partners")
    await asker.press("Introduce us to no. 1")
    assert "Add a short note" in asker.last_text()
    if note is None:
        await asker.press("Skip")
    else:
        await asker.send(note)
    assert "Request sent" in asker.last_text()


async def wait_for_text(api, chat_id: int, marker: str) -> dict:  # type: ignore[no-untyped-def]
    call = await api.wait_for(
        lambda c: (
            c.method == "sendMessage"
            and c.params.get("chat_id") == chat_id
            and marker in visible(str(c.params.get("text")))
        )
    )
    return call.params


async def test_an_accepted_introduction_gives_both_sides_each_others_contact(api, new_chat, runtime):
    await asker_and_network(api, runtime)
    asker = new_chat(ASKER, username="ana_al")
    await asker.send("/profile")
    await asker.press("Share my @username")
    await asker.press("Yes")
    await asker.send("/partners")
    await asker.press("Introduce us to no. 1")
    await asker.send("x" * 301)
    assert "301 characters long; the limit is 300" in asker.replies()[0]
    assert await rows(runtime, Introduction) == []
    await asker.send("We map arms routes <b>across</b> the border & would like to compare notes.")
    for member_id in (611, 612):
        request = await wait_for_text(api, member_id, "A request for an introduction")
        shown = visible(request["text"])
        assert ASKER_ORG in shown and "Their note: We map arms routes <b>across</b> the border & would" in shown
        assert "Person 601" not in shown and "ana_al" not in shown, "no name or handle before acceptance"
    accepter, colleague = new_chat(611, username="bo_mk"), new_chat(612)
    await accepter.press("Accept")
    contact = accepter.last_text()
    assert "Introduction accepted" in contact and ASKER_ORG in contact and "Person 601 (@ana_al)" in contact
    assert "Topics you share: Arms trafficking" in contact
    assert accepter.button("Write to Person 601", accepter.last())["url"] == "https://t.me/ana_al"
    told = await wait_for_text(api, ASKER, "Introduction accepted")
    assert "Balkan Arms Watch" in visible(told["text"]) and "Person 611" in visible(told["text"])
    assert 'href="tg://user?id=611"' in told["text"], "a link to write to them, without their username"
    assert "bo_mk" not in told["text"], "611 did not allow sharing their username"
    await colleague.press("Accept")
    assert "already been answered" in colleague.last_text()
    await accepter.send("/forget")
    await accepter.press("Yes, erase")
    [introduction] = await rows(runtime, Introduction)
    assert (introduction.answered_by, introduction.answer_handle) == (None, None), "/forget erases who answered"
    await asker.send("/partners")
    assert "Balkan Arms Watch" not in asker.last_text(), "an introduction made is not suggested again"
    await asker.press("My requests")
    assert "Balkan Arms Watch" in asker.last_text() and "accepted" in asker.last_text()


async def test_a_decline_reads_exactly_like_silence(api, new_chat, runtime):
    clock = use_clock(runtime)
    for asker_id, target, answer_by in ((701, "Target One", 711), (702, "Target Two", None)):
        await add_org(api, runtime, f"Asker {asker_id}", asker_id, topics=("youth",))
        await add_org(api, runtime, target, 711 if answer_by else 712, topics=("youth",), country="rs")
    # each asker sees only their own target: the other asker's organisation is not suggested to them
    async with runtime.hub.sessions.begin() as session:
        ids = {o.name: o.id for o in await session.scalars(select(Organisation))}
        session.add_all(
            [
                OrganisationBlock(blocker_org_id=ids["Asker 701"], blocked_org_id=ids["Target Two"]),
                OrganisationBlock(blocker_org_id=ids["Asker 702"], blocked_org_id=ids["Target One"]),
                OrganisationBlock(blocker_org_id=ids["Asker 701"], blocked_org_id=ids["Asker 702"]),
                OrganisationBlock(blocker_org_id=ids["Asker 702"], blocked_org_id=ids["Asker 701"]),
            ]
        )
    declined, silent = new_chat(701), new_chat(702)
    await request_introduction(declined, "Hello")
    await request_introduction(silent, "Hello")
    await wait_for_text(api, 711, "A request for an introduction")
    await new_chat(711).press("Decline")
    assert "They will not be told" in new_chat(711).last_text()
    for asker in (declined, silent):
        await asker.send("/partners")
        await asker.press("My requests")
    clock.advance(days=13)
    await runtime.due.run_once()
    assert len(await rows(runtime, Introduction, closed_at=None)) == 2, "nothing closes before 14 days"
    clock.advance(days=1, minutes=1)
    await runtime.due.run_once()
    await runtime.due.run_once()  # a second tick tells nobody twice
    suggested: dict[int, list[str]] = {701: [], 702: []}
    for asker in (declined, silent):
        await wait_for_text(api, asker.user_id, "did not happen")
        await asker.send("/partners")
        suggested[asker.user_id].append(asker.last_text())
        await asker.press("My requests")
    clock.advance(days=77)  # 91 days after the requests: declined or silent, the target may be suggested again
    for asker in (declined, silent):
        await asker.send("/partners")
        suggested[asker.user_id].append(asker.last_text())
    assert "No partner suggestions" in suggested[701][0] and "Target One" in suggested[701][1]
    assert [text.replace("Target One", "TARGET").replace("Asker 701", "ASKER") for text in suggested[701]] == [
        text.replace("Target Two", "TARGET").replace("Asker 702", "ASKER") for text in suggested[702]
    ]
    seen_by_declined = texts(declined).replace("Target One", "TARGET").replace("Asker 701", "ASKER")
    seen_by_silent = texts(silent).replace("Target Two", "TARGET").replace("Asker 702", "ASKER")
    assert seen_by_declined == seen_by_silent
    assert seen_by_declined.count("did not happen") == 2 and "no answer yet" in seen_by_declined
    assert "declin" not in seen_by_declined.lower()


async def test_block_limits_vetting_and_forget(api, new_chat, runtime):
    clock = await asker_and_network(api, runtime)
    asker = new_chat(ASKER)
    await request_introduction(asker, None)
    await wait_for_text(api, 611, "A request for an introduction")
    blocker = new_chat(611)
    await blocker.press("Block this organisation")
    assert "cannot ask you again" in blocker.last_text()
    await blocker.send("/partners")
    assert ASKER_ORG not in blocker.last_text()
    await asker.send("/partners")
    assert "Balkan Arms Watch" not in asker.last_text()
    await asker.press("My requests")
    assert "no answer yet" in asker.last_text(), "a block reads like silence too"
    clock.advance(days=91)
    await runtime.due.run_once()
    await asker.send("/partners")
    assert "1. Balkan Arms Watch" in asker.last_text(), "after 90 days, suggested again as after a decline"
    asked = len(api.calls)
    await asker.press("Introduce us to no. 1")
    await asker.press("Skip")
    assert "Request sent" in asker.last_text(), "and asked as after a decline"
    await runtime.due.run_once()
    told = [c for c in api.calls[asked:] if c.method == "sendMessage" and c.params.get("chat_id") in (611, 612)]
    assert told == [], "but the blocker never hears of it"
    await blocker.send("/partners")
    assert ASKER_ORG not in blocker.last_text(), "the blocker does not see them again"

    # four more open requests make five: a sixth is refused, and so is an eleventh in a week
    async with runtime.hub.sessions.begin() as session:
        asker_org = await session.scalar(select(Member.organisation_id).where(Member.telegram_id == ASKER))
        targets = list(await session.scalars(select(Organisation.id).where(Organisation.name.like("Civic Org%"))))
        session.add_all(
            [
                Introduction(
                    requester_id=ASKER,
                    requester_org_id=asker_org,
                    target_org_id=target,
                    status="pending",
                    created_at=clock.now,
                )
                for target in targets[:4]
            ]
        )
    await asker.send("/partners")
    await asker.press("Introduce us to no. 1")
    assert "already have 5 requests waiting" in asker.last_text()
    async with runtime.hub.sessions.begin() as session:
        for intro in await session.scalars(select(Introduction)):
            intro.closed_at = clock.now
        session.add_all(
            [
                Introduction(
                    requester_id=ASKER,
                    requester_org_id=asker_org,
                    target_org_id=targets[4],
                    status="pending",
                    created_at=clock.now - timedelta(days=2),
                    closed_at=clock.now,
                )
                for _ in range(5)
            ]
        )
    await asker.send("/partners")
    await asker.press("Introduce us to no. 1")
    assert "10 introductions this week" in asker.last_text()

    await add_org(api, runtime, "Newcomers", 650, topics=("arms_trafficking",), vetting="pending")
    newcomer = new_chat(650)
    await newcomer.send("/partners")
    assert "once the hub has vetted your organisation" in newcomer.last_text()

    await asker.send("/forget")
    await asker.press("Yes, erase")
    assert await rows(runtime, Introduction) == [], "the member's requests go with them"
    assert await rows(runtime, Delivery, telegram_id=ASKER) == []


async def test_a_coalition_of_partners_gets_one_message_and_cards_can_be_reported(api, new_chat, runtime):
    clock = use_clock(runtime)
    asker_org = await add_org(api, runtime, ASKER_ORG, ASKER, topics=("arms_trafficking",))
    watch = await add_org(api, runtime, "Balkan Arms Watch", 611, 612, country="mk", topics=("arms_trafficking",))
    lab = await add_org(api, runtime, "Border Lab", 621, country="xk", topics=("arms_trafficking",))
    pending = await add_org(api, runtime, "Not Yet", 631, country="rs", topics=("arms_trafficking",))
    suspicious = await add_org(api, runtime, "Suspicious Org", 641, country="me", topics=("arms_trafficking",))
    async with runtime.hub.sessions.begin() as session:
        session.add_all(
            [
                Introduction(
                    requester_id=ASKER,
                    requester_org_id=asker_org,
                    target_org_id=target,
                    status=status,
                    created_at=clock.now,
                )
                for target, status in ((watch, "accepted"), (lab, "accepted"), (pending, "pending"))
            ]
        )
    asker = new_chat(ASKER)
    await asker.send("/coalitions")
    assert "You have none yet" in asker.last_text()
    await asker.press("New coalition")
    await asker.send("  Arms   Route Watch ")
    await asker.press("Arms trafficking")
    options = [b["text"] for b in asker.buttons(asker.last())]
    assert "Balkan Arms Watch" in options and "Border Lab" in options and "Not Yet" not in options
    await asker.press("Create the coalition")
    assert "at least one partner" in asker.toast()
    await asker.press("Balkan Arms Watch")
    await asker.press("Border Lab")
    await asker.press("Create the coalition")
    assert "Coalition created" in asker.last_text()
    assert f"Organisations: {ASKER_ORG}, Balkan Arms Watch, Border Lab" in asker.last_text()
    await asker.press("Write to the coalition")
    await asker.send("y" * 3001)
    assert "3,001 characters, at most 3,000" in asker.replies()[0]
    await asker.send("Meeting on <routes> & ports, Thursday.")
    assert "this goes to < 5 members" in asker.last_text()
    await asker.press("Send to < 5 members")
    assert "on its way to < 5 members" in asker.last_text(), (
        "a small count is masked: it would tell how few act for them"
    )
    for member_id in (611, 612, 621):
        message = await wait_for_text(api, member_id, "Coalition Arms Route Watch")
        shown = visible(message["text"])
        assert f"from {ASKER_ORG}" in shown and "Meeting on <routes> & ports, Thursday." in shown
        assert "Person 601" not in shown, "the coalition sees the organisation, not the person"
    assert not [c for c in api.calls if c.params.get("chat_id") == 631 and "Coalition" in str(c.params.get("text"))]

    await asker.send("/partners")
    await asker.press("Report no. 1")
    assert "Why are you reporting Suspicious Org" in asker.last_text()
    await asker.press("It is not who it claims to be")
    assert "has reached the hub's admins" in asker.last_text()
    await asker.send("/partners")
    await asker.press("Report no. 1")
    await asker.press("Spam")
    reports = await rows(runtime, Report)
    assert [(r.reporter_id, r.organisation_id, r.reason) for r in reports] == [(ASKER, suspicious, "impostor")]

    await asker.send("/mydata")
    [document] = [c for c in asker.last_calls if c.method == "sendDocument"]
    exported = json.loads(document.params["document"]["content"])
    assert exported["coalitions"][0]["messages"][0]["text"] == "Meeting on <routes> & ports, Thursday."
    assert exported["reports"] == [
        {"organisation_id": suspicious, "event_id": None, "reason": "impostor", "at": START.isoformat()}
    ]
    assert {r["status"] for r in exported["introduction_requests"]} == {"accepted", "waiting"}

    await asker.send("/coalitions")
    await asker.press("Arms Route Watch")
    await asker.press("Delete the coalition")
    assert "Coalition deleted" in asker.last_text() and await rows(runtime, Coalition) == []


async def test_only_one_answer_counts_and_a_joiner_cannot_answer(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, ASKER_ORG, ASKER, topics=("arms_trafficking",), share_handle=True)
    await add_org(
        api, runtime, "Balkan Arms Watch", 611, 612, country="mk", topics=("arms_trafficking",), joiners=(613,)
    )
    asker = new_chat(ASKER, username="ana_al")
    await request_introduction(asker, "Hello")
    await asker.send("/profile")
    await asker.press("Share my @username")
    await asker.press("No")
    request = await wait_for_text(api, 611, "A request for an introduction")
    await wait_for_text(api, 612, "A request for an introduction")
    assert not [c for c in api.calls if c.params.get("chat_id") == 613 and "request" in str(c.params.get("text"))]
    joiner = new_chat(613)
    await joiner.send("/partners")
    assert "has not been approved yet" in joiner.last_text()
    data = request["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await joiner.press_data(data, 1)
    assert joiner.toast() == "This button has expired."

    handled = runtime.hub.handled
    for member_id, label in ((611, "Accept"), (612, "Block this organisation")):  # both at once
        chat = new_chat(member_id)
        message = chat.last_with_buttons()
        api.press(member_id, message["message_id"], chat.button(label, message)["callback_data"])
    await api.wait_until(lambda: runtime.hub.handled >= handled + 2)
    [introduction] = await rows(runtime, Introduction)
    answers = {member_id: new_chat(member_id).last_text() for member_id in (611, 612)}
    assert sum("already been answered" in text for text in answers.values()) == 1, answers
    winner = 611 if "Introduction accepted" in answers[611] else 612
    assert introduction.status == ("accepted" if winner == 611 else "blocked")
    assert introduction.answered_by == winner
    if winner == 611:
        assert "ana_al" not in answers[611] and "no Telegram contact shared" in answers[611], "sharing was turned off"
        told = await wait_for_text(api, ASKER, "Introduction accepted")
        assert "Person 611" in visible(told["text"])
    assert introduction.requester_handle is None
