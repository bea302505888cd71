"""Who may see an event (issue 19, findings 8 and 9): events that need approval only for members acting for a
vetted organisation, closed events not opened by link, links by a random code, and forged buttons refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from storage.models import Event, Member, Organisation, Rsvp
from tests.chat import Chat
from tests.e2e.test_events import ORGANISER, rsvp
from tests.events_support import START, add_event, add_member, rows, set_role, start_link, use_clock

pytestmark = pytest.mark.both_databases

CLOSED = "no longer open, or the link is not valid"
EXPIRED = "This button has expired."


async def set_standing(runtime, user_id: int, *, vetting: str = "vetted", membership: str = "founder") -> None:  # type: ignore[no-untyped-def]
    """The vetting of the member's organisation and how they belong to it."""
    async with runtime.hub.sessions.begin() as session:
        member = await session.get(Member, user_id)
        member.membership = membership
        await session.execute(
            update(Organisation).where(Organisation.id == member.organisation_id).values(vetting=vetting)
        )


async def test_an_event_that_needs_approval_is_only_for_members_acting_for_a_vetted_organisation(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await set_standing(runtime, ORGANISER, vetting="pending")  # the organiser's own still shows, vetted or not
    closed = await add_event(runtime, ORGANISER, titles={"en": "Closed room"}, needs_approval=True)
    await add_event(runtime, ORGANISER, titles={"en": "Open dialogue"})
    outsiders = {701: {"vetting": "pending"}, 702: {"membership": "requested"}}
    for user_id, standing in outsiders.items():
        await add_member(runtime, user_id)
        await set_standing(runtime, user_id, **standing)
        outsider = new_chat(user_id)
        await outsider.send("/events")
        assert "Open dialogue" in outsider.last_text() and "Closed room" not in outsider.last_text(), standing
        await outsider.send(await start_link(runtime.hub, closed))
        assert CLOSED in outsider.last_text() and "Closed room" not in outsider.last_text()
        for forged in (f"ev:open:{closed}:-", f"ev:ics:{closed}:-", f"ev:rsvp:{closed}:going", f"re:{closed}:-"):
            await outsider.press_data(forged, outsider.last()["message_id"])
            assert outsider.toast() == EXPIRED, forged
            assert outsider.replies() == [], f"{forged}: nothing shown"
    assert await rows(runtime, Rsvp) == [], "a forged Going asked for no seat"
    await add_member(runtime, 703)
    vetted = new_chat(703)
    await vetted.send("/events")
    assert "Closed room" in vetted.last_text() and "Open dialogue" in vetted.last_text()
    await vetted.send(await start_link(runtime.hub, closed))
    assert "Closed room" in vetted.last_text()
    await rsvp(vetted, "going")
    assert [r.status for r in await rows(runtime, Rsvp)] == ["pending"]
    for user_id in (ORGANISER, 704):
        if user_id == 704:
            await add_member(runtime, 704)
            await set_standing(runtime, 704, vetting="pending")
            await set_role(runtime, 704, "admin")
        insider = new_chat(user_id)
        await insider.send("/events")
        assert "Closed room" in insider.last_text(), user_id
        await insider.send(await start_link(runtime.hub, closed))
        assert "Closed room" in insider.last_text(), user_id


async def test_cancelled_and_past_events_are_not_opened_by_link_but_attendees_keep_their_card(runtime, new_chat):
    clock = use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    cancelled = await add_event(runtime, ORGANISER, titles={"en": "Called off"})
    soon = await add_event(
        runtime,
        ORGANISER,
        titles={"en": "Soon over"},
        starts_at=START + timedelta(hours=2),
        ends_at=START + timedelta(hours=4),
    )
    attendee, other = new_chat(711), new_chat(712)
    await add_member(runtime, 711)
    await add_member(runtime, 712)
    for event_id in (cancelled, soon):
        await attendee.send(await start_link(runtime.hub, event_id))
        await rsvp(attendee, "going")
    async with runtime.hub.sessions.begin() as session:
        await session.execute(update(Event).where(Event.id == cancelled).values(status="cancelled"))
    clock.advance(hours=5)
    for event_id, title in ((cancelled, "Called off"), (soon, "Soon over")):
        link = await start_link(runtime.hub, event_id)
        await other.send(link)
        assert CLOSED in other.last_text() and title not in other.last_text()
        await other.press_data(f"ev:open:{event_id}:-", other.last()["message_id"])
        assert other.toast() == EXPIRED
        await attendee.send(link)
        assert title in attendee.last_text(), "an attendee still sees the card their notices point to"
    assert "has been cancelled" in (await _card_of(attendee, runtime, cancelled))
    organiser = new_chat(ORGANISER)
    await organiser.send(await start_link(runtime.hub, cancelled))
    assert "Called off" in organiser.last_text(), "the organiser sees their own event"


async def _card_of(chat: Chat, runtime, event_id: int) -> str:  # type: ignore[no-untyped-def]
    await chat.send(await start_link(runtime.hub, event_id))
    return chat.last_text()


async def test_links_name_events_by_a_code_and_old_links_by_row_id_do_not_open(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER)
    await add_member(runtime, 721)
    member = new_chat(721)
    await member.send(f"/start ev_{event_id}")
    assert CLOSED in member.last_text() and "Dialogue on environmental crime" not in member.last_text()
    link = await start_link(runtime.hub, event_id)
    assert len(link.removeprefix("/start ")) <= 64
    await member.send(link)
    assert "Dialogue on environmental crime" in member.last_text()


async def test_the_events_list_is_protected_when_it_names_a_chatham_house_event(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    for day in range(6):  # five a page: the Chatham House one is on the second
        await add_event(
            runtime,
            ORGANISER,
            titles={"en": f"Dialogue {day}"},
            chatham_house=day == 5,
            starts_at=START + timedelta(days=day + 1),
            ends_at=START + timedelta(days=day + 1, hours=2),
        )
    await add_member(runtime, 731)
    member = new_chat(731)
    [first] = [c for c in await member.send("/events") if c.method == "sendMessage"]
    assert "Dialogue 0" in str(first.params["text"]) and not first.params.get("protect_content")
    calls = await member.press("›")
    [second] = [c for c in calls if c.method in ("sendMessage", "editMessageText")]
    assert "Dialogue 5" in str(second.params["text"])
    assert second.method == "sendMessage", "protection is set when a message is sent, so it is a new message"
    assert second.params.get("protect_content") in (True, "true"), "it names a Chatham House event"
    await add_event(
        runtime,
        ORGANISER,
        titles={"en": "Soonest, off the record"},
        chatham_house=True,
        starts_at=START + timedelta(hours=12),
        ends_at=START + timedelta(hours=14),
    )
    [command] = [c for c in await member.send("/events") if c.method == "sendMessage"]
    assert "Soonest, off the record" in str(command.params["text"])
    assert command.params.get("protect_content") in (True, "true"), "/events itself, when its page names one"
