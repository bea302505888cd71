"""Reminders through the due-work tick with a clock the test moves, including restarts; the last-seat race."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.runtime import Runtime
from handlers.events.cards import EventPress
from handlers.kit.messages import Incoming
from storage.models import Delivery, Reminder, Rsvp
from tests.chat import Chat
from tests.conftest import bot_settings
from tests.e2e.test_events import ORGANISER, manage, open_card, rsvp
from tests.events_support import START, Clock, add_event, add_member, rows, use_clock

EVENT_START = START + timedelta(days=8)

pytestmark = pytest.mark.both_databases  # reminders claimed once, and the last seat, on PostgreSQL too


def reminders_to(api, chat_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        str(c.params["text"])
        for c in api.calls
        if c.method == "sendMessage"
        and c.params.get("chat_id") == chat_id
        and "Потсетник" in str(c.params.get("text"))
        or c.method == "sendMessage"
        and c.params.get("chat_id") == chat_id
        and "Reminder" in str(c.params.get("text"))
    ]


def restarted(api, engine, database_url, clock: Clock) -> Runtime:  # type: ignore[no-untyped-def]
    return Runtime(bot_settings(api, engine, database_url), polling_timeout=1, strict_translations=True, clock=clock)


async def test_reminders_go_out_once_even_across_restarts(api, engine, database_url):
    clock = Clock(START)
    async with restarted(api, engine, database_url, clock) as runtime:
        await add_member(runtime, ORGANISER, role="organiser")
        event_id = await add_event(runtime, ORGANISER, reveal_hours=2)
        for user_id, locale in ((750, "mk"), (751, "en")):
            await add_member(runtime, user_id, locale=locale)
            member = Chat(api, runtime.hub, user_id=user_id, language_code=locale)
            await open_card(member, event_id)
            await rsvp(member, "going")
        assert len(await rows(runtime, Reminder)) == 4, "24 h and 1 h reminders for each attendee"
    # the process stops; it comes back just after the 24-hour mark
    clock.now = EVENT_START - timedelta(hours=24) + timedelta(minutes=5)
    async with restarted(api, engine, database_url, clock) as runtime:
        await runtime.due.run_once()
        await runtime.due.run_once()
        [macedonian] = reminders_to(api, 750)
        assert "Дијалог за еколошки криминал" in macedonian and "24" in macedonian
        assert "Hotel Continental" not in macedonian, "the venue is revealed only 2 hours before"
        [english] = reminders_to(api, 751)
        assert "starts in 24 hours" in english
    async with restarted(api, engine, database_url, clock) as runtime:
        await runtime.due.run_once()
        assert len(reminders_to(api, 750)) == 1, "a restart does not send it again"
        clock.now = EVENT_START - timedelta(minutes=59)
        await runtime.due.run_once()
        assert len(reminders_to(api, 751)) == 2
        assert "in one hour" in reminders_to(api, 751)[-1] and "Hotel Continental" in reminders_to(api, 751)[-1]
        sent = [d.status for d in await rows(runtime, Delivery)]
        assert sent == ["sent"] * 4
    assert api.errors() == []


async def test_late_withdrawn_and_cancelled_reminders_are_not_sent(runtime, api, new_chat):
    clock = use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER)
    cancelled_id = await add_event(runtime, ORGANISER, titles={"en": "Cancelled dialogue"})
    stays, leaves = new_chat(760), new_chat(761)
    for member in (stays, leaves):
        await add_member(runtime, member.user_id)
        for event in (event_id, cancelled_id):
            await open_card(member, event)
            await rsvp(member, "going")
    await open_card(leaves, event_id)
    await rsvp(leaves, "not_going")
    organiser = new_chat(ORGANISER)
    await manage(organiser, "Cancelled dialogue")
    await organiser.press("Cancel the event")
    await organiser.press("Yes, cancel it")
    # the bot was down from before the 24-hour mark until two hours after it
    clock.now = EVENT_START - timedelta(hours=22)
    await runtime.due.run_once()
    assert reminders_to(api, 760) == [] and reminders_to(api, 761) == []
    skipped = [r.outcome for r in await rows(runtime, Reminder, kind="24h")]
    assert skipped == ["skipped"], "too late to be useful: skipped, not sent late"
    clock.now = EVENT_START - timedelta(minutes=30)
    await runtime.due.run_once()
    assert len(reminders_to(api, 760)) == 1 and reminders_to(api, 761) == []


async def test_two_members_press_going_for_the_last_seat_at_once(runtime, api):
    """Both presses run concurrently through the hub: exactly one gets the seat, the other the waitlist.

    On SQLite the first write already serialises the two transactions; the event row lock is what keeps
    this true on PostgreSQL, where the same test runs once the suite runs there (issue 8).
    """
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER, capacity=1)
    for user_id in (770, 771):
        await add_member(runtime, user_id)
    data = EventPress("rsvp", event_id, "going").pack()
    presses = [
        Incoming(user_id=user_id, chat_id=user_id, callback_id=f"q{user_id}", callback_data=data)
        for user_id in (770, 771)
    ]
    await asyncio.gather(*(runtime.hub.dispatch(press, SilentMessenger()) for press in presses))
    statuses = sorted(r.status for r in await rows(runtime, Rsvp))
    assert statuses == ["going", "waitlist"]


class SilentMessenger:
    """Takes the replies of a dispatch driven directly (the race test needs both presses in flight at once)."""

    async def send(self, chat_id: int, screen: object) -> int:
        return 1

    async def edit(self, chat_id: int, message_id: int, screen: object) -> None:
        return None

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        return None

    async def send_document(self, chat_id: int, document: object) -> None:
        return None

    async def set_commands(self, commands: object, language_code: str | None) -> None:
        return None


async def test_delivery_outcomes_follow_telegram_answers(runtime, api, new_chat):
    """A 429 for one member holds back their reminder only; 403 marks the row blocked; a 500 is retried with
    backoff."""
    clock = use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    event_id = await add_event(runtime, ORGANISER)
    for user_id in (780, 781, 782):
        await add_member(runtime, user_id)
        member = new_chat(user_id)
        await open_card(member, event_id)
        await rsvp(member, "going")
    await runtime.due.stop()  # the test drives delivery itself from here on

    async def statuses() -> dict[int, tuple[str, int]]:
        return {d.telegram_id: (d.status, d.attempts) for d in await rows(runtime, Delivery)}

    api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 1", chat_id=780)
    api.block_chat(782)
    clock.now = EVENT_START - timedelta(hours=23, minutes=50)
    await runtime.due.run_once()
    assert await statuses() == {780: ("pending", 0), 781: ("sent", 1), 782: ("blocked", 1)}, "only 780 waits"
    clock.advance(seconds=0.5)
    await runtime.due.run_once()
    assert len(reminders_to(api, 780)) == 1, "only the first try, answered 429, before the hold ends"
    api.fail_next("sendMessage", status=500, description="Internal Server Error")
    clock.advance(seconds=1)
    await runtime.due.run_once()
    assert await statuses() == {780: ("pending", 1), 781: ("sent", 1), 782: ("blocked", 1)}
    clock.advance(seconds=3)
    await runtime.due.run_once()
    assert await statuses() == {780: ("sent", 2), 781: ("sent", 1), 782: ("blocked", 1)}
    assert len(reminders_to(api, 781)) == 1
