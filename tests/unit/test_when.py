"""Typed dates: the forms organisers use in the region, in their zone; shown in the reader's language."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.kit.when import format_when, parse_when

BELGRADE = ZoneInfo("Europe/Belgrade")


@pytest.mark.parametrize(
    "typed",
    [
        "2026-12-03 14:00",
        "2026-12-03T14:00",
        "3.12.2026 14:00",
        "03.12.2026. 14:00",
        "3/12/2026 14.00",
        "  3.12.2026   14:00 ",
    ],
)
def test_accepted_forms_mean_the_same_local_time(typed):
    assert parse_when(typed, BELGRADE) == datetime(2026, 12, 3, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize("typed", ["tomorrow", "31.2.2026 10:00", "2026-12-03 25:00", "3.12.26 14:00", "", "14:00"])
def test_unreadable_or_impossible_dates_are_refused(typed):
    assert parse_when(typed, BELGRADE) is None


def test_a_bare_time_means_the_same_day_as_the_start():
    start = datetime(2026, 12, 3, 23, 30, tzinfo=UTC)  # already 4 December in Belgrade
    assert parse_when("02:00", BELGRADE, same_day_as=start) == datetime(2026, 12, 4, 1, 0, tzinfo=UTC)


def test_summer_time_is_applied():
    assert parse_when("2027-07-01 10:00", BELGRADE) == datetime(2027, 7, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "Thursday, 3 December 2026, 14:00"),
        ("de", "Donnerstag, 3. Dezember 2026, 14:00"),
        ("mk", "четврток, 3 декември 2026"),
        ("sr-Latn", "četvrtak, 3. decembar 2026"),
    ],
)
def test_times_are_shown_in_the_readers_language_and_zone(locale, expected):
    shown = format_when(datetime(2026, 12, 3, 13, 0, tzinfo=UTC), locale, BELGRADE)
    assert shown.startswith(expected) and "14:00" in shown


@pytest.mark.parametrize("locale", ["en", "de", "sq", "sr-Latn", "mk"])
def test_every_language_reads_a_24_hour_clock_with_no_trailing_full_stop(locale):
    evening = format_when(datetime(2026, 12, 3, 17, 0, tzinfo=UTC), locale, BELGRADE)
    morning = format_when(datetime(2026, 12, 3, 9, 5, tzinfo=UTC), locale, BELGRADE)
    assert evening.endswith(", 18:00") and morning.endswith(", 10:05"), (evening, morning)
    assert "m.d." not in evening and "p.d." not in morning
