"""Vouching: members of vetted organisations vouch for a new one they know, through a link its founder shares.
Vouches from VOUCH_THRESHOLD different vetted organisations vet it without waiting for an admin.

Only an organisation an admin vetted may vouch; one vetted by vouches may not. Otherwise two colluding
organisations could vet two fresh ones of their own, those two the next two, and so on: a chain that grows without
an admin ever looking, and that outlives the suspension of the two who started it (vouches count when they are
given). One level keeps every vouched organisation one step from an admin's decision, and the two who vouched for it
answer for it in the audit log. A minimum age would only slow the chain down; it is the simplest rule that stops it.

The link carries a random code kept with the organisation, so the waiting list cannot be walked by guessing ids."""

from __future__ import annotations

import re
import secrets

from handlers.admin import console
from handlers.kit.actions import Action
from handlers.kit.core import Context
from handlers.kit.messages import Button, Screen, parse_number
from handlers.partners.introductions import acting_organisation, organisation_card
from handlers.partners.matching import IndexCache
from storage import audit_repos, partner_repos, repos
from storage.models import Organisation, Vetting


class Vouching(Action, prefix="vo"):
    """Vouch for an organisation with the code from its link, or `no` to cancel."""

    organisation: int
    code: str


LINK = re.compile(r"^vouch-([0-9]{1,12})-([0-9a-f]{10})$")


def vouch_link(ctx: Context, organisation: Organisation) -> str:
    """The link a founder sends to organisations that know them; the code is made the first time it is shown."""
    if organisation.vouch_code is None:
        organisation.vouch_code = secrets.token_hex(5)
    return f"https://t.me/{ctx.bot_username}?start=vouch-{organisation.id}-{organisation.vouch_code}"


async def open_from_link(ctx: Context, payload: str) -> bool:
    """Handle `/start vouch-…`; False if the payload is not a vouching link."""
    found = LINK.match(payload)
    if found is None:
        return payload.startswith("vouch-") and _invalid(ctx)
    organisation = await _organisation(ctx, found.group(1), found.group(2))
    if organisation is None:
        return _invalid(ctx)
    refusal = await _refusal(ctx, organisation)
    if refusal is not None:
        ctx.show(Screen(ctx.tr(refusal, organisation=organisation.name)))
        return True
    rows = [
        [
            Button(ctx.tr.plain("vouch-btn-confirm"), Vouching(organisation.id, found.group(2)).pack()),
            Button(ctx.tr.plain("btn-cancel"), Vouching(organisation.id, "no").pack()),
        ]
    ]
    ctx.show(
        Screen.of(
            ctx.tr("vouch-ask", organisation=organisation.name) + "\n\n" + organisation_card(ctx, organisation), rows
        )
    )
    return True


def _invalid(ctx: Context) -> bool:
    ctx.show(Screen(ctx.tr("vouch-link-invalid")))
    return True


async def _organisation(ctx: Context, number: str, code: str, *, lock: bool = False) -> Organisation | None:
    # locked when vouching: two vouches at once then count one after the other, so the last one sees both and
    # vets (on PostgreSQL each would otherwise count only itself, and nobody would vet)
    organisation_id = parse_number(number)
    if organisation_id is None:  # not a row id: a made-up button, or a link with a number too large to be one
        return None
    organisation = await repos.get_organisation(ctx.session, organisation_id, lock=lock)
    if (
        organisation is None
        or organisation.vouch_code is None
        or not secrets.compare_digest(organisation.vouch_code, code)
    ):
        return None
    return organisation


async def _refusal(ctx: Context, organisation: Organisation) -> str | None:
    """Why this member may not vouch for `organisation` (a message id), or None."""
    own = acting_organisation(ctx)
    if own is None or own.vetting != Vetting.VETTED or own.suspended_at is not None:
        return "vouch-not-allowed"
    if own.vetted_by_vouches:
        return "vouch-not-allowed-vouched"
    if own.id == organisation.id or organisation.vetting != Vetting.PENDING:
        return "vouch-not-needed"
    if await partner_repos.vouch_exists(ctx.session, organisation.id, own.id):
        return "vouch-already"
    return None


async def on_vouch(ctx: Context, press: Vouching) -> None:
    if press.code == "no":
        ctx.show(Screen(ctx.tr("vouch-cancelled")))
        return
    organisation = await _organisation(ctx, str(press.organisation), press.code, lock=True)
    if organisation is None:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    refusal = await _refusal(ctx, organisation)
    own = acting_organisation(ctx)
    if refusal is not None or own is None:
        ctx.show(Screen(ctx.tr(refusal or "vouch-not-allowed", organisation=organisation.name)))
        return
    await partner_repos.add_vouch(ctx.session, organisation.id, own.id, ctx.user_id, ctx.now)
    audit_repos.audit(
        ctx.session,
        ctx.user_id,
        "organisation-vouched",
        f"organisation:{organisation.id}",
        by_organisation=own.id,
        at=ctx.now,
    )
    vouches, needed = await partner_repos.count_vouches(ctx.session, organisation.id), ctx.settings.vouch_threshold
    if vouches >= needed:
        await console.decide(
            ctx.session, organisation, Vetting.VETTED, None, actor=None, notify=ctx.notify, at=ctx.now, via="vouches"
        )
        organisation.vetted_by_vouches = True
        ctx.shared(IndexCache).invalidate()
        ctx.show(Screen(ctx.tr("vouch-vetted", organisation=organisation.name)))
        return
    ctx.show(Screen(ctx.tr("vouch-counted", organisation=organisation.name, count=vouches, needed=needed)))
