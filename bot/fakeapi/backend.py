"""The fake Telegram's memory (chats, messages, queued updates, callback queries, commands) and its methods.

Messages are kept as the bot sent them (`text` with its HTML), which is what tests read; what goes back over
the wire is Telegram's view of them (`telegram_view`): the visible text plus entities.
"""

from __future__ import annotations

import itertools
import mimetypes
import re
import time
from typing import Any

from bot.fakeapi import checks
from bot.fakeapi.errors import ApiError, bad_request

# Bot API method (lower case: Telegram ignores case) → the Backend method that serves it.
METHODS = {
    "getme": "get_me",
    "logout": "done",
    "close": "done",
    "deletewebhook": "delete_webhook",
    "setwebhook": "set_webhook",
    "getwebhookinfo": "get_webhook_info",
    "setmycommands": "set_my_commands",
    "getmycommands": "get_my_commands",
    "deletemycommands": "delete_my_commands",
    "setmydescription": "done",
    "setmyshortdescription": "done",
    "sendchataction": "send_chat_action",
    "sendmessage": "send_message",
    "senddocument": "send_document",
    "editmessagetext": "edit_message_text",
    "editmessagereplymarkup": "edit_message_reply_markup",
    "deletemessage": "delete_message",
    "answercallbackquery": "answer_callback_query",
}
# Updates Telegram holds back unless allowed_updates names them.
NOT_BY_DEFAULT = {"chat_member", "message_reaction", "message_reaction_count"}
BLOCKED = {
    "private": "Forbidden: bot was blocked by the user",
    "group": "Forbidden: bot was kicked from the group chat",
    "supergroup": "Forbidden: bot was kicked from the supergroup chat",
    "channel": "Forbidden: bot is not a member of the channel chat",
}
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same "
    "as a current content and reply markup of the message"
)


def public(message: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in message.items() if not key.startswith("_")}


def telegram_view(message: dict[str, Any]) -> dict[str, Any]:
    """The message as Telegram sends it back: visible text and entities instead of the HTML source."""
    return {**public(message), **message.get("_shown", {})}


def protected(params: dict[str, Any]) -> dict[str, Any]:
    """Telegram marks a message sent with protect_content; clients then refuse to forward or save it."""
    return {"has_protected_content": True} if checks.is_true(params.get("protect_content")) else {}


def shown(params: dict[str, Any], key: str) -> dict[str, Any]:
    text, entities = checks.formatted(params, key)
    entities_key = "entities" if key == "text" else "caption_entities"
    return {key: text, entities_key: entities} if entities else {key: text}


