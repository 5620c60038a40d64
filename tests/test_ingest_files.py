"""Bad inventory files: every problem reported with its line, column and reason, and nothing changed."""

from __future__ import annotations

from typing import Any

import pytest

from app.ingest.stylist_csv import COLUMN_NAMES
from app.services import Services
from tests.helpers import basic_catalog, catalog_snapshot, index_snapshot, run_import, to_csv, variant_row


def _bad(**changes: Any) -> dict[str, Any]:
    row = variant_row("bad-item", "BAD-1")
    row.update(changes)
    return row


BAD_ROWS = [
    pytest.param(_bad(price="abc"), "price", "must be a number", id="non-numeric price"),
    pytest.param(_bad(price="-5"), "price", "must not be negative", id="negative price"),
    pytest.param(_bad(stock="-1"), "stock", "must not be negative", id="negative stock"),
    pytest.param(_bad(stock="2.5"), "stock", "whole number", id="fractional stock"),
    pytest.param(_bad(stock="many"), "stock", "whole number", id="non-numeric stock"),
    pytest.param(_bad(slot="hat"), "slot", "must be one of: top, bottom, dress, outerwear, shoes, accessory",
                 id="unknown slot"),
    pytest.param(_bad(department="kids"), "department", "must be one of: women, men, unisex", id="unknown department"),
    pytest.param(_bad(title=""), "title", "is empty", id="empty title"),
    pytest.param(_bad(handle="Bad Handle!"), "handle", "lowercase letters", id="bad handle"),
    pytest.param(_bad(sku=""), "sku", "is empty", id="empty sku"),
    pytest.param(_bad(price=""), "price", "is empty", id="empty price"),
    pytest.param(_bad(image_url="javascript:alert(1)"), "image_url", "http:// or https://", id="script url"),
    pytest.param(_bad(formality="9"), "formality", "from 1 (lounge) to 5", id="formality range"),
    pytest.param(_bad(seasons="monsoon"), "seasons", "unknown season", id="unknown season"),
    pytest.param(_bad(price="50", compare_at_price="40"), "compare_at_price", "at least the price",
                 id="compare-at below price"),
]


@pytest.mark.parametrize(("bad_row", "column", "reason"), BAD_ROWS)
def test_bad_row_is_reported_and_skipped(services: Services, bad_row: dict[str, Any], column: str, reason: str) -> None:
    run_import(services, to_csv(basic_catalog()))
    before, index_before = catalog_snapshot(services), index_snapshot(services)
    rows = [*basic_catalog(), bad_row]
    rows[0] = {**rows[0], "stock": 7}  # a good change in the same file is applied
    report = run_import(services, to_csv(rows))
    assert report.status == "completed_with_errors"
    assert [(e.line, e.column) for e in report.errors] == [(6, column)]
    assert reason in report.errors[0].reason
    after = catalog_snapshot(services)
    assert "bad-item" not in after
    assert after["linen-shirt"] != before["linen-shirt"]
    assert {h: v for h, v in after.items() if h != "linen-shirt"} == {
        h: v for h, v in before.items() if h != "linen-shirt"}
    assert set(index_snapshot(services)) == set(index_before)


def test_every_bad_row_is_reported_at_once(services: Services) -> None:
    rows = [
        variant_row("a-top", "A-1", price="x"),
        variant_row("b-top", "B-1", stock="-3", slot="cape"),
        variant_row("c-top", "C-1"),
        variant_row("d-top", "C-1"),
    ]
    report = run_import(services, to_csv(rows))
    assert [(e.line, e.column) for e in report.errors] == [(2, "price"), (3, "slot"), (3, "stock"), (5, "sku")]
    assert "duplicate SKU 'C-1': already used on line 4" in report.errors[-1].reason
    assert report.new == ["c-top"]


def test_a_product_with_one_bad_variant_is_skipped_whole(services: Services) -> None:
    rows = [variant_row("two-sizes", "T-S", "S"), variant_row("two-sizes", "T-M", "M", price="oops")]
    report = run_import(services, to_csv(rows))
    assert report.status == "rejected"
    assert catalog_snapshot(services) == {}


