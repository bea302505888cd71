"""Every locale has every message with the same variables, and nothing renders a raw id or placeholder."""

from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from handlers.kit.i18n import DEFAULT_LOCALES_DIR, LOCALES, Catalog, locale_from_client, resolve_locale
from handlers.kit.taxonomy import ACTIVITIES, COUNTRIES, EVENT_FORMATS, EVENT_SCOPES, SECTORS, TOPICS, label_id


def variables(node: object) -> set[str]:
    found: set[str] = set()
    if isinstance(node, ast.VariableReference):
        found.add(node.id.name)
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                found |= variables(child)
    return found


def messages(locale: str) -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    for path in sorted(Path(DEFAULT_LOCALES_DIR, locale).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            assert not isinstance(entry, ast.Junk), f"{locale}/{path.name}: cannot parse {entry.content[:80]!r}"
            if isinstance(entry, ast.Message):
                assert entry.id.name not in result, f"{locale}: {entry.id.name} defined twice"
                result[entry.id.name] = variables(entry)
    return result


@pytest.mark.parametrize("locale", LOCALES)
def test_locale_has_every_message_with_the_same_variables(locale):
    english, other = messages("en"), messages(locale)
    assert sorted(set(english) - set(other)) == [], "missing messages"
    assert sorted(set(other) - set(english)) == [], "messages English does not have"
    assert {k: v for k, v in other.items() if v != english[k]} == {}, "variables differ from English"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_renders_without_raw_ids_or_placeholders(locale):
    catalog = Catalog(strict=True)
    tr = catalog.translator(locale)
    for message_id, names in messages("en").items():
        text = tr(message_id, **{name: "7" for name in names})
        assert text.strip(), message_id
        assert "{" not in text and message_id not in text, f"{locale}:{message_id} renders {text!r}"


def test_every_taxonomy_id_has_a_label():
    english = messages("en")
    kinds = {
        "country": COUNTRIES,
        "topic": TOPICS,
        "activity": ACTIVITIES,
        "sector": SECTORS,
        "scope": EVENT_SCOPES,
        "format": EVENT_FORMATS,
    }
    missing = [label_id(k, v) for k, values in kinds.items() for v in values if label_id(k, v) not in english]
    assert missing == []


def test_strict_catalog_refuses_a_missing_message():
    with pytest.raises(LookupError):
        Catalog(strict=True).translator("de")("no-such-message")


def test_text_variables_are_escaped_for_html():
    tr = Catalog(strict=True).translator("en")
    assert tr("value-quoted", value="<b>&") == "«&lt;b&gt;&amp;»"
    assert tr.plain("btn-join-org", name="A & B") == "Join: A & B"


@pytest.mark.parametrize(
    ("code", "locale"),
    [
        ("en", "en"),
        ("en-US", "en"),
        ("de-AT", "de"),
        ("sq", "sq"),
        ("sr", "sr-Latn"),
        ("bs", "sr-Latn"),
        ("hr", "sr-Latn"),
        ("cnr", "sr-Latn"),
        ("sh", "sr-Latn"),
        ("mk", "mk"),
        ("fr", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_client_language_maps_to_a_locale(code, locale):
    assert locale_from_client(code) == locale


def test_saved_choice_beats_client_language_which_beats_default():
    assert resolve_locale("mk", "de", "sq") == "mk"
    assert resolve_locale(None, "de", "sq") == "de"
    assert resolve_locale(None, None, "sq") == "sq"
    assert resolve_locale("xx", None, "sq") == "sq"
