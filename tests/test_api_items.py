"""The catalog endpoints of JSON API v1 and the catalog pages, through the real app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.services import Services
from tests.helpers import run_import, to_csv, variant_row


@pytest.fixture
def client(sqlite_services: Services) -> Iterator[TestClient]:
    rows = [variant_row(f"tee-{i:02d}", f"T-{i}", "M", i % 3, "25.00", title=f"Cotton Tee {i}", colors="white")
            for i in range(30)]
    rows += [variant_row("black-combat-boots", "CB-39", "39", 2, "140.00", slot="shoes", title="Black Combat Boots",
                         style_tags="grunge;edgy", description="Chunky lace-up leather boots.")]
    assert run_import(sqlite_services, to_csv(rows)).status == "succeeded"
    with TestClient(create_app(services=sqlite_services)) as test_client:
        yield test_client


def test_browse_pages_with_a_cursor(client: TestClient) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/items", params=params).json()
        seen += [item["handle"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    in_stock = [f"tee-{i:02d}" for i in range(30) if i % 3] + ["black-combat-boots"]
    assert seen == in_stock
    assert page["total"] == len(in_stock)


def test_filters(client: TestClient) -> None:
    shoes = client.get("/api/v1/items", params={"slot": "shoes"}).json()["items"]
    assert [i["handle"] for i in shoes] == ["black-combat-boots"]
    assert shoes[0]["sizes_in_stock"] == ["39"]
    sold_out_included = client.get("/api/v1/items", params={"include_sold_out": True, "limit": 100}).json()
    assert sold_out_included["total"] == 31
    assert client.get("/api/v1/items", params={"max_price": 20}).json()["items"] == []


def test_search_text(client: TestClient) -> None:
    page = client.get("/api/v1/items", params={"q": "grunge boots"}).json()
    assert page["items"][0]["handle"] == "black-combat-boots"
    second = client.get("/api/v1/items", params={"q": "tee", "limit": 5}).json()
    assert len(second["items"]) == 5 and second["next_cursor"]
    following = client.get("/api/v1/items", params={"q": "tee", "limit": 5, "cursor": second["next_cursor"]}).json()
    assert not {i["handle"] for i in following["items"]} & {i["handle"] for i in second["items"]}


def test_one_item_and_problem_json_errors(client: TestClient) -> None:
    item = client.get("/api/v1/items/black-combat-boots").json()
    assert item["variants"] == [{"sku": "CB-39", "size": "39", "color": "", "in_stock": True, "stock": 2,
                                 "price": "140.00", "compare_at_price": None}]
    missing = client.get("/api/v1/items/nope")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert "no item with handle 'nope'" in missing.json()["detail"]
    bad = client.get("/api/v1/items", params={"slot": "hat", "limit": 0})
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
    assert {e["field"] for e in bad.json()["errors"]} == {"slot", "limit"}
    cursor = client.get("/api/v1/items", params={"cursor": "not-a-cursor"})
    assert cursor.status_code == 400 and "invalid cursor" in cursor.json()["detail"]


def test_pages_render(client: TestClient) -> None:
    home = client.get("/shop", params={"q": "boots"})
    assert home.status_code == 200 and "Black Combat Boots" in home.text
    product = client.get("/items/black-combat-boots")
    assert product.status_code == 200 and "Chunky lace-up leather boots." in product.text
    assert client.get("/items/nope").status_code == 404


def test_health(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "products": 31, "indexed": 31}
