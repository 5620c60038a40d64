"""Catalog reads used by the API and the web pages."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.catalog.models import Product, Variant


def get_product(session: Session, handle: str) -> Product | None:
    return session.scalar(select(Product).where(Product.handle == handle))


def browse_query(
    *,
    departments: Sequence[str] | None = None,
    slot: str | None = None,
    size: str | None = None,
    min_price: Decimal | None = None,
    max_price: Decimal | None = None,
    include_sold_out: bool = False,
    include_inactive: bool = False,
) -> Select[tuple[Product]]:
    query = select(Product)
    if not include_inactive:
        query = query.where(Product.active.is_(True))
    if departments:
        query = query.where(Product.department.in_(list(departments)))
    if slot:
        query = query.where(Product.slot == slot)
    variant = select(Variant.id).where(Variant.product_id == Product.id)
    if not include_sold_out:
        variant = variant.where(Variant.stock > 0)
    if size:
        variant = variant.where(Variant.size == size)
    if min_price is not None:
        variant = variant.where(Variant.price >= min_price)
    if max_price is not None:
        variant = variant.where(Variant.price <= max_price)
    if not include_sold_out or size or min_price is not None or max_price is not None:
        query = query.where(variant.exists())
    return query


def browse(session: Session, query: Select[tuple[Product]], after_id: int, limit: int) -> list[Product]:
    return list(session.scalars(query.where(Product.id > after_id).order_by(Product.id).limit(limit)))


def count(session: Session, query: Select[tuple[Product]]) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0
