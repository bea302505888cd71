"""python-telegram-bot's HTTP transport over aiohttp instead of httpx.

PTB lets an application bring its own transport (`telegram.request.BaseRequest`); everything else (the Bot,
the Application, the updater, the handlers) stays PTB's. We do it for throughput: under a broadcast the PTB
engine spent most of its CPU in httpx and reached a third of the aiogram engine's rate, while aiohttp (already
installed for aiogram) costs a fraction per request.
"""

from __future__ import annotations

import asyncio

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.engines.base import ApiHealth
from bot.logs import redact

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0


class AiohttpRequest(BaseRequest):
    def __init__(
        self, *, connections: int = 256, read_timeout: float | None = READ_TIMEOUT, health: ApiHealth | None = None
    ) -> None:
        self._connections, self._read_timeout = connections, read_timeout
        self._health = health
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self._connections))

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        await self.initialize()
        assert self._session is not None
        read = self._read_timeout if read_timeout is BaseRequest.DEFAULT_NONE else read_timeout
        timeout = aiohttp.ClientTimeout(
            sock_read=read if isinstance(read, int | float) else None, sock_connect=CONNECT_TIMEOUT
        )
        try:
            async with self._session.request(method, url, data=_body(request_data), timeout=timeout) as response:
                body = await response.read()
        except TimeoutError as error:
            raise TimedOut("the Bot API server did not answer in time") from error
        except (aiohttp.ClientError, asyncio.IncompleteReadError, ConnectionError) as error:
            # a garbled answer's ClientResponseError names the URL asked for, /bot<token>/…
            raise NetworkError(redact(f"aiohttp: {type(error).__name__}: {error}")) from error
        if self._health is not None and response.status == 200:
            self._health.succeeded()
        return response.status, body


def _body(request_data: RequestData | None) -> aiohttp.FormData | None:
    """The parameters as a form, with files as parts, as PTB's own transport sends them."""
    if request_data is None:
        return None
    form = aiohttp.FormData(request_data.json_parameters)
    for name, part in request_data.multipart_data.items():
        filename, content, *mimetype = part
        form.add_field(name, content, filename=filename, content_type=mimetype[0] if mimetype else None)
    return form
