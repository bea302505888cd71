"""Logging: plain lines, or one JSON object a line (LOG_FORMAT=json) for a log collector.

What the hub logs about an update is its id, the user as a keyed pseudonym, what handled it and how long it
took; never a message's text, a name, a phone number or a token. A token can still hide in an error: aiohttp's
errors for a garbled answer name the URL asked for, /bot<token>/…; every line written is therefore cleared of the
secrets the runtime registers (`keep_secret`), and the engines clear their error messages with `redact`."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

FIELDS = ("update_id", "user", "handler", "latency_ms")
REDACTED = "<redacted>"

_secrets: set[str] = set()


def keep_secret(value: str) -> None:
    """Never write `value` (the bot token, the webhook secret…) to a log line or an error message."""
    if len(value) >= 8:  # shorter is no secret worth the name, and would blank ordinary words
        _secrets.add(value)
        _, _, after_colon = value.partition(":")  # the token's secret half, after its public bot id
        if len(after_colon) >= 8:
            _secrets.add(after_colon)


def redact(text: str) -> str:
    """`text` with every registered secret replaced; the longest first, so a token goes before its half."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


class PlainFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({name: getattr(record, name) for name in FIELDS if hasattr(record, name)})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return redact(json.dumps(entry, ensure_ascii=False))


def configure(level: str, log_format: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(
        JsonFormatter() if log_format == "json" else PlainFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # it lists its plugins at INFO on every start
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)  # a line per update: ours says more
