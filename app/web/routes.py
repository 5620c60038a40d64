"""Server-rendered catalog pages: browse and search the shop, one product (with complete-the-look)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from app.api.deps import IndexDep, SessionDep
from app.catalog import queries
from app.catalog.models import DEPARTMENTS, SLOTS
from app.search.index import SearchFilters, department_scope
from app.search.service import search
from app.web.templating import templates

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 24


def _price(value: str | None) -> Decimal | None:
    if not value:
        return None
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return None
    return amount if amount >= 0 else None


@router.get("/shop", response_class=HTMLResponse)
def catalog_page(
    request: Request,
    session: SessionDep,
    index: IndexDep,
    q: Annotated[str, Query(max_length=500)] = "",
    department: str = "",
    slot: str = "",
    size: Annotated[str, Query(max_length=50)] = "",
    max_price: str = "",
    page: Annotated[int, Query(ge=1, le=50)] = 1,
) -> HTMLResponse:
    dept = department if department in DEPARTMENTS else None
    slot_value = slot if slot in SLOTS else None
    ceiling = _price(max_price)
    if q.strip():
        filters = SearchFilters(
            slots=(slot_value,) if slot_value else None, departments=department_scope(dept), size=size or None,
            max_price=float(ceiling) if ceiling is not None else None,
        )
        hits = search(session, index, q, filters, limit=PAGE_SIZE * page + 1)
        products = [h.product for h in hits]
        total = None
    else:
        query = queries.browse_query(departments=department_scope(dept), slot=slot_value, size=size or None,
                                     max_price=ceiling)
        products = list(session.scalars(query.order_by(queries.Product.id).limit(PAGE_SIZE * page + 1)))
        total = queries.count(session, query)
    has_more = len(products) > PAGE_SIZE * page
    products = products[PAGE_SIZE * (page - 1) : PAGE_SIZE * page]
    return templates.TemplateResponse(
        request,
        "catalog.html",
        {
            "products": products, "q": q, "department": dept or "", "slot": slot_value or "", "size": size,
            "max_price": max_price, "page": page, "has_more": has_more, "total": total,
            "departments": DEPARTMENTS, "slots": SLOTS,
        },
    )


@router.get("/items/{handle}", response_class=HTMLResponse)
def product_page(request: Request, handle: str, session: SessionDep) -> HTMLResponse:
    product = queries.get_product(session, handle)
    if product is None or not product.active:
        raise HTTPException(404, f"no item with handle {handle!r}")
    return templates.TemplateResponse(request, "product.html", {"product": product})
