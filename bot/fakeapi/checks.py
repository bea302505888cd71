"""What Telegram checks in a request before acting on it: required fields, limits, keyboards, commands.

Limits come from TELEGRAM.md, required flags from the Bot API 10.1 spec (hard-coded: the spec is not shipped).
Error texts are Telegram's where we know them, so a test that expects a `TelegramBadRequest` sees the real one.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bot.fakeapi.errors import bad_request
from bot.fakeapi.formatting import parse_html, utf16_length

# Both libraries send nested objects in form bodies as JSON strings.
JSON_FIELDS = {
    "reply_markup",
    "commands",
    "scope",
    "entities",
    "caption_entities",
    "allowed_updates",
    "link_preview_options",
    "reply_parameters",
}
INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "user_id", "message_thread_id", "cache_time"}
TRUE = (True, 1, "true", "True", "1")

TEXT_LIMIT, CAPTION_LIMIT, CALLBACK_DATA_BYTES, ANSWER_TEXT_LIMIT = 4096, 1024, 64, 200
BUTTON_LIMIT, COMMAND_LIMIT, COMMAND_DESCRIPTION_LIMIT = 100, 100, 256
COMMAND = re.compile(r"[a-z0-9_]{1,32}")
LANGUAGE = re.compile(r"[a-z]{2}")
URL_SCHEMES = ("http://", "https://", "tg://")
BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
SCOPE_TYPES = {
    "default",
    "all_private_chats",
    "all_group_chats",
    "all_chat_administrators",
    "chat",
    "chat_administrators",
    "chat_member",
}

# Required parameters of the methods we serve, from the spec. The edit methods need chat_id and message_id
# unless inline_message_id is given; `check_required` handles that pair.
REQUIRED: dict[str, tuple[str, ...]] = {
    "setwebhook": ("url",),
    "setmycommands": ("commands",),
    "sendmessage": ("chat_id", "text"),
    "editmessagetext": ("text",),
    "answercallbackquery": ("callback_query_id",),
    "deletemessage": ("chat_id", "message_id"),
    "senddocument": ("chat_id", "document"),
    "sendchataction": ("chat_id", "action"),
}
MISSING = {
    "chat_id": "chat_id is empty",
    "text": "message text is empty",
    "message_id": "message identifier is not specified",
    "document": "there is no document in the request",
}
MAY_BE_EMPTY = {"url"}  # setWebhook with url="" removes the webhook


def decode_params(params: dict[str, Any]) -> dict[str, Any]:
    """JSON-string fields to objects, numeric strings to ints, as Telegram reads a form body."""
    for key in JSON_FIELDS & params.keys():
        if isinstance(params[key], str) and params[key]:
            try:
                params[key] = json.loads(params[key])
            except ValueError:
                raise bad_request(f"can't parse {key} JSON object") from None
    for key in INT_FIELDS & params.keys():
        if isinstance(params[key], str) and re.fullmatch(r"\s*-?[0-9]+\s*", params[key]):
            params[key] = int(params[key])
    return params


def is_true(value: Any) -> bool:
    return value in TRUE


def check_required(method: str, params: dict[str, Any]) -> None:
    names = REQUIRED.get(method, ())
    if method.startswith("editmessage") and not params.get("inline_message_id"):
        names = ("chat_id", "message_id", *names)
    for name in names:
        value = params.get(name)
        if value is None or (value == "" and name not in MAY_BE_EMPTY):
            raise bad_request(MISSING.get(name, f'parameter "{name}" is required'))


def formatted(params: dict[str, Any], key: str) -> tuple[str, list[dict[str, Any]]]:
    """The text (or caption) as the user sees it, and its entities."""
    source = str(params.get(key) or "")
    mode = str(params.get("parse_mode") or "").lower()  # Telegram accepts "html" as well as "HTML"
    if mode == "html":
        return parse_html(source)
    if mode not in ("", "markdown", "markdownv2"):
        raise bad_request("unsupported parse_mode")
    # Markdown is taken as typed: the bot sends HTML, and only the length matters here.
    return source, list(params.get("entities" if key == "text" else "caption_entities") or [])


def check_text(shown: str) -> None:
    if not shown.strip():
        raise bad_request("message text is empty")
    if utf16_length(shown) > TEXT_LIMIT:
        raise bad_request("message is too long")


def check_caption(shown: str) -> None:
    if utf16_length(shown) > CAPTION_LIMIT:
        raise bad_request("message caption is too long")


def check_reply_markup(markup: Any, *, inline_only: bool = False) -> None:
    if markup in (None, ""):
        return
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        check_inline_keyboard(markup["inline_keyboard"])
    elif inline_only:
        raise bad_request("inline keyboard expected")
    elif not isinstance(markup, dict) or not markup.keys() & {"keyboard", "remove_keyboard", "force_reply"}:
        raise bad_request("can't parse reply keyboard markup JSON object")


def check_inline_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            "can't parse inline keyboard button: "
            'Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
        )
    buttons = [button for row in rows for button in row]
    if len(buttons) > BUTTON_LIMIT:
        raise bad_request("too many inline keyboard buttons")
    for button in buttons:
        check_button(button)


def check_button(button: Any) -> None:
    if not isinstance(button, dict):
        raise bad_request("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
    if not str(button.get("text") or "").strip():
        raise bad_request("text buttons are unallowed in the inline keyboard")
    actions = [name for name in BUTTON_ACTIONS if button.get(name) is not None]
    if not actions:
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:  # Telegram silently uses the first; we refuse, as the bot surely meant one
        raise bad_request(f"can't parse inline keyboard button: more than one action: {', '.join(actions)}")
    data, url = button.get("callback_data"), button.get("url")
    if data is not None and not 1 <= len(str(data).encode()) <= CALLBACK_DATA_BYTES:
        raise bad_request("BUTTON_DATA_INVALID")  # 64 bytes: a Cyrillic letter counts twice
    if url is not None and not str(url).startswith(URL_SCHEMES):
        raise bad_request(f"inline keyboard button URL '{url}' is invalid")


def check_answer_text(text: Any) -> None:
    if utf16_length(str(text or "")) > ANSWER_TEXT_LIMIT:
        raise bad_request("MESSAGE_TOO_LONG")


def check_commands(commands: Any) -> None:
    if not isinstance(commands, list) or not all(isinstance(command, dict) for command in commands):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > COMMAND_LIMIT:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    for command in commands:
        if not COMMAND.fullmatch(str(command.get("command") or "")):
            raise bad_request("BOT_COMMAND_INVALID")
        description = str(command.get("description") or "")
        if not description.strip() or len(description) > COMMAND_DESCRIPTION_LIMIT:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")


def commands_key(params: dict[str, Any]) -> tuple[str, str]:
    """(language_code or "", scope type): which command list a set/get/deleteMyCommands call means."""
    language = str(params.get("language_code") or "")
    if language and not LANGUAGE.fullmatch(language):  # ISO 639-1 only: "sr-Latn" or "EN" are refused
        raise bad_request("LANG_CODE_INVALID")
    scope = params.get("scope") or {"type": "default"}
    kind = scope.get("type") if isinstance(scope, dict) else None
    if kind not in SCOPE_TYPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    if kind.startswith("chat") and "chat_id" not in scope:
        raise bad_request("chat_id is empty")
    return language, kind


def check_chat_action(action: Any) -> None:
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
