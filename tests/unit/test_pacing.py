"""The send limiter: global rate, one message a second per chat, 429 holds, replies ahead of bulk; the flood guard."""

import asyncio
import time
from typing import Any

import pytest

from handlers.kit.pacing import FLOOD_LIMIT, FLOOD_WINDOW, GLOBAL_429_SPAN, Admission, FloodGuard, Limiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_slots_follow_the_global_rate_across_chats():
    clock = FakeClock()
    limiter = Limiter(10, clock=clock)
    waits = [limiter.reserve(chat) for chat in range(5)]
    assert waits == pytest.approx([0.0, 0.1, 0.2, 0.3, 0.4])


def test_one_chat_gets_at_most_one_bulk_message_a_second():
    clock = FakeClock()
    limiter = Limiter(100, clock=clock)
    assert limiter.reserve(7) == 0.0
    assert limiter.reserve(8) == pytest.approx(0.01), "another chat only waits for the global slot"
    assert limiter.reserve(7) == pytest.approx(1.0)
    clock.now += 2
    assert limiter.reserve(7) == 0.0


def test_a_reply_in_a_conversation_is_not_held_by_the_chat_second_but_keeps_bulk_away():
    clock = FakeClock()
    limiter = Limiter(100, clock=clock)
    assert limiter.reserve(7, interactive=True) == 0.0
    assert limiter.reserve(7, interactive=True) == pytest.approx(0.01)
    assert limiter.reserve(7) == pytest.approx(1.01), "a bulk message waits a second after the reply"


def test_a_reply_waiting_out_its_chats_second_does_not_hold_back_other_chats():
    clock = FakeClock()
    limiter = Limiter(100, clock=clock)
    limiter.reserve(7)  # a broadcast message to chat 7
    clock.now += 0.1
    assert limiter.reserve(7, interactive=True) == pytest.approx(0.9), "chat 7's reply waits for its second"
    assert limiter.reserve(8, interactive=True) == pytest.approx(0.01), "chat 8's reply only for the global slot"
    assert limiter.reserve(9) == pytest.approx(0.02)


def test_a_429_pauses_everyone():
    clock = FakeClock()
    limiter = Limiter(100, clock=clock)
    limiter.pause(5)
    assert limiter.reserve(1, interactive=True) == pytest.approx(5.0)
    assert limiter.reserve(2) == pytest.approx(5.01)


def test_a_429_for_one_chat_holds_that_chat_only():
    clock = FakeClock()
    limiter = Limiter(100, clock=clock)
    assert limiter.retry_after(7, 5) is False, "one chat's flood control is not everyone's"
    assert limiter.retry_after(6, 5) is False, "nor two chats'"
    assert limiter.reserve(7, interactive=True) == pytest.approx(5.0)
    assert limiter.reserve(6) == pytest.approx(5.0), "bulk to a held chat waits too"
    assert limiter.reserve(8, interactive=True) == pytest.approx(0.02), "another chat only waits for its slot"
    assert limiter.reserve(9) == pytest.approx(0.03)
    assert limiter.retry_afters == 2


def test_429s_for_several_chats_at_once_hold_everyone():
    clock = FakeClock()
    limiter = Limiter(100, clock=clock)
    assert limiter.retry_after(1, 5) is False
    clock.now += 0.5
    assert limiter.retry_after(2, 5) is False
    clock.now += 0.5
    assert limiter.retry_after(3, 5) is True, "three chats refused within two seconds: the bot is over the limit"
    assert limiter.reserve(9, interactive=True) == pytest.approx(5.0)


def test_429s_for_several_groups_at_once_hold_only_those_groups():
    """Telegram's 20-a-minute limit of a group is the group's: one person commanding in three groups at once must
    not make the bot hold everyone."""
    clock = FakeClock()
    limiter = Limiter(100, clock=clock)
    for group in (-1001, -1002, -1003):
        assert limiter.retry_after(group, 12, private=False) is False
        clock.now += 0.5
    assert limiter.reserve(9, interactive=True) == 0.0, "a private chat's reply goes at once"
    assert limiter.reserve(-1001, interactive=True) > 10, "the group itself waits"


def test_429s_for_several_chats_far_apart_hold_only_their_chats():
    clock = FakeClock()
    limiter = Limiter(100, clock=clock)
    for chat in (1, 2, 3):
        assert limiter.retry_after(chat, 1) is False
        clock.now += GLOBAL_429_SPAN
    assert limiter.reserve(9, interactive=True) == 0.0


