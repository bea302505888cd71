"""Responsiveness benchmark: members clicking through the bot while a broadcast goes out, against a minimal echo
bot on the same engine and the same fake Telegram, in the same run.

    python benchmarks/updates.py [--engine aiogram|ptb] [--members 1000] [--burst 2] [--broadcast 5000]
                                 [--limit 500] [--paced-rate 20] [--sample] [--wire]

First the hub (`python -m bot run`, its own process, on SQLite), then the echo bot (this file with --echo-bot, its
own process: one handler sending a message's text back, one answering a button press), each against a fake
Telegram in this process (bot/fakeapi), which time-stamps every update and every reply. For the hub it answers
sendMessage beyond R a second (--limit, also the hub's SEND_RATE) with 429, as in broadcast.py; it does not
enforce Telegram's one message a second per chat, which a member clicking as fast as the answers come would
exceed (Telegram tolerates short bursts). The echo bot gets no limit: it has no pacing, and a 429 would only
lose its reply (it runs without a broadcast).

What members do, in this order, round after round: /events; Next (page 2); open an event from it; RSVP (going,
then maybe, then not going in later rounds); /profile; its Name button; type a new name; /help. Presses carry the
callback data of the bot's buttons and name the message the bot sent. Member i starts at action i mod 8, as if
it had just done the ones before: the fake Telegram holds an /events message and a /profile message the member
got earlier, and the database the /profile conversation (at its Name step for those who start by typing a
name). So every action is in the mix however short the burst. A member does its next action once the last one
is fully answered (for a press on the hub: the toast and the edited message, or a new message; it stops
waiting for those 10 s after the toast, and for any answer after 120 s).

Two phases, for each bot:
  burst   every member does --burst actions without pause: a closed loop of --members members, so updates are
          waiting all the time (the bot is saturated). updates/s counts the first replies between the 10th and
          the 90th percentile of the phase's first replies (the bot's pace once the burst is under way, without
          the ramp and the tail). The hub's first broadcast (--broadcast members, the clicking members among
          them) is released when the burst starts.
  paced   --paced-rate updates a second for 15 s, Poisson arrivals (an open loop: offered whatever the bot's
          speed), each the next action of one of --paced-rate × 15 ÷ 4 members (so about 4 each), taken in turn
          among those not waiting for an answer. The hub's second broadcast is released when it starts.

With --wire, a third bot follows: the echo bot answering as the hub does on the wire (a page of HTML with a
keyboard for a message; for a press the answer, then its message edited into such a page), with nothing behind it.
Its updates/s is the most any core could reach on that engine, and so bounds the hub's ratio to the echo bot.

Latency of an update: from the moment it was queued at the fake Telegram ("queued") or the moment a getUpdates
answer first carried it to the bot ("fetched"), to the bot's first reply (the answer to a press; the message sent
for a message) as the fake Telegram received it; "whole answer" is to the last reply (a press's edited message).
In the burst, "queued" is mostly the wait behind the other members' updates (Little's law: members ÷ updates/s);
"fetched" leaves out the wait at Telegram but not the wait inside the bot, which takes in up to 40 updates at once
(bot/polling.py). The paced figure is what a member feels.

Also printed: time from starting the process to its first getUpdates; RSS 2 s after that (idle) and at the end
(peak); CPU used by the bot and by this process (the fake Telegram and the members, one core at most); the bot's
CPU per update answered (in the hub's paced phase, the broadcast's sending included); 429s; how far each broadcast
got during the phase; whether each of the hub's replies was the right one (texts and toasts are checked; --sample
prints one member's) and the exceptions the bot wrote to stderr. The PTB echo bot uses the hub's aiohttp transport
(bot/engines/ptb_transport.py, as the hub does, so both run the same stack); importing that module also loads the
core and SQLAlchemy, so its startup and RSS are above a bare PTB bot's.
"""

from __future__ import annotations

import asyncio
import html
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# --- the echo bot: defined before the benchmark's imports, so its process loads nothing but its framework ----


def echo_bot(engine: str, wire: bool) -> None:
    """A minimal bot on `engine` for BOT_TOKEN at TELEGRAM_API_URL: echo every text, answer every press.
    With `wire`, it answers as the hub does on the wire, with nothing behind: a message gets a page of HTML with a
    keyboard, a press is answered and its message edited into such a page."""
    token, url = os.environ["BOT_TOKEN"], os.environ["TELEGRAM_API_URL"]
    if engine == "ptb":
        _echo_ptb(token, url, wire)
    else:
        asyncio.run(_echo_aiogram(token, url, wire))


WIRE_BUTTONS = [
    [("Going", "ev:rsvp:1:going"), ("Maybe", "ev:rsvp:1:maybe")],
    [("Not going", "ev:rsvp:1:no")],
    [("Add to calendar", "ev:ics:1"), ("Report", "ev:report:1")],
    [("« Back", "ev:page:0:x-x")],
]


def wire_page(text: str, count: int) -> str:
    """About the size of an /events page or an event card, carrying the member's text (so echo checks apply)."""
    lines = [
        f"<b>Benchmark event {n}</b>\nMon 7 Dec 2026, 09:00–12:00 · Skopje · in person · 3 seats left"
        for n in range(1, 6)
    ]
    return f"<b>Upcoming events</b> (reply {count})\n\n" + "\n\n".join(lines) + f"\n\n{html.escape(text)}"


