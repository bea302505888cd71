"""The fake Bot API answers like Telegram, over real HTTP, and real aiogram and python-telegram-bot bots run on it."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import aiohttp
import pytest

from bot.fakeapi import FakeBotAPI, parse_html

CHAT = 42


async def call(
    api: FakeBotAPI, method: str, *, body: str = "json", token: str | None = None, **params: Any
) -> tuple[int, dict[str, Any]]:
    """One Bot API request as a client library makes it: a JSON, form or query-string body."""
    url = f"{api.base_url}/bot{token or api.token}/{method}"
    form = {key: json.dumps(value) if isinstance(value, dict | list) else str(value) for key, value in params.items()}
    async with aiohttp.ClientSession() as session:
        if body == "json":
            request = session.post(url, json=params)
        elif body == "form":
            request = session.post(url, data=form)
        else:
            request = session.get(url, params=form)
        async with request as response:
            return response.status, await response.json()


async def rejected(api: FakeBotAPI, method: str, **params: Any) -> str:
    status, body = await call(api, method, **params)
    assert (status, body["ok"], body["error_code"]) == (400, False, 400), body
    return str(body["description"])


async def send(api: FakeBotAPI, text: str = "hi", **params: Any) -> dict[str, Any]:
    status, body = await call(api, "sendMessage", chat_id=CHAT, text=text, **params)
    assert status == 200, body
    return dict(body["result"])


def keyboard(*buttons: dict[str, Any]) -> dict[str, Any]:
    return {"inline_keyboard": [list(buttons)]}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        server.send_text(CHAT, "hello")  # a user wrote: the bot may write to this chat
        yield server


# --- sending ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["json", "form", "query"])
async def test_send_message_answers_a_telegram_message(api, body):
    markup = keyboard({"text": "Go", "callback_data": "go:1"})
    status, answer = await call(
        api, "sendMessage", body=body, chat_id=CHAT, text="<b>Hi</b> &amp; bye", parse_mode="HTML", reply_markup=markup
    )
    assert status == 200 and answer["ok"] is True
    message = answer["result"]
    assert message["message_id"] == 2  # after the user's "hello": ids count per chat
    assert message["text"] == "Hi & bye" and message["entities"] == [{"type": "bold", "offset": 0, "length": 2}]
    assert message["reply_markup"] == markup and isinstance(message["date"], int)
    assert message["chat"]["id"] == CHAT and message["from"]["username"] == "resilience_hub_bot"
    assert api.sent_to(CHAT)[-1]["text"] == "<b>Hi</b> &amp; bye", "tests read what the bot sent"
    assert api.calls[-1].params["reply_markup"] == markup and api.calls[-1].params["chat_id"] == CHAT


@pytest.mark.parametrize(
    ("params", "description"),
    [
        ({"chat_id": None}, "Bad Request: chat_id is empty"),
        ({"text": None}, "Bad Request: message text is empty"),
        ({"text": ""}, "Bad Request: message text is empty"),
        ({"text": "  \n "}, "Bad Request: message text is empty"),
        ({"text": "<b> </b>", "parse_mode": "HTML"}, "Bad Request: message text is empty"),
        ({"text": "x" * 4097}, "Bad Request: message is too long"),
        ({"text": "😀" * 2049}, "Bad Request: message is too long"),  # 4098 UTF-16 units
        ({"text": "<b>" + "x" * 4097 + "</b>", "parse_mode": "HTML"}, "Bad Request: message is too long"),
        ({"chat_id": 7}, "Bad Request: chat not found"),
        ({"chat_id": "@somebody"}, "Bad Request: chat not found"),
        ({"parse_mode": "HTMLX"}, "Bad Request: unsupported parse_mode"),
    ],
)
async def test_send_message_refuses_what_telegram_refuses(api, params, description):
    params = {key: value for key, value in {"chat_id": CHAT, "text": "x", **params}.items() if value is not None}
    assert await rejected(api, "sendMessage", **params) == description
    assert api.errors()[-1].method == "sendMessage" and api.errors()[-1].status == 400


async def test_html_is_measured_after_parsing(api):
    await send(api, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    assert (await send(api, "&amp;" * 4096, parse_mode="HTML"))["text"] == "&" * 4096
    assert (await send(api, "😀" * 2048))["text"] == "😀" * 2048


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("<b2>x</b2>", 'Unsupported start tag "b2" at byte offset 0'),
        ("Ж<br>", 'Unsupported start tag "br" at byte offset 2'),  # offsets count UTF-8 bytes
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("1<2", "Unclosed start tag at byte offset 1"),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ('<span class="red">x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("A & B", 'Character "&" at byte offset 2 must be escaped as "&amp;"'),
        ("&nbsp;", 'Character "&" at byte offset 0 must be escaped as "&amp;"'),
        ('<a href="x>', "Unclosed start tag at byte offset 0"),
    ],
)
async def test_bad_html_is_refused_with_telegram_words(api, text, description):
    answer = await rejected(api, "sendMessage", chat_id=CHAT, text=text, parse_mode="HTML")
    assert answer == f"Bad Request: can't parse entities: {description}"


async def test_unescaped_text_passes_without_parse_mode(api):
    assert (await send(api, "a < b & <b2>"))["text"] == "a < b & <b2>"


def test_html_gives_telegram_entities_in_utf16_units():
    text, entities = parse_html(
        '😀 <b>bold <i>both</i></b> <a href="https://x.org/?a=1&amp;b=2">link</a> <tg-spoiler>s</tg-spoiler> '
        '<span class="tg-spoiler">t</span> <u>u</u><s>s</s><code>c</code> <blockquote expandable>q</blockquote>'
        '<pre><code class="language-python">p</code></pre><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
        " &lt;&gt;&quot;&#65;&#x42;"
    )
    assert text == '😀 bold both link s t usc qp👍 <>"AB'
    assert entities[:3] == [
        {"type": "bold", "offset": 3, "length": 9},
        {"type": "italic", "offset": 8, "length": 4},
        {"type": "text_link", "offset": 13, "length": 4, "url": "https://x.org/?a=1&b=2"},
    ]
    assert [e["type"] for e in entities[3:]] == [
        "spoiler",
        "spoiler",
        "underline",
        "strikethrough",
        "code",
        "expandable_blockquote",
        "pre",
        "custom_emoji",
    ]
    assert entities[-2]["language"] == "python" and entities[-1]["custom_emoji_id"] == "5368324170671202286"


@pytest.mark.parametrize(
    ("markup", "description"),
    [
        (keyboard({"text": "a", "callback_data": "é" * 33}), "Bad Request: BUTTON_DATA_INVALID"),  # 66 bytes
        (keyboard({"text": "a", "callback_data": ""}), "Bad Request: BUTTON_DATA_INVALID"),
        (
            keyboard({"text": "", "callback_data": "a"}),
            "Bad Request: text buttons are unallowed in the inline keyboard",
        ),
        (
            keyboard({"text": "a"}),
            "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        ),
        (
            keyboard({"text": "a", "url": "javascript:alert(1)"}),
            "Bad Request: inline keyboard button URL 'javascript:alert(1)' is invalid",
        ),
        (
            {"inline_keyboard": [[{"text": str(i), "callback_data": str(i)} for i in range(101)]]},
            "Bad Request: too many inline keyboard buttons",
        ),
        ({"inline_keyboard": [{"text": "a", "callback_data": "a"}]}, "Array of Arrays"),
        (keyboard({"text": "a", "callback_data": "a", "url": "https://x.org"}), "more than one action"),
    ],
)
async def test_inline_keyboards_are_checked(api, markup, description):
    answer = await rejected(api, "sendMessage", chat_id=CHAT, text="x", reply_markup=markup)
    assert description in answer


async def test_good_keyboards_pass(api):
    markup = keyboard(
        {"text": "a", "callback_data": "ж" * 32},
        {"text": "b", "url": "tg://resolve?domain=x"},
        {"text": "c", "url": "https://example.org"},
    )
    assert (await send(api, reply_markup=markup))["reply_markup"] == markup


async def test_documents_are_uploaded_as_multipart(api):
    form = aiohttp.FormData()
    form.add_field("chat_id", str(CHAT))
    form.add_field("caption", "<i>export</i>")
    form.add_field("parse_mode", "HTML")
    form.add_field("document", b'{"a": 1}', filename="export.json")
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{api.base_url}/bot{api.token}/sendDocument", data=form) as response,
    ):
        status, answer = response.status, await response.json()
    assert status == 200
    document = answer["result"]["document"]
    assert document["file_name"] == "export.json" and document["mime_type"] == "application/json"
    assert document["file_size"] == 8 and answer["result"]["caption"] == "export"
    assert api.calls[-1].params["document"] == {"filename": "export.json", "content": b'{"a": 1}'}
    stored = api.sent_to(CHAT)[-1]
    assert stored["_content"] == b'{"a": 1}' and stored["caption"] == "<i>export</i>"
    status, again = await call(api, "sendDocument", chat_id=CHAT, document=document["file_id"])
    assert status == 200 and again["result"]["document"] == document


async def test_documents_are_checked(api):
    assert await rejected(api, "sendDocument", chat_id=CHAT) == "Bad Request: there is no document in the request"
    assert "wrong file identifier" in await rejected(api, "sendDocument", chat_id=CHAT, document="nope")
    form = aiohttp.FormData({"chat_id": str(CHAT), "caption": "x" * 1025})
    form.add_field("document", b"x", filename="x.txt")
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{api.base_url}/bot{api.token}/sendDocument", data=form) as response,
    ):
        assert (await response.json())["description"] == "Bad Request: message caption is too long"


async def test_chat_actions(api):
    assert (await call(api, "sendChatAction", chat_id=CHAT, action="typing"))[0] == 200
    assert (
        await rejected(api, "sendChatAction", chat_id=CHAT, action="dancing")
        == "Bad Request: wrong parameter action in request"
    )


# --- editing, deleting, buttons -----------------------------------------------------------------------------


async def test_edits_apply_and_an_edit_that_changes_nothing_is_refused(api):
    sent = await send(api, "<b>same</b>", parse_mode="HTML")
    edit = {"chat_id": CHAT, "message_id": sent["message_id"]}
    assert "message is not modified: specified new message content" in await rejected(
        api, "editMessageText", **edit, text="<strong>same</strong>", parse_mode="HTML"
    )  # Telegram compares the look
    markup = keyboard({"text": "Go", "callback_data": "go"})
    status, answer = await call(api, "editMessageText", **edit, text="new", reply_markup=markup)
    assert status == 200 and answer["result"]["text"] == "new" and "edit_date" in answer["result"]
    assert api.sent_to(CHAT)[-1]["text"] == "new" and api.sent_to(CHAT)[-1]["reply_markup"] == markup
    assert (await call(api, "editMessageReplyMarkup", **edit))[0] == 200
    assert "reply_markup" not in api.sent_to(CHAT)[-1]
    assert "message is not modified" in await rejected(api, "editMessageReplyMarkup", **edit)


@pytest.mark.parametrize(
    ("method", "params", "description"),
    [
        ("editMessageText", {"message_id": 999, "text": "x"}, "Bad Request: message to edit not found"),
        ("editMessageText", {"message_id": 1, "text": "x"}, "Bad Request: message can't be edited"),  # the user's
        ("editMessageText", {"text": "x"}, "Bad Request: message identifier is not specified"),
        ("editMessageText", {"message_id": 2}, "Bad Request: message text is empty"),
        ("editMessageReplyMarkup", {"message_id": 999}, "Bad Request: message to edit not found"),
        ("deleteMessage", {"message_id": 999}, "Bad Request: message to delete not found"),
    ],
)
async def test_edits_and_deletes_of_missing_messages(api, method, params, description):
    await send(api)
    assert await rejected(api, method, chat_id=CHAT, **params) == description


async def test_deleted_messages_leave_the_chat(api):
    first, second = await send(api, "one"), await send(api, "two")
    assert (await call(api, "deleteMessage", chat_id=CHAT, message_id=first["message_id"]))[0] == 200
    assert [m["text"] for m in api.sent_to(CHAT)] == ["two"]
    assert "not found" in await rejected(api, "deleteMessage", chat_id=CHAT, message_id=first["message_id"])
    assert api.sent_to(CHAT)[0]["message_id"] == second["message_id"]


async def test_a_press_carries_the_message_as_telegram_shows_it(api):
    markup = keyboard({"text": "Go", "callback_data": "go"})
    sent = await send(api, "<b>Pick</b>", parse_mode="HTML", reply_markup=markup)
    update = api.press(CHAT, sent["message_id"], "go")
    query = update["callback_query"]
    assert query["data"] == "go" and query["from"]["id"] == CHAT and query["chat_instance"]
    assert query["message"]["text"] == "Pick" and query["message"]["reply_markup"] == markup
    assert query["message"]["from"]["is_bot"] is True and query["message"]["chat"]["id"] == CHAT
    unknown = api.press(CHAT, 999, "go")["callback_query"]["message"]
    assert unknown["message_id"] == 999 and unknown["chat"]["id"] == CHAT
    assert query["id"] != api.press(CHAT, 999, "go")["callback_query"]["id"]


async def test_a_callback_query_is_answered_once(api):
    query_id = api.press(CHAT, 1, "x")["callback_query"]["id"]
    assert (await call(api, "answerCallbackQuery", callback_query_id=query_id, text="Saved."))[0] == 200
    too_old = "Bad Request: query is too old and response timeout expired or query ID is invalid"
    assert await rejected(api, "answerCallbackQuery", callback_query_id=query_id) == too_old
    assert await rejected(api, "answerCallbackQuery", callback_query_id="123") == too_old
    assert await rejected(api, "answerCallbackQuery") == 'Bad Request: parameter "callback_query_id" is required'
    query_id = api.press(CHAT, 1, "x")["callback_query"]["id"]
    assert (
        await rejected(api, "answerCallbackQuery", callback_query_id=query_id, text="x" * 201)
        == "Bad Request: MESSAGE_TOO_LONG"
    )
    assert (await call(api, "answerCallbackQuery", callback_query_id=query_id, text="x" * 200))[0] == 200


# --- commands, webhook, the bot itself ----------------------------------------------------------------------


async def test_commands_are_kept_per_language_and_scope(api):
    good = [{"command": "start", "description": "Start"}, {"command": "help_2", "description": "x" * 256}]
    assert (await call(api, "setMyCommands", body="form", commands=good, language_code="de"))[0] == 200
    scope = {"type": "all_private_chats"}
    assert (await call(api, "setMyCommands", commands=good[:1], scope=scope))[0] == 200
    assert api.bot_commands == {("de", "default"): good, ("", "all_private_chats"): good[:1]}
    assert (await call(api, "getMyCommands", language_code="de"))[1]["result"] == good
    assert (await call(api, "deleteMyCommands", language_code="de"))[0] == 200
    assert (await call(api, "getMyCommands", language_code="de"))[1]["result"] == []


@pytest.mark.parametrize(
    ("params", "description"),
    [
        ({"commands": [{"command": "Start", "description": "x"}]}, "Bad Request: BOT_COMMAND_INVALID"),
        ({"commands": [{"command": "/start", "description": "x"}]}, "Bad Request: BOT_COMMAND_INVALID"),
        ({"commands": [{"command": "x" * 33, "description": "x"}]}, "Bad Request: BOT_COMMAND_INVALID"),
        ({"commands": [{"command": "start", "description": ""}]}, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"),
        (
            {"commands": [{"command": "start", "description": "x" * 257}]},
            "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID",
        ),
        (
            {"commands": [{"command": f"c{i}", "description": "x"} for i in range(101)]},
            "Bad Request: BOT_COMMANDS_TOO_MUCH",
        ),
        ({"commands": [], "language_code": "sr-Latn"}, "Bad Request: LANG_CODE_INVALID"),
        ({"commands": [], "language_code": "EN"}, "Bad Request: LANG_CODE_INVALID"),
        ({"commands": [], "scope": {"type": "everyone"}}, "Bad Request: can't parse BotCommandScope JSON object"),
        ({}, 'Bad Request: parameter "commands" is required'),
    ],
)
async def test_bad_commands_are_refused(api, params, description):
    assert await rejected(api, "setMyCommands", **params) == description
    assert api.bot_commands == {}


async def test_get_me_describes_the_bot(api):
    status, answer = await call(api, "getMe", body="query")
    me = answer["result"]
    assert status == 200 and me["is_bot"] is True and me["id"] == 123456 and me["first_name"] == "Resilience Hub"
    assert me["username"] == "resilience_hub_bot" and me["can_join_groups"] is True
    assert me["can_read_all_group_messages"] is False and me["supports_inline_queries"] is False


async def test_wrong_token_unknown_method_and_unknown_path(api):
    unauthorized = (401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
    assert await call(api, "getMe", token="1:nope") == unauthorized
    assert await call(api, "getUpdates", token="1:nope") == unauthorized
    not_found = (404, {"ok": False, "error_code": 404, "description": "Not Found"})
    assert await call(api, "sendTelepathy", chat_id=CHAT) == not_found
    async with aiohttp.ClientSession() as session, session.get(f"{api.base_url}/favicon.ico") as response:
        assert (response.status, await response.json()) == not_found
    assert [c.method for c in api.calls] == ["getMe", "sendTelepathy"]  # getUpdates is never recorded


async def test_methods_ignore_case_and_bodies_may_be_broken(api):
    assert (await call(api, "SENDMESSAGE", chat_id=CHAT, text="hi"))[0] == 200
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"{api.base_url}/bot{api.token}/sendMessage",
            data="{oops",
            headers={"Content-Type": "application/json"},
        ) as response,
    ):
        assert (await response.json())["description"] == "Bad Request: can't parse JSON encoded request"
    assert (
        await rejected(api, "sendMessage", body="form", chat_id=CHAT, text="x", reply_markup="{")
        == "Bad Request: can't parse reply_markup JSON object"
    )


async def test_webhook_and_long_polling_exclude_each_other(api):
    assert "HTTPS URL" in await rejected(api, "setWebhook", url="http://example.org/hook")
    assert (await call(api, "setWebhook", url="https://example.org/hook"))[0] == 200
    assert (await call(api, "getWebhookInfo"))[1]["result"]["url"] == "https://example.org/hook"
    status, answer = await call(api, "getUpdates")
    assert status == 409 and answer["description"].startswith("Conflict: can't use getUpdates method")
    assert (await call(api, "deleteWebhook", drop_pending_updates=True))[0] == 200
    assert (await call(api, "getUpdates"))[1]["result"] == []
    for method in ("logOut", "close", "setMyDescription", "setMyShortDescription"):
        assert (await call(api, method))[1] == {"ok": True, "result": True}


# --- faults -------------------------------------------------------------------------------------------------


async def test_a_blocked_chat_answers_403_until_unblocked(api):
    api.block_chat(CHAT)
    blocked = (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
    assert await call(api, "sendMessage", chat_id=CHAT, text="hi") == blocked
    assert await call(api, "sendChatAction", chat_id=CHAT, action="typing") == blocked
    api.unblock_chat(CHAT)
    await send(api)
    assert api.calls[0].injected and api.errors() == []


async def test_injected_faults_hit_the_next_calls_only(api):
    api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 7", retry_after=7)
    api.fail_next("sendMessage", status=500, description="Internal Server Error", times=2)
    status, answer = await call(api, "sendMessage", chat_id=CHAT, text="hi")
    assert (status, answer) == (
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 7",
            "parameters": {"retry_after": 7},
        },
    )
    assert [(await call(api, "sendMessage", chat_id=CHAT, text="hi"))[0] for _ in range(3)] == [500, 500, 200]
    assert api.errors() == [] and [c.injected for c in api.calls] == [True, True, True, False]
    api.fail_next("getMe", status=429, description="Too Many Requests: retry after 3")
    assert (await call(api, "getMe"))[1]["parameters"] == {"retry_after": 3}


async def test_an_optional_rate_limit_answers_429(api):
    api.send_text(43, "hi")
    api.limit_rate(per_second=30, per_chat_per_second=1)
    assert (await call(api, "sendMessage", chat_id=CHAT, text="1"))[0] == 200
    status, answer = await call(api, "sendMessage", chat_id=CHAT, text="2")
    assert status == 429 and answer["parameters"] == {"retry_after": 1}
    assert (await call(api, "sendMessage", chat_id=43, text="1"))[0] == 200, "another chat has its own budget"
    assert api.errors() == []


async def test_delay_slows_every_answer(api):
    api.delay = 0.2
    started = time.monotonic()
    await call(api, "getMe")
    assert time.monotonic() - started >= 0.2


# --- users and long polling ---------------------------------------------------------------------------------


async def test_users_write_with_commands_as_real_clients_do(api):
    update = api.send_text(7, "/start@resilience_hub_bot payload", language_code=None, username="ana")
    message = update["message"]
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 25}]
    assert message["from"] == {"id": 7, "is_bot": False, "first_name": "Test", "username": "ana"}
    assert message["chat"] == {"id": 7, "type": "private", "first_name": "Test"}
    group = api.send_text(7, "hi", chat_id=-100, chat_type="supergroup")["message"]
    assert group["chat"]["type"] == "supergroup" and "entities" not in group
    assert group["message_id"] == 1 and update["update_id"] + 1 == api.push_update({"poll": {}})["update_id"] - 1


async def test_get_updates_confirms_with_offset(api):
    second = api.send_text(CHAT, "/help")
    _, answer = await call(api, "getUpdates", body="form", timeout=0)
    first_id = answer["result"][0]["update_id"]
    assert [u["update_id"] for u in answer["result"]] == [first_id, second["update_id"]]
    assert [u["update_id"] for u in (await call(api, "getUpdates", limit=1))[1]["result"]] == [first_id]
    _, answer = await call(api, "getUpdates", offset=second["update_id"])
    assert [u["update_id"] for u in answer["result"]] == [second["update_id"]]
    assert (await call(api, "getUpdates", offset=second["update_id"] + 1))[1]["result"] == []


async def test_get_updates_keeps_what_allowed_updates_names(api):
    api.push_update({"edited_message": {"message_id": 1, "date": 0, "chat": {"id": CHAT, "type": "private"}}})
    api.push_update({"message_reaction": {}})  # held back unless asked for
    _, answer = await call(api, "getUpdates")
    assert [next(k for k in u if k != "update_id") for u in answer["result"]] == ["message", "edited_message"]
    _, answer = await call(api, "getUpdates", allowed_updates=["message"])
    assert [next(k for k in u if k != "update_id") for u in answer["result"]] == ["message"]


async def test_a_long_poll_answers_as_soon_as_a_user_writes(api):
    await call(api, "getUpdates", offset=-1)  # forget everything but the last
    latest = (await call(api, "getUpdates"))[1]["result"][0]["update_id"]
    poll = asyncio.create_task(call(api, "getUpdates", offset=latest + 1, timeout=30))
    await api.wait_until(lambda: api.polling == 1)
    started = time.monotonic()
    update = api.send_text(CHAT, "now")
    _, answer = await poll
    assert answer["result"] == [update] and time.monotonic() - started < 1
    started = time.monotonic()
    assert (await call(api, "getUpdates", offset=update["update_id"] + 1, timeout=0.3))[1]["result"] == []
    assert time.monotonic() - started >= 0.3


async def test_a_client_that_gives_up_releases_its_long_poll(api):
    async with aiohttp.ClientSession() as session:
        request = asyncio.create_task(
            session.post(f"{api.base_url}/bot{api.token}/getUpdates", json={"offset": 2**31 - 1, "timeout": 30})
        )
        await api.wait_until(lambda: api.polling == 1)
        request.cancel()
        with pytest.raises(asyncio.CancelledError):
            await request
    await api.wait_until(lambda: api.polling == 0, timeout=2)


async def test_stopping_the_server_releases_a_long_poll():
    api = FakeBotAPI()
    await api.start()
    poll = asyncio.create_task(call(api, "getUpdates", timeout=30))
    await api.wait_until(lambda: api.polling == 1)
    started = time.monotonic()
    await api.stop()
    assert (await poll)[1] == {"ok": True, "result": []} and time.monotonic() - started < 1.5


async def test_wait_for_wakes_on_a_call_and_explains_a_timeout(api):
    start = len(api.calls)
    waiter = asyncio.create_task(api.wait_for(lambda c: c.method == "sendMessage", start=start))
    await send(api, "late")
    assert (await waiter).params["text"] == "late"
    with pytest.raises(TimeoutError, match=r"(?s)within 0.1s.*sendMessage → 200 late"):
        await api.wait_for(lambda c: c.method == "deleteMessage", timeout=0.1)


def test_the_server_listens_on_loopback_only():
    with pytest.raises(ValueError, match="127.0.0.1"):
        FakeBotAPI(host="0.0.0.0")


async def test_base_url_names_the_bound_port(api):
    assert api.base_url.startswith("http://127.0.0.1:") and not api.base_url.endswith("/")
    assert int(api.base_url.rsplit(":", 1)[1]) == api.port > 0


# --- real clients -------------------------------------------------------------------------------------------


async def test_an_aiogram_bot_runs_on_the_fake_server(api):
    from aiogram import Bot, Dispatcher
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
    from aiogram.filters import CommandStart
    from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message

    bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    try:
        assert (await bot.get_me()).username == "resilience_hub_bot"
        markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Go", callback_data="go")]])
        sent = await bot.send_message(CHAT, "<b>Hello</b> &lt;you&gt;", parse_mode="HTML", reply_markup=markup)
        assert sent.text == "Hello <you>" and sent.entities and sent.entities[0].type == "bold"
        edited = await bot.edit_message_text("Bye", chat_id=CHAT, message_id=sent.message_id)
        assert isinstance(edited, Message) and edited.text == "Bye"
        with pytest.raises(TelegramBadRequest, match="message is not modified"):
            await bot.edit_message_text("Bye", chat_id=CHAT, message_id=sent.message_id)
        api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 5")
        with pytest.raises(TelegramRetryAfter) as retry:
            await bot.send_message(CHAT, "x")
        assert retry.value.retry_after == 5
        api.block_chat(CHAT)
        with pytest.raises(TelegramForbiddenError):
            await bot.send_message(CHAT, "x")
        api.unblock_chat(CHAT)

        dispatcher = Dispatcher()

        @dispatcher.message(CommandStart())
        async def start(message: Message) -> None:
            await message.answer("Welcome")

        start_index = len(api.calls)
        polling = asyncio.create_task(dispatcher.start_polling(bot, handle_signals=False, polling_timeout=1))
        api.send_text(CHAT, "/start")
        reply = await api.wait_for(lambda c: c.method == "sendMessage", start=start_index)
        assert reply.ok and reply.params["text"] == "Welcome" and reply.params["chat_id"] == CHAT
        started = time.monotonic()
        await dispatcher.stop_polling()
        await polling
        assert time.monotonic() - started < 2
    finally:
        await bot.session.close()


async def test_a_python_telegram_bot_application_runs_on_the_fake_server(api, monkeypatch):
    # PTB 22.8 builds every RetryAfter through a deprecated int path that warns unless this opt-in is set
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
    from telegram.error import BadRequest, Forbidden, RetryAfter
    from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

    application = (
        ApplicationBuilder()
        .token(api.token)
        .base_url(f"{api.base_url}/bot")
        .base_file_url(f"{api.base_url}/file/bot")
        .build()
    )

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Welcome")

    application.add_handler(CommandHandler("start", start))
    async with application:
        bot = application.bot
        assert bot.username == "resilience_hub_bot"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
        sent = await bot.send_message(CHAT, "<i>Hello</i>", parse_mode="HTML", reply_markup=markup)
        assert sent.text == "Hello" and sent.entities[0].type == "italic" and sent.reply_markup == markup
        edited = await bot.edit_message_text("Bye", chat_id=CHAT, message_id=sent.message_id)
        assert isinstance(edited, Message) and edited.text == "Bye"
        with pytest.raises(BadRequest, match="Message is not modified"):  # PTB capitalises the description
            await bot.edit_message_text("Bye", chat_id=CHAT, message_id=sent.message_id)
        api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 5")
        with pytest.raises(RetryAfter) as retry:
            await bot.send_message(CHAT, "x")
        assert retry.value.retry_after == timedelta(seconds=5)
        api.block_chat(CHAT)
        with pytest.raises(Forbidden):
            await bot.send_message(CHAT, "x")
        api.unblock_chat(CHAT)

        start_index = len(api.calls)
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1)
        api.send_text(CHAT, "/start")
        reply = await api.wait_for(lambda c: c.method == "sendMessage", start=start_index)
        assert reply.ok and reply.params["text"] == "Welcome" and reply.params["chat_id"] == CHAT
        started = time.monotonic()
        await application.updater.stop()
        await application.stop()
        assert time.monotonic() - started < 2
