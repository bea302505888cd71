"""Events end to end on both engines: announcing, RSVP, waitlist, approvals, edits, cancellation, calendar."""

from __future__ import annotations

import re
from datetime import timedelta

import icalendar
import pytest

from storage.models import AuditEntry, Event, Rsvp
from tests.chat import Chat
from tests.events_support import START, add_event, add_member, rows, start_link, use_clock

pytestmark = pytest.mark.both_databases

ORGANISER = 700


async def notice_to(api, chat: Chat, contains: str, start: int = 0) -> str:  # type: ignore[no-untyped-def]
    """Wait for a message the bot sent by itself (a notice from the outbox) to this chat."""
    call = await api.wait_for(
        lambda c: (
            c.method == "sendMessage"
            and c.params.get("chat_id") == chat.chat_id
            and contains in str(c.params.get("text"))
        ),
        start=start,
    )
    return str(call.params["text"])


async def test_organiser_announces_an_event_through_the_wizard(runtime, new_chat):
    clock = use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    organiser = new_chat(ORGANISER)
    await organiser.send("/newevent")
    assert "which language" in organiser.last_text()
    await organiser.press("English")
    await organiser.send("Resilience dialogue: <environmental> crime & borders")
    await organiser.send("Two days on illegal logging and waste trafficking.")
    await organiser.press("Македонски")
    await organiser.send("Дијалог за отпорност")
    await organiser.press_action("skip")
    assert "English, Македонски" in organiser.last_text()
    await organiser.press("Done")
    await organiser.press("Regional")
    await organiser.press("Hybrid")
    await organiser.press("North Macedonia")
    await organiser.press("Environmental crime")
    await organiser.press("Done")
    await organiser.send("yesterday at noon")
    assert "could not read that date" in organiser.replies()[0]
    await organiser.send("2026-11-20 10:00")
    assert "already passed" in organiser.replies()[0]
    await organiser.send("3.12.2026 14:00")
    await organiser.send("13:00")
    assert "must be after the start" in organiser.replies()[0]
    await organiser.send("17:30")
    await organiser.send("Hotel Continental, Skopje")
    await organiser.send("not a link")
    assert "https://" in organiser.replies()[0]
    await organiser.send("https://meet.example.org/dialogue")
    await organiser.send("abc")
    assert "whole number" in organiser.replies()[0]
    await organiser.send("30")
    await organiser.press("No")
    await organiser.press("Yes")
    await organiser.press("24 h before")
    preview = organiser.last_text()
    for expected in (
        "Preview",
        "Resilience dialogue: <environmental> crime & borders",
        "Hotel Continental",
        "Chatham House",
        "30 of 30",
        "Thursday, 3 December 2026, 14:00 – 17:30",  # one day: its date once
        "Confirmed attendees see the venue and link from Wednesday, 2 December 2026, 14:00 (24 h before the start)",
    ):
        assert expected in preview, expected
    await organiser.press("Start")  # the preview's Edit buttons reach any field, then come back
    await organiser.send("2026-12-03 15:00")
    assert "Thursday, 3 December 2026, 15:00" in organiser.last_text()
    await organiser.press("Publish")
    [event] = await rows(runtime, Event)
    assert f"t.me/{runtime.hub.bot_username}?start=ev_{event.code}" in organiser.last_text()
    assert re.fullmatch(r"[A-Za-z0-9_-]{8,12}", event.code), "a random code, not the row id, names the event"
    assert (event.scope, event.format, event.country, event.capacity, event.chatham_house, event.reveal_hours) == (
        "regional",
        "hybrid",
        "mk",
        30,
        True,
        24,
    )
    assert event.starts_at == START.replace(day=3, month=12, hour=14)  # 15:00 in Belgrade is 14:00 UTC
    assert {t.locale: t.title for t in event.texts}["mk"] == "Дијалог за отпорност"
    [audit] = await rows(runtime, AuditEntry)
    assert (audit.action, audit.actor_id) == ("event-published", ORGANISER)
    assert clock.now == START


async def test_a_member_who_is_not_an_organiser_cannot_announce(runtime, new_chat):
    await add_member(runtime, 701, locale="mk")
    member = new_chat(701, "mk")
    await member.send("/newevent")
    assert "организатори" in member.last_text()
    await member.send("/myevents")
    assert "организатори" not in member.last_text(), "/myevents shows a member their own seats instead"


