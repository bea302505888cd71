"""Who may see an event (issue 19, finding 8): links name events by a random code, not a row id to walk."""

from __future__ import annotations

import pytest

from tests.e2e.test_events import ORGANISER
from tests.events_support import add_event, add_member, start_link, use_clock

pytestmark = pytest.mark.both_databases

CLOSED = "no longer open, or the link is not valid"
EXPIRED = "This button has expired."


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
