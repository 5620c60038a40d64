"""Request ids, structured JSON logs and Prometheus metrics.

Every request gets an id (the caller's `X-Request-ID` when it is a sane token, else a new one), which is
echoed in the response and attached to every log record written while the request runs. Metrics live in a
registry owned by the app (no process-global state); `/metrics` serves it in Prometheus' text format. With
several workers each process has its own counters: scrape each replica, or run one worker per container.
"""

from __future__ import annotations

import contextvars
import logging
import re
import time
import uuid
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
_SANE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Histogram(
            "stylist_http_request_seconds", "HTTP request latency by route and status", ["method", "route", "status"],
            registry=self.registry, buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
        )
        self.generation = Histogram(
            "stylist_generation_seconds", "Time the model spent generating an answer", ["model"],
            registry=self.registry, buckets=(0.25, 0.5, 1, 2, 4, 8, 15, 30, 60),
        )
        self.tokens = Counter("stylist_generation_tokens", "Model tokens", ["model", "kind"], registry=self.registry)
        self.answers = Counter("stylist_answers", "Outfit answers by outcome", ["outcome"], registry=self.registry)
        self.import_rows = Counter("stylist_import_rows", "Inventory rows imported through the app", ["result"],
                                   registry=self.registry)

    def observe_summary(self, summary: Any) -> None:
        """An engine AnswerSummary (the Stylist's on_answer hook)."""
        self.observe_answer(summary.model, summary.degraded, summary.timings.generation_ms,
                            summary.usage.prompt_tokens, summary.usage.completion_tokens, summary.count)

    def observe_answer(self, model: str, degraded: bool, generation_ms: float, prompt_tokens: int,
                       completion_tokens: int, outfits: int) -> None:
        self.answers.labels("degraded" if degraded else ("empty" if not outfits else "model")).inc()
        if generation_ms > 0:
            self.generation.labels(model).observe(generation_ms / 1000)
        self.tokens.labels(model, "prompt").inc(prompt_tokens)
        self.tokens.labels(model, "completion").inc(completion_tokens)

    def observe_import(self, imported: int, bad_rows: int) -> None:
        self.import_rows.labels("imported").inc(imported)
        self.import_rows.labels("bad").inc(bad_rows)


class RequestContext:
    """Pure ASGI middleware (streams pass through untouched): request id, access log line, latency metric."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics
        self.log = logging.getLogger("app.access")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _SANE_ID.match(given) else uuid.uuid4().hex
        token = REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.requests.labels(scope["method"], route, str(status)).observe(seconds)
            self.log.info("%s %s %s %.1f ms", scope["method"], route, status, seconds * 1000,
                          extra={"method": scope["method"], "route": route, "status": status,
                                 "duration_ms": round(seconds * 1000, 1)})
            REQUEST_ID.reset(token)


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


def configure_logging(fmt: str, level: int = logging.INFO) -> None:
    """`fmt` "json": one JSON object per line (timestamp, level, logger, message, request_id, extras)."""
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    if fmt == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                                           rename_fields={"asctime": "time", "levelname": "level", "name": "logger"}))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("httpx", "chromadb", "sentence_transformers", "urllib3", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def metrics_text(metrics: Metrics) -> tuple[bytes, str]:
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    return generate_latest(metrics.registry), CONTENT_TYPE_LATEST