async def test_member_in_macedonian_opens_a_deep_link_and_rsvps(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, chatham_house=True)
    await add_member(runtime, 702, locale="mk")
    member = new_chat(702, "mk")
    await member.send(await start_link(runtime.hub, event_id))
    card = member.last()
    text = member.last_text()
    assert "Дијалог за еколошки криминал" in text and "Hotel Continental" not in text
    assert card.get("has_protected_content") is True, "Chatham House messages cannot be forwarded"
    await member.press_data(member.button_for("rsvp", card)["callback_data"], card["message_id"])
    assert "Hotel Continental" in member.last_text(), "a confirmed attendee sees the venue"
    [rsvp] = await rows(runtime, Rsvp)
    assert rsvp.status == "going"


async def manage(organiser: Chat, title: str = "Dialogue on environmental crime") -> None:
    """The organiser opens /myevents and then the event."""
    await organiser.send("/myevents")
    await organiser.press(title)


async def rsvp(chat: Chat, choice: str) -> None:
    """Press Going / Maybe / Not going on the newest event card, whatever the language."""
    card = chat.last_with_buttons()
    button = next(
        b
        for b in chat.buttons(card)
        if b.get("callback_data", "").endswith(f":{choice}") and ":rsvp:" in b["callback_data"]
    )
    await chat.press_data(button["callback_data"], card["message_id"])


async def open_card(chat: Chat, event_id: int) -> None:
    await chat.send(await start_link(chat.hub, event_id))


async def test_full_event_waitlists_and_promotes_in_order(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, capacity=1)
    chats = {}
    for user_id, locale in ((710, "mk"), (711, "en"), (712, "en")):
        await add_member(runtime, user_id, locale=locale)
        chats[user_id] = new_chat(user_id, locale)
        await open_card(chats[user_id], event_id)
        await rsvp(chats[user_id], "going")
    assert "Hotel Continental" in chats[710].last_text()
    assert "waitlist, position 1" in chats[711].last_text()
    assert "waitlist, position 2" in chats[712].last_text()
    assert "Hotel Continental" not in chats[711].last_text(), "the waitlist does not see the venue"
    assert "Seats left:</b> 0 of 1" in chats[712].last()["text"]
    mark = len(api.calls)
    await rsvp(chats[710], "not_going")
    notice = await notice_to(api, chats[711], "seat became free", start=mark)
    assert "Dialogue on environmental crime" in notice
    statuses = {r.telegram_id: r.status for r in await rows(runtime, Rsvp)}
    assert statuses == {710: "not_going", 711: "going", 712: "waitlist"}
    await open_card(chats[712], event_id)
    assert "waitlist, position 1" in chats[712].last_text()


async def test_pressing_going_twice_or_after_the_start_changes_nothing(runtime, new_chat):
    clock = use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, capacity=1)
    await add_member(runtime, 713)
    member = new_chat(713)
    await open_card(member, event_id)
    await rsvp(member, "going")
    await rsvp(member, "going")
    assert [r.status for r in await rows(runtime, Rsvp)] == ["going"]
    clock.advance(days=9)
    await rsvp(member, "not_going")
    assert member.toast() == "This event is closed for answers."
    assert [r.status for r in await rows(runtime, Rsvp)] == ["going"]


async def test_unregistered_user_is_asked_to_register_before_seeing_or_answering(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER)
    stranger = new_chat(714)
    for asked in ("/events", await start_link(runtime.hub, event_id)):
        await stranger.send(asked)
        assert "for registered members" in stranger.last_text(), asked
        assert "Dialogue on environmental crime" not in stranger.last_text()
        assert stranger.button("Register", stranger.last())["callback_data"] == "cmd:register"
    for forged in (f"ev:open:{event_id}:-", f"ev:ics:{event_id}:-", "ev:page:0:x-x"):
        await stranger.press_data(forged, stranger.last()["message_id"])
        assert "for registered members" in stranger.toast(), forged
        assert "Dialogue on environmental crime" not in " ".join(stranger.replies())
    await stranger.press_data(f"ev:rsvp:{event_id}:going", stranger.last()["message_id"])
    assert "register first" in stranger.last_text()
    assert await rows(runtime, Rsvp) == []


async def test_approval_required_event_waits_for_the_organiser(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, needs_approval=True, capacity=5)
    organiser = new_chat(ORGANISER)
    for user_id, name in ((720, "Arta <b>"), (721, "Bojan")):
        await add_member(runtime, user_id, locale="mk" if user_id == 720 else "en", name=name)
        member = new_chat(user_id, "mk" if user_id == 720 else "en")
        await open_card(member, event_id)
        await rsvp(member, "going")
        assert "Hotel Continental" not in member.last_text()
    await manage(organiser)
    assert "Awaiting approval: 2" in organiser.last_text()
    await organiser.press("Requests (2)")
    assert "Arta <b>" in organiser.last_text(), "the organiser sees who asked, escaped"
    assert "Organisation: Org 720 (verified) — registered it" in organiser.last_text(), "and how they belong to it"
    mark = len(api.calls)
    await organiser.press("Approve")
    assert "Bojan" in organiser.last_text()
    await organiser.press("Decline")
    assert "No registrations are waiting" in organiser.last_text()
    await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == 720, start=mark)
    declined = await notice_to(api, new_chat(721), "could not accept", start=mark)
    assert "Dialogue on environmental crime" in declined
    statuses = {r.telegram_id: r.status for r in await rows(runtime, Rsvp)}
    assert statuses == {720: "going", 721: "declined"}


