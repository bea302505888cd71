"""Joining an existing organisation, end to end on both engines: a newcomer finds only what is listed (or a name
they know exactly), asks to join, and acts for nobody until its founder or an approved member says yes."""

from __future__ import annotations

import json

import pytest

from storage.db import create_engine, migrate, session_factory
from storage.models import AuditEntry, Delivery, Member, Organisation
from tests.chat import Chat, visible
from tests.e2e.test_cli import run_cli
from tests.e2e.test_partners import add_org, wait_for_text
from tests.events_support import START, rows, set_role, use_clock

pytestmark = pytest.mark.both_databases

FOUNDER, COLLEAGUE, JOINER, STRANGER, ADMIN = 611, 612, 700, 701, 900


async def network(api, runtime) -> dict[str, int]:  # type: ignore[no-untyped-def]
    use_clock(runtime)
    ids = {"watch": await add_org(api, runtime, "Balkan Watch", FOUNDER, COLLEAGUE, country="mk")}
    ids["hidden"] = await add_org(api, runtime, "Balkan Hidden Circle", 620, discoverable=False)
    ids["pending"] = await add_org(api, runtime, "Balkan Pending Group", 621, vetting="pending")
    ids["rejected"] = await add_org(api, runtime, "Balkan Rejects", 622, vetting="rejected")
    ids["partner"] = await add_org(api, runtime, "Adriatic Partners", 623)
    return ids


async def register_and_search(chat: Chat, name: str, query: str) -> None:
    await chat.send("/register")
    await chat.send(name)
    await chat.send(query)


async def ask_to_join(chat: Chat, organisation: str) -> None:
    await chat.press(f"Join: {organisation}")
    await chat.press("I agree")
    await chat.press("Confirm")


async def test_a_search_lists_only_vetted_discoverable_organisations_or_an_exact_name(api, new_chat, runtime):
    ids = await network(api, runtime)
    stranger = new_chat(STRANGER)
    await register_and_search(stranger, "Someone", "balkan")
    offered = [b["text"] for b in stranger.buttons(stranger.last())]
    assert "Join: Balkan Watch" in offered
    for unlisted in ("Hidden", "Pending", "Rejects"):
        assert not any(unlisted in label for label in offered), (unlisted, offered)

    await stranger.press_data(f"rg:{stranger_token(stranger)}:join:{ids['hidden']}", stranger.last()["message_id"])
    assert stranger.toast() == "This button has expired.", "a forged Join for an organisation not offered"
    assert "Consent" not in stranger.last_text()

    await stranger.send("Balkan Hidden Circle")  # its full name: whoever works there knows it
    assert "Join: Balkan Hidden Circle" in [b["text"] for b in stranger.buttons(stranger.last())]
    await stranger.send("balkan pending group")
    assert "Join: Balkan Pending Group" in [b["text"] for b in stranger.buttons(stranger.last())]
    await stranger.send("Balkan Rejects")
    assert not any("Join" in b["text"] for b in stranger.buttons(stranger.last()))


def stranger_token(chat: Chat) -> str:
    """The wizard's run token, read off a button the bot showed."""
    return chat.buttons(chat.last())[0]["callback_data"].split(":")[1]