async def test_a_chat_held_after_a_429_does_not_slow_the_others():
    limiter = Limiter(100)
    limiter.retry_after(7, 1.0)
    held = asyncio.create_task(_timed(limiter.sending(7)))
    reply = asyncio.create_task(_timed(limiter.sending(7, interactive=True)))
    others = [await _timed(limiter.sending(chat)) for chat in range(10, 20)]
    assert sum(others) < 0.5, "bulk to other chats waited for chat 7's retry_after"
    assert await _timed(limiter.sending(8, interactive=True)) < 0.1
    assert await held >= 0.95 and await reply >= 0.95, "chat 7 got a message before its retry_after was over"


def test_a_flooder_is_told_once_then_dropped_and_served_again_after_the_window():
    clock = FakeClock()
    guard = FloodGuard(clock=clock)
    verdicts = []
    for _ in range(FLOOD_LIMIT + 5):
        verdicts.append(guard.admit(1))
        clock.now += 0.1
    assert verdicts == [Admission.HANDLE] * FLOOD_LIMIT + [Admission.WARN] + [Admission.DROP] * 4
    assert guard.admit(2) is Admission.HANDLE, "another user has a window of their own"
    assert guard.dropped == 5
    clock.now += FLOOD_WINDOW
    assert guard.admit(1) is Admission.HANDLE, "the window is over"


def test_a_person_tapping_through_a_form_is_never_held_back():
    clock = FakeClock()
    guard = FloodGuard(clock=clock)
    for _ in range(200):  # two updates a second, for a hundred seconds
        assert guard.admit(1) is Admission.HANDLE
        clock.now += 0.5


def test_a_flood_limit_of_zero_lets_everything_through():
    guard = FloodGuard(0, clock=FakeClock())
    assert {guard.admit(1) for _ in range(1000)} == {Admission.HANDLE}


def test_the_flood_guard_forgets_ended_windows():
    clock = FakeClock()
    guard = FloodGuard(clock=clock)
    for user in range(5000):
        guard.admit(user)
        clock.now += 0.01
    assert len(guard._windows) < 2 * FLOOD_WINDOW / 0.01


def test_the_chat_map_is_pruned():
    clock = FakeClock()
    limiter = Limiter(1000, clock=clock)
    for chat in range(3000):
        clock.now += 0.01
        limiter.reserve(chat)
    assert len(limiter._chat_next) < 1200


async def test_replies_to_people_go_before_waiting_bulk_sends():
    limiter = Limiter(20)  # a slot every 50 ms
    order: list[str] = []

    async def bulk(chat: int) -> None:
        async with limiter.sending(chat):
            order.append(f"bulk{chat}")

    async def reply() -> None:
        await asyncio.sleep(0.01)
        async with limiter.sending(999, interactive=True):
            order.append("reply")

    started = time.monotonic()
    await asyncio.gather(*(bulk(chat) for chat in range(6)), reply())
    assert order.index("reply") <= 2, f"the reply waited behind the bulk queue: {order}"
    assert time.monotonic() - started >= 0.3, "seven sends at 20/s take at least 0.3 s"


async def test_requests_still_in_flight_count_against_the_second():
    """Telegram counts a request when it arrives, anywhere between our start and its answer: a slow answer must
    not let more than `per_second` requests reach it within one second."""
    limiter = Limiter(5)
    answer = asyncio.Event()
    started: list[float] = []

    async def send(chat: int, *, slow: bool) -> None:
        async with limiter.sending(chat):
            started.append(time.monotonic())
            if slow:
                await answer.wait()

    slow_ones = [asyncio.create_task(send(chat, slow=True)) for chat in range(5)]
    await asyncio.sleep(1.2)  # five slots of 0.2 s: all five are out, none answered
    assert len(started) == 5
    sixth = asyncio.create_task(send(99, slow=False))
    await asyncio.sleep(0.3)
    assert len(started) == 5, "a sixth request started while five could still reach Telegram in the same second"
    answered_at = time.monotonic()
    answer.set()
    await asyncio.gather(*slow_ones, sixth)
    assert started[-1] - answered_at >= 0.99, "the sixth went out less than a second after the others' answers"


async def test_bulk_goes_on_while_a_reply_waits_out_its_chats_second():
    limiter = Limiter(100)
    async with limiter.sending(7):  # a broadcast message to chat 7
        pass
    reply = asyncio.create_task(_timed(limiter.sending(7, interactive=True)))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    for chat in range(10, 20):  # the broadcast goes on to other chats
        async with limiter.sending(chat):
            pass
    assert time.monotonic() - started < 0.5, "bulk to other chats stood still behind chat 7's held reply"
    assert await reply >= 0.9, "chat 7's reply still waits for its second after the broadcast message"


async def test_a_reply_whose_slot_came_before_a_429_waits_for_its_retry_after():
    limiter = Limiter(100)
    async with limiter.sending(7):  # a broadcast message to chat 7: its reply is held for a second
        pass
    reply = asyncio.create_task(_timed(limiter.sending(7, interactive=True)))
    await asyncio.sleep(0.1)
    limiter.pause(1.5)  # Telegram answered another request with retry_after
    assert await reply >= 1.55, "the reply went out during the pause"


