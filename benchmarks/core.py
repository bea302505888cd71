"""The core's own cost per update, without an engine or HTTP: what one member action costs the hub in CPU and
in SQL statements, on SQLite.

    python benchmarks/core.py [--members 200] [--rounds 2] [--trace rsvp]

Seeds the database as benchmarks/updates.py does (5,000 members, twelve upcoming events), then hands `Hub.dispatch`
the same eight actions (/events, Next, open an event, RSVP, /profile, its Name button, a new name, /help) for
each member in turn, with a messenger that answers every call at once. The first round warms the caches and is
not counted. Prints, for each action, the CPU milliseconds and SQL statements per update: the figures to watch
when changing what an update does (benchmarks/updates.py then shows what that means through a real engine).
`--trace ACTION` also lists the statements that action runs, each with how often it runs per update.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from sqlalchemy import event

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.broadcast import FIRST_MEMBER  # noqa: E402
from benchmarks.updates import CHOICES, PROFILE_TOKEN, SCRIPT, Clicker, seed_hub  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.runtime import build_hub  # noqa: E402
from handlers.kit.core import Hub  # noqa: E402
from handlers.kit.messages import BotCommand, Document, Incoming, Screen, message_incoming  # noqa: E402
from storage import repos  # noqa: E402
from storage.db import create_engine  # noqa: E402

BOT = "hub_bench_bot"
TOKEN = "123456:" + "A" * 35


class AtOnce:
    """A messenger whose every call succeeds at once: only the core's own work is measured."""

    async def send(self, chat_id: int, screen: Screen) -> int:
        return 1

    async def edit(self, chat_id: int, message_id: int, screen: Screen) -> None:
        return None

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        return None

    async def send_document(self, chat_id: int, document: Document) -> None:
        return None

    async def set_commands(self, commands: list[BotCommand], language_code: str | None) -> None:
        return None


def incoming(member: Clicker, action: str, round_: int) -> Incoming:
    user = member.user_id
    texts = {"/events": "/events", "/profile": "/profile", "/help": "/help", "name": f"Member {user} round {round_}"}
    if action in texts:
        return message_incoming(
            user_id=user,
            chat_id=user,
            chat_type="private",
            language_code="en",
            username=None,
            text=texts[action],
            bot_username=BOT,
        )
    data = {
        "next": "ev:page:1:x-x",
        "open": f"ev:open:{member.event_id}:-",
        "rsvp": f"ev:rsvp:{member.event_id}:{CHOICES[round_ % len(CHOICES)]}",
        "edit-name": f"pf:{member.token}:edit:name",
    }[action]
    return Incoming(user_id=user, chat_id=user, language_code="en", callback_id="1", callback_data=data, message_id=1)


async def one_round(hub: Hub, members: list[Clicker], round_: int, update_ids: Any, on_action: Any) -> None:
    for action in SCRIPT:
        on_action(action)
        for member in members:
            await hub.dispatch(replace(incoming(member, action, round_), update_id=next(update_ids)), AtOnce())
            if action == "/profile":  # the Name button carries the token of the /profile run just started
                async with hub.sessions() as session:
                    conversation = await repos.get_conversation(session, member.user_id)
                    member.token = conversation.token if conversation else member.token
        on_action(None)


async def run(members_count: int, rounds: int, trace: str | None = None) -> None:
    url = f"sqlite+aiosqlite:///{tempfile.mkdtemp(prefix='hub-core-')}/hub.db"
    members = [Clicker(FIRST_MEMBER + i, 0, "", token=PROFILE_TOKEN) for i in range(members_count)]
    second_page = await seed_hub(url, 5000, members)
    for number, member in enumerate(members):
        member.event_id, member.event_title = second_page[number % len(second_page)]
    database = create_engine(url)
    # no flood limit: each member here acts far faster than a person could, and every update is to be measured
    settings = Settings(bot_token=SecretStr(TOKEN), database_url=url, send_rate=1000, flood_limit=0)
    hub = build_hub(settings, database, bot_username=BOT)
    statements: Counter[str] = Counter()
    cpu: Counter[str] = Counter()
    current: list[Any] = [None, 0.0]  # the action being measured, and the CPU time when it started

    def on_action(action: str | None) -> None:
        if action is None and current[0] is not None:
            cpu[current[0]] += time.process_time() - current[1]
        current[:] = [action, time.process_time()]

    traced: Counter[str] = Counter()

    def count(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if current[0] is not None:
            statements[current[0]] += 1
        if current[0] == trace:
            traced[" ".join(statement.split())[:150]] += 1

    update_ids = iter(range(1, 10**9))
    await one_round(hub, members, 0, update_ids, lambda action: None)  # warm-up, not counted
    event.listen(database.sync_engine, "before_cursor_execute", count)
    for round_ in range(1, rounds + 1):
        await one_round(hub, members, round_, update_ids, on_action)
    await hub.mark_sent_replies_now()
    await database.dispose()
    updates = members_count * rounds
    total = updates * len(SCRIPT)
    lines = [
        f"the core alone on SQLite: {members_count} members × {rounds} rounds of {len(SCRIPT)} actions",
        f"{'action':<12}{'CPU ms/update':>15}{'statements/update':>20}",
    ]
    lines += [
        f"{action:<12}{cpu[action] / updates * 1000:>15.2f}{statements[action] / updates:>20.1f}" for action in SCRIPT
    ]
    lines.append(f"{'all':<12}{sum(cpu.values()) / total * 1000:>15.2f}{sum(statements.values()) / total:>20.1f}")
    if trace:
        lines.append(f"\nthe statements of {trace}, per update:")
        lines += [f"{n / updates:6.2f}  {text}" for text, n in traced.most_common()]
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2, help="measured rounds, after one to warm up")
    parser.add_argument("--trace", choices=SCRIPT, help="list the statements of this action")
    args = parser.parse_args()
    asyncio.run(run(args.members, args.rounds, args.trace))


if __name__ == "__main__":
    main()
