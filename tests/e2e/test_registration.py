"""/register end to end: the happy paths, Back and Cancel, and every kind of bad input."""

import copy

import pytest
from sqlalchemy import select

from storage.models import Member, Organisation
from tests.chat import Chat

pytestmark = pytest.mark.both_databases

FULL_ANSWERS = ["name", "org", "country", "sector", "topics", "activities", "description", "discoverable"]


async def start_new_org(chat: Chat, *, name: str = "Ana", org: str = "Balkan Watch") -> None:
    """Answer the wizard up to the country question of a new organisation."""
    await chat.send("/register")
    await chat.send(name)
    await chat.send(org)
    await chat.press("Create new")


async def register_new_org(
    chat: Chat, *, name: str = "Ana", org: str = "Balkan Watch", description: str = "We monitor procurement."
) -> None:
    """Walk the wizard creating a new organisation, up to the summary."""
    await start_new_org(chat, name=name, org=org)
    await chat.press("Kosovo")
    await chat.press("NGO")
    await chat.press("Environmental crime")
    await chat.press("Money laundering")
    await chat.press("Done")
    await chat.press("Monitoring")
    await chat.press("Done")
    await chat.send(description)
    await chat.press("No")
    await chat.press("I agree")


async def stored(runtime, model, **where):  # type: ignore[no-untyped-def]
    async with runtime.hub.sessions() as session:
        return (await session.scalars(select(model).filter_by(**where))).all()


async def test_member_registers_a_new_organisation_which_starts_pending(chat: Chat, runtime):
    await register_new_org(chat)
    summary = chat.last_text()
    for expected in (
        "Ana",
        "Balkan Watch",
        "Kosovo",
        "NGO",
        "Environmental crime",
        "Money laundering",
        "Monitoring",
        "We monitor procurement.",
    ):
        assert expected in summary
    summary_screen = copy.deepcopy(chat.last())
    await chat.press("Confirm")
    assert "Balkan Watch" in chat.last_text() and "review" in chat.last_text()
    await chat.press("Confirm", message=summary_screen)
    assert chat.toast() == "This button has expired.", "a finished wizard's buttons do nothing"
    [org] = await stored(runtime, Organisation)
    assert (org.name, org.country, org.sector, org.vetting, org.discoverable) == (
        "Balkan Watch",
        "xk",
        "ngo",
        "pending",
        False,
    )
    assert sorted(t.topic for t in org.topics) == ["environmental_crime", "money_laundering"]
    [member] = await stored(runtime, Member)
    assert member.display_name == "Ana" and member.registered_at and member.consent_at
    await chat.send("/register")
    assert "already registered" in chat.last_text()


async def test_member_finds_an_existing_organisation_and_asks_to_join(chat: Chat, new_chat, runtime):
    await register_new_org(chat)
    await chat.press("Confirm")
    colleague: Chat = new_chat(777, language_code="sr")
    await colleague.send("/register")
    await colleague.press_action("skip")
    await colleague.send("  BALKAN   watch ")  # the same name, typed differently
    join = colleague.button_for("join", colleague.last())
    assert "Balkan Watch" in join["text"]
    assert not any(":new:" in b["callback_data"] for b in colleague.buttons(colleague.last())), (
        "no second organisation with an existing name"
    )
    await colleague.press_action("join")
    await colleague.press_action("agree")
    await colleague.press_action("confirm")
    members = await stored(runtime, Member, telegram_id=777)
    assert members[0].membership == "requested" and members[0].organisation.name == "Balkan Watch"
    assert len(await stored(runtime, Organisation)) == 1


async def test_back_returns_to_the_previous_question_and_keeps_answers(chat: Chat):
    await start_new_org(chat)
    await chat.press("Serbia")
    await chat.press("Back")
    assert "Where does your organisation work" in chat.last_text()
    assert any(b["text"].startswith("✅") and "Serbia" in b["text"] for b in chat.buttons(chat.last()))
    await chat.press("Back")
    await chat.press("Back")
    assert "Which organisation" in chat.last_text()
    await chat.press("Back")
    assert "What name" in chat.last_text() and "Ana" in chat.last_text()


async def test_cancel_ends_the_wizard_and_its_old_buttons_expire(chat: Chat, runtime):
    await chat.send("/register")
    await chat.send("Ana")
    wizard_message = copy.deepcopy(chat.last())  # as the user still sees it in their history
    await chat.press("Cancel")
    assert "cancelled" in chat.last_text()
    await chat.press("Cancel", message=wizard_message)
    assert chat.toast() == "This button has expired."
    assert [c.method for c in chat.last_calls] == ["answerCallbackQuery"]
    assert await stored(runtime, Member) == []


