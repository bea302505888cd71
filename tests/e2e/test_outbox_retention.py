"""The outbox forgets what it delivered (issue 19, finding 4): a delivered message's payload is blanked, and its
row deleted after DELIVERIES_KEPT, by the due-work tick; a campaign's counts stay for its report."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scheduler.due import DELIVERIES_KEPT
from storage import campaign_repos
from storage.models import Campaign, Delivery, DigestItem, utcnow
from tests.chat import Chat
from tests.e2e.test_forget import broadcast
from tests.e2e.test_subscriptions import subscribe, texts_to
from tests.events_support import Clock, add_event, add_member, rows, start_link, use_clock

pytestmark = pytest.mark.both_databases

ORGANISER, ATTENDEE, WEEKLY = 900, 911, 962
SECRET = "The back door, at seven; ask for Mira."


async def an_organisers_week(runtime, api, new_chat) -> Clock:  # type: ignore[no-untyped-def]
    """A message to an event's attendees, a broadcast, and the weekly digest that carries it, all delivered. The
    clock starts at the real time: rows the handlers write are stamped by it."""
    clock = use_clock(runtime, utcnow())
    assert runtime.due is not None
    await runtime.due.stop()  # the test says when the due work runs
    await add_member(runtime, ORGANISER, role="organiser")
    for user_id in (ATTENDEE, WEEKLY):
        await add_member(runtime, user_id)
        api.open_chat(user_id)
    await subscribe(runtime, WEEKLY, rhythm="weekly", next_digest_at=clock.now + timedelta(hours=1))
    event = await add_event(
        runtime,
        ORGANISER,
        titles={"en": "Dialogue on ports"},
        starts_at=clock.now + timedelta(days=8),
        ends_at=clock.now + timedelta(days=8, hours=2),
    )
    attendee: Chat = new_chat(ATTENDEE)
    await attendee.send(await start_link(runtime.hub, event))
    await attendee.press("Going")
    organiser: Chat = new_chat(ORGANISER)
    await organiser.send("/myevents")
    await organiser.press("Dialogue on ports")
    await organiser.press("Message attendees")
    await organiser.send(SECRET)
    await organiser.press("Send")
    await broadcast(organiser, "Network news for the week", 3)
    await runtime.due.run_once()
    clock.advance(hours=1)
    await runtime.due.run_once()  # the weekly digest
    assert [m for m in attendee.messages() if "Mira" in m.get("text", "")]
    assert len(texts_to(api, WEEKLY, "Network news for the week")) == 1
    return clock


async def test_what_a_delivered_message_carried_is_blanked_and_the_report_keeps_its_counts(runtime, api, new_chat):
    clock = await an_organisers_week(runtime, api, new_chat)
    [campaign] = await rows(runtime, Campaign)
    report = await _report(runtime, campaign.id)
    clock.advance(minutes=10)
    await runtime.due.run_once()
    deliveries = await rows(runtime, Delivery)
    assert {d.kind for d in deliveries} >= {"event-message", "campaign", "digest"}
    assert [(d.kind, d.payload) for d in deliveries if d.payload] == [], "nothing of what was sent is kept"
    assert {d.status for d in deliveries} == {"sent"}
    assert await _report(runtime, campaign.id) == report and report["sent"] == 3, "two at once, one in a digest"


async def test_delivered_rows_are_purged_after_the_retention_and_a_digest_is_not_sent_again(runtime, api, new_chat):
    clock = await an_organisers_week(runtime, api, new_chat)
    [campaign] = await rows(runtime, Campaign)
    report = await _report(runtime, campaign.id)
    clock.advance(days=DELIVERIES_KEPT.days - 1)
    await runtime.due.run_once()
    assert len(await rows(runtime, Delivery)) == 4, "kept until the retention has passed"
    clock.advance(days=2)
    async with runtime.hub.sessions.begin() as session:  # made at the start of the week, still to be sent
        session.add(
            Delivery(
                telegram_id=ATTENDEE,
                kind="role-changed",
                payload={"role": "member"},
                created_at=clock.now - timedelta(days=33),
                next_attempt_at=clock.now + timedelta(days=1),
            )
        )
    await runtime.due.run_once()
    kept = await rows(runtime, Delivery)
    assert sorted((d.kind, d.status) for d in kept) == [
        ("campaign", "sent"),
        ("campaign", "sent"),
        ("digest", "sent"),
        ("role-changed", "pending"),
    ], "what a campaign's report counts stays, blank"
    assert await _report(runtime, campaign.id) == report, "a campaign's rows stay for its report"
    assert [item.delivery_id is not None for item in await rows(runtime, DigestItem)] == [True], "still delivered"
    clock.advance(days=7)
    await runtime.due.run_once()
    assert len(texts_to(api, WEEKLY, "Network news for the week")) == 1, "the old update is not sent again"


async def _report(runtime, campaign_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    async with runtime.hub.sessions() as session:
        return await campaign_repos.report(session, campaign_id)
