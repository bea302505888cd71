"""The fake Bot API rejects what Telegram rejects, with Telegram's error bodies, for form and JSON bodies."""

import json

import aiohttp
import pytest

from bot.fakeapi import FakeBotAPI


async def call(api: FakeBotAPI, method: str, *, as_json: bool = True, token: str | None = None, **params):
    url = f"{api.base_url}/bot{token or api.token}/{method}"
    async with aiohttp.ClientSession() as session:
        if as_json:
            request = session.post(url, json=params)
        else:
            form = {k: json.dumps(v) if isinstance(v, (dict, list)) else str(v) for k, v in params.items()}
            request = session.post(url, data=form)
        async with request as response:
            return response.status, await response.json()


@pytest.fixture
async def chat_api(api: FakeBotAPI) -> FakeBotAPI:
    api.send_text(42, "hello")  # a chat the bot may write to
    return api


@pytest.mark.parametrize("as_json", [True, False])
async def test_send_message_returns_a_message(chat_api, as_json):
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "x:1"}]]}
    status, body = await call(chat_api, "sendMessage", as_json=as_json, chat_id=42, text="<b>Hi</b> &amp; bye",
                              parse_mode="HTML", reply_markup=markup)
    assert status == 200 and body["result"]["message_id"] == 2 and body["result"]["reply_markup"] == markup


@pytest.mark.parametrize(("params", "description"), [
    ({"text": ""}, "Bad Request: message text is empty"),
    ({"text": "  \n "}, "Bad Request: message text is empty"),
    ({"text": "x" * 4097}, "Bad Request: message is too long"),
    ({"text": "😀" * 2049}, "Bad Request: message is too long"),
    ({"text": "<b2>x</b2>", "parse_mode": "HTML"}, 'Unsupported start tag "b2" at byte offset 0'),
    ({"text": "a < b", "parse_mode": "HTML"}, "can't parse entities"),
    ({"text": "A & B", "parse_mode": "HTML"}, "can't parse entities"),
    ({"text": "<b>open", "parse_mode": "HTML"}, "Can't find end tag"),
    ({"text": "<b><i>x</b></i>", "parse_mode": "HTML"}, "can't parse entities"),
    ({"text": "x", "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "é" * 33}]]}},
     "BUTTON_DATA_INVALID"),
    ({"text": "x", "reply_markup": {"inline_keyboard": [[{"text": "", "callback_data": "a"}]]}},
     "text buttons are unallowed"),
    ({"text": "x", "reply_markup": {"inline_keyboard": [[{"text": "a", "url": "javascript:x"}]]}}, "is invalid"),
    ({"text": "x", "chat_id": 7}, "Bad Request: chat not found"),
])
async def test_send_message_rejects_what_telegram_rejects(chat_api, params, description):
    status, body = await call(chat_api, "sendMessage", **{"chat_id": 42, **params})
    assert status == 400 and body["ok"] is False and body["error_code"] == 400
    assert description in body["description"]
    assert chat_api.errors()[-1].method == "sendMessage"


async def test_html_text_is_measured_after_parsing(chat_api):
    status, _ = await call(chat_api, "sendMessage", chat_id=42, text="<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    assert status == 200


async def test_wrong_token_and_unknown_method(chat_api):
    assert await call(chat_api, "getMe", token="1:nope") == (
        401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
    status, body = await call(chat_api, "sendTelepathy", chat_id=42)
    assert status == 404 and body["description"] == "Not Found"


async def test_edit_not_modified_and_missing(chat_api):
    _, sent = await call(chat_api, "sendMessage", chat_id=42, text="same")
    message_id = sent["result"]["message_id"]
    status, body = await call(chat_api, "editMessageText", chat_id=42, message_id=message_id, text="same")
    assert status == 400 and "message is not modified" in body["description"]
    status, body = await call(chat_api, "editMessageText", chat_id=42, message_id=999, text="new")
    assert body["description"] == "Bad Request: message to edit not found"
    assert (await call(chat_api, "editMessageText", chat_id=42, message_id=message_id, text="new"))[0] == 200
    assert chat_api.sent_to(42)[-1]["text"] == "new"


async def test_callback_queries_are_answered_once(chat_api):
    query = chat_api.press(42, 1, "x")["callback_query"]
    assert (await call(chat_api, "answerCallbackQuery", callback_query_id=query["id"], text="ok"))[0] == 200
    status, body = await call(chat_api, "answerCallbackQuery", callback_query_id=query["id"])
    assert status == 400 and "query is too old" in body["description"]
    query = chat_api.press(42, 1, "x")["callback_query"]
    status, body = await call(chat_api, "answerCallbackQuery", callback_query_id=query["id"], text="x" * 201)
    assert status == 400


async def test_set_my_commands_checks_names_descriptions_and_language(chat_api):
    good = [{"command": "start", "description": "Start"}]
    assert (await call(chat_api, "setMyCommands", commands=good, language_code="de"))[0] == 200
    assert chat_api.bot_commands[("de", "default")] == good
    for commands, language in (([{"command": "Start!", "description": "x"}], ""),
                               ([{"command": "start", "description": ""}], ""), (good, "sr-Latn")):
        status, _ = await call(chat_api, "setMyCommands", commands=commands, language_code=language)
        assert status == 400


async def test_blocked_chat_answers_403_and_faults_are_injected(chat_api):
    chat_api.block_chat(42)
    status, body = await call(chat_api, "sendMessage", chat_id=42, text="hi")
    assert (status, body["description"]) == (403, "Forbidden: bot was blocked by the user")
    chat_api.unblock_chat(42)
    chat_api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 7", retry_after=7)
    status, body = await call(chat_api, "sendMessage", chat_id=42, text="hi")
    assert status == 429 and body["parameters"] == {"retry_after": 7}
    assert chat_api.calls[-1].injected and chat_api.errors() == []
    assert (await call(chat_api, "sendMessage", chat_id=42, text="hi"))[0] == 200


async def test_get_updates_long_polls_and_confirms_with_offset(api):
    update = api.send_text(42, "/start")
    assert update["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    _, body = await call(api, "getUpdates", timeout=0)
    assert [u["update_id"] for u in body["result"]] == [update["update_id"]]
    _, body = await call(api, "getUpdates", offset=update["update_id"] + 1, timeout=0)
    assert body["result"] == []


async def test_multipart_document_upload(chat_api):
    form = aiohttp.FormData()
    form.add_field("chat_id", "42")
    form.add_field("document", b'{"a": 1}', filename="my-data.json")
    async with aiohttp.ClientSession() as session, \
            session.post(f"{chat_api.base_url}/bot{chat_api.token}/sendDocument", data=form) as response:
        assert response.status == 200
    assert chat_api.sent_to(42)[-1]["_content"] == b'{"a": 1}'


def test_only_loopback():
    with pytest.raises(ValueError):
        FakeBotAPI(host="0.0.0.0")
