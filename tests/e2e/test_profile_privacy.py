"""/profile edits, /mydata and /forget, end to end."""

import copy
import json

import pytest
from sqlalchemy import func, select

from handlers.kit.i18n import Catalog
from storage.models import Base, Conversation, Member, Organisation, Vouch
from tests.chat import Chat
from tests.e2e.test_forget import broadcast, grant
from tests.e2e.test_partners import add_org
from tests.e2e.test_registration import register_new_org, stored
from tests.events_support import add_event, add_member, set_role, start_link, use_clock

pytestmark = pytest.mark.both_databases


async def registered(chat: Chat) -> Chat:
    await register_new_org(chat)
    await chat.press("Confirm")
    return chat


async def test_profile_shows_what_is_stored(chat: Chat):
    await registered(chat)
    await chat.send("/profile")
    text = chat.last_text()
    for expected in ("Ana", "Balkan Watch", "waiting for review", "Kosovo", "Money laundering", "Monitoring"):
        assert expected in text


async def test_profile_edits_are_one_step_each_and_saved(chat: Chat, runtime):
    await registered(chat)
    await chat.send("/profile")
    await chat.press("Topics")
    await chat.press("Youth")
    await chat.press("Done")
    assert chat.toast() == "Saved." and "Youth" in chat.last_text()
    await chat.press("Sector")
    await chat.press("Media")
    await chat.press("Name")
    await chat.send("  Ana   M.  ")
    assert "Saved." in chat.last_text() and "Ana M." in chat.last_text()
    await chat.press("Suggested")
    await chat.press("Yes")
    [org] = await stored(runtime, Organisation)
    assert (org.sector, org.discoverable) == ("media", True)
    assert "youth" in [t.topic for t in org.topics]
    [member] = await stored(runtime, Member)
    assert member.display_name == "Ana M."


async def test_back_from_a_profile_edit_changes_nothing(chat: Chat, runtime):
    await registered(chat)
    await chat.send("/profile")
    await chat.press("Country")
    await chat.press("Back")
    assert "Your profile" in chat.last_text()
    await chat.press("Description")
    await chat.send("q" * 600)
    assert "600" in chat.replies()[0]
    [org] = await stored(runtime, Organisation)
    assert (org.country, org.description) == ("xk", "We monitor procurement.")


async def test_profile_before_registering_says_how_to_register(chat: Chat):
    await chat.send("/profile")
    assert "/register" in chat.last_text()


async def test_mydata_sends_everything_stored_as_json(chat: Chat, api):
    await registered(chat)
    await chat.send("/mydata")
    [document] = [c for c in chat.last_calls if c.method == "sendDocument"]
    data = json.loads(document.params["document"]["content"])
    assert data["member"]["display_name"] == "Ana" and data["member"]["telegram_id"] == chat.user_id
    assert data["organisation"]["name"] == "Balkan Watch"
    assert data["organisation"]["topics"] == ["environmental_crime", "money_laundering"]


async def test_mydata_includes_an_unfinished_registration(chat: Chat):
    await chat.send("/register")
    await chat.send("Ana")
    await chat.send("/mydata")
    [document] = [c for c in chat.last_calls if c.method == "sendDocument"]
    assert json.loads(document.params["document"]["content"])["unfinished_flow"]["answers"]["name"] == "Ana"


async def test_forget_erases_the_member_and_their_lone_organisation(chat: Chat, runtime):
    await registered(chat)
    await chat.send("/forget")
    confirm = copy.deepcopy(chat.last())  # the screen as it was, before the bot edits it
    await chat.press("Yes, erase")
    assert "erased" in chat.last_text()
    async with runtime.hub.sessions() as session:
        for model in (Member, Organisation, Conversation):
            assert await session.scalar(select(func.count()).select_from(model)) == 0, model
    await chat.press("Yes, erase", message=confirm)
    assert chat.toast() == "This button has expired."
    await chat.send("/start")
    assert "Welcome to Resilience Hub" in chat.last_text()


async def test_forget_keeps_an_organisation_others_still_belong_to(chat: Chat, new_chat, runtime):
    await registered(chat)
    colleague: Chat = new_chat(778)
    await colleague.send("/register")
    await colleague.press_action("skip")
    await colleague.send("Balkan Watch")
    for action in ("join", "agree", "confirm"):
        await colleague.press_action(action)
    await chat.send("/forget")
    await chat.press("Yes, erase")
    assert len(await stored(runtime, Organisation)) == 1
    assert [m.telegram_id for m in await stored(runtime, Member)] == [778]


async def test_forget_can_be_declined(chat: Chat, runtime):
    await registered(chat)
    await chat.send("/forget")
    await chat.press("No, keep")
    assert "Nothing was erased" in chat.last_text()
    assert len(await stored(runtime, Member)) == 1


