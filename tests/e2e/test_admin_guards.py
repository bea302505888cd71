"""Nobody locks the hub's admins out: the admins of ADMIN_IDS and the last admin cannot be suspended (nor their
organisation, nor the last admin's role taken), and `resilience-hub admin unsuspend` lifts a suspension."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from bot.runtime import Runtime
from storage import repos
from storage.db import create_engine, migrate, session_factory
from storage.models import AuditEntry, Member, Organisation, Report
from tests.chat import Chat
from tests.conftest import bot_settings
from tests.e2e.test_cli import run_cli
from tests.e2e.test_partners import add_org
from tests.events_support import START, rows, set_role, use_clock

pytestmark = pytest.mark.both_databases

OWNER, ADMIN, OTHER = 900, 901, 902  # OWNER is in ADMIN_IDS; ADMIN and OTHER have the admin role


async def report(runtime: Runtime, org_id: int, reporter: int) -> None:
    async with runtime.hub.sessions.begin() as session:
        session.add(Report(reporter_id=reporter, organisation_id=org_id, reason="abuse", created_at=START))


async def open_member(chat: Chat, member_id: int) -> None:
    await chat.send("/admin")
    await chat.press("Roles")
    await chat.send(str(member_id))


async def test_a_role_admin_cannot_suspend_the_admins_of_admin_ids(api, engine, database_url):
    settings = bot_settings(api, engine, database_url, admin_ids=frozenset({OWNER}))
    async with Runtime(settings, polling_timeout=1, strict_translations=True) as runtime:
        use_clock(runtime)
        owners = await add_org(api, runtime, "Hub Owners", OWNER)
        await add_org(api, runtime, "Hub Team", ADMIN)
        await set_role(runtime, ADMIN, "admin")
        admin = Chat(api, runtime.hub, user_id=ADMIN, language_code="en")
        await open_member(admin, OWNER)
        await admin.press("Suspend this member")
        assert admin.toast() == "The admins named in ADMIN_IDS run the hub and cannot be suspended."

        await report(runtime, owners, ADMIN)
        await admin.send("/admin")
        await admin.press("Reports")
        await admin.press("Hub Owners")
        await admin.press("Suspend")
        assert "cannot be suspended" in admin.toast(), "nor through their organisation"
        assert [o.suspended_at for o in await rows(runtime, Organisation, id=owners)] == [None]
        assert [m.suspended_at for m in await rows(runtime, Member, telegram_id=OWNER)] == [None]

        async with runtime.hub.sessions.begin() as session:  # suspended some other way (an older version, SQL)
            await session.execute(update(Member).where(Member.telegram_id == OWNER).values(suspended_at=START))
        owner = Chat(api, runtime.hub, user_id=OWNER, language_code="en")
        await owner.send("/admin")
        assert "Administration" in owner.last_text(), "an admin of ADMIN_IDS is never locked out"
    assert api.errors() == []


async def test_the_last_admin_can_be_neither_suspended_nor_demoted(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN, OTHER)
    await set_role(runtime, ADMIN, "admin")
    await set_role(runtime, OTHER, "admin")
    admin = new_chat(ADMIN)
    await open_member(admin, OTHER)
    await admin.press("Suspend this member")
    assert "The member is suspended" in admin.last_text(), "another admin is left"

    await admin.press("Back")
    await admin.send(str(ADMIN))
    await admin.press("Suspend this member")
    assert admin.toast() == "That would leave the hub without an admin who could lift it."
    await admin.press("Member")
    assert admin.toast() == "That would leave the hub without an admin who could lift it."
    me = (await rows(runtime, Member, telegram_id=ADMIN))[0]
    assert (me.role, me.suspended_at) == ("admin", None)


async def test_the_command_line_lifts_a_suspension(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path}/hub.db"
    engine = create_engine(url)
    await migrate(engine)
    async with session_factory(engine).begin() as session:
        org = Organisation(
            name="Hub Team",
            name_key=repos.name_key("Hub Team"),
            country="al",
            sector="ngo",
            vetting="vetted",
            suspended_at=START,
        )
        session.add(org)
        session.add(
            Member(
                telegram_id=11,
                organisation=org,
                membership="founder",
                role="admin",
                registered_at=START,
                suspended_at=START,
            )
        )
        await session.flush()
        org_id = org.id
    env = {"DATABASE_URL": url, "LOG_LEVEL": "WARNING"}
    code, out, err = await run_cli("admin", "unsuspend", "11", env=env, cwd=tmp_path)
    assert code == 0 and "member 11 is no longer suspended" in out, err
    code, out, err = await run_cli("admin", "unsuspend", "11", env=env, cwd=tmp_path)
    assert code == 2 and "member 11 is not suspended" in err and "Traceback" not in err
    code, out, err = await run_cli("admin", "unsuspend", str(org_id), "--organisation", env=env, cwd=tmp_path)
    assert code == 0 and f"organisation {org_id} is no longer suspended" in out, err
    code, out, err = await run_cli("admin", "unsuspend", "999", env=env, cwd=tmp_path)
    assert code == 2 and "no member 999" in err
    async with session_factory(engine)() as session:
        member = await session.get(Member, 11)
        organisation = await session.get(Organisation, org_id)
        audit = [(a.actor_id, a.action, a.subject) for a in await session.scalars(select(AuditEntry))]
    await engine.dispose()
    assert member is not None and organisation is not None
    assert (member.suspended_at, organisation.suspended_at) == (None, None)
    assert audit == [
        (None, "member-unsuspended", "member:11"),
        (None, "organisation-unsuspend", f"organisation:{org_id}"),
    ]


async def test_a_suspended_member_who_uses_forget_is_suspended_again_on_return(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    await add_org(api, runtime, "Balkan Watch", 611, 612)
    admin = new_chat(ADMIN)
    await open_member(admin, 611)
    await admin.press("Suspend this member")
    suspended = new_chat(611)
    await suspended.send("/forget")
    await suspended.press("Yes, erase")
    assert "erased" in suspended.last_text()
    assert await rows(runtime, Member, telegram_id=611) == [], "the person is erased"
    await suspended.send("/register")
    assert "suspended by its admins" in suspended.last_text(), "the admins' decision is not erased with them"
    await suspended.send("/events")
    assert "suspended by its admins" in suspended.last_text()

    await open_member(admin, 611)
    assert "No registered member" in admin.last_text(), "they are no one's member now"
    async with runtime.hub.sessions.begin() as session:  # lifted by the command line's path (no member screen)
        from storage import repos

        member = await session.get(Member, 611)
        assert member is not None and member.suspended_at is not None
        member.suspended_at = None
        await repos.lift_kept_suspension(session, 611)
    await suspended.send("/forget")
    await suspended.press("Yes, erase")
    await suspended.send("/register")
    assert "suspended" not in suspended.last_text(), "lifted, and forgotten again, they may come back"


async def test_nothing_a_suspended_organiser_prepared_goes_out(api, new_chat, runtime):
    """Their scheduled broadcast, their message to attendees, their events in the list: held while suspended."""
    from tests.e2e.test_forget import broadcast
    from tests.events_support import add_event, add_member

    clock = use_clock(runtime)
    await add_member(runtime, 611, role="organiser")
    for user_id in (621, 622):
        await add_member(runtime, user_id)
        api.open_chat(user_id)
    await add_event(runtime, 611, titles={"en": "Dialogue on ports"})
    organiser = new_chat(611)
    await broadcast(organiser, "Tomorrow's news", 3, at="2026-11-26 09:00")
    reader = new_chat(621)
    await reader.send("/events")
    assert "Dialogue on ports" in reader.last_text()
    async with runtime.hub.sessions.begin() as session:
        member = await session.get(Member, 611)
        assert member is not None
        member.suspended_at = clock.now
    clock.advance(days=1)
    mark = len(api.calls)
    await runtime.due.run_once()
    await runtime.due.deliver_due()
    assert not [c for c in api.calls[mark:] if "Tomorrow's news" in str(c.params.get("text"))]
    await reader.send("/events")
    assert "Dialogue on ports" not in reader.last_text(), "a suspended organiser's events are not offered"
