"""What the index stores for a product: the embedded text, the filter metadata, and their hashes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from app.catalog.models import Product


def product_text(product: Product) -> str:
    """The text that is embedded: what a shopper's vibe should match (no stock or price)."""
    parts = [
        product.title,
        product.product_type,
        f"for {product.department}" if product.department != "unisex" else "unisex",
        ", ".join(product.colors),
        ", ".join(product.materials),
        product.pattern if product.pattern and product.pattern != "solid" else "",
        ", ".join(product.style_tags),
        ", ".join(product.seasons),
        product.description,
    ]
    return ". ".join(p for p in parts if p)


def product_metadata(product: Product) -> dict[str, Any]:
    """Filterable facts. Chroma rejects empty lists, so a product with no size in stock has no `sizes` key."""
    in_stock = [v for v in product.variants if v.stock > 0]
    prices = [float(v.price) for v in in_stock] or [float(v.price) for v in product.variants] or [0.0]
    meta: dict[str, Any] = {
        "handle": product.handle,
        "slot": product.slot,
        "department": product.department,
        "active": bool(product.active),
        "in_stock": bool(in_stock),
        "min_price": min(prices),
        "max_price": max(prices),
    }
    sizes = sorted({v.size for v in in_stock})
    if sizes:
        meta["sizes"] = sizes
    if product.formality is not None:
        meta["formality"] = product.formality
    return meta


def _sha(payload: str) -> str:
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True)
class IndexEntry:
    """One product as the index should hold it. `embed_hash` decides whether to re-embed."""

    id: str
    text: str
    metadata: dict[str, Any]
    embed_hash: str
    meta_hash: str

    @property
    def index_hash(self) -> str:
        return _sha(self.embed_hash + self.meta_hash)

    def stored_metadata(self) -> dict[str, Any]:
        return {**self.metadata, "embed_hash": self.embed_hash, "meta_hash": self.meta_hash}


def index_entry(product: Product) -> IndexEntry:
    text = product_text(product)
    meta = product_metadata(product)
    return IndexEntry(
        id=product.handle,
        text=text,
        metadata=meta,
        embed_hash=_sha(text),
        meta_hash=_sha(json.dumps(meta, sort_keys=True)),
    )
