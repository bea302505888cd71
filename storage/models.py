"""The database schema. Times are UTC and timezone-aware; taxonomy values are stable ids (DOMAIN.md)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ColumnElement,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    and_,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """SQLite forgets time zones; give every value back as aware UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(UTC) if value else None

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


@dataclass(frozen=True)
class Audience:
    """Whom an organiser's message is for: the members matching every filter given (an empty one lets everyone
    through), or, with `event_id`, those who answered that event (`event_statuses`, Going when none)."""

    topics: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    vetting: tuple[str, ...] = ()
    event_id: int | None = None
    event_statuses: tuple[str, ...] = ()

    @classmethod
    def of(cls, stored: Mapping[str, Any]) -> Audience:
        """From a draft or a stored row; a filter this version does not know is ignored."""
        known = {f.name for f in fields(cls)}
        given: dict[str, Any] = {k: v if k == "event_id" else tuple(v or ()) for k, v in stored.items() if k in known}
        return cls(**given)

    def as_json(self) -> dict[str, Any]:
        return {k: v if k == "event_id" else list(v) for k, v in asdict(self).items() if v}


class AudienceJSON(TypeDecorator[Audience]):
    """An `Audience` kept as JSON: only the filters given, as the rows written before it were."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Audience | None, dialect: Any) -> dict[str, Any] | None:
        return value.as_json() if value is not None else None

    def process_result_value(self, value: dict[str, Any] | None, dialect: Any) -> Audience | None:
        return Audience.of(value) if value is not None else None


class Base(DeclarativeBase):
    pass


# The fixed values of the status, kind and role columns. The columns stay strings (the database holds these very
# values), and a value read back is a plain `str` that compares equal to its member: `StrEnum` members are strings.


class Vetting(StrEnum):
    """Organisation.vetting: an admin's (or the vouches') decision on an organisation."""

    PENDING = "pending"
    VETTED = "vetted"
    REJECTED = "rejected"


class Membership(StrEnum):
    """Member.membership (None: not registered with an organisation)."""

    FOUNDER = "founder"  # created the organisation here
    REQUESTED = "requested"  # asked to join an existing one, not approved yet
    MEMBER = "member"  # a joiner its founder or members approved


class Role(StrEnum):
    """Member.role: what the member may do in the hub."""

    MEMBER = "member"
    ORGANISER = "organiser"
    ADMIN = "admin"


class EventStatus(StrEnum):
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class EventScope(StrEnum):
    """Event.scope, a taxonomy id (handlers/kit/taxonomy.py)."""

    NATIONAL = "national"
    REGIONAL = "regional"
    CROSS_REGIONAL = "cross_regional"


class EventFormat(StrEnum):
    """Event.format, a taxonomy id (handlers/kit/taxonomy.py)."""

    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class RsvpStatus(StrEnum):
    GOING = "going"
    MAYBE = "maybe"
    NOT_GOING = "not_going"
    WAITLIST = "waitlist"
    PENDING = "pending"  # going, waiting for an organiser's approval
    DECLINED = "declined"  # an organiser declined it


class ReminderKind(StrEnum):
    """Reminder.kind: how long before the start it goes out."""

    DAY = "24h"
    HOUR = "1h"


class ReminderOutcome(StrEnum):
    QUEUED = "queued"  # turned into a delivery
    SKIPPED = "skipped"  # found too late to be worth sending


class DeliveryStatus(StrEnum):
    """Delivery.status: pending → sending → sent | blocked | failed | cancelled | skipped."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    BLOCKED = "blocked"
    FAILED = "failed"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


class DeliveryKind(StrEnum):
    """Delivery.kind: which notice renderer sends it (handlers/routes.py)."""

    CAMPAIGN = "campaign"
    DIGEST = "digest"
    EVENT_REMINDER = "event-reminder"
    EVENT_PROMOTED = "event-promoted"
    EVENT_APPROVED = "event-approved"
    EVENT_DECLINED = "event-declined"
    EVENT_CANCELLED = "event-cancelled"
    EVENT_CHANGED = "event-changed"
    EVENT_MESSAGE = "event-message"
    INTRO_REQUEST = "intro-request"
    INTRO_ACCEPTED = "intro-accepted"
    INTRO_CLOSED = "intro-closed"
    INTRO_FOLLOWUP = "intro-followup"
    COALITION_MESSAGE = "coalition-message"
    VETTING_DECIDED = "vetting-decided"
    ROLE_CHANGED = "role-changed"
    ORGANISATION_WARNED = "organisation-warned"
    JOIN_REQUEST = "join-request"
    JOIN_DECIDED = "join-decided"


