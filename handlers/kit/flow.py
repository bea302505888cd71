"""Wizards, declared. A `Flow` is its steps — what each one shows, which buttons it answers, how it reads typed
text, where Next and Back go — and its final action. The kit does the rest the same way for every wizard:

- the draft lives in the user's conversation row, so a restart (or a SIGKILL) continues where they were;
- Back and Cancel on every screen; a button of another run, or of a step the user has left, answers "expired";
- the role a wizard needs is checked on every press and every message, not only at the start: an admin who takes
  it away mid-wizard ends the wizard, which says why;
- typed text where a step wants a button gets "use the buttons" and the step again, and changes nothing.

A step's handlers get a `Run`: the draft (a copy, kept only when the handler moves on with `go`, `next` or
`stay`) and the ways to answer.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, Generic, Self, TypeVar

from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.fields import Field, field_buttons, language_picker, parse_pick, parse_text, toggle, written_in
from handlers.kit.i18n import LANGUAGE_NAMES, LOCALES, Translator
from handlers.kit.messages import Button, Screen, parse_number
from handlers.kit.when import parse_future


@dataclass
class Draft:
    """A wizard's answers so far. Each flow declares its own as a dataclass of JSON values; the conversation row
    keeps it as a dict of its fields, so a run in progress survives a restart and a deploy that adds a field."""

    @classmethod
    def load(cls, saved: Mapping[str, Any]) -> Self:
        """From the row: fields it lacks take their defaults, keys no field has are dropped. Dicts and lists are
        copied, so changing the draft never changes the row in place (the ORM would not see the change)."""
        names = {f.name for f in fields(cls)}
        return cls(**{name: _copied(value) for name, value in saved.items() if name in names})

    def dump(self) -> dict[str, Any]:
        return {f.name: _copied(getattr(self, f.name)) for f in fields(self)}


# a flow's draft: the steps of a Flow[D] get a Run[D], so mypy checks what they read and write of it
D = TypeVar("D", bound=Draft)
ScreenFn = Callable[["Run[D]"], Screen | Awaitable[Screen]]
ButtonFn = Callable[["Run[D]", str], Awaitable[None]]
TextFn = Callable[["Run[D]", str], Awaitable[None]]
# reads typed text into the draft; returns the localized complaint, or None when the text was good
ReadFn = Callable[["Run[D]", str], str | None]
# where Next or Back goes from a step: a step's name, or one worked out from the draft (None: the flow's order)
Then = str | Callable[[D], str | None]


@dataclass(frozen=True)
class Step(Generic[D]):
    screen: ScreenFn[D]
    buttons: Mapping[str, ButtonFn[D]] = field(default_factory=dict)  # by the press's action
    text: TextFn[D] | None = None  # None: this step wants a button
    then: Then[D] | None = None
    back: Then[D] | None = None


@dataclass(frozen=True)
class Guard:
    """Who may use a wizard, and what someone else (or who lost the role) is told."""

    allows: Callable[[Context], bool]
    refusal: str  # message id


ORGANISERS = Guard(lambda ctx: ctx.is_organiser, "event-organisers-only")
ADMINS = Guard(lambda ctx: ctx.is_admin, "admin-only")


@dataclass
class Run(Generic[D]):
    """One press or message inside a wizard's run; `data` is its draft."""

    ctx: Context
    flow: Flow[D]
    step: str
    data: D
    token: str

    @property
    def tr(self) -> Translator:
        return self.ctx.tr

    def button(self, label: str, action: str, arg: object = "-") -> Button:
        """A button of this run: `label` is shown as it is; see `labelled` for a message id."""
        return Button(label, self.flow.press.data(self.token, action, str(arg)))

    def labelled(self, message_id: str, action: str, arg: object = "-", **args: Any) -> Button:
        return self.button(self.tr.plain(message_id, **args), action, arg)

    def nav(self, *, back: bool = True) -> list[Button]:
        """The Back and Cancel row every step ends with."""
        row = [self.labelled("btn-back", "back")] if back else []
        return [*row, self.labelled("btn-cancel", "cancel")]

    async def go(self, step: str, *, above: str = "") -> None:
        """Keep the draft, at `step`, and show it (an edit after a press, a new message after typing), with
        `above` it what was just done, if anything."""
        conversation = self.ctx.conversation
        assert conversation is not None
        conversation.data, conversation.step = self.data.dump(), step
        self.step = step
        screen = await self.flow.screen(self)
        self.ctx.show(replace(screen, text=above + "\n\n" + screen.text) if above else screen)

    async def stay(self, *, above: str = "") -> None:
        await self.go(self.step, above=above)

    async def next(self) -> None:
        await self.go(self.flow.next_step(self.data, self.step))

    async def back(self) -> None:
        await self.go(self.flow.previous_step(self.data, self.step))

    def expired(self) -> None:
        self.ctx.toast(self.tr.plain("error-button-expired"))

    async def hint(self, message: str) -> None:
        """A complaint about what was typed, then the step again; the draft stays as it was."""
        self.ctx.reply(Screen(message))
        saved = self.flow.run_of(self.ctx)
        self.ctx.reply(await self.flow.screen(saved))

    async def finish(self, screen: Screen) -> None:
        """The wizard is over: its state goes, and `screen` takes its place."""
        await self.ctx.end_flow()
        self.ctx.show(screen)


