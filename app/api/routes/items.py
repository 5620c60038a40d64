"""Catalog items: browse with filters and cursor pagination, semantic search, one item."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from app.api.problems import PROBLEM_RESPONSES
from app.api.deps import IndexDep, SessionDep
from app.api.schemas import ItemPage, ItemPublic
from app.auth.deps import ApiReadKey
from app.catalog import queries
from app.search.index import SearchFilters, department_scope
from app.search.service import search

router = APIRouter(prefix="/api/v1/items", tags=["items"], responses=PROBLEM_RESPONSES)

MAX_SEARCH_DEPTH = 500  # semantic search pages stop here; refine the text or filters instead

Department = Literal["women", "men", "unisex"]
Slot = Literal["top", "bottom", "dress", "outerwear", "shoes", "accessory"]


def _encode(payload: dict[str, int]) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


def _decode(cursor: str) -> dict[str, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded))
        if not isinstance(payload, dict) or not all(isinstance(v, int) and v >= 0 for v in payload.values()):
            raise ValueError
        return payload
    except ValueError:
        raise HTTPException(400, "invalid cursor: pass the next_cursor value of the previous page unchanged") from None


@router.get("", response_model=ItemPage, summary="Browse or search the catalog")
def list_items(
    session: SessionDep,
    index: IndexDep,
    _key: ApiReadKey,
    q: Annotated[str | None, Query(max_length=500, description="free text, ranked by meaning")] = None,
    department: Department | None = None,
    slot: Slot | None = None,
    size: Annotated[str | None, Query(max_length=50, description="only items in stock in this size")] = None,
    min_price: Annotated[Decimal | None, Query(ge=0)] = None,
    max_price: Annotated[Decimal | None, Query(ge=0)] = None,
    include_sold_out: bool = False,
    limit: Annotated[int, Query(ge=1, le=100)] = 24,
    cursor: str | None = None,
) -> ItemPage:
    """Without `q`, items in catalog order; with `q`, the most relevant first. Both page with `cursor`."""
    position = _decode(cursor) if cursor else {}
    departments = department_scope(department)
    if q and q.strip():
        offset = position.get("offset", 0)
        if offset >= MAX_SEARCH_DEPTH:
            return ItemPage(items=[], next_cursor=None)
        filters = SearchFilters(
            slots=(slot,) if slot else None,
            departments=departments,
            size=size,
            max_price=float(max_price) if max_price is not None else None,
            min_price=float(min_price) if min_price is not None else None,
            include_out_of_stock=include_sold_out,
        )
        hits = search(session, index, q, filters, limit=offset + limit + 1)
        page = hits[offset : offset + limit]
        more = len(hits) > offset + limit and offset + limit < MAX_SEARCH_DEPTH
        return ItemPage(
            items=[ItemPublic.of(h.product) for h in page],
            next_cursor=_encode({"offset": offset + limit}) if more else None,
        )
    query = queries.browse_query(
        departments=departments, slot=slot, size=size, min_price=min_price, max_price=max_price,
        include_sold_out=include_sold_out,
    )
    products = queries.browse(session, query, position.get("after", 0), limit + 1)
    more = len(products) > limit
    products = products[:limit]
    return ItemPage(
        items=[ItemPublic.of(p) for p in products],
        next_cursor=_encode({"after": products[-1].id}) if more else None,
        total=queries.count(session, query),
    )


@router.get("/{handle}", response_model=ItemPublic, summary="One item with its sizes and stock")
def get_item(handle: str, session: SessionDep, _key: ApiReadKey) -> ItemPublic:
    product = queries.get_product(session, handle)
    if product is None or not product.active:
        raise HTTPException(404, f"no item with handle {handle!r}; list items with GET /api/v1/items")
    return ItemPublic.of(product)
