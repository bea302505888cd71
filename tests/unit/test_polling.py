"""The poller against the fake Telegram: when saturated it takes updates in by tens, asks only for what it can
take, and loses none of those it could not take yet; one user's updates take at most their share of the slots."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.fakeapi import FakeBotAPI
from bot.inbox import StalledUpdates
from bot.polling import MAX_IN_FLIGHT, MAX_WAITING, PER_USER, REFILL, UNCONFIRMED_WINDOW, Poller


class RecordingAPI(FakeBotAPI):
    """Remembers the parameters of every getUpdates."""

    def __init__(self) -> None:
        super().__init__()
        self.polls: list[dict[str, Any]] = []

    async def _get_updates(self, request: web.Request, params: dict[str, Any]) -> web.Response:
        self.polls.append(params)
        return await super()._get_updates(request, params)


class Gated:
    """A handler that records the updates it starts and finishes each only once the test opens its gate."""

    def __init__(self) -> None:
        self.gates: dict[int, asyncio.Event] = {}
        self.started: list[int] = []

    def gate(self, update_id: int) -> asyncio.Event:
        return self.gates.setdefault(update_id, asyncio.Event())

    def open(self, *update_ids: int) -> None:
        for update_id in update_ids:
            self.gate(update_id).set()

    async def __call__(self, update: dict[str, Any]) -> None:
        self.started.append(update["update_id"])
        await self.gate(update["update_id"]).wait()


def poller_for(
    api: FakeBotAPI,
    handle: Callable[[dict[str, Any]], Any],
    dropping: Callable[[int], bool] = lambda user: False,
    stalled: StalledUpdates | None = None,
) -> Poller:
    return Poller(
        token=api.token,
        api_url=api.base_url,
        handle=handle,
        timeout=1,
        allowed_updates=["message"],
        succeeded=lambda: None,
        dropping=dropping,
        stalled=stalled,
    )


def unconfirmed(api: FakeBotAPI) -> set[int]:
    return {update["update_id"] for update in api.backend.updates}


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.01)


async def test_a_saturated_poller_refills_by_tens_and_loses_nothing() -> None:
    api = RecordingAPI()
    gates: dict[int, asyncio.Event] = {}
    handled: list[int] = []

    async def handle(update: dict[str, Any]) -> None:
        handled.append(update["update_id"])
        await gates.setdefault(update["update_id"], asyncio.Event()).wait()

    async with api:
        ids = [api.send_text(1000 + n, "hello")["update_id"] for n in range(MAX_IN_FLIGHT + REFILL + 5)]
        poller = Poller(
            token=api.token,
            api_url=api.base_url,
            handle=handle,
            timeout=1,
            allowed_updates=["message"],
            succeeded=lambda: None,
        )
        await poller.start()
        try:
            await until(lambda: len(handled) == MAX_IN_FLIGHT)
            for update_id in ids[MAX_IN_FLIGHT - REFILL + 1 : MAX_IN_FLIGHT]:  # all but one of the ten newest done
                gates.setdefault(update_id, asyncio.Event()).set()
            polls = len(api.polls)
            await asyncio.sleep(0.3)
            assert len(api.polls) == polls, "fetched again before ten updates were done"
            assert len(handled) == MAX_IN_FLIGHT

            gates.setdefault(ids[MAX_IN_FLIGHT - REFILL], asyncio.Event()).set()  # the tenth
            await until(lambda: len(handled) == MAX_IN_FLIGHT + REFILL)
            refill = api.polls[polls]
            # the oldest update is still in hand, so the answer repeats the forty taken: forty plus ten new
            assert (refill["offset"], refill["limit"]) == (ids[0], MAX_IN_FLIGHT + REFILL)

            for update_id in ids:
                gates.setdefault(update_id, asyncio.Event()).set()
            await until(lambda: len(handled) == len(ids))
            assert sorted(handled) == ids, "an update was handled twice or not at all"
        finally:
            for gate in gates.values():
                gate.set()
            await poller.stop()


async def test_one_users_flood_takes_its_share_and_waits_its_turn_unconfirmed():
    """Ten updates from one user, then sixty from others: the user's first PER_USER are handled and the rest wait,
    in order; everybody else's are taken meanwhile. The waiting ones are not confirmed, although far more than
    UNCONFIRMED_WINDOW newer updates came after them, and each is handled once, in order."""
    api = RecordingAPI()
    handler = Gated()
    async with api:
        flood = [api.send_text(1000, f"m{n}")["update_id"] for n in range(10)]
        others = [api.send_text(2000 + n, "hello")["update_id"] for n in range(UNCONFIRMED_WINDOW + 10)]
        handler.open(*others)
        poller = poller_for(api, handler)
        await poller.start()
        try:
            await until(lambda: set(others) <= set(handler.started))
            assert [u for u in handler.started if u in flood] == flood[:PER_USER], "the flood took more slots"
            polls = len(api.polls)
            await until(lambda: len(api.polls) > polls)
            assert set(flood[PER_USER:]) <= unconfirmed(api), "a waiting update was confirmed before it was handled"

            handler.open(*flood)
            await until(lambda: len(handler.started) == len(flood) + len(others))
            assert [u for u in handler.started if u in flood] == flood, "the flood went out of order or twice"
            assert sorted(handler.started) == sorted(flood + others)
        finally:
            handler.open(*flood)
            await poller.stop()
        assert unconfirmed(api) == set(), "all confirmed once handled"


async def test_a_flood_the_hub_drops_anyway_is_handed_on_at_once_and_confirmed():
    """Once a flooder is past the flood limit, each further update of theirs will only be dropped, in whatever
    order: it is handed on at once rather than waiting behind their others (or, past the waiting room, at
    Telegram, where it fills the window everybody's updates come through)."""
    api = RecordingAPI()
    handler = Gated()
    async with api:
        stalled = [api.send_text(1000, f"m{n}")["update_id"] for n in range(PER_USER)]
        dropped = [api.send_text(1000, f"d{n}")["update_id"] for n in range(MAX_WAITING + 20)]
        handler.open(*dropped)
        poller = poller_for(api, handler, dropping=lambda user: user == 1000)
        await poller.start()
        try:
            await until(lambda: set(dropped) <= set(handler.started))
            assert not any(handler.gate(u).is_set() for u in stalled), "while the flooder's first ones are in hand"
        finally:
            handler.open(*stalled)
            await poller.stop()


async def test_a_flood_past_the_waiting_room_is_left_at_telegram_and_a_stop_loses_none():
    """More of one user's updates than may wait: the rest stay at Telegram and another user's later update is still
    taken. A stop finishes those being handled and leaves those waiting unconfirmed, so the next process gets them."""
    api = RecordingAPI()
    handler = Gated()
    async with api:
        flood = [api.send_text(1000, f"m{n}")["update_id"] for n in range(PER_USER + MAX_WAITING + 10)]
        other = api.send_text(2000, "hello")["update_id"]
        handler.open(other)
        poller = poller_for(api, handler)
        await poller.start()
        await until(lambda: other in handler.started)
        assert poller.waiting == MAX_WAITING, "the waiting room grew past its bound"
        assert handler.started == [*flood[:PER_USER], other]

        stopping = asyncio.create_task(poller.stop())
        await asyncio.sleep(0)  # stopping: a finished update hands on no waiting one
        handler.open(*flood[:PER_USER])
        await stopping
        assert handler.started == [*flood[:PER_USER], other], "a waiting update was started during the stop"
        assert set(flood[PER_USER:]) <= unconfirmed(api), "a waiting update was confirmed unhandled"

        after = Gated()
        after.open(*flood, other)
        poller = poller_for(api, after)
        await poller.start()
        try:
            await until(lambda: set(flood[PER_USER:]) <= set(after.started))
            assert [u for u in after.started if u in flood] == flood[PER_USER:], "out of order, lost or twice"
        finally:
            await poller.stop()


class FailingInbox(StalledUpdates):
    """An inbox that cannot be written to until `working` is set: what the poller wanted written down is recorded."""

    def __init__(self) -> None:  # no database
        self._in_hand: set[int] = set()
        self.working = False
        self.kept: list[int] = []

    async def keep(self, updates: list[dict[str, Any]]) -> None:
        if not self.working:
            raise OSError("disk full")
        self.kept.extend(update["update_id"] for update in updates)


async def test_a_stalled_update_is_confirmed_only_once_written_down():
    """One update stalls while UNCONFIRMED_WINDOW + 10 newer ones are handled: while the inbox cannot take it, the
    offset stays at it (Telegram keeps it); once written down, the offset passes it and the others are confirmed."""
    api = RecordingAPI()
    handler = Gated()
    inbox = FailingInbox()
    async with api:
        stalled = api.send_text(1000, "slow")["update_id"]
        others = [api.send_text(2000 + n, "hello")["update_id"] for n in range(UNCONFIRMED_WINDOW + 10)]
        handler.open(*others)
        poller = poller_for(api, handler, stalled=inbox)
        await poller.start()
        try:
            await until(lambda: set(others) <= set(handler.started))
            polls = len(api.polls)
            await until(lambda: len(api.polls) > polls + 1)
            assert stalled in unconfirmed(api), "confirmed though it could not be written down"
            inbox.working = True
            await until(lambda: stalled not in unconfirmed(api))
            assert inbox.kept == [stalled] and unconfirmed(api) <= set(others[-UNCONFIRMED_WINDOW:])
        finally:
            handler.open(stalled)
            await poller.stop()
        assert unconfirmed(api) == set()
