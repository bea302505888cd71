"""Shared fixtures: a fake Bot API on loopback and the real bot polling it, on either engine."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from pydantic import SecretStr

from bot.config import Settings
from bot.fakeapi import FakeBotAPI
from bot.runtime import Runtime
from storage.db import create_engine, migrate
from tests.chat import Chat
from tests.postgres import ThrowawayPostgres, find_bindir

ENGINES = ["aiogram", "ptb"]

# Hypothesis (tests/e2e/test_fuzz.py). "ci", the default, is bounded and deterministic: the same examples every run
# (derandomize) and nothing written to .hypothesis/, so CI never fails on an input it did not try before. "soak"
# (`--soak`, for manual runs) tries many random examples and keeps failures in .hypothesis/ to replay them.
_FUZZ_HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "ci",
    max_examples=25,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=_FUZZ_HEALTH,
)
settings.register_profile("soak", max_examples=2000, deadline=None, print_blob=True, suppress_health_check=_FUZZ_HEALTH)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--soak",
        action="store_true",
        default=False,
        help="fuzz long: the Hypothesis 'soak' profile instead of the bounded 'ci' one",
    )


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile("soak" if config.getoption("--soak") else "ci")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


def bot_settings(api: FakeBotAPI, engine: str, database_url: str, **more: Any) -> Settings:
    """Settings for a bot against the fake server. Tests drive a person through a journey faster than anyone taps,
    so the flood limit is off unless a test asks for it (tests/e2e/test_flood.py tests it as it ships)."""
    more.setdefault("flood_limit", 0)
    return Settings(
        bot_token=SecretStr(api.token),
        bot_engine=engine,
        telegram_api_url=api.base_url,
        database_url=database_url,
        _env_file=None,
        **more,
    )


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test with a database runs on SQLite; those marked `both_databases` on PostgreSQL too."""
    if "backend" in metafunc.fixturenames:
        both = metafunc.definition.get_closest_marker("both_databases") is not None
        metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"])


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL one engine is enough: the engines differ in how they talk to Telegram, not to the database,
    and both engines run every test on SQLite. This keeps the whole suite within CI's time."""
    kept, dropped = [], []
    for item in items:
        params = getattr(item, "callspec", None)
        both = (
            params is not None and params.params.get("backend") == "postgresql" and params.params.get("engine") == "ptb"
        )
        (dropped if both else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(scope="session")
def postgres() -> Iterator[ThrowawayPostgres]:
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed; .ci/run installs Debian's postgresql package")
        pytest.skip("PostgreSQL is not installed here: the SQLite suite runs without it")
    server = ThrowawayPostgres(bindir)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "hub.db"


_MIGRATED: dict[str, Path] = {}  # a SQLite database with every migration applied, made once a session


async def _migrated_sqlite(factory: pytest.TempPathFactory) -> Path:
    """Each test starts from a copy (the migrations themselves are tested in tests/unit/test_storage.py)."""
    if "sqlite" not in _MIGRATED:
        path = factory.mktemp("template") / "hub.db"
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        await migrate(engine)
        await engine.dispose()
        _MIGRATED["sqlite"] = path
    return _MIGRATED["sqlite"]


@pytest.fixture
async def database_url(backend: str, database: Path, request: pytest.FixtureRequest) -> str:
    """A database at the newest schema, with no rows: a SQLite file, or a new database in the session's throwaway
    PostgreSQL cluster."""
    if backend == "postgresql":
        server: ThrowawayPostgres = request.getfixturevalue("postgres")
        return await server.new_database(migrated=True)
    template = await _migrated_sqlite(request.getfixturevalue("tmp_path_factory"))
    with sqlite3.connect(template) as source, sqlite3.connect(database) as target:
        source.backup(target)
    source.close()
    target.close()
    return f"sqlite+aiosqlite:///{database}"


@pytest.fixture
async def runtime(api: FakeBotAPI, engine: str, database_url: str) -> AsyncIterator[Runtime]:
    """The whole bot, polling the fake server; fails the test if the bot made any call Telegram rejects."""
    async with Runtime(bot_settings(api, engine, database_url), polling_timeout=1, strict_translations=True) as rt:
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