async def _echo_aiogram(token: str, url: str, wire: bool) -> None:
    from aiogram import Bot, Dispatcher
    from aiogram.client.default import DefaultBotProperties
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

    bot = Bot(
        token,
        session=AiohttpSession(api=TelegramAPIServer.from_base(url)),
        default=DefaultBotProperties(parse_mode="HTML" if wire else None),
    )
    dispatcher = Dispatcher()
    replies = iter(range(1, 10**9))

    def keyboard() -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            inline_keyboard=[
                [InlineKeyboardButton(text=label, callback_data=data) for label, data in row] for row in WIRE_BUTTONS
            ]
        )

    @dispatcher.message()
    async def echo(message: Message) -> None:
        if wire:
            await message.answer(wire_page(message.text or "?", next(replies)), reply_markup=keyboard())
        else:
            await message.answer(message.text or "?")

    @dispatcher.callback_query()
    async def pressed(query: CallbackQuery) -> None:
        await query.answer()
        if wire and isinstance(query.message, Message):
            await query.message.edit_text(wire_page(query.data or "?", next(replies)), reply_markup=keyboard())

    await dispatcher.start_polling(bot, allowed_updates=["message", "callback_query"])  # stops on SIGTERM


def _echo_ptb(token: str, url: str, wire: bool) -> None:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
    from telegram.ext import ApplicationBuilder, CallbackQueryHandler, ContextTypes, MessageHandler, filters

    from bot.engines.ptb_transport import AiohttpRequest

    replies = iter(range(1, 10**9))

    def keyboard() -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in WIRE_BUTTONS]
        )

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None and update.message is not None
        if wire:
            await context.bot.send_message(
                update.effective_chat.id,
                wire_page(update.message.text or "?", next(replies)),
                parse_mode="HTML",
                reply_markup=keyboard(),
            )
        else:
            await context.bot.send_message(update.effective_chat.id, update.message.text or "?")

    async def pressed(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        if wire:
            await update.callback_query.edit_message_text(
                wire_page(update.callback_query.data or "?", next(replies)), parse_mode="HTML", reply_markup=keyboard()
            )

    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{url}/bot")
        .base_file_url(f"{url}/file/bot")
        .concurrent_updates(True)
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(connections=1))
        .build()
    )  # as bot/engines/ptb_engine.py
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(pressed))
    application.run_polling(poll_interval=0, allowed_updates=["message", "callback_query"])  # stops on SIGTERM


if __name__ == "__main__" and len(sys.argv) >= 3 and sys.argv[1] == "--echo-bot":
    echo_bot(sys.argv[2], wire="--wire" in sys.argv)
    sys.exit(0)

# --- the benchmark ---------------------------------------------------------------------------------------

import argparse  # noqa: E402
import math  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import signal  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter, deque  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402

from aiohttp import web  # noqa: E402
from sqlalchemy import update  # noqa: E402

from benchmarks.broadcast import ASKER, FIRST_MEMBER, TEXT, cpu_seconds, peak_rss_mb, seed  # noqa: E402
from bot.fakeapi import FakeBotAPI  # noqa: E402
from bot.fakeapi.server import Call  # noqa: E402
from storage.db import create_engine, session_factory  # noqa: E402
from storage.models import Audience, Campaign, Conversation, Event, EventText, EventTopic, utcnow  # noqa: E402

LATER = datetime(2100, 1, 1, tzinfo=UTC)  # campaigns wait until a phase releases them
BROADCAST_HEADER = "<b>Message from the Resilience Hub organisers</b>"
EVENTS = 12  # three pages of /events; members open the ones on the second page
PAGE_SIZE = 5  # handlers/events/listing.py
SCRIPT = ("/events", "next", "open", "rsvp", "/profile", "edit-name", "name", "/help")
PROFILE_TOKEN = "bench0"  # the /profile conversation's token for members who start after /profile
CHOICES = ("going", "maybe", "not_going")
TOASTS = {"going": "You are going.", "maybe": "Saved: maybe.", "not_going": "Saved: not going."}
STATUS_LINES = {
    "going": "Your answer:</b> going",
    "maybe": "Your answer:</b> maybe",
    "not_going": "Your answer:</b> not going",
}
PACED_SECONDS = 15.0  # how long the paced phase offers its load
PACED_ACTIONS = 4  # about how many actions each paced member does
REPLY_TIMEOUT = 120.0  # a member gives up waiting for an answer after this long
FOLLOW_UP_TIMEOUT = 10.0  # and for a press's edited message this long after its answer
SLOWEST = 10.0  # updates a second below which a phase is cut short (REPLY_TIMEOUT alone could take hours)
PER_CHAT_INTERVAL = 1.0  # handlers/kit/pacing.py: a reply waits this long after a bulk message to the same chat
IDLE_SETTLE = 2.0  # seconds after the first getUpdates before the idle RSS is read


# --- the fake Telegram, timing every update ---------------------------------------------------------------


