"""Fluent translations and locale resolution.

One bundle per locale, loaded once from `locales/<locale>/*.ftl`. A missing message or variable is a bug:
in strict mode (tests) it raises, otherwise it is logged and the English text is used, so a raw message id
never reaches a user.
"""

from __future__ import annotations

import functools
import html
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Resource

log = logging.getLogger(__name__)

LOCALES = ("en", "de", "sq", "sr-Latn", "mk")
FALLBACK = "en"

# Telegram's language_code (an IETF tag chosen by the client) → our locale folder (DOMAIN.md).
_CLIENT_LANGUAGES = {
    "en": "en",
    "de": "de",
    "sq": "sq",
    "sr": "sr-Latn",
    "bs": "sr-Latn",
    "hr": "sr-Latn",
    "cnr": "sr-Latn",
    "sh": "sr-Latn",
    "mk": "mk",
}

# The names of the languages in themselves, for the picker.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "sq": "Shqip", "sr-Latn": "BCMS", "mk": "Македонски"}

# setMyCommands takes two-letter ISO 639-1 codes only, so `cnr` and `sh` clients see the default list.
COMMAND_LANGUAGES = {"de": ["de"], "sq": ["sq"], "sr-Latn": ["sr", "bs", "hr"], "mk": ["mk"]}

DEFAULT_LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"


def locale_from_client(language_code: str | None, default: str = FALLBACK) -> str:
    """Map a Telegram client's language tag (`sr-Latn-RS`, `de-AT`, None) to one of our locales."""
    if not language_code:
        return default
    primary = language_code.replace("_", "-").split("-")[0].lower()
    return _CLIENT_LANGUAGES.get(primary, FALLBACK)


def resolve_locale(saved: str | None, language_code: str | None, default: str = FALLBACK) -> str:
    """The user's own choice beats their client's language, which beats the configured default."""
    if saved in LOCALES:
        return saved
    return locale_from_client(language_code, default)


class MissingTranslation(LookupError):
    pass


@dataclass(frozen=True)
class Translator:
    """Formats messages in one locale, falling back to English for anything missing."""

    locale: str
    catalog: Catalog

    def __call__(self, message_id: str, **variables: Any) -> str:
        """The message as HTML: every text variable is escaped, except `Html` ones we built ourselves."""
        escaped = {name: _escape(value) for name, value in variables.items()}
        return self.catalog.format(self.locale, message_id, escaped)

    def plain(self, message_id: str, **variables: Any) -> str:
        """The message as plain text, for buttons and toasts, which Telegram does not parse as HTML."""
        return self.catalog.format(self.locale, message_id, variables)


class Html(str):
    """Text that is already safe HTML (built from our own messages and escaped parts)."""


def _escape(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Html):
        return html.escape(value, quote=False)
    return value


class Catalog:
    def __init__(self, directory: Path = DEFAULT_LOCALES_DIR, *, strict: bool = False) -> None:
        self.strict = strict
        self.bundles = {locale: _load_bundle(directory / locale, locale) for locale in LOCALES}
        self._fixed: dict[tuple[str, str], str] = {}  # messages without variables, formatted once

    def translator(self, locale: str) -> Translator:
        return Translator(locale if locale in self.bundles else FALLBACK, self)

    def format(self, locale: str, message_id: str, variables: dict[str, Any]) -> str:
        if variables:
            return self._format(locale, message_id, variables)
        # a message without variables always reads the same: buttons, headings, most toasts
        key = (locale, message_id)
        text = self._fixed.get(key)
        if text is None:
            text = self._fixed[key] = self._format(locale, message_id, variables)
        return text

    def _format(self, locale: str, message_id: str, variables: dict[str, Any]) -> str:
        for candidate in (locale, FALLBACK):
            bundle = self.bundles[candidate]
            pattern = bundle.get_message(message_id).value if bundle.has_message(message_id) else None
            if pattern is not None:
                text, errors = bundle.format_pattern(pattern, variables)
                if errors:
                    self._complain(f"{candidate}:{message_id}: {errors}")
                return str(text)
            self._complain(f"message {message_id!r} missing in {candidate}")
        raise MissingTranslation(message_id)

    def _complain(self, problem: str) -> None:
        if self.strict:
            raise MissingTranslation(problem)
        log.error("translation problem: %s", problem)


def _load_bundle(folder: Path, locale: str) -> FluentBundle:
    bundle = FluentBundle([locale.replace("-", "_"), FALLBACK], use_isolating=False)
    for path in sorted(folder.glob("*.ftl")):
        stat = path.stat()
        bundle.add_resource(_parsed(path, stat.st_mtime_ns, stat.st_size))
    return bundle


@functools.lru_cache(maxsize=256)
def _parsed(path: Path, _mtime_ns: int, _size: int) -> Resource:
    """Parsing is most of a catalog's cost; a file is parsed again only when it changed."""
    return FluentResource(path.read_text(encoding="utf-8"))
