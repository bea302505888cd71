"""Broadcast benchmark: one campaign to N members, sent by the real bot (`resilience-hub run`, its own process)
to a fake Telegram (this process) that enforces R messages a second, answering 429 with retry_after above it,
while another member keeps asking the bot for /help.

    python benchmarks/broadcast.py [--members 5000] [--limit 500] [--send-rate 490] [--engine aiogram|ptb] [--timeline]

Prints: achieved messages/s ÷ R, 429s received, lost and duplicated messages, the bot's peak RSS, and the p95
time from a member's message to the bot's reply while the broadcast runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.fakeapi import FakeBotAPI  # noqa: E402
from storage.db import create_engine, migrate, session_factory  # noqa: E402
from storage.models import Audience, Campaign, Member, Organisation, Subscription, utcnow  # noqa: E402


class Usage(NamedTuple):
    peak_rss_mb: float
    cpu_seconds: float
    fake_telegram_cpu_seconds: float  # this process: a busy fake Telegram answers late, and the bot paces on answers


ASKER = 1  # the member who keeps talking to the bot during the broadcast (not in the audience)
FIRST_MEMBER = 1000
TEXT = "Benchmark broadcast"


async def seed(url: str, members: int, send_at: datetime | None = None) -> None:
    """Members, and a campaign due now (or at `send_at`): the bot's next tick after that queues it."""
    engine = create_engine(url)
    await migrate(engine)
    now = utcnow()
    async with session_factory(engine).begin() as session:
        audience = Organisation(
            name="Audience",
            name_key="audience",
            country="mk",
            sector="ngo",
            description="",
            discoverable=False,
            vetting="vetted",
        )
        other = Organisation(
            name="Other",
            name_key="other",
            country="al",
            sector="ngo",
            description="",
            discoverable=False,
            vetting="vetted",
        )
        session.add_all([audience, other])
        await session.flush()
        rows = [{"telegram_id": i, "organisation_id": audience.id} for i in range(FIRST_MEMBER, FIRST_MEMBER + members)]
        rows.append({"telegram_id": ASKER, "organisation_id": other.id})
        await session.execute(
            insert(Member),
            [
                {
                    **row,
                    "locale": "en",
                    "display_name": None,
                    "membership": "founder",
                    "role": "member",
                    "consent_at": now,
                    "registered_at": now,
                    "created_at": now,
                }
                for row in rows
            ],
        )
        await session.execute(
            insert(Subscription),
            [
                {
                    "telegram_id": row["telegram_id"],
                    "invitations": True,
                    "briefs": True,
                    "news": True,
                    "rhythm": "instant",
                    "digest_day": 0,
                    "digest_hour": 9,
                    "zone": "UTC",
                    "updated_at": now,
                }
                for row in rows
            ],
        )
        session.add(
            Campaign(
                texts={"en": TEXT}, audience=Audience(countries=("mk",)), status="scheduled", send_at=send_at or now
            )
        )
    await engine.dispose()