@dataclass(eq=False)
class Tracked:
    """One update a member sent, and what came back."""

    update_id: int
    chat_id: int
    action: str
    phase: str
    press: bool
    expect_edit: bool  # a press on the hub is answered, then its message edited
    expect_text: str | None  # found in the message sent or edited in reply
    expect_toast: str | None
    queued: float
    answered: asyncio.Future[None]  # the first reply came
    done: asyncio.Future[None]  # the whole answer came
    fetched: float | None = None
    first: float | None = None
    replies: list[Call] = field(default_factory=list)

    def reply(self, call: Call) -> None:
        if self.first is None:
            self.first = call.at
            self.answered.set_result(None)
        self.replies.append(call)

    def finish(self) -> None:
        if not self.done.done():
            self.done.set_result(None)

    def problem(self) -> str | None:
        """What is wrong with the answer, or None."""
        if self.first is None:
            return "no answer"
        if self.press and self.replies[0].method.lower() != "answercallbackquery":
            return f"first reply was {self.replies[0].method}"
        toast = self.replies[0].params.get("text") if self.press else None
        if self.expect_toast is not None and toast != self.expect_toast:
            return f"toast {toast!r}"
        if self.press and self.expect_toast is None and toast:
            return f"toast {toast!r}"
        if self.expect_text is None:
            return None
        texts = [str(c.params.get("text")) for c in self.replies if c.method.lower() != "answercallbackquery"]
        if not texts:
            return "no message"
        return None if self.expect_text in texts[-1] else f"reply {texts[-1][:70]!r}"


class Feeder(FakeBotAPI):
    """The fake Telegram, plus what this benchmark needs: members' updates queued with the time, when the bot
    fetched each, and each one's replies (matched by callback query id, and in order per chat)."""

    def __init__(self) -> None:
        super().__init__()
        self.first_poll_at: float | None = None
        self.phase = ""
        self.tracked: list[Tracked] = []
        self._by_update: dict[int, Tracked] = {}
        self._messages: dict[int, deque[Tracked]] = {}  # chat → messages waiting for a sendMessage
        self._queries: dict[str, Tracked] = {}  # callback query id → press waiting for its answer
        self._edits: dict[int, deque[Tracked]] = {}  # chat → presses answered, waiting for their follow-up
        self.broadcast: list[tuple[int, float]] = []  # each broadcast message: chat, when it arrived
        self.stray: list[Call] = []  # replies to chats with nothing waiting
        self.presses_edit = True  # a press is answered, then its message edited (not so by the echo bot)

    def say(self, user_id: int, text: str, action: str, expect_text: str | None) -> Tracked:
        queued = time.monotonic()
        sent = self.send_text(user_id, text)
        tracked = self._track(
            sent["update_id"],
            user_id,
            action,
            queued,
            press=False,
            expect_edit=False,
            expect_text=expect_text,
            expect_toast=None,
        )
        self._messages.setdefault(user_id, deque()).append(tracked)
        return tracked

    def tap(
        self,
        user_id: int,
        message_id: int,
        data: str,
        action: str,
        *,
        expect_edit: bool,
        expect_text: str | None = None,
        expect_toast: str | None = None,
    ) -> Tracked:
        queued = time.monotonic()
        sent = self.press(user_id, message_id, data)
        tracked = self._track(
            sent["update_id"],
            user_id,
            action,
            queued,
            press=True,
            expect_edit=expect_edit,
            expect_text=expect_text,
            expect_toast=expect_toast,
        )
        self._queries[sent["callback_query"]["id"]] = tracked
        return tracked

    def _track(self, update_id: int, chat_id: int, action: str, queued: float, **expected: Any) -> Tracked:
        loop = asyncio.get_running_loop()
        tracked = Tracked(
            update_id,
            chat_id,
            action,
            self.phase,
            queued=queued,
            answered=loop.create_future(),
            done=loop.create_future(),
            **expected,
        )
        self.tracked.append(tracked)
        self._by_update[update_id] = tracked
        return tracked

    async def _get_updates(self, request: web.Request, params: dict[str, Any]) -> web.Response:
        if self.first_poll_at is None:
            self.first_poll_at = time.monotonic()
        response = await super()._get_updates(request, params)
        if response.status == 200:  # what it carries is still at the head of the queue: nothing ran meanwhile
            now = time.monotonic()
            limit = min(max(int(params.get("limit") or 100), 1), 100)
            for pending in self.backend.updates[:limit]:
                tracked = self._by_update.get(pending["update_id"])
                if tracked is not None and tracked.fetched is None:
                    tracked.fetched = now
        return response

    def _answer(self, method: str, params: dict[str, Any], outcome: Any) -> web.Response:
        response = super()._answer(method, params, outcome)
        call = self.calls[-1]
        if call.ok:
            self._match(call)
        return response

    def _match(self, call: Call) -> None:
        """A press's answer by its query id; then its follow-up, the next edit or message to the chat (the hub
        sends a message instead of an edit when something went wrong). Otherwise a message answers the chat's
        oldest message waiting. Replies to one member come in order: the hub handles a member's updates one at a
        time, each sent only once the last one was fully answered."""
        method, chat = call.method.lower(), call.params.get("chat_id")
        if method == "answercallbackquery":
            tracked = self._queries.pop(str(call.params.get("callback_query_id")), None)
            if tracked is None:
                self.stray.append(call)
                return
            tracked.reply(call)
            if tracked.expect_edit:
                self._edits.setdefault(tracked.chat_id, deque()).append(tracked)
            else:
                tracked.finish()
            return
        if method not in ("editmessagetext", "sendmessage", "senddocument") or not isinstance(chat, int):
            return
        if str(call.params.get("text")).startswith(BROADCAST_HEADER):
            self.broadcast.append((chat, call.at))
            return
        waiting = (
            self._edits.get(chat) if self._edits.get(chat) or method == "editmessagetext" else self._messages.get(chat)
        )
        if not waiting:
            self.stray.append(call)
            return
        tracked = waiting.popleft()
        tracked.reply(call)
        tracked.finish()

    def abandon(self, tracked: Tracked) -> None:
        """The member gave up waiting: a late reply must not be taken for the answer to their next update."""
        for waiting in (self._messages.get(tracked.chat_id), self._edits.get(tracked.chat_id)):
            if waiting is not None and tracked in waiting:
                waiting.remove(tracked)
        self._queries = {key: value for key, value in self._queries.items() if value is not tracked}