@dataclass(frozen=True)
class Flow(Generic[D]):
    name: str  # the conversation's flow
    press: type[WizardStep]
    steps: Mapping[str, Step[D]]
    first: str
    cancelled: str  # message id of what Cancel shows
    draft: type[D]
    fresh: Callable[[Context], D] | None = None  # a new run's draft (by default `draft()`)
    guard: Guard | None = None
    order: Callable[[D], Sequence[str]] | None = None  # for Next and Back, where a step names neither
    summary: str | None = None  # an edit made from the summary returns to it, once `complete`
    complete: Callable[[D], bool] = lambda data: True
    in_progress: str | None = None  # message id: offer to continue a run in progress rather than start over

    def allowed(self, ctx: Context) -> bool:
        return self.guard is None or self.guard.allows(ctx)

    async def start(self, ctx: Context, step: str | None = None, data: D | None = None) -> None:
        """Begin a run (or, with `in_progress`, offer to continue the one the user left)."""
        if not self.allowed(ctx):
            assert self.guard is not None
            ctx.show(Screen(ctx.tr(self.guard.refusal)))
            return
        current = ctx.conversation
        if self.in_progress and step is None and current is not None and current.flow == self.name:
            run = self.run_of(ctx)
            continuing = [run.labelled("btn-continue", "continue"), run.labelled("btn-start-over", "restart")]
            ctx.show(Screen.of(ctx.tr(self.in_progress), [continuing]))
            return
        await self._begin(ctx, step, data)

    async def _begin(self, ctx: Context, step: str | None = None, data: D | None = None) -> None:
        await ctx.start_flow(self.name, step or self.first, (self.new_draft(ctx) if data is None else data).dump())
        ctx.show(await self.screen(self.run_of(ctx)))

    def new_draft(self, ctx: Context) -> D:
        return self.fresh(ctx) if self.fresh is not None else self.draft()

    def run_of(self, ctx: Context) -> Run[D]:
        conversation = ctx.conversation
        assert conversation is not None and conversation.flow == self.name
        return Run(ctx, self, conversation.step, self.draft.load(conversation.data), conversation.token)

    async def screen(self, run: Run[D]) -> Screen:
        shown = self.steps[run.step].screen(run)
        return await shown if inspect.isawaitable(shown) else shown

    async def on_button(self, ctx: Context, press: WizardStep) -> None:
        if ctx.flow_run(self.name, press.token) is None:
            ctx.toast(ctx.tr.plain("error-button-expired"))
            return
        if not self.allowed(ctx):
            await self._refuse(ctx)
            return
        run = self.run_of(ctx)
        step = self.steps.get(run.step)
        handler = step.buttons.get(press.action) if step else None
        if handler is None:
            handler = _EVERY_STEP.get(press.action)
        if handler is None or step is None:
            run.expired()
            return
        await handler(run, press.arg)

    async def on_text(self, ctx: Context) -> None:
        assert ctx.incoming.text is not None
        if not self.allowed(ctx):
            await self._refuse(ctx)
            return
        run = self.run_of(ctx)
        step = self.steps.get(run.step)
        if step is None or step.text is None:
            await run.hint(ctx.tr("error-use-buttons"))
            return
        await step.text(run, ctx.incoming.text)

    async def _refuse(self, ctx: Context) -> None:
        assert self.guard is not None
        await ctx.end_flow_refused(self.guard.refusal)

    def next_step(self, data: D, step: str) -> str:
        """Where Next goes: the step's own `then`, else back to the summary when editing, else the next in order."""
        chosen = _where(self.steps[step].then, data)
        if chosen is not None:
            return chosen
        if self.summary and getattr(data, "editing", False) and self.complete(data):
            return self.summary
        order = list(self.order(data)) if self.order else [step]
        return order[min(order.index(step) + 1, len(order) - 1)] if step in order else order[0]

    def previous_step(self, data: D, step: str) -> str:
        chosen = _where(self.steps[step].back, data) if step in self.steps else None
        if chosen is not None:
            return chosen
        if self.summary and getattr(data, "editing", False) and self.complete(data) and step != self.summary:
            return self.summary
        order = list(self.order(data)) if self.order else [self.first]
        return order[max(order.index(step) - 1, 0)] if step in order else order[0]


