"""Liveness and a readiness summary."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import func, select

from app.api.deps import IndexDep, SessionDep
from app.api.schemas import Health
from app.catalog.models import Product

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, summary="The app is up; catalog and index sizes")
def healthz(session: SessionDep, index: IndexDep) -> Health:
    products = session.scalar(select(func.count()).select_from(Product)) or 0
    return Health(status="ok", products=products, indexed=index.count())
