"""The delivery engine survives SIGKILL: a real `resilience-hub run` is killed mid-campaign and started again;
every recipient gets the message, and only rows that were in flight at the kill may arrive twice."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from bot.fakeapi import FakeBotAPI
from storage.db import create_engine, migrate, session_factory
from storage.models import Audience, Campaign, Delivery, Member, Organisation, Subscription, utcnow

ROOT = Path(__file__).resolve().parents[2]
MEMBERS = range(5000, 5300)
TEXT = "Restart campaign"


async def seed(url: str) -> None:
    engine = create_engine(url)
    await migrate(engine)
    now = utcnow()
    async with session_factory(engine).begin() as session:
        organisation = Organisation(
            name="Audience",
            name_key="audience",
            country="mk",
            sector="ngo",
            description="",
            discoverable=False,
            vetting="vetted",
        )
        session.add(organisation)
        await session.flush()
        await session.execute(
            insert(Member),
            [
                {
                    "telegram_id": i,
                    "organisation_id": organisation.id,
                    "locale": "en",
                    "membership": "founder",
                    "role": "member",
                    "consent_at": now,
                    "registered_at": now,
                    "created_at": now,
                }
                for i in MEMBERS
            ],
        )
        await session.execute(
            insert(Subscription),
            [
                {
                    "telegram_id": i,
                    "invitations": True,
                    "briefs": True,
                    "news": True,
                    "rhythm": "instant",
                    "digest_day": 0,
                    "digest_hour": 9,
                    "zone": "UTC",
                    "updated_at": now,
                }
                for i in MEMBERS
            ],
        )
        session.add(Campaign(texts={"en": TEXT}, audience=Audience(), status="scheduled", send_at=now))
    await engine.dispose()


async def in_flight(url: str) -> int:
    engine = create_engine(url)
    async with session_factory(engine)() as session:
        count = await session.scalar(select(func.count()).where(Delivery.status == "sending"))
    await engine.dispose()
    return count or 0


def received(api: FakeBotAPI) -> Counter[int]:
    return Counter(
        int(c.params["chat_id"])
        for c in api.calls
        if c.ok and c.method == "sendMessage" and TEXT in str(c.params.get("text"))
    )


@pytest.mark.parametrize("engine", ["aiogram", "ptb"])
async def test_a_campaign_survives_sigkill(tmp_path, engine):
    url = f"sqlite+aiosqlite:///{tmp_path}/hub.db"
    await seed(url)
    async with FakeBotAPI() as api:
        for member_id in MEMBERS:
            api.open_chat(member_id)
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": api.token,
            "TELEGRAM_API_URL": api.base_url,
            "DATABASE_URL": url,
            "BOT_ENGINE": engine,
            "SEND_RATE": "60",
            "TICK_SECONDS": "0.5",
            "LOG_LEVEL": "ERROR",
        }

        async def start() -> asyncio.subprocess.Process:
            return await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=env, stdout=asyncio.subprocess.DEVNULL
            )

        first = await start()
        try:
            await api.wait_until(lambda: len(received(api)) >= 100, timeout=60)
        finally:
            first.send_signal(signal.SIGKILL)
            await first.wait()
        sent_before = received(api)
        assert len(sent_before) < len(MEMBERS), "killed mid-campaign"
        interrupted = await in_flight(url)
        second = await start()
        try:
            await api.wait_until(lambda: set(received(api)) >= set(MEMBERS), timeout=60)
            await asyncio.sleep(1)  # a duplicate would arrive now
        finally:
            second.send_signal(signal.SIGTERM)
            assert await second.wait() == 0
    counts = received(api)
    assert set(counts) == set(MEMBERS), "no recipient skipped"
    duplicates = sum(n - 1 for n in counts.values())
    assert duplicates <= interrupted, f"{duplicates} duplicates, but only {interrupted} rows were in flight"
    assert api.errors() == []
