"""Swap one item of a saved outfit for another of the same slot that keeps the vibe and the constraints, and the
answer's variety: the new piece is one no other outfit of the answer wears (so no swap can give an outfit a
second shared piece, or a dress another outfit wears; variety.py), and, when any fits, one that
keeps the store's rules for the weather the shopper named (weather.py: no sandals swapped into a rainy outfit)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from decimal import Decimal

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.models import Product, SavedOutfit
from app.search.index import ProductIndex, SearchFilters, department_scope
from app.search.service import search_vector
from app.stylist.engine import request_from_json
from app.stylist.planning import RequestError, keeps_weather
from app.stylist.weather import WeatherRule

VIBE_WEIGHT = 0.6  # the rest is closeness to the outfit's other items
POOL = 12  # pieces of the slot considered, nearest the vibe first ...
WEATHER_POOL = 48  # ... and when the shopper named weather, enough that some keep its rules


def answer_outfits(session: Session, answer_id: str) -> list[list[SavedOutfit]]:
    """The outfits of an answer in answer order, each as its versions (the answer's, then each swap; the page
    shows the last)."""
    rows = session.scalars(select(SavedOutfit).where(SavedOutfit.answer_id == answer_id)
                           .order_by(SavedOutfit.created_at, SavedOutfit.id)).all()
    lines = {row.id: [row] for row in rows if row.parent_id is None}
    line_of = {row_id: line for row_id, line in lines.items()}
    for row in rows:  # in creation order, so a swap's parent is already placed
        if row.parent_id is not None and row.parent_id in line_of:
            line_of[row.id] = line_of[row.parent_id]
            line_of[row.id].append(row)
    return list(lines.values())


def other_outfits(session: Session, outfit: SavedOutfit) -> list[SavedOutfit]:
    """The answer's other outfits as its page shows them (each in its newest version), in answer order."""
    return [line[-1] for line in answer_outfits(session, outfit.answer_id)
            if outfit.id not in {version.id for version in line}]


def swap_item(session: Session, index: ProductIndex, outfit: SavedOutfit, slot: str,
              weather: Mapping[str, WeatherRule] | None = None) -> tuple[SavedOutfit, Product]:
    """`weather`: the store's rules for named weather (OutfitRules.weather)."""
    request = request_from_json(outfit.request)
    slots = [item["slot"] for item in outfit.items]
    if slot not in slots:
        raise RequestError(f"this outfit has no {slot}; it has {', '.join(dict.fromkeys(slots))}")
    old = next(item for item in outfit.items if item["slot"] == slot)
    others = [item for item in outfit.items if item is not old]
    budget_left = None
    if request.budget is not None:
        budget_left = request.budget - sum((Decimal(i["price"]) for i in others), Decimal(0))
        if budget_left <= 0:
            raise RequestError("the rest of this outfit already uses the whole budget")
    vector = index.embedder.embed_one(request.query_text())
    taken = {item["handle"] for other in other_outfits(session, outfit) for item in other.items}
    filters = SearchFilters(
        slots=(slot,), departments=department_scope(request.department), size=request.size_for(slot),
        max_price=float(budget_left) if budget_left is not None else None,
        exclude_handles=tuple({*request.exclude, *(i["handle"] for i in outfit.items), *taken}),
    )
    named = request.weather() & (weather or {}).keys()  # weather the shopper named that the store has rules for
    hits = search_vector(session, index, vector, filters, limit=WEATHER_POOL if named else POOL)
    if not hits:
        raise RequestError(f"no other {slot} in stock fits this outfit's size and budget")
    if named and weather is not None:
        keep = [h for h in hits if keeps_weather(weather, named, slot, h.product)]
        hits = keep or hits[:POOL]  # none keeps the rules: the nearest, as without weather
    stored = index.collection.get(ids=[i["handle"] for i in others], include=["embeddings"])
    context = np.asarray(stored["embeddings"], dtype=np.float32) if len(stored["ids"]) else None
    candidates = index.collection.get(ids=[h.product.handle for h in hits], include=["embeddings"])
    emb = dict(zip(candidates["ids"], np.asarray(candidates["embeddings"], dtype=np.float32), strict=True))

    def score(hit_score: float, handle: str) -> float:
        if context is None or handle not in emb:
            return hit_score
        closeness = float((context @ emb[handle]).mean())
        return VIBE_WEIGHT * hit_score + (1 - VIBE_WEIGHT) * closeness

    best = max(hits, key=lambda h: score(h.score, h.product.handle))
    product = best.product
    size = request.size_for(slot)
    price = min(v.price for v in product.variants if v.stock > 0 and (size is None or v.size == size))
    items = [dict(i) for i in outfit.items]
    items[items.index(old)] = {"handle": product.handle, "slot": slot, "title": product.title, "price": str(price)}
    swapped = SavedOutfit(
        id=uuid.uuid4().hex[:16], answer_id=outfit.answer_id, parent_id=outfit.id, vibe=outfit.vibe,
        request=outfit.request, items=items, total=sum((Decimal(i["price"]) for i in items), Decimal(0)),
        why=f"Swapped in the {product.title} for the {old['title']}: it keeps the \u201c{outfit.vibe}\u201d feel "
            "and sits well with the rest of the look.",
        source="swap", degraded=False, degraded_reason="", model="swap", timings={},
    )
    session.add(swapped)
    return swapped, product
