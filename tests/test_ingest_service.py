"""Import semantics on SQLite and PostgreSQL: upsert, full-sync, dry run, idempotence, interruption."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.catalog.db import session_scope
from app.catalog.models import ImportJob
from app.ingest import service as ingest_service
from app.ingest.service import fail_interrupted_jobs
from app.search.index import SearchFilters
from app.search.service import search
from app.services import Services, reconcile_index
from tests.conftest import DATA
from tests.helpers import basic_catalog, catalog_snapshot, index_snapshot, run_import, to_csv, variant_row


def test_import_then_reimport_changes_nothing(services: Services) -> None:
    first = run_import(services, to_csv(basic_catalog()))
    assert first.status == "succeeded"
    assert sorted(first.new) == ["linen-shirt", "rain-boots", "wide-trousers"]
    assert first.index is not None and first.index.embedded == 3
    snapshot, index = catalog_snapshot(services), index_snapshot(services)
    again = run_import(services, to_csv(basic_catalog()))
    assert (again.new, again.updated, sorted(again.unchanged)) == ([], [], sorted(first.new))
    assert again.index is None  # nothing touched, nothing sent to the index
    assert catalog_snapshot(services) == snapshot
    assert index_snapshot(services) == index


def test_stock_change_updates_metadata_without_re_embedding(services: Services) -> None:
    run_import(services, to_csv(basic_catalog()))
    rows = basic_catalog()
    rows[1] = {**rows[1], "stock": 9}  # linen-shirt M back in stock
    report = run_import(services, to_csv(rows))
    assert report.updated == ["linen-shirt"]
    assert report.index is not None
    assert (report.index.embedded, report.index.metadata_updated) == (0, 1)
    assert services.index.stored(["linen-shirt"])["linen-shirt"]["sizes"] == ["M", "S"]


def test_text_change_re_embeds(services: Services) -> None:
    run_import(services, to_csv(basic_catalog()))
    rows = basic_catalog()
    rows[0] = {**rows[0], "title": "Linen Camp Shirt"}
    rows[1] = {**rows[1], "title": "Linen Camp Shirt"}
    report = run_import(services, to_csv(rows))
    assert report.index is not None and report.index.embedded == 1


def test_removed_variant_is_dropped_and_sku_can_move(services: Services) -> None:
    run_import(services, to_csv(basic_catalog()))
    rows = basic_catalog()[:1] + [variant_row("linen-tank", "LS-M", "M", 2, "30.00")]
    report = run_import(services, to_csv(rows))
    assert report.errors == []
    snap = catalog_snapshot(services)
    assert [v[0] for v in snap["linen-shirt"][3]] == ["LS-S"]
    assert [v[0] for v in snap["linen-tank"][3]] == ["LS-M"]


def test_sku_owned_by_another_product_is_an_error(services: Services) -> None:
    run_import(services, to_csv(basic_catalog()))
    report = run_import(services, to_csv([variant_row("new-thing", "WT-M")]))
    assert report.status == "rejected"
    assert report.errors[0].column == "sku"
    assert "already belongs to product 'wide-trousers'" in report.errors[0].reason


def test_dry_run_reports_without_changing(services: Services) -> None:
    run_import(services, to_csv(basic_catalog()))
    before, index_before = catalog_snapshot(services), index_snapshot(services)
    rows = basic_catalog()[:2] + [variant_row("new-coat", "NC-M", slot="outerwear"),
                                  variant_row("bad", "B-1", price="?")]
    rows[0] = {**rows[0], "price": "45.00"}
    report = run_import(services, to_csv(rows), mode="full-sync", dry_run=True)
    assert report.status == "dry_run"
    assert report.new == ["new-coat"]
    assert report.updated == ["linen-shirt"]
    assert sorted(report.deactivated) == ["rain-boots", "wide-trousers"]
    assert [(e.line, e.column) for e in report.errors] == [(5, "price")]
    assert catalog_snapshot(services) == before
    assert index_snapshot(services) == index_before


def test_full_sync_deactivates_missing_but_never_deletes(services: Services) -> None:
    run_import(services, to_csv(basic_catalog()))
    rows = basic_catalog()[:2] + [variant_row("wide-trousers", "WT-M", price="oops", slot="bottom")]
    report = run_import(services, to_csv(rows), mode="full-sync")
    # wide-trousers has a bad row but is in the file: it is kept active; rain-boots is deactivated
    assert report.deactivated == ["rain-boots"]
    snap = catalog_snapshot(services)
    assert snap["rain-boots"][1] is False and snap["wide-trousers"][1] is True
    assert services.index.stored(["rain-boots"])["rain-boots"]["active"] is False
    with session_scope(services.sessions) as session:
        hits = search(session, services.index, "olive rain boots", SearchFilters(), limit=10)
    assert "rain-boots" not in [h.product.handle for h in hits]
    # upsert of the same product brings it back
    back = run_import(services, to_csv(basic_catalog()[3:]))
    assert back.updated == ["rain-boots"]
    assert catalog_snapshot(services)["rain-boots"][1] is True


def test_interrupted_import_leaves_catalog_and_index_as_they_were(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_import(services, to_csv(basic_catalog()))
    before, index_before = catalog_snapshot(services), index_snapshot(services)
    rows = [*basic_catalog(), *[variant_row(f"new-{i}", f"N-{i}") for i in range(30)]]
    rows[0] = {**rows[0], "stock": 99}
    original = ingest_service._apply

    def crash_midway(session, plan, source_format, on_product):  # type: ignore[no-untyped-def]
        calls = {"n": 0}

        def tick() -> None:
            calls["n"] += 1
            on_product()
            if calls["n"] == 10:
                session.flush()  # half the products really reached the database
                raise RuntimeError("power cut")

        return original(session, plan, source_format, tick)

    monkeypatch.setattr(ingest_service, "_apply", crash_midway)
    with pytest.raises(RuntimeError, match="power cut"):
        run_import(services, to_csv(rows))
    assert catalog_snapshot(services) == before
    assert index_snapshot(services) == index_before
    with session_scope(services.sessions) as session:
        job = session.scalars(select(ImportJob).order_by(ImportJob.id.desc())).first()
        assert job is not None and job.status == "failed"
        assert "nothing was changed" in job.message


def test_start_up_fails_only_imports_whose_process_is_gone(services: Services) -> None:
    """A replica starting while another imports must not fail that import (PostgreSQL: advisory locks)."""
    from app.catalog.db import held_lock

    with session_scope(services.sessions) as session:
        live, dead = ImportJob(filename="a.csv", file_sha256="0", mode="upsert"), ImportJob(
            filename="b.csv", file_sha256="0", mode="upsert")
        session.add_all([live, dead])
        session.flush()
        live_id, dead_id = live.id, dead.id
    with held_lock(services.engine, live_id):  # the "other process" still importing
        failed = fail_interrupted_jobs(services.sessions)
    with session_scope(services.sessions) as session:
        statuses = {job.id: job.status for job in session.scalars(select(ImportJob))}
    if services.engine.dialect.name == "postgresql":
        assert failed == 1 and statuses == {live_id: "running", dead_id: "failed"}
        assert fail_interrupted_jobs(services.sessions) == 1  # its lock is gone now: cut off
    else:  # SQLite belongs to one process: whatever still runs at start-up was cut off
        assert failed == 2 and set(statuses.values()) == {"failed"}


def test_index_failure_after_commit_is_repaired_by_reconcile(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_sync(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ConnectionError("chroma went away")

    monkeypatch.setattr(services.index, "sync", broken_sync)
    report = run_import(services, to_csv(basic_catalog()))
    assert report.status == "succeeded"
    assert "search index was not" in report.index_error
    monkeypatch.undo()
    assert index_snapshot(services) == {}
    fixed = reconcile_index(services)
    assert sorted(fixed.missing) == ["linen-shirt", "rain-boots", "wide-trousers"]
    assert reconcile_index(services).fixed == 0


def test_a_job_is_shown_done_only_once_its_products_are_searchable(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The staff job page stops following an import when indexed meets to_index. Search replicas refresh on the
    `indexed_at` stamp that the indexing commit writes, so the two must not meet before that commit."""
    seen: list[dict[str, int]] = []

    def job_counts() -> dict[str, int]:
        with session_scope(services.sessions) as session:
            job = session.scalars(select(ImportJob).order_by(ImportJob.id.desc())).first()
            assert job is not None
            return dict(job.counts or {})

    real_sync = services.index.sync

    def watched_sync(products, progress=None):  # type: ignore[no-untyped-def]
        seen.append(job_counts())  # the catalog is committed: the page already knows indexing is pending
        result = real_sync(products, progress)
        seen.append(job_counts())  # every product embedded, its stamp not yet committed
        return result

    monkeypatch.setattr(services.index, "sync", watched_sync)
    report = run_import(services, to_csv(basic_catalog()))
    assert report.status == "succeeded"
    assert [(c["indexed"], c["to_index"]) for c in seen] == [(0, 3), (0, 3)]
    final = job_counts()
    assert (final["indexed"], final["to_index"]) == (3, 3)
    with session_scope(services.sessions) as session:
        hits = search(session, services.index, "linen shirt", SearchFilters())
    assert "linen-shirt" in [hit.product.handle for hit in hits]


