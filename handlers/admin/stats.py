"""/stats for admins: how the network grows, in counts only. A count from 1 to 4 reads "< 5", so no cell can
point at a person (one organisation in a small country, one member a month).

Hiding the small cells is not enough where the cells of a breakdown add up to a total an admin can know (the
members, by country; the organisations, by country, sector or vetting): the total less the cells shown gives back
a hidden one. `suppress` then hides the next smallest cell too, which reads "≥ 5" (secondary suppression), and
withholds the breakdown when even that would give a small cell away. The delivery rate, a ratio of counts, is shown
only when every count in it is. (Each breakdown is protected on its own, against its own total.)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from handlers.kit.core import Context
from handlers.kit.counts import SMALL, masked
from handlers.kit.messages import Screen
from handlers.kit.taxonomy import label_id
from storage import stats_repos
from storage.models import DeliveryStatus, Vetting

SMALL_MARK = f"< {SMALL}"  # a count from 1 to SMALL - 1
HIDDEN_MARK = f"≥ {SMALL}"  # a larger count, hidden so that a small one cannot be worked out from the total
# breakdowns that add up to no total an admin could know: an organisation works on several topics, and the outbox's
# total is shown nowhere (the delivery rate, which would give part of it away, is hidden as soon as a count in it is)
NO_TOTAL = frozenset({"organisations_by_topic", "deliveries_by_status"})
RATE_PARTS = (DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.BLOCKED)


def suppress(cells: Mapping[str, int], *, adds_up: bool = True) -> dict[str, str] | None:
    """Each cell as it may be shown, or None when the breakdown must be withheld.

    Small cells read "< 5". When the cells add up to a total (`adds_up`), that total is taken as known (it is shown,
    or another breakdown of it gives it away) once it is 5 or more; then the smallest other cell reads "≥ 5" too, and
    if a small cell could be worked out even so, the breakdown is withheld. Exactly one such cell, whatever the
    values: hiding a second one only when the first is not enough would itself tell what they hide. Whoever reads the
    cells is taken to know this rule, so to know that the hidden larger cell is 5 or more and no more than the
    smallest cell shown (tests/unit/test_stats.py tries every reading). Zeros stay shown: they point at nobody."""
    shown = {key: masked(count) for key, count in cells.items()}
    small = [key for key, count in cells.items() if 0 < count < SMALL]
    if not adds_up or not small or sum(cells.values()) < SMALL:
        return shown
    larger = sorted((count, key) for key, count in cells.items() if count >= SMALL)
    hidden = [key for _count, key in larger[:1]]
    cap = _cap(larger)
    if not _protected(cells, small, hidden, cap):
        return None  # e.g. 1 and 5 of 6: the only way to make 6 of a small cell and a larger one
    return shown | {key: HIDDEN_MARK for key in hidden}


def _cap(larger: list[tuple[int, str]]) -> float:
    """The most the hidden larger cell could be, to someone who knows it was the smallest: the next one's count,
    or one less when the next one comes first among equals."""
    if len(larger) < 2:
        return math.inf
    (_count, key), (following, following_key) = larger[0], larger[1]
    return following if key < following_key else following - 1


def _protected(cells: Mapping[str, int], small: list[str], hidden: list[str], cap: float) -> bool:
    """Whether every small cell could be one of two values or more, given the total, the cells shown, the small
    ones' range (1 to 4) and the hidden larger ones' (5 to `cap`, the smallest cell shown)."""
    bounds = {key: (1.0, SMALL - 1.0) for key in small} | {key: (float(SMALL), cap) for key in hidden}
    for key in small:
        others = [other for other in bounds if other != key]
        below = sum(cells[other] - bounds[other][0] for other in others)  # how much the others could give up
        above = sum(bounds[other][1] - cells[other] for other in others)  # and take on
        lowest, highest = max(1, cells[key] - above), min(SMALL - 1, cells[key] + below)
        if highest <= lowest:
            return False
    return True


def rate(cells: Mapping[str, int], shown: Mapping[str, str] | None) -> str:
    """Sent among the settled deliveries, or "–": a ratio of two counts gives them away, with their difference,
    so it is shown only when none of them is small and every count in it is shown as it is."""
    sent = cells.get(DeliveryStatus.SENT, 0)
    settled = sum(cells.get(part, 0) for part in RATE_PARTS)
    if not settled or shown is None or any(_is_hidden(shown.get(part, "0")) for part in RATE_PARTS):
        return "–"
    if any(0 < count < SMALL for count in (sent, settled, settled - sent)):
        return "–"
    return f"{sent / settled:.0%}"


def _is_hidden(value: str) -> bool:
    return value in (SMALL_MARK, HIDDEN_MARK)


def protected(counts: Mapping[str, Any]) -> dict[str, Any]:
    """The counts as they may be shown, on /stats and by `resilience-hub admin stats`: a breakdown (a dict) through
    `suppress`, None when withheld; a single count through `masked`."""
    return {
        name: suppress(value, adds_up=name not in NO_TOTAL) if isinstance(value, dict) else masked(value)
        for name, value in counts.items()
    }


async def stats_command(ctx: Context) -> None:
    if not ctx.is_admin:
        ctx.show(Screen(ctx.tr("stats-only")))
        return
    counts = await stats_repos.network_counts(ctx.session, ctx.now)
    ctx.show(Screen(render(ctx, counts)))


def _ordered(shown: Mapping[str, str], cells: Mapping[str, int]) -> list[tuple[str, str]]:
    """Largest first; hidden cells last, by key: their order by size would tell what they hide."""

    def rank(item: tuple[str, str]) -> tuple[int, int, str]:
        key, value = item
        if value == HIDDEN_MARK:
            return (1, 0, key)
        if value == SMALL_MARK:
            return (2, 0, key)
        return (0, -cells[key], key)

    return sorted(shown.items(), key=rank)


def _cell(shown: Mapping[str, str] | None, key: str) -> str:
    return "–" if shown is None else shown.get(key, "0")


def render(ctx: Context, counts: dict[str, Any]) -> str:
    shown = protected(counts)

    def by(kind: str, name: str) -> str:
        cells = _ordered(shown[name] or {}, counts[name])
        return ", ".join(f"{ctx.tr.plain(label_id(kind, key))} {value}" for key, value in cells) or "–"

    vetting, deliveries, growth = (
        shown[name] for name in ("organisations_by_vetting", "deliveries_by_status", "new_members_by_month")
    )
    delivery_rate = rate(counts["deliveries_by_status"], deliveries)
    text = ctx.tr(
        "stats-text",
        members=shown["members"],
        members_by_country=by("country", "members_by_country"),
        vetted=_cell(vetting, Vetting.VETTED),
        pending=_cell(vetting, Vetting.PENDING),
        by_country=by("country", "organisations_by_country"),
        by_sector=by("sector", "organisations_by_sector"),
        by_topic=by("topic", "organisations_by_topic"),
        growth=", ".join(f"{month}: {value}" for month, value in growth.items()) if growth is not None else "–",
        events=shown["events_published"],
        upcoming=shown["events_upcoming"],
        attendance=shown["attendance_confirmed"],
        sent=_cell(deliveries, DeliveryStatus.SENT),
        failed=_cell(deliveries, DeliveryStatus.FAILED),
        blocked=_cell(deliveries, DeliveryStatus.BLOCKED),
        rate=delivery_rate,
        requested=shown["introductions_requested"],
        accepted=shown["introductions_accepted"],
    )
    text += "\n" + ctx.tr(
        "stats-followups",
        introductions=shown["introductions_accepted"],
        contacts=shown["introductions_in_touch"],
        collaborations=shown["introductions_working_together"],
    )
    rate_hidden = delivery_rate == "–" and any(counts["deliveries_by_status"].get(part) for part in RATE_PARTS)
    if rate_hidden or _more_hidden(shown):
        text += "\n\n" + ctx.tr("stats-note-hidden")
    return text


def _more_hidden(shown: Mapping[str, Any]) -> bool:
    """Whether a breakdown hides a cell of 5 or more, or is withheld."""
    breakdowns = [value for value in shown.values() if not isinstance(value, str)]
    return any(value is None or HIDDEN_MARK in value.values() for value in breakdowns)
