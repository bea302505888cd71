import asyncio

import pytest

from handlers.kit.core import KeyedLocks
from handlers.kit.messages import message_incoming


@pytest.mark.parametrize(
    ("text", "command", "args", "other"),
    [
        ("/start", "start", "", False),
        ("/start ev_12", "start", "ev_12", False),
        ("/Register@Resilience_Hub_Bot", "register", "", False),
        ("/help@some_other_bot", "help", "", True),
        ("hello /start", None, "", False),
        ("/", None, "", False),
    ],
)
def test_commands_are_parsed_with_their_addressee(text, command, args, other):
    incoming = message_incoming(
        user_id=1,
        chat_id=1,
        chat_type="private",
        language_code="en",
        username=None,
        text=text,
        bot_username="resilience_hub_bot",
    )
    assert (incoming.command, incoming.args, incoming.addressed_to_other_bot) == (command, args, other)


async def test_user_locks_serialise_one_user_and_are_forgotten_when_free():
    locks, order = KeyedLocks(), []

    async def update(user: int, name: str, pause: float) -> None:
        async with locks.hold(user):
            order.append(f"{name} in")
            await asyncio.sleep(pause)
            order.append(f"{name} out")

    await asyncio.gather(update(1, "a", 0.05), update(1, "b", 0), update(2, "c", 0))
    assert order.index("a out") < order.index("b in"), "one user's updates one at a time"
    assert order.index("c in") < order.index("a out"), "another user does not wait"
    await asyncio.gather(*(update(user, "x", 0) for user in range(1000)))
    assert len(locks) == 0, "a flood of new users leaves nothing behind"