class CampaignStatus(StrEnum):
    """Campaign.status: scheduled → queueing → sending → done, or cancelled."""

    SCHEDULED = "scheduled"
    QUEUEING = "queueing"  # one process is writing its deliveries
    SENDING = "sending"
    DONE = "done"
    CANCELLED = "cancelled"


class CampaignKind(StrEnum):
    """Campaign.kind: the kind of update a member subscribes to (Subscription)."""

    NEWS = "news"
    INVITATION = "invitation"
    BRIEF = "brief"


class Rhythm(StrEnum):
    """Subscription.rhythm."""

    INSTANT = "instant"
    WEEKLY = "weekly"


class IntroductionStatus(StrEnum):
    """Introduction.status: pending → accepted | declined | blocked."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    BLOCKED = "blocked"


class FollowUpAnswer(StrEnum):
    """IntroductionFollowUp.answer: did the two organisations get in touch after the introduction?"""

    WORKING = "working"  # yes, and they work together
    TALKED = "talked"  # yes, they talked
    NOT_YET = "not_yet"  # asked once more, two weeks later; the second "not yet" is the answer
    NO = "no"


class ReportStatus(StrEnum):
    OPEN = "open"
    DISMISSED = "dismissed"
    ACTED = "acted"


# who acts for an organisation: whoever created it here ("founder") and the joiners its members approved
# ("member"). Someone who only asked to join ("requested") is registered but acts for nobody: they neither see the
# organisation's profile nor count as a member of a vetted organisation anywhere.
ACTING_MEMBERSHIPS = (Membership.FOUNDER, Membership.MEMBER)


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # casefolded name, for search and to keep two organisations from sharing one name
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    country: Mapped[str] = mapped_column(String(16))
    sector: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    discoverable: Mapped[bool] = mapped_column(Boolean, default=False)
    vetting: Mapped[Vetting] = mapped_column(String(16), default=Vetting.PENDING)
    # an admin suspended it: its members receive nothing and may only see or erase their data
    suspended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    vouch_code: Mapped[str | None] = mapped_column(String(16), default=None)  # in the link its founder shares
    # vetted by vouches of other organisations rather than by an admin: it may not vouch itself
    # (handlers/partners/vouching.py)
    vetted_by_vouches: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    topics: Mapped[list[OrganisationTopic]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="OrganisationTopic.topic"
    )
    activities: Mapped[list[OrganisationActivity]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="OrganisationActivity.activity"
    )


class OrganisationTopic(Base):
    __tablename__ = "organisation_topics"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)


class OrganisationActivity(Base):
    __tablename__ = "organisation_activities"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    activity: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)


class Member(Base):
    """A Telegram user the hub knows. Registered once `registered_at` is set; before that only a language."""

    __tablename__ = "members"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    locale: Mapped[str | None] = mapped_column(String(16), default=None)
    display_name: Mapped[str | None] = mapped_column(String(64), default=None)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), default=None, index=True
    )
    # founder: created the organisation here; requested: asked to join an existing one; member: a joiner its
    # founder or members approved (ACTING_MEMBERSHIPS)
    membership: Mapped[Membership | None] = mapped_column(String(16), default=None)
    role: Mapped[Role] = mapped_column(String(16), default=Role.MEMBER)
    # set when Telegram answers 403 (the member blocked the bot); nothing is sent until they write again
    unreachable_since: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # may the member's @handle be given to a partner whose introduction was accepted (/profile)
    share_handle: Mapped[bool] = mapped_column(Boolean, default=False)
    suspended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)  # as for an organisation
    # may the hub ask them, after an introduction, whether the organisations got in touch (/profile)
    follow_ups: Mapped[bool] = mapped_column(Boolean, default=True)

    @property
    def acting(self) -> bool:
        """Acts for their organisation: founded it, or was approved to join it."""
        return self.organisation is not None and self.membership in ACTING_MEMBERSHIPS

    @property
    def vetted(self) -> bool:
        """Acts for a vetted organisation: what every "members of vetted organisations only" rule asks."""
        return self.acting and self.organisation is not None and self.organisation.vetting == Vetting.VETTED

    @property
    def suspended(self) -> bool:
        """Suspended themselves, or through their organisation."""
        return self.suspended_at is not None or (
            self.organisation is not None and self.organisation.suspended_at is not None
        )

    consent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    registered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    # joined: every update loads its member, and with it the organisation (Member.suspended needs it)
    organisation: Mapped[Organisation | None] = relationship(lazy="joined")
    # loaded only with the member at the start of an update (repos.member_and_conversation), never by touching it
    conversation: Mapped[Conversation | None] = relationship(
        primaryjoin="foreign(Conversation.telegram_id) == Member.telegram_id",
        viewonly=True,
        uselist=False,
        lazy="raise",
    )


class Conversation(Base):
    """The step a user is at in a multi-step flow, so a restart loses nothing (DESIGN.md §3)."""

    __tablename__ = "conversations"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    flow: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    # a fresh token per flow run; buttons carry it, so buttons of a finished run are recognised as stale
    token: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class InboxUpdate(Base):
    """A Telegram update taken in. In webhook mode it is written here, whole, before Telegram is answered 200, and
    handled from here, so a process killed with updates in hand loses none of them (they are handled at the next
    start, or by another process once their claim runs out). In both modes its handling marks it handled in the
    handler's own transaction, so an update delivered again (unconfirmed when the process died, posted twice,
    taken by two processes) is applied once. Once handled, the update's text goes; the id and the times are kept
    two days (Telegram keeps an unconfirmed update at most one), and they hold no personal data. The reply the
    handling decided is kept with it until it is sent (`reply`)."""

    __tablename__ = "inbox"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    body: Mapped[str | None] = mapped_column(Text)  # the update's JSON, until handled (webhook mode only)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # a process has taken it to handle until then; past it, another (or the next start) takes it
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    handled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    # the reply its handling decided, from the commit until it is sent (a process killed in between sends it at its
    # next start, if it is still fresh); then NULL
    reply: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


def new_event_code() -> str:
    """11 random characters of `[A-Za-z0-9_-]`: fits a deep link, and no one can guess the next event's."""
    return secrets.token_urlsafe(8)


