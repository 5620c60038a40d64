"""Import an inventory file into the catalog: plan, (dry-run or) apply in one transaction, then index.

Policy (documented in inventory/SCHEMA.md):
- Good products are imported and bad rows are reported (line, column, reason). A product with any bad
  row is skipped as a whole, so no product is ever half-imported. `strict=True` imports nothing when any
  row is bad.
- The catalog changes in ONE database transaction together with the import job's final status: an
  import that fails or is interrupted leaves the catalog exactly as it was. A job left `running` by a
  killed process is marked `failed` at the next start-up.
- The search index is written after the commit. If that fails, the catalog is still right and the
  index is repaired by the reconcile that runs at start-up (or `stylist reindex`).
- `full-sync` deactivates active products missing from the file (never deletes them); products whose
  rows were all bad count as present, so a typo never deactivates a product.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from app.catalog.db import held_lock, lock_is_free, session_scope
from app.catalog.models import ImportJob, Product, Variant
from app.ingest import reading, shopify, stylist_csv
from app.ingest.records import ParsedFile, ProductRecord, RowError
from app.search.index import ProductIndex, SyncResult

log = logging.getLogger(__name__)

Mode = Literal["upsert", "full-sync"]
MODES: tuple[str, ...] = ("upsert", "full-sync")
MAX_REPORTED_ERRORS = 1000


@dataclass
class ImportReport:
    job_id: int | None
    filename: str
    file_format: str
    encoding: str
    mode: str
    dry_run: bool
    status: str  # dry_run | succeeded | completed_with_errors | rejected | failed
    rows: int = 0
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deactivated: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    index: SyncResult | None = None
    index_error: str = ""
    message: str = ""

    @property
    def counts(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "new": len(self.new),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "deactivated": len(self.deactivated),
            "errors": len(self.errors),
            "error_rows": len({e.line for e in self.errors}),
        }

    @property
    def ok(self) -> bool:
        return self.status in ("dry_run", "succeeded", "completed_with_errors")


ProgressFn = Callable[[str, int, int], None]  # (phase, done, total)


def parse_file(data: bytes, fallback_encoding: str, max_bytes: int) -> ParsedFile:
    """Decode, detect the format from the header, and parse. Raises FileRejected for unreadable files."""
    text, encoding = reading.decode(data, fallback_encoding, max_bytes)
    csv_text = reading.read_csv(text)
    if shopify.looks_like(csv_text.header):
        return shopify.parse(csv_text.header, csv_text.rows, encoding)
    if stylist_csv.looks_like(csv_text.header):
        return stylist_csv.parse(csv_text.header, csv_text.rows, encoding)
    raise reading.FileRejected(
        "the header matches neither our inventory schema (handle, title, department, slot, sku, size, stock, "
        "price ...: see inventory/SCHEMA.md) nor a Shopify product export (Handle, Title, Variant SKU, "
        f"Variant Price ...). First columns found: {', '.join(csv_text.header[:6])}",
        line=1,
    )


@dataclass
class _Plan:
    new: list[ProductRecord] = field(default_factory=list)
    updated: list[tuple[Product, ProductRecord]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deactivate: list[Product] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _plan(session: Session, parsed: ParsedFile, mode: str) -> _Plan:
    plan = _Plan()
    handles = [p.handle for p in parsed.products]
    if mode == "full-sync":
        existing = {p.handle: p for p in session.scalars(select(Product))}
    else:
        existing = {}
        for start in range(0, len(handles), 500):
            chunk = handles[start : start + 500]
            existing.update((p.handle, p) for p in session.scalars(select(Product).where(Product.handle.in_(chunk))))
    skus = [v.sku for p in parsed.products for v in p.variants]
    owner: dict[str, str] = {}
    for start in range(0, len(skus), 500):
        rows = session.execute(
            select(Variant.sku, Product.handle).join(Product).where(Variant.sku.in_(skus[start : start + 500]))
        )
        owner.update((sku, handle) for sku, handle in rows)
    in_file = {p.handle for p in parsed.products}
    for record in parsed.products:
        clash = next(
            (v for v in record.variants if v.sku in owner and owner[v.sku] != record.handle
             and owner[v.sku] not in in_file),
            None,
        )
        if clash is not None:
            plan.errors.append(RowError(clash.line, "sku", f"SKU {clash.sku!r} already belongs to product "
                                        f"{owner[clash.sku]!r}; SKUs must be unique across the catalog"))
            continue
        current = existing.get(record.handle)
        if current is None:
            plan.new.append(record)
        elif current.content_hash == record.content_hash() and current.active == record.active:
            plan.unchanged.append(record.handle)
        else:
            plan.updated.append((current, record))
    if mode == "full-sync":
        seen = parsed.handles_seen
        plan.deactivate = [p for h, p in existing.items() if p.active and h not in seen]
    return plan


def _apply(session: Session, plan: _Plan, source_format: str, on_product: Callable[[], None]) -> list[Product]:
    """Write the plan into the session (no commit). Returns the products whose index entry may change."""
    touched: list[Product] = []
    # Phase 1: drop variants that moved away or disappeared, so their SKUs are free for phase 2.
    for product, record in plan.updated:
        keep = {v.sku for v in record.variants}
        for variant in list(product.variants):
            if variant.sku not in keep:
                product.variants.remove(variant)
    session.flush()
    for product, record in plan.updated:
        for name, value in record.fields().items():
            setattr(product, name, value)
        product.source_format = source_format
        product.content_hash = record.content_hash()
        by_sku = {v.sku: v for v in product.variants}
        for v in record.variants:
            variant = by_sku.get(v.sku)
            if variant is None:
                product.variants.append(Variant(sku=v.sku, size=v.size, color=v.color, stock=v.stock, price=v.price,
                                                compare_at_price=v.compare_at_price))
            else:
                variant.size, variant.color, variant.stock = v.size, v.color, v.stock
                variant.price, variant.compare_at_price = v.price, v.compare_at_price
        touched.append(product)
        on_product()
    for record in plan.new:
        product = Product(
            **record.fields(),
            source_format=source_format,
            content_hash=record.content_hash(),
            variants=[
                Variant(sku=v.sku, size=v.size, color=v.color, stock=v.stock, price=v.price,
                        compare_at_price=v.compare_at_price)
                for v in record.variants
            ],
        )
        session.add(product)
        touched.append(product)
        on_product()
    for product in plan.deactivate:
        product.active = False
        touched.append(product)
    session.flush()
    return touched


def import_inventory(
    sessions: sessionmaker[Session],
    index: ProductIndex | None,
    data: bytes,
    filename: str,
    *,
    mode: str = "upsert",
    dry_run: bool = False,
    strict: bool = False,
    actor: str = "cli",
    max_bytes: int = 20 * 1024 * 1024,
    fallback_encoding: str = "cp1252",
    progress: ProgressFn | None = None,
    on_job: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import (or preview) one inventory file. Never raises for a bad file: the report says what is wrong.

    `on_job` is told the job id as soon as the job row exists (the staff page follows its progress there)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    report = ImportReport(None, filename, "", "", mode, dry_run, "running")
    with session_scope(sessions) as session:
        job = ImportJob(actor=actor, filename=filename, file_sha256=hashlib.sha256(data).hexdigest(), mode=mode,
                        dry_run=dry_run, status="running")
        session.add(job)
        session.flush()
        report.job_id = job.id
    if on_job is not None:
        on_job(report.job_id)

    # held until the import ends: another process starting up can tell it apart from a crashed one
    with held_lock(_engine(sessions), report.job_id):
        return _run_import(sessions, index, data, report, mode=mode, dry_run=dry_run, strict=strict,
                           max_bytes=max_bytes, fallback_encoding=fallback_encoding, progress=progress)


def _engine(sessions: sessionmaker[Session]) -> Engine:
    bind = sessions.kw["bind"]
    assert isinstance(bind, Engine)
    return bind


def _run_import(
    sessions: sessionmaker[Session],
    index: ProductIndex | None,
    data: bytes,
    report: ImportReport,
    *,
    mode: str,
    dry_run: bool,
    strict: bool,
    max_bytes: int,
    fallback_encoding: str,
    progress: ProgressFn | None,
) -> ImportReport:
    filename = report.filename
    try:
        parsed = parse_file(data, fallback_encoding, max_bytes)
    except reading.FileRejected as exc:
        report.status = "rejected"
        report.errors = [RowError(exc.line, None, exc.reason)]
        report.message = f"file rejected: {exc.reason}"
        _finish_job(sessions, report)
        return report
    report.file_format, report.encoding, report.rows = parsed.file_format, parsed.encoding, parsed.rows
    report.warnings = list(parsed.warnings)
    if parsed.encoding != "utf-8":
        report.warnings.append(f"the file is not UTF-8; it was read as {parsed.encoding}")
    report.errors = list(parsed.errors)

    try:
        with session_scope(sessions) as session:
            plan = _plan(session, parsed, mode)
            report.errors.extend(plan.errors)
            report.errors.sort(key=lambda e: (e.line or 0, e.column or ""))
            report.new = [r.handle for r in plan.new]
            report.updated = [p.handle for p, _ in plan.updated]
            report.unchanged = plan.unchanged
            report.deactivated = [p.handle for p in plan.deactivate]
            if dry_run:
                report.status = "dry_run"
                report.message = "dry run: nothing was changed"
                session.rollback()
            elif strict and report.errors:
                report.status = "rejected"
                report.message = "strict import: nothing was imported because some rows are bad"
                session.rollback()
            elif not (plan.new or plan.updated or plan.deactivate or plan.unchanged) and report.errors:
                report.status = "rejected"
                report.message = "no valid product in the file: nothing was imported"
                session.rollback()
            else:
                total = len(plan.new) + len(plan.updated)
                done = 0

                def tick() -> None:
                    nonlocal done
                    done += 1
                    if progress and (done % 200 == 0 or done == total):
                        progress("saving", done, total)

                touched = _apply(session, plan, parsed.file_format, tick)
                report.status = "completed_with_errors" if report.errors else "succeeded"
                report.message = _summary(report)
                job = session.get(ImportJob, report.job_id)
                assert job is not None
                _fill_job(job, report)
                touched_handles = [p.handle for p in touched]
                if index is not None and touched_handles:  # in this commit: the job page waits for the index
                    job.counts = {**job.counts, "indexed": 0, "to_index": len(touched_handles)}
            # the commit of session_scope makes catalog and job status durable together
    except Exception as exc:
        log.exception("import of %s failed", filename)
        report.status = "failed"
        report.message = f"import failed and nothing was changed: {exc}"
        report.new, report.updated, report.deactivated = [], [], []
        _finish_job(sessions, report)
        raise

    if report.status in ("succeeded", "completed_with_errors"):
        if index is not None and touched_handles:
            _index_products(sessions, index, touched_handles, report, progress)
    else:
        _finish_job(sessions, report)
    return report


def _index_products(
    sessions: sessionmaker[Session],
    index: ProductIndex,
    handles: list[str],
    report: ImportReport,
    progress: ProgressFn | None,
) -> None:
    total = len(handles)
    done = 0
    last_note = 0.0

    def tick(n: int) -> None:
        nonlocal done, last_note
        done += n
        if progress:
            progress("indexing", min(done, total), total)
        if time.monotonic() - last_note >= 1.0 and done < total:
            last_note = time.monotonic()
            _note_indexing(sessions, report.job_id, done, total)

    # The job page follows indexed/to_index (set to 0/total with the catalog's commit) until they meet. They
    # meet only after the commit below stamps `indexed_at`: every process's search replica refreshes on that
    # stamp, so a job shown as done has its products searchable.
    try:
        with session_scope(sessions) as session:
            products: list[Product] = []
            for start in range(0, len(handles), 500):
                products.extend(session.scalars(select(Product).where(Product.handle.in_(handles[start : start + 500]))))
            report.index = index.sync(products, tick)
        _note_indexing(sessions, report.job_id, total, total)
    except Exception as exc:  # the catalog is committed; reconcile at start-up repairs the index
        log.exception("indexing after import failed; the index will be reconciled")
        report.index_error = f"the catalog was updated but the search index was not ({exc}); " \
                             "it is repaired at the next start-up or by `stylist reindex`"
        report.warnings.append(report.index_error)
        _note_indexing(sessions, report.job_id, total, total, note=report.index_error)


def _note_indexing(sessions: sessionmaker[Session], job_id: int | None, done: int, total: int,
                   note: str = "") -> None:
    """Indexing progress on the job row (the catalog is committed by now: no lock is held while embedding)."""
    if job_id is None:
        return
    try:
        with session_scope(sessions) as session:
            job = session.get(ImportJob, job_id)
            if job is not None:
                job.counts = {**(job.counts or {}), "indexed": done, "to_index": total}
                if note:
                    job.message = f"{job.message}; {note}"
    except Exception:  # noqa: BLE001 - progress is a courtesy; never fail an import over it
        log.debug("could not record indexing progress of job %s", job_id, exc_info=True)


def _summary(report: ImportReport) -> str:
    c = report.counts
    text = (f"{c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, "
            f"{c['deactivated']} deactivated")
    if c["errors"]:
        text += f"; {c['errors']} problem(s) in {c['error_rows']} row(s) were skipped"
    return text


def _fill_job(job: ImportJob, report: ImportReport) -> None:
    job.file_format = report.file_format
    job.status = report.status
    job.counts = report.counts
    job.errors = [e.as_dict() for e in report.errors[:MAX_REPORTED_ERRORS]]
    job.message = report.message
    job.finished_at = dt.datetime.now(dt.UTC)


def _finish_job(sessions: sessionmaker[Session], report: ImportReport) -> None:
    with session_scope(sessions) as session:
        job = session.get(ImportJob, report.job_id)
        if job is not None:
            _fill_job(job, report)


def fail_interrupted_jobs(sessions: sessionmaker[Session]) -> int:
    """Mark `running` jobs whose process is gone as failed: their catalog transaction never committed.

    On PostgreSQL a running import holds an advisory lock on its job id (released by the server when its
    process dies), so a replica starting while another one imports leaves that job alone. SQLite belongs to
    one process, so every `running` job found at start-up was cut off.
    """
    engine = _engine(sessions)
    with session_scope(sessions) as session:
        running = session.scalars(select(ImportJob).where(ImportJob.status == "running"))
        jobs = [job for job in running if lock_is_free(engine, job.id)]
        for job in jobs:
            job.status = "failed"
            job.message = "interrupted (the process stopped during the import); nothing from it was saved"
            job.finished_at = dt.datetime.now(dt.UTC)
        return len(jobs)
