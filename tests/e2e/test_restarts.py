"""SIGKILL in the middle of wizards: the real bot (`python -m bot run`, a process of its own) is killed at points
of /register and /newevent and started again, and the user carries on where they were.

Two kinds of point: between two steps, just after the bot answered (the update may not be confirmed to
Telegram yet, so it comes again and must not be applied twice); and in the middle of a step, while the handler
waits for the database (locked by the test), so nothing of it was saved: Telegram must deliver it again and
the new process must handle it. CI kills at a few points chosen by a fixed seed; `--soak` at every step,
both ways.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from bot.fakeapi import FakeBotAPI
from storage.db import create_engine, migrate, session_factory
from storage.models import Event, Member, Organisation, utcnow
from tests.bot_process import BotProcess
from tests.chat import Chat
from tests.events_support import add_member

ORGANISER, NEWCOMER = 700, 601
KILLS_IN_CI = 3

Step = tuple[str, str]  # ("send", text) or ("press", a button's label)

REGISTRATION: list[Step] = [
    ("send", "/register"),
    ("send", "Ana"),
    ("send", "Balkan Watch"),
    ("press", "Create new"),
    ("press", "Kosovo"),
    ("press", "NGO"),
    ("press", "Environmental crime"),
    ("press", "Money laundering"),
    ("press", "Done"),
    ("press", "Monitoring"),
    ("press", "Done"),
    ("send", "We monitor procurement."),
    ("press", "No"),
    ("press", "I agree"),
    ("press", "Confirm"),
]


def new_event_steps() -> list[Step]:
    day = (utcnow() + timedelta(days=10)).strftime("%Y-%m-%d")
    return [
        ("send", "/newevent"),
        ("press", "English"),
        ("send", "Dialogue on extortion"),
        ("send", "Two days on protection rackets."),
        ("press", "Done"),
        ("press", "Regional"),
        ("press", "Hybrid"),
        ("press", "North Macedonia"),
        ("press", "Extortion"),
        ("press", "Done"),
        ("send", f"{day} 14:00"),
        ("send", "17:30"),
        ("send", "Hotel Continental, Skopje"),
        ("send", "https://meet.example.org/dialogue"),
        ("send", "30"),
        ("press", "No"),
        ("press", "Yes"),
        ("press", "24 h before"),
        ("press", "Publish"),
    ]


def kill_plan(steps: int, seed: str, soak: bool) -> dict[int, str]:
    """Step index → "between" (kill after the step was answered) or "during" (kill while it is handled)."""
    if soak:
        return {index: ("during", "between")[index % 2] for index in range(steps)}
    chosen = random.Random(seed).sample(range(steps), KILLS_IN_CI)
    return {index: ("during", "between")[n % 2] for n, index in enumerate(sorted(chosen))}


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "hub.db"


async def prepare(database_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{database_path}"
    engine = create_engine(url)
    await migrate(engine)
    await add_member(
        SimpleNamespace(hub=SimpleNamespace(sessions=session_factory(engine))),  # type: ignore[arg-type]
        ORGANISER,
        role="organiser",
    )
    await engine.dispose()
    return url


async def stored(url: str, query: Any) -> list[Any]:
    engine = create_engine(url)
    async with session_factory(engine)() as session:
        found = list((await session.scalars(query)).all())
    await engine.dispose()
    return found


@contextlib.contextmanager
def locked(database_path: Path) -> Iterator[None]:
    """Hold SQLite's write lock, as a long transaction elsewhere would: the bot's handlers wait for it."""
    connection = sqlite3.connect(database_path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        connection.rollback()
        connection.close()


def act_without_waiting(api: FakeBotAPI, chat: Chat, step: Step) -> None:
    kind, value = step
    if kind == "send":
        api.send_text(chat.user_id, value)
    else:
        message = chat.last_with_buttons()
        api.press(chat.user_id, message["message_id"], chat.button(value, message)["callback_data"])


async def act(chat: Chat, step: Step) -> None:
    kind, value = step
    await (chat.send(value) if kind == "send" else chat.press(value))


async def settle(api: FakeBotAPI) -> None:
    """Telegram holds nothing unconfirmed: whatever it delivered again after a restart has been handled."""
    await api.wait_until(lambda: not api.backend.updates, timeout=20)


async def walk(
    api: FakeBotAPI, bot: BotProcess, chat: Chat, steps: list[Step], plan: dict[int, str], database_path: Path
) -> None:
    for index, step in enumerate(steps):
        if plan.get(index) == "during":
            before = bot.handled
            with locked(database_path):
                act_without_waiting(api, chat, step)
                await asyncio.sleep(0.5)  # the bot has taken the update and waits for the lock
                assert bot.handled == before, f"step {index} {step} was answered although the database is locked"
                await bot.kill()
            await bot.start()
            await settle(api)
            assert bot.handled > before, f"step {index} {step} was not handled after the restart"
            continue
        await act(chat, step)
        if plan.get(index) == "between":
            await bot.kill()
            await bot.start()
            await settle(api)


@pytest.mark.parametrize("engine", ["aiogram", "ptb"])
async def test_registration_survives_sigkill_at_any_step(api, engine, database_path, request):
    url = await prepare(database_path)
    plan = kill_plan(len(REGISTRATION), f"register-{engine}", request.config.getoption("--soak", default=False))
    async with BotProcess(api, url, engine) as bot:
        chat = Chat(api, bot, user_id=NEWCOMER, language_code="en")  # type: ignore[arg-type]
        await walk(api, bot, chat, REGISTRATION, plan, database_path)
        assert "Balkan Watch" in chat.last_text() and "review" in chat.last_text()
    [organisation] = await stored(url, select(Organisation).where(Organisation.name == "Balkan Watch"))
    assert (organisation.country, organisation.sector, organisation.vetting) == ("xk", "ngo", "pending")
    assert sorted(t.topic for t in organisation.topics) == ["environmental_crime", "money_laundering"]
    [member] = await stored(url, select(Member).where(Member.telegram_id == NEWCOMER))
    assert member.display_name == "Ana" and member.registered_at is not None
    assert api.errors() == []
    assert bot.starts == 1 + len(plan)


@pytest.mark.parametrize("engine", ["aiogram", "ptb"])
async def test_announcing_an_event_survives_sigkill_at_any_step(api, engine, database_path, request):
    url = await prepare(database_path)
    steps = new_event_steps()
    plan = kill_plan(len(steps), f"newevent-{engine}", request.config.getoption("--soak", default=False))
    async with BotProcess(api, url, engine) as bot:
        organiser = Chat(api, bot, user_id=ORGANISER, language_code="en")  # type: ignore[arg-type]
        await walk(api, bot, organiser, steps, plan, database_path)
        assert "?start=ev_" in organiser.last_text(), "published, with its link"
    [event] = await stored(url, select(Event))
    assert (event.scope, event.format, event.country, event.capacity) == ("regional", "hybrid", "mk", 30)
    assert event.venue == "Hotel Continental, Skopje"
    assert api.errors() == []
