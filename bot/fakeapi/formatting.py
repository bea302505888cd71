"""Telegram's `parse_mode=HTML`: the text a user sees and its entities, or the error Telegram answers.

Modelled on tdlib's parser, which the Bot API uses: the same tags, the same attributes and the same error
texts ("Unsupported start tag", "Unmatched end tag", "Can't find end tag ..."), offsets in UTF-8 bytes of the
source. One deliberate difference: Telegram shows a bare `&` as text, we refuse it, because in a bot's HTML a
bare `&` almost always means user text went out unescaped, and the next user who types `<` breaks the message.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from bot.fakeapi.errors import entity_error

ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "tg-emoji": "custom_emoji",
}
CHARACTER_NAMES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}  # the only named references Telegram knows
CHARACTER_REFERENCE = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8}));")
SPACE = " \t\r\n"


def utf16_length(text: str) -> int:
    """Telegram counts lengths and entity offsets in UTF-16 code units (an emoji is 2)."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class OpenTag:
    name: str
    start: int  # byte offset of "<" in the source, for error texts
    offset: int  # where the entity begins in the visible text, in UTF-16 units
    attributes: dict[str, str] = field(default_factory=dict)


class HtmlParser:
    def __init__(self, source: str) -> None:
        self.source, self.pos = source, 0
        self.text: list[str] = []
        self.length = 0
        self.open: list[OpenTag] = []
        self.entities: list[dict[str, Any]] = []

    def parse(self) -> tuple[str, list[dict[str, Any]]]:
        while self.pos < len(self.source):
            char = self.source[self.pos]
            if self.source.startswith("</", self.pos):
                self._end_tag()
            elif char == "<":
                self._start_tag()
            elif char == "&":
                self._emit(self._character_reference())
            else:
                self._emit(char)
                self.pos += 1
        if self.open:
            raise entity_error(f'Can\'t find end tag corresponding to start tag "{self.open[-1].name}"')
        self.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return "".join(self.text), self.entities

    def _emit(self, text: str) -> None:
        self.text.append(text)
        self.length += utf16_length(text)

    def _byte_offset(self, position: int) -> int:
        return len(self.source[:position].encode())

    def _skip_spaces(self) -> None:
        while self.pos < len(self.source) and self.source[self.pos] in SPACE:
            self.pos += 1

    def _read_until(self, stops: str) -> str:
        begin = self.pos
        while self.pos < len(self.source) and self.source[self.pos] not in stops:
            self.pos += 1
        return self.source[begin : self.pos]

    def _unclosed(self, start: int) -> None:
        if self.pos >= len(self.source):
            raise entity_error(f"Unclosed start tag at byte offset {self._byte_offset(start)}")

    def _start_tag(self) -> None:
        start = self.pos
        self.pos += 1
        name = self._read_until(SPACE + ">").lower()
        self._unclosed(start)
        if name not in ENTITY_TYPES:  # also "a < b": the tag name is empty
            raise entity_error(f'Unsupported start tag "{name}" at byte offset {self._byte_offset(start)}')
        tag = OpenTag(name, start, self.length, self._attributes(start))
        self._check_attributes(tag)
        self.open.append(tag)

    def _attributes(self, start: int) -> dict[str, str]:
        attributes: dict[str, str] = {}
        while True:
            self._skip_spaces()
            self._unclosed(start)
            if self.source[self.pos] == ">":
                self.pos += 1
                return attributes
            name = self._read_until(SPACE + "=>").lower()
            self._skip_spaces()
            if not self.source.startswith("=", self.pos):
                attributes[name] = ""  # a bare attribute, as in <blockquote expandable>
                continue
            self.pos += 1
            self._skip_spaces()
            self._unclosed(start)
            attributes[name] = html.unescape(self._attribute_value(start))

    def _attribute_value(self, start: int) -> str:
        quote = self.source[self.pos]
        if quote not in "\"'":
            return self._read_until(SPACE + ">")
        end = self.source.find(quote, self.pos + 1)
        if end < 0:
            raise entity_error(f"Unclosed start tag at byte offset {self._byte_offset(start)}")
        value, self.pos = self.source[self.pos + 1 : end], end + 1
        return value

    def _check_attributes(self, tag: OpenTag) -> None:
        if tag.name == "span" and tag.attributes.get("class") != "tg-spoiler":
            raise entity_error(f'Tag "span" must have class "tg-spoiler" at byte offset {self._byte_offset(tag.start)}')
        if tag.name == "tg-emoji" and not tag.attributes.get("emoji-id", "").isdigit():
            raise entity_error("Invalid custom emoji identifier specified")

    def _end_tag(self) -> None:
        start = self.pos
        end = self.source.find(">", start)
        if end < 0:
            raise entity_error(f"Unclosed end tag at byte offset {self._byte_offset(start)}")
        name = self.source[start + 2 : end].strip().lower()
        if not self.open:
            raise entity_error(f"Unexpected end tag at byte offset {self._byte_offset(start)}")
        expected = self.open[-1].name
        if name != expected:
            raise entity_error(
                f"Unmatched end tag at byte offset {self._byte_offset(start)}, "
                f'expected "</{expected}>", found "</{name}>"'
            )
        self.pos = end + 1
        self._close(self.open.pop())

    def _close(self, tag: OpenTag) -> None:
        entity: dict[str, Any] = {
            "type": ENTITY_TYPES[tag.name],
            "offset": tag.offset,
            "length": self.length - tag.offset,
        }
        attributes = tag.attributes
        if tag.name == "code" and self.open and self.open[-1].name == "pre":
            # <pre><code class="language-python"> is one `pre` entity with a language, not two entities
            language = attributes.get("class", "").removeprefix("language-")
            if language:
                self.open[-1].attributes["language"] = language
            return
        if tag.name == "a":
            if not attributes.get("href"):
                return  # Telegram shows a link without href as plain text
            entity["url"] = attributes["href"]
        if tag.name == "pre" and attributes.get("language"):
            entity["language"] = attributes["language"]
        if tag.name == "blockquote" and "expandable" in attributes:
            entity["type"] = "expandable_blockquote"
        if tag.name == "tg-emoji":
            entity["custom_emoji_id"] = attributes["emoji-id"]
        if entity["length"] > 0:
            self.entities.append(entity)

    def _character_reference(self) -> str:
        match = CHARACTER_REFERENCE.match(self.source, self.pos)
        offset = self._byte_offset(self.pos)
        if match is None:
            raise entity_error(f'Character "&" at byte offset {offset} must be escaped as "&amp;"')
        self.pos = match.end()
        name, decimal, hexadecimal = match.groups()
        if name:
            return CHARACTER_NAMES[name]
        code = int(decimal) if decimal else int(hexadecimal, 16)
        if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise entity_error(f"Invalid character reference at byte offset {offset}")
        return chr(code)


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """The visible text and its entities; raises ApiError (400 "can't parse entities: ...") like Telegram."""
    return HtmlParser(source).parse()


def visible_html(source: str) -> str:
    return parse_html(source)[0]
