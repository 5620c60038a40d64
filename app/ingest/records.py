"""What a parsed inventory file is made of: products with their variants, and the problems found."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class RowError:
    """One problem in the file. `line` is the 1-based line in the file where the record starts."""

    line: int | None
    column: str | None
    reason: str
    value: str | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else "file"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.reason}"


@dataclass
class VariantRecord:
    sku: str
    size: str
    color: str
    stock: int
    price: Decimal
    compare_at_price: Decimal | None
    line: int


@dataclass
class ProductRecord:
    handle: str
    title: str
    department: str
    slot: str
    description: str = ""
    brand: str = ""
    product_type: str = ""
    colors: list[str] = field(default_factory=list)
    materials: list[str] = field(default_factory=list)
    pattern: str = ""
    seasons: list[str] = field(default_factory=list)
    formality: int | None = None
    style_tags: list[str] = field(default_factory=list)
    image_url: str = ""
    active: bool = True
    variants: list[VariantRecord] = field(default_factory=list)
    line: int = 0  # where the product's first row is

    def fields(self) -> dict[str, object]:
        """The product's own columns, as stored on `catalog.models.Product`."""
        return {
            "handle": self.handle,
            "title": self.title,
            "description": self.description,
            "brand": self.brand,
            "department": self.department,
            "slot": self.slot,
            "product_type": self.product_type,
            "colors": self.colors,
            "materials": self.materials,
            "pattern": self.pattern,
            "seasons": self.seasons,
            "formality": self.formality,
            "style_tags": self.style_tags,
            "image_url": self.image_url,
            "active": self.active,
        }

    def content_hash(self) -> str:
        """Hash of everything the file says about this product: equal hash means re-importing changes nothing."""
        variants = sorted(
            (v.sku, v.size, v.color, v.stock, str(v.price), str(v.compare_at_price)) for v in self.variants
        )
        payload = json.dumps({"product": self.fields(), "variants": variants}, sort_keys=True, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()


@dataclass
class ParsedFile:
    """The outcome of reading one file: good products, every bad row, and notes for the report."""

    file_format: str
    encoding: str
    products: list[ProductRecord]
    errors: list[RowError]
    warnings: list[str]
    rows: int
    # Handles that appear in the file even if all their rows were bad: full-sync never deactivates them.
    handles_seen: set[str]


ColumnSpec = tuple[str, Callable[[str], object], bool]  # (column, parser, required)


def parse_columns(
    cell: Callable[[str], str], specs: Sequence[ColumnSpec], line: int
) -> tuple[dict[str, object], list[RowError]]:
    """Parse several cells of one row; an empty optional cell is left out, every problem is reported."""
    parsed: dict[str, object] = {}
    errors: list[RowError] = []
    for column, parser, required in specs:
        raw = cell(column)
        if not raw.strip():
            if required:
                errors.append(RowError(line, column, "is empty"))
            continue
        try:
            parsed[column] = parser(raw)
        except ValueError as exc:
            errors.append(RowError(line, column, str(exc), raw[:200]))
    return parsed, errors
