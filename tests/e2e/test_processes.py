"""Two real `resilience-hub run --webhook` processes on one PostgreSQL database (benchmarks/processes.py):
updates reach either, one of them sends, and when it is killed mid-campaign the other takes over."""

from __future__ import annotations

import pytest

from benchmarks.processes import run_two

# the delivery worker's batch at SEND_RATE 200; a sender holds at most two batches `sending` (one going out while
# the next is claimed), so that many may go out twice when it is killed
BATCH = 200 // 5


@pytest.mark.parametrize("engine", ["aiogram", "ptb"])
async def test_two_processes_deliver_a_campaign_once_and_survive_a_kill(postgres, engine):
    figures = await run_two(await postgres.new_database(), members=2000, limit=200, kill_at=0.3, engine=engine)
    print(figures.report(engine))  # noqa: T201 - the figures, in the test's output
    assert figures.lost == 0, "every member got the campaign"
    assert figures.duplicates <= 2 * BATCH, "duplicates only among the rows in flight when the sender died"
    assert figures.too_many == 0, "the processes together stayed under Telegram's limit"
    assert figures.rate_before_kill >= 0.8, "bulk sends at SEND_RATE less the tenth kept for the others' replies"
    assert figures.takeover_seconds < 5
    assert all(taken >= 2 for taken in figures.updates_taken), "updates reached both processes"
    assert figures.replies == 6, "every /help was answered, before and after the kill"
