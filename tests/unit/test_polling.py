"""The poller against the fake Telegram: when saturated it takes updates in by tens, asks only for what it can
take, and loses none of those it could not take yet."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.fakeapi import FakeBotAPI
from bot.polling import MAX_IN_FLIGHT, REFILL, Poller


class RecordingAPI(FakeBotAPI):
    """Remembers the parameters of every getUpdates."""

    def __init__(self) -> None:
        super().__init__()
        self.polls: list[dict[str, Any]] = []

    async def _get_updates(self, request: web.Request, params: dict[str, Any]) -> web.Response:
        self.polls.append(params)
        return await super()._get_updates(request, params)


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
        poller = Poller(token=api.token, api_url=api.base_url, handle=handle, timeout=1,
                        allowed_updates=["message"], succeeded=lambda: None)
        await poller.start()
        try:
            await until(lambda: len(handled) == MAX_IN_FLIGHT)
            for update_id in ids[MAX_IN_FLIGHT - REFILL + 1:MAX_IN_FLIGHT]:  # all but one of the ten newest done
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