class Backend:
    def __init__(self, bot_user: dict[str, Any]) -> None:
        self.bot_user = bot_user
        self.chats: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, dict[int, dict[str, Any]]] = {}  # chat id → message id → message
        self.updates: list[dict[str, Any]] = []  # queued until a getUpdates offset confirms them
        self.allowed_updates: list[str] = []
        self.open_queries: set[str] = set()  # callback queries the bot has not answered yet
        self.blocked: set[int] = set()
        # users whose privacy settings forbid a button to their chat (`tg://user?id=`): Telegram refuses the message
        self.private_links: set[int] = set()
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.webhook_url = ""
        self.webhook_secret = ""
        self.files: dict[str, dict[str, Any]] = {}
        self._last_message_id: dict[int, int] = {}
        # Telegram's update ids go on from where the bot's last ones stopped; a fake that starts at a point of
        # time never repeats the ids of an earlier run whose database the bot kept (the demo's)
        self._last_update_id = int(time.time() * 1000) % 2**31 // 2
        self._ids = itertools.count(1)

    def call(self, method: str, params: dict[str, Any]) -> Any:
        name = METHODS.get(method.lower())
        if name is None:
            raise ApiError(404, "Not Found")
        checks.check_required(method.lower(), params)
        return getattr(self, name)(params)

    # --- updates ---------------------------------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        if "update_id" not in update:
            update["update_id"] = self._last_update_id + 1
        self._last_update_id = max(self._last_update_id, update["update_id"])
        for message in (update.get("message"), (update.get("callback_query") or {}).get("message")):
            if isinstance(message, dict) and "chat" in message and "message_id" in message:
                self.remember(message)
        self.updates.append(update)
        return update

    def remember(self, message: dict[str, Any]) -> None:
        """A chat someone wrote from becomes known: the bot may write to it from now on."""
        chat_id = message["chat"]["id"]
        self.chats.setdefault(chat_id, message["chat"])
        self.messages.setdefault(chat_id, {})
        if (message.get("from") or {}).get("id") != self.bot_user["id"]:
            self.messages[chat_id].setdefault(message["message_id"], message)
        self._last_message_id[chat_id] = max(self._last_message_id.get(chat_id, 0), message["message_id"])

    def next_message_id(self, chat_id: int) -> int:
        """Message ids count per chat, shared by the user's and the bot's messages, as in a private chat."""
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def pending_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """getUpdates without the waiting: confirm by offset, drop what allowed_updates excludes."""
        offset = int(params.get("offset") or 0)
        if offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        elif offset < 0:  # -N: only the last N updates, the others are forgotten
            self.updates = self.updates[offset:]
        if isinstance(params.get("allowed_updates"), list):
            self.allowed_updates = params["allowed_updates"]
        self.updates = [u for u in self.updates if self._allowed(u)]
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        return self.updates[:limit]

    def _allowed(self, update: dict[str, Any]) -> bool:
        kind = next((key for key in update if key != "update_id"), "")
        return kind in self.allowed_updates if self.allowed_updates else kind not in NOT_BY_DEFAULT

    def callback_message(self, chat: dict[str, Any], message_id: int) -> dict[str, Any]:
        message = self.messages.get(chat["id"], {}).get(message_id)
        if message is None:  # unknown to us: still a message, as a test may press anything
            return {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": self.bot_user}
        return telegram_view(message)

    def new_query_id(self) -> str:
        query_id = str(4_000_000_000 + next(self._ids))
        self.open_queries.add(query_id)
        return query_id

    # --- chats and messages ----------------------------------------------------------------------------

    def target_chat(self, params: dict[str, Any], *, sending: bool = True) -> int:
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise bad_request("chat_id is empty")
        if not isinstance(chat_id, int) or chat_id not in self.chats:  # nobody wrote from it, or an @username
            raise bad_request("chat not found")
        if sending and chat_id in self.blocked:
            description = BLOCKED.get(self.chats[chat_id].get("type", "private"), BLOCKED["private"])
            raise ApiError(403, description, injected=True)
        return int(chat_id)

    def store(self, chat_id: int, content: dict[str, Any]) -> dict[str, Any]:
        message = {
            "message_id": self.next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self.chats[chat_id],
            "from": self.bot_user,
            **content,
        }
        self.messages[chat_id][message["message_id"]] = message
        return telegram_view(message)

    def bot_message(self, params: dict[str, Any], action: str) -> dict[str, Any]:
        chat_id = self.target_chat(params, sending=action == "edit")
        message_id = params.get("message_id")
        message = self.messages[chat_id].get(message_id) if isinstance(message_id, int) else None
        if message is None:
            raise bad_request(f"message to {action} not found")
        if action == "edit" and message.get("from") != self.bot_user:
            raise bad_request("message can't be edited")
        return message

    # --- the methods -----------------------------------------------------------------------------------

    def done(self, params: dict[str, Any]) -> bool:
        return True

    def get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        # only getMe tells what the bot may do; messages carry the bare User
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params["url"])
        if url and not url.startswith("https://"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = str(params.get("secret_token") or "")
        if not re.fullmatch(r"[A-Za-z0-9_-]{0,256}", secret):
            raise bad_request("secret token contains unallowed characters")
        self.webhook_url, self.webhook_secret = url, secret
        if isinstance(params.get("allowed_updates"), list):
            self.allowed_updates = params["allowed_updates"]
        return True

    def delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url, self.webhook_secret = "", ""
        if checks.is_true(params.get("drop_pending_updates")):
            self.updates.clear()
        return True

    def get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook_url, "has_custom_certificate": False, "pending_update_count": len(self.updates)}

    def set_my_commands(self, params: dict[str, Any]) -> bool:
        checks.check_commands(params["commands"])
        self.commands[checks.commands_key(params)] = params["commands"]
        return True

    def get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands.get(checks.commands_key(params), [])

    def delete_my_commands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(checks.commands_key(params), None)
        return True

    def send_chat_action(self, params: dict[str, Any]) -> bool:
        self.target_chat(params)
        checks.check_chat_action(params["action"])
        return True

    def send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self.target_chat(params)
        visible = shown(params, "text")
        checks.check_text(visible["text"])
        checks.check_reply_markup(params.get("reply_markup"))
        self.check_user_links(params.get("reply_markup"))
        content: dict[str, Any] = {"text": str(params["text"]), "_shown": visible}
        if params.get("reply_markup"):
            content["reply_markup"] = params["reply_markup"]
        return self.store(chat_id, {**content, **protected(params)})

    def check_user_links(self, markup: Any) -> None:
        """A button to a user's chat by id, where their privacy settings forbid it, is refused with the message."""
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        for button in (button for row in rows for button in row):
            url = str(button.get("url") or "")
            user = url.removeprefix("tg://user?id=")
            if url.startswith("tg://user?id=") and user.isdigit() and int(user) in self.private_links:
                raise ApiError(400, "Bad Request: BUTTON_USER_PRIVACY_RESTRICTED", injected=True)

    def send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self.target_chat(params)
        visible = shown(params, "caption")
        checks.check_caption(visible["caption"])
        checks.check_reply_markup(params.get("reply_markup"))
        document, content = self._document(params["document"])
        message: dict[str, Any] = {"document": document, "_content": content}
        if visible["caption"]:
            message.update(caption=str(params["caption"]), _shown=visible)
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return self.store(chat_id, {**message, **protected(params)})

    def _document(self, upload: Any) -> tuple[dict[str, Any], bytes]:
        """An uploaded file gets a new file_id; a file_id we issued may be sent again."""
        if isinstance(upload, str) and upload in self.files:
            return self.files[upload]["document"], self.files[upload]["content"]
        if not isinstance(upload, dict):  # URLs are not fetched: a test has no internet
            raise bad_request("wrong file identifier/HTTP URL specified")
        number, content = next(self._ids), upload["content"]
        name = upload.get("filename") or "document"
        file_id = f"BQACAgIAAxkBAAI{number}"
        document = {
            "file_id": file_id,
            "file_unique_id": f"AgAD{number}",
            "file_name": name,
            "mime_type": mimetypes.guess_type(name)[0] or "application/octet-stream",
            "file_size": len(content),
        }
        self.files[file_id] = {"document": document, "content": content}
        return document, content

    def edit_message_text(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        if params.get("inline_message_id"):
            return True  # inline messages are not ours to keep
        message = self.bot_message(params, "edit")
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        visible = shown(params, "text")
        checks.check_text(visible["text"])
        checks.check_reply_markup(params.get("reply_markup"), inline_only=True)
        self.check_user_links(params.get("reply_markup"))
        return self._edit(message, {"text": str(params["text"]), "_shown": visible}, params.get("reply_markup"))

    def edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        if params.get("inline_message_id"):
            return True
        message = self.bot_message(params, "edit")
        checks.check_reply_markup(params.get("reply_markup"), inline_only=True)
        return self._edit(message, {}, params.get("reply_markup"))

    def _edit(self, message: dict[str, Any], content: dict[str, Any], markup: Any) -> dict[str, Any]:
        markup = markup or None
        same_text = content.get("_shown", message.get("_shown")) == message.get("_shown")
        if same_text and message.get("reply_markup") == markup:
            raise bad_request(NOT_MODIFIED)  # Telegram compares what the user sees, not the HTML source
        message.update(content, edit_date=int(time.time()))
        if markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        return telegram_view(message)

    def delete_message(self, params: dict[str, Any]) -> bool:
        message = self.bot_message(params, "delete")
        del self.messages[message["chat"]["id"]][message["message_id"]]
        return True

    def answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params["callback_query_id"])
        if query_id not in self.open_queries:  # never sent, or answered already
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        checks.check_answer_text(params.get("text"))
        self.open_queries.discard(query_id)
        return True
