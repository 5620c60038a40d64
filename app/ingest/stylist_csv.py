"""Our own inventory CSV schema (documented in inventory/SCHEMA.md): one row per variant."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from app.catalog.models import DEPARTMENTS, SLOTS
from app.ingest import values
from app.ingest.records import ParsedFile, ProductRecord, RowError, VariantRecord, parse_columns

SEASONS = ("spring", "summer", "autumn", "winter")


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    level: str  # "product" (same on every row of a handle) or "variant"
    description: str


# The documented columns. tests/test_schema_docs.py checks that SCHEMA.md lists exactly these.
COLUMNS: tuple[Column, ...] = (
    Column("handle", True, "product", "unique product id: lowercase letters, digits, hyphens"),
    Column("title", True, "product", "product name shown to shoppers"),
    Column("description", False, "product", "plain text"),
    Column("brand", False, "product", "brand or vendor"),
    Column("department", True, "product", "women, men or unisex"),
    Column("slot", True, "product", "top, bottom, dress, outerwear, shoes or accessory"),
    Column("product_type", False, "product", "e.g. t-shirt, jeans, chelsea boots"),
    Column("colors", False, "product", "semicolon-separated colour names"),
    Column("materials", False, "product", "semicolon-separated materials"),
    Column("pattern", False, "product", "e.g. solid, striped, floral"),
    Column("seasons", False, "product", "semicolon-separated: spring, summer, autumn, winter"),
    Column("formality", False, "product", "1 (lounge) to 5 (black tie)"),
    Column("style_tags", False, "product", "semicolon-separated style words"),
    Column("image_url", False, "product", "http(s) URL of the product image"),
    Column("active", False, "product", "true or false (default true)"),
    Column("sku", True, "variant", "unique stock-keeping unit of this size"),
    Column("size", True, "variant", "size label, e.g. M, 32, 39, One Size"),
    Column("color", False, "variant", "the variant's colour (default: the product's first colour)"),
    Column("stock", True, "variant", "units in stock, a whole number >= 0"),
    Column("price", True, "variant", "price, a number >= 0"),
    Column("compare_at_price", False, "variant", "original price when on sale, >= price"),
)
COLUMN_NAMES = tuple(c.name for c in COLUMNS)
REQUIRED = tuple(c.name for c in COLUMNS if c.required)
PRODUCT_COLUMNS = tuple(c.name for c in COLUMNS if c.level == "product")


def looks_like(header: list[str]) -> bool:
    names = {h.lower() for h in header}
    return "handle" in names and ("sku" in names or "title" in names) and "variant sku" not in names


def _choice(allowed: tuple[str, ...]) -> Callable[[str], str]:
    def parse(value: str) -> str:
        word = value.strip().lower()
        if word not in allowed:
            raise ValueError(f"must be one of: {', '.join(allowed)}")
        return word

    return parse


def _seasons(value: str) -> list[str]:
    items = values.listing(value)
    if items == ["all"] or items == ["any"]:
        return list(SEASONS)
    unknown = [s for s in items if s not in SEASONS]
    if unknown:
        raise ValueError(f"unknown season {unknown[0]!r}; use spring, summer, autumn, winter")
    return items


_PRODUCT_PARSERS: dict[str, Callable[[str], object]] = {
    "handle": values.handle,
    "title": values.text,
    "description": values.text,
    "brand": values.text,
    "department": _choice(DEPARTMENTS),
    "slot": _choice(SLOTS),
    "product_type": lambda v: values.text(v).lower(),
    "colors": values.listing,
    "materials": values.listing,
    "pattern": lambda v: values.text(v).lower(),
    "seasons": _seasons,
    "formality": values.formality,
    "style_tags": values.listing,
    "image_url": values.image_url,
    "active": values.boolean,
}


def parse(header: list[str], rows: Iterator[tuple[int, list[str]]], encoding: str) -> ParsedFile:
    """Read rows of our schema into products; collect every problem with its line and column."""
    index = {name.lower(): i for i, name in enumerate(header)}
    errors: list[RowError] = []
    warnings: list[str] = []
    missing = [name for name in REQUIRED if name not in index]
    if missing:
        errors.append(
            RowError(1, missing[0], f"missing required column(s): {', '.join(missing)}. "
                     f"The header must include {', '.join(REQUIRED)} (see inventory/SCHEMA.md).")
        )
        return ParsedFile("stylist", encoding, [], errors, warnings, 0, set())
    unknown = [h for h in header if h.lower() not in COLUMN_NAMES]
    if unknown:
        warnings.append(f"ignored unknown column(s): {', '.join(unknown)}")

    products: dict[str, ProductRecord] = {}
    bad_handles: set[str] = set()
    handles_seen: set[str] = set()
    sku_lines: dict[str, int] = {}
    row_count = 0

    for line, row in rows:
        row_count += 1
        if len(row) != len(header):
            errors.append(RowError(line, None, f"has {len(row)} fields but the header has {len(header)}"))
            raw = row[index["handle"]].strip().lower() if len(row) > index["handle"] else ""
            if raw:
                handles_seen.add(raw)
                bad_handles.add(raw)
            continue

        def cell(name: str) -> str:
            i = index.get(name)
            return row[i] if i is not None else ""

        row_errors: list[RowError] = []
        parsed: dict[str, object] = {}
        for name in PRODUCT_COLUMNS:
            raw = cell(name)
            if not raw.strip():
                continue
            try:
                parsed[name] = _PRODUCT_PARSERS[name](raw)
            except ValueError as exc:
                row_errors.append(RowError(line, name, str(exc), raw[:200]))

        handle = parsed.get("handle") if isinstance(parsed.get("handle"), str) else None
        if "handle" not in parsed and not any(e.column == "handle" for e in row_errors):
            row_errors.append(RowError(line, "handle", "is empty; every row needs the product's handle"))
        if handle:
            handles_seen.add(handle)

        variant, variant_errors = _variant(cell, line)
        row_errors.extend(variant_errors)
        if variant and variant.sku in sku_lines:
            row_errors.append(
                RowError(line, "sku", f"duplicate SKU {variant.sku!r}: already used on line {sku_lines[variant.sku]}")
            )
        elif variant:
            sku_lines[variant.sku] = line

        existing = products.get(handle) if handle else None
        if handle and existing is None and handle not in bad_handles:
            for name in ("title", "department", "slot"):
                if name not in parsed and not any(e.column == name for e in row_errors):
                    row_errors.append(RowError(line, name, "is empty; the first row of a product must give it"))
        if existing is not None:
            for name, value in parsed.items():
                if value != existing.fields()[name]:
                    row_errors.append(
                        RowError(line, name, f"differs from line {existing.line} of the same product; "
                                 "product columns must be equal on every row (or left empty)", cell(name)[:200])
                    )

        if row_errors:
            errors.extend(row_errors)
            if handle:
                bad_handles.add(handle)
            continue
        assert handle is not None and variant is not None
        if existing is None:
            record = ProductRecord(line=line, **{k: v for k, v in parsed.items()})  # type: ignore[arg-type]
            products[handle] = record
            existing = record
        if not variant.color and existing.colors:
            variant.color = existing.colors[0]
        existing.variants.append(variant)

    good = [p for h, p in products.items() if h not in bad_handles]
    return ParsedFile("stylist", encoding, good, errors, warnings, row_count, handles_seen)


def _variant(cell: Callable[[str], str], line: int) -> tuple[VariantRecord | None, list[RowError]]:
    errors: list[RowError] = []
    sku = values.text(cell("sku"))
    size = values.text(cell("size"))
    if not sku:
        errors.append(RowError(line, "sku", "is empty; every variant needs a unique SKU"))
    if not size:
        errors.append(RowError(line, "size", "is empty; use e.g. M, 32, 39 or One Size"))
    parsed_numbers, number_errors = parse_columns(
        cell, (("stock", values.stock, True), ("price", values.money, True),
               ("compare_at_price", values.money, False)), line,
    )
    errors.extend(number_errors)
    price = parsed_numbers.get("price")
    compare = parsed_numbers.get("compare_at_price")
    if price is not None and compare is not None and compare < price:  # type: ignore[operator]
        errors.append(RowError(line, "compare_at_price", "must be at least the price (it is the pre-sale price)",
                               cell("compare_at_price")))
    if errors:
        return None, errors
    return (
        VariantRecord(
            sku=sku,
            size=size,
            color=values.text(cell("color")).lower(),
            stock=parsed_numbers["stock"],  # type: ignore[arg-type]
            price=price,  # type: ignore[arg-type]
            compare_at_price=compare,  # type: ignore[arg-type]
            line=line,
        ),
        [],
    )
