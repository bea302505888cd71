"""A coalition as its members see it, end to end on both engines: every organisation in it sees it, its
organisations and its messages (signed by the sender's organisation only), writes to it, and may leave it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import update

from storage.models import Coalition, CoalitionPartner, Conversation, Delivery, Introduction, Member, Organisation
from tests.chat import Chat, visible
from tests.e2e.test_partners import ASKER, ASKER_ORG, add_org, wait_for_text
from tests.events_support import START, rows, use_clock

pytestmark = pytest.mark.both_databases

WATCH, WATCH_COLLEAGUE, LAB, OUTSIDER = 611, 612, 621, 631


async def coalition_of_three(api, runtime) -> int:  # type: ignore[no-untyped-def]
    """ASKER's organisation made "Arms Route Watch" with Balkan Arms Watch and Border Lab."""
    clock = use_clock(runtime)
    asker_org = await add_org(api, runtime, ASKER_ORG, ASKER, topics=("arms_trafficking",))
    watch = await add_org(api, runtime, "Balkan Arms Watch", WATCH, WATCH_COLLEAGUE, country="mk")
    lab = await add_org(api, runtime, "Border Lab", LAB, country="xk")
    await add_org(api, runtime, "Outsiders", OUTSIDER, country="rs")
    async with runtime.hub.sessions.begin() as session:
        session.add_all(
            [
                Introduction(
                    requester_id=ASKER,
                    requester_org_id=asker_org,
                    target_org_id=target,
                    status="accepted",
                    created_at=clock.now,
                )
                for target in (watch, lab)
            ]
        )
        coalition = Coalition(
            owner_id=ASKER,
            organisation_id=asker_org,
            name="Arms Route Watch",
            topic="arms_trafficking",
            created_at=clock.now,
            partners=[CoalitionPartner(organisation_id=watch), CoalitionPartner(organisation_id=lab)],
        )
        session.add(coalition)
        await session.flush()
        return coalition.id


async def test_a_partner_organisation_sees_its_coalition_and_writes_to_it(api, new_chat, runtime):
    await coalition_of_three(api, runtime)
    watcher: Chat = new_chat(WATCH)
    await watcher.send("/coalitions")
    assert "Arms Route Watch · Arms trafficking" in [b["text"] for b in watcher.buttons(watcher.last())]
    await watcher.press("Arms Route Watch")
    assert f"Organisations: {ASKER_ORG}, Balkan Arms Watch, Border Lab" in watcher.last_text()
    labels = [b["text"] for b in watcher.buttons(watcher.last())]
    assert "Delete the coalition" not in labels and "Leave the coalition" in labels, "only its creator deletes it"

    await watcher.press("Write to the coalition")
    await watcher.send("Our <field> notes & the port list.")
    assert "this goes to < 5 members" in watcher.last_text(), "the colleague, the creator and Border Lab: 3, masked"
    await watcher.press("Send to < 5 members")
    for member_id in (ASKER, WATCH_COLLEAGUE, LAB):
        message = visible((await wait_for_text(api, member_id, "Coalition Arms Route Watch"))["text"])
        assert "from Balkan Arms Watch" in message and "Our <field> notes & the port list." in message
        assert "Person 611" not in message
    assert not [m for m in api.sent_to(OUTSIDER) if "Arms Route Watch" in visible(m.get("text", ""))]

    lab: Chat = new_chat(LAB)
    await lab.send("/coalitions")
    await lab.press("Arms Route Watch")
    await lab.press("Messages (1)")
    assert "Message 1 of 1" in lab.last_text() and "from Balkan Arms Watch" in lab.last_text()
    assert "Our <field> notes & the port list." in lab.last_text()

    outsider: Chat = new_chat(OUTSIDER)
    await outsider.send("/coalitions")
    assert "You have none yet" in outsider.last_text()

    await watcher.send("/mydata")
    [document] = [c for c in watcher.last_calls if c.method == "sendDocument"]
    exported = json.loads(document.params["document"]["content"])
    assert exported["coalition_messages_you_sent"] == [
        {"coalition": "Arms Route Watch", "text": "Our <field> notes & the port list.", "sent_at": START.isoformat()}
    ], "what they wrote to a coalition they were added to"


