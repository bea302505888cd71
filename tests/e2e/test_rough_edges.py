"""The rough edges of issue 23, end to end on both engines: every message naming a Chatham House event protected,
/myevents in pages, blocks a member can lift, a contact after an introduction without an @username, and /help
with only the commands a person may use."""

from __future__ import annotations

from typing import Any

import pytest

from storage.models import Report
from tests.chat import Chat, visible
from tests.e2e.test_partners import ASKER_ORG, add_org
from tests.events_support import add_event, rows, set_role, start_link, use_clock

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
