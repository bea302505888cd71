"""The rough edges of issue 23, end to end on both engines: every message naming a Chatham House event protected,
/myevents in pages, blocks a member can lift, a contact after an introduction without an @username, and /help
with only the commands a person may use."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from storage.models import OrganisationBlock, Report
from tests.chat import Chat, visible
from tests.e2e.test_partners import ASKER_ORG, add_org, wait_for_text
from tests.events_support import START, add_event, rows, set_role, start_link, use_clock

pytestmark = pytest.mark.both_databases

ADMIN = 900


def as_seen(chat: Chat, text: str) -> dict[str, Any]:
    """The newest message in the chat that shows `text`, as it stands now (an edit keeps how it was sent)."""
    return next(m for m in reversed(chat.messages()) if text in visible(str(m.get("text", ""))))


async def test_every_message_naming_a_chatham_house_event_cannot_be_forwarded(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    await add_org(api, runtime, ASKER_ORG, 601)
    await add_org(api, runtime, "Quiet Org", 641)
    await set_role(runtime, 641, "organiser")
    event = await add_event(runtime, 641, titles={"en": "Off the record"}, chatham_house=True)

    member = new_chat(601)
    await member.send(await start_link(runtime.hub, event))
    assert as_seen(member, "Off the record").get("has_protected_content") is True, "the card, as before"
    await member.press("⚠️ Report this event")
    asked = as_seen(member, "Why are you reporting the event Off the record?")
    assert asked.get("has_protected_content") is True, "the question names the event"
    await member.press("It puts people at risk")
    received = as_seen(member, "report about the event Off the record has reached")
    assert received.get("has_protected_content") is True
    assert len(await rows(runtime, Report)) == 1

    admin = new_chat(ADMIN)
    await admin.send("/admin")
    await admin.press("Reports (1)")
    await admin.press("Quiet Org (1)")
    reported = as_seen(admin, "Events named in the reports")
    assert "Off the record (" in visible(reported["text"])
    assert reported.get("has_protected_content") is True, "the admins' screen names it too"
    await admin.press("Dismiss")
    assert "Off the record" not in admin.last_text()

    organiser = new_chat(641)
    await organiser.send("/myevents")
    await organiser.press("Off the record")
    await organiser.press_action("cancel")
    confirm = as_seen(organiser, "Off the record")
    assert "cancel" in visible(confirm["text"]).lower() and confirm.get("has_protected_content") is True


async def test_an_organiser_with_thirty_events_reaches_every_one_in_pages(api, new_chat, runtime):
    clock = use_clock(runtime)
    await add_org(api, runtime, "Busy Org", 651)
    await set_role(runtime, 651, "organiser")
    for day in range(30):
        await add_event(
            runtime,
            651,
            titles={"en": f"Dialogue {day:02d}"},
            starts_at=START + timedelta(days=day + 1),
            ends_at=START + timedelta(days=day + 1, hours=2),
        )
    organiser = new_chat(651)
    await organiser.send("/myevents")
    first = organiser.last()
    labels = [b["text"] for b in organiser.buttons(first)]
    assert "Dialogue 00" in labels and "Dialogue 09" in labels and "Dialogue 10" not in labels
    assert "Page 1 of 3" in organiser.last_text()
    await organiser.press("Next")
    await organiser.press("Next")
    assert "Page 3 of 3" in organiser.last_text()
    labels = [b["text"] for b in organiser.buttons(organiser.last())]
    assert "Dialogue 29" in labels and "Next ›" not in labels, "the last of the thirty"
    await organiser.press("Dialogue 29")
    assert "Dialogue 29" in organiser.last_text() and organiser.button_for("csv", organiser.last())

    clock.advance(days=26)  # 25 have ended since the first page was sent: its Next leads past the end
    await organiser.press("Next", message=first)
    assert organiser.toast() is None
    assert "Page" not in organiser.last_text(), "one page left, shown as it is now"
    labels = [b["text"] for b in organiser.buttons(organiser.last())]
    assert "Dialogue 25" in labels and "Dialogue 29" in labels and "Dialogue 24" not in labels
    await organiser.press_data("mep:99999999", organiser.last()["message_id"])
    assert organiser.toast() == "This button has expired."


async def test_a_member_sees_and_lifts_their_organisations_blocks_in_the_profile(api, new_chat, runtime):
    use_clock(runtime)
    blocker = await add_org(api, runtime, "Careful Org", 661, 662, joiners=(663,))
    pushy = await add_org(api, runtime, "Pushy <Org>", 671)
    other = await add_org(api, runtime, "Calm Org", 681)
    async with runtime.hub.sessions.begin() as session:
        session.add(OrganisationBlock(blocker_org_id=blocker, blocked_org_id=pushy, created_at=START))
        session.add(OrganisationBlock(blocker_org_id=blocker, blocked_org_id=other, created_at=START))

    for outsider in (671, 663):  # the blocked organisation, and someone who only asked to join the blocker
        chat = new_chat(outsider)
        await chat.send("/profile")
        assert "Blocked organisations" not in str(chat.last()), outsider

    member = new_chat(661)
    await member.send("/profile")
    await member.press("Blocked organisations (2)")
    assert "Pushy <Org>" in member.last_text() and "Calm Org" in member.last_text(), "named, escaped"
    old = member.last()

    colleague = new_chat(662)
    await colleague.send("/profile")
    await colleague.press("Blocked organisations (2)")
    await colleague.press("Unblock Pushy <Org>")
    assert colleague.toast() == "Pushy <Org> is no longer blocked."
    assert "Pushy" not in colleague.last_text() and "Calm Org" in colleague.last_text()
    blocks = [(b.blocker_org_id, b.blocked_org_id) for b in await rows(runtime, OrganisationBlock)]
    assert blocks == [(blocker, other)]

    await member.press("Unblock Pushy <Org>", message=old)
    assert member.toast() == "This button has expired.", "a colleague lifted it already"
    stranger = new_chat(681)
    await stranger.send("/profile")
    forged = old["reply_markup"]["inline_keyboard"][1][0]["callback_data"]
    await stranger.press_data(forged, stranger.last()["message_id"])
    assert stranger.toast() == "This button has expired.", "only members of the blocking organisation lift it"
    assert len(await rows(runtime, OrganisationBlock)) == 1

    await member.send("/profile")
    await member.press("Blocked organisations (1)")
    await member.press("Unblock Calm Org")
    assert "has not blocked any organisation" in member.last_text()
    assert await rows(runtime, OrganisationBlock) == []


async def _introduced(api, runtime, new_chat, *, asker_shares: bool, accepter_shares: bool) -> tuple[Chat, Chat]:  # type: ignore[no-untyped-def]
    """Two members without an @username, an introduction from 601 that 611 accepts."""
    use_clock(runtime)
    await add_org(api, runtime, "Asking Org", 601, topics=("corruption",), share_handle=asker_shares)
    await add_org(api, runtime, "Answering Org", 611, topics=("corruption",), share_handle=accepter_shares)
    asker, accepter = new_chat(601), new_chat(611)
    await asker.send("/partners")
    await asker.press("Introduce us to no. 1")
    await asker.press_action("skip")
    await wait_for_text(api, 611, "A request for an introduction")
    await accepter.press("Accept")
    return asker, accepter


def tg_buttons(message: dict[str, Any]) -> list[str]:
    return [b["url"] for b in Chat.buttons(message) if str(b.get("url", "")).startswith("tg://user")]


async def test_a_member_without_a_username_is_reached_only_as_they_allowed(api, new_chat, runtime):
    asker, accepter = await _introduced(api, runtime, new_chat, asker_shares=True, accepter_shares=False)
    contact = accepter.last()
    assert "Introduction accepted" in visible(contact["text"])
    assert tg_buttons(contact) == ["tg://user?id=601"], "601 allowed a way to write to them"
    assert "You have not shared your Telegram contact, so Person 601 cannot write to you" in accepter.last_text()
    told = await wait_for_text(api, 601, "Introduction accepted")
    assert tg_buttons(told) == [], "611 did not allow it"
    assert "Person 611 has not shared a Telegram contact, but has yours: they will write to you first." in visible(
        told["text"]
    )


async def test_a_button_their_privacy_forbids_gives_way_to_a_plain_who_writes_first(api, new_chat, runtime):
    api.forbid_user_links(601)
    api.forbid_user_links(611)
    asker, accepter = await _introduced(api, runtime, new_chat, asker_shares=True, accepter_shares=True)
    contact = accepter.last()
    assert "Introduction accepted" in visible(contact["text"]) and tg_buttons(contact) == []
    assert "privacy settings of Person 601 do not allow a button" in accepter.last_text()
    assert "They have your contact and will write to you first." in accepter.last_text()
    told = await wait_for_text(api, 601, "privacy settings of Person 611")  # the notice, through the outbox
    assert tg_buttons(told) == [] and "They have your contact" in visible(told["text"])
    refused = [c for c in api.calls if not c.ok and "BUTTON_USER_PRIVACY_RESTRICTED" in str(c.response)]
    assert len(refused) == 2, "each side's screen was tried with the button first"
