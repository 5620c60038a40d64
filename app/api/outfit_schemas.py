"""Request and response shapes of the outfit endpoints."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.catalog.models import Product

Department = Literal["women", "men", "unisex"]
Season = Literal["spring", "summer", "autumn", "winter"]
Slot = Literal["top", "bottom", "dress", "outerwear", "shoes", "accessory"]

MAX_VIBE_CHARS = 500


class OutfitRequestBody(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"vibe": "90s grunge coffee date", "department": "women", "size": "M", "shoe_size": "39",
                 "budget": 250, "count": 3},
                {"vibe": "minimalist office, rainy day", "department": "men", "budget": 400, "season": "autumn",
                 "count": 2, "style": "minimalist"},
            ]
        }
    )

    vibe: str = Field(description="free text: the look, the occasion, the weather (at most 500 characters)")
    department: Department | None = None
    size: str | None = Field(None, max_length=20, description="clothing size, e.g. M (tops, dresses, outerwear, "
                                                                "and bottoms unless bottom_size)")
    bottom_size: str | None = Field(None, max_length=20, description="bottoms size if different, e.g. 30")
    shoe_size: str | None = Field(None, max_length=20, description="shoe size, e.g. 39")
    budget: Decimal | None = Field(None, gt=0, le=100_000, description="total price limit per outfit")
    occasion: str | None = Field(None, max_length=100)
    season: Season | None = None
    exclude: list[str] = Field(default_factory=list, max_length=100, description="product handles to leave out")
    count: int = Field(3, ge=1, le=5, description="number of outfits")
    style: str | None = Field(None, max_length=50, description="style adapter, e.g. house or minimalist")

    @field_validator("vibe")
    @classmethod
    def vibe_text(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("describe the vibe, e.g. '90s grunge coffee date'")
        if len(value) > MAX_VIBE_CHARS:
            raise ValueError(f"at most {MAX_VIBE_CHARS} characters; shorten the description")
        return value


class OutfitItem(BaseModel):
    handle: str
    title: str
    slot: Slot
    product_type: str
    color: str = Field(description="main colour (a placeholder swatch when there is no image)")
    image_url: str
    price: Decimal
    sizes_in_stock: list[str]
    sku: str | None = Field(None, description="the variant in the shopper's size, when a size was given")
    url: str


class OutfitPublic(BaseModel):
    id: str
    items: list[OutfitItem]
    total_price: Decimal
    why: str
    source: Literal["model", "composer", "swap"]
    repairs: list[str] = Field(default_factory=list, description="fixes applied to the model's proposal")
    share_url: str


class TimingsPublic(BaseModel):
    retrieval_ms: float
    generation_ms: float
    validation_ms: float
    first_outfit_ms: float | None
    total_ms: float


class UsagePublic(BaseModel):
    prompt_tokens: int
    completion_tokens: int


class OutfitAnswer(BaseModel):
    answer_id: str
    outfits: list[OutfitPublic]
    degraded: bool = Field(description="true when some outfits were built by the fallback composer")
    degraded_reason: str | None
    degraded_kind: Literal["warming_up", "unavailable", "timeout", "invalid"] | None = Field(
        None, description="why the composer stepped in: the model server is still starting, cannot be reached, "
                          "took too long, or answered with fewer usable outfits than asked")
    message: str | None = Field(None, description="why there are no outfits, and what to relax")
    model: str = Field(description="adapter and version (or 'composer') that chose the outfits")
    style: str | None
    timings: TimingsPublic
    usage: UsagePublic


class SavedOutfitPublic(OutfitPublic):
    vibe: str
    created_at: dt.datetime
    parent_id: str | None
    votes_up: int
    votes_down: int


class SwapBody(BaseModel):
    slot: Slot


class FeedbackBody(BaseModel):
    vote: Literal["up", "down"]
    reason: str | None = Field(None, max_length=500)


class FeedbackPublic(BaseModel):
    id: int
    outfit_id: str
    vote: Literal["up", "down"]
    reason: str
    created_at: dt.datetime


def item_of(product: Product, size: str | None, price: Decimal | None = None) -> OutfitItem:
    variants = [v for v in product.variants if v.stock > 0]
    sized = [v for v in variants if size is not None and v.size == size]
    return OutfitItem(
        handle=product.handle, title=product.title, slot=product.slot,  # type: ignore[arg-type]
        product_type=product.product_type, color=product.colors[0] if product.colors else "",
        image_url=product.image_url,
        price=price if price is not None else (sized[0].price if sized else product.min_price or Decimal(0)),
        sizes_in_stock=[v.size for v in variants], sku=sized[0].sku if sized else None,
        url=f"/items/{product.handle}",
    )
