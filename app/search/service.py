"""Text + filters -> ranked products, every hit re-checked against SQL before it is returned."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.models import Product
from app.search.index import ProductIndex, SearchFilters


@dataclass(frozen=True)
class SearchHit:
    product: Product
    score: float


def passes(product: Product, filters: SearchFilters) -> bool:
    """The SQL truth check: the index may lag behind a stock change, this may not."""
    if not filters.include_inactive and not product.active:
        return False
    if filters.slots and product.slot not in filters.slots:
        return False
    if filters.departments and product.department not in filters.departments:
        return False
    if product.handle in filters.exclude_handles:
        return False
    variants = product.variants
    if not filters.include_out_of_stock:
        variants = [v for v in variants if v.stock > 0]
    if filters.size:
        variants = [v for v in variants if v.size == filters.size]
    if filters.max_price is not None:
        variants = [v for v in variants if v.price <= Decimal(str(filters.max_price))]
    if filters.min_price is not None:
        variants = [v for v in variants if v.price >= Decimal(str(filters.min_price))]
    return bool(variants)


def search(
    session: Session, index: ProductIndex, text: str, filters: SearchFilters, limit: int = 20
) -> list[SearchHit]:
    vector = index.embedder.embed_one(text)
    return search_vector(session, index, vector, filters, limit)


def search_vector(
    session: Session, index: ProductIndex, vector: list[float], filters: SearchFilters, limit: int = 20,
    refresh: bool = True,
) -> list[SearchHit]:
    """Ranked, SQL-checked hits; `refresh=False` when the caller refreshed the replica for this request already."""
    if refresh:
        index.refresh(session)
    # Ask for a few more than needed: hits that fail the SQL re-check are dropped.
    ranked = index.query(vector, filters, limit + max(5, limit // 2))
    if not ranked:
        return []
    products = {p.handle: p for p in session.scalars(select(Product).where(Product.handle.in_([h for h, _ in ranked])))}
    hits = [
        SearchHit(products[h], score) for h, score in ranked if h in products and passes(products[h], filters)
    ]
    return hits[:limit]