# --- members ----------------------------------------------------------------------------------------------


@dataclass
class Clicker:
    """A member going through SCRIPT, round after round, from `step` on."""

    user_id: int
    event_id: int  # the event on the second page of /events this member opens
    event_title: str
    step: int = 0
    list_message: int = 0
    profile_message: int = 0
    token: str = "000000"  # the /profile flow's, read from its keyboard (the echo bot has none)


async def act(api: Feeder, member: Clicker, *, hub: bool) -> Tracked:
    """The member's next action; returns once it is answered (or the member gave up waiting)."""
    action, round_ = SCRIPT[member.step % len(SCRIPT)], member.step // len(SCRIPT)
    member.step += 1
    user = member.user_id

    def say(text: str, expect: str) -> Tracked:
        return api.say(user, text, action, expect if hub else text)

    def tap(message_id: int, data: str, expect: str, toast: str | None = None) -> Tracked:
        return api.tap(
            user,
            message_id,
            data,
            action,
            expect_edit=api.presses_edit,
            expect_text=expect if hub else None,
            expect_toast=toast if hub else None,
        )

    if action == "/events":
        tracked = say("/events", "<b>Upcoming events</b> (page 1 of")
    elif action == "next":
        tracked = tap(member.list_message, "ev:page:1:x-x", "<b>Upcoming events</b> (page 2 of")
    elif action == "open":
        tracked = tap(member.list_message, f"ev:open:{member.event_id}:-", member.event_title)
    elif action == "rsvp":
        choice = CHOICES[round_ % len(CHOICES)]
        tracked = tap(member.list_message, f"ev:rsvp:{member.event_id}:{choice}", STATUS_LINES[choice], TOASTS[choice])
    elif action == "/profile":
        tracked = say("/profile", "<b>Your profile</b>")
    elif action == "edit-name":
        tracked = tap(member.profile_message, f"pf:{member.token}:edit:name", "What name should we show")
    elif action == "name":
        tracked = say(f"Member {user} round {round_}", "Saved.\n\n<b>Your profile</b>")
    else:
        tracked = say("/help", "<b>What I can do</b>")
    try:
        await asyncio.wait_for(asyncio.shield(tracked.answered), REPLY_TIMEOUT)
        await asyncio.wait_for(asyncio.shield(tracked.done), FOLLOW_UP_TIMEOUT)
    except TimeoutError:  # a press answered with an error toast has no follow-up
        api.abandon(tracked)
        return tracked
    first = tracked.replies[0]
    if action == "/events":
        member.list_message = int(first.response["result"]["message_id"])
    elif action == "/profile":
        member.profile_message = int(first.response["result"]["message_id"])
        member.token = flow_token(first) or member.token
    return tracked


def flow_token(call: Call) -> str | None:
    markup = call.params.get("reply_markup")
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    for row in rows:
        for button in row:
            found = re.fullmatch(r"pf:(\w+):edit:name", str(button.get("callback_data")))
            if found:
                return found.group(1)
    return None


async def burst(api: Feeder, members: list[Clicker], actions: int, *, hub: bool) -> None:
    async def one(member: Clicker) -> None:
        for _ in range(actions):
            await act(api, member, hub=hub)

    await asyncio.gather(*(one(member) for member in members))


async def paced(api: Feeder, members: list[Clicker], *, hub: bool, rate: float) -> None:
    """Poisson arrivals at `rate` for PACED_SECONDS, each the next action of the member who has been waiting
    longest for their turn among those not waiting for an answer (an open loop)."""
    rng = random.Random(7)
    idle, running = deque(members), []

    async def one(member: Clicker) -> None:
        await act(api, member, hub=hub)
        idle.append(member)

    due = time.monotonic()
    for _ in range(round(rate * PACED_SECONDS)):
        due += rng.expovariate(rate)
        await asyncio.sleep(max(due - time.monotonic(), 0))
        if idle:  # else every member is waiting: the bot is far behind anyway, and this arrival is skipped
            running.append(asyncio.create_task(one(idle.popleft())))
    await asyncio.gather(*running)


