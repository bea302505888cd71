"""Profile fields and the one-screen editor for each, shared by the registration wizard and /profile."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from handlers.kit.actions import WizardStep
from handlers.kit.core import Context
from handlers.kit.i18n import LANGUAGE_NAMES, LOCALES, Html, Translator
from handlers.kit.messages import Button
from handlers.kit.taxonomy import ACTIVITIES, COUNTRIES, SECTORS, TOPICS, label_id

NAME_LIMIT = 64
ORG_NAME_LIMIT = 120
DESCRIPTION_LIMIT = 500


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text | choice | multi | bool
    options: tuple[str, ...] = ()
    label_kind: str = ""  # taxonomy kind of the options, for their labels
    min_length: int = 1
    max_length: int = 0
    optional: bool = False
    min_selected: int = 0


FIELDS = {
    f.name: f
    for f in (
        Field("name", "text", max_length=NAME_LIMIT, optional=True),
        Field("org_name", "text", min_length=2, max_length=ORG_NAME_LIMIT),
        Field("country", "choice", COUNTRIES, "country"),
        Field("sector", "choice", SECTORS, "sector"),
        Field("topics", "multi", TOPICS, "topic", min_selected=1),
        Field("activities", "multi", ACTIVITIES, "activity"),
        Field("description", "text", max_length=DESCRIPTION_LIMIT, optional=True),
        Field("discoverable", "bool"),
        Field("share_handle", "bool"),
        Field("follow_ups", "bool"),
    )
}


def field_buttons(ctx: Context, field: Field, value: Any, prefix: type[WizardStep], token: str) -> list[list[Button]]:
    """The buttons of a field's screen, without the navigation row."""

    def data(action: str, arg: str = "-") -> str:
        return prefix.data(token, action, arg)

    tr = ctx.tr
    if field.kind == "choice":
        buttons = [
            Button(_mark(option == value, tr.plain(label_id(field.label_kind, option))), data("pick", option))
            for option in field.options
        ]
        return _in_rows(buttons, 2)
    if field.kind == "multi":
        chosen = set(value or ())
        buttons = [
            Button(_mark(option in chosen, tr.plain(label_id(field.label_kind, option))), data("tog", option))
            for option in field.options
        ]
        return [*_in_rows(buttons, 2), [Button(tr.plain("btn-done"), data("done"))]]
    if field.kind == "bool":
        return [
            [
                Button(_mark(value is True, tr.plain("btn-yes")), data("pick", "yes")),
                Button(_mark(value is False, tr.plain("btn-no")), data("pick", "no")),
            ]
        ]
    return [[Button(tr.plain("btn-skip"), data("skip"))]] if field.optional else []


def language_picker(ctx: Context, written: dict[str, Any], prefix: type[WizardStep], token: str) -> list[list[Button]]:
    """Pick a language to write organiser content in (✓ where written); Done once there is one."""
    buttons = [
        Button(("✓ " if locale in written else "") + LANGUAGE_NAMES[locale], prefix.data(token, "lang", locale))
        for locale in LOCALES
    ]
    rows = [buttons[:3], buttons[3:]]
    if written:
        rows.append([Button(ctx.tr.plain("btn-done"), prefix.data(token, "textsdone"))])
    return rows


def written_in(ctx: Context, written: dict[str, Any]) -> str:
    names = ", ".join(LANGUAGE_NAMES[locale] for locale in LOCALES if locale in written)
    return "\n\n" + ctx.tr("newevent-written-in", languages=names) if names else ""


def length_error(tr: Translator, text: str, limit: int, *, measure: Callable[[str], int] = len) -> str | None:
    """The localized complaint about an empty or over-long text, or None. Message texts are measured as
    Telegram measures them (`utf16_length`); stored fields by their characters."""
    if not text:
        return tr("error-text-empty")
    if measure(text) > limit:
        return tr("error-text-too-long", limit=limit, length=measure(text))
    return None


def link_error(tr: Translator, text: str, limit: int) -> str | None:
    error = length_error(tr, text, limit)
    if error is None and (not text.startswith(("https://", "http://")) or " " in text):
        return tr("newevent-bad-link")
    return error


def field_prompt(tr: Translator, field: Field, value: Any) -> str:
    prompt = tr(f"field-{field.name.replace('_', '-')}-ask")
    if field.kind == "text" and value:
        prompt += "\n\n" + tr("field-current-value", value=str(value))
    return prompt


def parse_pick(field: Field, arg: str) -> Any:
    """The value a pressed option stands for, or None if the button was not one of ours."""
    if field.kind == "bool" and arg in ("yes", "no"):
        return arg == "yes"
    if field.kind == "choice" and arg in field.options:
        return arg
    return None


def toggle(field: Field, chosen: list[str], option: str) -> list[str] | None:
    if option not in field.options:
        return None
    selected = set(chosen) ^ {option}
    return [o for o in field.options if o in selected]


def parse_text(tr: Translator, field: Field, text: str) -> tuple[str | None, str | None]:
    """(value, None) for good input, (None, localized error) for bad."""
    value = " ".join(text.split()) if field.name != "description" else text.strip()
    if len(value) < field.min_length:
        return None, tr("error-text-empty")
    if len(value) > field.max_length:
        return None, tr("error-text-too-long", limit=field.max_length, length=len(value))
    return value, None


def describe(tr: Translator, field: Field, value: Any) -> str:
    """A field's value as the user reads it in a summary (HTML)."""
    if field.kind == "multi":
        return ", ".join(tr(label_id(field.label_kind, v)) for v in value) if value else tr("value-none")
    if field.kind == "choice":
        return tr(label_id(field.label_kind, value)) if value else tr("value-none")
    if field.kind == "bool":
        return tr("btn-yes") if value else tr("btn-no")
    return tr("value-quoted", value=value) if value else tr("value-none")


def summary_lines(tr: Translator, values: dict[str, Any], names: list[str]) -> Html:
    lines = [
        tr(
            "summary-line",
            label=Html(tr(f"label-{n.replace('_', '-')}")),
            value=Html(describe(tr, FIELDS[n], values.get(n))),
        )
        for n in names
    ]
    return Html("\n".join(lines))


def _mark(selected: bool, label: str) -> str:
    return f"✅ {label}" if selected else label


def _in_rows(buttons: list[Button], width: int) -> list[list[Button]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]
