"""Outfits for a vibe: answer, stream, read a saved outfit, swap an item, feedback, complete the look."""

from __future__ import annotations

from collections.abc import AsyncIterable
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi.sse import EventSourceResponse, ServerSentEvent
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.api.problems import PROBLEM_RESPONSES
from app.api.deps import IndexDep, SessionDep, StylistDep
from app.api.throttle import GenerationSlot, OutfitRateLimit
from app.auth.deps import ApiReadKey, ApiWriteKey
from app.api.outfit_schemas import (
    Department, FeedbackBody, FeedbackPublic, OutfitAnswer, OutfitPublic, OutfitRequestBody, SavedOutfitPublic,
    Season, SwapBody, TimingsPublic, UsagePublic, item_of,
)
from app.catalog.models import Feedback, Product, SavedOutfit
from app.catalog.queries import get_product
from app.stylist.engine import AnswerSummary, Decided, request_from_json
from app.stylist.planning import RequestError, StyleRequest
from app.stylist.swap import swap_item

router = APIRouter(prefix="/api/v1", tags=["outfits"], responses=PROBLEM_RESPONSES)


def to_request(body: OutfitRequestBody) -> StyleRequest:
    return StyleRequest(
        vibe=body.vibe, department=body.department, size=body.size, bottom_size=body.bottom_size,
        shoe_size=body.shoe_size, budget=body.budget, occasion=body.occasion, season=body.season,
        exclude=tuple(body.exclude), count=body.count, style=body.style,
    )


def outfit_public(decided: Decided, request: StyleRequest) -> OutfitPublic:
    items = [item_of(decided.products[c.handle], request.size_for(c.slot), c.price) for c in decided.outfit.items]
    return OutfitPublic(
        id=decided.id, items=items, total_price=decided.outfit.total, why=decided.outfit.why,
        source=decided.outfit.source, repairs=decided.outfit.repairs,  # type: ignore[arg-type]
        share_url=f"/outfits/{decided.id}",
    )


def answer_public(summary: AnswerSummary, request: StyleRequest) -> OutfitAnswer:
    return OutfitAnswer(
        answer_id=summary.answer_id,
        outfits=[outfit_public(d, request) for d in summary.outfits],
        degraded=summary.degraded, degraded_reason=summary.degraded_reason, degraded_kind=summary.degraded_kind,
        message=summary.message,
        model=summary.model, style=summary.style,
        timings=TimingsPublic(**vars(summary.timings)),
        usage=UsagePublic(prompt_tokens=summary.usage.prompt_tokens,
                          completion_tokens=summary.usage.completion_tokens),
    )


def _check_style(stylist: StylistDep, style: str | None) -> None:
    if style is not None and style not in stylist.styles():
        raise HTTPException(422, f"unknown style {style!r}; this store offers {', '.join(stylist.styles())}")


def checked_style(body: OutfitRequestBody, stylist: StylistDep) -> None:
    """Before a stream starts: once the first event is sent, an error can no longer be a 422."""
    _check_style(stylist, body.style)


StyleChecked = Annotated[None, Depends(checked_style)]


@router.post("/outfits", response_model=OutfitAnswer, summary="Outfits for a vibe")
async def create_outfits(
    body: OutfitRequestBody, stylist: StylistDep, _key: ApiWriteKey, _limit: OutfitRateLimit, _slot: GenerationSlot
) -> OutfitAnswer:
    """Complete outfits from in-stock items. When the model is unavailable or slow, the fallback composer
    builds them and `degraded` says why. No outfit fitting the constraints is a 200 with `message`."""
    _check_style(stylist, body.style)
    request = to_request(body)
    try:
        summary = await stylist.answer(request)
    except RequestError as exc:
        raise HTTPException(422, str(exc)) from None
    return answer_public(summary, request)


@router.post("/outfits/stream", response_class=EventSourceResponse, summary="Outfits for a vibe, streamed (SSE)")
async def stream_outfits(
    body: OutfitRequestBody, stylist: StylistDep, _key: ApiWriteKey, _style: StyleChecked, _limit: OutfitRateLimit,
    _slot: GenerationSlot,
) -> AsyncIterable[ServerSentEvent]:
    """Server-sent events: `outfit` (an OutfitPublic) as soon as each is decided, then `done` (the whole
    OutfitAnswer without repeating the outfits), or `error` (a problem object)."""
    request = to_request(body)
    try:
        async for event, payload in stylist.stream(request):
            if event == "outfit":
                yield ServerSentEvent(data=outfit_public(payload, request).model_dump(mode="json"), event="outfit")
            elif event == "done":
                summary: AnswerSummary = payload
                summary.outfits = []
                yield ServerSentEvent(data=answer_public(summary, request).model_dump(mode="json"), event="done")
    except RequestError as exc:
        yield ServerSentEvent(data={"title": "Invalid request", "status": 422, "detail": str(exc)}, event="error")