# --- seeding and running ----------------------------------------------------------------------------------


async def seed_hub(url: str, audience: int, clickers: list[Clicker]) -> list[tuple[int, str]]:
    """broadcast.py's members and campaign (held), a second campaign, EVENTS upcoming events, and the /profile
    conversation of the members who start after /profile; returns the (id, title) of the events on the second
    page of /events."""
    await seed(url, audience, send_at=LATER)
    engine = create_engine(url)
    now = utcnow()
    async with session_factory(engine).begin() as session:
        session.add(
            Campaign(
                texts={"en": TEXT + " (2)"}, audience=Audience(countries=("mk",)), status="scheduled", send_at=LATER
            )
        )
        events = []
        for number in range(1, EVENTS + 1):
            starts = (now + timedelta(days=7 + number)).replace(hour=9, minute=0, second=0, microsecond=0)
            events.append(
                Event(
                    organiser_id=ASKER,
                    scope="regional",
                    format=("in_person", "online", "hybrid")[number % 3],
                    country="mk",
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=3),
                    venue="Hotel Continental, Skopje",
                    online_link=None,
                    capacity=None if number % 2 else 2000,
                    needs_approval=False,
                    chatham_house=False,
                    reveal_hours=None,
                    status="published",
                    version=0,
                    texts=[
                        EventText(
                            locale="en",
                            title=f"Benchmark event {number}",
                            description="A dialogue on environmental crime across borders.",
                        )
                    ],
                    topics=[EventTopic(topic="environmental_crime")],
                )
            )
        session.add_all(events)
        for member in clickers:
            action = SCRIPT[member.step % len(SCRIPT)]
            if action in ("edit-name", "name"):
                session.add(
                    Conversation(
                        telegram_id=member.user_id,
                        flow="profile",
                        token=PROFILE_TOKEN,
                        data={},
                        step="name" if action == "name" else "menu",
                    )
                )
        await session.flush()
        second_page = [
            (event.id, f"Benchmark event {number}")
            for number, event in enumerate(events, start=1)
            if PAGE_SIZE < number <= 2 * PAGE_SIZE
        ]
    await engine.dispose()
    return second_page


def earlier_screens(api: Feeder, clickers: list[Clicker]) -> None:
    """The /events and /profile messages each member got before the benchmark, for its first presses."""
    for member in clickers:
        listed = api.backend.call(
            "sendMessage", {"chat_id": member.user_id, "text": "<b>Upcoming events</b> (page 1 of 3)"}
        )
        profile = api.backend.call("sendMessage", {"chat_id": member.user_id, "text": "<b>Your profile</b>"})
        member.list_message, member.profile_message = listed["message_id"], profile["message_id"]
        member.token = PROFILE_TOKEN


async def release_campaign(url: str, number: int) -> None:
    """The campaign becomes due now; the bot's next tick (TICK_SECONDS) starts sending it."""
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(update(Campaign).where(Campaign.id == number).values(send_at=utcnow()))
    finally:
        await engine.dispose()


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Phase:
    tracked: list[Tracked]
    seconds: float  # from the first update queued to the last first reply
    bot_cpu: float
    own_cpu: float
    broadcast: list[tuple[int, float]]  # the broadcast's messages that arrived during the phase
    cut_short: bool = False

    @property
    def answered(self) -> list[Tracked]:
        return [t for t in self.tracked if t.first is not None]

    @property
    def rate(self) -> float:
        """First replies a second between the 10th and the 90th percentile of their times."""
        times = sorted(t.first for t in self.tracked if t.first is not None)
        if len(times) < 10:
            return float("nan")
        low, high = len(times) // 10, len(times) * 9 // 10
        return (high - low) / (times[high] - times[low]) if times[high] > times[low] else float("nan")

    def latencies(self, since: str, tracked: list[Tracked] | None = None) -> list[float]:
        chosen = self.answered if tracked is None else tracked
        if since == "complete":  # to the last reply: a press's edit
            return [t.replies[-1].at - t.queued for t in chosen if t.done.done() and t.replies]
        if since == "queued":
            return [t.first - t.queued for t in chosen if t.first is not None]
        return [t.first - t.fetched for t in chosen if t.first is not None and t.fetched is not None]

    def held(self) -> list[Tracked]:
        """Messages that had to wait for PER_CHAT_INTERVAL after a broadcast message to the same chat (Telegram's
        per-chat limit): it went out less than that before the update came, or while it waited for its reply.
        A press's first reply, its answer, is not held."""
        sent: dict[int, list[float]] = {}
        for chat, at in self.broadcast:
            sent.setdefault(chat, []).append(at)
        return [
            t
            for t in self.answered
            if not t.press
            and t.first is not None
            and any(t.queued - PER_CHAT_INTERVAL < at < t.first for at in sent.get(t.chat_id, []))
        ]


