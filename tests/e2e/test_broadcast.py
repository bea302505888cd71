"""/broadcast and /campaigns end to end: audience, preview, send now or later, the report, stopping."""

from __future__ import annotations

from datetime import timedelta

import pytest

from storage.models import AuditEntry, Campaign, Conversation, Delivery, Member, Rsvp
from tests.chat import Chat
from tests.events_support import START, add_event, add_member, deliveries_settled, rows, times_received, use_clock

pytestmark = pytest.mark.both_databases

ORGANISER = 900


async def members(runtime, new_chat, spec):  # type: ignore[no-untyped-def]
    """spec: user id → (locale, organisation country)."""
    chats = {}
    for user_id, (locale, country) in spec.items():
        await add_member(runtime, user_id, locale=locale)
        async with runtime.hub.sessions.begin() as session:
            from storage.models import Member

            member = await session.get(Member, user_id)
            member.organisation.country = country
        chats[user_id] = new_chat(user_id, locale)
        await chats[user_id].send("/start")  # members have talked to the bot: Telegram lets it write to them
    return chats


def with_button(chat: Chat, label: str) -> dict:  # type: ignore[type-arg]
    """The newest message with a button whose text or data contains `label`."""
    return next(
        m
        for m in reversed(chat.messages())
        if any(label in b["text"] or label in b.get("callback_data", "") for b in chat.buttons(m))
    )


async def write_message(organiser: Chat, texts: dict[str, str]) -> None:
    await organiser.send("/broadcast")
    for language, text in texts.items():
        await organiser.press(language)
        await organiser.send(text)
    await organiser.press("Done")


async def test_broadcast_reaches_the_filtered_audience_in_each_language(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="admin")  # an admin sees exact counts; an organiser's small ones: below
    chats = await members(runtime, new_chat, {901: ("mk", "mk"), 902: ("en", "mk"), 903: ("en", "al")})
    organiser = new_chat(ORGANISER)
    await write_message(organiser, {"English": "Call for <papers> & partners", "Македонски": "Повик за партнери"})
    await organiser.press("No button")
    assert "reaches <b>4</b> members" in organiser.last()["text"], "everyone registered, the organiser too"
    await organiser.press("Countries")
    await organiser.press("North Macedonia")
    await organiser.press("Done")
    assert "reaches <b>3</b> members" in organiser.last()["text"]
    await organiser.press("Continue (3)")
    assert "goes to 3 members now" in organiser.last_text()
    await organiser.press("Send me a preview")
    assert "Call for <papers> & partners" in organiser.last_text()
    mark = len(api.calls)
    await organiser.press("Send now to 3")
    assert "On its way to 3 members" in organiser.replies()[0]
    macedonian = await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == 901, start=mark)
    assert "Повик за партнери" in str(macedonian.params["text"])
    english = await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == 902, start=mark)
    assert "Call for &lt;papers&gt; &amp; partners" in str(english.params["text"])
    await api.wait_until(lambda: len([c for c in api.calls[mark:] if c.method == "sendMessage"]) >= 3)
    assert not [c for c in api.calls[mark:] if c.params.get("chat_id") == 903], "Albania was filtered out"
    await runtime.due.deliver_due()
    [campaign] = await rows(runtime, Campaign)
    assert (campaign.status, campaign.recipients) == ("done", 3)
    await organiser.press("See the report", with_button(organiser, "See the report"))
    assert "sent: 3" in organiser.replies()[0] and "done" in organiser.replies()[0]
    assert [a.action for a in await rows(runtime, AuditEntry)] == ["broadcast-sent"]
    assert len(chats[903].messages()) == 1, "only the welcome"
    await organiser.send("/campaigns")
    labels = [b["text"] for b in organiser.buttons(organiser.last())]
    assert labels[0].startswith(f"#{campaign.id} · Call for <papers> & partners · "), "each campaign by its title"
    macedonian_admin = new_chat(ORGANISER, language_code="mk")
    await macedonian_admin.send("/language")
    await macedonian_admin.press("Македонски")
    await macedonian_admin.send("/campaigns")
    assert " · Повик за партнери · " in macedonian_admin.buttons(macedonian_admin.last())[0]["text"]