def test_job_left_running_by_a_crash_is_marked_failed(services: Services) -> None:
    with session_scope(services.sessions) as session:
        session.add(ImportJob(filename="x.csv", file_sha256="0" * 64, mode="upsert", status="running"))
    assert fail_interrupted_jobs(services.sessions) == 1
    with session_scope(services.sessions) as session:
        job = session.scalars(select(ImportJob)).one()
        assert job.status == "failed" and "interrupted" in job.message


def test_shopify_export_with_continuation_rows(services: Services) -> None:
    report = run_import(services, (DATA / "shopify_export.csv").read_bytes(), filename="products_export.csv")
    assert report.file_format == "shopify"
    assert report.status == "succeeded", report.errors
    assert sorted(report.new) == ["canvas-tote", "draft-chunky-knit-sweater", "relaxed-boot-cut-jeans",
                                  "silk-slip-dress", "womens-wool-wrap-coat"]
    snap = catalog_snapshot(services)
    assert snap["womens-wool-wrap-coat"][3] == (
        ("NW-COAT-L", "L", 5, "289.00"), ("NW-COAT-M", "M", 0, "289.00"), ("NW-COAT-S", "S", 3, "289.00"))
    assert snap["draft-chunky-knit-sweater"][1] is False
    with session_scope(services.sessions) as session:
        from app.catalog.queries import get_product

        coat = get_product(session, "womens-wool-wrap-coat")
        jeans = get_product(session, "relaxed-boot-cut-jeans")
        dress = get_product(session, "silk-slip-dress")
        tote = get_product(session, "canvas-tote")
        assert coat and jeans and dress and tote
        assert (coat.slot, coat.department, coat.colors) == ("outerwear", "women", ["camel"])
        assert coat.description == "A belted wrap coat in brushed wool & cashmere. Fully lined Dry clean"
        assert coat.image_url == "https://cdn.example.com/coat-front.jpg"
        assert coat.variants[0].compare_at_price is not None
        assert (jeans.slot, jeans.department) == ("bottom", "men")  # empty Type: from the title and tags
        assert (dress.slot, dress.department) == ("dress", "women")
        assert "alert" not in dress.description
        assert [(v.size, v.color) for v in dress.variants] == [("XS", "black"), ("S", "black")]
        assert (tote.slot, tote.department, [v.size for v in tote.variants]) == ("accessory", "unisex", ["One Size"])
    again = run_import(services, (DATA / "shopify_export.csv").read_bytes())
    assert again.new == [] and again.updated == [] and len(again.unchanged) == 5


def test_shopify_bad_rows(services: Services) -> None:
    text = (DATA / "shopify_export.csv").read_text()
    lines = text.splitlines()
    lines[2] = lines[2].replace(",0,deny,manual,289.00,", ",0,deny,manual,free,")  # coat size M
    lines.append("mystery-object,Mystery Object,,,,,,TRUE,Title,Default Title,,,,,,,,MO-1,,,1,,,10.00,,,,,,,,,,,,,,,active")
    report = run_import(services, ("\n".join(lines) + "\n").encode())
    assert [(e.line, e.column) for e in report.errors] == [(3, "Variant Price"), (13, "Type")]
    assert "cannot tell the slot" in report.errors[1].reason
    assert "womens-wool-wrap-coat" not in catalog_snapshot(services)
