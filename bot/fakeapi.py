"""A fake Telegram Bot API server on loopback (DESIGN.md §8).

Tests drive both engines through it and `resilience-hub demo` chats through it. It keeps chats and messages
in memory, answers `getUpdates` long polls, and rejects what Telegram rejects, with Telegram's error bodies
(TELEGRAM.md), so a test fails where Telegram would.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

JSON_FIELDS = {"reply_markup", "commands", "scope", "entities", "allowed_updates", "link_preview_options",
               "reply_parameters", "caption_entities"}
INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "user_id"}
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote",
                "span", "tg-spoiler", "tg-emoji"}
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"<>]*\"|='[^'<>]*'|=[^\s<>]+)?)*)\s*>")
ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
TEXT_LIMIT, CAPTION_LIMIT, CALLBACK_DATA_LIMIT, TOAST_LIMIT, BUTTON_LIMIT = 4096, 1024, 64, 200, 100


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    injected: bool = False

    @property
    def ok(self) -> bool:
        return self.status == 200


def utf16_length(text: str) -> int:
    """Telegram counts text in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def visible_html(text: str) -> str:
    """The text a user sees after Telegram parses `parse_mode=HTML`; raises ApiError where Telegram would."""
    out, stack, position = [], [], 0
    while position < len(text):
        char = text[position]
        if char == "<":
            match = TAG.match(text, position)
            offset = len(text[:position].encode())
            if match is None:
                raise bad_request(f"can't parse entities: Unexpected character at byte offset {offset}")
            closing, name = match.group(1), match.group(2).lower()
            if name not in ALLOWED_TAGS:
                kind = "end" if closing else "start"
                raise bad_request(f'can\'t parse entities: Unsupported {kind} tag "{name}" at byte offset {offset}')
            if closing:
                if not stack or stack[-1] != name:
                    raise bad_request(f'can\'t parse entities: Unexpected end tag at byte offset {offset}')
                stack.pop()
            else:
                stack.append(name)
            position = match.end()
        elif char == "&":
            match = ENTITY.match(text, position)
            if match is None:
                offset = len(text[:position].encode())
                raise bad_request(f"can't parse entities: Character '&' is reserved at byte offset {offset}")
            out.append(html.unescape(match.group()))
            position = match.end()
        else:
            out.append(char)
            position += 1
    if stack:
        raise bad_request(f'can\'t parse entities: Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def check_text(params: dict[str, Any], key: str = "text", limit: int = TEXT_LIMIT, required: bool = True) -> str:
    raw = str(params.get(key) or "")
    mode = params.get("parse_mode")
    if mode not in (None, "", "HTML", "MarkdownV2", "Markdown"):
        raise bad_request("unsupported parse_mode")
    shown = visible_html(raw) if mode == "HTML" else raw
    if required and not shown.strip():
        raise bad_request("message text is empty")
    if utf16_length(shown) > limit:
        raise bad_request("message is too long" if key == "text" else "message caption is too long")
    return raw


def check_markup(markup: Any) -> None:
    if markup is None:
        return
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
    if sum(len(row) for row in rows) > BUTTON_LIMIT:
        raise bad_request("too many inline keyboard buttons")
    for button in (b for row in rows for b in row):
        if not str(button.get("text") or "").strip():
            raise bad_request("text buttons are unallowed in the inline keyboard")
        data, url = button.get("callback_data"), button.get("url")
        if (data is None) == (url is None):
            raise bad_request("can't parse inline keyboard button: exactly one action is required")
        if data is not None and not 1 <= len(str(data).encode()) <= CALLBACK_DATA_LIMIT:
            raise bad_request("BUTTON_DATA_INVALID")
        if url is not None and not str(url).startswith(("http://", "https://", "tg://")):
            raise bad_request(f"inline keyboard button URL '{url}' is invalid")


class FakeBotAPI:
    def __init__(self, token: str = "123456:TEST-TOKEN", *, bot_username: str = "resilience_hub_bot",
                 bot_id: int = 123456, host: str = "127.0.0.1", port: int = 0) -> None:
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError(f"the fake Bot API listens on loopback only, not {host!r}")
        self.token, self.host, self.port = token, host, port
        self.bot_user = {"id": bot_id, "is_bot": True, "first_name": "Resilience Hub", "username": bot_username,
                         "can_join_groups": True, "can_read_all_group_messages": False,
                         "supports_inline_queries": False}
        self.calls: list[Call] = []
        self.bot_commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.delay = 0.0
        self.chats: dict[int, dict[str, Any]] = {}
        self._messages: dict[int, dict[int, dict[str, Any]]] = {}
        self._next_message_id: dict[int, itertools.count[int]] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._open_queries: set[str] = set()
        self._faults: list[tuple[str, ApiError]] = []
        self._blocked: set[int] = set()
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # --- lifecycle ---------------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # noqa: SLF001
        self.base_url = f"http://{self.host}:{port}"

    async def stop(self) -> None:
        self._closing = True
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # --- simulating users --------------------------------------------------------------------------------

    def _user(self, user_id: int, language_code: str | None, first_name: str = "Test",
              username: str | None = None) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        if username:
            user["username"] = username
        return user

    def _chat(self, chat_id: int, chat_type: str, first_name: str) -> dict[str, Any]:
        chat = {"id": chat_id, "type": chat_type}
        chat.update({"first_name": first_name} if chat_type == "private" else {"title": "Test group"})
        self.chats.setdefault(chat_id, chat)
        self._messages.setdefault(chat_id, {})
        self._next_message_id.setdefault(chat_id, itertools.count(1))
        return chat

    def send_text(self, user_id: int, text: str, *, chat_id: int | None = None, chat_type: str = "private",
                  language_code: str | None = "en", first_name: str = "Test", username: str | None = None) -> dict:
        chat = self._chat(chat_id if chat_id is not None else user_id, chat_type, first_name)
        message: dict[str, Any] = {
            "message_id": next(self._next_message_id[chat["id"]]), "date": int(time.time()), "chat": chat,
            "from": self._user(user_id, language_code, first_name, username), "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_length(text.split()[0])}]
        return self.push_update({"message": message})

    def press(self, user_id: int, message_id: int, data: str, *, chat_id: int | None = None,
              language_code: str | None = "en") -> dict:
        chat_id = chat_id if chat_id is not None else user_id
        chat = self._chat(chat_id, "private" if chat_id > 0 else "supergroup", "Test")
        message = self._messages[chat_id].get(message_id) or {
            "message_id": message_id, "date": int(time.time()), "chat": chat, "from": self.bot_user, "text": "?"}
        query_id = str(next(self._query_ids))
        self._open_queries.add(query_id)
        query = {"id": query_id, "from": self._user(user_id, language_code), "chat_instance": f"ci{chat_id}",
                 "data": data, "message": {k: v for k, v in message.items() if not k.startswith("_")}}
        return self.push_update({"callback_query": query})

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        update.setdefault("update_id", next(self._update_ids))
        self._updates.append(update)
        self._notify()
        return update

    # --- inspecting --------------------------------------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for m in self._messages.get(chat_id, {}).values() if m.get("from") == self.bot_user]

    def errors(self) -> list[Call]:
        """Rejected calls the test did not provoke (faults it injected and chats it blocked do not count)."""
        return [c for c in self.calls if not c.ok and not c.injected]

    async def wait_for(self, predicate: Callable[[Call], bool], *, timeout: float = 5.0, start: int = 0) -> Call:
        try:
            async with asyncio.timeout(timeout):
                while True:
                    found = next((c for c in self.calls[start:] if predicate(c)), None)
                    if found is not None:
                        return found
                    await self._changed.wait()
        except TimeoutError:
            recent = [(c.method, c.status) for c in self.calls[-10:]]
            raise TimeoutError(f"no matching Bot API call in {timeout}s; recent calls: {recent}") from None

    # --- fault injection ---------------------------------------------------------------------------------

    def fail_next(self, method: str, *, status: int, description: str, retry_after: int | None = None,
                  times: int = 1) -> None:
        self._faults.extend([(method, ApiError(status, description, retry_after))] * times)

    def block_chat(self, chat_id: int) -> None:
        self._blocked.add(chat_id)

    def unblock_chat(self, chat_id: int) -> None:
        self._blocked.discard(chat_id)

    # --- the HTTP side -----------------------------------------------------------------------------------

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        if method.lower() == "getupdates":
            return web.json_response({"ok": True, "result": await self._get_updates(params)})
        if self.delay:
            await asyncio.sleep(self.delay)
        fault = self._take_fault(method)
        try:
            if fault is not None:
                raise fault
            handler = self._methods().get(method.lower())
            if handler is None:
                raise ApiError(404, "Not Found")
            body: dict[str, Any] = {"ok": True, "result": handler(params)}
            status = 200
        except ApiError as error:
            status = error.status
            body = {"ok": False, "error_code": error.status, "description": error.description}
            if error.retry_after is not None:
                body["parameters"] = {"retry_after": error.retry_after}
        blocked = status == 403 and params.get("chat_id") in self._blocked
        self.calls.append(Call(method, params, status, body, injected=fault is not None or blocked))
        self._notify()
        return web.json_response(body, status=status)

    def _take_fault(self, method: str) -> ApiError | None:
        for index, (name, error) in enumerate(self._faults):
            if name == method:
                del self._faults[index]
                return error
        return None

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json() if request.can_read_body else {})
        elif request.can_read_body:
            for key, value in (await request.post()).items():
                params[key] = ({"filename": value.filename, "content": value.file.read()}
                               if isinstance(value, web.FileField) else value)
        for key, value in list(params.items()):  # aiogram names the file part and points at it: attach://name
            if isinstance(value, str) and value.startswith("attach://"):
                params[key] = params.pop(value.removeprefix("attach://"), value)
        for key in JSON_FIELDS & params.keys():
            if isinstance(params[key], str):
                params[key] = json.loads(params[key])
        for key in INT_FIELDS & params.keys():
            if isinstance(params[key], str) and params[key].lstrip("-").isdigit():
                params[key] = int(params[key])
        return params

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while not self._updates and not self._closing and time.monotonic() < deadline:
            waiter = self._changed
            try:
                async with asyncio.timeout(max(deadline - time.monotonic(), 0)):
                    await waiter.wait()
            except TimeoutError:
                break
        return self._updates[: int(params.get("limit") or 100)]

    def _methods(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        return {
            "getme": lambda p: self.bot_user, "deletewebhook": lambda p: True, "setwebhook": lambda p: True,
            "getwebhookinfo": lambda p: {"url": "", "has_custom_certificate": False, "pending_update_count": 0},
            "logout": lambda p: True, "close": lambda p: True, "sendchataction": lambda p: True,
            "setmydescription": lambda p: True, "setmyshortdescription": lambda p: True,
            "setmycommands": self._set_commands, "getmycommands": self._get_commands,
            "deletemycommands": self._delete_commands, "sendmessage": self._send_message,
            "editmessagetext": self._edit_text, "editmessagereplymarkup": self._edit_markup,
            "answercallbackquery": self._answer_callback, "deletemessage": self._delete_message,
            "senddocument": self._send_document,
        }

    def _target_chat(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise bad_request("chat_id is empty")
        if not isinstance(chat_id, int) or chat_id not in self.chats:
            raise bad_request("chat not found")
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    def _store(self, chat_id: int, content: dict[str, Any]) -> dict[str, Any]:
        message = {"message_id": next(self._next_message_id[chat_id]), "date": int(time.time()),
                   "chat": self.chats[chat_id], "from": self.bot_user, **content}
        self._messages[chat_id][message["message_id"]] = message
        return {k: v for k, v in message.items() if not k.startswith("_")}

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        text = check_text(params)
        check_markup(params.get("reply_markup"))
        content: dict[str, Any] = {"text": text}
        if params.get("reply_markup"):
            content["reply_markup"] = params["reply_markup"]
        return self._store(chat_id, content)

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        document = params.get("document")
        if not isinstance(document, dict):
            raise bad_request("there is no document in the request")
        caption = check_text(params, "caption", CAPTION_LIMIT, required=False)
        check_markup(params.get("reply_markup"))
        info = {"file_id": f"doc{len(self.calls)}", "file_unique_id": f"u{len(self.calls)}",
                "file_name": document["filename"], "mime_type": "application/octet-stream",
                "file_size": len(document["content"])}
        return self._store(chat_id, {"document": info, "caption": caption, "_content": document["content"]})

    def _existing(self, params: dict[str, Any], action: str) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        message = self._messages[chat_id].get(params.get("message_id"))  # type: ignore[arg-type]
        if message is None or message.get("from") != self.bot_user:
            raise bad_request(f"message to {action} not found")
        return message

    def _edit_text(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._existing(params, "edit")
        text = check_text(params)
        check_markup(params.get("reply_markup"))
        return self._apply_edit(message, text, params.get("reply_markup"))

    def _edit_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._existing(params, "edit")
        check_markup(params.get("reply_markup"))
        return self._apply_edit(message, message.get("text", ""), params.get("reply_markup"))

    def _apply_edit(self, message: dict[str, Any], text: str, markup: Any) -> dict[str, Any]:
        markup = markup or None
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise bad_request("message is not modified: specified new message content and reply markup are "
                              "exactly the same as a current content and reply markup of the message")
        message["text"] = text
        message["edit_date"] = int(time.time())
        if markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        return {k: v for k, v in message.items() if not k.startswith("_")}

    def _delete_message(self, params: dict[str, Any]) -> bool:
        message = self._existing(params, "delete")
        del self._messages[message["chat"]["id"]][message["message_id"]]
        return True

    def _answer_callback(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._open_queries:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        if utf16_length(str(params.get("text") or "")) > TOAST_LIMIT:
            raise bad_request("MESSAGE_TOO_LONG")
        self._open_queries.discard(query_id)
        return True

    @staticmethod
    def _command_key(params: dict[str, Any]) -> tuple[str, str]:
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("LANG_CODE_INVALID")
        scope = params.get("scope") or {"type": "default"}
        return language, str(scope.get("type", "default"))

    def _set_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > BUTTON_LIMIT:
            raise bad_request("commands must be an array of at most 100 BotCommand")
        for command in commands:
            if not COMMAND.match(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.bot_commands[self._command_key(params)] = commands
        return True

    def _get_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.bot_commands.get(self._command_key(params), [])

    def _delete_commands(self, params: dict[str, Any]) -> bool:
        self.bot_commands.pop(self._command_key(params), None)
        return True


__all__ = ["ApiError", "Call", "FakeBotAPI", "visible_html"]