async def test_a_partner_organisation_may_leave_and_then_sees_and_hears_nothing(api, new_chat, runtime):
    coalition_id = await coalition_of_three(api, runtime)
    lab: Chat = new_chat(LAB)
    await lab.send("/coalitions")
    await lab.press("Arms Route Watch")
    await lab.press("Leave the coalition")
    assert "Take Border Lab out of the coalition Arms Route Watch?" in lab.last_text()
    await lab.press("Yes, leave")
    assert "Your organisation left the coalition" in lab.last_text() and "You have none yet" in lab.last_text()
    partners = [p.organisation_id for p in await rows(runtime, CoalitionPartner, coalition_id=coalition_id)]
    assert len(partners) == 1, "Balkan Arms Watch stays"

    asker: Chat = new_chat(ASKER)
    await asker.send("/coalitions")
    await asker.press("Arms Route Watch")
    assert "Border Lab" not in asker.last_text()
    await asker.press("Write to the coalition")
    await asker.send("Next steps")
    assert "this goes to < 5 members" in asker.last_text()
    await asker.press("Send to < 5 members")
    sent = await rows(runtime, Delivery, kind="coalition-message")
    assert sorted(d.telegram_id for d in sent) == [WATCH, WATCH_COLLEAGUE], "Border Lab no longer hears from it"


async def test_a_forged_button_opens_no_coalition_of_another_organisation(api, new_chat, runtime):
    coalition_id = await coalition_of_three(api, runtime)
    outsider: Chat = new_chat(OUTSIDER)
    await outsider.send("/coalitions")
    token = outsider.buttons(outsider.last())[0]["callback_data"].split(":")[1]
    await outsider.press_data(f"co:{token}:open:{coalition_id}", outsider.last()["message_id"])
    assert outsider.toast() == "This button has expired."
    assert "Arms Route Watch" not in outsider.last_text()


async def test_fellow_partners_may_report_each_other_and_nobody_else(api, new_chat, runtime):
    await coalition_of_three(api, runtime)
    [watch] = await rows(runtime, Organisation, name="Balkan Arms Watch")
    async with runtime.hub.sessions.begin() as session:  # not listed in /partners: known only from the coalition
        (await session.get(Organisation, watch.id)).discoverable = False  # type: ignore[union-attr]
    hidden = await add_org(api, runtime, "Hidden Circle", 641, discoverable=False)
    lab: Chat = new_chat(LAB)
    await lab.send("/coalitions")  # the coalition names Balkan Arms Watch to Border Lab
    await lab.press_data(f"rp:{watch.id}:-", lab.last()["message_id"])
    assert "Why are you reporting Balkan Arms Watch" in lab.last_text()
    await lab.press_data(f"rp:{hidden}:-", lab.last()["message_id"])
    assert lab.toast() == "This button has expired."


async def test_typing_in_the_wizard_after_no_longer_acting_for_the_organisation_is_told_why(api, new_chat, runtime):
    await coalition_of_three(api, runtime)
    asker: Chat = new_chat(ASKER)
    await asker.send("/coalitions")
    await asker.press("New coalition")
    await asker.send("Port Watch")
    await asker.press("Arms trafficking")
    assert "Which partner organisations are in it?" in asker.last_text()
    async with runtime.hub.sessions.begin() as session:  # their organisation went (the row is set to NULL)
        await session.execute(update(Member).where(Member.telegram_id == ASKER).values(organisation_id=None))

    answer = await asker.send("Balkan Arms Watch")
    texts = [visible(str(call.params.get("text"))) for call in answer if call.method == "sendMessage"]
    assert texts == ["You are not registered yet. Send /register to join the hub."], "as /coalitions itself says"
    [conversation] = await rows(runtime, Conversation, telegram_id=ASKER)
    assert (conversation.flow, conversation.step) == ("coalition", "partners"), "the draft stays as it was"


async def test_only_its_creator_deletes_a_coalition_whatever_the_button_says(api, new_chat, runtime):
    coalition_id = await coalition_of_three(api, runtime)
    watcher: Chat = new_chat(WATCH)
    await watcher.send("/coalitions")
    await watcher.press("Arms Route Watch")
    token = watcher.buttons(watcher.last())[0]["callback_data"].split(":")[1]
    await watcher.press_data(f"co:{token}:delete:-", watcher.last()["message_id"])
    assert watcher.toast() == "This button has expired."
    assert watcher.replies() == [], "not told it was deleted"
    assert [c.id for c in await rows(runtime, Coalition)] == [coalition_id]
    await watcher.press("Write to the coalition")
    assert "Write your message to Arms Route Watch" in watcher.last_text(), "the coalition stays open"