async def test_forget_from_someone_never_registered_says_nothing_is_stored(new_chat):
    chat: Chat = new_chat(779, language_code="mk")
    await chat.send("/forget")
    assert chat.last_text() == Catalog().translator("mk").plain("forget-nothing")
    assert not chat.last().get("reply_markup")


async def test_after_forget_no_table_holds_anything_of_the_member(api, new_chat, runtime):
    """Every table, the audit log included: not their id, name, handle, nor anything they typed."""
    use_clock(runtime)
    person = 987654321
    await add_org(api, runtime, "Civic Partners", 611)
    await set_role(runtime, 611, "organiser")
    event = await add_event(runtime, 611, titles={"en": "Dialogue on ports"})
    chat = new_chat(person, username="zorana_handle")
    await chat.send("/register")
    await chat.send("Zorana Secretname")
    await chat.send("Civic Partners")
    for action in ("join", "agree", "confirm"):
        await chat.press_action(action)
    await chat.send(await start_link(runtime.hub, event))
    await chat.press("Going")
    await chat.send("/subscribe")
    await chat.send("/mydata")
    traces = ("Zorana", "Secretname", "zorana_handle", str(person))
    before = await _traces(runtime, person, traces)
    assert {place.split(" = ")[0] for place in before} >= {
        "members.telegram_id",
        "members.display_name",
        "rsvps.telegram_id",
        "conversations.telegram_id",
    }
    await chat.send("/forget")
    await chat.press("Yes, erase")
    assert "erased" in chat.last_text()
    assert await _traces(runtime, person, traces) == []
    assert [m.telegram_id for m in await stored(runtime, Member)] == [611], "the organisation's other member stays"


async def _traces(runtime, person: int, traces: tuple[str, ...]) -> list[str]:  # type: ignore[no-untyped-def]
    """Every cell of every table that holds the person's id or one of the traces."""
    found = []
    await runtime.hub.mark_sent_replies_now()  # a reply is kept until it is out (a moment)
    async with runtime.hub.sessions() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).mappings():
                for column, value in row.items():
                    text = json.dumps(value, default=str) if isinstance(value, dict | list) else str(value)
                    if value == person or any(trace in text for trace in traces):
                        found.append(f"{table.name}.{column} = {text[:80]}")
    return found


async def test_mydata_lists_what_a_member_organised_wrote_vouched_and_what_waits_for_them(api, new_chat, runtime):
    use_clock(runtime)
    await add_member(runtime, 611, role="organiser")
    await add_member(runtime, 612, role="organiser")
    api.open_chat(612)
    other = await add_event(runtime, 612, titles={"en": "Someone else's dialogue"})
    own = await add_event(runtime, 611, titles={"en": "Dialogue on ports"}, venue="Pier 4, Durrës")
    async with runtime.hub.sessions.begin() as session:
        member = await session.get(Member, 611)
        organisation_id = member.organisation_id
        waiting = (await session.get(Member, 612)).organisation_id
        session.add(Vouch(organisation_id=waiting, voucher_org_id=organisation_id, voucher_id=611))
    chat = new_chat(611)
    await chat.send(await start_link(runtime.hub, other))
    await chat.press("Going")
    await broadcast(chat, "Our call for partners", 2, at="2026-11-30 09:00")
    assert runtime.due is not None
    await runtime.due.stop()  # what is queued now waits
    await grant(runtime, 611, "admin")  # they are told, in a message that waits in the outbox
    async with runtime.hub.sessions.begin() as session:
        (await session.get(Member, 611)).suspended_at = runtime.hub.clock()

    await chat.send("/mydata")
    [document] = [c for c in chat.last_calls if c.method == "sendDocument"]
    data = json.loads(document.params["document"]["content"])
    assert data["member"]["suspended_at"] == runtime.hub.clock().isoformat()
    [event] = data["events_you_organise"]
    assert (event["event_id"], event["titles"], event["venue"]) == (own, {"en": "Dialogue on ports"}, "Pier 4, Durrës")
    [campaign] = data["messages_you_sent_to_many"]
    assert (campaign["texts"], campaign["status"]) == ({"en": "Our call for partners"}, "scheduled")
    assert data["vouches_you_gave"] == [
        {"for_organisation_id": waiting, "as_organisation_id": organisation_id, "at": data["vouches_you_gave"][0]["at"]}
    ]
    assert [m["kind"] for m in data["messages_waiting_for_you"]] == ["role-changed"]
    assert sorted(r["kind"] for r in data["event_reminders"]) == ["1h", "24h"]
    assert {r["event_id"] for r in data["event_reminders"]} == {other}
