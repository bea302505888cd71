"""The audit log as admins read it, end to end on both engines: times in TIMEZONE on the hub's clock, with the
zone named; actions, subjects and details in the admin's language; a vetting by vouches says so."""

from __future__ import annotations

import re

import pytest

from tests.e2e.test_partners import ASKER_ORG, add_org
from tests.events_support import set_role, use_clock

pytestmark = pytest.mark.both_databases

ADMIN = 900


async def test_entries_read_in_the_admins_language_and_zone_on_the_hubs_clock(api, new_chat, runtime):
    use_clock(runtime)  # 25 November 2026, 12:00 UTC: 13:00 in Belgrade, and days before the wall clock
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    await add_org(api, runtime, "Balkan Arms Watch", 611)
    admin = new_chat(ADMIN)
    await admin.send("/admin")
    await admin.press("Roles")
    await admin.send("611")
    await admin.press("Organiser")
    await admin.send("/admin")
    await admin.press("Audit log")
    log = admin.last_text()
    assert "times in Europe/Belgrade" in log
    assert "25.11.2026 13:00 · role changed · member 611 · member 900 · after: Organiser, before: Member" in log
    assert "role-changed" not in log and "member:611" not in log, "no raw ids"

    german = new_chat(ADMIN, language_code="de")
    await german.send("/language")
    await german.press("Deutsch")
    await german.send("/admin")
    await german.press("Audit-Log")
    shown = german.last_text()
    assert "Rolle geändert · Mitglied 611 · Mitglied 900 · nachher: Veranstalter, vorher: Mitglied" in shown


async def test_a_vetting_by_vouches_says_so(api, new_chat, runtime):
    use_clock(runtime)
    newcomers = await add_org(api, runtime, "Newcomers", 650, vetting="pending")
    await add_org(api, runtime, ASKER_ORG, 601)
    await add_org(api, runtime, "Balkan Arms Watch", 611)
    await add_org(api, runtime, "Hub Team", ADMIN)
    await set_role(runtime, ADMIN, "admin")
    founder = new_chat(650)
    await founder.send("/profile")
    link = re.search(r"\?start=(vouch-\d+-[0-9a-f]{10})", founder.last_text())
    assert link
    for voucher in (601, 611):
        chat = new_chat(voucher)
        await chat.send(f"/start {link.group(1)}")
        await chat.press("We vouch for them")
    admin = new_chat(ADMIN)
    await admin.send("/admin")
    await admin.press("Audit log")
    log = admin.last_text()
    assert f"organisation vetted · organisation no. {newcomers} · vouches of vetted organisations" in log
    assert "command line" not in log
    assert f"vouched for · organisation no. {newcomers} · member 611" in log
