"""/stats for admins: how the network grows, in counts only. A count from 1 to 4 reads "< 5", so no cell can
point at a person (one organisation in a small country, one member a month)."""

from __future__ import annotations

from typing import Any

from handlers.core import Context
from handlers.counts import masked
from handlers.kit import Screen
from handlers.taxonomy import label_id
from storage import stats_repos


async def stats_command(ctx: Context) -> None:
    if not ctx.is_admin:
        ctx.show(Screen(ctx.tr("stats-only")))
        return
    counts = await stats_repos.network_counts(ctx.session, ctx.now)
    ctx.show(Screen(render(ctx, counts)))


def render(ctx: Context, counts: dict[str, Any]) -> str:
    def by(kind: str, values: dict[str, int]) -> str:
        ordered = sorted(values.items(), key=lambda item: (-item[1], item[0]))
        return ", ".join(f"{ctx.tr.plain(label_id(kind, key))} {masked(n)}" for key, n in ordered) or "–"

    deliveries = counts["deliveries_by_status"]
    settled = sum(deliveries.get(status, 0) for status in ("sent", "failed", "blocked"))
    rate = f"{deliveries.get('sent', 0) / settled:.0%}" if settled else "–"
    vetting = counts["organisations_by_vetting"]
    return ctx.tr(
        "stats-text", members=masked(counts["members"]),
        members_by_country=by("country", counts["members_by_country"]),
        vetted=masked(vetting.get("vetted", 0)), pending=masked(vetting.get("pending", 0)),
        by_country=by("country", counts["organisations_by_country"]),
        by_sector=by("sector", counts["organisations_by_sector"]),
        by_topic=by("topic", counts["organisations_by_topic"]),
        growth=", ".join(f"{month}: {masked(n)}" for month, n in counts["new_members_by_month"].items()),
        events=masked(counts["events_published"]), upcoming=masked(counts["events_upcoming"]),
        attendance=masked(counts["attendance_confirmed"]),
        sent=masked(deliveries.get("sent", 0)), failed=masked(deliveries.get("failed", 0)),
        blocked=masked(deliveries.get("blocked", 0)), rate=rate,
        requested=masked(counts["introductions_requested"]), accepted=masked(counts["introductions_accepted"]))
