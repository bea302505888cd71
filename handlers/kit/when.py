"""Dates and times: parsed in the organiser's time zone, stored in UTC, shown in the reader's zone and language."""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from babel.dates import format_date, get_day_names

from storage.models import utcnow

# Babel's name for each of our locale folders. BCMS dates use Bosnian: ijekavian day names ("srijeda") like our
# BCMS texts, and month names ("decembar") shared by Bosnian, Montenegrin and Serbian
BABEL_LOCALES = {"en": "en_GB", "de": "de", "sq": "sq", "sr-Latn": "bs", "mk": "mk"}

# `2026-12-03 14:00`, `2026-12-03T14:00`, `3.12.2026 14:00`, `3.12.2026. 14:00`, `03/12/2026 14.00`
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2})[:.](\d{2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})\.?\s+(\d{1,2})[:.](\d{2})$")
_TIME_ONLY = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def parse_future(text: str, zone: ZoneInfo, now: datetime) -> datetime | str:
    """A time to come typed by a person (an event's start, a campaign's "send later"): the moment, or the message id
    of what is wrong with it."""
    moment = parse_when(text, zone)
    if moment is None:
        return "newevent-bad-date"
    return moment if moment > now else "newevent-date-past"


def parse_when(text: str, zone: ZoneInfo, *, same_day_as: datetime | None = None) -> datetime | None:
    """A local date-time typed by a person, as an aware datetime; None if it is not one we understand.

    With `same_day_as`, a bare time (`16:00`) means that time on the given day, in `zone`.
    """
    text = " ".join(text.split())
    try:
        if match := _ISO.match(text):
            year, month, day, hour, minute = (int(g) for g in match.groups())
        elif match := _DAY_FIRST.match(text):
            day, month, year, hour, minute = (int(g) for g in match.groups())
        elif (match := _TIME_ONLY.match(text)) and same_day_as is not None:
            local_day = same_day_as.astimezone(zone).date()
            year, month, day = local_day.year, local_day.month, local_day.day
            hour, minute = (int(g) for g in match.groups())
        else:
            return None
        return datetime(year, month, day, hour, minute, tzinfo=zone)
    except ValueError:  # 31 February, 25:00
        return None


@functools.lru_cache(maxsize=4096)  # Babel is slow, and a page of events shows the same few times to everyone
def format_when(moment: datetime, locale: str, zone: ZoneInfo) -> str:
    """`Thursday, 3 December 2026, 14:00` in the reader's language and zone.

    The clock is always 24-hour: that is what readers of all five languages use (Babel's Albanian is 12-hour,
    `6:00 m.d.`). It also keeps the text from ending in an abbreviation's full stop, which a sentence ending in
    the time would double (`p.d..`)."""
    local = moment.astimezone(zone)
    day = format_date(local.date(), format="full", locale=BABEL_LOCALES.get(locale, "en_GB"))
    return f"{day}, {local:%H:%M}"


def format_input(moment: datetime, zone: ZoneInfo) -> str:
    """The form an organiser can type back, to show the current value."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def next_weekly(after: datetime, weekday: int, hour: int, zone: ZoneInfo) -> datetime:
    """The first `weekday` (0 = Monday) at `hour`, local time in `zone`, strictly after `after`; in UTC.
    Built from the local date, so the hour stays the hour across a daylight-saving change."""
    local = after.astimezone(zone)
    day = local.date() + timedelta(days=(weekday - local.weekday()) % 7)
    moment = datetime.combine(day, time(hour), tzinfo=zone)
    if moment <= local:
        moment = datetime.combine(day + timedelta(days=7), time(hour), tzinfo=zone)
    return moment.astimezone(UTC)


def day_name(weekday: int, locale: str, width: Literal["wide", "abbreviated"] = "wide") -> str:
    """`Monday`, `Montag`, `e hënë`… (0 = Monday)."""
    return str(get_day_names(width, locale=BABEL_LOCALES.get(locale, "en_GB"))[weekday])


class Clock:
    """The hub's time, one object shared by everything the composition root builds. Real time, moved forward by
    `advance` (the demo's ":wait 2d"), or pinned by setting `now` (tests)."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now  # None: real time
        self.shift = timedelta()

    def __call__(self) -> datetime:
        return (utcnow() if self.now is None else self.now) + self.shift

    def advance(self, **delta: float) -> None:
        if self.now is None:
            self.shift += timedelta(**delta)
        else:
            self.now += timedelta(**delta)
