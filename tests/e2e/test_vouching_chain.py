"""Vouching does not chain, end to end on both engines: an organisation vetted by the vouches of others cannot vouch
in turn, so two colluding organisations cannot vet new ones of their own without end."""

from __future__ import annotations

import pytest

from bot.runtime import Runtime
from handlers.partners.vouching import Vouching
from storage.models import Organisation, Vouch
from tests.e2e.test_partners import add_org
from tests.events_support import rows, use_clock

pytestmark = pytest.mark.both_databases


async def vouch_link(runtime: Runtime, organisation_id: int, code: str) -> str:
    """The /start payload of the link the organisation's founder would share."""
    async with runtime.hub.sessions.begin() as session:
        organisation = await session.get(Organisation, organisation_id)
        assert organisation is not None
        organisation.vouch_code = code
    return f"vouch-{organisation_id}-{code}"


async def vetting(runtime: Runtime) -> dict[str, str]:
    return {o.name: o.vetting for o in await rows(runtime, Organisation)}


async def test_an_organisation_vetted_by_vouches_cannot_vouch_in_turn(api, new_chat, runtime):
    use_clock(runtime)
    await add_org(api, runtime, "Alpha Watch", 601)  # vetted by the hub's admins
    await add_org(api, runtime, "Beta Lab", 611)
    gammas = [await add_org(api, runtime, f"Gamma {n}", 650 + n, vetting="pending") for n in range(2)]
    delta = await add_org(api, runtime, "Delta", 670, vetting="pending")
    for number, gamma in enumerate(gammas):
        link = await vouch_link(runtime, gamma, f"{number:010x}")
        for voucher in (601, 611):
            chat = new_chat(voucher)
            await chat.send(f"/start {link}")
            await chat.press("We vouch for them")
    assert [(await vetting(runtime))[f"Gamma {n}"] for n in range(2)] == ["vetted", "vetted"]

    link = await vouch_link(runtime, delta, "d" * 10)
    for member in (650, 651):
        gamma = new_chat(member)
        await gamma.send(f"/start {link}")
        assert "vetted through the vouches of others, so it cannot vouch" in gamma.last_text()
        assert "We vouch for them" not in str(gamma.last())
        await gamma.press_data(Vouching(delta, "d" * 10).pack(), gamma.last()["message_id"])
        assert "vetted through the vouches of others" in gamma.last_text(), "nor with a button made up"
    assert await rows(runtime, Vouch, organisation_id=delta) == []
    assert (await vetting(runtime))["Delta"] == "pending"

    # a vouch one of them gave before this rule does not count towards vetting either
    async with runtime.hub.sessions.begin() as session:
        session.add(Vouch(organisation_id=delta, voucher_org_id=gammas[0], created_at=runtime.hub.clock()))
    alpha = new_chat(601)
    await alpha.send(f"/start {link}")
    assert "Do you vouch for Delta?" in alpha.last_text(), "an organisation the admins vetted still may"
    await alpha.press("We vouch for them")
    assert "recorded (1 of 2)" in alpha.last_text()
    assert (await vetting(runtime))["Delta"] == "pending"
