"""Fair intake: what one member flooding the bot costs everyone else.

    python benchmarks/flood.py [--engine aiogram|ptb] [--webhook] [--members 50] [--rate 10] [--flood 500]

The hub runs in this process (as in the tests) against the fake Telegram of benchmarks/updates.py, on SQLite, with
the flood limit it ships with. Twice: first --members ordinary members send /help at --rate updates a second in
all (Poisson arrivals, each update from the member whose turn it is) for 10 s; then the same again while one more
member sends --flood updates at once at the start. Prints, for the ordinary members, queued → first reply
(p50/p95/p99) in each run and the ratio of the two p95s: the goal is ≤ 2.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

from pydantic import SecretStr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.updates import Feeder, Tracked, p95, percentiles  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.runtime import Runtime  # noqa: E402

SECONDS = 10.0
FIRST_MEMBER = 610_000
FLOODER = 699_999
HELP = "/events"  # in the answer to /help


async def one_run(args: argparse.Namespace, flood: int) -> list[Tracked]:
    url = f"sqlite+aiosqlite:///{tempfile.mkdtemp(prefix='hub-flood-')}/hub.db"
    async with Feeder() as api:
        more = {"webhook_url": "https://hub.example.test", "webhook_listen": "127.0.0.1:0"} if args.webhook else {}
        settings = Settings(
            bot_token=SecretStr(api.token),
            bot_engine=args.engine,
            telegram_api_url=api.base_url,
            database_url=url,
            _env_file=None,
            **more,  # type: ignore[arg-type]
        )
        async with Runtime(settings) as runtime:
            if runtime.server is not None:
                api.webhook_targets = [f"http://127.0.0.1:{runtime.server.port}"]
            members = [FIRST_MEMBER + n for n in range(args.members)]
            for member in [*members, FLOODER]:
                api.open_chat(member)
            await warm_up(api, members)
            for _ in range(flood):
                api.say(FLOODER, "/help", "flood", None)
            ordinary = await paced(api, members, args.rate)
            await asyncio.wait([t.answered for t in ordinary], timeout=60)
    return ordinary


async def warm_up(api: Feeder, members: list[int]) -> None:
    """One /help each before measuring: the first update of a process pays for imports and caches."""
    warming = [api.say(member, "/help", "warm-up", HELP) for member in members[:5]]
    await asyncio.wait([t.answered for t in warming], timeout=30)


async def paced(api: Feeder, members: list[int], rate: float) -> list[Tracked]:
    rng, sent = random.Random(11), []
    due = time.monotonic()
    for turn in range(round(rate * SECONDS)):
        due += rng.expovariate(rate)
        await asyncio.sleep(max(due - time.monotonic(), 0))
        sent.append(api.say(members[turn % len(members)], "/help", "help", HELP))
    return sent


def latencies(tracked: list[Tracked]) -> list[float]:
    return [t.first - t.queued for t in tracked if t.first is not None]


async def main_async(args: argparse.Namespace) -> None:
    calm = await one_run(args, flood=0)
    flooded = await one_run(args, flood=args.flood)
    mode = "webhook" if args.webhook else "polling"
    calm_times, flooded_times = latencies(calm), latencies(flooded)
    ratio = p95(flooded_times) / p95(calm_times)
    lines = [
        f"engine={args.engine}, {mode}, SQLite: {args.members} members, /help at {args.rate}/s for {SECONDS:.0f} s",
        f"  without a flood: answered {len(calm_times)} / {len(calm)}, queued → first reply {percentiles(calm_times)}",
        f"  one member sends {args.flood} at once: answered {len(flooded_times)} / {len(flooded)}, "
        f"queued → first reply {percentiles(flooded_times)}",
        f"goal: the ordinary members' p95 within 2 × of the no-flood figure: {ratio:.2f} × "
        + ("met" if ratio <= 2 else "MISSED"),
    ]
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["aiogram", "ptb"], default="aiogram")
    parser.add_argument("--webhook", action="store_true")
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--rate", type=float, default=10.0)
    parser.add_argument("--flood", type=int, default=500)
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