async def test_a_joiner_acts_for_nobody_until_a_member_approves(api, new_chat, runtime):
    await network(api, runtime)
    joiner = new_chat(JOINER)
    await register_and_search(joiner, "Ana <Petrović>", "balkan watch")
    await joiner.press("Join: Balkan Watch")
    assert "Your name will be shown to the members of Balkan Watch" in joiner.last_text()
    await joiner.press("I agree")
    await joiner.press("Confirm")
    assert "has gone to its members" in joiner.last_text()

    for decider in (FOUNDER, COLLEAGUE):
        notice = await wait_for_text(api, decider, "asks to join Balkan Watch")
        assert "<b>Ana &lt;Petrović&gt;</b>" in notice["text"], "the name is escaped"
    await joiner.send("/partners")
    assert "not been approved yet" in joiner.last_text()
    await joiner.send("/profile")
    assert "About Balkan Watch" not in joiner.last_text() and "you asked to join" in joiner.last_text()
    await joiner.send("/mydata")
    [document] = [c for c in joiner.last_calls if c.method == "sendDocument"]
    exported = json.loads(document.params["document"]["content"])
    assert exported["organisation"] == {"name": "Balkan Watch"}, "no hidden profile in /mydata"
    assert exported["member"]["membership"] == "requested"

    founder = new_chat(FOUNDER)
    notice = next(m for m in api.sent_to(FOUNDER) if "asks to join" in visible(m.get("text", "")))
    await founder.press("Approve", message=notice)
    assert "Ana <Petrović> is now a member of Balkan Watch" in founder.last_text()
    assert "No requests to join are waiting" in founder.last_text()
    await wait_for_text(api, JOINER, "Your request to join Balkan Watch was approved")

    colleague = new_chat(COLLEAGUE)
    stale = next(m for m in api.sent_to(COLLEAGUE) if "asks to join" in visible(m.get("text", "")))
    await colleague.press("Decline", message=stale)
    assert colleague.toast() == "This request to join was already answered."
    joined = (await rows(runtime, Member, telegram_id=JOINER))[0]
    assert joined.membership == "member", "the second press changed nothing"

    await joiner.send("/partners")
    assert "Suggested partners for Balkan Watch" in joiner.last_text() and "Adriatic Partners" in joiner.last_text()
    await joiner.send("/profile")
    assert "About Balkan Watch" in joiner.last_text()
    audit = [(a.actor_id, a.action, a.subject) for a in await rows(runtime, AuditEntry)]
    assert (FOUNDER, "member-approved", f"member:{JOINER}") in audit


async def test_a_declined_joiner_is_told_and_may_register_again(api, new_chat, runtime):
    await network(api, runtime)
    joiner = new_chat(JOINER, language_code="mk")
    await register_and_search(joiner, "Ana", "balkan watch")
    await joiner.press_action("join")  # the buttons are in Macedonian
    await joiner.press_action("agree")
    await joiner.press_action("confirm")
    await wait_for_text(api, FOUNDER, "asks to join Balkan Watch")

    founder = new_chat(FOUNDER)
    await founder.send("/profile")
    assert "Someone asked to join your organisation." in founder.last_text()
    await founder.press("Requests to join (1)")
    assert "Ana asks to join Balkan Watch" in founder.last_text()
    await founder.press("Decline")
    assert "You declined the request of Ana" in founder.last_text()
    told = await wait_for_text(api, JOINER, "Balkan Watch")
    assert "не е одобрено" in visible(told["text"]), "told in their own language"
    assert str(FOUNDER) not in visible(told["text"]) and "Person" not in visible(told["text"])

    member = (await rows(runtime, Member, telegram_id=JOINER))[0]
    assert (member.organisation_id, member.membership, member.registered_at) == (None, None, None)
    await joiner.send("/register")
    assert joiner.buttons(joiner.last()), "the wizard starts again"
    await joiner.send("Ana")
    await joiner.send("balkan watch")
    for action in ("join", "agree", "confirm"):
        await joiner.press_action(action)

    def notices() -> list[dict]:  # type: ignore[type-arg]
        return [m for m in api.sent_to(FOUNDER) if "asks to join" in visible(m.get("text", ""))]

    await api.wait_until(lambda: len(notices()) == 2)  # the new request is announced
    first, _new = notices()
    await founder.press("Approve", message=first)
    assert founder.toast() == "This request to join was already answered.", "an old notice decides no new request"
    assert (await rows(runtime, Member, telegram_id=JOINER))[0].membership == "requested"
    audit = [(a.actor_id, a.action) for a in await rows(runtime, AuditEntry)]
    assert (FOUNDER, "member-declined") in audit


