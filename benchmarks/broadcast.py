"""Broadcast benchmark: one campaign to N members through the real bot and a fake Telegram that enforces a
rate limit of R messages a second (429 with retry_after above it), while a member keeps asking for /help.

    python benchmarks/broadcast.py [--members 5000] [--limit 500] [--send-rate R*0.98] [--engine aiogram|ptb]

Prints: achieved messages/s ÷ R, 429s received, lost and duplicated messages, peak RSS, and the p95 time from
a member's message to the bot's reply while the broadcast runs.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from pydantic import SecretStr
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.config import Settings  # noqa: E402
from bot.fakeapi import FakeBotAPI  # noqa: E402
from bot.runtime import Runtime  # noqa: E402
from storage import campaign_repos  # noqa: E402
from storage.models import Campaign, Member, Organisation, utcnow  # noqa: E402

ASKER = 1  # the member who keeps talking to the bot during the broadcast
FIRST_MEMBER = 1000


async def seed(runtime: Runtime, api: FakeBotAPI, members: int) -> None:
    now = utcnow()
    async with runtime.hub.sessions.begin() as session:
        organisation = Organisation(name="Benchmark", name_key="benchmark", country="mk", sector="ngo",
                                    description="", discoverable=False, vetting="vetted")
        session.add(organisation)
        await session.flush()
        ids = [ASKER, *range(FIRST_MEMBER, FIRST_MEMBER + members)]
        await session.execute(insert(Member), [
            {"telegram_id": i, "locale": "en", "display_name": None, "organisation_id": organisation.id,
             "membership": "founder", "role": "member", "consent_at": now, "registered_at": now, "created_at": now}
            for i in ids])
    for member_id in ids:
        api.open_chat(member_id)


async def ask_meanwhile(api: FakeBotAPI, latencies: list[float], stop: asyncio.Event) -> None:
    """About once a second (a person's pace, and Telegram's per-chat limit) the member sends /help; the time
    to the bot's answer is one sample."""
    while not stop.is_set():
        start, sent = time.monotonic(), len(api.calls)
        api.send_text(ASKER, "/help")
        await api.wait_for(lambda c: c.method == "sendMessage" and c.params.get("chat_id") == ASKER
                           and "/register" in str(c.params.get("text")), start=sent, timeout=30)
        latencies.append(time.monotonic() - start)
        await asyncio.sleep(max(1.05 - (time.monotonic() - start), 0.05))


async def run(members: int, limit: int, send_rate: float, engine: str) -> None:
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        async with FakeBotAPI() as api:
            settings = Settings(bot_token=SecretStr(api.token), bot_engine=engine, telegram_api_url=api.base_url,
                                database_url=f"sqlite+aiosqlite:///{folder}/bench.db", send_rate=send_rate,
                                _env_file=None)
            async with Runtime(settings, polling_timeout=1) as runtime:
                await seed(runtime, api, members)
                api.limit_rate(per_second=limit, per_chat_per_second=1)
                latencies: list[float] = []
                stop = asyncio.Event()
                asker = asyncio.create_task(ask_meanwhile(api, latencies, stop))
                first_call = len(api.calls)
                started = time.monotonic()
                async with runtime.hub.sessions.begin() as session:
                    campaign = Campaign(texts={"en": "Benchmark broadcast"}, audience={"countries": ["mk"]},
                                        status="scheduled", send_at=utcnow())
                    session.add(campaign)
                    await session.flush()
                    await campaign_repos.queue_campaign(session, campaign, utcnow())
                runtime.hub.deliveries_queued()
                target = set(range(FIRST_MEMBER, FIRST_MEMBER + members))
                while True:
                    await asyncio.sleep(0.1)
                    delivered = {c.params.get("chat_id") for c in api.calls[first_call:]
                                 if c.ok and c.method == "sendMessage" and "Benchmark broadcast" in str(c.params)}
                    if target <= delivered or time.monotonic() - started > members / send_rate * 3 + 30:
                        break
                elapsed = time.monotonic() - started
                stop.set()
                await asker
    calls = [c for c in api.calls[first_call:] if c.method == "sendMessage"]
    broadcast = Counter(c.params.get("chat_id") for c in calls if c.ok and "Benchmark broadcast" in str(c.params))
    too_many = sum(1 for c in calls if c.status == 429)
    lost = len(target - set(broadcast))
    duplicates = sum(count - 1 for count in broadcast.values() if count > 1)
    rate = sum(broadcast.values()) / elapsed
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) >= 2 else float("nan")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"engine={engine} members={members} limit R={limit}/s SEND_RATE={send_rate}/s")  # noqa: T201
    print(f"  delivered {sum(broadcast.values())} in {elapsed:.1f} s: {rate:.0f} msg/s = {rate / limit:.3f} × R")  # noqa: T201
    print(f"  429s received: {too_many}   lost: {lost}   duplicates: {duplicates}")  # noqa: T201
    print(f"  interactive reply during the broadcast: p95 {p95 * 1000:.0f} ms over {len(latencies)} samples")  # noqa: T201
    print(f"  peak RSS: {peak_mb:.0f} MB")  # noqa: T201


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--limit", type=int, default=500, help="the fake Telegram's limit R, messages a second")
    parser.add_argument("--send-rate", type=float, default=None, help="SEND_RATE (default 0.98 × R)")
    parser.add_argument("--engine", choices=["aiogram", "ptb"], default="aiogram")
    args = parser.parse_args()
    asyncio.run(run(args.members, args.limit, args.send_rate or args.limit * 0.98, args.engine))


if __name__ == "__main__":
    main()
