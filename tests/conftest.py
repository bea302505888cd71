"""Shared fixtures: a fake Bot API on loopback and the real bot polling it, on either engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from bot.config import Settings
from bot.fakeapi import FakeBotAPI
from bot.runtime import Runtime
from tests.chat import Chat

ENGINES = ["aiogram", "ptb"]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


def bot_settings(api: FakeBotAPI, engine: str, database: Path, **more: Any) -> Settings:
    return Settings(bot_token=SecretStr(api.token), bot_engine=engine, telegram_api_url=api.base_url,
                    database_url=f"sqlite+aiosqlite:///{database}", _env_file=None, **more)


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "hub.db"


@pytest.fixture
async def runtime(api: FakeBotAPI, engine: str, database: Path) -> AsyncIterator[Runtime]:
    """The whole bot, polling the fake server; fails the test if the bot made any call Telegram rejects."""
    async with Runtime(bot_settings(api, engine, database), polling_timeout=1, strict_translations=True) as rt:
        yield rt
    assert api.errors() == [], f"the bot made calls Telegram would reject: {api.errors()}"


@pytest.fixture
def chat(api: FakeBotAPI, runtime: Runtime) -> Chat:
    return Chat(api, runtime.hub, user_id=501, language_code="en")


@pytest.fixture
def new_chat(api: FakeBotAPI, runtime: Runtime):  # type: ignore[no-untyped-def]
    """Another person talking to the same bot."""
    def make(user_id: int, language_code: str | None = "en", username: str | None = None) -> Chat:
        return Chat(api, runtime.hub, user_id=user_id, language_code=language_code, username=username)

    return make
