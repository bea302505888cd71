"""The real bot, `python -m bot run`, in a process of its own against the fake server: a test can SIGKILL it and
start it again. It counts the updates it answered from its JSON log, across restarts, so a `tests.chat.Chat`
waits on it as on an in-process hub."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

from bot.fakeapi import FakeBotAPI

ROOT = Path(__file__).resolve().parents[1]


WEBHOOK_PUBLIC = "https://hub.example.test"


class BotProcess:
    """`webhook_port`: in webhook mode, listening there (the same port across restarts, as behind a proxy)."""

    def __init__(
        self, api: FakeBotAPI, database_url: str, engine: str, *, webhook_port: int | None = None, **env: str
    ) -> None:
        self.api = api
        self.webhook_port = webhook_port
        if webhook_port is not None:
            env = {
                "WEBHOOK_URL": WEBHOOK_PUBLIC,
                "WEBHOOK_LISTEN": f"127.0.0.1:{webhook_port}",
                "WEBHOOK_SECRET": "Webhook_secret-0123456789abcdef",
                **env,
            }
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": api.token,
            "TELEGRAM_API_URL": api.base_url,
            "DATABASE_URL": database_url,
            "BOT_ENGINE": engine,
            "LOG_FORMAT": "json",
            "LOG_LEVEL": "INFO",
            "TICK_SECONDS": "0.5",
            "FLOOD_LIMIT": "0",
            **env,
        }  # journeys faster than a person: no limit
        self.handled = 0  # updates answered (or recognised as answered before), by every run so far
        self.starts = 0
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Start and return once the bot polls (or, in webhook mode, has set its webhook)."""
        first_call = len(self.api.calls)
        self._process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            env=self.env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        self._reader = asyncio.create_task(self._read_log(self._process))
        self.starts += 1
        await self.api.wait_for(lambda c: c.method == "setMyCommands", start=first_call, timeout=30)
        if self.webhook_port is not None:
            await self.api.wait_for(lambda c: c.method == "setWebhook", start=first_call, timeout=30)
            self.api.webhook_targets = [f"http://127.0.0.1:{self.webhook_port}"]
            return
        await self.api.wait_until(lambda: self.api.polling > 0, timeout=10)

    async def kill(self) -> None:
        """SIGKILL: no cleanup of any kind, as when the machine loses power or the OOM killer strikes."""
        await self._end(signal.SIGKILL)

    async def stop(self) -> int:
        """SIGTERM, the clean stop; the exit status."""
        return await self._end(signal.SIGTERM)

    async def _end(self, signal_number: int) -> int:
        assert self._process is not None
        with contextlib.suppress(ProcessLookupError):
            self._process.send_signal(signal_number)
        status = await self._process.wait()
        if self._reader is not None:
            await self._reader
        self._process = None
        return status

    async def _read_log(self, process: asyncio.subprocess.Process) -> None:
        assert process.stderr is not None
        async for line in process.stderr:
            try:
                record: dict[str, Any] = json.loads(line)
            except ValueError:
                continue
            if record.get("logger") == "handlers.kit.core" and record.get("update_id") is not None:
                self.handled += 1

    async def __aenter__(self) -> BotProcess:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._process is not None:
            await self.stop()
