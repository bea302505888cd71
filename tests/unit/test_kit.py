import asyncio

import pytest

from handlers.core import KeyedLocks
from handlers.kit import CallbackCodec, message_incoming
from handlers.routes import build_codec


def test_codec_round_trips_what_it_made():
    codec = build_codec()
    data = codec.encode("rg", "a1b2c3", "tog", "environmental_crime")
    assert codec.decode(data) == ("rg", ["a1b2c3", "tog", "environmental_crime"])


@pytest.mark.parametrize(
    "forged",
    [
        "",
        "rg",
        "rg:a1b2c3:tog",
        "zz:1",
        "lang:en:extra",
        "rg:a1b2c3:tog:<b>",
        "lang:" + "x" * 70,
        "lang:енглески",
        "rg:a1:b::",
        ":",
        "cmd:start;drop",
    ],
)
def test_codec_rejects_data_it_did_not_make(forged):
    assert build_codec().decode(forged) is None


def test_codec_refuses_to_make_data_over_64_bytes():
    codec = CallbackCodec()
    codec.register("x", 2)
    with pytest.raises(ValueError, match="64 bytes"):
        codec.encode("x", "a" * 40, "b" * 30)


def test_codec_refuses_wrong_field_count_or_characters():
    codec = CallbackCodec()
    codec.register("x", 1)
    with pytest.raises(ValueError):
        codec.encode("x", "en", "de")
    with pytest.raises(ValueError):
        codec.encode("x", "e n")


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
