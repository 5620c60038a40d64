"""CSV exports for spreadsheets (catalog, feedback), safe to open in Excel, LibreOffice or Google Sheets.

Product text and shopper reasons are untrusted: a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage
return is a formula to a spreadsheet (CSV injection: it can run commands or leak data when opened). Such a
cell is written with a leading apostrophe, which spreadsheets show as text (OWASP's recommendation).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.models import Feedback, Product, SavedOutfit
from app.ingest.stylist_csv import COLUMN_NAMES

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_rows(out: TextIO, header: Iterable[str], rows: Iterable[Iterable[Any]]) -> int:
    writer = csv.writer(out)
    writer.writerow(list(header))
    count = 0
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
        count += 1
    return count


def catalog_rows(session: Session) -> Iterator[list[Any]]:
    """One row per variant in the importable schema (inventory/SCHEMA.md)."""
    for product in session.scalars(select(Product).order_by(Product.id)):
        for v in product.variants:
            values = {
                "handle": product.handle, "title": product.title, "description": product.description,
                "brand": product.brand, "department": product.department, "slot": product.slot,
                "product_type": product.product_type, "colors": ";".join(product.colors),
                "materials": ";".join(product.materials), "pattern": product.pattern,
                "seasons": ";".join(product.seasons), "formality": product.formality or "",
                "style_tags": ";".join(product.style_tags), "image_url": product.image_url,
                "active": "true" if product.active else "false", "sku": v.sku, "size": v.size, "color": v.color,
                "stock": v.stock, "price": v.price, "compare_at_price": v.compare_at_price or "",
            }
            yield [values.get(name, "") for name in COLUMN_NAMES]


FEEDBACK_HEADER = ("created_at", "vote", "reason", "vibe", "outfit_id", "items", "why", "model")


def feedback_rows(session: Session) -> Iterator[list[Any]]:
    for feedback, outfit in session.execute(select(Feedback, SavedOutfit).join(SavedOutfit).order_by(Feedback.id)):
        yield [feedback.created_at.isoformat(), "up" if feedback.vote > 0 else "down", feedback.reason, outfit.vibe,
               outfit.id, " | ".join(i["title"] for i in outfit.items), outfit.why, outfit.model]


EXPORTS = ("catalog", "feedback")


def write_export(out: TextIO, what: str, session: Session) -> int:
    """Write one of EXPORTS as CSV; returns the number of data rows."""
    if what == "catalog":
        return write_rows(out, COLUMN_NAMES, catalog_rows(session))
    if what == "feedback":
        return write_rows(out, FEEDBACK_HEADER, feedback_rows(session))
    raise ValueError(f"unknown export {what!r}; choose one of {', '.join(EXPORTS)}")
