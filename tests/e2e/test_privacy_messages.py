"""The hub's promises about people, checked on every Bot API call of a realistic multi-member run, both engines.

* No message to one member ever contains another member's name or handle, unless (a) the two are the parties
  of an accepted introduction (the requester and the member who accepted), from the acceptance on, or (b) the
  reader is an event's organiser and the name is of someone who answered that event, or (c) the name is of
  someone who asked to join the reader's organisation (they were told it would be shown to its members).
* Venues (and the online link) reach only the event's organiser and members whose attendance is confirmed
  (`handlers.rsvp.venue_revealed`: their answer is "going", which on an approval event means approved and
  seated), and only while it is.

The run: five organisations, partner search, one introduction declined and one accepted, a coalition message,
an approval event made through the wizard with a venue and a link, an invitation broadcast, RSVPs (approved,
declined, waitlisted, left pending, maybe, an unregistered stranger), the organiser's request screens, edits,
attendee list and message, a withdrawal that promotes the waitlist, calendar files, a reminder, the questions
two weeks after the accepted introduction and their answers, /mydata.
Then `privacy_violations` reads everything the bot sent: texts, captions, files, buttons (text, URL and data),
and callback answers, per recipient.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from bot.fakeapi import Call, FakeBotAPI
from bot.runtime import Runtime
from storage import repos
from storage.models import Delivery, Member, Organisation, Rsvp, Subscription
from tests.chat import Chat, visible
from tests.events_support import START, rows, start_link, use_clock

# --- the people: every name and handle is distinctive, so finding one anywhere is a finding ---------------------


@dataclass(frozen=True)
class Person:
    user_id: int
    name: str | None  # display name as registered; None for someone who never registered
    handle: str  # Telegram @username, which the bot sees on every update from them

    def name_traces(self) -> list[str]:
        """The full name and each part of it (a first name alone is a leak too)."""
        return [] if self.name is None else [self.name, *self.name.split()]

    def handle_traces(self) -> list[str]:
        """The @handle, a t.me link to it, and a link that opens their Telegram profile by id."""
        return [self.handle, f"tg://user?id={self.user_id}"]


ASKER = Person(801, "Arbenita Quillfeather", "arbenita_q")  # Qendra Anti-Korrupsion; asks for introductions
ACCEPTER = Person(811, "Bojana Thistlewood", "bojana_thw")  # Balkan Arms Watch; accepts
COLLEAGUE = Person(812, "Cvetan Marblegate", "cvetan_mbg")  # Balkan Arms Watch; gets the request, never answers
DECLINER = Person(821, "Dardan Oakhollow", "dardan_okh")  # Border Lab; declines
ORGANISER = Person(831, "Elenora Brightwater", "elenora_bw")  # Civic Forum Skopje; runs the event
OTHER_ORGANISER = Person(861, "Fjolla Stormcastle", "fjolla_stc")  # runs events too, but not this one
JOINER = Person(841, "Zorana Pinecrest", "zorana_pcr")  # registers through the wizard, joining Civic Forum Skopje
STRANGER = Person(851, None, "ulvhild_strx")  # never registers
GROUP = -1001234567890  # a group both the attendee and the organiser are in: its readers are not them
PEOPLE = (ASKER, ACCEPTER, COLLEAGUE, DECLINER, ORGANISER, OTHER_ORGANISER, JOINER, STRANGER)

TITLE = "Roundtable on arms routes"
VENUE = "Vellumcrest Boathouse, Ohrid"
NEW_VENUE = "Marrowstone Pier, Struga"
LINK = "https://meet.example.org/kestrel-room-7731"
VENUE_SECRETS = ("Vellumcrest", "Marrowstone", "kestrel-room-7731")  # matched case-insensitively, also in files


# --- the scan ----------------------------------------------------------------------------------------------------


@dataclass
class Allowed:
    """The exceptions to "nobody sees anybody", and who may see the venue when."""

    introductions: list[tuple[int, int, int]] = field(default_factory=list)  # (requester, accepter, from call no.)
    attendees_of: dict[int, set[int]] = field(default_factory=dict)  # organiser → who answered their event
    venue_always: set[int] = field(default_factory=set)  # organisers of the event
    confirmed: dict[int, list[tuple[int, int | None]]] = field(default_factory=dict)  # member → [from, until)
    joiners: list[tuple[int, set[int], int]] = field(default_factory=list)  # (joiner, their deciders, from call no.)

    def confirm(self, member: int, at: int) -> None:
        """Confirmed from call no. `at` on: the venue may reach them."""
        self.confirmed.setdefault(member, []).append((at, None))

    def unconfirm(self, member: int, at: int) -> None:
        """No longer from call no. `at` on (what they were told before stays told)."""
        since, _ = self.confirmed[member].pop()
        self.confirmed[member].append((since, at))

    def may_see_person(self, reader: int | None, person: Person, kind: str, at: int) -> bool:
        if reader == person.user_id:
            return True  # their own name and handle
        if any(at >= since and {reader, person.user_id} == {a, b} for a, b, since in self.introductions):
            return True  # (a) the parties of an accepted introduction, after it was accepted
        if kind == "name" and any(
            at >= since and person.user_id == joiner and reader in deciders for joiner, deciders, since in self.joiners
        ):
            return True  # (c) the members of an organisation see the name of whoever asks to join it
        # (b) an organiser sees the names (never the handles) of those who answered their event
        return kind == "name" and reader is not None and person.user_id in self.attendees_of.get(reader, set())

    def may_see_venue(self, reader: int | None, at: int) -> bool:
        if reader is None:
            return False
        if reader in self.venue_always:
            return True
        return any(since <= at and (until is None or at < until) for since, until in self.confirmed.get(reader, []))


class QueryOwners:
    """answerCallbackQuery names no chat: remember whose button press each callback query id was."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.owner: dict[str, int] = {}
        press = api.press

        def recording_press(user_id: int, *args: Any, **kwargs: Any) -> dict[str, Any]:
            update = press(user_id, *args, **kwargs)
            self.owner[update["callback_query"]["id"]] = user_id
            return update

        api.press = recording_press  # type: ignore[method-assign]