async def test_edit_from_the_summary_returns_to_the_summary(chat: Chat):
    await register_new_org(chat)
    await chat.press("Country")
    await chat.press("Montenegro")
    assert "Please check your details" in chat.last_text() and "Montenegro" in chat.last_text()
    await chat.press("Name")
    await chat.send("Ana Marković")
    assert "Please check" in chat.last_text() and "Ana Marković" in chat.last_text()


async def test_free_text_where_a_button_is_expected_gets_a_hint_and_the_same_step(chat: Chat):
    await start_new_org(chat)
    await chat.send("Kosovo please")
    hint, step = chat.replies()
    assert "buttons" in hint and "Where does your organisation work" in step


async def test_topics_need_at_least_one(chat: Chat):
    await start_new_org(chat, org="Org A")
    await chat.press("Albania")
    await chat.press("Think tank")
    await chat.press("Done")
    assert chat.toast() == "Pick at least one."
    assert "Which topics" in chat.last_text()


async def test_description_over_500_characters_is_refused_with_its_length(chat: Chat):
    await register_new_org(chat)
    await chat.press("Description")
    await chat.send("x" * 501)
    error, step = chat.replies()
    assert "501" in error and "500" in error and "Describe" in step
    await chat.send("y" * 500)
    assert "Please check" in chat.last_text()


async def test_empty_or_blank_name_is_refused(chat: Chat):
    await chat.send("/register")
    await chat.send("   \u3000  ")
    error, step = chat.replies()
    assert "empty" in error and "What name" in step


async def test_html_and_markdown_in_every_text_field_are_shown_as_typed(chat: Chat, runtime):
    await register_new_org(chat, name="<b>Ana</b> & _*[", org="A&B <i>Watch</i>", description="<script>x</script> *_`[")
    summary = chat.last_text()
    assert "<b>Ana</b> & _*[" in summary and "A&B <i>Watch</i>" in summary and "<script>x</script>" in summary
    await chat.press("Confirm")
    [org] = await stored(runtime, Organisation)
    assert org.name == "A&B <i>Watch</i>"


async def test_a_5000_character_message_is_refused_without_echoing_it(chat: Chat):
    await chat.send("/register")
    await chat.send("z" * 5000)
    assert all(len(text) < 1000 for text in chat.replies())
    assert "5,000" in chat.replies()[0] and "64" in chat.replies()[0]
    await chat.send("y" * 5000)  # outside the text steps too
    await chat.send("/cancel")
    await chat.send("w" * 5000)
    assert "Welcome to Resilience Hub" in chat.last_text() and "w" * 50 not in chat.last_text()


async def test_emoji_and_right_to_left_text_are_kept(chat: Chat, runtime):
    await register_new_org(chat, name="Ana 🌍", org="منظمة Balkan 🕊", description="שלום 👩‍⚖️")
    await chat.press("Confirm")
    [member] = await stored(runtime, Member)
    assert member.display_name == "Ana 🌍" and member.organisation.name == "منظمة Balkan 🕊"


async def test_second_register_offers_to_continue_or_start_over(chat: Chat):
    await chat.send("/register")
    await chat.send("Ana")
    await chat.send("/register")
    assert "in progress" in chat.last_text()
    await chat.press("Continue")
    assert "Which organisation" in chat.last_text()
    await chat.send("/register")
    await chat.press("Start over")
    assert "What name" in chat.last_text() and "Ana" not in chat.last_text()


async def test_a_forged_or_foreign_callback_changes_nothing(chat: Chat, runtime):
    await chat.send("/register")
    message_id = chat.last()["message_id"]
    token = chat.buttons(chat.last())[0]["callback_data"].split(":")[1]
    for data in (
        "rm -rf",
        "rg:zzzzzz:cancel:-",
        f"rg:{token}:confirm:-",
        f"rg:{token}:join:999",
        "lang:xx",
        "cmd:forget",
        f"rg:{token}:pick:../../etc",
    ):
        await chat.press_data(data, message_id)
        assert chat.toast() == "This button has expired.", data
    await chat.send("Ana")
    assert "Which organisation" in chat.last_text(), "the wizard is still at its step"


async def test_a_restart_mid_wizard_continues_where_the_user_was(api, engine, database_url):
    from bot.runtime import Runtime
    from tests.conftest import bot_settings

    settings = bot_settings(api, engine, database_url)
    async with Runtime(settings, polling_timeout=1, strict_translations=True) as first:
        chat = Chat(api, first.hub, user_id=888, language_code="en")
        await chat.send("/register")
        await chat.send("Ana")
    async with Runtime(settings, polling_timeout=1, strict_translations=True) as second:
        chat.hub = second.hub
        await chat.send("Balkan Watch")
        assert "Create new: Balkan Watch" in [b["text"] for b in chat.buttons(chat.last())]
    assert api.errors() == []
