"""Shopify product CSV exports: one row per variant, continuation rows that repeat only the Handle.

Columns read (Shopify's documented product CSV): Handle, Title, Body (HTML), Vendor, Product Category, Type,
Tags, Published, Status, Option1..3 Name/Value, Variant SKU, Variant Inventory Qty, Variant Price,
Variant Compare At Price, Image Src, Image Position. Slot, department and colours are inferred
(see app/ingest/inference.py) because Shopify has no such columns.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from app.catalog.models import DEPARTMENTS, SLOTS
from app.ingest import inference, values
from app.ingest.records import ParsedFile, ProductRecord, RowError, VariantRecord, parse_columns

REQUIRED = ("Handle", "Title", "Variant Price", "Variant Inventory Qty")
# Every column this reader uses; tests/test_schema_docs.py checks that SCHEMA.md documents each.
COLUMNS_READ = (
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published", "Status",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
    "Variant SKU", "Variant Inventory Qty", "Variant Price", "Variant Compare At Price", "Image Src",
    "Image Position",
)
SIZE_OPTION_NAMES = {"size", "sizes", "shoe size", "waist", "waist size", "us size", "eu size"}
COLOUR_OPTION_NAMES = {"color", "colour", "colors", "colours"}


def looks_like(header: list[str]) -> bool:
    names = set(header)
    return "Handle" in names and ("Variant SKU" in names or "Variant Price" in names or "Option1 Name" in names)


@dataclass
class _Pending:
    line: int
    first: dict[str, str]
    variants: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    images: list[tuple[int, str]] = field(default_factory=list)  # (position, url)
    errors: list[RowError] = field(default_factory=list)


def parse(header: list[str], rows: Iterator[tuple[int, list[str]]], encoding: str) -> ParsedFile:
    errors: list[RowError] = []
    warnings: list[str] = []
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        errors.append(RowError(1, missing[0], f"missing required Shopify column(s): {', '.join(missing)}. "
                               "Export the products again from Shopify with all columns."))
        return ParsedFile("shopify", encoding, [], errors, warnings, 0, set())

    pending: dict[str, _Pending] = {}
    row_count = 0
    for line, row in rows:
        row_count += 1
        if len(row) != len(header):
            errors.append(RowError(line, None, f"has {len(row)} fields but the header has {len(header)}"))
            continue
        cells = dict(zip(header, row, strict=True))
        raw_handle = cells["Handle"].strip()
        if not raw_handle:
            errors.append(RowError(line, "Handle", "is empty; every row of a Shopify export starts with the Handle"))
            continue
        try:
            handle = values.handle(raw_handle)
        except ValueError as exc:
            errors.append(RowError(line, "Handle", str(exc), raw_handle))
            continue
        product = pending.get(handle)
        if product is None:
            product = pending[handle] = _Pending(line=line, first=cells)
            if not values.text(cells["Title"]):
                product.errors.append(RowError(line, "Title", "is empty on the product's first row"))
        image = cells.get("Image Src", "").strip()
        if image:
            try:
                position = int(cells.get("Image Position", "") or 1_000_000)
            except ValueError:
                position = 1_000_000
            product.images.append((position, image))
        if any(cells.get(name, "").strip() for name in ("Variant SKU", "Variant Price", "Option1 Value")):
            product.variants.append((line, cells))

    products: list[ProductRecord] = []
    sku_lines: dict[str, int] = {}
    unisex_by_default = 0
    for handle, item in pending.items():
        record, product_errors, notes = _product(handle, item, sku_lines)
        if notes.get("default_department"):
            unisex_by_default += 1
        warnings.extend(notes.get("warnings", []))
        if product_errors:
            errors.extend(product_errors)
        elif record is not None:
            products.append(record)
    if unisex_by_default:
        warnings.append(f"{unisex_by_default} product(s) had no women/men word in Tags, Type or Title "
                        "and were filed as unisex")
    return ParsedFile("shopify", encoding, products, errors, warnings, row_count, set(pending))


def _product(
    handle: str, item: _Pending, sku_lines: dict[str, int]
) -> tuple[ProductRecord | None, list[RowError], dict[str, object]]:
    first = item.first
    errors = list(item.errors)
    notes: dict[str, object] = {"warnings": []}
    title = values.text(first["Title"])
    product_type = values.text(first.get("Type", ""))
    tags = [t.strip() for t in first.get("Tags", "").split(",") if t.strip()]
    category = first.get("Product Category", "")
    description = values.strip_html(first.get("Body (HTML)", ""))

    slot = inference.infer_slot(product_type, title, tags, category)
    if slot not in SLOTS:
        errors.append(RowError(item.line, "Type", "cannot tell the slot (top, bottom, dress, outerwear, shoes, "
                               "accessory) from Type, Title or Tags; set Type (e.g. 'Jeans') or add a tag "
                               "like 'slot:bottom'", product_type or title))
    department = inference.infer_department(tags, product_type, title, category)
    if department is None:
        department = "unisex"
        notes["default_department"] = True
    elif department not in DEPARTMENTS:
        errors.append(RowError(item.line, "Tags", f"department tag must be one of {', '.join(DEPARTMENTS)}",
                               department))

    active = True
    published = first.get("Published", "").strip()
    if published:
        try:
            active = values.boolean(published)
        except ValueError as exc:
            errors.append(RowError(item.line, "Published", str(exc), published))
    status = first.get("Status", "").strip().lower()
    if status and status != "active":
        active = False

    image_url = ""
    for _, url in sorted(item.images):
        try:
            image_url = values.image_url(url)
        except ValueError as exc:
            errors.append(RowError(item.line, "Image Src", str(exc), url[:200]))
        break

    option_names = [values.text(first.get(f"Option{i} Name", "")).lower() for i in (1, 2, 3)]
    variants: list[VariantRecord] = []
    if not item.variants:
        errors.append(RowError(item.line, "Variant Price", "the product has no variant rows (no price or SKU)"))
    for line, cells in item.variants:
        option_values = [values.text(cells.get(f"Option{i} Value", "")) for i in (1, 2, 3)]
        size, colour = _size_and_colour(option_names, option_values)
        numbers, row_errors = parse_columns(
            lambda column: cells.get(column, ""),  # noqa: B023 - called right here, in this iteration
            (("Variant Price", values.money, True), ("Variant Inventory Qty", values.stock, False),
             ("Variant Compare At Price", values.money, False)),
            line,
        )
        sku = values.text(cells.get("Variant SKU", ""))
        if not sku:
            sku = "-".join(part for part in (handle, values.slug(size), values.slug(colour)) if part)
        if sku in sku_lines:
            row_errors.append(RowError(line, "Variant SKU", f"duplicate SKU {sku!r}: already used on line "
                                       f"{sku_lines[sku]}"))
        else:
            sku_lines[sku] = line
        if row_errors:
            errors.extend(row_errors)
            continue
        price = numbers["Variant Price"]
        compare = numbers.get("Variant Compare At Price")
        if compare is not None and compare <= price:  # type: ignore[operator]
            compare = None  # Shopify shows no sale then; neither do we
        variants.append(VariantRecord(
            sku=sku, size=size, color=colour.lower(), stock=numbers.get("Variant Inventory Qty", 0),  # type: ignore[arg-type]
            price=price, compare_at_price=compare, line=line,  # type: ignore[arg-type]
        ))
    if errors:
        return None, errors, notes

    colour_values = [v.color for v in variants if v.color]
    colours = inference.find_colours(" ; ".join(dict.fromkeys(colour_values))) or inference.find_colours(
        title, " ".join(tags)
    )
    for variant in variants:
        if not variant.color and colours:
            variant.color = colours[0]
    consumed = {"slot", "department"}
    not_style = inference.WOMEN_WORDS | inference.MEN_WORDS | set(inference.SEASON_WORDS) | set(inference.COLOURS)
    style_tags = [
        t.lower() for t in tags
        if t.split(":")[0].strip().lower() not in consumed and t.lower().replace("'s", "") not in not_style
    ]
    record = ProductRecord(
        handle=handle,
        title=title,
        department=department,
        slot=slot or "",
        description=description,
        brand=values.text(first.get("Vendor", "")),
        product_type=product_type.lower(),
        colors=colours,
        materials=inference.find_materials(title, description, " ".join(tags)),
        pattern=inference.find_pattern(title, " ".join(tags)),
        seasons=inference.find_seasons(tags),
        formality=None,
        style_tags=style_tags,
        image_url=image_url,
        active=active,
        variants=variants,
        line=item.line,
    )
    return record, [], notes


def _size_and_colour(names: list[str], option_values: list[str]) -> tuple[str, str]:
    size_parts: list[str] = []
    colour = ""
    for name, value in zip(names, option_values, strict=True):
        if not value:
            continue
        if name in COLOUR_OPTION_NAMES:
            colour = value
        elif name == "title" and value.lower() == "default title":
            continue
        else:
            size_parts.append(value)  # size, or another option such as length: part of the size label
    return (" / ".join(size_parts) or "One Size"), colour
