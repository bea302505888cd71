"""Test helpers for events: a clock the test moves, members and events put straight into the database."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from bot.fakeapi import FakeBotAPI
from bot.runtime import Runtime
from handlers.kit.core import Hub
from handlers.kit.when import Clock
from storage.models import Delivery, Event, EventText, EventTopic, Member, Organisation, Subscription

START = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def use_clock(runtime: Runtime, now: datetime = START) -> Clock:
    """Pin the running hub's time at `now`; returns its clock, to move it with `advance` or by setting `now`."""
    runtime.clock.now = now
    return runtime.clock


async def add_member(
    runtime: Runtime,
    user_id: int,
    *,
    locale: str = "en",
    name: str = "Member",
    organisation: str | None = None,
    role: str = "member",
    subscribed: bool = True,
) -> None:
    """A registered member (registration itself is tested in test_registration), subscribed to every kind of
    update as it happens unless `subscribed` is False."""
    async with runtime.hub.sessions.begin() as session:
        org = Organisation(
            name=organisation or f"Org {user_id}",
            name_key=f"org {user_id}",
            country="mk",
            sector="ngo",
            description="",
            discoverable=False,
            vetting="vetted",
        )
        session.add(org)
        session.add(
            Member(
                telegram_id=user_id,
                locale=locale,
                display_name=name,
                organisation=org,
                membership="founder",
                role=role,
                consent_at=START,
                registered_at=START,
            )
        )
        if subscribed:
            await session.flush()  # the member row first: nothing relates the two for the unit of work
            session.add(Subscription(telegram_id=user_id, zone="Europe/Belgrade"))


async def add_event(runtime: Runtime, organiser_id: int, **fields: Any) -> int:
    """An event as the wizard would publish it; `titles` maps locale → title."""
    titles = fields.pop("titles", {"en": "Dialogue on environmental crime", "mk": "Дијалог за еколошки криминал"})
    values: dict[str, Any] = dict(
        scope="regional",
        format="in_person",
        country="mk",
        starts_at=START + timedelta(days=8),
        ends_at=START + timedelta(days=8, hours=3),
        venue="Hotel Continental, Skopje",
        online_link=None,
        capacity=None,
        needs_approval=False,
        chatham_house=False,
        reveal_hours=None,
        status="published",
        version=0,
    )
    values.update(fields)
    async with runtime.hub.sessions.begin() as session:
        event = Event(
            organiser_id=organiser_id,
            **values,
            texts=[EventText(locale=loc, title=t, description="") for loc, t in titles.items()],
            topics=[EventTopic(topic="environmental_crime")],
        )
        session.add(event)
        await session.flush()
        return event.id


async def start_link(hub: Hub, event_id: int) -> str:
    """`/start ev_<code>`: what a member sends by following the event's deep link."""
    async with hub.sessions() as session:
        event = await session.get(Event, event_id)
        assert event is not None
        return f"/start ev_{event.code}"


async def rows(runtime: Runtime, model: Any, **where: Any) -> list[Any]:
    async with runtime.hub.sessions() as session:
        return list((await session.scalars(select(model).filter_by(**where))).all())


async def set_role(runtime: Runtime, user_id: int, role: str) -> None:
    async with runtime.hub.sessions.begin() as session:
        await session.execute(update(Member).where(Member.telegram_id == user_id).values(role=role))


async def deliveries_settled(runtime: Runtime, *, within: float, poll: float = 0.2) -> None:
    """Wait until no delivery is waiting or being sent: the worker has finished with everything queued."""

    async def settled() -> bool:
        return all(d.status not in ("pending", "sending") for d in await rows(runtime, Delivery))

    async with asyncio.timeout(within):
        while not await settled():
            await asyncio.sleep(poll)


def times_received(api: FakeBotAPI, text: str, chats: Iterable[int]) -> dict[int, int]:
    """How many messages containing `text` each chat received (sent with success)."""
    counts = dict.fromkeys(chats, 0)
    for call in api.calls:
        chat = call.params.get("chat_id")
        if call.ok and call.method == "sendMessage" and chat in counts and text in str(call.params.get("text")):
            counts[chat] += 1
    return counts
