"""A member's own events, end to end on both engines: /myevents lists the seats they hold or asked for, a full
event's button says it joins the waitlist, and a card never promises the venue "from" a time already past."""

from __future__ import annotations

from datetime import timedelta

import pytest

from storage.models import Rsvp
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