async def ask_meanwhile(api: FakeBotAPI, latencies: list[float], stop: asyncio.Event) -> None:
    """The asking member sends /help about once a second (a person's pace, and Telegram's per-chat limit)."""
    while not stop.is_set():
        start, sent = time.monotonic(), len(api.calls)
        api.send_text(ASKER, "/help")
        await api.wait_for(
            lambda c: (
                c.method == "sendMessage"
                and c.params.get("chat_id") == ASKER
                and "/register" in str(c.params.get("text"))
            ),
            start=sent,
            timeout=30,
        )
        latencies.append(time.monotonic() - start)
        await asyncio.sleep(1.1)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def run(members: int, limit: int, send_rate: float, engine: str, timeline: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.db"
        await seed(url, members)
        async with FakeBotAPI() as api:
            for member_id in [ASKER, *range(FIRST_MEMBER, FIRST_MEMBER + members)]:
                api.open_chat(member_id)
            api.limit_rate(per_second=limit, per_chat_per_second=1)
            env = {
                **os.environ,
                "PYTHONPATH": str(ROOT),
                "BOT_TOKEN": api.token,
                "TELEGRAM_API_URL": api.base_url,
                "DATABASE_URL": url,
                "SEND_RATE": str(send_rate),
                "BOT_ENGINE": engine,
                "TICK_SECONDS": "0.5",
                "LOG_LEVEL": "ERROR",
            }
            profile = ["-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]] if os.environ.get("BENCH_PROFILE") else []
            bot = await asyncio.create_subprocess_exec(
                sys.executable, *profile, "-m", "bot", "run", env=env, stdout=asyncio.subprocess.DEVNULL
            )
            try:
                usage, latencies, target = await measure(api, bot.pid, members, send_rate)
            finally:
                bot.send_signal(signal.SIGTERM)
                await bot.wait()
    report(api, engine, members, limit, send_rate, usage, latencies, target, timeline)


async def measure(api: FakeBotAPI, pid: int, members: int, send_rate: float) -> tuple[Usage, list[float], set[int]]:
    latencies: list[float] = []
    stop = asyncio.Event()
    await api.wait_for(lambda c: c.method == "setMyCommands", timeout=60)  # the bot is up
    cpu_before, own_cpu_before = cpu_seconds(pid), cpu_seconds(os.getpid())
    asker = asyncio.create_task(ask_meanwhile(api, latencies, stop))
    target, started = set(range(FIRST_MEMBER, FIRST_MEMBER + members)), time.monotonic()
    while time.monotonic() - started < members / send_rate * 3 + 30:
        await asyncio.sleep(0.5)
        delivered = {
            c.params.get("chat_id")
            for c in api.calls
            if c.ok
            and c.method == "sendMessage"
            and c.params.get("text") == f"<b>Message from the Resilience Hub organisers</b>\n\n{TEXT}"
        }
        if target <= delivered:
            break
    cpu, own_cpu = cpu_seconds(pid) - cpu_before, cpu_seconds(os.getpid()) - own_cpu_before
    await asyncio.sleep(1.0)  # anything sent twice would show up now
    stop.set()
    await asker
    return Usage(peak_rss_mb(pid), cpu, own_cpu), latencies, target


def report(
    api: FakeBotAPI,
    engine: str,
    members: int,
    limit: int,
    send_rate: float,
    usage: Usage,
    latencies: list[float],
    target: set[int],
    timeline: bool,
) -> None:
    sends = [c for c in api.calls if c.method == "sendMessage" and c.params.get("chat_id") != ASKER]
    broadcast = [c for c in sends if c.ok]
    per_member = Counter(c.params.get("chat_id") for c in broadcast)
    elapsed = broadcast[-1].at - broadcast[0].at if len(broadcast) > 1 else float("nan")
    rate = (len(broadcast) - 1) / elapsed
    if timeline:  # dips show where the sender stalled (it cannot catch up: slots do not accumulate)
        buckets = Counter(int((c.at - broadcast[0].at) * 4) for c in broadcast)
        print("  sent per 250 ms:", [buckets[i] for i in range(max(buckets) + 1)])
    too_many = sum(1 for c in api.calls if c.status == 429)
    too_many_asker = sum(1 for c in api.calls if c.status == 429 and c.params.get("chat_id") == ASKER)
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) >= 2 else float("nan")
    print(f"engine={engine} members={members} limit R={limit}/s SEND_RATE={send_rate}/s")
    print(f"  delivered {len(broadcast)} in {elapsed:.1f} s: {rate:.0f} msg/s = {rate / limit:.3f} × R")
    print(
        f"  429s received: {too_many} ({too_many_asker} on replies to the asking member)   "
        f"lost: {len(target - set(per_member))}   "
        f"duplicates: {sum(n - 1 for n in per_member.values())}"
    )
    print(f"  reply to a member during the broadcast: p95 {p95 * 1000:.0f} ms ({len(latencies)} samples)")
    print(
        f"  bot's peak RSS: {usage.peak_rss_mb:.0f} MB   "
        f"CPU during the broadcast: bot {usage.cpu_seconds:.1f} s ({usage.cpu_seconds / elapsed:.0%} of a core), "
        f"fake Telegram {usage.fake_telegram_cpu_seconds:.1f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--limit", type=int, default=500, help="the fake Telegram's limit R, messages a second")
    parser.add_argument("--send-rate", type=float, default=None, help="SEND_RATE (default R)")
    parser.add_argument("--engine", choices=["aiogram", "ptb"], default="aiogram")
    parser.add_argument("--timeline", action="store_true", help="also print how many were sent each 250 ms")
    args = parser.parse_args()
    asyncio.run(run(args.members, args.limit, args.send_rate or args.limit, args.engine, args.timeline))


if __name__ == "__main__":
    main()
