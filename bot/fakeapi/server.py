"""The fake Bot API over HTTP on loopback: long polling, simulated users, fault injection, recorded calls."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

from bot.fakeapi import checks
from bot.fakeapi.backend import Backend, public
from bot.fakeapi.errors import ApiError, bad_request
from bot.fakeapi.formatting import utf16_length

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
UPLOAD_LIMIT = 50 * 1024 * 1024  # what Telegram accepts from a bot
SENDS = {"sendmessage", "senddocument"}  # what the optional rate limit counts
WEBHOOK_RETRY = 0.05  # seconds before an update the bot did not answer 2xx is posted again
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
)


@dataclass
class Call:
    """One request the bot made (getUpdates excepted) and what we answered."""

    method: str
    params: dict[str, Any]  # JSON fields decoded; an upload is {"filename": ..., "content": bytes}
    status: int
    response: dict[str, Any]
    injected: bool = False  # a fault the test asked for (fail_next, block_chat, rate limit), not the bot's mistake
    at: float = 0.0  # time.monotonic() of the answer, to check pacing

    @property
    def ok(self) -> bool:
        return self.status == 200

    def summary(self) -> str:
        detail = self.response.get("description") or str(self.params.get("text") or "")[:60]
        return f"{self.method} → {self.status} {detail}".rstrip()


def make_user(
    user_id: int, language_code: str | None, first_name: str = "Test", username: str | None = None
) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        user["language_code"] = language_code
    if username:
        user["username"] = username
    return user


def make_chat(chat_id: int, chat_type: str, first_name: str) -> dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": chat_type, "first_name": first_name}
    return {"id": chat_id, "type": chat_type, "title": "Test group"}


def update_chat(update: dict[str, Any]) -> Any:
    """The chat an update belongs to (Telegram keeps each chat's updates in order); its sender's id if none."""
    for value in update.values():
        if not isinstance(value, dict):
            continue
        message = value.get("message")  # a callback query's message, or else the update is the message
        chat = (message if isinstance(message, dict) else value).get("chat") or value.get("from")
        return chat.get("id") if isinstance(chat, dict) else None
    return None


def failure(error: ApiError) -> web.Response:
    return web.json_response(error.body(), status=error.status)


class FakeBotAPI:
    """`async with FakeBotAPI() as api:`, then point a bot at `api.base_url` with token `api.token`."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        *,
        bot_username: str = "resilience_hub_bot",
        bot_id: int = 123456,
        host: str = LOOPBACK,
        port: int = 0,
    ) -> None:
        if host != LOOPBACK:  # a fake that accepts any token must never be reachable from the network
            raise ValueError(f"the fake Bot API listens on {LOOPBACK} only, not {host!r}")
        self.token, self.host, self.port = token, host, port
        self.bot_user = {"id": bot_id, "is_bot": True, "first_name": "Resilience Hub", "username": bot_username}
        self.backend = Backend(self.bot_user)
        self.chats = self.backend.chats
        self.bot_commands = self.backend.commands  # (language_code or "", scope type) → commands
        self.calls: list[Call] = []
        self.delay = 0.0
        self.base_url = ""
        self.polling = 0  # getUpdates requests waiting right now: `wait_until(lambda: api.polling)`
        # method, chat (None: any) → status, description, retry_after
        self._faults: list[tuple[str, Any, tuple[int, str, int | None]]] = []
        self._disruptions: list[tuple[str, float | None]] = []  # method → stall seconds, or None: drop
        self._garbles: list[str] = []  # methods whose next request gets an answer that is not valid HTTP
        self._rate_limit: tuple[int | None, int | None] | None = None
        self._sends: deque[tuple[float, Any]] = deque()  # the last second's sends: (when, chat)
        self._sends_per_chat: Counter[Any] = Counter()
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        # webhook mode: the https:// address the bot sets stands for these loopback servers, as a reverse proxy
        # would; updates go to them in turn, one at a time, and one not answered 2xx is posted again a little later.
        # As Telegram does, one chat's updates go in order: a failed one holds back that chat's later ones only.
        self.webhook_targets: list[str] = []
        self.webhook_answers: list[int] = []  # the status of every webhook post, in order
        self.webhook_posts: Counter[str] = Counter()  # target → updates it took (answered 2xx)
        self._webhook_task: asyncio.Task[None] | None = None

    # --- lifecycle ---------------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=UPLOAD_LIMIT + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/{tail:.*}", self._not_found)
        # handler_cancellation: a client that gives up on a long poll releases it at once
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1, handler_cancellation=True)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        self.port = self._runner.addresses[0][1]
        self.base_url = f"http://{self.host}:{self.port}"
        self._closing = False
        self._webhook_task = asyncio.create_task(self._post_updates())

    async def stop(self) -> None:
        self._closing = True
        self._notify()  # pending long polls answer [] now instead of at their timeout
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            await asyncio.gather(self._webhook_task, return_exceptions=True)
            self._webhook_task = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # --- simulating users --------------------------------------------------------------------------------

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
        first_name: str = "Test",
        username: str | None = None,
    ) -> dict[str, Any]:
        """A user writes `text`; a leading /command gets its bot_command entity, as real clients send."""
        chat_id = user_id if chat_id is None else chat_id
        message: dict[str, Any] = {
            "message_id": self.backend.next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self.chats.get(chat_id) or make_chat(chat_id, chat_type, first_name),
            "from": make_user(user_id, language_code, first_name, username),
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_length(text.split()[0])}]
        return self.push_update({"message": message})

    def open_chat(self, user_id: int, first_name: str = "Test") -> None:
        """A private chat with a user who once started the bot, without an update to process (for benchmarks)."""
        self.backend.chats.setdefault(user_id, make_chat(user_id, "private", first_name))
        self.backend.messages.setdefault(user_id, {})

    def press(
        self,
        user_id: int,
        message_id: int,
        data: str,
        *,
        chat_id: int | None = None,
        language_code: str | None = "en",
        username: str | None = None,
    ) -> dict[str, Any]:
        """A user presses the inline button carrying `data` under message `message_id`."""
        chat_id = user_id if chat_id is None else chat_id
        chat = self.chats.get(chat_id) or make_chat(chat_id, "private" if chat_id > 0 else "supergroup", "Test")
        query = {
            "id": self.backend.new_query_id(),
            "from": make_user(user_id, language_code, username=username),
            "chat_instance": f"{chat_id}{self.bot_user['id']}",
            "data": data,
            "message": self.backend.callback_message(chat, message_id),
        }
        return self.push_update({"callback_query": query})

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update for getUpdates (update_id assigned if missing); its chat becomes known."""
        self.backend.push_update(update)
        self._notify()
        return update

    # --- inspecting --------------------------------------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        """The bot's messages in a chat as they stand now, text as the bot sent it; a file's bytes in _content."""
        messages = self.backend.messages.get(chat_id, {}).values()
        return [
            {**public(m), **({"_content": m["_content"]} if "_content" in m else {})}
            for m in messages
            if m.get("from") == self.bot_user
        ]

    def errors(self) -> list[Call]:
        """Calls Telegram would have rejected that the test did not provoke."""
        return [call for call in self.calls if not call.ok and not call.injected]

    async def wait_for(self, predicate: Callable[[Call], bool], *, timeout: float = 5.0, start: int = 0) -> Call:
        """The first call from index `start` on that matches, waiting for it if need be."""
        deadline = asyncio.get_running_loop().time() + timeout
        checked = start
        while True:
            for call in self.calls[checked:]:
                if predicate(call):
                    return call
            checked = max(checked, len(self.calls))
            if not await self._changed_within(deadline - asyncio.get_running_loop().time()):
                raise TimeoutError(
                    f"no Bot API call from #{start} on matched within {timeout}s; "
                    f"the last calls:\n{self._recent_calls()}"
                )

    async def wait_until(self, condition: Callable[[], bool], *, timeout: float = 5.0) -> None:
        """Wait until `condition()` holds, checked whenever something changes (a call, an update, a poll)."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not condition():
            if not await self._changed_within(deadline - asyncio.get_running_loop().time()):
                raise TimeoutError(f"condition not met within {timeout}s; the last calls:\n{self._recent_calls()}")

    def _recent_calls(self, count: int = 10) -> str:
        first = max(len(self.calls) - count, 0)
        return "\n".join(f"  #{first + i} {call.summary()}" for i, call in enumerate(self.calls[first:])) or "  none"

    # --- fault injection ---------------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        status: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """The next `times` calls of `method` answer this error (429 carries parameters.retry_after); with `chat_id`,
        only calls for that chat do, as Telegram's flood control for one chat (other chats are served meanwhile)."""
        if status == 429 and retry_after is None:  # both libraries need retry_after to raise their RetryAfter
            found = re.search(r"retry after (\d+)", description)
            retry_after = int(found.group(1)) if found else 1
        self._faults.extend([(method.lower(), chat_id, (status, description, retry_after))] * times)

    def drop_next(self, method: str, *, times: int = 1) -> None:
        """The next `times` requests of `method` lose their connection without an answer."""
        self._disruptions.extend([(method.lower(), None)] * times)

    def garble_next(self, method: str, *, times: int = 1) -> None:
        """The next `times` requests of `method` get an answer that is not valid HTTP, as from a broken proxy: the
        client's error then names the URL it asked for, which holds the token."""
        self._garbles.extend([method.lower()] * times)

    def stall_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """The next `times` requests of `method` are answered only after `seconds` (a stalled network)."""
        self._disruptions.extend([(method.lower(), seconds)] * times)

    def block_chat(self, chat_id: int) -> None:
        self.backend.blocked.add(chat_id)

    def unblock_chat(self, chat_id: int) -> None:
        self.backend.blocked.discard(chat_id)

    def forbid_user_links(self, user_id: int) -> None:
        """The user's privacy settings forbid a `tg://user?id=` button to their chat, as Telegram enforces them."""
        self.backend.private_links.add(user_id)

    def limit_rate(self, *, per_second: int | None = 30, per_chat_per_second: int | None = 1) -> None:
        """From now on sends faster than this answer 429 "retry after 1", as Telegram's flood control does."""
        self._rate_limit = (per_second, per_chat_per_second)

    def _take_fault(self, method: str, params: dict[str, Any]) -> None:
        for index, (name, chat, (status, description, retry_after)) in enumerate(self._faults):
            if name == method.lower() and chat in (None, params.get("chat_id")):
                del self._faults[index]
                raise ApiError(status, description, retry_after=retry_after, injected=True)

    def _check_rate(self, method: str, params: dict[str, Any]) -> None:
        if self._rate_limit is None or method.lower() not in SENDS:
            return
        now = time.monotonic()
        while self._sends and now - self._sends[0][0] >= 1:
            _at, chat = self._sends.popleft()
            self._sends_per_chat[chat] -= 1
        total, per_chat = self._rate_limit
        chat = params.get("chat_id")
        if (total is not None and len(self._sends) >= total) or (
            per_chat is not None and self._sends_per_chat[chat] >= per_chat
        ):
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1, injected=True)
        self._sends_per_chat[chat] += 1
        self._sends.append((now, chat))

    # --- webhook delivery ------------------------------------------------------------------------------

    async def _post_updates(self) -> None:
        turn = 0
        retry_at: dict[Any, float] = {}  # chat → when its update that failed is posted again
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            while not self._closing:
                waiting: list[dict[str, Any]] = []
                if self.backend.webhook_url:
                    self.backend.pending_updates({})  # drops what allowed_updates excludes
                    waiting = list(self.backend.updates)  # all of them, not a getUpdates answer's hundred
                now = asyncio.get_running_loop().time()
                retry_at = {chat: at for chat, at in retry_at.items() if at > now}
                update, held = None, set()
                for candidate in waiting:  # the oldest update of a chat that is not waiting to be tried again
                    chat = update_chat(candidate)
                    if chat not in held and retry_at.get(chat, 0.0) <= now:
                        update = candidate
                        break
                    held.add(chat)  # its later updates wait behind the one that failed
                if update is None or not self.webhook_targets:
                    await self._changed_within(min(retry_at.values(), default=now + 0.5) - now)
                    continue
                target = self.webhook_targets[turn % len(self.webhook_targets)]
                turn += 1
                if await self._post(session, target, update):
                    retry_at.pop(update_chat(update), None)
                    self.webhook_posts[target] += 1
                    self.backend.updates.remove(update)
                    self._notify()
                else:
                    retry_at[update_chat(update)] = asyncio.get_running_loop().time() + WEBHOOK_RETRY

    async def _post(self, session: aiohttp.ClientSession, target: str, update: dict[str, Any]) -> bool:
        if urlsplit(target).hostname != LOOPBACK:  # never anything but loopback, whatever a test says
            raise ValueError(f"webhook target {target!r} is not on {LOOPBACK}")
        headers = (
            {"X-Telegram-Bot-Api-Secret-Token": self.backend.webhook_secret} if self.backend.webhook_secret else {}
        )
        try:
            async with session.post(
                target + urlsplit(self.backend.webhook_url).path, json=update, headers=headers
            ) as response:
                self.webhook_answers.append(response.status)
                return 200 <= response.status < 300
        except (aiohttp.ClientError, TimeoutError):
            self.webhook_answers.append(0)
            return False

    # --- the HTTP side -----------------------------------------------------------------------------------

    def _notify(self) -> None:
        """Wake everything waiting for a change (long polls, wait_for); later waiters get a fresh event."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def _changed_within(self, seconds: float) -> bool:
        if seconds <= 0:
            return False
        try:
            async with asyncio.timeout(seconds):
                await self._changed.wait()
        except TimeoutError:
            return False
        return True

    async def _not_found(self, request: web.Request) -> web.Response:
        return failure(ApiError(404, "Not Found"))

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        try:
            params = await self._read_params(request)
        except ApiError as error:
            return self._answer(method, {}, error)
        if method.lower() in self._garbles:
            self._garbles.remove(method.lower())
            self.calls.append(Call(method, params, 0, {}, True, time.monotonic()))
            self._notify()
            assert request.transport is not None
            request.transport.write(b"HTTP/1.1 200 OK\r\nContent-Length: not-a-number\r\n\r\n{}")
            request.transport.close()
            return web.Response()
        disruption = self._take_disruption(method)
        if disruption is not None:
            return await self._disrupt(request, method, params, disruption)
        return await self._serve(request, method, params)

    def _take_disruption(self, method: str) -> tuple[str, float | None] | None:
        for index, (name, _seconds) in enumerate(self._disruptions):
            if name == method.lower():
                return self._disruptions.pop(index)
        return None

    async def _disrupt(
        self, request: web.Request, method: str, params: dict[str, Any], disruption: tuple[str, float | None]
    ) -> web.StreamResponse:
        _name, seconds = disruption
        if seconds is None:  # the connection breaks: the client gets no answer at all
            self.calls.append(Call(method, params, 0, {}, True, time.monotonic()))
            self._notify()
            assert request.transport is not None
            request.transport.abort()
            return web.Response()
        await asyncio.sleep(seconds)
        return await self._serve(request, method, params)

    async def _serve(self, request: web.Request, method: str, params: dict[str, Any]) -> web.Response:
        if method.lower() == "getupdates":
            try:
                self._take_fault(method, params)
            except ApiError as error:
                return self._answer(method, params, error)
            return await self._get_updates(request, params)
        if self.delay:
            await asyncio.sleep(self.delay)
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            self._take_fault(method, params)
            self._check_rate(method, params)
            result = self.backend.call(method, params)
        except ApiError as error:
            return self._answer(method, params, error)
        except Exception as error:  # a request we did not foresee: fail the test loudly, not the connection
            log.exception("fake Bot API failed on %s", method)
            return self._answer(method, params, ApiError(500, f"Internal Server Error: fake Bot API: {error!r}"))
        return self._answer(method, params, result)

    def _answer(self, method: str, params: dict[str, Any], outcome: Any) -> web.Response:
        """Record the call, wake waiters, answer as Telegram does."""
        if isinstance(outcome, ApiError):
            status, body, injected = outcome.status, outcome.body(), outcome.injected
        else:
            status, body, injected = 200, {"ok": True, "result": outcome}, False
        self.calls.append(Call(method, params, status, body, injected, time.monotonic()))
        self._notify()
        return web.json_response(body, status=status)

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        """Query string plus a JSON, urlencoded or multipart body, read the way Telegram reads them."""
        params: dict[str, Any] = dict(request.query)
        try:
            if request.content_type == "application/json" and request.can_read_body:
                body = await request.json()
                if not isinstance(body, dict):
                    raise bad_request("can't parse JSON encoded request")
                params.update(body)
            elif request.can_read_body:
                for key, value in (await request.post()).items():
                    params[key] = (
                        {"filename": value.filename, "content": value.file.read()}
                        if isinstance(value, web.FileField)
                        else value
                    )
        except ValueError:
            raise bad_request("can't parse JSON encoded request") from None
        except web.HTTPRequestEntityTooLarge:
            raise ApiError(413, "Request Entity Too Large") from None
        for key, value in list(params.items()):  # aiogram names the file part and points at it: attach://name
            if isinstance(value, str) and value.startswith("attach://"):
                params[key] = params.pop(value.removeprefix("attach://"), value)
        return checks.decode_params(params)

    async def _get_updates(self, request: web.Request, params: dict[str, Any]) -> web.Response:
        """Long polling: answer as soon as an update is queued, or with [] after `timeout` seconds."""
        if request.match_info["token"] != self.token:
            return failure(ApiError(401, "Unauthorized"))
        if self.backend.webhook_url:
            return failure(ApiError(409, WEBHOOK_CONFLICT))
        try:
            deadline = asyncio.get_running_loop().time() + float(params.get("timeout") or 0)
            self.backend.pending_updates(params)
        except (TypeError, ValueError):
            return failure(bad_request("wrong parameters offset, limit or timeout"))
        self.polling += 1
        self._notify()
        try:
            while not self.backend.pending_updates(params) and not self._closing:
                if not await self._changed_within(deadline - asyncio.get_running_loop().time()):
                    break
        finally:  # also when the client gave up and aiohttp cancelled us
            self.polling -= 1
            self._notify()
        return web.json_response({"ok": True, "result": self.backend.pending_updates(params)})
