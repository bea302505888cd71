"""Introductions that follow through, end to end on both engines: two weeks after an introduction is accepted each
side is asked, in its members' languages, whether it got in touch; the first colleague's answer counts, a "not
yet" asks once more, nobody learns the other side's answer, /profile stops the questions, /stats counts the
outcomes, /mydata and /forget, and a restart between queuing a question and sending it."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import update

from bot.fakeapi import FakeBotAPI
from bot.runtime import Runtime
from handlers.admin.stats import protected
from storage import stats_repos
from storage.models import Delivery, Introduction, IntroductionFollowUp, Member, Organisation
from tests.chat import Chat, visible
from tests.conftest import bot_settings
from tests.e2e.test_forget import traces
from tests.e2e.test_partners import ASKER, ASKER_ORG, add_org, request_introduction, wait_for_text
from tests.events_support import START, Clock, deliveries_settled, rows, set_role, use_clock

pytestmark = pytest.mark.both_databases  # questions claimed once, and answers taken once, on PostgreSQL too

TARGET_ORG = "Balkan Arms Watch"
ACCEPTER, COLLEAGUE, JOINER, BYSTANDER = 611, 612, 613, 620
DAYS = timedelta(days=14)


def questions(api: FakeBotAPI, chat_id: int) -> list[str]:
    """The follow-up questions a chat received (the messages with "did you get in touch?" buttons)."""
    return [
        visible(str(c.params.get("text")))
        for c in api.calls
        if c.ok
        and c.method == "sendMessage"
        and c.params.get("chat_id") == chat_id
        and any(data.startswith("fu:") for data in button_data(c.params.get("reply_markup")))
    ]


def button_data(markup: object) -> list[str]:
    keyboard = json.loads(markup) if isinstance(markup, str) else markup or {}
    return [str(b.get("callback_data")) for row in keyboard.get("inline_keyboard", []) for b in row]


def calls_to(api: FakeBotAPI, *chat_ids: int) -> int:
    return sum(1 for c in api.calls if c.params.get("chat_id") in chat_ids)


async def set_locale(runtime: Runtime, telegram_id: int, locale: str) -> None:
    async with runtime.hub.sessions.begin() as session:
        await session.execute(update(Member).where(Member.telegram_id == telegram_id).values(locale=locale))


async def introduced(api: FakeBotAPI, runtime: Runtime) -> tuple[Chat, Chat, Chat]:
    """The asker's organisation (an Albanian speaker) is introduced to one whose founders speak English and German,
    with a joiner nobody approved; a bystander organisation stands by. Returns the asker, accepter and colleague."""
    await add_org(api, runtime, ASKER_ORG, ASKER, topics=("corruption", "arms_trafficking"))
    await add_org(
        api, runtime, TARGET_ORG, ACCEPTER, COLLEAGUE, country="mk", topics=("arms_trafficking",), joiners=(JOINER,)
    )
    await add_org(api, runtime, "Bystanders", BYSTANDER, discoverable=False)
    await set_locale(runtime, COLLEAGUE, "de")
    asker = Chat(api, runtime.hub, user_id=ASKER, language_code="en")
    accepter = Chat(api, runtime.hub, user_id=ACCEPTER, language_code="en")
    colleague = Chat(api, runtime.hub, user_id=COLLEAGUE, language_code="de")
    await request_introduction(asker, None)  # in English; the asker reads Albanian from now on
    await set_locale(runtime, ASKER, "sq")
    await wait_for_text(api, ACCEPTER, "A request for an introduction")
    await accepter.press("Accept")
    assert "Introduction accepted" in accepter.last_text()
    await wait_for_text(api, ASKER, TARGET_ORG)
    return asker, accepter, colleague


async def tick_at(runtime: Runtime, clock: Clock, when: timedelta) -> None:
    """Move the clock to START + `when`, run the due-work tick and wait until what it queued has gone out."""
    clock.now = START + when
    await runtime.due.run_once()
    await deliveries_settled(runtime, within=10)


async def test_both_sides_are_asked_after_two_weeks_in_their_language_and_the_first_answer_counts(
    api, runtime, new_chat
):
    clock = use_clock(runtime)
    asker, accepter, colleague = await introduced(api, runtime)
    everyone = (ASKER, ACCEPTER, COLLEAGUE, JOINER, BYSTANDER)
    await tick_at(runtime, clock, DAYS - timedelta(minutes=1))
    assert {person: questions(api, person) for person in everyone} == dict.fromkeys(everyone, [])

    await tick_at(runtime, clock, DAYS)
    [albanian] = questions(api, ASKER)
    assert "A u vutë në kontakt?" in albanian and TARGET_ORG in albanian
    [english] = questions(api, ACCEPTER)
    assert "Did you get in touch?" in english and ASKER_ORG in english and "never sees it" in english
    [german] = questions(api, COLLEAGUE)
    assert "Sind Sie in Kontakt gekommen?" in german and ASKER_ORG in german
    assert questions(api, JOINER) == [] and questions(api, BYSTANDER) == [], "only those who act for a side"
    assert [b["text"] for b in accepter.buttons(accepter.last())] == [
        "Yes, we work together",
        "Yes, we talked",
        "Not yet",
        "No",
    ]

    # the target side: the first colleague's answer is the organisation's; the other is told, nothing changes
    heard_by_asker = calls_to(api, ASKER)
    await accepter.press("Yes, we talked")
    assert accepter.last_text() == "Thank you for telling us."
    await colleague.press("Ja, wir arbeiten zusammen")
    assert "Ihre Organisation hat diese Frage bereits beantwortet" in colleague.last_text()
    assert calls_to(api, ASKER) == heard_by_asker, "the other side hears nothing of the answer"
    target_id = next(o.id for o in await rows(runtime, Organisation) if o.name == TARGET_ORG)
    [theirs] = await rows(runtime, IntroductionFollowUp, organisation_id=target_id)
    assert (theirs.answer, theirs.answered_by) == ("talked", ACCEPTER)

    # the asker's side: "not yet", asked once more two weeks later, then never again
    first_question = asker.last_with_buttons()
    old_button = asker.button("Po, punojmë bashkë", first_question)["callback_data"]
    heard_by_target = calls_to(api, ACCEPTER, COLLEAGUE)
    await asker.press("Ende jo")
    assert "Do t'ju pyesim edhe një herë" in asker.last_text()
    await tick_at(runtime, clock, DAYS + timedelta(days=1))
    assert len(questions(api, ASKER)) == 1, "not before two weeks more"
    await tick_at(runtime, clock, 2 * DAYS + timedelta(minutes=1))
    assert len(questions(api, ASKER)) == 2 and "ndërkohë" in questions(api, ASKER)[-1]
    assert calls_to(api, ACCEPTER, COLLEAGUE) == heard_by_target, "the target side answered: never asked again"
    await asker.press_data(old_button, first_question["message_id"])
    assert "Organizata juaj i është përgjigjur tashmë" in asker.replies()[0], "an old button says it was answered"
    await asker.press("Ende jo")
    assert "nuk do t'ju pyesim më" in asker.last_text()
    await tick_at(runtime, clock, 5 * DAYS)
    assert [len(questions(api, person)) for person in everyone] == [2, 1, 1, 0, 0]
    assert calls_to(api, ACCEPTER, COLLEAGUE) == heard_by_target

    # the asker's own screen on the introduction says it was accepted, and nothing of the other side's answer
    await set_locale(runtime, ASKER, "en")
    await asker.send("/partners")
    await asker.press("My requests")
    assert f"{TARGET_ORG} (" in asker.last_text() and "accepted" in asker.last_text()
    assert "talked" not in asker.last_text().lower()


async def test_forged_and_foreign_buttons_are_refused(api, runtime, new_chat):
    clock = use_clock(runtime)
    asker, accepter, _colleague = await introduced(api, runtime)
    await set_locale(runtime, ASKER, "en")
    await tick_at(runtime, clock, DAYS)
    question = accepter.last_with_buttons()
    data = accepter.button("Yes, we talked", question)["callback_data"]
    followup = data.split(":")[1]
    bystander = new_chat(BYSTANDER)
    await bystander.send("/start")
    for who, forged in (
        (accepter, "fu:999999:talked"),  # no such question
        (accepter, f"fu:{followup}:maybe"),  # no such answer
        (accepter, f"fu:{followup}:talked:1"),  # a field too many
        (bystander, data),  # another organisation's question
        (asker, data),  # the other side's question
    ):
        await who.press_data(forged, question["message_id"] if who is accepter else who.last()["message_id"])
        assert who.toast() == "This button has expired.", forged
    assert {f.answer for f in await rows(runtime, IntroductionFollowUp)} == {None}


async def test_a_member_who_stopped_the_questions_in_profile_is_not_asked(api, runtime, new_chat):
    clock = use_clock(runtime)
    _asker, accepter, colleague = await introduced(api, runtime)
    await colleague.send("/profile")
    await colleague.press("Nachfragen zu Kontaktvermittlungen")
    assert "später fragen, ob Ihre Organisationen in Kontakt gekommen sind" in colleague.last_text()
    await colleague.press("Nein")
    assert "Nachfragen zu Kontaktvermittlungen: Nein" in colleague.last_text()
    await tick_at(runtime, clock, DAYS)
    assert questions(api, COLLEAGUE) == [] and len(questions(api, ACCEPTER)) == 1
    # one who stops them after a "not yet" is not asked the second time
    await accepter.press("Not yet")
    await accepter.send("/profile")
    await accepter.press("Questions on how introductions went")
    await accepter.press("No")
    await tick_at(runtime, clock, 2 * DAYS)
    assert len(questions(api, ACCEPTER)) == 1 and questions(api, COLLEAGUE) == []
    assert {d.status for d in await rows(runtime, Delivery, kind="intro-followup", telegram_id=ACCEPTER)} == {"sent"}


async def test_mydata_shows_the_members_answers_and_forget_leaves_them_counted_but_unattributed(api, runtime, new_chat):
    clock = use_clock(runtime)
    asker, accepter, _colleague = await introduced(api, runtime)
    await tick_at(runtime, clock, DAYS)
    await accepter.press("Yes, we work together")
    assert "Good to hear you work together" in accepter.last_text()
    await accepter.send("/mydata")
    [document] = [c for c in accepter.last_calls if c.method == "sendDocument"]
    exported = json.loads(document.params["document"]["content"])
    assert exported["introduction_follow_ups_you_answered"] == [
        {
            "introduction_id": (await rows(runtime, Introduction))[0].id,
            "about_organisation": ASKER_ORG,
            "round": 1,
            "your_answer": "working",
            "answered_at": (START + DAYS).isoformat(),
        }
    ]
    assert exported["member"]["asked_how_introductions_went"] is True
    await asker.send("/mydata")
    [document] = [c for c in asker.last_calls if c.method == "sendDocument"]
    assert "introduction_follow_ups_you_answered" not in json.loads(document.params["document"]["content"])

    await accepter.send("/forget")
    await accepter.press("Yes, erase")
    assert await traces(runtime, (ACCEPTER,), ("Person 611",)) == []
    assert [(f.answer, f.answered_by) for f in await rows(runtime, IntroductionFollowUp) if f.answer] == [
        ("working", None)
    ]
    async with runtime.hub.sessions() as session:
        counts = protected(await stats_repos.network_counts(session, clock.now))
    assert (counts["introductions_in_touch"], counts["introductions_working_together"]) == ("< 5", "< 5")


async def seed_outcomes(runtime: Runtime, answers: list[str | None], *, first: int) -> None:
    """Accepted introductions between pairs of new organisations, the first side of each answering as given."""
    async with runtime.hub.sessions.begin() as session:
        for number, answer in enumerate(answers, start=first):
            orgs = [
                Organisation(name=f"Seed {number} {side}", name_key=f"seed {number} {side}", country="al", sector="ngo")
                for side in "ab"
            ]
            session.add_all(orgs)
            session.add(Member(telegram_id=700 + number, organisation=orgs[0], membership="founder"))
            await session.flush()
            introduction = Introduction(
                requester_id=700 + number,
                requester_org_id=orgs[0].id,
                target_org_id=orgs[1].id,
                status="accepted",
                answered_at=START,
            )
            session.add(introduction)
            await session.flush()
            session.add(
                IntroductionFollowUp(
                    introduction_id=introduction.id,
                    organisation_id=orgs[0].id,
                    round=1,
                    due_at=START,
                    asked_at=START,
                    answer=answer,
                    answered_at=START if answer else None,
                )
            )


async def test_stats_count_introductions_contacts_and_collaborations_hiding_small_ones(api, runtime, new_chat):
    use_clock(runtime)
    await add_org(api, runtime, "Hub Team", 900)
    await set_role(runtime, 900, "admin")
    admin = new_chat(900)
    await admin.send("/stats")
    assert "After introductions: 0 accepted → 0 got in touch → 0 work together" in admin.last_text()
    await seed_outcomes(runtime, ["working", "talked", "talked", "not_yet", None], first=0)
    await admin.send("/stats")
    assert "After introductions: 5 accepted → < 5 got in touch → < 5 work together" in admin.last_text()
    await seed_outcomes(runtime, ["working"] * 4 + ["talked"] * 2, first=5)
    await admin.send("/stats")
    assert "After introductions: 11 accepted → 9 got in touch → 5 work together" in admin.last_text()
    async with runtime.hub.sessions() as session:
        counts = protected(await stats_repos.network_counts(session, START))
    assert (counts["introductions_in_touch"], counts["introductions_working_together"]) == ("9", "5"), "admin stats"


def restarted(api: FakeBotAPI, engine: str, database_url: str, clock: Clock) -> Runtime:
    """The bot as it starts again; its own tick is an hour apart, so the test alone decides when due work runs."""
    settings = bot_settings(api, engine, database_url, tick_seconds=3600)
    return Runtime(settings, polling_timeout=1, strict_translations=True, clock=clock)


async def test_a_restart_between_queuing_a_question_and_sending_it_sends_it_once(api, engine, database_url):
    clock = Clock(START)
    async with restarted(api, engine, database_url, clock) as runtime:
        await introduced(api, runtime)
    clock.now = START + DAYS
    async with restarted(api, engine, database_url, clock) as runtime:
        await runtime.due.queue_due_work()  # queued; the process stops before its worker sends anything
        queued = await rows(runtime, Delivery, kind="intro-followup")
        assert sorted(d.telegram_id for d in queued) == [ASKER, ACCEPTER, COLLEAGUE]
        assert {d.status for d in queued} == {"pending"}
    assert [questions(api, person) for person in (ASKER, ACCEPTER, COLLEAGUE)] == [[], [], []]
    async with restarted(api, engine, database_url, clock) as runtime:
        await runtime.due.run_once()  # what waited goes out at the start; the tick queues nothing again
        await deliveries_settled(runtime, within=10)
        await runtime.due.run_once()
        assert [len(questions(api, person)) for person in (ASKER, ACCEPTER, COLLEAGUE)] == [1, 1, 1]
        assert len(await rows(runtime, Delivery, kind="intro-followup")) == 3
    assert api.errors() == []