def recipient(call: Call, queries: QueryOwners) -> int | None:
    """The chat a call writes to; None for a call without one (then it counts as shown to everybody)."""
    if call.method == "answerCallbackQuery":
        return queries.owner.get(str(call.params.get("callback_query_id")))
    chat_id = call.params.get("chat_id")
    return int(chat_id) if isinstance(chat_id, int | str) and str(chat_id).lstrip("-").isdigit() else None


def shown_parts(call: Call) -> list[tuple[str, str]]:
    """(where, text) for everything in a call a person could read or open: text, caption, answer text, a file's
    name and content, and every button's text, URL and data. HTML and iCalendar escaping are undone."""
    params = call.params
    parts = [(key, str(params[key])) for key in ("text", "caption", "url") if params.get(key)]
    document = params.get("document")
    if isinstance(document, dict):
        content = document.get("content", b"")
        text = content.decode("utf-8-sig", "replace") if isinstance(content, bytes) else str(content)
        text = text.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";")  # iCalendar folding and escapes
        parts += [("file name", str(document.get("filename"))), ("file", text)]
    markup = params.get("reply_markup")
    if isinstance(markup, str) and markup:
        markup = json.loads(markup)
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            parts += [(f"button {key}", str(button[key])) for key in ("text", "url", "callback_data") if key in button]
    return [(where, html.unescape(text)) for where, text in parts]


@dataclass(frozen=True)
class Finding:
    call: int  # its index in api.calls
    method: str
    reader: int | None
    where: str  # text, caption, file, button url…
    subject: str  # "name of 801", "handle of 801", "venue"
    trace: str  # what was found
    shown: str  # the start of what the reader saw

    def __str__(self) -> str:
        return (
            f"call #{self.call} {self.method} to chat {self.reader} shows the {self.subject} "
            f"({self.trace!r}) in its {self.where}: {self.shown!r}"
        )


