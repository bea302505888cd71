"""/admin (vetting queue, roles) end to end on both engines, and `resilience-hub admin` on the command line."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import pty
import re
import select as select_module
import sys
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from handlers.kit.messages import Incoming
from handlers.partners.vouching import Vouching
from storage import repos
from storage.db import create_engine, migrate, session_factory
from storage.models import (
    Audience,
    AuditEntry,
    Campaign,
    Conversation,
    Delivery,
    Introduction,
    Member,
    Organisation,
    Report,
    Vouch,
)
from tests.chat import visible
from tests.e2e.test_cli import ROOT, run_cli
from tests.e2e.test_event_reminders import SilentMessenger
from tests.e2e.test_partners import ASKER_ORG, add_org, wait_for_text
from tests.events_support import START, add_event, rows, set_role, start_link, use_clock

pytestmark = pytest.mark.both_databases

ADMIN = 900


async def test_admins_vet_organisations_and_members_are_told(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    newcomers = await add_org(api, runtime, "Newcomers", 650, vetting="pending", joiners=(651,))
    shady = await add_org(api, runtime, "Shady Ltd", 660, vetting="pending")
    member = new_chat(650)
    await member.send("/admin")
    assert "Only the hub's admins" in member.last_text()

    admin = new_chat(ADMIN)
    await admin.send("/admin")
    await admin.press("Vetting queue (2)")
    assert [b["text"] for b in admin.buttons(admin.last())][:2] == ["Newcomers", "Shady Ltd"], "oldest first"
    await admin.press("Newcomers")
    card = admin.last()
    assert f"Organisation no. {newcomers}" in admin.last_text()
    assert "one member · 1 waiting to join" in admin.last_text(), "651 only asked to join"
    await admin.press("Approve")
    assert "Newcomers is vetted" in admin.last_text()
    await wait_for_text(api, 650, "the hub has vetted Newcomers")
    assert [d.telegram_id for d in await rows(runtime, Delivery, kind="vetting-decided")] == [650], (
        "a joiner nobody approved does not hear the organisation's vetting decisions"
    )
    await admin.press("Approve", message=card)
    assert admin.toast() == "This button has expired.", "the old card's button does not decide twice"

    await admin.press("Shady Ltd")
    await admin.press("Reject")
    await admin.send("x" * 301)
    assert "301 characters" in admin.replies()[0]
    await admin.send("We could not confirm <who> runs it & why.")
    assert "Shady Ltd is rejected" in admin.last_text() and "No organisation is waiting" in admin.last_text()
    told = await wait_for_text(api, 660, "did not accept Shady Ltd")
    assert "Their reason: We could not confirm <who> runs it & why." in visible(told["text"])
    vettings = {o.id: o.vetting for o in await rows(runtime, Organisation)}
    assert (vettings[newcomers], vettings[shady]) == ("vetted", "rejected")
    audit = [(a.actor_id, a.action, a.subject, a.detail) for a in await rows(runtime, AuditEntry)]
    assert (ADMIN, "organisation-vetted", f"organisation:{newcomers}", {}) in audit
    assert (
        ADMIN,
        "organisation-rejected",
        f"organisation:{shady}",
        {"reason": "We could not confirm <who> runs it & why."},
    ) in audit


async def test_admins_give_and_take_roles(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    await add_org(api, runtime, "Balkan Arms Watch", 611)
    await add_org(api, runtime, "Newcomers", 650, vetting="pending")
    admin = new_chat(ADMIN)
    await admin.send("/admin")
    await admin.press("Roles")
    await admin.send("@someone")
    assert "No registered member has that Telegram id" in admin.last_text()
    await admin.send("650")
    await admin.press("Organiser")
    assert "must belong to a vetted organisation" in admin.toast()
    await admin.press("Back")
    await admin.send("611")
    assert "Balkan Arms Watch (verified)" in admin.last_text() and "Role: Member" in admin.last_text()
    await admin.press("Organiser")
    assert "Role set: Organiser" in admin.last_text()
    await wait_for_text(api, 611, "You are now an organiser")
    organiser = new_chat(611)
    await organiser.send("/newevent")
    assert "Only organisers" not in organiser.last_text()
    await organiser.send("/cancel")
    await admin.press("Admin")
    await new_chat(611).send("/admin")
    assert "Administration" in new_chat(611).last_text()
    await admin.press("Member")
    await new_chat(611).send("/admin")
    assert "Only the hub's admins" in new_chat(611).last_text()
    await admin.send("/admin")
    await admin.press("Audit log")
    log = admin.last_text()
    assert "page 1 of 1" in log and "role changed · member 611 · member 900 · after: Member, before: Admin" in log
    assert log.index("after: Member") < log.index("after: Organiser"), "newest first"
    changes = [a.detail for a in await rows(runtime, AuditEntry, action="role-changed")]
    assert changes == [
        {"before": "member", "after": "organiser"},
        {"before": "organiser", "after": "admin"},
        {"before": "admin", "after": "member"},
    ]


async def seed_cli_database(path) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    url = f"sqlite+aiosqlite:///{path}/hub.db"
    engine = create_engine(url)
    await migrate(engine)
    async with session_factory(engine).begin() as session:
        vetted = Organisation(
            name="Vetted", name_key=repos.name_key("Vetted"), country="al", sector="ngo", vetting="vetted"
        )
        pending = Organisation(
            name="Pending", name_key=repos.name_key("Pending"), country="mk", sector="ngo", vetting="pending"
        )
        session.add_all([vetted, pending])
        session.add_all(
            [
                Member(
                    telegram_id=11,
                    organisation=vetted,
                    membership="founder",
                    consent_at=START,
                    registered_at=START,
                    display_name='=HYPERLINK("x")',
                ),
                Member(
                    telegram_id=12, organisation=pending, membership="founder", consent_at=START, registered_at=START
                ),
            ]
        )
        await session.flush()
        pending_id = pending.id
    await engine.dispose()
    return url, pending_id


async def test_the_command_line_grants_revokes_and_vets(tmp_path):
    url, pending = await seed_cli_database(tmp_path)
    env = {"DATABASE_URL": url, "LOG_LEVEL": "WARNING"}
    code, out, err = await run_cli("admin", "grant", "11", "organiser", env=env, cwd=tmp_path)
    assert code == 0 and "member 11 is now an organiser" in out, err
    for args, complaint in (
        (("grant", "99", "admin"), "no registered member with Telegram id 99"),
        (("grant", "12", "organiser"), "organisation is not vetted"),
        (("revoke", "11", "admin"), "member 11 is not an admin"),
        (("vet", "12345", "--approve"), "no organisation with id 12345"),
        (("vet", str(pending), "--reject", ""), "reason must be 1 to 300 characters"),
    ):
        code, out, err = await run_cli("admin", *args, env=env, cwd=tmp_path)
        assert code == 2 and complaint in err and "Traceback" not in err, (args, err)
    code, out, err = await run_cli("admin", "vet", str(pending), "--approve", env=env, cwd=tmp_path)
    assert code == 0 and "is now vetted" in out, err
    code, out, err = await run_cli("admin", "vet", str(pending), "--reject", "late", env=env, cwd=tmp_path)
    assert code == 2 and "already vetted" in err
    code, out, err = await run_cli("admin", "revoke", "11", "organiser", env=env, cwd=tmp_path)
    assert code == 0 and "member 11 is now a member" in out, err
    code, out, err = await run_cli("admin", "vet", "--help", env=env, cwd=tmp_path)
    assert code == 0 and "--reject REASON" in out
    code, out, err = await run_cli("admin", "stats", env=env, cwd=tmp_path)
    counts = json.loads(out)
    assert code == 0 and counts["members"] == "< 5" and counts["organisations_by_vetting"] == {"vetted": "< 5"}

    engine = create_engine(url)
    async with session_factory(engine)() as session:
        audit = [(a.actor_id, a.action) for a in await session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        notices = [(d.telegram_id, d.kind) for d in await session.scalars(select(Delivery).order_by(Delivery.id))]
        roles = {m.telegram_id: m.role for m in await session.scalars(select(Member))}
    await engine.dispose()
    assert audit == [(None, "role-changed"), (None, "organisation-vetted"), (None, "role-changed")]
    assert notices == [(11, "role-changed"), (12, "vetting-decided"), (11, "role-changed")], "told when the bot runs"
    assert roles == {11: "member", 12: "member"}

    code, out, err = await run_cli("admin", "export", "members", env=env, cwd=tmp_path)
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [row["telegram_id"] for row in table] == ["11", "12"], err
    assert table[0]["display_name"] == '\'=HYPERLINK("x")', "a formula typed as a name stays text"
    code, out, err = await run_cli(
        "admin", "export", "orgs", "--format", "json", "--output", str(tmp_path / "o.json"), env=env, cwd=tmp_path
    )
    assert code == 0 and "2 rows of orgs written" in out, err
    assert [o["vetting"] for o in json.loads((tmp_path / "o.json").read_text())] == ["vetted", "vetted"]
    code, out, err = await run_cli("admin", "export", "audit", "--format", "json", env=env, cwd=tmp_path)
    assert [entry["action"] for entry in json.loads(out)][-2:] == ["exported", "exported"], "exports are audited"


async def test_reports_are_moderated_and_suspension_stops_everything_but_own_data(api, new_chat, runtime):
    clock = use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    await add_org(api, runtime, ASKER_ORG, 601, topics=("arms_trafficking",))
    suspicious = await add_org(api, runtime, "Suspicious Org", 641, topics=("arms_trafficking",), country="me")

    async def reported(*reasons: str) -> None:
        async with runtime.hub.sessions.begin() as session:
            session.add_all(
                [Report(reporter_id=601, organisation_id=suspicious, reason=r, created_at=clock.now) for r in reasons]
            )

    await reported("impostor", "abuse")
    admin = new_chat(ADMIN)
    await admin.send("/admin")
    await admin.press("Reports (1)")
    await admin.press("Suspicious Org (2)")
    for line in ("It is not who it claims to be: 1", "Spam, insults or harassment: 1"):
        assert line in admin.last_text()
    await admin.press("Warn them")
    assert "Suspicious Org is warned" in admin.last_text() and "No open reports" in admin.last_text()
    await wait_for_text(api, 641, "received reports about Suspicious Org")
    assert {r.status for r in await rows(runtime, Report)} == {"acted"}
    reporter_texts = [visible(str(c.params.get("text"))) for c in api.calls if c.params.get("chat_id") == 601]
    assert not any("warn" in text.lower() for text in reporter_texts), "the reporter is not told the outcome"

    await reported("safety")
    await admin.press("Back")
    await admin.press("Reports (1)")
    await admin.press("Suspicious Org (1)")
    await admin.press("Suspend the organisation")
    assert "Suspicious Org is suspended" in admin.last_text()
    suspended = new_chat(641)
    await suspended.send("/partners")
    assert "suspended by its admins" in suspended.last_text()
    await suspended.send("/mydata")
    assert [c for c in suspended.last_calls if c.method == "sendDocument"], "own data stays reachable"
    asker = new_chat(601)
    await asker.send("/partners")
    assert "Suspicious Org" not in asker.last_text(), "a suspended organisation is not suggested"
    async with runtime.hub.sessions.begin() as session:
        session.add(
            Delivery(
                telegram_id=641,
                kind="organisation-warned",
                payload={"organisation_id": suspicious},
                next_attempt_at=clock.now,
            )
        )
    await runtime.due.run_once()
    assert [d.status for d in await rows(runtime, Delivery, telegram_id=641)][-1] == "skipped"

    await admin.press("Back")
    await admin.press("Roles")
    await admin.send("601")
    await admin.press("Suspend this member")
    assert "The member is suspended" in admin.last_text()
    await asker.send("/events")
    assert "suspended by its admins" in asker.last_text()
    await admin.press("Lift this member's suspension")
    await asker.send("/events")
    assert "suspended" not in asker.last_text()
    actions = [a.action for a in await rows(runtime, AuditEntry)]
    assert actions[-4:] == ["organisation-warn", "organisation-suspend", "member-suspended", "member-unsuspended"]


async def test_an_event_can_be_reported_and_admins_see_which(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    await add_org(api, runtime, ASKER_ORG, 601)
    await add_org(api, runtime, "Suspicious Org", 641)
    await set_role(runtime, 641, "organiser")
    event = await add_event(runtime, 641, titles={"en": "Free <b>visa</b> workshop"})
    organiser = new_chat(641)
    await organiser.send(await start_link(runtime.hub, event))
    assert "Report this event" not in str(organiser.last()), "nobody reports their own event"
    guest = new_chat(ADMIN + 1)
    await guest.send(await start_link(runtime.hub, event))
    assert "Report this event" not in str(guest.last()), "only registered members report"

    member = new_chat(601)
    await member.send(await start_link(runtime.hub, event))
    card = member.last()
    await member.press("⚠️ Report this event")
    assert "Why are you reporting the event Free <b>visa</b> workshop?" in member.last_text()
    await member.press("It puts people at risk")
    assert "report about the event Free <b>visa</b> workshop has reached" in member.last_text()
    await member.press("⚠️ Report this event", message=card)
    await member.press("It puts people at risk")
    assert [(r.organisation_id, r.event_id, r.reason) for r in await rows(runtime, Report)] == [
        (await org_id(runtime, "Suspicious Org"), event, "safety")
    ], "one open report per member and event"

    admin = new_chat(ADMIN)
    await admin.send("/admin")
    await admin.press("Reports (1)")
    await admin.press("Suspicious Org (1)")
    assert "It puts people at risk: 1" in admin.last_text()
    assert "Events named in the reports" in admin.last_text() and "Free <b>visa</b> workshop (" in admin.last_text()
    await admin.press("Dismiss")
    assert {r.status for r in await rows(runtime, Report)} == {"dismissed"}
    assert not [c for c in api.calls if c.params.get("chat_id") == 641 and "report" in str(c.params.get("text"))], (
        "the organiser is not told who reported, nor that anyone did"
    )


async def org_id(runtime, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(o.id for o in await rows(runtime, Organisation) if o.name == name)


async def test_statistics_hide_small_counts_and_what_would_give_them_away(api, new_chat, runtime):
    clock = use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN, country="al")
    await set_role(runtime, ADMIN, "admin")
    await add_org(api, runtime, "Albanian Two", 901, country="al", vetting="pending")
    for number in range(6):
        await add_org(api, runtime, f"Macedonian {number}", 910 + number, country="mk", topics=("youth",))
    async with runtime.hub.sessions.begin() as session:  # 3 of 43 settled deliveries failed
        session.add_all(
            Delivery(telegram_id=910, kind="campaign", status="failed" if n < 3 else "sent", next_attempt_at=clock.now)
            for n in range(43)
        )
    await new_chat(901).send("/stats")
    assert "Only the hub's admins" in new_chat(901).last_text()
    admin = new_chat(ADMIN)
    await admin.send("/stats")
    stats = admin.last_text()
    # 8 members less 6 in North Macedonia would give the Albanian 2, and 7 vetted of 8 the one waiting
    assert "Members: 8 — by country: North Macedonia ≥ 5, Albania < 5" in stats
    assert "Organisations: ≥ 5 verified, < 5 waiting for review" in stats
    assert "By country: North Macedonia ≥ 5, Albania < 5" in stats and "By sector: NGO 8" in stats
    assert "By topic: Youth 6, Corruption < 5" in stats, "topics overlap: they add up to no total"
    assert "Deliveries: 40 sent, < 5 failed, 0 blocked — – delivered" in stats, "40 sent and 93% would give the 3"
    assert "would let a count under 5 be worked out" in stats
    assert "Person" not in stats and "Macedonian 0" not in stats, "counts only, no names"


# Who may run which command: one row per command; the columns are an unregistered user, a member, an organiser,
# an admin and a suspended member. "ok" means the command ran (whatever it answered); the others name the refusal.
REFUSALS = {
    "register": "You are not registered yet",
    "organisers": "Only organisers",
    "admins": "Only the hub's admins",
    "suspended": "suspended by its admins",
}
COMMAND_MATRIX = {
    #              unregistered  member        organiser     admin         suspended
    "start": ("ok", "ok", "ok", "ok", "suspended"),
    "help": ("ok", "ok", "ok", "ok", "suspended"),
    "language": ("ok", "ok", "ok", "ok", "suspended"),
    "register": ("ok", "ok", "ok", "ok", "suspended"),
    "profile": ("register", "ok", "ok", "ok", "suspended"),
    "subscribe": ("register", "ok", "ok", "ok", "suspended"),
    "unsubscribe": ("ok", "ok", "ok", "ok", "suspended"),
    "partners": ("register", "ok", "ok", "ok", "suspended"),
    "coalitions": ("register", "ok", "ok", "ok", "suspended"),
    "events": ("ok", "ok", "ok", "ok", "suspended"),
    "myevents": ("register", "ok", "ok", "ok", "suspended"),
    "newevent": ("organisers", "organisers", "ok", "ok", "suspended"),
    "broadcast": ("organisers", "organisers", "ok", "ok", "suspended"),
    "brief": ("organisers", "organisers", "ok", "ok", "suspended"),
    "campaigns": ("organisers", "organisers", "ok", "ok", "suspended"),
    "admin": ("admins", "admins", "admins", "ok", "suspended"),
    "stats": ("admins", "admins", "admins", "ok", "suspended"),
    "cancel": ("ok", "ok", "ok", "ok", "suspended"),
    "mydata": ("ok", "ok", "ok", "ok", "ok"),
    "forget": ("ok", "ok", "ok", "ok", "ok"),
}
PEOPLE = (800, 801, 802, 803, 804)


async def five_people(api, runtime) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """The matrix's columns; returns each registered person's organisation id."""
    clock = use_clock(runtime)
    api.open_chat(800)
    organisations = {}
    for person, role in zip(PEOPLE[1:], ("member", "organiser", "admin", "member"), strict=True):
        organisations[person] = await add_org(api, runtime, f"Org {person}", person)
        await set_role(runtime, person, role)
    async with runtime.hub.sessions.begin() as session:
        (await session.get(Member, 804)).suspended_at = clock.now  # type: ignore[union-attr]
    return organisations


async def test_who_may_run_which_command(api, new_chat, runtime):
    await five_people(api, runtime)
    wrong = []
    for command, expected in COMMAND_MATRIX.items():
        for person, outcome in zip(PEOPLE, expected, strict=True):
            chat = new_chat(person)
            await chat.send(f"/{command}")
            answer = " ".join(chat.replies())
            got = next((name for name, marker in REFUSALS.items() if marker in answer), "ok")
            if not chat.last_calls or got != outcome:
                wrong.append(f"/{command} by {person}: expected {outcome}, got {got}: {answer[:80]!r}")
    assert wrong == []


# Who may press which button: one row per kind of callback, with data a user could send (buttons are only
# shown to those who may press them, but anyone can send any callback data). {event}, {campaign},
# {introduction}, {pending}/{code} and {other} are filled in below. Wizard buttons carry the token of the
# presser's own conversation, so a made-up token (0) is stale for everyone; `test_a_lost_role_stops_wizards`
# covers a role taken away in the middle of a wizard.
CALLBACK_MATRIX = {
    #  data                        unregistered member        organiser     admin         suspended
    "lang:en": ("ok", "ok", "ok", "ok", "suspended"),
    "cmd:events": ("ok", "ok", "ok", "ok", "suspended"),
    "cmd:myevents": ("unregistered", "ok", "ok", "ok", "suspended"),
    "cmd:stats": ("expired", "expired", "expired", "expired", "suspended"),
    "fg:0:no": ("expired", "expired", "expired", "expired", "expired"),
    "ev:open:{event}:-": ("ok", "ok", "ok", "ok", "suspended"),
    "ev:rsvp:{event}:going": ("register", "ok", "ok", "ok", "suspended"),
    "ev:ics:{event}:-": ("ok", "ok", "ok", "ok", "suspended"),
    "oe:open:{event}:-": ("expired", "expired", "ok", "ok", "suspended"),
    "cp:open:{campaign}": ("expired", "expired", "ok", "ok", "suspended"),
    "cp:stop:{campaign}": ("expired", "expired", "ok", "ok", "suspended"),
    "in:dec:{introduction}": ("expired", "ok", "expired", "expired", "suspended"),
    "vo:{pending}:{code}": ("vetted-only", "ok", "ok", "ok", "suspended"),
    "rp:{other}:-": ("expired", "ok", "ok", "ok", "suspended"),
    "re:{event}:-": ("expired", "ok", "expired", "ok", "suspended"),
    **{
        f"{prefix}:0:back:-": ("expired", "expired", "expired", "expired", "suspended")
        for prefix in ("rg", "pf", "ne", "bc", "sb", "br", "pt", "co", "ad", "em")
    },
    "xx:1": ("expired", "expired", "expired", "expired", "suspended"),
}
BUTTON_REFUSALS = {
    "expired": "This button has expired",
    "suspended": "access to the hub is suspended",
    "register": "Please register first",
    "unregistered": "You are not registered yet",
    "organisers": "Only organisers",
    "vetted-only": "Only members who act for a vetted organisation",
}


async def test_who_may_press_which_button(api, new_chat, runtime):
    organisations = await five_people(api, runtime)
    runtime.hub.settings = replace(runtime.hub.settings, vouch_threshold=9)  # every vouch is counted, none vets
    clock = use_clock(runtime)
    event = await add_event(runtime, 802)
    pending = await add_org(api, runtime, "Newcomers", 650, vetting="pending")
    other = await add_org(api, runtime, "Other Org", 660)
    async with runtime.hub.sessions.begin() as session:
        campaign = Campaign(
            organiser_id=802, texts={"en": "Hello"}, audience=Audience(), send_at=clock.now + timedelta(days=1)
        )
        introduction = Introduction(
            requester_id=803,
            requester_org_id=organisations[803],
            target_org_id=organisations[801],
            created_at=clock.now,
        )
        session.add_all([campaign, introduction])
        (await session.get(Organisation, pending)).vouch_code = "c0ffee1234"  # type: ignore[union-attr]
        await session.flush()
    ids = {
        "event": event,
        "campaign": campaign.id,
        "introduction": introduction.id,
        "pending": pending,
        "code": "c0ffee1234",
        "other": other,
    }
    wrong, text_messages = [], {}
    for template, expected in CALLBACK_MATRIX.items():
        data = template.format(**ids)
        for person, outcome in zip(PEOPLE, expected, strict=True):
            chat = new_chat(person)
            if person not in text_messages:  # a text message of ours for the buttons to sit on
                await chat.send("/help")
                text_messages[person] = chat.last()["message_id"]
            await chat.press_data(data, text_messages[person])
            answer = " ".join([chat.toast() or "", *chat.replies()])
            got = next((name for name, marker in BUTTON_REFUSALS.items() if marker in answer), "ok")
            if got != outcome:
                wrong.append(f"{data} by {person}: expected {outcome}, got {got}: {answer[:80]!r}")
    assert wrong == []
    assert {c.status for c in await rows(runtime, Campaign)} == {"cancelled"}, "its organiser stopped it"
    assert [i.status for i in await rows(runtime, Introduction)] == ["declined"]
    assert len(await rows(runtime, Vouch)) == 3 and len(await rows(runtime, Report)) == 0


@pytest.mark.parametrize(
    ("command", "role"),
    [("newevent", "organiser"), ("broadcast", "organiser"), ("brief", "organiser"), ("admin", "admin")],
)
async def test_a_lost_role_stops_wizards(api, new_chat, runtime, command, role):
    use_clock(runtime)
    await add_org(api, runtime, "Org 802", 802)
    await set_role(runtime, 802, role)
    refusal = "Only the hub's admins" if role == "admin" else "Only organisers"
    chat = new_chat(802)
    await chat.send(f"/{command}")
    wizard = chat.last_with_buttons()
    await set_role(runtime, 802, "member")
    await chat.send("Some words for the wizard")
    assert refusal in chat.last_text()
    await set_role(runtime, 802, role)
    await chat.press(chat.buttons(wizard)[0]["text"], message=wizard)
    assert chat.toast() == "This button has expired.", "the wizard does not come back with the role"

    await chat.send(f"/{command}")
    wizard = chat.last_with_buttons()
    await set_role(runtime, 802, "member")
    await chat.press(chat.buttons(wizard)[0]["text"], message=wizard)
    assert refusal in chat.last_text()
    assert not await rows(runtime, Conversation), "the wizard ended"


async def test_two_vetted_organisations_vouching_vet_a_new_one(api, new_chat, runtime):
    use_clock(runtime)
    newcomers = await add_org(api, runtime, "Newcomers", 650, vetting="pending")
    await add_org(api, runtime, "Also Waiting", 660, vetting="pending")
    await add_org(api, runtime, ASKER_ORG, 601, 602)
    await add_org(api, runtime, "Balkan Arms Watch", 611)
    founder = new_chat(650)
    await founder.send("/profile")
    found = re.search(r"https://t\.me/\w+\?start=(vouch-\d+-[0-9a-f]{10})", founder.last_text())
    assert found, founder.last_text()
    link = found.group(1)
    await founder.send("/cancel")

    waiting = new_chat(660)
    await waiting.send(f"/start {link}")
    assert "Only members who act for a vetted organisation" in waiting.last_text()
    first = new_chat(601)
    await first.send(f"/start vouch-{newcomers}-0123456789")
    assert "not valid" in first.last_text(), "a guessed code opens nothing"
    await first.send(f"/start {link}")
    assert "Do you vouch for Newcomers?" in first.last_text() and "About Newcomers" in first.last_text()
    await first.press("We vouch for them")
    assert "recorded (1 of 2)" in first.last_text()
    colleague = new_chat(602)
    await colleague.send(f"/start {link}")
    assert "already vouched" in colleague.last_text(), "one vouch per organisation"
    second = new_chat(611)
    await second.send(f"/start {link}")
    await second.press("Cancel")
    assert "Nothing was recorded" in second.last_text()
    await second.send(f"/start {link}")
    await second.press("We vouch for them")
    assert "Newcomers is now vetted" in second.last_text()
    await wait_for_text(api, 650, "the hub has vetted Newcomers")
    assert {o.name: o.vetting for o in await rows(runtime, Organisation)}["Newcomers"] == "vetted"
    actions = [(a.actor_id, a.action) for a in await rows(runtime, AuditEntry)]
    assert actions == [(601, "organisation-vouched"), (611, "organisation-vouched"), (None, "organisation-vetted")]


async def test_long_operations_show_a_progress_bar_on_a_terminal(tmp_path):
    url, _pending = await seed_cli_database(tmp_path)
    rows_in_file = "".join(f"Organisation {n},al,ngo,corruption,,yes\n" for n in range(250))
    (tmp_path / "many.csv").write_text("name,country,sector,topics,activities,discoverable\n" + rows_in_file)
    for args, total in (
        (("import-orgs", str(tmp_path / "many.csv")), 250),
        (("export", "orgs", "--output", str(tmp_path / "orgs.csv")), 252),
    ):
        terminal, terminal_side = pty.openpty()
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "admin",
            *args,
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=terminal_side,
            env={**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": url},
        )
        os.close(terminal_side)
        out, _ = await asyncio.wait_for(process.communicate(), timeout=60)
        shown = b""
        while select_module.select([terminal], [], [], 0.2)[0]:
            try:
                shown += os.read(terminal, 65536)
            except OSError:  # the other side is closed and everything is read
                break
        os.close(terminal)
        assert process.returncode == 0, out
        assert f"[{'#' * 30}] {total}/{total}".encode() in shown, shown[-200:]
        assert shown.count(b"\r") <= 110, "a bar redraws about a hundred times, not once a row"
    code, out, err = await run_cli("admin", "export", "orgs", env={"DATABASE_URL": url}, cwd=tmp_path)
    assert code == 0 and "#" not in err, "no bar when the output is not a terminal"


async def test_two_vouches_at_once_vet_the_organisation_once(api, runtime):
    use_clock(runtime)
    newcomers = await add_org(api, runtime, "Newcomers", 650, vetting="pending")
    await add_org(api, runtime, ASKER_ORG, 601)
    await add_org(api, runtime, "Balkan Arms Watch", 611)
    async with runtime.hub.sessions.begin() as session:
        (await session.get(Organisation, newcomers)).vouch_code = "c0ffee1234"  # type: ignore[union-attr]
    data = Vouching(newcomers, "c0ffee1234").pack()
    presses = [
        Incoming(user_id=user_id, chat_id=user_id, callback_id=f"q{user_id}", callback_data=data)
        for user_id in (601, 611)
    ]
    await asyncio.gather(*(runtime.hub.dispatch(press, SilentMessenger()) for press in presses))
    assert len(await rows(runtime, Vouch)) == 2
    assert {o.name: o.vetting for o in await rows(runtime, Organisation)}["Newcomers"] == "vetted", (
        "each vouch saw the other: the second one vets"
    )
    assert [a.action for a in await rows(runtime, AuditEntry)].count("organisation-vetted") == 1


async def test_importing_organisations_is_all_or_nothing(tmp_path):
    url, _pending = await seed_cli_database(tmp_path)
    env = {"DATABASE_URL": url, "LOG_LEVEL": "WARNING"}

    def write(name: str, text: str, encoding: str = "utf-8") -> str:
        (tmp_path / name).write_bytes(text.encode(encoding))
        return str(tmp_path / name)

    good = write(
        "good.csv",
        "name,country,sector,topics,activities,discoverable\n"
        "Qendra Ligjore,al,ngo,corruption;rule_of_law,legal_aid,yes\n"
        "Центар за млади,mk,grassroots,youth,,no\n",
    )
    bad = write(
        "bad.csv",
        "name,country,sector,topics\n"
        "Vetted,al,ngo,corruption\n"
        "Twice,xx,ngo,corruption\n"
        "twice ,al,farm,smuggling\n"
        "Fine Org,rs,media,cybercrime\n",
    )
    for path, complaint in (
        (bad, "row 2: the name 'Vetted' is already taken"),
        (bad, "row 3: unknown country id 'xx'"),
        (bad, "row 4: the name 'twice' is already taken"),
        (bad, "row 4: unknown sector id 'farm'"),
        (bad, "row 4: unknown topic id(s) smuggling"),
        (write("short.csv", "name,country\nX,al\n"), "missing column(s) sector, topics"),
        (write("latin1.csv", "name,country,sector,topics\nZüri,al,ngo,youth\n", "latin-1"), "is not UTF-8"),
    ):
        code, out, err = await run_cli("admin", "import-orgs", path, env=env, cwd=tmp_path)
        assert code == 2 and complaint in err and "Traceback" not in err, (path, err)
    assert "Fine Org" not in err, "a good row is not listed as wrong"
    code, out, err = await run_cli("admin", "import-orgs", good, "--dry-run", env=env, cwd=tmp_path)
    assert code == 0 and "2 organisations are ready to import as pending" in out, err
    code, out, err = await run_cli("admin", "import-orgs", good, "--as", "vetted", env=env, cwd=tmp_path)
    assert code == 0 and "2 organisations imported as vetted" in out, err

    engine = create_engine(url)
    async with session_factory(engine)() as session:
        names = {
            o.name: (o.vetting, o.discoverable, [t.topic for t in o.topics])
            for o in await session.scalars(select(Organisation))
        }
        imports = [
            a.detail
            for a in await session.scalars(select(AuditEntry).where(AuditEntry.action == "organisations-imported"))
        ]
    await engine.dispose()
    assert names["Qendra Ligjore"] == ("vetted", True, ["corruption", "rule_of_law"])
    assert names["Центар за млади"] == ("vetted", False, ["youth"])
    assert "Fine Org" not in names and "Twice" not in names, "a file with a bad row imports nothing"
    assert imports == [{"rows": 2, "vetting": "vetted"}]


async def test_reports_another_admin_has_handled_are_not_handled_twice(api, new_chat, runtime):
    """Two admins with the same reported organisation open: the second one's Warn or Suspend, pressed on the
    screen from before the first one's decision, warns and suspends nobody again."""
    clock = use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN, ADMIN + 1)
    for admin_id in (ADMIN, ADMIN + 1):
        await set_role(runtime, admin_id, "admin")
    await add_org(api, runtime, ASKER_ORG, 601)
    suspicious = await add_org(api, runtime, "Suspicious Org", 641)

    async def reported():  # type: ignore[no-untyped-def]
        async with runtime.hub.sessions.begin() as session:
            session.add(Report(reporter_id=601, organisation_id=suspicious, reason="abuse", created_at=clock.now))
        screens = []
        for admin_id in (ADMIN, ADMIN + 1):
            admin = new_chat(admin_id)
            await admin.send("/admin")
            await admin.press("Reports (1)")
            await admin.press("Suspicious Org (1)")
            screens.append(admin)
        return screens[0], screens[1]

    first, second = await reported()
    await first.press("Warn them")
    await second.press("Warn them")
    assert "Another admin has already decided" in second.last_text()

    first, second = await reported()
    await first.press("Suspend the organisation")
    await second.press("Suspend the organisation")
    assert "Another admin has already decided" in second.last_text()
    await runtime.due.run_once()
    assert len(await rows(runtime, Delivery, kind="organisation-warned")) == 1, "warned once"
    actions = [a.action for a in await rows(runtime, AuditEntry) if a.action.startswith("organisation-")]
    assert actions == ["organisation-warn", "organisation-suspend"]
