"""Logging: plain lines, or one JSON object a line (LOG_FORMAT=json) for a log collector.

What the hub logs about an update is its id, the user as a keyed pseudonym, what handled it and how long it
took; never a message's text, a name, a phone number or a token."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

FIELDS = ("update_id", "user", "handler", "latency_ms")


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
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str, log_format: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(
        JsonFormatter()
        if log_format == "json"
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # it lists its plugins at INFO on every start
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)  # a line per update: ours says more