class Event(Base):
    """A resilience dialogue. Titles and descriptions live in `EventText`, one row per language written."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # what links and calendar files name the event by: row ids can be counted and walked, a random code cannot
    code: Mapped[str] = mapped_column(String(16), unique=True, index=True, default=new_event_code)
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.telegram_id", ondelete="SET NULL"), default=None, index=True
    )
    scope: Mapped[EventScope] = mapped_column(String(16))
    format: Mapped[EventFormat] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(16), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    venue: Mapped[str | None] = mapped_column(Text, default=None)
    online_link: Mapped[str | None] = mapped_column(String(300), default=None)
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)  # None: unlimited
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    chatham_house: Mapped[bool] = mapped_column(Boolean, default=False)
    # None: venue and link shown to confirmed attendees at once; N: from N hours before the start
    reveal_hours: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[EventStatus] = mapped_column(String(16), default=EventStatus.PUBLISHED)
    # bumped by every RSVP change: the UPDATE takes the row lock that serialises seat counting
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    texts: Mapped[list[EventText]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="EventText.locale"
    )
    topics: Mapped[list[EventTopic]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="EventTopic.topic"
    )


class EventText(Base):
    __tablename__ = "event_texts"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    locale: Mapped[str] = mapped_column(String(16), primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")


class EventTopic(Base):
    __tablename__ = "event_topics"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)


class Rsvp(Base):
    """One member's answer to one event: going | maybe | not_going | waitlist | pending | declined."""

    __tablename__ = "rsvps"
    __table_args__ = (UniqueConstraint("event_id", "telegram_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    telegram_id: Mapped[int] = mapped_column(ForeignKey("members.telegram_id", ondelete="CASCADE"), index=True)
    status: Mapped[RsvpStatus] = mapped_column(String(16))
    approved: Mapped[bool] = mapped_column(Boolean, default=False)  # an organiser accepted this member
    queued_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)  # waitlist order
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Reminder(Base):
    """Due work (DESIGN.md §6): one row per attendee and reminder; the tick turns due rows into deliveries."""

    __tablename__ = "reminders"
    __table_args__ = (UniqueConstraint("event_id", "telegram_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    telegram_id: Mapped[int] = mapped_column(ForeignKey("members.telegram_id", ondelete="CASCADE"), index=True)
    kind: Mapped[ReminderKind] = mapped_column(String(8))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    outcome: Mapped[ReminderOutcome | None] = mapped_column(String(16), default=None)


class Delivery(Base):
    """The outbox (DESIGN.md §6): one message to one member, rendered in their language when it is sent."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(ForeignKey("members.telegram_id", ondelete="CASCADE"), index=True)
    kind: Mapped[DeliveryKind] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), default=None, index=True
    )
    status: Mapped[DeliveryStatus] = mapped_column(String(16), default=DeliveryStatus.PENDING, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    last_error: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only record of organiser and admin actions; never message content."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(BigInteger, default=None, index=True)  # erased by /forget
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Campaign(Base):
    """A message from an organiser to many members: a broadcast, an invitation or a brief (DESIGN.md §6)."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.telegram_id", ondelete="SET NULL"), default=None, index=True
    )
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # locale → text, as the organiser wrote it
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), default=None)
    link: Mapped[str | None] = mapped_column(String(300), default=None)
    audience: Mapped[Audience] = mapped_column(AudienceJSON, default=Audience)  # the filters, kept for the report
    status: Mapped[CampaignStatus] = mapped_column(String(16), default=CampaignStatus.SCHEDULED, index=True)
    send_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    kind: Mapped[CampaignKind] = mapped_column(String(16), default=CampaignKind.NEWS)
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # briefs: locale → title
    # what the update is about, matched against each subscriber's topics and countries; empty: everyone
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)