@dataclass
class Result:
    startup: float
    idle_rss: float
    peak_rss: float = float("nan")
    phases: dict[str, Phase] = field(default_factory=dict)
    too_many: int = 0
    stray: Counter[str] = field(default_factory=Counter)  # replies matching no update, by method
    stderr: list[str] = field(default_factory=list)


async def run_phase(api: Feeder, pid: int, name: str, work: Any, deadline: float) -> Phase:
    api.phase = name
    start_index, broadcast_index = len(api.tracked), len(api.broadcast)
    bot_cpu, own_cpu, started = cpu_seconds(pid), cpu_seconds(os.getpid()), time.monotonic()
    cut_short = False
    try:
        await asyncio.wait_for(work, deadline)
    except TimeoutError:
        cut_short = True
    tracked = api.tracked[start_index:]
    last = max((t.first for t in tracked if t.first is not None), default=started)
    return Phase(
        tracked,
        last - min((t.queued for t in tracked), default=started),
        cpu_seconds(pid) - bot_cpu,
        cpu_seconds(os.getpid()) - own_cpu,
        api.broadcast[broadcast_index:],
        cut_short,
    )


async def run_bot(
    api: Feeder,
    command: list[str],
    env: dict[str, str],
    stderr_path: Path,
    *,
    hub: bool,
    clickers: list[Clicker],
    paced_clickers: list[Clicker],
    args: argparse.Namespace,
    url: str,
) -> Result:
    broadcasting = hub and args.broadcast > 0
    with stderr_path.open("w") as stderr:
        spawned = time.monotonic()
        process = await asyncio.create_subprocess_exec(
            *command, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=stderr
        )
    try:
        await api.wait_until(lambda: api.first_poll_at is not None, timeout=120)
        assert api.first_poll_at is not None
        result = Result(startup=api.first_poll_at - spawned, idle_rss=0.0)
        await asyncio.sleep(IDLE_SETTLE)
        result.idle_rss = resident_mb(process.pid)
        if broadcasting:
            await release_campaign(url, 1)
        result.phases["burst"] = await run_phase(
            api,
            process.pid,
            "burst",
            burst(api, clickers, args.burst, hub=hub),
            deadline=REPLY_TIMEOUT + len(clickers) * args.burst / SLOWEST,
        )
        if broadcasting:  # the first broadcast is over before the second starts
            await api.wait_until(lambda: len(api.broadcast) >= args.broadcast, timeout=args.broadcast / 10 + 60)
            await asyncio.sleep(1.0)
            await release_campaign(url, 2)
        result.phases["paced"] = await run_phase(
            api,
            process.pid,
            "paced",
            paced(api, paced_clickers, hub=hub, rate=args.paced_rate),
            deadline=REPLY_TIMEOUT + PACED_SECONDS * 2,
        )
        await asyncio.sleep(1.0)  # late or duplicate replies would show up now (the second broadcast may go on)
        result.peak_rss = peak_rss_mb(process.pid)
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        await process.wait()
    result.too_many = sum(1 for c in api.calls if c.status == 429)
    result.stray = Counter(call.method for call in api.stray)
    result.stderr = [
        line for line in stderr_path.read_text().splitlines() if line.strip() and "Received SIGTERM signal" not in line
    ]  # aiogram's polling says so
    return result


def make_clickers(active: list[int], events: list[tuple[int, str]]) -> list[Clicker]:
    """Member i opens event i mod 5 of the second page and starts at action i mod 8."""
    return [Clicker(user, *events[i % len(events)], step=i % len(SCRIPT)) for i, user in enumerate(active)]


