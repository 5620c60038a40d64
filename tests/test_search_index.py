"""The Chroma index: filters, SQL re-check, reconcile and rebuild, no needless re-embedding."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.catalog.db import session_scope
from app.catalog.models import Product
from app.search.index import SearchFilters, department_scope
from app.search.service import passes, search
from app.services import Services, reconcile_index
from tests.helpers import index_snapshot, run_import, to_csv, variant_row


def _catalog() -> list[dict[str, object]]:
    return [
        variant_row("yellow-raincoat", "YR-S", "S", 2, "120.00", slot="outerwear", colors="mustard",
                    title="Hooded Yellow Raincoat", materials="waterproof nylon", style_tags="waterproof;outdoor"),
        variant_row("yellow-raincoat", "YR-M", "M", 0, "120.00", slot="outerwear", title="Hooded Yellow Raincoat"),
        variant_row("trench-coat", "TC-M", "M", 5, "240.00", slot="outerwear", colors="beige", title="Classic Trench Coat",
                    style_tags="classic;office"),
        variant_row("sold-out-parka", "SP-M", "M", 0, "300.00", slot="outerwear", title="Rain Parka"),
        variant_row("old-anorak", "OA-M", "M", 5, "90.00", slot="outerwear", title="Rain Anorak", active="false"),
        variant_row("mens-rain-shell", "MR-M", "M", 5, "150.00", slot="outerwear", title="Waterproof Rain Shell",
                    department="men"),
        variant_row("unisex-rain-poncho", "UP-OS", "One Size", 5, "45.00", slot="outerwear", title="Rain Poncho",
                    department="unisex"),
        variant_row("rubber-boots", "RB-38", "38", 3, "70.00", slot="shoes", title="Rubber Rain Boots"),
    ]


@pytest.fixture
def loaded(sqlite_services: Services) -> Services:
    report = run_import(sqlite_services, to_csv(_catalog()))
    assert report.status == "succeeded", report.errors
    return sqlite_services


def _handles(services: Services, text: str, filters: SearchFilters, limit: int = 20) -> list[str]:
    with session_scope(services.sessions) as session:
        return [h.product.handle for h in search(session, services.index, text, filters, limit)]


def test_ranking_follows_meaning(loaded: Services) -> None:
    assert _handles(loaded, "yellow raincoat for a storm", SearchFilters())[0] == "yellow-raincoat"


def test_filters_exclude_out_of_stock_sizes_and_inactive(loaded: Services) -> None:
    everything = _handles(loaded, "rain", SearchFilters())
    assert "sold-out-parka" not in everything and "old-anorak" not in everything
    in_m = _handles(loaded, "rain coat", SearchFilters(size="M", slots=("outerwear",)))
    assert "yellow-raincoat" not in in_m  # sold out in M
    assert {"trench-coat", "mens-rain-shell"} <= set(in_m)
    assert _handles(loaded, "rain coat", SearchFilters(size="S")) == ["yellow-raincoat"]
    women = _handles(loaded, "rain", SearchFilters(departments=department_scope("women")))
    assert "mens-rain-shell" not in women and "unisex-rain-poncho" in women
    cheap = _handles(loaded, "coat", SearchFilters(max_price=100))
    assert set(cheap) == {"unisex-rain-poncho", "rubber-boots"}
    shoes = _handles(loaded, "rain", SearchFilters(slots=("shoes",)))
    assert shoes == ["rubber-boots"]
    assert "trench-coat" not in _handles(loaded, "coat", SearchFilters(exclude_handles=("trench-coat",)))


def test_sql_recheck_catches_a_stock_change_the_index_has_not_seen(loaded: Services) -> None:
    with session_scope(loaded.sessions) as session:
        coat = session.scalars(select(Product).where(Product.handle == "trench-coat")).one()
        coat.variants[0].stock = 0  # sold out in SQL, the index still says in stock
    assert "trench-coat" not in _handles(loaded, "classic trench coat", SearchFilters())


def test_reconcile_repairs_missing_stale_and_orphaned_entries(loaded: Services) -> None:
    good = index_snapshot(loaded)
    loaded.index.delete(["trench-coat"])  # missing
    loaded.index.collection.update(  # stale: says in stock in M though SQL says sold out
        ids=["yellow-raincoat"],
        metadatas=[{**loaded.index.stored(["yellow-raincoat"])["yellow-raincoat"], "sizes": ["M", "S"],
                    "meta_hash": "stale"}],
    )
    loaded.index.collection.upsert(  # orphaned: not in SQL at all
        ids=["ghost"], embeddings=[[0.1] * loaded.embedder.dimension], metadatas=[{"active": True}]
    )
    result = reconcile_index(loaded)
    assert (result.missing, result.stale, result.orphaned) == (["trench-coat"], ["yellow-raincoat"], ["ghost"])
    assert result.sync.embedded == 1 and result.sync.metadata_updated == 1
    assert index_snapshot(loaded) == good
    assert reconcile_index(loaded).fixed == 0


def test_rebuild_embeds_everything_again(loaded: Services) -> None:
    good = index_snapshot(loaded)
    with session_scope(loaded.sessions) as session:
        result = loaded.index.rebuild(session)
    assert result.embedded == len(good)
    assert index_snapshot(loaded) == good


def test_lost_index_is_rebuilt_by_reconcile(loaded: Services) -> None:
    good = index_snapshot(loaded)
    loaded.index.client.delete_collection(loaded.index.collection_name)
    loaded.index.collection = loaded.index._open()
    assert loaded.index.count() == 0
    result = reconcile_index(loaded)
    assert len(result.missing) == len(good)
    assert index_snapshot(loaded) == good


def test_unchanged_products_are_never_embedded_twice(loaded: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = loaded.embedder.embed
    monkeypatch.setattr(loaded.embedder, "embed", lambda texts, **kw: calls.append(len(texts)) or real(texts, **kw))
    with session_scope(loaded.sessions) as session:
        result = loaded.index.sync(list(session.scalars(select(Product))))
    assert calls == [] and result.embedded == 0 and result.unchanged == 7


FILTER_GRID = [
    SearchFilters(),
    SearchFilters(slots=("outerwear",)),
    SearchFilters(slots=("outerwear", "shoes"), departments=department_scope("women")),
    SearchFilters(size="M"),
    SearchFilters(size="M", max_price=200),
    SearchFilters(min_price=100),
    SearchFilters(include_out_of_stock=True, include_inactive=True),
    SearchFilters(exclude_handles=("trench-coat", "rubber-boots"), departments=("men", "unisex")),
    SearchFilters(size="XXL"),
]


@pytest.mark.parametrize("filters", FILTER_GRID, ids=lambda f: str(f.where()))
def test_replica_answers_exactly_as_chroma_does(loaded: Services, filters: SearchFilters) -> None:
    vector = loaded.embedder.embed_one("a coat for the rain")
    with session_scope(loaded.sessions) as session:
        loaded.index.refresh(session)
    fast = loaded.index.query(vector, filters, 5)
    slow = loaded.index.query_chroma(vector, filters, 5)
    assert [h for h, _ in fast] == [h for h, _ in slow]
    assert [round(s, 4) for _, s in fast] == [round(s, 4) for _, s in slow]
    # an empty answer must be the catalog's truth, not a broken filter: SQL agrees on what matches
    with session_scope(loaded.sessions) as session:
        matching = [p.handle for p in session.scalars(select(Product)) if passes(p, filters)]
    assert bool(fast) == bool(matching), (filters, matching)
    assert {h for h, _ in fast} <= set(matching)


def test_replica_of_another_process_catches_up_from_sql_stamps(
    loaded: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second index object stands for another app process: it sees writes once they are committed."""
    from app.search.index import ProductIndex

    other = ProductIndex(loaded.index.client, loaded.index.collection_name, loaded.embedder)
    vector = loaded.embedder.embed_one("waterproof rain coat")
    with session_scope(loaded.sessions) as session:
        other.refresh(session)
    assert len(other.replica) == 7
    full_loads: list[int] = []
    load_all = other.replica._load_all
    monkeypatch.setattr(other.replica, "_load_all", lambda collection: (full_loads.append(1), load_all(collection)))
    rows = _catalog() + [variant_row("cagoule", "CG-M", "M", 4, "80.00", slot="outerwear", title="Packable Cagoule",
                                     materials="waterproof nylon", style_tags="waterproof")]
    rows = [dict(r, active="false") if r["handle"] == "trench-coat" else r for r in rows]
    assert run_import(loaded, to_csv(rows)).status == "succeeded"
    with session_scope(loaded.sessions) as session:
        other.refresh(session)
    assert full_loads == [1]  # a new product changes the count: the replica reloads everything
    assert "cagoule" in [h for h, _ in other.query(vector, SearchFilters(), 20)]
    assert "trench-coat" not in [h for h, _ in other.query(vector, SearchFilters(), 20)]
    # a stock change touches one product: only it is fetched again
    rows = [dict(r, stock=0) if r["handle"] == "cagoule" else r for r in rows]
    monkeypatch.setattr(other.replica, "_load_all", lambda collection: pytest.fail("no full reload expected"))
    assert run_import(loaded, to_csv(rows)).status == "succeeded"
    with session_scope(loaded.sessions) as session:
        other.refresh(session)
    assert "cagoule" not in [h for h, _ in other.query(vector, SearchFilters(), 20)]
