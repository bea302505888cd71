"""A reply as the inbox keeps it between the commit that decided it and its send (storage/inbox_repos.py): plain
JSON, so a process killed in between sends it at its next start. Only what the send needs: the chat, the message a
press came from (to edit it), and the screens."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from handlers.kit.messages import Button, Document, Incoming, Screen

Reply = dict[str, Any]


def kept_reply(incoming: Incoming, screens: Sequence[tuple[str, Screen | Document]]) -> Reply | None:
    """What to keep of an update's reply; None when there is nothing to send (a press's toast alone is not kept:
    Telegram lets a press be answered only for a few seconds, and the spinner stops by itself)."""
    if not screens:
        return None
    return {
        "chat": incoming.chat_id,
        "user": incoming.user_id,
        "type": incoming.chat_type,
        "message": incoming.message_id,
        "screens": [_kept(kind, item) for kind, item in screens],
    }


def replayed(reply: Reply) -> tuple[Incoming, list[tuple[str, Screen | Document]]]:
    """The reply kept by `kept_reply`, to send as it would have been sent."""
    incoming = Incoming(
        user_id=reply["user"], chat_id=reply["chat"], chat_type=reply["type"], message_id=reply["message"]
    )
    return incoming, [(item["kind"], _restored(item)) for item in reply["screens"]]


def _kept(kind: str, item: Screen | Document) -> dict[str, Any]:
    if isinstance(item, Document):
        return {
            "kind": kind,
            "file": item.filename,
            "content": base64.b64encode(item.content).decode(),
            "caption": item.caption,
            "protect": item.protect,
        }
    rows = [[[button.text, button.data, button.url] for button in row] for row in item.rows]
    kept = {"kind": kind, "text": item.text, "rows": rows, "protect": item.protect}
    if item.fallback is not None:
        kept["fallback"] = _kept(kind, item.fallback)
    return kept


def _restored(item: dict[str, Any]) -> Screen | Document:
    if "file" in item:
        return Document(item["file"], base64.b64decode(item["content"]), item["caption"], item["protect"])
    rows = tuple(tuple(Button(text, data, url) for text, data, url in row) for row in item["rows"])
    fallback = _restored(item["fallback"]) if "fallback" in item else None
    return Screen(item["text"], rows, item["protect"], fallback if isinstance(fallback, Screen) else None)
