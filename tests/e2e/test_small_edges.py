"""Rough edges a newcomer meets (issue 20.11), end to end on both engines: the way in after picking a language,
a first word before any command, the language picker in /profile, the language an event is read in, the
broadcast's one "send now", and Albanian partner reasons."""

from __future__ import annotations

import pytest

from handlers.kit.i18n import Catalog
from tests.e2e.test_events import ORGANISER, open_card
from tests.e2e.test_partners import add_org
from tests.events_support import add_event, add_member, use_clock

pytestmark = pytest.mark.both_databases


async def test_picking_a_language_at_the_start_keeps_the_way_in(new_chat):
    newcomer = new_chat(601)
    await newcomer.send("/start")
    await newcomer.press("Deutsch")
    labels = [b["text"] for b in newcomer.buttons(newcomer.last())]
    assert "Registrieren" in labels, labels
    await newcomer.press("Registrieren")
    assert "Registrierung" in newcomer.last_text() or "Name" in newcomer.last_text()


async def test_a_newcomers_first_words_get_the_welcome(runtime, new_chat):
    newcomer = new_chat(602, language_code="sq")
    await newcomer.send("hello")
    assert "Resilience Hub" in newcomer.last_text() and "Mirë se vini" in newcomer.last_text()
    assert newcomer.buttons(newcomer.last()), "with the languages and Register"
    await add_member(runtime, 603)
    member = new_chat(603)
    await member.send("hello")
    assert "I did not understand" in member.last_text(), "a member is pointed at /help instead"


async def test_the_language_picked_in_the_profile_returns_to_the_profile(runtime, new_chat):
    await add_member(runtime, 604)
    member = new_chat(604)
    await member.send("/profile")
    await member.press("Language")
    await member.press("Deutsch")
    assert "Ihr Profil" in member.last_text(), "back in the profile, now in German"
    assert member.toast() == Catalog().translator("de").plain("language-saved", language="Deutsch")


async def test_an_event_is_read_with_its_languages_named_in_the_readers_own(runtime, new_chat):
    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="organiser")
    await add_member(runtime, 605, locale="mk")
    event = await add_event(runtime, ORGANISER, titles={"en": "Dialogue on ports", "mk": "Дијалог за пристаништа"})
    async with runtime.hub.sessions.begin() as session:
        from storage.models import EventText

        english = await session.get(EventText, (event, "en"))
        assert english is not None
        english.description = "Ports, customs and the routes between them."
    reader = new_chat(605, "mk")
    await open_card(reader, event)
    card = reader.last_text()
    assert "Дијалог за пристаништа" in card
    assert "Ports, customs and the routes between them." in card, "the description falls back as the title does"
    assert "(јазик на текстот: англиски)" in card, "the language named in Macedonian"
    assert "13:00 – 16:00" in card and card.count("2026") == 1, "a one-day event shows its date once"


async def test_a_broadcast_offers_one_way_to_send_now(runtime, new_chat):
    from tests.e2e.test_broadcast import write_message

    use_clock(runtime)
    await add_member(runtime, ORGANISER, role="admin")
    organiser = new_chat(ORGANISER)
    await write_message(organiser, {"English": "News"})
    await organiser.press("No button")
    await organiser.press("Continue")
    labels = [b["text"] for b in organiser.buttons(organiser.last())]
    assert len([label for label in labels if "Send now" in label]) == 1, labels
    await organiser.press("Send later")
    await organiser.send("2026-11-30 09:00")
    labels = [b["text"] for b in organiser.buttons(organiser.last())]
    assert "Send now instead" in labels and any(label.startswith("Schedule for") for label in labels)


async def test_albanian_partner_reasons_read_in_the_nominative(api, runtime, new_chat):
    use_clock(runtime)
    asker = await add_org(api, runtime, "Qendra", 606, topics=("corruption",))
    await add_org(api, runtime, "Partneri", 607, country="mk", topics=("corruption",))
    async with runtime.hub.sessions.begin() as session:
        from storage.models import Member

        (await session.get(Member, 606)).locale = "sq"  # type: ignore[union-attr]
    assert asker
    member = new_chat(606, language_code="sq")
    await member.send("/partners")
    assert "tema të përbashkëta: Korrupsioni" in member.last_text()
    assert "merren me Korrupsioni" not in member.last_text()


def test_the_attendee_list_counts_one_person_in_the_singular():
    catalog = Catalog(strict=True)
    for locale, one in (("en", "one person"), ("de", "eine Person"), ("sq", "një person")):
        assert one in catalog.translator(locale).plain("myevents-export-caption", count=1)