async def test_an_organisation_with_nobody_to_decide_asks_the_admins(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    await add_org(api, runtime, "Orphaned Org", joiners=(702,))
    joiner = new_chat(JOINER)
    await register_and_search(joiner, "Ana", "Orphaned Org")
    await ask_to_join(joiner, "Orphaned Org")
    notice = await wait_for_text(api, ADMIN, "asks to join Orphaned Org")
    assert [d.telegram_id for d in await rows(runtime, Delivery, kind="join-request")] == [ADMIN]
    admin = new_chat(ADMIN)
    await admin.press("Approve", message=next(m for m in api.sent_to(ADMIN) if m["text"] == notice["text"]))
    assert "Ana is now a member of Orphaned Org" in admin.last_text()


async def test_roles_go_only_to_approved_members(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    await add_org(api, runtime, "Balkan Watch", FOUNDER, joiners=(JOINER,))
    admin = new_chat(ADMIN)
    await admin.send("/admin")
    await admin.press("Roles")
    await admin.send(str(JOINER))
    assert "Balkan Watch (verified) — asked to join, not approved" in admin.last_text()
    await admin.press("Organiser")
    assert "nobody has approved them yet" in admin.toast()
    assert (await rows(runtime, Member, telegram_id=JOINER))[0].role == "member"
    await admin.press("Back")
    await admin.send(str(FOUNDER))
    assert "Balkan Watch (verified) — registered it" in admin.last_text()


async def test_the_command_line_gives_no_role_to_a_joiner(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path}/hub.db"
    engine = create_engine(url)
    await migrate(engine)
    async with session_factory(engine).begin() as session:
        org = Organisation(name="Vetted", name_key="vetted", country="al", sector="ngo", vetting="vetted")
        session.add_all(
            [
                Member(telegram_id=11, organisation=org, membership="founder", registered_at=START),
                Member(telegram_id=12, organisation=org, membership="requested", registered_at=START),
            ]
        )
    await engine.dispose()
    env = {"DATABASE_URL": url, "LOG_LEVEL": "WARNING"}
    code, out, err = await run_cli("admin", "grant", "12", "organiser", env=env, cwd=tmp_path)
    assert code == 2 and "member 12 asked to join their organisation and is not approved yet" in err, err
    code, out, err = await run_cli("admin", "grant", "11", "organiser", env=env, cwd=tmp_path)
    assert code == 0 and "member 11 is now an organiser" in out, err


async def test_a_rejected_organisation_is_told_how_to_reapply_and_can(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    rejected = await add_org(api, runtime, "Second Try", FOUNDER, vetting="pending", joiners=(JOINER,))
    admin = new_chat(ADMIN)
    await admin.send("/admin")
    await admin.press("Vetting queue (1)")
    await admin.press("Second Try")
    await admin.press("Reject")
    await admin.send("Describe your work, please.")
    told = visible((await wait_for_text(api, FOUNDER, "did not accept Second Try"))["text"])
    assert "ask for a new review there" in told

    joiner = new_chat(JOINER)
    await joiner.send("/profile")
    assert "Ask for a new review" not in str(joiner.last().get("reply_markup")), "the founder re-applies"
    founder = new_chat(FOUNDER)
    await founder.send("/profile")
    await founder.press("Ask for a new review")
    assert founder.toast() == "Your organisation is back in the admins' review queue."
    assert founder.last_text().startswith("Your organisation is back in the admins' review queue.")
    assert "Ask for a new review" not in str(founder.last().get("reply_markup"))
    assert [o.vetting for o in await rows(runtime, Organisation, id=rejected)] == ["pending"]
    await admin.send("/admin")
    await admin.press("Vetting queue (1)")
    assert "Second Try" in [b["text"] for b in admin.buttons(admin.last())]
    audit = [(a.actor_id, a.action) for a in await rows(runtime, AuditEntry)]
    assert (FOUNDER, "organisation-reapplied") in audit
