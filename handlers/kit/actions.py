"""Button actions, each declared once: a prefix and typed fields that encode, decode and route.

    class JoinDecision(Action, prefix="jn"):
        joiner: TelegramId
        stamp: str
        verdict: Literal["ok", "no", "next"]

`JoinDecision(7, "k3x9", "ok").pack()` is the button's callback data, `jn:7:k3x9:ok`; a press comes back as that
`JoinDecision`, or as nothing at all if the data is anything the declaration could not have made (a field too
many, a word where a number goes, a verdict it does not know). Routes pair each declaration with its handler.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Iterable
from typing import (
    Annotated,
    Any,
    ClassVar,
    Literal,
    Self,
    TypeVar,
    dataclass_transform,
    get_args,
    get_origin,
    get_type_hints,
)

from handlers.kit.messages import _FIELD, CALLBACK_DATA_LIMIT, ROW_ID_LIMIT, TELEGRAM_ID_LIMIT, parse_number

# a Telegram user's id, checked against its own bound (a plain `int` field is a row's id, bound by ROW_ID_LIMIT)
TelegramId = Annotated[int, TELEGRAM_ID_LIMIT]

NONE = "-"  # an `X | None` field that holds nothing


@dataclass_transform(frozen_default=True)
class Action:
    """A button's action: subclasses are frozen dataclasses whose fields are `str`, `int`, a `Literal` of words,
    or any of these `| None`."""

    prefix: ClassVar[str]
    _parsers: ClassVar[tuple[Callable[[str], object], ...]]

    def __init_subclass__(cls, *, prefix: str | None, **kwargs: Any) -> None:
        """`prefix=None` declares a shape for others to take (as `WizardStep`), not an action of its own."""
        super().__init_subclass__(**kwargs)
        if prefix is not None and not _FIELD.match(prefix):
            raise ValueError(f"bad callback prefix {prefix!r}")
        dataclasses.dataclass(frozen=True)(cls)
        if prefix is not None:
            cls.prefix = prefix
        hints = get_type_hints(cls, include_extras=True)
        cls._parsers = tuple(_parser(hints[f.name]) for f in dataclasses.fields(cls))  # type: ignore[arg-type]

    def pack(self) -> str:
        """The callback data; a ValueError if a field would not survive the trip (too long, a colon, a space)."""
        parts = [NONE if value is None else str(value) for value in dataclasses.astuple(self)]  # type: ignore[call-overload]
        data = ":".join([self.prefix, *parts])
        if not all(_FIELD.match(part) for part in parts) or type(self).unpack(parts) != self:
            raise ValueError(f"{type(self).__name__} cannot carry {parts!r}")
        if len(data.encode()) > CALLBACK_DATA_LIMIT:
            raise ValueError(f"callback data {data!r} is over {CALLBACK_DATA_LIMIT} bytes")
        return data

    @classmethod
    def unpack(cls, parts: list[str]) -> Self | None:
        if len(parts) != len(cls._parsers):
            return None
        values = [parse(part) for parse, part in zip(cls._parsers, parts, strict=True)]
        if any(value is _REJECTED for value in values):
            return None
        return cls(*values)


_REJECTED = object()


def _parser(hint: object) -> Callable[[str], object]:
    """How one field is read back from its text: the value, or `_REJECTED`."""
    options = get_args(hint)
    if type(None) in options:  # X | None
        (inner,) = (option for option in options if option is not type(None))
        read = _parser(inner)
        return lambda text: None if text == NONE else read(text)
    if get_origin(hint) is Annotated:  # Annotated[int, limit]
        limit = options[1]
        return lambda text: _number(text, limit)
    if get_origin(hint) is Literal:
        words = frozenset(options)
        return lambda text: text if text in words else _REJECTED
    if hint is int:
        return lambda text: _number(text, ROW_ID_LIMIT)
    if hint is str:
        return lambda text: text if _FIELD.match(text) else _REJECTED
    raise TypeError(f"a button field cannot be {hint!r}")


def _number(text: str, limit: int) -> object:
    value = parse_number(text, limit)
    return _REJECTED if value is None or str(value) != text else value


@dataclasses.dataclass(frozen=True)
class Route:
    """A declaration and the handler its presses go to."""

    action: type[Action]
    handler: Callable[[Any, Any], Awaitable[None]]


A = TypeVar("A", bound=Action)


def on(action: type[A], handler: Callable[[Any, A], Awaitable[None]]) -> Route:
    """Route presses of `action` to `handler(ctx, action)`; the types say the two belong together."""
    return Route(action, handler)


class ActionTable:
    """Every declared action by prefix: decodes callback data into the action and its handler."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self._routes: dict[str, Route] = {}
        for route in routes:
            if "prefix" not in vars(route.action):
                raise ValueError(f"{route.action.__name__} is a shape, not an action: it has no prefix")
            if route.action.prefix in self._routes:
                raise ValueError(f"two actions use the prefix {route.action.prefix!r}")
            self._routes[route.action.prefix] = route

    def declarations(self) -> list[type[Action]]:
        return [route.action for route in self._routes.values()]

    def decode(self, data: str | None) -> tuple[Action, Route] | None:
        if not data or len(data.encode()) > CALLBACK_DATA_LIMIT:
            return None
        prefix, *parts = data.split(":")
        route = self._routes.get(prefix)
        action = route.action.unpack(parts) if route else None
        return (action, route) if action is not None and route is not None else None


# the commands a button may run (a menu's "Register", a card's "All events"); others only when typed
ButtonCommand = Literal[
    "register",
    "language",
    "help",
    "profile",
    "events",
    "newevent",
    "myevents",
    "campaigns",
    "subscribe",
    "partners",
    "coalitions",
]


class RunCommand(Action, prefix="cmd"):
    """A button that does what typing its command does."""

    name: ButtonCommand


class WizardStep(Action, prefix=None):
    """A press in a wizard: the run it belongs to (`token`: older runs' buttons are stale), what to do, and
    its argument (`-` for none). Each wizard declares its own, with its prefix."""

    token: str
    action: str
    arg: str

    @classmethod
    def data(cls, token: str, action: str, arg: str | int = "-") -> str:
        """The callback data of a press (an id or a number is carried as its digits)."""
        return cls(token, action, str(arg)).pack()
