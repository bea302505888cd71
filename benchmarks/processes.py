"""Two processes, one database: two `resilience-hub run --webhook` on one PostgreSQL database behind the fake
Telegram, which posts updates to them in turn and enforces R messages a second (429 above it). A campaign to N
members goes out; part-way through, the process that sends is killed with SIGKILL and the other takes over.

    python benchmarks/processes.py [--members 2000] [--limit 200] [--kill-at 0.3] [--engine aiogram|ptb]

Prints: messages/s ÷ R before the kill and overall, 429s, lost and duplicated messages, how long the takeover
took, and how many updates each process took in. Needs PostgreSQL's server (Debian's postgresql package).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.broadcast import ASKER, FIRST_MEMBER, TEXT, seed  # noqa: E402
from bot.fakeapi import FakeBotAPI  # noqa: E402
from storage.db import create_engine  # noqa: E402
from storage.models import Campaign, utcnow  # noqa: E402
from tests.postgres import ThrowawayPostgres, find_bindir  # noqa: E402

BROADCAST = f"<b>Message from the Resilience Hub organisers</b>\n\n{TEXT}"
SECRET = "benchmark-webhook-secret-0123456789"


@dataclass
class Figures:
    members: int
    limit: int
    rate_before_kill: float  # messages a second ÷ R, from the first message to the kill
    rate_overall: float  # the same from the first message to the last, takeover included
    takeover_seconds: float  # from the kill to the next broadcast message
    too_many: int  # 429s
    lost: int
    duplicates: int
    updates_taken: list[int]  # by each process
    replies: int  # answers to the member who wrote during the campaign

    def report(self, engine: str) -> str:
        return "\n".join(
            [
                f"engine={engine} processes=2 members={self.members} limit R={self.limit}/s, PostgreSQL",
                f"  msg/s ÷ R: {self.rate_before_kill:.3f} before the kill, {self.rate_overall:.3f} overall "
                f"(takeover {self.takeover_seconds:.1f} s)",
                f"  429s: {self.too_many}   lost: {self.lost}   duplicates: {self.duplicates}",
                f"  updates taken in by each process: {self.updates_taken}; replies: {self.replies}",
            ]
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def run_two(database_url: str, *, members: int, limit: int, kill_at: float, engine: str) -> Figures:
    await seed(database_url, members, send_at=datetime(2100, 1, 1, tzinfo=UTC))  # held until both are up
    async with FakeBotAPI() as api:
        for member_id in [ASKER, *range(FIRST_MEMBER, FIRST_MEMBER + members)]:
            api.open_chat(member_id)
        api.limit_rate(per_second=limit, per_chat_per_second=1)
        ports = [free_port(), free_port()]
        processes = []
        try:
            for port in ports:  # one after the other: the first takes the sender's lease
                started = len(api.calls)
                processes.append(await _start(api, database_url, engine, limit, port))
                await api.wait_for(lambda c: c.method == "setWebhook", start=started, timeout=60)
            api.webhook_targets = [f"http://127.0.0.1:{port}" for port in ports]
            replies = await _ask(api, 4)  # one after the other: each process takes two
            await _send_campaign_now(database_url)
            killed_at = await _kill_when(api, processes[0], int(members * kill_at))
            await api.wait_until(lambda: len(_delivered(api)) >= members, timeout=members / limit * 3 + 60)
            await asyncio.sleep(1.0)  # anything sent twice would show up now
            replies += await _ask(api, 2)  # the survivor answers everything now
        finally:
            for process in processes:
                if process.returncode is None:
                    process.send_signal(signal.SIGTERM)
                    await process.wait()
        return _figures(api, members, limit, killed_at, replies, ports)


async def _start(api: FakeBotAPI, url: str, engine: str, limit: int, port: int) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.base_url,
        "DATABASE_URL": url,
        "SEND_RATE": str(limit),
        "BOT_ENGINE": engine,
        "TICK_SECONDS": "0.5",
        "WEBHOOK_URL": "https://hub.example.test",
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": f"127.0.0.1:{port}",
        "LOG_LEVEL": "ERROR",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--webhook", env=env, stdout=asyncio.subprocess.DEVNULL
    )


async def _send_campaign_now(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(update(Campaign).values(send_at=utcnow()))
    finally:
        await engine.dispose()


async def _ask(api: FakeBotAPI, times: int) -> int:
    """The asking member writes /help `times` times, a second apart; returns how many answers came."""
    answered = 0
    for _ in range(times):
        sent = len(api.calls)
        api.send_text(ASKER, "/help")
        try:
            await api.wait_for(
                lambda c: c.method == "sendMessage" and c.params.get("chat_id") == ASKER, start=sent, timeout=20
            )
            answered += 1
        except TimeoutError:
            pass
        await asyncio.sleep(1.0)
    return answered


async def _kill_when(api: FakeBotAPI, process: asyncio.subprocess.Process, delivered: int) -> float:
    await api.wait_until(lambda: len(_delivered(api)) >= delivered, timeout=120)
    process.kill()
    await process.wait()
    return time.monotonic()


def _delivered(api: FakeBotAPI) -> list[float]:
    return [c.at for c in api.calls if c.ok and c.method == "sendMessage" and c.params.get("text") == BROADCAST]


def _figures(api: FakeBotAPI, members: int, limit: int, killed_at: float, replies: int, ports: list[int]) -> Figures:
    sent = [c for c in api.calls if c.ok and c.method == "sendMessage" and c.params.get("text") == BROADCAST]
    per_member = Counter(c.params.get("chat_id") for c in sent)
    times = [c.at for c in sent]
    before = [at for at in times if at <= killed_at]
    after = [at for at in times if at > killed_at]
    return Figures(
        members=members,
        limit=limit,
        rate_before_kill=(len(before) - 1) / (before[-1] - before[0]) / limit if len(before) > 1 else float("nan"),
        rate_overall=(len(times) - 1) / (times[-1] - times[0]) / limit if len(times) > 1 else float("nan"),
        takeover_seconds=after[0] - killed_at if after else float("nan"),
        too_many=sum(1 for c in api.calls if c.status == 429),
        lost=len(set(range(FIRST_MEMBER, FIRST_MEMBER + members)) - set(per_member)),
        duplicates=sum(n - 1 for n in per_member.values()),
        updates_taken=[api.webhook_posts[f"http://127.0.0.1:{port}"] for port in ports],
        replies=replies,
    )


async def main_async(args: argparse.Namespace) -> None:
    bindir = find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL's server is not installed (apt-get install postgresql)")
    server = ThrowawayPostgres(bindir)
    server.start()
    try:
        figures = await run_two(
            await server.new_database(),
            members=args.members,
            limit=args.limit,
            kill_at=args.kill_at,
            engine=args.engine,
        )
    finally:
        server.stop()
    print(figures.report(args.engine))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--limit", type=int, default=200, help="the fake Telegram's limit R, and SEND_RATE")
    parser.add_argument("--kill-at", type=float, default=0.3, help="share of the campaign sent before the kill")
    parser.add_argument("--engine", choices=["aiogram", "ptb"], default="aiogram")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