def privacy_violations(
    api: FakeBotAPI, queries: QueryOwners, allowed: Allowed, people: tuple[Person, ...] = PEOPLE
) -> list[Finding]:
    """Each place a call showed a reader a person they may not see, or a venue they may not see."""
    found = []
    for number, call in enumerate(api.calls):
        reader = recipient(call, queries)
        for where, text in shown_parts(call):
            lowered = text.lower()
            shown = " ".join(visible(text).split())[:160]
            for person in people:
                for kind, traces in (("name", person.name_traces()), ("handle", person.handle_traces())):
                    hit = next((t for t in traces if t.lower() in lowered), None)
                    if hit and not allowed.may_see_person(reader, person, kind, number):
                        found.append(
                            Finding(number, call.method, reader, where, f"{kind} of {person.user_id}", hit, shown)
                        )
            secret = next((s for s in VENUE_SECRETS if s.lower() in lowered), None)
            if secret and not allowed.may_see_venue(reader, number):
                found.append(Finding(number, call.method, reader, where, "venue", secret, shown))
    return found


# --- helpers to drive the run --------------------------------------------------------------------------------------


async def add_org(
    api: FakeBotAPI,
    runtime: Runtime,
    name: str,
    *people: Person,
    country: str,
    sector: str,
    topics: tuple[str, ...],
    activities: tuple[str, ...] = (),
    role: str = "member",
) -> None:
    """A vetted, discoverable organisation and its founders, subscribed to updates, as if registered earlier
    (registration itself is walked through below by the joiner)."""
    for person in people:
        api.open_chat(person.user_id, first_name=(person.name or "x").split()[0])
    async with runtime.hub.sessions.begin() as session:
        org = Organisation(
            name=name,
            name_key=repos.name_key(name),
            country=country,
            sector=sector,
            description=f"About {name}",
            discoverable=True,
            vetting="vetted",
        )
        repos.set_topics(org, topics)
        repos.set_activities(org, activities)
        session.add(org)
        for person in people:
            session.add(
                Member(
                    telegram_id=person.user_id,
                    locale="en",
                    display_name=person.name,
                    organisation=org,
                    membership="founder",
                    role=role,
                    consent_at=START,
                    registered_at=START,
                    share_handle=True,
                )
            )
        await session.flush()
        session.add_all([Subscription(telegram_id=person.user_id, zone="Europe/Belgrade") for person in people])


def chat_of(new_chat: Any, person: Person) -> Chat:
    chat: Chat = new_chat(person.user_id, username=person.handle)
    return chat


async def press_exactly(chat: Chat, label: str, message: dict[str, Any] | None = None) -> None:
    """The button reading exactly `label` (after an emoji, if any): "no. 1" is not "no. 12"."""
    message = message or chat.last_with_buttons()
    matches = [b for b in chat.buttons(message) if b["text"] == label or b["text"].endswith(" " + label)]
    assert len(matches) == 1, f"no single button {label!r} in {[b['text'] for b in chat.buttons(message)]}"
    await chat.press_data(matches[0]["callback_data"], message["message_id"])


async def received(api: FakeBotAPI, chat: Chat, marker: str, start: int) -> dict[str, Any]:
    """The message (as it stands now) the bot sent this chat by itself from call `start` on, containing `marker`
    in its text or buttons."""

    def matches(call: Call) -> bool:
        shown = html.unescape(str(call.params.get("text")) + str(call.params.get("reply_markup")))
        return call.method == "sendMessage" and call.params.get("chat_id") == chat.chat_id and marker in shown

    call = await api.wait_for(matches, start=start)
    message_id = call.response["result"]["message_id"]
    return next(m for m in chat.messages() if m["message_id"] == message_id)


async def ask_introduction(asker: Chat, organisation: str, note: str) -> None:
    await asker.send("/partners")
    number = re.search(rf"(\d+)\. {re.escape(organisation)} ·", asker.last_text())
    assert number, f"{organisation} is not suggested: {asker.last_text()}"
    await press_exactly(asker, f"Introduce us to no. {number.group(1)}")
    await asker.send(note)
    assert "Request sent" in asker.last_text()


async def answer_event(chat: Chat, choice: str, message: dict[str, Any]) -> None:
    """Going / Maybe / Not going on this message's RSVP row."""
    [button] = [
        b
        for b in chat.buttons(message)
        if b.get("callback_data", "").endswith(f":{choice}") and ":rsvp:" in b["callback_data"]
    ]
    await chat.press_data(button["callback_data"], message["message_id"])


def card_of(chat: Chat) -> dict[str, Any]:
    """The newest message with RSVP buttons in this chat (a notice's Open button is not one)."""
    return next(
        m for m in reversed(chat.messages()) if any(":rsvp:" in b.get("callback_data", "") for b in chat.buttons(m))
    )


