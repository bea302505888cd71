"""The flow kit without a Bot API: a small wizard declared with it, driven through `Hub.dispatch` on a real
SQLite database, with a messenger that records what the user would see."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from handlers.kit.actions import ActionTable, WizardStep, on
from handlers.kit.core import Context, Hub, HubSettings, Routes
from handlers.kit.fields import Field
from handlers.kit.flow import Draft, Flow, Guard, Run, Step, field_step
from handlers.kit.i18n import Catalog
from handlers.kit.messages import Button, Document, Incoming, Screen, message_incoming
from handlers.kit.taxonomy import COUNTRIES, TOPICS
from storage import repos
from storage.db import create_engine, migrate, session_factory

USER = 7
EN = Catalog().translator("en")


class QuizStep(WizardStep, prefix="qz"):
    """A press in the test wizard."""


class Seen:
    """A messenger that keeps every screen sent or edited, and every toast."""

    def __init__(self) -> None:
        self.screens: list[Screen] = []
        self.toasts: list[str | None] = []

    async def send(self, chat_id: int, screen: Screen) -> int:
        self.screens.append(screen)
        return len(self.screens)

    async def edit(self, chat_id: int, message_id: int, screen: Screen) -> None:
        self.screens.append(screen)

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        self.toasts.append(text)

    async def send_document(self, chat_id: int, document: Document) -> None:
        raise AssertionError("no documents here")

    async def set_commands(self, commands: object, language_code: str | None) -> None:
        return None


allowed = {USER}
kept: list[dict[str, object]] = []


@dataclass
class QuizDraft(Draft):
    country: str | None = None
    topics: list[str] = field(default_factory=list)


async def _summary(run: Run[QuizDraft]) -> Screen:
    return Screen.of(f"summary {run.data.country} {run.data.topics}", [[run.button("OK", "ok")], run.nav()])


async def _ok(run: Run[QuizDraft], arg: str) -> None:
    kept.append(run.data.dump())
    await run.finish(Screen("kept"))


QUIZ = Flow(
    "quiz",
    QuizStep,
    first="country",
    cancelled="brief-cancelled",
    draft=QuizDraft,
    guard=Guard(lambda ctx: ctx.user_id in allowed, "admin-only"),
    order=lambda data: ["country", "topics", "summary"],
    steps={
        "country": field_step(Field("country", "choice", COUNTRIES, "country"), "field-country-ask", nav_back=False),
        "topics": field_step(Field("topics", "multi", TOPICS, "topic", min_selected=1), "field-topics-ask"),
        "summary": Step(_summary, {"ok": _ok}),
    },
)


async def _quiz_command(ctx: Context) -> None:
    await QUIZ.start(ctx)


def _routes() -> Routes:
    return Routes(
        commands={"quiz": _quiz_command},
        actions=ActionTable([on(QuizStep, QUIZ.on_button)]),
        flows_text={QUIZ.name: QUIZ.on_text},
    )


class User:
    """One user talking to a hub: types, presses the buttons of the last screen, reads what came back."""

    def __init__(self, hub: Hub) -> None:
        self.hub, self.seen, self.updates = hub, Seen(), itertools.count(1)

    @property
    def last(self) -> Screen:
        return self.seen.screens[-1]

    def button(self, label: str) -> Button:
        return next(b for row in self.last.rows for b in row if b.text == label)

    async def type(self, text: str) -> None:
        incoming = message_incoming(
            user_id=USER,
            chat_id=USER,
            chat_type="private",
            language_code="en",
            username=None,
            text=text,
            bot_username="quiz_bot",
        )
        await self.hub.dispatch(incoming, self.seen)

    async def press(self, button: Button | str) -> None:
        data = button.data if isinstance(button, Button) else button
        incoming = Incoming(USER, USER, language_code="en", callback_id="1", callback_data=data, message_id=1)
        await self.hub.dispatch(incoming, self.seen)


@pytest.fixture
async def sessions(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/quiz.db")
    await migrate(engine)
    yield session_factory(engine)
    await engine.dispose()


@pytest.fixture
def user(sessions) -> User:  # type: ignore[no-untyped-def]
    allowed.add(USER)
    kept.clear()
    return User(Hub(sessions, Catalog(), HubSettings(), _routes()))


async def _step(hub: Hub) -> str | None:
    async with hub.sessions() as session:
        conversation = await repos.get_conversation(session, USER)
        return conversation.step if conversation else None


async def test_back_returns_to_the_step_before_with_the_answer_kept(user: User) -> None:
    await user.type("/quiz")
    assert [b.text for b in user.last.rows[-1]] == [EN.plain("btn-cancel")], "the first step has no Back"
    await user.press(user.button("Albania"))
    assert await _step(user.hub) == "topics"
    await user.press(user.button(EN.plain("btn-back")))
    assert await _step(user.hub) == "country"
    assert user.button("✅ Albania"), "the answer given is still marked"


async def test_cancel_ends_the_run_and_its_old_buttons_answer_expired(user: User) -> None:
    await user.type("/quiz")
    albania = user.button("Albania")
    await user.press(user.button(EN.plain("btn-cancel")))
    assert user.last.text == EN("brief-cancelled")
    assert await _step(user.hub) is None
    await user.press(albania)
    assert user.seen.toasts[-1] == EN.plain("error-button-expired")
    assert await _step(user.hub) is None, "an old button starts nothing"


async def test_a_button_of_a_step_left_behind_answers_expired_and_changes_nothing(user: User) -> None:
    await user.type("/quiz")
    albania = user.button("Albania")
    await user.press(albania)
    await user.press(albania)  # "pick" is not an action of the topics step
    assert user.seen.toasts[-1] == EN.plain("error-button-expired")
    assert await _step(user.hub) == "topics"


async def test_text_where_a_button_is_wanted_gets_a_hint_and_the_step_again(user: User) -> None:
    await user.type("/quiz")
    await user.type("Albania")
    hint, again = user.seen.screens[-2:]
    assert hint.text == EN("error-use-buttons")
    assert again.rows == user.seen.screens[0].rows
    assert await _step(user.hub) == "country"


async def test_done_needs_a_topic_and_the_summary_keeps_only_on_ok(user: User) -> None:
    await user.type("/quiz")
    await user.press(user.button("Kosovo"))
    await user.press(user.button(EN.plain("btn-done")))
    assert user.seen.toasts[-1] == EN.plain("error-pick-at-least-one")
    await user.press(user.button("Youth"))
    await user.press(user.button(EN.plain("btn-done")))
    assert user.last.text == "summary xk ['youth']"
    assert kept == []
    await user.press(user.button("OK"))
    assert kept == [{"country": "xk", "topics": ["youth"]}]
    assert await _step(user.hub) is None


async def test_the_role_is_checked_at_every_step_not_only_the_first(user: User) -> None:
    await user.type("/quiz")
    albania = user.button("Albania")
    allowed.discard(USER)  # an admin takes the role away mid-wizard
    await user.press(albania)
    assert user.last.text == EN("admin-only")
    assert await _step(user.hub) is None, "the wizard ends"
    await user.type("/quiz")
    assert user.last.text == EN("admin-only"), "and cannot be started again"
    assert await _step(user.hub) is None


async def test_a_new_hub_on_the_same_database_continues_where_the_user_was(user: User) -> None:
    await user.type("/quiz")
    await user.press(user.button("Montenegro"))
    restarted = User(Hub(user.hub.sessions, Catalog(), HubSettings(), _routes()))
    restarted.seen.screens.append(user.last)  # the buttons still on the user's screen
    await restarted.press(restarted.button("Gender"))
    await restarted.press(restarted.button(EN.plain("btn-done")))
    assert restarted.last.text == "summary me ['gender']"


def test_a_draft_saved_before_a_deploy_loads_and_changing_it_leaves_the_row_alone():
    saved = {"country": "al", "topics": ["youth"], "gone": "a key no field has any more"}
    draft = QuizDraft.load(saved)
    assert draft == QuizDraft(country="al", topics=["youth"])
    assert QuizDraft.load({"country": "rs"}) == QuizDraft(country="rs", topics=[]), "a field added since: its default"
    draft.topics.append("gender")
    assert saved["topics"] == ["youth"], "the row as the ORM loaded it is not changed in place"
    assert draft.dump() == {"country": "al", "topics": ["youth", "gender"]}