def _saved(session: Session, outfit_id: str) -> SavedOutfit:
    outfit = session.get(SavedOutfit, outfit_id)
    if outfit is None:
        raise HTTPException(404, f"no outfit with id {outfit_id!r}")
    return outfit


def saved_public(session: Session, outfit: SavedOutfit) -> SavedOutfitPublic:
    request = request_from_json(outfit.request)
    handles = [i["handle"] for i in outfit.items]
    products = {p.handle: p for p in session.scalars(select(Product).where(Product.handle.in_(handles)))}
    items = [item_of(products[i["handle"]], request.size_for(i["slot"]), Decimal(i["price"]))
             for i in outfit.items if i["handle"] in products]
    votes = [f.vote for f in outfit.feedback]
    return SavedOutfitPublic(
        id=outfit.id, items=items, total_price=outfit.total, why=outfit.why,
        source=outfit.source,  # type: ignore[arg-type]
        share_url=f"/outfits/{outfit.id}", vibe=outfit.vibe, created_at=outfit.created_at,
        parent_id=outfit.parent_id, votes_up=votes.count(1), votes_down=votes.count(-1),
    )


@router.get("/outfits/{outfit_id}", response_model=SavedOutfitPublic, summary="A saved outfit (shared link)")
def read_outfit(outfit_id: str, session: SessionDep, _key: ApiReadKey) -> SavedOutfitPublic:
    return saved_public(session, _saved(session, outfit_id))


@router.post("/outfits/{outfit_id}/swap", response_model=SavedOutfitPublic, status_code=status.HTTP_201_CREATED,
             summary="The same outfit with another item in one slot")
def swap(
    outfit_id: str, body: SwapBody, session: SessionDep, index: IndexDep, stylist: StylistDep, _key: ApiWriteKey,
    _limit: OutfitRateLimit,
) -> SavedOutfitPublic:
    """Creates a new saved outfit (with `parent_id`) so shared links to the original stay unchanged."""
    outfit = _saved(session, outfit_id)
    try:
        swapped, _ = swap_item(session, index, outfit, body.slot, stylist.rules.weather)
    except RequestError as exc:
        raise HTTPException(409, str(exc)) from None
    session.commit()
    return saved_public(session, swapped)


@router.post("/outfits/{outfit_id}/feedback", response_model=FeedbackPublic, status_code=status.HTTP_201_CREATED,
             summary="Thumbs up or down on an outfit")
def feedback(outfit_id: str, body: FeedbackBody, session: SessionDep, _key: ApiWriteKey) -> FeedbackPublic:
    outfit = _saved(session, outfit_id)
    row = Feedback(outfit_id=outfit.id, vote=1 if body.vote == "up" else -1, reason=(body.reason or "").strip())
    session.add(row)
    session.commit()
    return FeedbackPublic(id=row.id, outfit_id=outfit.id, vote=body.vote, reason=row.reason,
                          created_at=row.created_at)


@router.get("/items/{handle}/complete-the-look", response_model=OutfitAnswer, tags=["items"],
            summary="Outfits built around one item")
async def complete_the_look(
    handle: str,
    session: SessionDep,
    stylist: StylistDep,
    _key: ApiReadKey,
    _limit: OutfitRateLimit,
    _slot: GenerationSlot,
    department: Department | None = None,
    size: Annotated[str | None, Query(max_length=20)] = None,
    shoe_size: Annotated[str | None, Query(max_length=20)] = None,
    budget: Annotated[Decimal | None, Query(gt=0, le=100_000)] = None,
    season: Season | None = None,
    count: Annotated[int, Query(ge=1, le=5)] = 2,
    style: Annotated[str | None, Query(max_length=50)] = None,
) -> OutfitAnswer:
    _check_style(stylist, style)
    product = get_product(session, handle)
    if product is None or not product.active:
        raise HTTPException(404, f"no item with handle {handle!r}; list items with GET /api/v1/items")
    tags = ", ".join(product.style_tags[:3])
    vibe = f"an outfit around the {product.title}" + (f", {tags}" if tags else "")
    request = StyleRequest(
        vibe=vibe, department=department or (product.department if product.department != "unisex" else None),
        size=size, shoe_size=shoe_size, budget=budget, season=season, count=count, style=style, anchor=handle,
    )
    try:
        summary = await stylist.answer(request)
    except RequestError as exc:
        raise HTTPException(422, str(exc)) from None
    return answer_public(summary, request)