async def publish_event(organiser: Chat) -> None:
    """Through the wizard: hybrid (a venue and a link), one seat, every registration approved."""
    await organiser.send("/newevent")
    await organiser.press("English")
    await organiser.send(TITLE)
    await organiser.send("Mapping smuggling routes across the region.")
    await organiser.press("Done")
    for label in ("Regional", "Hybrid", "North Macedonia", "Arms trafficking", "Done"):
        await organiser.press(label)
    await organiser.send("3.12.2026 14:00")
    await organiser.send("17:30")
    await organiser.send(VENUE)
    await organiser.send(LINK)
    await organiser.send("1")
    await organiser.press("Yes")  # approval
    await organiser.press("No")  # Chatham House
    await organiser.press("At once")  # venue shown to confirmed attendees as soon as they are confirmed
    assert VENUE in organiser.last_text(), "the organiser's preview shows the venue"
    await organiser.press("Publish")


# --- the run ---------------------------------------------------------------------------------------------------------


async def journey(api: FakeBotAPI, runtime: Runtime, new_chat: Any) -> tuple[QueryOwners, Allowed]:
    """The whole run; returns who pressed what and the exceptions to the rules it created."""
    clock = use_clock(runtime)
    runtime.hub.limiter.per_chat_interval = 0.02  # Telegram's second per chat is tested elsewhere; here it only waits
    queries, allowed = QueryOwners(api), Allowed(venue_always={ORGANISER.user_id})
    await add_org(
        api,
        runtime,
        "Qendra Anti-Korrupsion",
        ASKER,
        country="al",
        sector="ngo",
        topics=("corruption", "arms_trafficking"),
        activities=("advocacy",),
    )
    await add_org(
        api,
        runtime,
        "Balkan Arms Watch",
        ACCEPTER,
        COLLEAGUE,
        country="mk",
        sector="media",
        topics=("arms_trafficking",),
        activities=("policy_research",),
    )
    await add_org(api, runtime, "Border Lab", DECLINER, country="xk", sector="ngo", topics=("corruption",))
    await add_org(
        api, runtime, "Civic Forum Skopje", ORGANISER, country="mk", sector="ngo", topics=("youth",), role="organiser"
    )
    await add_org(
        api,
        runtime,
        "Ohrid Youth Hub",
        OTHER_ORGANISER,
        country="mk",
        sector="ngo",
        topics=("youth",),
        role="organiser",
    )
    asker, accepter, colleague, decliner, organiser, other_organiser, joiner, stranger = (
        chat_of(new_chat, p) for p in PEOPLE
    )

    # the joiner registers through the wizard, typing their name, and asks to join the organiser's organisation
    await joiner.send("/register")
    await joiner.send(JOINER.name or "")
    await joiner.send("Civic Forum")
    allowed.joiners.append((JOINER.user_id, {ORGANISER.user_id}, len(api.calls)))
    for action in ("join", "agree", "confirm"):
        await joiner.press_action(action)
    await joiner.send("/partners")
    assert "has not been approved yet" in joiner.last_text()

    # introductions: requests carry the organisation, never the person; one declined, one accepted
    mark = len(api.calls)
    await ask_introduction(asker, "Balkan Arms Watch", "We map arms routes and would like to compare notes.")
    await ask_introduction(asker, "Border Lab", "Could we exchange on procurement monitoring?")
    to_accepter = await received(api, accepter, "A request for an introduction", mark)
    to_colleague = await received(api, colleague, "A request for an introduction", mark)
    to_decliner = await received(api, decliner, "A request for an introduction", mark)
    await decliner.press("Decline", to_decliner)
    assert "They will not be told" in decliner.last_text()
    accepted = len(api.calls)
    allowed.introductions.append((ASKER.user_id, ACCEPTER.user_id, accepted))
    await accepter.press("Accept", to_accepter)
    assert "Introduction accepted" in accepter.last_text()
    await received(api, asker, "Introduction accepted", accepted)
    await colleague.press("Accept", to_colleague)
    assert "already been answered" in colleague.last_text()
    await asker.send("/partners")
    await asker.press("My requests")

    # a coalition message reaches the accepted partner's whole organisation, signed by the organisation only
    await asker.send("/coalitions")
    await asker.press("New coalition")
    await asker.send("Arms Route Watch")
    await asker.press("Arms trafficking")
    await asker.press("Balkan Arms Watch")
    await asker.press("Create the coalition")
    await asker.press("Write to the coalition")
    await asker.send("Meeting on routes and ports, Thursday.")
    mark = len(api.calls)
    await asker.press("Send to < 5 members")
    await received(api, colleague, "Coalition Arms Route Watch", mark)
    await received(api, accepter, "Coalition Arms Route Watch", mark)

    # the organiser announces an approval event with a venue and a link, and invites the subscribers
    await publish_event(organiser)
    await organiser.send("/broadcast")
    await organiser.press("English")
    await organiser.send("You are invited to our roundtable.")
    await organiser.press("Done")
    await organiser.press(TITLE)
    await organiser.press("Continue")
    mark = len(api.calls)
    await organiser.press("Send now")
    invitations = {
        chat.user_id: await received(api, chat, ":rsvp:", mark) for chat in (asker, accepter, colleague, decliner)
    }
    # the organiser subscribes too: their own copy must not land amid the approvals below
    await received(api, organiser, "You are invited to our roundtable.", mark)

    # answers: three ask to go (held for approval), one maybe; the joiner (who only asked to join an organisation)
    # and an unregistered stranger are turned away: a closed room is for members acting for a vetted organisation
    for chat in (asker, colleague, decliner):
        await answer_event(chat, "going", invitations[chat.user_id])
        assert "waiting for the organiser's approval" in chat.last_text()
    await answer_event(accepter, "maybe", invitations[accepter.user_id])
    event_link = await start_link(runtime.hub, 1)  # the event's deep link, as its organiser shares it
    await joiner.send(event_link)
    assert "no longer open" in joiner.last_text() and TITLE not in joiner.last_text()
    await stranger.send(event_link)
    assert "for registered members" in stranger.last_text() and TITLE not in stranger.last_text()
    allowed.attendees_of[ORGANISER.user_id] = {p.user_id for p in (ASKER, ACCEPTER, COLLEAGUE, DECLINER)}

    # the organiser approves the asker (the one seat), declines the colleague, approves the decliner onto the
    # waitlist (approved but not seated: still not confirmed)
    await organiser.send("/myevents")
    await organiser.press(TITLE)
    await organiser.press("Requests (3)")
    approvals = len(api.calls)
    allowed.confirm(ASKER.user_id, approvals)
    for person, decision in ((ASKER, "Approve"), (COLLEAGUE, "Decline"), (DECLINER, "Approve")):
        assert person.name and person.name in organiser.last_text(), "the organiser sees who asks"
        await organiser.press(decision)
    assert "No registrations are waiting" in organiser.last_text()
    await organiser.press("Back")
    for chat in (asker, decliner):  # both hear they were approved and open the event from the notice
        await chat.press("Open", await received(api, chat, "approved", approvals))
    assert VENUE in asker.last_text() and LINK in asker.last_text(), "the seated attendee sees where"
    assert "waitlist" in decliner.last_text() and "Vellumcrest" not in decliner.last_text()

    # the venue moves: everyone who answered hears of it, only the confirmed attendee learns where
    await organiser.press("Edit")
    await press_exactly(organiser, "Venue")
    await organiser.send(NEW_VENUE)
    mark = len(api.calls)
    await organiser.press("Save")
    for chat in (asker, accepter, decliner):
        await received(api, chat, "changed", mark)

    # the asker withdraws, and the seat goes to the waitlisted decliner, who is confirmed from then on
    await asker.send(event_link)
    withdrawn = len(api.calls)
    allowed.unconfirm(ASKER.user_id, withdrawn)
    allowed.confirm(DECLINER.user_id, withdrawn)
    await answer_event(asker, "not_going", asker.last_with_buttons())
    await received(api, decliner, TITLE, withdrawn)
    for chat in (decliner, colleague, accepter):  # the calendar file: a location only for the confirmed
        await chat.send(event_link)
        card = chat.last_with_buttons()
        await chat.press_data(chat.button_for("ics", card)["callback_data"], card["message_id"])
    await answer_event(colleague, "going", card_of(colleague))  # declined, asks again: waits for approval again
    assert "waiting for the organiser's approval" in visible(card_of(colleague)["text"])

    # the organiser's attendee list and a message to attendees; then a reminder a day before
    await organiser.send("/myevents")
    await organiser.press(TITLE)
    await organiser.press("Attendee list")
    # the organiser's own buttons, pressed by someone else (another organiser, an attendee), show them nothing
    manage = organiser.last_with_buttons()
    await other_organiser.send("/myevents")
    assert TITLE not in other_organiser.last_text()
    forged = [b["callback_data"] for b in organiser.buttons(manage) if b.get("callback_data", "").startswith("oe:")]
    assert {data.split(":")[1] for data in forged} >= {"pend", "csv", "msg", "edit"}, forged
    for intruder in (other_organiser, decliner):
        for data in forged:
            await intruder.press_data(data, manage["message_id"])
            assert intruder.toast() == "This button has expired."
    await organiser.press("Message attendees", organiser.last_with_buttons())
    await organiser.send("Bring an ID, and ask at the reception.")
    mark = len(api.calls)
    await organiser.press("Send")
    await received(api, decliner, "Message from the organiser", mark)
    clock.advance(days=7, hours=1, minutes=5)
    mark = len(api.calls)
    assert runtime.due is not None
    await runtime.due.run_once()
    await received(api, decliner, TITLE, mark)

    # two weeks after the acceptance both sides are asked whether they got in touch, and answer; the colleague
    # answers second (nothing changes); the declined introduction asks nobody
    clock.advance(days=7)
    mark = len(api.calls)
    await runtime.due.run_once()
    asked = {
        chat.user_id: await received(api, chat, "Did you get in touch?", mark) for chat in (asker, accepter, colleague)
    }
    await asker.press("Yes, we work together", asked[ASKER.user_id])
    await accepter.press("Yes, we talked", asked[ACCEPTER.user_id])
    await colleague.press("Yes, we work together", asked[COLLEAGUE.user_id])
    assert "already answered" in colleague.last_text()

    for chat in (asker, accepter, colleague, decliner, organiser, joiner):
        await chat.send("/mydata")
    # in a group, whatever a confirmed attendee or the organiser asks for is for the whole group to read
    for person in (DECLINER, ORGANISER):
        in_group = Chat(
            api,
            runtime.hub,
            user_id=person.user_id,
            language_code="en",
            chat_id=GROUP,
            chat_type="supergroup",
            username=person.handle,
        )
        for command in (event_link, "/mydata", "/myevents", "/events"):
            await in_group.send(command)
    await runtime.due.deliver_due()
    assert not await rows(runtime, Delivery, status="pending"), "everything queued was sent and scanned"
    assert {r.telegram_id: r.status for r in await rows(runtime, Rsvp)} == {
        ASKER.user_id: "not_going",
        ACCEPTER.user_id: "maybe",
        COLLEAGUE.user_id: "pending",
        DECLINER.user_id: "going",
    }

    return queries, allowed


