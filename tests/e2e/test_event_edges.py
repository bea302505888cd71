"""Regressions found in review: odd numbers, editing texts, moving an event after a reminder, blocked members,
spreadsheet formulas in names, and text measured the way Telegram measures it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from storage.models import Delivery, EventText, Member, Reminder
from tests.e2e.test_events import ORGANISER, manage, open_card, rsvp
from tests.events_support import START, add_event, add_member, rows, use_clock

pytestmark = pytest.mark.both_databases


async def test_odd_numbers_in_links_and_buttons_get_an_answer_not_an_error(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, 800)
    member = new_chat(800)
    for link in ("/start ev_²", "/start ev_99999999999999999999", "/start ev_-1", "/start ev_"):
        await member.send(link)
        assert "no longer open, or the link is not valid" in member.last_text()
    await member.send("/events")
    await member.press_data("ev:open:2147483647:-", member.last()["message_id"])
    assert member.toast() == "This button has expired.", "no such event"
    await member.press_data("ev:open:99999999999:-", member.last()["message_id"])
    assert member.toast() == "This button has expired.", "beyond any row id the database can hold"
    await member.press_data("ev:rsvp:²:going", member.last()["message_id"])
    assert member.toast() == "This button has expired."


async def test_editing_texts_returns_to_the_preview_and_skip_clears_a_description(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER)
    organiser = new_chat(ORGANISER)
    await manage(organiser)
    await organiser.press("Edit")
    await organiser.press("Title and text")
    await organiser.press("Done")
    assert "Preview" in organiser.last_text(), "Done goes back to the preview, not round in circles"
    await organiser.press("Title and text")
    await organiser.press("English")
    await organiser.send("New title")
    await organiser.send("A description")
    await organiser.press("English")
    await organiser.send("New title")
    await organiser.press_action("skip")
    await organiser.press("Done")
    await organiser.press("Save")
    texts = {t.locale: (t.title, t.description) for t in await rows(runtime, EventText, event_id=event_id)}
    assert texts["en"] == ("New title", "")


async def test_an_event_moves_after_its_first_reminder_went_out(runtime, api, new_chat):
    clock = use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER)
    await add_member(runtime, 801)
    member = new_chat(801)
    await open_card(member, event_id)
    await rsvp(member, "going")
    clock.now = START + timedelta(days=7, minutes=5)  # just past the 24-hour mark
    await runtime.due.run_once()
    organiser = new_chat(ORGANISER)
    await manage(organiser)
    await organiser.press("Edit")
    await organiser.press("Start")
    await organiser.send("2026-12-10 10:00")
    await organiser.send("12:00")
    await organiser.press("Save")
    assert "Changes saved" in organiser.last_text()
    due = sorted((r.kind, r.done_at is None) for r in await rows(runtime, Reminder))
    assert due == [("1h", True), ("24h", True)], "both reminders are due again for the new time"


async def test_a_member_who_blocked_the_bot_is_not_sent_to_until_they_return(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, capacity=1)
    going, waiting = new_chat(802), new_chat(803)
    for member in (going, waiting):
        await add_member(runtime, member.user_id)
        await open_card(member, event_id)
        await rsvp(member, "going")
    api.block_chat(803)
    await rsvp(going, "not_going")  # a seat frees: 803 is promoted, and the notice meets a 403
    await api.wait_until(lambda: any(c.status == 403 for c in api.calls))
    await runtime.due.deliver_due()
    [blocked] = await rows(runtime, Member, telegram_id=803)
    assert blocked.unreachable_since is not None
    calls = len(api.calls)
    await rsvp(going, "going")  # full again: 802 waits; nothing for 803 to hear
    await open_card(going, event_id)
    await runtime.due.deliver_due()
    assert not [c for c in api.calls[calls:] if c.params.get("chat_id") == 803]
    api.unblock_chat(803)
    await waiting.send("/start")
    [back] = await rows(runtime, Member, telegram_id=803)
    assert back.unreachable_since is None
    assert [d.status for d in await rows(runtime, Delivery, telegram_id=803)] == ["blocked"]


async def test_exported_names_cannot_become_spreadsheet_formulas(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER)
    await add_member(runtime, 804, name='=HYPERLINK("http://x","y")')
    member = new_chat(804)
    await open_card(member, event_id)
    await rsvp(member, "going")
    organiser = new_chat(ORGANISER)
    await manage(organiser)
    await organiser.press("Attendee list")
    exported = organiser.last()["_content"].decode("utf-8-sig").splitlines()[1]
    assert exported.startswith("\"'=HYPERLINK")


async def test_an_attendee_message_is_measured_as_telegram_measures_it(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await add_event(runtime, ORGANISER)
    organiser = new_chat(ORGANISER)
    await manage(organiser)
    await organiser.press("Message attendees")
    await organiser.send("🌍" * 1600)  # 1,600 characters, 3,200 UTF-16 units
    assert "at most 3,000" in organiser.last_text()
