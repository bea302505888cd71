"""/start, languages, /help and groups, through the real engines and the fake Bot API."""

import asyncio

from handlers.kit.i18n import Catalog
from tests.chat import Chat, visible


async def test_first_time_user_is_welcomed_in_their_client_language_with_picker_and_privacy(new_chat):
    chat: Chat = new_chat(601, language_code="de")
    await chat.send("/start")
    text = chat.last_text()
    assert "Willkommen" in text and "/mydata" in text and "/forget" in text
    labels = [b["text"] for b in chat.buttons(chat.last())]
    assert {"English", "Deutsch", "Shqip", "BCMS", "Македонски"} <= set(labels)


async def test_bcms_client_gets_bcms_and_unknown_language_gets_english(new_chat):
    bosnian, french = new_chat(602, language_code="bs"), new_chat(603, language_code="fr")
    await bosnian.send("/help")
    await french.send("/help")
    assert "/register" in bosnian.last_text() and bosnian.last_text() != french.last_text()
    assert "What I can do" in french.last_text()


async def test_picking_a_language_answers_in_it_at_once_and_is_remembered(chat: Chat):
    await chat.send("/start")
    await chat.press("Shqip")
    assert chat.toast() and "Shqip" in chat.toast()
    assert chat.last_calls[-1].method == "editMessageText"
    await chat.send("/help")
    english_help = "What I can do"
    assert english_help not in chat.last_text() and "/register" in chat.last_text()
    await chat.send("/language")
    await chat.press("Македонски")
    await chat.send("/help")
    assert any("\u0400" <= ch <= "\u04ff" for ch in chat.last_text()), "Macedonian is written in Cyrillic"


async def test_commands_are_registered_for_every_locale_at_startup(api, runtime):
    calls = [c for c in api.calls if c.method == "setMyCommands"]
    languages = {c.params.get("language_code") for c in calls}
    assert {None, "de", "sq", "sr", "bs", "hr", "mk"} <= languages | {None}
    german = next(c for c in calls if c.params.get("language_code") == "de")
    assert "register" in [c["command"] for c in german.params["commands"]]
    english = next(c for c in calls if not c.params.get("language_code"))
    assert english.params["commands"] != german.params["commands"]


async def test_unknown_command_gets_a_localized_answer(new_chat):
    chat: Chat = new_chat(604, language_code="sq")
    await chat.send("/teleport now")
    assert "/teleport" in chat.last_text() and "/help" in chat.last_text()
    assert "don't know" not in chat.last_text()


async def test_free_text_from_a_newcomer_gets_the_welcome(chat: Chat):
    await chat.send("hello there")
    assert "Welcome to Resilience Hub" in chat.last_text()


async def test_group_command_gets_a_note_and_a_link_to_a_private_chat_and_no_wizard(api, runtime):
    group = Chat(api, runtime.hub, user_id=605, language_code="en", chat_id=-100500, chat_type="supergroup")
    await group.send(f"/register@{runtime.engine.bot_username}")
    [reply] = [c for c in group.last_calls if c.method == "sendMessage"]
    [[button]] = reply.params["reply_markup"]["inline_keyboard"]
    assert button["url"].startswith(f"https://t.me/{runtime.engine.bot_username}?start=")
    assert "private" in visible(reply.params["text"])
    await group.send(f"/events@{runtime.engine.bot_username}")
    assert [c for c in group.last_calls if c.method == "sendMessage"] == [], "one note a minute per group"
    await group.send("just chatting about the meeting")
    await group.send("/help@another_bot")
    assert group.last_calls == []
    private = Chat(api, runtime.hub, user_id=605, language_code="en")
    await private.send("hello")
    assert "Welcome to Resilience Hub" in private.last_text(), "no wizard was started by the group command"


async def test_a_sticker_in_the_middle_of_a_wizard_gets_a_hint_and_keeps_the_step(api, chat: Chat):
    await chat.send("/register")
    start, handled = len(api.calls), chat.hub.handled
    api.push_update(
        {
            "message": {
                "message_id": 99,
                "date": 0,
                "chat": {"id": chat.user_id, "type": "private"},
                "from": {"id": chat.user_id, "is_bot": False, "first_name": "T"},
                "sticker": {
                    "file_id": "s",
                    "file_unique_id": "s",
                    "type": "regular",
                    "width": 1,
                    "height": 1,
                    "is_animated": False,
                    "is_video": False,
                },
            }
        }
    )
    while chat.hub.handled <= handled:
        await asyncio.sleep(0.01)
    assert [c.method for c in api.calls[start:]] == ["sendMessage"]
    await chat.send("Ana")
    assert "Which organisation" in chat.last_text()


async def test_the_bot_keeps_answering_after_telegram_refuses_a_reply(api, chat: Chat):
    api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after 1", retry_after=1)
    await chat.send("/help")
    refused, resent = [c for c in api.calls if c.method == "sendMessage"]
    assert (refused.status, resent.status) == (429, 200), "the reply goes out once Telegram's pause is over"
    assert resent.at - refused.at >= 0.9
    api.block_chat(chat.user_id)
    await chat.send("/help")
    api.unblock_chat(chat.user_id)
    await chat.send("/help")
    assert [c.status for c in api.calls if c.method == "sendMessage"] == [429, 200, 403, 200]
    assert "What I can do" in chat.last_text()


async def test_when_the_database_is_gone_the_user_still_gets_an_apology_in_their_language(new_chat, runtime):
    chat: Chat = new_chat(606, language_code="de")
    await runtime.due.stop()  # the delivery worker holds no connection while the database goes away
    await runtime.database.dispose()
    runtime.hub.sessions.configure(bind=None)  # every query now fails, as with a lost database
    await chat.send("/start")
    assert chat.replies() == [Catalog().translator("de").plain("error-unexpected")]
    await chat.press_data("lang:en", chat.last()["message_id"])
    assert [c.method for c in chat.last_calls] == ["answerCallbackQuery", "sendMessage"]
