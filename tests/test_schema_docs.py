"""Invariants between code and documentation: every documented CSV column is parsed and vice versa."""

from __future__ import annotations

import re

from app.catalog.lookbooks import LOOK_COLUMNS
from app.config import REPO_ROOT
from app.ingest import shopify
from app.ingest.stylist_csv import COLUMNS
from tests.helpers import to_csv

SCHEMA = (REPO_ROOT / "inventory" / "SCHEMA.md").read_text()


def _section(title: str) -> str:
    start = SCHEMA.index(f"## {title}")
    end = SCHEMA.find("\n## ", start + 1)
    return SCHEMA[start : end if end > 0 else None]


def _first_cells(section: str) -> list[str]:
    cells = []
    for line in section.splitlines():
        if line.startswith("| `"):
            cells += re.findall(r"`([^`]+)`", line.split("|")[1])
    return cells


def test_our_schema_table_lists_exactly_the_parsed_columns() -> None:
    documented = _first_cells(_section("Our schema: columns"))
    assert documented == [c.name for c in COLUMNS]
    table = _section("Our schema: columns")
    for column in COLUMNS:
        row = next(line for line in table.splitlines() if line.startswith(f"| `{column.name}` "))
        assert ("| yes |" in row) == column.required, column.name
        assert f"| {column.level} |" in row, column.name


def test_every_documented_column_is_parsed() -> None:
    """A value in each documented column reaches the parsed product (nothing documented is ignored)."""
    from app.ingest.service import parse_file

    row = {c.name: "" for c in COLUMNS}
    row.update(handle="h", title="T", description="d", brand="b", department="men", slot="shoes",
               product_type="boots", colors="black", materials="leather", pattern="solid", seasons="winter",
               formality="3", style_tags="edgy", image_url="https://x.test/i.jpg", active="false", sku="S1",
               size="42", color="black", stock="2", price="10", compare_at_price="12")
    parsed = parse_file(to_csv([row]), "cp1252", 10**6)
    assert parsed.errors == []
    product = parsed.products[0]
    variant = product.variants[0]
    got = {**product.fields(), "sku": variant.sku, "size": variant.size, "color": variant.color,
           "stock": variant.stock, "price": variant.price, "compare_at_price": variant.compare_at_price}
    for column in COLUMNS:
        assert got[column.name] not in ("", None, []), f"documented column {column.name} was not parsed"
    # and parsed to what the row says, not merely to something
    assert got["active"] is False and got["formality"] == 3 and got["stock"] == 2
    assert got["colors"] == ["black"] and got["seasons"] == ["winter"] and str(got["price"]) in ("10", "10.00")


def test_shopify_columns_read_are_documented() -> None:
    section = _section("Shopify exports")
    documented = set(_first_cells(section))
    assert set(shopify.COLUMNS_READ) <= documented
    assert set(shopify.REQUIRED) <= set(shopify.COLUMNS_READ)


def test_lookbook_columns_are_documented() -> None:
    assert _first_cells(_section("Lookbooks")) == list(LOOK_COLUMNS)
