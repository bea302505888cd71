"""The flow kit's one-value editor (`editor_step`), as /profile uses it: a menu, an editor per value, the answer
kept at once and the menu again; driven through `Hub.dispatch` like test_flow's wizard."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from handlers.kit.actions import ActionTable, WizardStep, on
from handlers.kit.core import Context, Hub, HubSettings, Routes
from handlers.kit.fields import FIELDS
from handlers.kit.flow import Draft, Flow, Run, Step, editor_step
from handlers.kit.i18n import Catalog
from handlers.kit.messages import Screen
from storage import repos
from tests.unit.test_flow import EN, USER, User, sessions  # noqa: F401 (sessions: a fixture)


class MenuStep(WizardStep, prefix="mn"):
    """A press in the test menu."""


stored: dict[str, Any] = {}


@dataclass
class MenuDraft(Draft):
    draft: Any = None  # the value being edited


def _menu(run: Run) -> Screen:
    values = " ".join(f"{name}={stored.get(name)}" for name in ("name", "country"))
    return Screen.of(f"menu {values}", [[run.button("Name", "edit", "name"), run.button("Country", "edit", "country")]])


async def _edit(run: Run, arg: str) -> None:
    run.data = MenuDraft(stored.get(arg))
    await run.go(arg)


async def _save(run: Run, value: Any) -> bool:
    if value == "Taken":
        await run.hint("taken")
        return False
    stored[run.step] = value
    return True


def _editor(name: str) -> Step:
    return editor_step(FIELDS[name], f"field-{name}-ask", _save, menu="menu", saved="profile-saved")


MENU = Flow(
    "menu",
    MenuStep,
    first="menu",
    cancelled="profile-closed",
    draft=MenuDraft,
    steps={"menu": Step(_menu, {"edit": _edit}), "name": _editor("name"), "country": _editor("country")},
)


async def _menu_command(ctx: Context) -> None:
    await MENU.start(ctx)


@pytest.fixture
def user(sessions) -> User:  # type: ignore[no-untyped-def]  # noqa: F811
    stored.clear()
    routes = Routes(
        commands={"menu": _menu_command},
        actions=ActionTable([on(MenuStep, MENU.on_button)]),
        flows_text={MENU.name: MENU.on_text},
    )
    return User(Hub(sessions, Catalog(), HubSettings(), routes))


async def _conversation(hub: Hub) -> tuple[str, dict[str, Any]] | None:
    async with hub.sessions() as session:
        conversation = await repos.get_conversation(session, USER)
        return (conversation.step, conversation.data) if conversation else None


async def test_a_pressed_answer_is_kept_at_once_with_a_toast_and_the_menu_again(user: User) -> None:
    await user.type("/menu")
    await user.press(user.button("Country"))
    assert await _conversation(user.hub) == ("country", {"draft": None})
    await user.press(user.button("Kosovo"))
    assert stored == {"country": "xk"}
    assert user.seen.toasts[-1] == EN.plain("profile-saved")
    assert user.last.text == "menu name=None country=xk", "the menu as it is, no notice above it"
    assert await _conversation(user.hub) == ("menu", {"draft": None}), "the draft went"


async def test_a_typed_answer_is_kept_with_the_notice_above_the_menu(user: User) -> None:
    await user.type("/menu")
    await user.press(user.button("Name"))
    await user.type("  Ana  ")
    assert stored == {"name": "Ana"}
    assert user.last.text == EN("profile-saved") + "\n\nmenu name=Ana country=None"
    assert await _conversation(user.hub) == ("menu", {"draft": None})


async def test_a_refused_answer_leaves_the_editor_and_the_draft_as_they_were(user: User) -> None:
    await user.type("/menu")
    await user.press(user.button("Name"))
    await user.type("Taken")
    complaint, again = user.seen.screens[-2:]
    assert complaint.text == "taken" and again.text.startswith(EN("field-name-ask"))
    assert stored == {}
    assert await _conversation(user.hub) == ("name", {"draft": None})


async def test_back_and_cancel_in_an_editor_return_to_the_menu_without_the_draft(user: User) -> None:
    await user.type("/menu")
    for leave in ("btn-back", "btn-cancel"):
        await user.press(user.button("Country"))
        await user.press(user.button(EN.plain(leave)))
        assert user.last.text == "menu name=None country=None"
        assert await _conversation(user.hub) == ("menu", {"draft": None})
    assert stored == {}