def _where(then: Then[D] | None, data: D) -> str | None:
    return then(data) if callable(then) else then


def _copied(value: Any) -> Any:
    """A copy of a draft's value deep enough for its dicts (of strings or lists) and lists: two levels."""
    if isinstance(value, dict):
        return {k: list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v for k, v in value.items()}
    return list(value) if isinstance(value, list) else value


async def _cancel(run: Run, arg: str) -> None:
    await run.finish(Screen(run.tr(run.flow.cancelled)))


async def _back(run: Run, arg: str) -> None:
    await run.back()


async def _continue(run: Run, arg: str) -> None:
    if run.flow.in_progress is None:
        run.expired()
        return
    await run.stay()


async def _restart(run: Run, arg: str) -> None:
    if run.flow.in_progress is None:
        run.expired()
        return
    await run.flow._begin(run.ctx)


_EVERY_STEP: dict[str, ButtonFn] = {"cancel": _cancel, "back": _back, "continue": _continue, "restart": _restart}


# --- steps built from a field (kit/fields.py): a typed text, one choice, several, or yes/no ---


def prompt_of(message_id: str | Callable[[Run], str]) -> Callable[[Run], str]:
    return message_id if callable(message_id) else (lambda run: run.tr(message_id))


def field_step(
    field: Field,
    prompt: str | Callable[[Run], str],
    *,
    key: str | None = None,
    then: Then | None = None,
    back: Then | None = None,
    nav_back: bool = True,
) -> Step:
    """A step that sets `data[key]` (the field's name by default) from its buttons or, for a text field, from
    what the user types (an optional one can be skipped)."""
    name, ask = key or field.name, prompt_of(prompt)

    def screen(run: Run) -> Screen:
        rows = field_buttons(run.ctx, field, getattr(run.data, name), run.flow.press, run.token)
        return Screen.of(ask(run), [*rows, run.nav(back=nav_back)])

    async def pick(run: Run, arg: str) -> None:
        value = parse_pick(field, arg)
        if value is None:
            run.expired()
            return
        setattr(run.data, name, value)
        await run.next()

    async def flip(run: Run, arg: str) -> None:
        chosen = toggle(field, getattr(run.data, name) or [], arg)
        if chosen is None:
            run.expired()
            return
        setattr(run.data, name, chosen)
        await run.stay()

    async def done(run: Run, arg: str) -> None:
        if len(getattr(run.data, name) or []) < field.min_selected:
            run.ctx.toast(run.tr.plain("error-pick-at-least-one"))
            return
        setattr(run.data, name, getattr(run.data, name) or [])
        await run.next()

    async def skip(run: Run, arg: str) -> None:
        setattr(run.data, name, None)
        await run.next()

    def read(run: Run, text: str) -> str | None:
        value, error = parse_text(run.tr, field, text)
        if error is None:
            setattr(run.data, name, value)
        return error

    buttons: Mapping[str, ButtonFn] = {
        "choice": {"pick": pick},
        "bool": {"pick": pick},
        "multi": {"tog": flip, "done": done},
        "text": {"skip": skip} if field.optional else {},
    }[field.kind]
    return Step(screen, buttons, reads(read) if field.kind == "text" else None, then, back)