def test_conflicting_product_columns_on_variant_rows(services: Services) -> None:
    rows = [variant_row("tee", "T-S", "S"), variant_row("tee", "T-M", "M", title="Another Title")]
    report = run_import(services, to_csv(rows))
    assert [(e.line, e.column) for e in report.errors] == [(3, "title")]
    assert "differs from line 2" in report.errors[0].reason


@pytest.mark.parametrize(
    ("data", "line", "reason"),
    [
        pytest.param(to_csv(basic_catalog(), [c for c in COLUMN_NAMES if c != "price"]), 1,
                     "missing required column(s): price", id="missing column"),
        pytest.param(b"name,colour\nshirt,red\n", 1, "matches neither our inventory schema", id="unknown header"),
        pytest.param(b"\x89PNG\r\n\x1a\nbinary", None, "PNG image", id="image file"),
        pytest.param(to_csv(basic_catalog())[:-1] + b',"unclosed\n', 5, "broken CSV quoting", id="broken quoting"),
        pytest.param(b"handle,title,department,slot,sku,size,stock,price\na,b,women,top,S1,M,1\n", 2,
                     "has 7 fields but the header has 8", id="short row"),
    ],
)
def test_bad_files_change_nothing(services: Services, data: bytes, line: int | None, reason: str) -> None:
    run_import(services, to_csv(basic_catalog()))
    before, index_before = catalog_snapshot(services), index_snapshot(services)
    report = run_import(services, data)
    assert report.status == "rejected"
    assert report.errors[0].line == line
    assert reason in report.errors[0].reason
    assert catalog_snapshot(services) == before
    assert index_snapshot(services) == index_before


def test_non_utf8_file_is_decoded_with_the_named_fallback(services: Services) -> None:
    rows = [variant_row("cafe-tee", "CT-1", title="Café Crème Tee")]
    report = run_import(services, to_csv(rows).decode().encode("cp1252"))
    assert report.status == "succeeded"
    assert report.encoding == "cp1252"
    assert any("cp1252" in w for w in report.warnings)
    assert catalog_snapshot(services)["cafe-tee"][2] == "Café Crème Tee"


def test_size_cap(services: Services) -> None:
    report = run_import(services, to_csv(basic_catalog()), max_bytes=100)
    assert report.status == "rejected"
    assert "the limit is 100 bytes" in report.errors[0].reason


def test_strict_mode_imports_nothing_when_a_row_is_bad(services: Services) -> None:
    report = run_import(services, to_csv([*basic_catalog(), _bad(price="x")]), strict=True)
    assert report.status == "rejected"
    assert catalog_snapshot(services) == {}


def test_exports_neutralise_spreadsheet_formulas(sqlite_services) -> None:  # type: ignore[no-untyped-def]
    """A hostile upload's formula cells are stored as data and exported as text, never as formulas."""
    import csv
    import io

    from app.catalog.db import session_scope
    from app.exports import catalog_rows, safe_cell, write_rows
    from app.ingest.stylist_csv import COLUMN_NAMES
    from tests.helpers import run_import, to_csv, variant_row

    hostile = [variant_row("formula-tee", "FT-M", title="=HYPERLINK(\"http://evil.example\",\"click\")",
                           description="+cmd|' /C calc'!A0", brand="@SUM(1+1)", style_tags="-2+3")]
    assert run_import(sqlite_services, to_csv(hostile)).status == "succeeded"
    out = io.StringIO()
    with session_scope(sqlite_services.sessions) as session:
        write_rows(out, COLUMN_NAMES, catalog_rows(session))
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["title"].startswith("'=") and row["description"].startswith("'+") and row["brand"].startswith("'@")
    assert row["style_tags"].startswith("'-")
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert [safe_cell(v) for v in ("\tx", "\rx", "ok", 3, None)] == ["'\tx", "'\rx", "ok", "3", ""]