class Subscription(Base):
    """The updates a member asked for (/subscribe). No row, no updates: subscribing is opt-in."""

    __tablename__ = "subscriptions"

    telegram_id: Mapped[int] = mapped_column(
        ForeignKey("members.telegram_id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    invitations: Mapped[bool] = mapped_column(Boolean, default=True)
    briefs: Mapped[bool] = mapped_column(Boolean, default=True)
    news: Mapped[bool] = mapped_column(Boolean, default=True)
    rhythm: Mapped[Rhythm] = mapped_column(String(8), default=Rhythm.INSTANT)
    digest_day: Mapped[int] = mapped_column(Integer, default=0)  # 0 = Monday
    digest_hour: Mapped[int] = mapped_column(Integer, default=9)
    zone: Mapped[str] = mapped_column(String(64), default="UTC")  # the day and hour are read in this zone
    # the due-work tick sends a digest when this has passed and moves it a week on, in one transaction
    next_digest_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None, index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    topics: Mapped[list[SubscriptionTopic]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="SubscriptionTopic.topic"
    )
    countries: Mapped[list[SubscriptionCountry]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="SubscriptionCountry.country"
    )


class SubscriptionTopic(Base):
    __tablename__ = "subscription_topics"

    telegram_id: Mapped[int] = mapped_column(
        ForeignKey("subscriptions.telegram_id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(32), primary_key=True)


class SubscriptionCountry(Base):
    __tablename__ = "subscription_countries"

    telegram_id: Mapped[int] = mapped_column(
        ForeignKey("subscriptions.telegram_id", ondelete="CASCADE"), primary_key=True
    )
    country: Mapped[str] = mapped_column(String(16), primary_key=True)


class DigestItem(Base):
    """A campaign kept for a weekly subscriber's digest; `delivery_id` is set when a digest takes it."""

    __tablename__ = "digest_items"
    __table_args__ = (UniqueConstraint("telegram_id", "campaign_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(ForeignKey("members.telegram_id", ondelete="CASCADE"), index=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), index=True)
    delivery_id: Mapped[int | None] = mapped_column(
        ForeignKey("deliveries.id", ondelete="SET NULL"), default=None, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


# a request still waiting for its answer (declined and blocked ones wait too, as far as the requester can tell)
OPEN_REQUEST = f"status = '{IntroductionStatus.PENDING}' AND closed_at IS NULL"


class Introduction(Base):
    """A member's request to be introduced to another organisation (double opt-in).

    The requester only ever learns `accepted`; declined, blocked and unanswered requests look the same to them
    and are closed after 14 days. Handles are kept only when their owner allows sharing them."""

    __tablename__ = "introductions"
    # one request waiting at a time from an organisation to another, even from two processes at once (the count of
    # open requests is taken under a lock too: partner_repos.lock_requests); a closed one keeps status pending
    __table_args__ = (
        Index(
            "uq_introductions_open_pair",
            "requester_org_id",
            "target_org_id",
            unique=True,
            postgresql_where=text(OPEN_REQUEST),
            sqlite_where=text(OPEN_REQUEST),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("members.telegram_id", ondelete="CASCADE"), index=True)
    requester_org_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    target_org_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    requester_handle: Mapped[str | None] = mapped_column(String(32), default=None)
    # closed_at is set when the requester is told it did not happen
    status: Mapped[IntroductionStatus] = mapped_column(String(16), default=IntroductionStatus.PENDING, index=True)
    answered_by: Mapped[int | None] = mapped_column(
        ForeignKey("members.telegram_id", ondelete="SET NULL"), default=None
    )
    answer_handle: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class IntroductionFollowUp(Base):
    """Due work: one side of an accepted introduction is asked whether it got in touch with the other.

    One row per organisation and round: the tick asks the side's members once `due_at` has passed (`asked_at` set in
    the same transaction as their outbox rows), the first colleague's answer is the side's, and a first "not yet"
    adds round 2, two weeks on. The other side never sees it; /forget blanks `answered_by`, the answer stays counted."""

    __tablename__ = "introduction_followups"
    __table_args__ = (UniqueConstraint("introduction_id", "organisation_id", "round"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    introduction_id: Mapped[int] = mapped_column(ForeignKey("introductions.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    round: Mapped[int] = mapped_column(Integer, default=1)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    asked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    answer: Mapped[FollowUpAnswer | None] = mapped_column(String(16), default=None)
    answered_by: Mapped[int | None] = mapped_column(
        ForeignKey("members.telegram_id", ondelete="SET NULL"), default=None, index=True
    )
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class OrganisationBlock(Base):
    """One organisation will not hear from, nor be suggested to, another (and the other way round)."""

    __tablename__ = "organisation_blocks"

    blocker_org_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    blocked_org_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Coalition(Base):
    """A member's named group of accepted partner organisations around a topic, to write to all at once."""

    __tablename__ = "coalitions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("members.telegram_id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    topic: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    partners: Mapped[list[CoalitionPartner]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="CoalitionPartner.organisation_id"
    )


class CoalitionPartner(Base):
    __tablename__ = "coalition_partners"

    coalition_id: Mapped[int] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CoalitionMessage(Base):
    """One message to a coalition; each recipient's outbox row points here, so /forget of the sender (or the
    coalition's end) takes back what was not sent yet."""

    __tablename__ = "coalition_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    coalition_id: Mapped[int] = mapped_column(ForeignKey("coalitions.id", ondelete="CASCADE"), index=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("members.telegram_id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Report(Base):
    """A member's report of an organisation, or of an event it runs, for the admins' moderation queue."""

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("members.telegram_id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(32))
    # the event the report was made from, if any: the organisation answers for its organiser's events
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), default=None)
    status: Mapped[ReportStatus] = mapped_column(String(16), default=ReportStatus.OPEN, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Vouch(Base):
    """A vetted organisation's word that a pending one is genuine, given by one of its members."""

    __tablename__ = "vouches"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    voucher_org_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    voucher_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.telegram_id", ondelete="SET NULL"), default=None, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SuspendedPerson(Base):
    """Someone suspended (themselves or through their organisation) who then used /forget: /forget erases them, not
    the admins' decision. Whoever comes back with that Telegram id is suspended again from their first message.
    Kept as a keyed digest, as `Erasure` is and for the same reasons."""

    __tablename__ = "suspended_people"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # HMAC-SHA256 of the id, erasure key
    suspended_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Erasure(Base):
    """Someone who used /forget, so that `resilience-hub restore` erases them again from an older backup.

    Kept as a keyed hash of the Telegram id, never the id: the list outlives the people on it and travels in every
    backup, and an id there would be the very thing we promised to erase (and would show who once used the hub).
    A plain hash would not do either: Telegram ids are few enough (about 10^10) to hash them all in minutes. Keyed
    with the database's own random key (`HubKey`), a digest can only be matched by whoever holds the database."""

    __tablename__ = "erasures"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # HMAC-SHA256 of the id, hex
    # when: a member first seen after it (they came back) is not erased again
    erased_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class HubKey(Base):
    """A random key made once for this database and shared by every process on it: `log` keys the pseudonyms in
    the logs, `erasure` the digests of `Erasure`. Neither is derived from the bot's token, which changes hands."""

    __tablename__ = "hub_keys"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))  # hex


def in_vetted_organisation() -> ColumnElement[bool]:
    """`Member.vetted` in SQL, for a query that joins the member's organisation: acting for a vetted one."""
    # coalesce: a member with no organisation (outer join) or no membership is false here, not NULL, so the
    # negation picks them up too
    return and_(
        func.coalesce(Organisation.vetting, "") == Vetting.VETTED,
        func.coalesce(Member.membership, "").in_(ACTING_MEMBERSHIPS),
    )


def suspended_members() -> Select[int]:
    """The Telegram ids of members suspended themselves or through their organisation: nothing of theirs goes out."""
    return (
        select(Member.telegram_id)
        .outerjoin(Organisation, Organisation.id == Member.organisation_id)
        .where(or_(Member.suspended_at.is_not(None), Organisation.suspended_at.is_not(None)))
    )