async def run(args: argparse.Namespace) -> None:
    audience = max(args.broadcast, args.members)
    step = max(audience // args.members, 1)  # the clicking members are spread over the broadcast's audience
    active = [FIRST_MEMBER + i * step for i in range(args.members)]
    paced_count = min(max(math.ceil(args.paced_rate * PACED_SECONDS / PACED_ACTIONS), 2), args.members)
    results: dict[str, Result] = {}
    problems: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.db"
        events = await seed_hub(url, audience, make_clickers(active, [(0, "")]))
        for kind in ("hub", "echo", "wire") if args.wire else ("hub", "echo"):
            api = Feeder()
            api.presses_edit = kind != "echo"
            async with api:
                for user in [ASKER, *range(FIRST_MEMBER, FIRST_MEMBER + audience)]:
                    api.open_chat(user)
                if kind == "hub":
                    api.limit_rate(per_second=args.limit, per_chat_per_second=None)
                clickers = make_clickers(active, events)
                earlier_screens(api, clickers)
                env = {
                    **os.environ,
                    "PYTHONPATH": str(ROOT),
                    "BOT_TOKEN": api.token,
                    "TELEGRAM_API_URL": api.base_url,
                    "DATABASE_URL": url,
                    "SEND_RATE": str(args.limit),
                    "BOT_ENGINE": args.engine,
                    "TICK_SECONDS": "0.5",
                    "LOG_LEVEL": "ERROR",
                }
                command = (
                    [sys.executable, "-m", "bot", "run"]
                    if kind == "hub"
                    else [
                        sys.executable,
                        str(Path(__file__).resolve()),
                        "--echo-bot",
                        args.engine,
                        *(["--wire"] if kind == "wire" else []),
                    ]
                )
                results[kind] = await run_bot(
                    api,
                    command,
                    env,
                    Path(folder) / f"{kind}.stderr",
                    hub=kind == "hub",
                    clickers=clickers,
                    paced_clickers=clickers[:paced_count],
                    args=args,
                    url=url,
                )
                if kind == "hub":
                    problems = check(api)
                    if args.sample:
                        print_sample(api, active[0])
    report(args, results, problems, paced_count)


def check(api: Feeder) -> dict[str, list[str]]:
    """action → what was wrong with its answers (one entry per update)."""
    problems: dict[str, list[str]] = {}
    for tracked in api.tracked:
        problem = tracked.problem()
        if problem:
            problems.setdefault(tracked.action, []).append(problem)
    return problems


def print_sample(api: Feeder, user: int) -> None:
    print(f"sample: what the hub answered member {user}")
    for tracked in api.tracked:
        if tracked.chat_id != user:
            continue
        for call in tracked.replies:
            text = str(call.params.get("text") or "").replace("\n", " ⏎ ")
            print(f"  [{tracked.phase} {tracked.action}] {call.method}: {text[:110]}")


# --- the report -------------------------------------------------------------------------------------------


def quantiles(values: list[float]) -> list[float]:
    return statistics.quantiles(values, n=100, method="inclusive") if len(values) >= 2 else [math.nan] * 99


def ms(seconds: float) -> str:
    return "n/a" if math.isnan(seconds) else f"{seconds * 1000:.0f}"


def percentiles(values: list[float]) -> str:
    q = quantiles(values)
    return "n/a" if len(values) < 2 else f"{ms(q[49])} / {ms(q[94])} / {ms(q[98])} ms"


def p95(values: list[float]) -> float:
    return quantiles(values)[94]


def row(label: str, hub: str, echo: str, ratio: str = "") -> str:
    return f"{label:38}{hub:>24}{echo:>24}{ratio:>12}"


def phase_lines(name: str, title: str, hub: Phase, echo: Phase, args: argparse.Namespace) -> list[str]:
    lines = [
        title,
        row(
            "  updates answered / sent",
            f"{len(hub.answered)} / {len(hub.tracked)}",
            f"{len(echo.answered)} / {len(echo.tracked)}",
        ),
        row("  updates/s", f"{hub.rate:.1f}", f"{echo.rate:.1f}", f"{hub.rate / echo.rate:.2f}"),
    ]
    for since, label in (
        ("queued", "queued → first reply"),
        ("fetched", "fetched → first reply"),
        ("complete", "queued → whole answer"),
    ):
        hub_latencies, echo_latencies = hub.latencies(since), echo.latencies(since)
        lines.append(
            row(
                f"  {label} p50/p95/p99",
                percentiles(hub_latencies),
                percentiles(echo_latencies),
                f"{p95(hub_latencies) / p95(echo_latencies):.1f}",
            )
        )
    lines.append(
        row(
            "  CPU: bot / fake Telegram + members",
            f"{hub.bot_cpu / hub.seconds:.0%} / {hub.own_cpu / hub.seconds:.0%}",
            f"{echo.bot_cpu / echo.seconds:.0%} / {echo.own_cpu / echo.seconds:.0%}",
        )
    )
    lines.append(
        row(
            "  bot's CPU per update answered",
            f"{hub.bot_cpu / max(len(hub.answered), 1) * 1000:.2f} ms",
            f"{echo.bot_cpu / max(len(echo.answered), 1) * 1000:.2f} ms",
        )
    )
    for who, phase in (("hub", hub), ("echo", echo)):
        unanswered = [t for t in phase.tracked if t.first is None]
        if unanswered or phase.cut_short:
            lines.append(
                f"  {who}: {len(unanswered)} unanswered ({sum(t.fetched is None for t in unanswered)} "
                f"never fetched by the bot)" + ("; phase cut short" if phase.cut_short else "")
            )
    by_action = {action: hub.latencies("queued", [t for t in hub.answered if t.action == action]) for action in SCRIPT}
    lines.append(
        "  hub's p95 by action: "
        + ", ".join(f"{action} {ms(p95(found))}" for action, found in by_action.items() if found)
        + " ms"
    )
    if not args.broadcast:
        return lines
    start = min((t.queued for t in hub.tracked), default=0.0)
    span = (
        f", from {hub.broadcast[0][1] - start:+.1f} s to {hub.broadcast[-1][1] - start:+.1f} s" if hub.broadcast else ""
    )
    lines.append(
        f"  hub's broadcast: {len(hub.broadcast)} of {args.broadcast} messages sent during the phase "
        f"({hub.seconds:.1f} s long){span}"
    )
    if hub.broadcast and name == "paced":
        during = [t for t in hub.answered if hub.broadcast[0][1] <= t.queued <= hub.broadcast[-1][1]]
        after = [t for t in hub.answered if t.queued > hub.broadcast[-1][1]]
        lines.append(
            f"  hub's queued → first reply p95 while the broadcast was sending "
            f"{ms(p95(hub.latencies('queued', during)))} ms ({len(during)} updates), "
            f"after it {ms(p95(hub.latencies('queued', after)))} ms ({len(after)})"
        )
    held = hub.held()
    if held:
        others = [t for t in hub.answered if t not in held]
        lines.append(
            f"  {len(held)} hub replies had to wait for {PER_CHAT_INTERVAL:.0f} s after a broadcast message "
            f"to the same chat (Telegram's per-chat limit); p95 of the others "
            f"{ms(p95(hub.latencies('queued', others)))} ms"
        )
    return lines


def report(
    args: argparse.Namespace, results: dict[str, Result], problems: dict[str, list[str]], paced_count: int
) -> None:
    hub, echo = results["hub"], results["echo"]
    lines = [
        f"engine={args.engine}, SQLite: {args.members} members, actions /events, Next, open an event, RSVP, "
        f"/profile, Name, a new name, /help"
        + (f"; broadcasts to {args.broadcast} members at R={args.limit}/s" if args.broadcast else ""),
        row("", "hub", "echo", "hub ÷ echo"),
        row(
            "startup to first getUpdates",
            f"{hub.startup:.2f} s",
            f"{echo.startup:.2f} s",
            f"{hub.startup / echo.startup:.2f}",
        ),
        row(
            "RSS idle / peak",
            f"{hub.idle_rss:.0f} / {hub.peak_rss:.0f} MB",
            f"{echo.idle_rss:.0f} / {echo.peak_rss:.0f} MB",
            f"{hub.idle_rss / echo.idle_rss:.2f}",
        ),
    ]
    titles = {
        "burst": f"burst: {args.members} members × {args.burst} actions, each as soon as the last is answered "
        f"(saturated)",
        "paced": f"paced: {args.paced_rate:g} updates/s for {PACED_SECONDS:.0f} s (Poisson arrivals), from "
        f"{paced_count} members in turn",
    }
    for name, title in titles.items():
        lines.extend(phase_lines(name, title, hub.phases[name], echo.phases[name], args))
    ratio = hub.phases["burst"].rate / echo.phases["burst"].rate
    verdicts = [
        f"{name} {ms(p95(hub.phases[name].latencies('queued')))} ms "
        f"{'met' if p95(hub.phases[name].latencies('queued')) < 0.3 else 'MISSED'}"
        for name in titles
    ]
    lines.append(
        f"goal: throughput ≥ 0.5 × echo's: {ratio:.2f} × {'met' if ratio >= 0.5 else 'MISSED'}; "
        f"p95 < 300 ms (queued → first reply): {', '.join(verdicts)}"
    )
    if "wire" in results:
        wire = results["wire"].phases["burst"]
        lines.append(
            f"the hub's replies with nothing behind them (--wire): {wire.rate:.1f} updates/s in the burst, "
            f"{wire.rate / echo.phases['burst'].rate:.2f} × echo's; bot's CPU per update "
            f"{wire.bot_cpu / max(len(wire.answered), 1) * 1000:.2f} ms, "
            f"{len(wire.answered)} of {len(wire.tracked)} answered"
        )
    checked = sum(len(p.tracked) for p in hub.phases.values())
    wrong = sum(len(v) for v in problems.values())
    lines.append(
        f"hub's answers checked: {checked - wrong} of {checked} right"
        + "".join(f"; {action} {len(found)} wrong (e.g. {found[0]})" for action, found in problems.items())
    )
    lines.append(
        "429s: "
        + ", ".join(f"{name} {result.too_many}" for name, result in results.items())
        + "; replies matching no update: "
        + ", ".join(
            f"{name} {sum(result.stray.values())}{dict(result.stray) or ''}" for name, result in results.items()
        )
        + "; lines on stderr: "
        + ", ".join(f"{name} {len(result.stderr)}" for name, result in results.items())
    )
    for name, result in results.items():
        raised = Counter(line.strip()[:140] for line in result.stderr if re.match(r"[\w.]+(Error|Exception)\b", line))
        lines.extend(f"  {name} stderr: {count} × {line}" for line, count in raised.most_common(3))
        if not raised:
            lines.extend(f"  {name} stderr: {line[:150]}" for line in result.stderr[:3])
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--engine", choices=["aiogram", "ptb"], default="aiogram")
    parser.add_argument("--members", type=int, default=1000, help="members clicking through the bot")
    parser.add_argument("--burst", type=int, default=2, help="actions each member does in the burst")
    parser.add_argument("--broadcast", type=int, default=5000, help="the broadcasts' audience (0: none)")
    parser.add_argument("--limit", type=int, default=500, help="the fake Telegram's limit R, and SEND_RATE")
    parser.add_argument("--paced-rate", type=float, default=20, help="updates a second offered in the paced phase")
    parser.add_argument("--sample", action="store_true", help="print what the hub answered the first member")
    parser.add_argument(
        "--wire",
        action="store_true",
        help="also run the echo bot answering as the hub does on the wire, with nothing behind",
    )
    args = parser.parse_args()
    if args.members < 2 or args.burst < 1 or args.paced_rate <= 0:
        parser.error("--members must be at least 2, --burst at least 1, --paced-rate above 0")
    if 0 < args.broadcast < args.members:
        parser.error("the broadcast's audience includes the clicking members: --broadcast 0 or at least --members")
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
