"""Settings from the environment and an optional `.env` file (pydantic-settings)."""

from __future__ import annotations

import re
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from handlers.kit.i18n import LOCALES
from handlers.kit.pacing import FLOOD_LIMIT

DATABASE_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None
    bot_engine: Literal["aiogram", "ptb"] = "aiogram"
    database_url: str = "sqlite+aiosqlite:///./data/hub.db"
    telegram_api_url: str | None = None
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(default_factory=frozenset)
    default_locale: str = "en"
    timezone: str = "Europe/Belgrade"
    send_rate: float = Field(default=25.0, gt=0, le=1000)  # messages a second, all sends together
    tick_seconds: float = Field(default=5.0, gt=0, le=3600)  # how often due work (reminders, retries) is checked
    vouch_threshold: int = Field(default=2, ge=1, le=10)  # vouches from vetted organisations that vet a new one
    # days after an introduction is accepted (and again after a "not yet") that each side is asked if they met
    intro_followup_days: int = Field(default=14, ge=1, le=365)
    # updates one user may send in FLOOD_WINDOW seconds before the rest are dropped (handlers/kit/pacing.py);
    # 0: no limit
    flood_limit: int = Field(default=FLOOD_LIMIT, ge=0, le=10_000)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    # keys the users' pseudonyms in the logs; unset, a random key made once and kept in the database is used
    log_key: SecretStr | None = None
    # webhook mode: Telegram posts updates to WEBHOOK_URL (the public HTTPS address of this server, behind a
    # reverse proxy that forwards to WEBHOOK_LISTEN); WEBHOOK_SECRET proves a request comes from Telegram
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1:8080"
    webhook_secret: SecretStr | None = None
    # webhook updates written down and not handled yet (every process's); past it Telegram is answered 503 and sends
    # them again later, rather than the disk filling
    inbox_limit: int = Field(default=10_000, ge=1, le=10_000_000)
    # GET /metrics answers only with `Authorization: Bearer <METRICS_TOKEN>`; without a token there is no /metrics
    metrics_token: SecretStr | None = None

    @property
    def webhook_address(self) -> tuple[str, int]:
        host, _, port = self.webhook_listen.rpartition(":")
        return host, int(port)

    @field_validator("bot_token", mode="before")
    @classmethod
    def _token_shape(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None  # an empty BOT_TOKEN= line means "no token"
        if isinstance(value, str) and not re.fullmatch(r"\d+:[A-Za-z0-9_-]+", value.strip()):
            raise ValueError("should look like 123456:ABC-DEF1234ghIkl (the token from @BotFather)")
        return value.strip() if isinstance(value, str) else value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
        return value

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        """One of the two databases the hub runs on; the value is never echoed, it may hold a password."""
        try:
            driver = make_url(value).drivername
        except ArgumentError:
            driver = None
        if driver not in DATABASE_DRIVERS:
            raise ValueError(
                "should be sqlite+aiosqlite:///PATH or postgresql+asyncpg://USER:PASSWORD@HOST/NAME"
                + (f", not a {driver} URL" if driver else "")
            )
        return value

    @field_validator("default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        if value not in LOCALES:
            raise ValueError(f"must be one of {', '.join(LOCALES)}, not {value!r}")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError(f"must start with http:// or https://, not {value!r}")
        return value.rstrip("/") if value else None

    @field_validator("webhook_url")
    @classmethod
    def _https_url(cls, value: str | None) -> str | None:
        if value and not value.startswith("https://"):
            raise ValueError(f"must start with https:// (Telegram posts only to HTTPS), not {value!r}")
        return value.rstrip("/") if value else None

    @field_validator("webhook_listen")
    @classmethod
    def _host_and_port(cls, value: str) -> str:
        host, _, port = value.rpartition(":")
        if not host or not port.isdigit() or not 0 <= int(port) < 65536:
            raise ValueError(f"should be HOST:PORT, such as 127.0.0.1:8080, not {value!r}")
        return value

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _secret_shape(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        if isinstance(value, str) and not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", value.strip()):
            raise ValueError("should be 16 to 256 letters, digits, _ or - (Telegram's rule for secret tokens)")
        return value.strip() if isinstance(value, str) else value

    @field_validator("log_key", mode="before")
    @classmethod
    def _key_length(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        if isinstance(value, str) and len(value.strip()) < 16:
            raise ValueError("should be at least 16 characters (a random string, such as `openssl rand -hex 32`)")
        return value.strip() if isinstance(value, str) else value

    @field_validator("metrics_token", mode="before")
    @classmethod
    def _token68(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        if isinstance(value, str) and not re.fullmatch(r"[A-Za-z0-9._~+/-]{16,256}=*", value.strip()):
            raise ValueError("should be 16 to 256 letters, digits or -._~+/ (it goes in an Authorization header)")
        return value.strip() if isinstance(value, str) else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value


def describe_error(error: ValidationError) -> str:
    """One line naming the setting and what is wrong with it."""
    first = error.errors()[0]
    name = str(first["loc"][0]).upper() if first["loc"] else "settings"
    message = first["msg"].removeprefix("Value error, ")
    return f"invalid setting {name}: {message}"
