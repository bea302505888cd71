"""/start, /language, /help and /cancel: the ways in, and the way out of any flow."""

from __future__ import annotations

import functools

from handlers.events import listing
from handlers.kit.actions import Action, RunCommand
from handlers.kit.core import Context
from handlers.kit.i18n import COMMAND_LANGUAGES, FALLBACK, LANGUAGE_NAMES, LOCALES, Catalog, Html, Translator
from handlers.kit.messages import BotCommand, Button, Messenger, Screen
from handlers.partners import vouching

# the commands a member sees in Telegram's menu, in this order
MENU_COMMANDS = (
    "start",
    "register",
    "profile",
    "subscribe",
    "unsubscribe",
    "partners",
    "coalitions",
    "events",
    "myevents",
    "newevent",
    "broadcast",
    "brief",
    "campaigns",
    "language",
    "mydata",
    "forget",
    "cancel",
    "help",
)


class PickLanguage(Action, prefix="lang"):
    locale: str


def language_rows(ctx: Context) -> list[list[Button]]:
    buttons = [Button(LANGUAGE_NAMES[locale], PickLanguage(locale).pack()) for locale in LOCALES]
    return [buttons[:3], buttons[3:]]


def welcome_screen(ctx: Context) -> Screen:
    if ctx.registered:
        return Screen(ctx.tr("start-welcome-back"))
    rows = [*language_rows(ctx), [Button(ctx.tr.plain("btn-register"), RunCommand("register").pack())]]
    return Screen.of(ctx.tr("start-welcome") + "\n\n" + ctx.tr("privacy-notice"), rows)


async def start_command(ctx: Context) -> None:
    payload = ctx.incoming.args.strip()
    if await vouching.open_from_link(ctx, payload) or await listing.open_from_link(ctx, payload):
        return
    ctx.show(welcome_screen(ctx))


async def free_text(ctx: Context) -> None:
    """Text typed outside any flow: a newcomer is welcomed (they rarely start with /start); a member is told how
    to find their way."""
    if ctx.registered:
        ctx.reply(Screen(ctx.tr("error-not-understood")))
    else:
        ctx.reply(welcome_screen(ctx))


async def language_command(ctx: Context) -> None:
    ctx.show(Screen.of(ctx.tr("language-choose"), language_rows(ctx)))


async def on_language(ctx: Context, press: PickLanguage) -> None:
    """Save the chosen language and answer in it at once."""
    locale = press.locale
    if locale not in LOCALES:
        ctx.toast(ctx.tr.plain("error-button-expired"))
        return
    member = await ctx.ensure_member()
    member.locale = locale
    ctx.set_language(locale)
    ctx.toast(ctx.tr.plain("language-saved", language=LANGUAGE_NAMES[locale]))
    next_hint = "" if ctx.registered else "\n\n" + ctx.tr("language-next-register")
    rows = language_rows(ctx)
    if not ctx.registered:  # the welcome's way in stays, now in the language picked
        rows.append([Button(ctx.tr.plain("btn-register"), RunCommand("register").pack())])
    ctx.show(Screen.of(ctx.tr("language-saved", language=LANGUAGE_NAMES[locale]) + next_hint, rows))


def help_text(ctx: Context) -> Html:
    return _command_lines(ctx.tr)


@functools.lru_cache(maxsize=32)
def _command_lines(tr: Translator) -> Html:
    """The same for every member in a language: made once."""
    lines = [tr("help-line", command=command, description=tr(f"cmd-{command}")) for command in MENU_COMMANDS]
    return Html("\n".join(lines))


async def help_command(ctx: Context) -> None:
    ctx.show(Screen(ctx.tr("help-text", commands=help_text(ctx))))


async def cancel_command(ctx: Context) -> None:
    if ctx.conversation is None:
        ctx.show(Screen(ctx.tr("cancel-nothing")))
        return
    await ctx.end_flow()
    ctx.show(Screen(ctx.tr("cancel-done")))


def menu_commands(tr: Translator) -> list[BotCommand]:
    """The command menu in one language, for setMyCommands."""
    return [BotCommand(c, tr.plain(f"cmd-{c}")) for c in MENU_COMMANDS]


async def publish_commands(messenger: Messenger, catalog: Catalog) -> None:
    """Register the command menu in every language Telegram lets us name, English as the default."""
    await messenger.set_commands(menu_commands(catalog.translator(FALLBACK)), None)
    for locale, codes in COMMAND_LANGUAGES.items():
        for code in codes:
            await messenger.set_commands(menu_commands(catalog.translator(locale)), code)