async def test_an_invitation_carries_rsvp_buttons_that_work(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await add_event(runtime, ORGANISER, capacity=10)
    chats = await members(runtime, new_chat, {911: ("mk", "mk")})
    organiser = new_chat(ORGANISER)
    await write_message(organiser, {"English": "You are invited"})
    await organiser.press("Dialogue on environmental crime")
    await organiser.press("Languages")
    await organiser.press("Македонски")
    await organiser.press("Done")
    mark = len(api.calls)
    await organiser.press("Continue (< 5)")
    await organiser.press("Send now to < 5")
    await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == 911, start=mark)
    invitation = with_button(chats[911], ":rsvp:")
    assert "You are invited" in invitation["text"] and "(јазик на текстот: англиски)" in invitation["text"]
    await chats[911].press_data(chats[911].button_for("rsvp", invitation)["callback_data"], invitation["message_id"])
    assert "Hotel Continental" in chats[911].last_text(), "answering from the invitation itself"


async def test_a_scheduled_broadcast_goes_out_at_its_time_and_can_be_stopped(runtime, api, new_chat):
    clock = use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await members(runtime, new_chat, {921: ("en", "mk"), 922: ("en", "mk")})
    organiser = new_chat(ORGANISER)
    for text in ("First news", "Second news"):
        await write_message(organiser, {"English": text})
        await organiser.press("No button")
        await organiser.press("Continue")
        await organiser.press("Send later")
        await organiser.send("2026-11-20 09:00")
        assert "already passed" in organiser.replies()[0]
        await organiser.send("2026-11-26 09:00")
        await organiser.press("Schedule for < 5")
        assert "Scheduled for Thursday, 26 November 2026, 09:00" in organiser.last_text()
    await organiser.press("See the report")
    await organiser.press("Stop sending")
    assert "stopped" in organiser.last_text()
    clock.now = START + timedelta(days=1)
    await runtime.due.run_once()
    sent = [
        str(c.params["text"])
        for c in api.calls
        if c.method == "sendMessage" and c.params.get("chat_id") == 921 and "news" in str(c.params["text"])
    ]
    assert len(sent) == 1 and "First news" in sent[0], "the stopped second broadcast never went out"
    statuses = sorted(d.status for d in await rows(runtime, Delivery))
    assert statuses == ["sent", "sent", "sent"]
    await runtime.due.run_once()
    assert len(await rows(runtime, Delivery)) == 3, "a scheduled campaign is queued once"


async def test_members_only_and_too_long_text_is_refused(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, 930)
    member = new_chat(930)
    await member.send("/broadcast")
    assert "Only organisers" in member.last_text()
    await add_member(runtime, ORGANISER, role="organiser")
    organiser = new_chat(ORGANISER)
    await organiser.send("/broadcast")
    await organiser.press("English")
    await organiser.send("x" * 3501)
    assert "at most 3,500" in organiser.replies()[0]
    assert await rows(runtime, Campaign) == []


async def test_a_campaign_rides_out_429_403_500_and_slow_answers(runtime, api, new_chat):
    """Real time, real worker: Telegram pauses us, one member blocked the bot, the server errs and is slow;
    everyone reachable gets the message exactly once, and a member's command is still answered meanwhile."""
    await add_member(runtime, ORGANISER, role="organiser", subscribed=False)
    chats = await members(runtime, new_chat, {uid: ("en", "mk") for uid in range(941, 949)})
    organiser = new_chat(ORGANISER)
    await write_message(organiser, {"English": "Network update"})
    await organiser.press("No button")
    await organiser.press("Continue (8)")
    api.block_chat(943)
    api.delay = 0.1  # every answer is slow
    api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 1")
    api.fail_next("sendMessage", status=500, description="Internal Server Error", times=2)
    await organiser.press("Send now to 8")
    await chats[941].send("/help")
    assert "/subscribe" in chats[941].last_text(), "a command is answered while the campaign is held back"

    await deliveries_settled(runtime, within=30)
    got = times_received(api, "Network update", chats)
    assert got == {**dict.fromkeys(chats, 1), 943: 0}, "exactly once each; nothing to the member who blocked us"
    statuses = {d.telegram_id: d.status for d in await rows(runtime, Delivery)}
    assert statuses == {**dict.fromkeys(chats, "sent"), 943: "blocked"}
    [blocked] = await rows(runtime, Member, telegram_id=943)
    assert blocked.unreachable_since is not None
    await organiser.press("See the report", with_button(organiser, "See the report"))
    assert "sent: 7 · blocked the bot: < 5 · failed: 0" in organiser.replies()[0], (
        "one who blocked us is not told apart"
    )


OTHER_ORGANISER = 899


