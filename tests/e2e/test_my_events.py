"""A member's own events, end to end on both engines: /myevents lists the seats they hold or asked for, a full
event's button says it joins the waitlist, and a card never promises the venue "from" a time already past; the
organiser's message to everyone going is typed, read back (Back retypes it), and sent."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from storage.models import Conversation, Delivery, Event, EventStatus, Member, Rsvp
from tests.e2e.test_events import ORGANISER, open_card, rsvp
from tests.events_support import START, add_event, add_member, rows, use_clock

pytestmark = pytest.mark.both_databases


async def test_a_member_sees_the_seats_they_hold_or_asked_for(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await add_member(runtime, 711)
    await add_member(runtime, 712)
    going = await add_event(runtime, ORGANISER, titles={"en": "Dialogue on ports"})
    full = await add_event(runtime, ORGANISER, titles={"en": "Roundtable on tenders"}, capacity=1)
    closed = await add_event(runtime, ORGANISER, titles={"en": "Closed room"}, needs_approval=True)
    await add_event(runtime, ORGANISER, titles={"en": "Not answered"})
    taker = new_chat(712)
    await open_card(taker, full)
    await rsvp(taker, "going")
    member = new_chat(711)
    await member.send("/myevents")
    assert "You hold no seat at an upcoming event" in member.last_text()
    for event_id in (going, full, closed):
        await open_card(member, event_id)
        await rsvp(member, "going")
    await member.send("/myevents")
    shown = member.last_text()
    assert "Only organisers" not in shown and "Your seats" in shown
    assert "Dialogue on ports" in shown and "Your answer: going" in shown
    assert "Roundtable on tenders" in shown and "on the waitlist, position 1" in shown
    assert "Closed room" in shown and "waiting for the organiser's approval" in shown
    assert "Not answered" not in shown
    await member.press("Roundtable on tenders")
    assert "Roundtable on tenders" in member.last_text() and "position 1" in member.last_text()


async def test_a_full_events_going_button_says_it_joins_the_waitlist(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await add_member(runtime, 711)
    await add_member(runtime, 712)
    event = await add_event(runtime, ORGANISER, capacity=1)
    first = new_chat(711)
    await open_card(first, event)
    assert "Going" in [b["text"] for b in first.buttons(first.last())]
    await rsvp(first, "going")
    assert "✓ Going" in [b["text"] for b in first.buttons(first.last())], "their own seat still reads Going"
    second = new_chat(712)
    await open_card(second, event)
    labels = [b["text"] for b in second.buttons(second.last())]
    assert "Join the waitlist" in labels and "Going" not in labels
    await second.press("Join the waitlist")
    assert {r.telegram_id: r.status for r in await rows(runtime, Rsvp)} == {711: "going", 712: "waitlist"}


async def test_a_card_never_says_the_venue_comes_from_a_time_already_past(runtime, new_chat):
    clock = use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await add_member(runtime, 711)
    event = await add_event(
        runtime,
        ORGANISER,
        reveal_hours=24,
        starts_at=START + timedelta(days=2),
        ends_at=START + timedelta(days=2, hours=3),
    )
    member = new_chat(711)
    await open_card(member, event)
    assert "shared with confirmed attendees from" in member.last_text(), "a day ahead: when it will be shown"
    clock.advance(days=1, hours=12)  # 12 hours before the start, the reveal time is past
    await open_card(member, event)
    assert "shared with confirmed attendees." in member.last_text()
    assert "attendees from" not in member.last_text()


async def test_my_events_naming_a_chatham_house_event_cannot_be_forwarded(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await add_member(runtime, 711)
    closed = await add_event(runtime, ORGANISER, titles={"en": "Off the record"}, chatham_house=True)
    member = new_chat(711)
    await open_card(member, closed)
    await rsvp(member, "going")
    for chat in (member, new_chat(ORGANISER)):
        await chat.send("/myevents")
        [listing] = [c for c in chat.last_calls if c.method == "sendMessage"]
        assert "Off the record" in str(listing.params), "named in the text or on a button"
        assert listing.params.get("protect_content") in (True, "true"), chat.user_id


async def _message_ready(runtime, new_chat):  # type: ignore[no-untyped-def]
    """An organiser on the preview of their message to "Dialogue on ports", where two members are going and one
    said maybe."""
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, titles={"en": "Dialogue on ports"})
    for user_id, choice in ((721, "going"), (722, "going"), (723, "maybe")):
        await add_member(runtime, user_id)
        member = new_chat(user_id)
        await open_card(member, event_id)
        await rsvp(member, choice)
    organiser = new_chat(ORGANISER)
    await organiser.send("/myevents")
    await organiser.press("Dialogue on ports")
    await organiser.press("Message attendees")
    assert "Send the message for everyone who is going" in organiser.last_text()
    await organiser.send("Bring a pen")
    assert "will go to 2 attendees" in organiser.last_text() and "Bring a pen" in organiser.last_text()
    return organiser, event_id


async def test_back_from_the_message_preview_retypes_it_and_send_reaches_everyone_going(runtime, new_chat):
    organiser, event_id = await _message_ready(runtime, new_chat)
    preview = organiser.last_with_buttons()
    assert [b["text"] for b in organiser.buttons(preview)] == ["Send", "« Back", "Cancel"]
    await organiser.press("Back", preview)
    assert "Send the message for everyone who is going" in organiser.last_text(), "the text step again"
    assert [b["text"] for b in organiser.buttons(organiser.last())] == ["Cancel"]
    await organiser.press("Send", preview)
    assert organiser.toast() == "This button has expired.", "the preview left is an old screen"
    await organiser.send("x" * 3001)
    assert "at most 3,000" in organiser.last_text()
    await organiser.send("  Bring an ID, not a pen  ")
    assert "will go to 2 attendees" in organiser.last_text() and "Bring an ID, not a pen" in organiser.last_text()
    await organiser.press("Send")
    assert "on its way to 2 attendees" in organiser.last_text()
    sent = await rows(runtime, Delivery, kind="event-message")
    assert sorted(d.telegram_id for d in sent) == [721, 722], "everyone going, not who said maybe"
    assert not await rows(runtime, Conversation), "the run is over"
    await organiser.press("Send", preview)
    assert organiser.toast() == "This button has expired.", "a Send after the message went is stale"
    assert len(await rows(runtime, Delivery, kind="event-message")) == 2, "and sends nothing"
    await organiser.press("Manage")
    assert "Dialogue on ports" in organiser.last_text()


async def test_a_message_to_an_event_cancelled_meanwhile_is_not_sent(runtime, new_chat):
    organiser, event_id = await _message_ready(runtime, new_chat)
    async with runtime.hub.sessions.begin() as session:
        event = await session.get(Event, event_id)
        assert event is not None
        event.status = EventStatus.CANCELLED
    await organiser.press("Send")
    assert organiser.toast() == "This event can no longer be changed."
    assert not await rows(runtime, Delivery, kind="event-message")
    assert not await rows(runtime, Conversation), "the run ended"


async def test_cancel_on_the_message_preview_sends_nothing_and_shows_the_event(runtime, new_chat):
    organiser, event_id = await _message_ready(runtime, new_chat)
    preview = organiser.last_with_buttons()
    await organiser.press("Cancel", preview)
    assert "Dialogue on ports" in organiser.last_text() and "Message attendees" in str(organiser.last())
    await organiser.press("Send", preview)
    assert organiser.toast() == "This button has expired."
    assert not await rows(runtime, Delivery, kind="event-message")


async def test_a_cancel_on_a_message_screen_from_before_the_flow_still_cancels(runtime, new_chat):
    # the Send and Cancel of the message before it was a declared flow were ManageEvent presses with the run's token
    organiser, event_id = await _message_ready(runtime, new_chat)
    async with runtime.hub.sessions.begin() as session:  # that run stayed on the text step once the text was typed
        [conversation] = (await session.execute(select(Conversation))).scalars().all()
        conversation.step = "text"
    old_screen = organiser.last_with_buttons()["message_id"]
    await organiser.press_data(f"oe:msgsend:{event_id}:{conversation.token}", old_screen)
    assert organiser.toast() == "This button has expired.", "its run is on the text step, as it was then"
    await organiser.press_data(f"oe:msgcancel:{event_id}:{conversation.token}", old_screen)
    assert "Dialogue on ports" in organiser.last_text() and not await rows(runtime, Conversation)
    assert not await rows(runtime, Delivery, kind="event-message")


async def _lose(runtime, what: str) -> None:  # type: ignore[no-untyped-def]
    """What happens to the organiser or their event while they are in the middle of a flow about it."""
    async with runtime.hub.sessions.begin() as session:
        event = (await session.execute(select(Event))).scalars().one()
        organiser = await session.get(Member, ORGANISER)
        assert organiser is not None
        if what == "role":
            organiser.role = "member"
        elif what == "event":  # the event is another organiser's now (an admin's doing, or an old row)
            event.organiser_id = 799
        elif what == "suspended":
            organiser.suspended_at = START


LOST = {
    "role": "Only organisers",
    "event": "This button has expired.",
    "suspended": "access to the hub is suspended",
}


@pytest.mark.parametrize("what", LOST)
async def test_the_message_to_everyone_going_rechecks_its_organiser_at_the_send(runtime, new_chat, what):
    organiser, event_id = await _message_ready(runtime, new_chat)
    await add_member(runtime, 799, role="organiser")
    preview = organiser.last_with_buttons()
    await _lose(runtime, what)
    await organiser.press("Send", preview)
    said = " ".join([organiser.toast() or "", *organiser.replies()])
    assert LOST[what] in said, said
    assert not await rows(runtime, Delivery, kind="event-message")


async def _editing_the_start(runtime, new_chat):  # type: ignore[no-untyped-def]
    """An organiser editing their event's start, back on the preview with a new time, before Save."""
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await add_member(runtime, 799, role="organiser")
    await add_event(runtime, ORGANISER, titles={"en": "Dialogue on ports"})
    organiser = new_chat(ORGANISER)
    await organiser.send("/myevents")
    await organiser.press("Dialogue on ports")
    await organiser.press("Edit")
    await organiser.press("Start")
    await organiser.send("2026-12-20 10:00")
    await organiser.send("2026-12-20 13:00")  # after the old end: the end is asked again
    assert "Save changes" in str(organiser.last())
    return organiser


@pytest.mark.parametrize("what", [*LOST, "started"])
async def test_an_event_edit_rechecks_its_organiser_and_the_event_at_the_save(runtime, new_chat, what):
    organiser = await _editing_the_start(runtime, new_chat)
    [before] = await rows(runtime, Event)
    if what == "started":
        runtime.clock.now = before.starts_at + timedelta(minutes=5)
    else:
        await _lose(runtime, what)
    await organiser.press("Save changes")
    said = " ".join([organiser.toast() or "", *organiser.replies()])
    expected = {**LOST, "event": "This event no longer exists.", "started": "This event can no longer be changed."}
    assert expected[what] in said, said
    [after] = await rows(runtime, Event)
    assert after.starts_at == before.starts_at, "nothing saved"
