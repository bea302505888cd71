"""Counts shown to people. A count from 1 to 4 reads "< 5", so no number can point at a person: one organisation
in a small country on /stats, one member picked out by an organiser's choice of broadcast filters."""

from __future__ import annotations

SMALL = 5


def is_small(count: int) -> bool:
    return 0 < count < SMALL


def masked(count: int) -> str:
    return f"< {SMALL}" if is_small(count) else str(count)


def shown_count(count: int, *, exact: bool) -> int | str:
    """The exact count for those who may see it (admins), else masked; still a number when it is not masked, so
    Fluent picks its plural."""
    return masked(count) if is_small(count) and not exact else count