def reads(read: ReadFn[D]) -> TextFn[D]:
    """A step's text handler from a reader: good text moves on to the next step, bad text gets its complaint."""

    async def on_text(run: Run[D], text: str) -> None:
        error = read(run, text)
        if error is not None:
            await run.hint(error)
            return
        await run.next()

    return on_text


def reads_future(key: str) -> ReadFn[Any]:
    """A reader of a time to come (an event's start, a campaign's "send later"), typed in the user's zone, into
    the draft's `key` as an ISO string."""

    def read(run: Run[Any], text: str) -> str | None:
        moment = parse_future(text, run.ctx.zone, run.ctx.now)
        if isinstance(moment, str):
            return run.tr(moment)
        setattr(run.data, key, moment.isoformat())
        return None

    return read


def languages_step(prompt: str, *, texts: str, write: str, then: Then) -> Step:
    """Pick a language to write organiser content in (`data[texts]`, by locale): a language opens step `write`
    for it (with `data["cur"]` set); Done, once there is one, goes on."""

    def screen(run: Run) -> Screen:
        written = getattr(run.data, texts)
        picker = language_picker(run.ctx, written, run.flow.press, run.token)
        return Screen.of(run.tr(prompt) + written_in(run.ctx, written), [*picker, run.nav(back=False)])

    async def language(run: Run, arg: str) -> None:
        if arg not in LOCALES:
            run.expired()
            return
        run.data.cur = arg
        await run.go(write)

    async def done(run: Run, arg: str) -> None:
        if not getattr(run.data, texts):
            run.expired()
            return
        await run.next()

    return Step(screen, {"lang": language, "textsdone": done}, then=then)


# --- menu-style wizards: a step is a screen whose buttons open other steps ---


def opens(step: str) -> ButtonFn:
    """A button that opens `step`, the draft as it is."""

    async def press(run: Run, arg: str) -> None:
        await run.go(step)

    return press


def opens_item(step: str, key: str) -> ButtonFn:
    """A button of a list (its arg a row's id, or a page) that opens `step` with the number at `data[key]`."""

    async def press(run: Run, arg: str) -> None:
        number = parse_number(arg)
        if number is None:
            run.expired()
            return
        setattr(run.data, key, number)
        await run.go(step)

    return press


async def stale(run: Run, arg: str) -> None:
    """For an action the kit answers on every step that this one does not show (Back on a menu without one):
    an old press of it answers "expired" rather than showing the step again."""
    run.expired()