async def test_edit_of_time_tells_attendees_and_cancel_tells_everyone(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, capacity=1)
    organiser = new_chat(ORGANISER)
    going, waiting = new_chat(730), new_chat(731, "mk")
    await add_member(runtime, 730)
    await add_member(runtime, 731, locale="mk")
    for member in (going, waiting):
        await open_card(member, event_id)
        await rsvp(member, "going")
    await manage(organiser)
    await organiser.press("Edit")
    await organiser.press("Start")
    mark = len(api.calls)
    await organiser.send("2026-12-04 10:00")
    assert "When does it end" in organiser.last_text(), "a start after the old end asks for a new end"
    await organiser.send("13:00")
    await organiser.press("Save")
    assert "Changes saved" in organiser.last_text()
    changed = await notice_to(api, going, "changed", start=mark)
    assert "Friday, 4 December 2026, 10:00" in changed and "Hotel Continental" in changed
    await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == 731, start=mark)
    assert "Hotel Continental" not in waiting.last()["text"], "the waitlist still does not see the venue"
    await organiser.press("Manage")
    await organiser.press("Cancel the event")
    mark = len(api.calls)
    await organiser.press("Yes, cancel it")
    assert organiser.toast() == "Cancelled; 2 people were told."
    await notice_to(api, going, "has been cancelled", start=mark)
    await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == 731, start=mark)
    await open_card(going, event_id)
    assert "has been cancelled" in going.last_text()
    assert not [b for b in going.buttons(going.last()) if ":rsvp:" in b.get("callback_data", "")]
    actions = [a.action for a in await rows(runtime, AuditEntry)]
    assert actions == ["event-edited", "event-cancelled"]


async def test_more_seats_let_the_waitlist_in(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, capacity=1)
    first, second = new_chat(732), new_chat(733, "mk")
    await add_member(runtime, 732)
    await add_member(runtime, 733, locale="mk")
    for member in (first, second):
        await open_card(member, event_id)
        await rsvp(member, "going")
    organiser = new_chat(ORGANISER)
    await manage(organiser)
    await organiser.press("Edit")
    await organiser.press("Seats")
    await organiser.send("2")
    mark = len(api.calls)
    await organiser.press("Save")
    promoted = await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == 733, start=mark)
    assert "Дијалог за еколошки криминал" in str(promoted.params["text"])
    assert not [c for c in api.calls[mark:] if c.params.get("chat_id") == 732], "nothing changed for the first"
    assert sorted(r.status for r in await rows(runtime, Rsvp)) == ["going", "going"]


async def test_calendar_file_parses_back_and_hides_the_venue_until_confirmed(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER)
    await add_member(runtime, 740, locale="mk")
    member = new_chat(740, "mk")
    await open_card(member, event_id)
    await member.press_data(member.button_for("ics", member.last())["callback_data"], member.last()["message_id"])
    hidden = icalendar.Calendar.from_ical(member.last()["_content"]).walk("VEVENT")[0]
    assert "LOCATION" not in hidden
    await open_card(member, event_id)
    await rsvp(member, "going")
    await member.press_data(
        member.button_for("ics", member.last_with_buttons())["callback_data"], member.last_with_buttons()["message_id"]
    )
    [event] = await rows(runtime, Event)
    assert member.last()["document"]["file_name"] == f"event-{event.code}.ics", "named by its code, not its row id"
    entry = icalendar.Calendar.from_ical(member.last()["_content"]).walk("VEVENT")[0]
    assert str(entry["UID"]) == f"event-{event.code}@resilience-hub"
    assert str(entry["SUMMARY"]) == "Дијалог за еколошки криминал", "the summary is in the member's language"
    assert str(entry["LOCATION"]) == "Hotel Continental, Skopje"
    assert entry.decoded("DTSTART") == START.replace(day=3, month=12)
    assert entry["DTSTART"].to_ical() == b"20261203T120000Z", "times are written in UTC"


