"""Reporting an organisation: every organisation card carries a button; a report waits in the admins' queue.
The reporter is told it was received, never what came of it."""

from __future__ import annotations

from typing import Any

from handlers.core import Context
from handlers.kit import Button, Screen, parse_number
from storage import partner_repos
from storage.models import Organisation, Report

PREFIX = "rp"
REASONS = ("impostor", "abuse", "safety", "other")


def report_button(ctx: Context, organisation_id: int, label: str = "report-btn", **variables: Any) -> Button:
    return Button(ctx.tr.plain(label, **variables), ctx.button(PREFIX, organisation_id, "-"))


async def on_report(ctx: Context, fields: list[str]) -> None:
    number, reason = parse_number(fields[0]), fields[1]
    organisation = await ctx.session.get(Organisation, number) if number is not None else None
    own = ctx.member.organisation_id if ctx.member else None
    if organisation is None or not ctx.registered or organisation.id == own or reason not in ("-", "no", *REASONS):
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    if reason == "-":  # the card's button: ask why, in a new message so the card stays
        rows = [[Button(ctx.tr.plain(f"report-reason-{r}"), ctx.button(PREFIX, organisation.id, r))]
                for r in REASONS]
        rows.append([Button(ctx.tr.plain("btn-cancel"), ctx.button(PREFIX, organisation.id, "no"))])
        ctx.reply(Screen.of(ctx.tr("report-ask", organisation=organisation.name), rows))
        return
    if reason == "no":
        ctx.show(Screen(ctx.tr("report-cancelled")))
        return
    if not await partner_repos.open_report_exists(ctx.session, ctx.user_id, organisation.id):
        ctx.session.add(Report(reporter_id=ctx.user_id, organisation_id=organisation.id, reason=reason,
                               created_at=ctx.now))
    ctx.show(Screen(ctx.tr("report-received", organisation=organisation.name)))
