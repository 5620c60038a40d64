"""Abuse limits: per-client rate limits (the `limits` library) and a cap on concurrent generations.

Rate limits live in Redis when STYLIST_REDIS_URL is set, so every worker and replica counts the same
requests; otherwise in this process's memory (one process: the embedded default). The generation cap is
per process on purpose: it protects this process's event loop and its share of the model server, and
beyond it a shopper gets a clean 503 with Retry-After instead of a request that queues until it times out.
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator, Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from limits import RateLimitItem, parse
from limits.storage import MemoryStorage, Storage, storage_from_string
from limits.strategies import MovingWindowRateLimiter

from app.config import Settings


class RateLimiter:
    def __init__(self, settings: Settings) -> None:
        self.storage: Storage = storage_from_string(settings.redis_url) if settings.redis_url else MemoryStorage()
        self.strategy = MovingWindowRateLimiter(self.storage)
        self.namespace = settings.rate_limit_namespace
        self.rules: dict[str, RateLimitItem] = {"outfits": parse(settings.rate_limit_outfits),
                                                "login": parse(settings.rate_limit_login),
                                                "uploads": parse(settings.rate_limit_uploads)}

    def retry_after(self, rule: str, client: str) -> int | None:
        """Count one request; None when allowed, else the seconds until the client may try again."""
        item = self.rules[rule]
        if self.strategy.hit(item, self.namespace, rule, client):
            return None
        stats = self.strategy.get_window_stats(item, self.namespace, rule, client)
        return max(1, math.ceil(stats.reset_time - time.time()))


class GenerationGate:
    """At most `limit` generations at once in this process; no waiting line."""

    def __init__(self, limit: int, retry_after_s: int) -> None:
        self.limit = limit
        self.retry_after_s = retry_after_s
        self.in_flight = 0  # only touched on the event loop thread: no lock needed

    def try_enter(self) -> bool:
        if self.in_flight >= self.limit:
            return False
        self.in_flight += 1
        return True

    def leave(self) -> None:
        self.in_flight -= 1


def client_key(request: Request) -> str:
    """The client's address (uvicorn resolves X-Forwarded-For from trusted proxies: --forwarded-allow-ips)."""
    return request.client.host if request.client else "unknown"


def rate_limited(rule: str) -> Callable[[Request], None]:
    def check(request: Request) -> None:
        limiter: RateLimiter = request.app.state.limiter
        wait = limiter.retry_after(rule, client_key(request))
        if wait is not None:
            raise HTTPException(
                429, f"too many requests: the limit is {limiter.rules[rule]}; try again in {wait} s",
                headers={"Retry-After": str(wait)},
            )

    return check


def enter_generation(request: Request) -> GenerationGate:
    """Take a generation slot or refuse with 503 + Retry-After; the caller leaves the gate when done."""
    gate: GenerationGate = request.app.state.generation_gate
    if not gate.try_enter():
        raise HTTPException(
            503, f"the stylist is busy ({gate.limit} outfits are being generated); try again in "
                 f"{gate.retry_after_s} s",
            headers={"Retry-After": str(gate.retry_after_s)},
        )
    return gate


async def generation_slot(request: Request) -> AsyncIterator[None]:
    """Held until the response (a stream too) is finished."""
    gate = enter_generation(request)
    try:
        yield
    finally:
        gate.leave()


OutfitRateLimit = Annotated[None, Depends(rate_limited("outfits"))]
LoginRateLimit = Annotated[None, Depends(rate_limited("login"))]
UploadRateLimit = Annotated[None, Depends(rate_limited("uploads"))]
GenerationSlot = Annotated[None, Depends(generation_slot)]