async def test_a_429_that_comes_while_a_reply_waits_for_room_holds_it_too():
    limiter = Limiter(5)
    answer = asyncio.Event()

    async def slow_bulk(chat: int) -> None:
        async with limiter.sending(chat):
            await answer.wait()

    bulk = [asyncio.create_task(slow_bulk(chat)) for chat in range(5)]
    await asyncio.sleep(1.0)  # five slots of 0.2 s: all five out, the window full
    reply = asyncio.create_task(_timed(limiter.sending(99, interactive=True)))
    await asyncio.sleep(0.2)
    limiter.pause(1.5)  # one of the five was answered 429
    answer.set()  # the window has room again a second after the answers, before the pause ends
    assert await reply >= 1.65, "the reply went out during the pause"
    await asyncio.gather(*bulk)


async def test_a_chats_second_counts_from_when_a_paused_message_really_went():
    limiter = Limiter(100)
    first = asyncio.create_task(_timed(limiter.sending(7)))
    await asyncio.sleep(0)  # booked for now
    limiter.pause(0.5)
    await first
    assert await _timed(limiter.sending(7)) >= 0.95, "a second message to chat 7 less than a second after the first"


async def test_two_messages_booked_for_one_chat_before_a_pause_still_go_a_second_apart():
    limiter = Limiter(30)
    first = asyncio.create_task(_sent_at(limiter.sending(7)))
    await asyncio.sleep(0)  # booked for now
    limiter.pause(1.2)
    second = asyncio.create_task(_sent_at(limiter.sending(7)))  # books once chat 7's booked second is over
    first_at, second_at = await asyncio.gather(first, second)
    assert second_at - first_at >= 0.99, "two broadcast messages reached chat 7 within a second"


async def test_a_reply_and_a_broadcast_message_released_by_a_pause_go_a_second_apart_and_the_rest_goes_on():
    limiter = Limiter(100)
    broadcast = asyncio.create_task(_sent_at(limiter.sending(7)))
    await asyncio.sleep(0)  # booked for now
    pause_ends = time.monotonic() + 0.5
    limiter.pause(0.5)
    reply = asyncio.create_task(_sent_at(limiter.sending(7, interactive=True)))  # chat 7's member writes meanwhile
    others = [asyncio.create_task(_sent_at(limiter.sending(chat))) for chat in range(10, 70)]  # 0.6 s of sending
    broadcast_at, reply_at, *others_at = await asyncio.gather(broadcast, reply, *others)
    assert abs(reply_at - broadcast_at) >= 0.99, "a reply and a broadcast message reached chat 7 within a second"
    assert max(others_at) - pause_ends < 0.85, "the broadcast to other chats stood still behind chat 7's reply"


async def test_a_hint_and_its_question_go_together_even_after_a_broadcast_message():
    limiter = Limiter(100)
    async with limiter.sending(7):  # a broadcast message to chat 7
        pass
    hint_at = await _sent_at(limiter.sending(7, interactive=True))  # waits out chat 7's second
    question_at = await _sent_at(limiter.sending(7, interactive=True))
    assert question_at - hint_at < 0.1, "the question waited for a second after the hint"


async def _sent_at(sending: Any) -> float:
    async with sending:
        return time.monotonic()


async def _timed(sending: Any) -> float:
    started = time.monotonic()
    async with sending:
        return time.monotonic() - started


def test_a_flooder_past_the_limit_is_known_to_be_dropped_until_the_window_ends():
    clock = FakeClock()
    guard = FloodGuard(clock=clock)
    for _ in range(FLOOD_LIMIT - 1):
        guard.admit(1)
    assert not guard.over(1), "one more would still be handled"
    guard.admit(1)
    assert guard.over(1) and not guard.over(2)
    clock.now += FLOOD_WINDOW
    assert not guard.over(1), "a new window"
    assert not FloodGuard(0, clock=clock).over(1), "no limit, nothing dropped"


def test_a_flooders_messages_are_dropped_unread_only_once_they_were_told_to_slow_down():
    clock = FakeClock()
    guard = FloodGuard(clock=clock)
    for _ in range(FLOOD_LIMIT):
        assert not guard.drop_unread(1), "within the limit: read and handled"
        guard.admit(1)
    assert not guard.drop_unread(1), "the next one carries the 'slow down': it must be read"
    assert guard.admit(1) is Admission.WARN
    assert guard.drop_unread(1) and guard.dropped == 2, "then dropped unread, and counted"
    assert not guard.drop_unread(2)
    clock.now += FLOOD_WINDOW
    assert not guard.drop_unread(1), "a new window"
