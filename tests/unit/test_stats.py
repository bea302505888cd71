"""The suppression rule of /stats, as a pure function: what is shown is true, and no small cell can be worked out
from what is shown and the total, by someone who knows the rule and tries every breakdown that reads the same."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from handlers.admin.stats import HIDDEN_MARK, SMALL_MARK, protected, rate, suppress

KEYS = ("al", "ba", "me", "mk", "rs")
breakdowns = st.dictionaries(st.sampled_from(KEYS), st.integers(min_value=0, max_value=12), max_size=4)


def readings(shown: dict[str, str], total: int) -> list[dict[str, int]]:
    """Every breakdown with this total that the rule would show exactly so."""
    ranges = []
    for value in shown.values():
        if value == SMALL_MARK:
            ranges.append(range(1, 5))
        elif value == HIDDEN_MARK:
            ranges.append(range(5, total + 1))
        else:
            ranges.append(range(int(value), int(value) + 1))
    found = []
    for values in itertools.product(*ranges):
        candidate = dict(zip(shown, values, strict=True))
        if sum(values) == total and suppress(candidate) == shown:
            found.append(candidate)
    return found


@given(breakdowns)
def test_what_is_shown_is_true(cells):
    shown = suppress(cells)
    for key, count in cells.items():
        value = "withheld" if shown is None else shown[key]
        assert value in ("withheld", str(count), SMALL_MARK if 0 < count < 5 else HIDDEN_MARK), (cells, shown)


@given(breakdowns)
def test_no_small_cell_can_be_worked_out_from_the_total(cells):
    shown = suppress(cells)
    if shown is None:
        return  # withheld: nothing to work from
    total = sum(cells.values())
    candidates = readings(shown, total)
    assert cells in candidates
    for key, value in shown.items():
        if value == SMALL_MARK and total >= 5:
            assert len({candidate[key] for candidate in candidates}) >= 2, (cells, shown, key)


@given(breakdowns)
def test_cells_that_add_up_to_no_total_hide_only_the_small_ones(cells):
    assert suppress(cells, adds_up=False) == {key: SMALL_MARK if 0 < n < 5 else str(n) for key, n in cells.items()}


def test_the_examples_of_the_finding():
    assert suppress({"mk": 6, "al": 2}) == {"mk": HIDDEN_MARK, "al": SMALL_MARK}, "8 members less 6 gave the 2"
    assert suppress({"mk": 6, "al": 1, "rs": 9}) == {"mk": HIDDEN_MARK, "al": SMALL_MARK, "rs": "9"}
    assert suppress({"mk": 5, "al": 1, "rs": 9}) is None, "1 + 5 = 6 would give both away"
    assert suppress({"al": 1, "ba": 1, "me": 6}) == {"al": SMALL_MARK, "ba": SMALL_MARK, "me": HIDDEN_MARK}
    assert suppress({"mk": 5, "al": 1}) is None, "nothing left to hide: 6 can only be 5 + 1"
    assert suppress({"mk": 7, "rs": 20}) == {"mk": "7", "rs": "20"}, "nothing small, nothing hidden"
    assert suppress({"mk": 2, "al": 1}) == {"mk": SMALL_MARK, "al": SMALL_MARK}, "a total under 5 is not known"


def test_a_rate_is_shown_only_when_every_count_in_it_is():
    def shown_rate(**cells: int) -> str:
        return rate(cells, protected({"deliveries_by_status": cells})["deliveries_by_status"])

    assert shown_rate(sent=40, failed=5, blocked=5) == "80%"
    assert shown_rate(sent=40, failed=3, blocked=0) == "–", "40 sent and 93% would give the 3 failed"
    assert shown_rate(sent=40, failed=3, blocked=6) == "–"
    assert shown_rate(sent=3, failed=0, blocked=0) == "–"
    assert shown_rate(sent=0, failed=0, blocked=0) == "–"
    assert shown_rate(sent=40, failed=0, blocked=0, pending=2) == "100%", "the outbox's total is shown nowhere"


def test_the_counts_are_protected_breakdown_by_breakdown():
    counts = {
        "members": 8,
        "members_by_country": {"mk": 6, "al": 2},
        "organisations_by_topic": {"youth": 6, "gender": 2},
    }
    assert protected(counts) == {
        "members": "8",
        "members_by_country": {"mk": HIDDEN_MARK, "al": SMALL_MARK},
        "organisations_by_topic": {"youth": "6", "gender": SMALL_MARK},
    }
