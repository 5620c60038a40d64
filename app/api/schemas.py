"""Public shapes of the JSON API (response models)."""

from __future__ import annotations

from decimal import Decimal

from typing import Literal

from pydantic import BaseModel, Field

from app.catalog.models import Product


class VariantPublic(BaseModel):
    sku: str
    size: str
    color: str
    in_stock: bool
    stock: int
    price: Decimal
    compare_at_price: Decimal | None = None


class ItemPublic(BaseModel):
    handle: str
    title: str
    description: str
    brand: str
    department: str
    slot: str
    product_type: str
    colors: list[str]
    materials: list[str]
    pattern: str
    seasons: list[str]
    formality: int | None
    style_tags: list[str]
    image_url: str
    active: bool
    price: Decimal | None = Field(description="lowest price among sizes in stock (or all sizes when sold out)")
    sizes_in_stock: list[str]
    variants: list[VariantPublic]

    @classmethod
    def of(cls, product: Product) -> ItemPublic:
        return cls(
            handle=product.handle,
            title=product.title,
            description=product.description,
            brand=product.brand,
            department=product.department,
            slot=product.slot,
            product_type=product.product_type,
            colors=product.colors,
            materials=product.materials,
            pattern=product.pattern,
            seasons=product.seasons,
            formality=product.formality,
            style_tags=product.style_tags,
            image_url=product.image_url,
            active=product.active,
            price=product.min_price,
            sizes_in_stock=product.sizes_in_stock,
            variants=[
                VariantPublic(sku=v.sku, size=v.size, color=v.color, in_stock=v.stock > 0, stock=v.stock,
                              price=v.price, compare_at_price=v.compare_at_price)
                for v in product.variants
            ],
        )


class ItemPage(BaseModel):
    items: list[ItemPublic]
    next_cursor: str | None = Field(None, description="pass as `cursor` to get the next page; null on the last")
    total: int | None = Field(None, description="number of matching items (browse without `q` only)")


class Health(BaseModel):
    status: str
    products: int
    indexed: int


class ComponentStatus(BaseModel):
    ok: bool
    detail: str


class Readiness(BaseModel):
    """`ready` when the database and the index answer; the model may be degraded (the composer answers)."""

    status: Literal["ready", "degraded", "unavailable"]
    database: ComponentStatus
    index: ComponentStatus
    model: ComponentStatus
