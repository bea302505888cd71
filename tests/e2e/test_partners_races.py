"""The limits on introduction requests hold when two processes share the database: two hubs on one PostgreSQL
answer the same member at the same moment, and a request another process saved meanwhile is not sent twice."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select, text

from bot.runtime import Runtime, build_hub
from handlers.kit.messages import Incoming, Screen
from storage import partner_repos
from storage.db import create_engine, session_factory
from storage.models import Delivery, Introduction, Member
from tests.chat import Chat, visible
from tests.conftest import bot_settings
from tests.e2e.test_partners import ASKER, ASKER_ORG, add_org
from tests.events_support import rows, use_clock

OTHER_TARGETS = 4  # requests the member has waiting already: one more reaches MAX_OPEN_REQUESTS (5)


class Recorder:
    """The replies one hub sent (the second hub has no engine of its own: its answers are read here)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    async def send(self, chat_id: int, screen: Screen) -> int:
        self.texts.append(visible(screen.text))
        return 1

    async def edit(self, chat_id: int, message_id: int, screen: Screen) -> None:
        self.texts.append(visible(screen.text))

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        return None

    async def send_document(self, chat_id: int, document: object) -> None:
        return None

    async def set_commands(self, commands: object, language_code: str | None) -> None:
        return None


@pytest.fixture
async def pg_runtime(api, engine, postgres) -> AsyncIterator[Runtime]:  # type: ignore[no-untyped-def]
    """The bot on a database of its own in the throwaway PostgreSQL (a race needs two connections at once)."""
    url = await postgres.new_database(migrated=True)
    async with Runtime(bot_settings(api, engine, url), polling_timeout=1, strict_translations=True) as runtime:
        yield runtime
    assert api.errors() == [], f"the bot made calls Telegram would reject: {api.errors()}"


async def member_at_the_note_step(api, runtime: Runtime) -> tuple[Chat, int]:  # type: ignore[no-untyped-def]
    """The member has four requests waiting and is about to send a fifth, to Balkan Arms Watch."""
    clock = use_clock(runtime)
    asker_org = await add_org(api, runtime, ASKER_ORG, ASKER, 602, topics=("arms_trafficking",))
    target = await add_org(api, runtime, "Balkan Arms Watch", 611, country="mk", topics=("arms_trafficking",))
    others = [await add_org(api, runtime, f"Civic Org {n}", 620 + n, topics=("corruption",)) for n in range(4)]
    async with runtime.hub.sessions.begin() as session:
        session.add_all(
            Introduction(
                requester_id=ASKER,
                requester_org_id=asker_org,
                target_org_id=other,
                status="pending",
                created_at=clock.now,
            )
            for other in others
        )
    asker = Chat(api, runtime.hub, user_id=ASKER, language_code="en")
    await asker.send("/partners")
    await asker.press("Introduce us to no. 1")
    assert "Add a short note" in asker.last_text()
    return asker, target


async def lock_waiters(runtime: Runtime) -> int:
    async with runtime.database.connect() as connection:
        return await connection.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        )


async def test_one_member_on_two_hubs_at_once_stays_within_the_limits(api, pg_runtime, monkeypatch):
    runtime = pg_runtime
    asker, target = await member_at_the_note_step(api, runtime)
    other_database = create_engine(runtime.settings.database_url)
    other_hub = build_hub(runtime.settings, other_database, strict_translations=True, clock=runtime.clock)

    # Both hubs must count the member's requests before either saves one. Each count waits until the other hub has
    # counted too, or is held up waiting for a lock (then the counts are taken one after the other).
    real_count, counting = partner_repos.open_request_count, []

    async def count_together(session: Any, member_id: int) -> int:
        counting.append(member_id)
        async with asyncio.timeout(10):
            while len(counting) < 2 and not await lock_waiters(runtime):
                await asyncio.sleep(0.01)
        return await real_count(session, member_id)

    monkeypatch.setattr(partner_repos, "open_request_count", count_together)
    skip = asker.button("Skip", asker.last_with_buttons())["callback_data"]
    press = Incoming(user_id=ASKER, chat_id=ASKER, callback_id="q1", callback_data=skip)
    note = Incoming(user_id=ASKER, chat_id=ASKER, text="We map arms routes; shall we compare notes?")
    here, there = Recorder(), Recorder()
    try:
        await asyncio.gather(runtime.hub.dispatch(press, here), other_hub.dispatch(note, there))
    finally:
        await other_database.dispose()

    answers = sorted(here.texts + there.texts)
    assert len(answers) == 2 and answers[0].startswith("Request sent"), answers
    assert "You already have 5 requests waiting" in answers[1], answers
    waiting = await rows(runtime, Introduction, requester_id=ASKER, closed_at=None)
    assert len(waiting) == 1 + OTHER_TARGETS, "never more open requests than the limit"
    assert [i.target_org_id for i in waiting].count(target) == 1, "one request to the organisation"
    assert len(await rows(runtime, Delivery, telegram_id=611, kind="intro-request")) == 1, "told once"


@pytest.mark.both_databases
async def test_a_request_another_process_saved_meanwhile_is_not_sent_again(api, runtime, monkeypatch):
    asker, target = await member_at_the_note_step(api, runtime)
    async with runtime.hub.sessions() as session:
        asker_org = await session.scalar(select(Member.organisation_id).where(Member.telegram_id == ASKER))
    other_database = create_engine(runtime.settings.database_url)  # another process: a connection of its own
    real_excluded = partner_repos.excluded_partners

    async def colleague_asks_meanwhile(session: Any, org_id: int, now: Any) -> set[int]:
        """The check finds no request to the target; then a colleague's request, sent by another process (one
        without the lock, say during an upgrade), is saved before this one is."""
        excluded = await real_excluded(session, org_id, now)
        monkeypatch.setattr(partner_repos, "excluded_partners", real_excluded)
        async with session_factory(other_database).begin() as other:
            other.add(
                Introduction(
                    requester_id=602, requester_org_id=org_id, target_org_id=target, status="pending", created_at=now
                )
            )
        return excluded

    monkeypatch.setattr(partner_repos, "excluded_partners", colleague_asks_meanwhile)
    try:
        await asker.press("Skip")
    finally:
        await other_database.dispose()
    assert "This organisation cannot be asked for an introduction now" in asker.last_text()
    async with runtime.hub.sessions() as session:
        to_target = await session.scalar(
            select(func.count())
            .select_from(Introduction)
            .where(Introduction.requester_org_id == asker_org, Introduction.target_org_id == target)
        )
    assert to_target == 1, "only the colleague's request"
    assert await rows(runtime, Delivery, kind="intro-request") == [], "nobody is told of a request not saved"
