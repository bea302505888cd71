"""Typed button actions: what a declaration packs it unpacks, and nothing it could not have made gets through."""

from __future__ import annotations

from typing import Literal

import pytest

from handlers.kit.actions import Action, ActionTable, TelegramId, on
from handlers.members.registration import RegistrationStep
from handlers.routes import build_routes


class Decide(Action, prefix="tx"):
    joiner: TelegramId
    stamp: str
    verdict: Literal["ok", "no"]


class Pair(Action, prefix="t2"):
    first: str
    second: str


class Page(Action, prefix="tp"):
    number: int
    filter: str | None


async def _decide(_ctx: object, _action: Decide) -> None: ...


async def _page(_ctx: object, _action: Page) -> None: ...


TABLE = ActionTable([on(Decide, _decide), on(Page, _page)])


def test_an_action_round_trips_through_its_callback_data():
    data = Decide(7_123_456_789, "k3x9", "ok").pack()
    assert data == "tx:7123456789:k3x9:ok"
    decoded = TABLE.decode(data)
    assert decoded is not None
    action, route = decoded
    assert action == Decide(7_123_456_789, "k3x9", "ok")
    assert route.handler is _decide


def test_an_empty_optional_field_travels_as_a_dash():
    assert Page(0, None).pack() == "tp:0:-"
    decoded = TABLE.decode("tp:0:-")
    assert decoded is not None
    assert decoded[0] == Page(0, None)
    assert decoded[1].handler is _page


@pytest.mark.parametrize(
    "forged",
    [
        "",
        "tx",
        "tx:7:k3x9",  # a field short
        "tx:7:k3x9:ok:more",  # a field too many
        "tx:7:k3x9:maybe",  # a verdict it does not know
        "tx:seven:k3x9:ok",  # a word where a number goes
        "tx:-1:k3x9:ok",
        "tx:07:k3x9:ok",  # not how it writes numbers
        "tx:²:k3x9:ok",
        "tx:99999999999999999:k3x9:ok",  # more than any Telegram id
        "tp:2147483648:-",  # more than any row id
        "tx:7:<b>:ok",
        "tx:7::ok",
        "zz:1",
        ":",
        "tp:1:" + "x" * 70,
    ],
)
def test_data_the_declarations_could_not_have_made_decodes_to_nothing(forged):
    assert TABLE.decode(forged) is None


def test_an_action_that_would_not_survive_the_trip_is_refused_when_made():
    with pytest.raises(ValueError, match="cannot carry"):
        Decide(7, "has space", "ok").pack()
    with pytest.raises(ValueError, match="cannot carry"):
        Page(1, "-").pack()  # it would come back as None
    with pytest.raises(ValueError, match="64 bytes"):
        Pair("a" * 40, "b" * 30).pack()


def test_two_declarations_cannot_share_a_prefix():
    class Other(Action, prefix="tx"):
        anything: str

    with pytest.raises(ValueError, match="prefix 'tx'"):
        ActionTable([on(Decide, _decide), on(Other, _decide)])  # type: ignore[arg-type]


HUB_ACTIONS = build_routes().actions


def test_the_hubs_buttons_round_trip():
    data = RegistrationStep.data("a1b2c3", "tog", "environmental_crime")
    assert data == "rg:a1b2c3:tog:environmental_crime"
    assert HUB_ACTIONS.decode(data) is not None
    assert HUB_ACTIONS.decode(data)[0] == RegistrationStep("a1b2c3", "tog", "environmental_crime")  # type: ignore[index]


@pytest.mark.parametrize(
    "forged",
    [
        "",
        "rg",
        "rg:a1b2c3:tog",
        "zz:1",
        "lang:en:extra",
        "rg:a1b2c3:tog:<b>",
        "lang:" + "x" * 70,
        "lang:енглески",
        "rg:a1:b::",
        ":",
        "cmd:start;drop",
        "cmd:broadcast",  # a command no button runs
        "ev:rsvp:01:going",
        "oe:delete:1:-",
        "in:acc:-",
    ],
)
def test_the_hub_decodes_nothing_it_did_not_make(forged):
    assert HUB_ACTIONS.decode(forged) is None
