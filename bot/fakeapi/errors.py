"""A Bot API failure, and the JSON body Telegram answers it with."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """Raised anywhere in the fake server; the HTTP layer turns it into `{"ok": false, ...}`."""

    def __init__(
        self, status: int, description: str, *, retry_after: int | None = None, injected: bool = False
    ) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after
        self.injected = injected  # the test asked for it (fail_next, block_chat, rate limit): not the bot's fault

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def entity_error(description: str) -> ApiError:
    return bad_request(f"can't parse entities: {description}")
