"""The FastAPI application: `create_app()` wires routers, error handlers and the lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from app import __version__
from app.api import problems
from app.api.routes import health, items, outfits
from app.api.body_limit import BodySizeLimit
from app.api.throttle import GenerationGate, RateLimiter
from app.config import REPO_ROOT, Settings, get_settings
from app.observability import Metrics, RequestContext, configure_logging
from app.process_memory import limit_malloc_arenas
from app.services import Services, start
from app.stylist.runtime import start_runtime
from app.web import routes as web
from app.web import staff_pages, stylist_pages

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """An app that builds its services at start-up, or uses the given ones (tests share them)."""
    settings = services.settings if services is not None else (settings or get_settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = services is None
        if owned:  # a real start (each worker process too): structured logs as the settings say
            configure_logging(settings.log_format)
            limit_malloc_arenas(settings.malloc_arenas)  # before the threads that would each make one
        app.state.services = services or start(settings)
        active = app.state.services.settings
        app.state.limiter = RateLimiter(active)
        app.state.generation_gate = GenerationGate(active.max_concurrent_generations, active.busy_retry_after_s)
        app.state.runtime = await start_runtime(app.state.services.settings, app.state.services,
                                                on_answer=metrics.observe_summary)
        try:
            yield
        finally:
            await app.state.runtime.close()
            if owned:
                app.state.services.close()

    app = FastAPI(
        title="Vibe Stylist",
        version=__version__,
        summary="Complete outfits for a shopper's vibe, from what the store has in stock.",
        lifespan=lifespan,
    )
    metrics = Metrics()
    app.state.metrics = metrics
    problems.install(app)
    # signed cookie sessions (staff login, CSRF tokens): HttpOnly and SameSite=Lax always, Secure when set
    app.add_middleware(SessionMiddleware, secret_key=settings.session_secret(), session_cookie="stylist_session",
                       max_age=settings.session_max_age_s, same_site="lax", https_only=settings.cookie_secure)
    app.include_router(health.router)
    app.include_router(items.router)
    app.include_router(outfits.router)
    app.include_router(stylist_pages.router)
    app.include_router(staff_pages.router)
    app.include_router(web.router)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    # outermost: every request (errors included) gets an id, an access log line and a latency sample
    app.add_middleware(RequestContext, metrics=metrics)
    app.mount("/static", StaticFiles(directory=str(REPO_ROOT / "templates" / "static")), name="static")
    return app
