"""Prometheus metrics for /metrics: what the hub handled, how fast, and how its outbox stands.

Counters and the latency histogram are this process's; the outbox figures are read from the database when
scraped, so every process reports the same, whole picture."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from handlers.kit.pacing import FloodGuard, Limiter
from storage import stats_repos
from storage.models import DeliveryStatus

DELIVERY_STATUSES = tuple(DeliveryStatus)
WAITING = (DeliveryStatus.PENDING, DeliveryStatus.SENDING)
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    def __init__(self, limiter: Limiter, flood: FloodGuard) -> None:
        """The hub's limiter and flood guard are made here, first, so the hub is built with both and its metrics."""
        self.limiter, self.flood = limiter, flood
        self.registry = CollectorRegistry()  # one per runtime: tests run many in one process
        self.updates = Counter("hub_updates", "Updates handled, by type", ["type"], registry=self.registry)
        self.latency = Histogram(
            "hub_handler_seconds",
            "Time a handler took, with its database transaction",
            ["type"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.deliveries = Gauge("hub_deliveries", "Outbox rows by status", ["status"], registry=self.registry)
        self.backlog = Gauge("hub_outbox_backlog", "Outbox rows waiting to be sent", registry=self.registry)
        self.registry.register(_RetryAfters(limiter))
        self.registry.register(_Dropped(flood))

    def observe(self, kind: str, seconds: float) -> None:
        self.updates.labels(kind).inc()
        self.latency.labels(kind).observe(seconds)

    async def render(self, sessions: async_sessionmaker[AsyncSession]) -> bytes:
        async with sessions() as session:
            counts = await stats_repos.deliveries_by_status(session)
        for status in DELIVERY_STATUSES:
            self.deliveries.labels(status).set(counts.get(status, 0))
        self.backlog.set(sum(counts.get(status, 0) for status in WAITING))
        return generate_latest(self.registry)


class _RetryAfters(Collector):
    """429s from Telegram, as the shared limiter counted them (every sender reports its 429s to it)."""

    def __init__(self, limiter: Limiter) -> None:
        self.limiter = limiter

    def collect(self) -> Iterator[Metric]:
        yield CounterMetricFamily(
            "hub_telegram_429", "429 Too Many Requests answers received", value=self.limiter.retry_afters
        )


class _Dropped(Collector):
    """Updates dropped by the flood limit (handlers/kit/pacing.py), this process's."""

    def __init__(self, flood: FloodGuard) -> None:
        self.flood = flood

    def collect(self) -> Iterator[Metric]:
        yield CounterMetricFamily(
            "hub_updates_dropped",
            "Updates dropped: their sender went past the flood limit",
            value=self.flood.dropped,
        )