async def test_events_list_pages_filters_and_shows_the_reading_language(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    for day in range(7):
        await add_event(
            runtime,
            ORGANISER,
            titles={"en": f"Dialogue {day}"},
            country="xk" if day == 6 else "mk",
            starts_at=START + timedelta(days=day + 1),
            ends_at=START + timedelta(days=day + 1, hours=2),
            chatham_house=day == 0,
        )
    await add_event(
        runtime,
        ORGANISER,
        titles={"en": "Already over"},
        starts_at=START - timedelta(days=1),
        ends_at=START - timedelta(hours=20),
    )
    await add_member(runtime, 780, locale="mk")
    member = new_chat(780, "mk")
    await member.send("/events")
    first = member.last_text()
    assert "Dialogue 0" in first and "Dialogue 4" in first and "Dialogue 5" not in first
    assert "Already over" not in first
    assert first.count("(јазик на текстот: англиски)") == 5, "the member is told which language they are reading"
    assert first.count("Важи правилото на Чатам Хаус") == 1 and first.count("Регионален") == 5
    await member.press("›")
    assert "Dialogue 5" in member.last_text() and "Dialogue 0" not in member.last_text()
    await member.press_data(member.button_for("fc", member.last())["callback_data"], member.last()["message_id"])
    await member.press("Косово")
    filtered = member.last_text()
    assert "Dialogue 6" in filtered and "Dialogue 0" not in filtered
    await member.press_data("ev:page:0:zz-x", member.last()["message_id"])
    assert member.toast() == "Ова копче повеќе не важи.", "a forged filter changes nothing"


async def test_organiser_messages_attendees_and_exports_the_list(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, chatham_house=True)
    for user_id, name in ((790, "Arta"), (791, "Bojan")):
        await add_member(runtime, user_id, name=name)
        member = new_chat(user_id)
        await open_card(member, event_id)
        await rsvp(member, "going" if user_id == 790 else "maybe")
    organiser = new_chat(ORGANISER)
    await manage(organiser)
    await organiser.press("Message attendees")
    await organiser.send("x" * 3001)
    assert "at most 3,000" in organiser.last_text()
    await organiser.send("Bring <your> ID & a pen")
    assert "one attendee" in organiser.last_text()
    mark = len(api.calls)
    await organiser.press("Send")
    message = await notice_to(api, new_chat(790), "Message from the organiser", start=mark)
    assert "Bring &lt;your&gt; ID &amp; a pen" in message
    call = await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == 790, start=mark)
    assert call.params.get("protect_content") in (True, "true"), "Chatham House notices cannot be forwarded"
    assert not [c for c in api.calls[mark:] if c.params.get("chat_id") == 791], "only attendees who are going"
    await organiser.press("Manage")
    await organiser.press("Attendee list")
    exported = organiser.last()
    assert exported["document"]["file_name"] == f"event-{event_id}-attendees.csv"
    lines = exported["_content"].decode("utf-8-sig").splitlines()
    assert lines[0] == "name,organisation,organisation_vetting,membership,country,status,updated_at"
    assert len(lines) == 3 and {line.split(",")[0] for line in lines[1:]} == {"Arta", "Bojan"}
    assert {tuple(line.split(",")[2:5]) for line in lines[1:]} == {("verified", "registered it", "North Macedonia")}
    assert "Attendee list: 2 people" in exported["caption"]
    assert [a.action for a in await rows(runtime, AuditEntry)] == ["attendees-messaged", "attendees-exported"]


async def test_forget_gives_the_seat_to_the_waitlist(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, capacity=1)
    leaving, waiting = new_chat(795), new_chat(796, "mk")
    await add_member(runtime, 795)
    await add_member(runtime, 796, locale="mk")
    for member in (leaving, waiting):
        await open_card(member, event_id)
        await rsvp(member, "going")
    await leaving.send("/mydata")
    assert b'"event_answers"' in leaving.last()["_content"]
    await leaving.send("/forget")
    mark = len(api.calls)
    await leaving.press("Yes, erase everything")
    await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == 796, start=mark)
    assert [(r.telegram_id, r.status) for r in await rows(runtime, Rsvp)] == [(796, "going")]


async def test_wizard_answers_bad_input_and_goes_back(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser", locale="mk")
    organiser = new_chat(ORGANISER, "mk")
    await organiser.send("/newevent")
    await organiser.send("a title before choosing a language")
    assert "копчињата" in organiser.replies()[0] and "јазик" in organiser.replies()[1]
    await organiser.press("Македонски")
    await organiser.send("Н" * 121)
    assert "121" in organiser.replies()[0]
    await organiser.send("Дијалог")
    await organiser.press_action("back")
    assert "Дијалог" in organiser.last_text(), "Back shows the answer given"
    await organiser.press_action("cancel")
    assert await rows(runtime, Event) == []
    await organiser.send("/newevent")
    assert "јазик" in organiser.last_text()