def while_allowed(
    steps: Mapping[str, Step[D]],
    allows: Callable[[Context], bool],
    typed: Callable[[Context], Awaitable[bool]] | None = None,
) -> dict[str, Step[D]]:
    """Steps whose every button, Back and Cancel too, works only while `allows(ctx)`, and otherwise answers
    "expired" and leaves the run as it was — for a condition that is not a role (a `Guard` ends the run), such as
    a member who still acts for an organisation. `typed`, if given, is checked before any typed text; it tells
    the user why not itself."""

    def checked_press(handler: ButtonFn) -> ButtonFn:
        async def press(run: Run, arg: str) -> None:
            if not allows(run.ctx):
                run.expired()
                return
            await handler(run, arg)

        return press

    def checked_text(handler: TextFn | None, may_type: Callable[[Context], Awaitable[bool]]) -> TextFn:
        async def on_text(run: Run, text: str) -> None:
            if not await may_type(run.ctx):
                return
            if handler is None:
                await run.hint(run.tr("error-use-buttons"))
                return
            await handler(run, text)

        return on_text

    return {
        name: replace(
            step,
            buttons={action: checked_press(h) for action, h in {**_EVERY_STEP, **step.buttons}.items()},
            text=checked_text(step.text, typed) if typed is not None else step.text,
        )
        for name, step in steps.items()
    }


def cancel_returns(to: str, steps: Mapping[str, Step[D]]) -> dict[str, Step[D]]:
    """Steps below the menu `to` whose Cancel returns to it rather than ending the run: only the menu's own
    Cancel (its Close) ends it."""
    return {
        name: step if name == to else replace(step, buttons={"cancel": opens(to), **step.buttons})
        for name, step in steps.items()
    }


def ticked(run: Run, label: str, chosen: bool, action: str, arg: object = "-") -> Button:
    """An option's button, ✅ when it is the one chosen (or one of those)."""
    return run.button(f"✅ {label}" if chosen else label, action, arg)


def written_step(prompt: str, written: str, read: ReadFn[D], *, limit: int, then: Then[D] | None = None) -> Step[D]:
    """Organiser content typed in the language being written (`data["cur"]`), kept in `data[written]` by locale:
    the prompt names the language and the limit, and what is written so far is shown."""

    def screen(run: Run) -> Screen:
        stored = getattr(run.data, written).get(run.data.cur, "")
        hint = "\n\n" + run.tr("field-current-value", value=stored) if stored else ""
        language = LANGUAGE_NAMES[run.data.cur]
        return Screen.of(run.tr(prompt, language=language, limit=limit) + hint, [run.nav()])

    return Step(screen, text=reads(read), then=then)


# --- a one-value editor opened from a menu (as /profile's): the answer is kept at once, then the menu again ---


def editor_step(
    field: Field,
    prompt: str | Callable[[Run], str],
    save: Callable[[Run, Any], Awaitable[bool]],
    *,
    menu: str,
    saved: str,
    key: str = "draft",
) -> Step:
    """A `field_step` editing one value (`data[key]`, the current value when the editor opens) whose answer `save`
    keeps at once; it returns False when it refused, having said why, and the editor stays. Once kept, as after
    Back or Cancel, the draft goes and the run is back at step `menu`; `saved` (a message id) says the value was
    kept: as a toast after a press, above the menu after typing (a message gets no toast)."""
    asked = field_step(field, prompt, key=key)

    async def to_menu(run: Run, notice: str | None = None) -> None:
        setattr(run.data, key, None)
        await run.go(menu, above=notice or "")

    class Answered(Run[Any]):
        async def next(self) -> None:  # where the field step would go on, the answer is kept instead
            if await save(self, getattr(self.data, key)):
                self.ctx.toast(self.tr.plain(saved))
                await to_menu(self, None if self.ctx.incoming.is_callback else self.tr(saved))

    def answering(handler: ButtonFn) -> ButtonFn:
        async def answer(run: Run, arg: str) -> None:
            await handler(Answered(run.ctx, run.flow, run.step, run.data, run.token), arg)

        return answer

    async def leave(run: Run, arg: str) -> None:
        await to_menu(run)

    buttons = {action: answering(handler) for action, handler in asked.buttons.items()}
    text = answering(asked.text) if asked.text else None
    return Step(asked.screen, {**buttons, "back": leave, "cancel": leave}, text)
