"""Liveness (`/healthz`) and readiness (`/readyz`: database, index and model, each with what is wrong)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy import func, select, text

from app.api.deps import IndexDep, ServicesDep, SessionDep
from app.api.schemas import ComponentStatus, Health, Readiness
from app.catalog.models import Product

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, summary="The app is up; catalog and index sizes")
def healthz(session: SessionDep, index: IndexDep) -> Health:
    products = session.scalar(select(func.count()).select_from(Product)) or 0
    return Health(status="ok", products=products, indexed=index.count())


@router.get("/readyz", response_model=Readiness, summary="Can this process serve outfits, and how well",
            responses={503: {"model": Readiness, "description": "the database or the index is unreachable"}})
def readyz(request: Request, response: Response, services: ServicesDep) -> Readiness:
    """200 `ready`: everything answers. 200 `degraded`: the model server is not ready, outfits come from the
    composer. 503 `unavailable`: the database or the index does not answer (a load balancer should stop
    sending shoppers here)."""
    try:
        with services.sessions() as session:
            session.execute(text("SELECT 1"))
        database = ComponentStatus(ok=True, detail=services.engine.dialect.name)
    except Exception as exc:  # noqa: BLE001 - any failure means not ready; the detail says which
        database = ComponentStatus(ok=False, detail=f"{exc.__class__.__name__}: {str(exc).splitlines()[0][:200]}")
    try:
        index = ComponentStatus(ok=True, detail=f"{services.index.count()} products indexed")
    except Exception as exc:  # noqa: BLE001
        index = ComponentStatus(ok=False, detail=f"{exc.__class__.__name__}: {str(exc)[:200]}")
    model_status = request.app.state.runtime.status
    model = ComponentStatus(ok=model_status == "ready", detail=model_status)
    if not (database.ok and index.ok):
        response.status_code = 503
        status = "unavailable"
    else:
        status = "ready" if model.ok else "degraded"
    return Readiness(status=status, database=database, index=index, model=model)


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    """Prometheus text format: request latency by route, generation latency and tokens, answers by outcome,
    imported rows. Per process (see app/observability.py)."""
    from app.observability import metrics_text

    body, content_type = metrics_text(request.app.state.metrics)
    return Response(body, media_type=content_type)