async def answered(runtime, event_id: int, *member_ids: int) -> None:  # type: ignore[no-untyped-def]
    async with runtime.hub.sessions.begin() as session:
        session.add_all(Rsvp(event_id=event_id, telegram_id=member_id, status="going") for member_id in member_ids)


async def test_an_organiser_invites_to_their_own_events_only_and_never_reaches_anothers_attendees(
    runtime, api, new_chat
):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await add_member(runtime, OTHER_ORGANISER, role="organiser")
    await add_event(runtime, ORGANISER, titles={"en": "Our roundtable"})
    theirs = await add_event(runtime, OTHER_ORGANISER, titles={"en": "Their closed workshop"}, chatham_house=True)
    chats = await members(runtime, new_chat, {951: ("en", "mk"), 952: ("en", "al")})
    await answered(runtime, theirs, *chats)
    organiser = new_chat(ORGANISER)
    await write_message(organiser, {"English": "Come to our roundtable"})
    screen = organiser.last()
    offered = [b["text"] for b in organiser.buttons(screen)]
    assert any("Our roundtable" in label for label in offered)
    assert not any("Their closed workshop" in label for label in offered), "another organiser's event"
    token = organiser.button_for("nobutton", screen)["callback_data"].split(":")[1]
    await organiser.press_data(f"bc:{token}:event:{theirs}", screen["message_id"])
    assert organiser.toast() == "This button has expired." and organiser.replies() == []
    [conversation] = await rows(runtime, Conversation, telegram_id=ORGANISER)
    assert conversation.step == "button" and not conversation.data.get("event_id"), "the forged press changed nothing"
    await organiser.press("Our roundtable")
    await organiser.press("Event answers")
    await organiser.press("Going")
    await organiser.press("Done")
    assert "reaches <b>0</b> members" in organiser.last()["text"], "its own (so far empty) answers"
    admin = new_chat(898)
    await add_member(runtime, 898, role="admin")
    await write_message(admin, {"English": "To the workshop's attendees"})
    await admin.press("Their closed workshop")
    await admin.press("Event answers")
    await admin.press("Going")
    await admin.press("Done")
    assert "reaches <b>2</b> members" in admin.last()["text"], "admins may use any event, and see exact counts"


async def test_another_event_chosen_after_its_answers_filter_never_reaches_the_first_events_attendees(
    runtime, api, new_chat
):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser", subscribed=False)
    first = await add_event(runtime, ORGANISER, titles={"en": "Spring roundtable"})
    await add_event(runtime, ORGANISER, titles={"en": "Autumn workshop"})
    for attendee in (961, 962):  # not subscribed: only the event's answers filter can reach them
        await add_member(runtime, attendee, subscribed=False)
    await answered(runtime, first, 961, 962)
    organiser = new_chat(ORGANISER)
    await write_message(organiser, {"English": "See you there"})
    await organiser.press("Spring roundtable")
    await organiser.press("Event answers")
    await organiser.press("Going")
    await organiser.press("Done")
    assert "reaches <b>&lt; 5</b> members" in organiser.last()["text"], "the roundtable's two attendees"
    await organiser.press("Back")
    await organiser.press("Autumn workshop")
    assert "reaches <b>0</b> members" in organiser.last()["text"], "nobody answered the workshop, none subscribed"
    [conversation] = await rows(runtime, Conversation, telegram_id=ORGANISER)
    assert "event_statuses" not in conversation.data["audience"], "the roundtable's filter is gone"


async def test_small_audiences_read_less_than_five_for_organisers_wherever_they_are_counted(runtime, api, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await members(runtime, new_chat, {961: ("en", "mk"), 962: ("en", "al")})
    organiser = new_chat(ORGANISER)
    await write_message(organiser, {"English": "Small news"})
    await organiser.press("No button")
    assert "reaches <b>&lt; 5</b> members" in organiser.last()["text"]
    await organiser.press("Countries")
    await organiser.press("Albania")
    await organiser.press("Done")
    assert "reaches <b>&lt; 5</b> members" in organiser.last()["text"], "one member in Albania is not told apart"
    await organiser.press("Continue (< 5)")
    assert "goes to < 5 members now" in organiser.last_text()
    await organiser.press("Send now to < 5")
    assert "On its way to < 5 members" in organiser.replies()[0]
    await runtime.due.deliver_due()
    await organiser.press("See the report", with_button(organiser, "See the report"))
    report = organiser.replies()[0]
    assert "recipients: < 5" in report and "sent: < 5" in report, report
    [campaign] = await rows(runtime, Campaign)
    assert campaign.recipients == 1, "only what is shown is masked"