async def test_no_message_shows_a_member_to_another_nor_a_venue_to_the_unconfirmed(api, runtime, new_chat):
    queries, allowed = await journey(api, runtime, new_chat)
    violations = privacy_violations(api, queries, allowed)
    assert not violations, "privacy leaks:\n" + "\n".join(map(str, violations))

    # the scan is not vacuous: with no exceptions at all it finds exactly the sightings the rules allow
    everything = {(f.reader, f.subject) for f in privacy_violations(api, queries, Allowed())}
    names, handles = ("name of", "handle of")
    expected = {
        (ASKER.user_id, f"{names} {ACCEPTER.user_id}"),
        (ASKER.user_id, f"{handles} {ACCEPTER.user_id}"),
        (ACCEPTER.user_id, f"{names} {ASKER.user_id}"),
        (ACCEPTER.user_id, f"{handles} {ASKER.user_id}"),
        *((ORGANISER.user_id, f"{names} {p.user_id}") for p in (ASKER, ACCEPTER, COLLEAGUE, DECLINER)),
        (ORGANISER.user_id, f"{names} {JOINER.user_id}"),  # the request to join the organiser's organisation
        *((reader, "venue") for reader in (ASKER.user_id, DECLINER.user_id, ORGANISER.user_id)),
    }
    assert everything == expected, f"found {sorted(everything - expected)}, missed {sorted(expected - everything)}"
