"""The database schema. Times are UTC and timezone-aware; taxonomy values are stable ids (DOMAIN.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, ForeignKey, Integer, String, Text, TypeDecorator
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


class Base(DeclarativeBase):
    pass


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
    vetting: Mapped[str] = mapped_column(String(16), default="pending")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    topics: Mapped[list[OrganisationTopic]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="OrganisationTopic.topic"
    )
    activities: Mapped[list[OrganisationActivity]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="OrganisationActivity.activity"
    )


class OrganisationTopic(Base):
    __tablename__ = "organisation_topics"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)


class OrganisationActivity(Base):
    __tablename__ = "organisation_activities"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
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
    # founder: created the organisation here; requested: asked to join an existing one
    membership: Mapped[str | None] = mapped_column(String(16), default=None)
    role: Mapped[str] = mapped_column(String(16), default="member")
    consent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    registered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    organisation: Mapped[Organisation | None] = relationship(lazy="selectin")


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
