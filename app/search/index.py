"""The Chroma index of products: sync from SQL, delete, reconcile, rebuild, and filtered vector queries.

SQL is the truth. Each index record carries the hashes of the text it was embedded from and of its
metadata, so a sync re-embeds only products whose text changed, updates only the metadata of products
whose stock, price or status changed, and `reconcile` can find missing, stale and orphaned records.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalog.models import Product
from app.config import Settings
from app.search.documents import IndexEntry, index_entry
from app.search.embedder import Embedder
from app.search.replica import VectorReplica

log = logging.getLogger(__name__)

PAGE = 2000  # records per Chroma request when paging through the whole index


def department_scope(department: str | None) -> tuple[str, ...] | None:
    """A shopper in women's or men's also sees unisex items."""
    if department in ("women", "men"):
        return (department, "unisex")
    if department == "unisex":
        return ("unisex",)
    return None


@dataclass(frozen=True)
class SearchFilters:
    """Hard filters: a product that fails any of them is never returned."""

    slots: tuple[str, ...] | None = None
    departments: tuple[str, ...] | None = None
    size: str | None = None  # must be in stock in this size
    max_price: float | None = None
    min_price: float | None = None
    include_inactive: bool = False
    include_out_of_stock: bool = False
    exclude_handles: tuple[str, ...] = ()

    def where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if not self.include_inactive:
            clauses.append({"active": True})
        if not self.include_out_of_stock:
            clauses.append({"in_stock": True})
        if self.slots:
            clauses.append({"slot": {"$in": list(self.slots)}})
        if self.departments:
            clauses.append({"department": {"$in": list(self.departments)}})
        if self.size:
            clauses.append({"sizes": {"$contains": self.size}})
        if self.max_price is not None:
            clauses.append({"min_price": {"$lte": float(self.max_price)}})
        if self.min_price is not None:
            clauses.append({"max_price": {"$gte": float(self.min_price)}})
        if self.exclude_handles:
            clauses.append({"handle": {"$nin": list(self.exclude_handles)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass
class SyncResult:
    embedded: int = 0
    metadata_updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    def __add__(self, other: SyncResult) -> SyncResult:
        return SyncResult(
            self.embedded + other.embedded,
            self.metadata_updated + other.metadata_updated,
            self.unchanged + other.unchanged,
            self.deleted + other.deleted,
        )


@dataclass
class ReconcileResult:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)
    sync: SyncResult = field(default_factory=SyncResult)

    @property
    def fixed(self) -> int:
        return len(self.missing) + len(self.stale) + len(self.orphaned)


def make_client(settings: Settings) -> ClientAPI:
    """Chroma server when STYLIST_CHROMA_URL is set (several app processes), else one embedded process."""
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1", port=url.port or 8000, ssl=url.scheme == "https"
        )
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path))


class ProductIndex:
    def __init__(self, client: ClientAPI, collection_name: str, embedder: Embedder) -> None:
        self.client = client
        self.collection_name = collection_name
        self.embedder = embedder
        self.collection: Collection = self._open()
        self.replica = VectorReplica(embedder.dimension)

    def _open(self) -> Collection:
        return self.client.get_or_create_collection(
            self.collection_name,
            metadata={"hnsw:space": "cosine", "embedding_model": self.embedder.name},
            embedding_function=None,  # we always pass vectors; Chroma's default would download a model
        )

    def count(self) -> int:
        return self.collection.count()

    def stored(self, ids: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
        """Metadata of records in the index: of `ids`, or of every record when ids is None."""
        found: dict[str, dict[str, Any]] = {}
        if ids is not None:
            for start in range(0, len(ids), PAGE):
                got = self.collection.get(ids=list(ids[start : start + PAGE]), include=["metadatas"])
                found.update(zip(got["ids"], got["metadatas"] or [], strict=True))  # type: ignore[arg-type]
            return found
        offset = 0
        while True:
            got = self.collection.get(include=["metadatas"], limit=PAGE, offset=offset)
            found.update(zip(got["ids"], got["metadatas"] or [], strict=True))  # type: ignore[arg-type]
            if len(got["ids"]) < PAGE:
                return found
            offset += PAGE

    def sync(
        self, products: Sequence[Product], progress: Callable[[int], None] | None = None
    ) -> SyncResult:
        """Make the index hold exactly these products' current state; stamps `indexed_hash`/`indexed_at`.

        The caller commits the session afterwards so SQL records what the index now holds.
        """
        result = SyncResult()
        entries = [index_entry(p) for p in products]
        by_id = {p.handle: p for p in products}
        stored = self.stored([e.id for e in entries])
        to_embed: list[IndexEntry] = []
        to_update: list[IndexEntry] = []
        for entry in entries:
            old = stored.get(entry.id)
            if old is None or old.get("embed_hash") != entry.embed_hash:
                to_embed.append(entry)
            elif old.get("meta_hash") != entry.meta_hash:
                to_update.append(entry)
            else:
                result.unchanged += 1
        batch = max(self.embedder.batch_size * 4, 64)
        for start in range(0, len(to_embed), batch):
            chunk = to_embed[start : start + batch]
            vectors = self.embedder.embed([e.text for e in chunk])
            self.collection.upsert(
                ids=[e.id for e in chunk],
                embeddings=vectors,  # type: ignore[arg-type]
                metadatas=[e.stored_metadata() for e in chunk],
            )
            result.embedded += len(chunk)
            if progress:
                progress(len(chunk))
        for start in range(0, len(to_update), PAGE):
            chunk = to_update[start : start + PAGE]
            self.collection.update(ids=[e.id for e in chunk], metadatas=[e.stored_metadata() for e in chunk])
            result.metadata_updated += len(chunk)
        if progress and (to_update or result.unchanged):
            progress(len(to_update) + result.unchanged)
        now = dt.datetime.now(dt.UTC)
        for entry in entries:
            product = by_id[entry.id]
            if product.indexed_hash != entry.index_hash:
                product.indexed_hash = entry.index_hash
                product.indexed_at = now
        return result

    def delete(self, handles: Iterable[str]) -> int:
        ids = list(handles)
        for start in range(0, len(ids), PAGE):
            self.collection.delete(ids=ids[start : start + PAGE])
        return len(ids)

    def reconcile(self, session: Session, progress: Callable[[int], None] | None = None) -> ReconcileResult:
        """Repair the index from SQL: add missing products, refresh stale ones, drop records SQL lacks."""
        products = list(session.scalars(select(Product)))
        stored = self.stored()
        result = ReconcileResult(checked=len(products))
        needs_sync: list[Product] = []
        for product in products:
            old = stored.pop(product.handle, None)
            entry = index_entry(product)
            if old is None:
                result.missing.append(product.handle)
                needs_sync.append(product)
            elif old.get("embed_hash") != entry.embed_hash or old.get("meta_hash") != entry.meta_hash:
                result.stale.append(product.handle)
                needs_sync.append(product)
            elif product.indexed_hash != entry.index_hash:
                needs_sync.append(product)  # index is right, SQL's stamp is not: restamp only
        result.orphaned = sorted(stored)
        result.sync = self.sync(needs_sync, progress) if needs_sync else SyncResult()
        result.sync.deleted = self.delete(result.orphaned)
        return result

    def rebuild(self, session: Session, progress: Callable[[int], None] | None = None) -> SyncResult:
        """Drop the collection and embed every product again."""
        try:
            self.client.delete_collection(self.collection_name)
        except Exception:  # noqa: BLE001 - a missing collection is what we want anyway
            log.debug("collection %s did not exist", self.collection_name)
        self.collection = self._open()
        self.replica.invalidate()
        products = list(session.scalars(select(Product)))
        for product in products:
            product.indexed_hash = None
        return self.sync(products, progress)

    def refresh(self, session: Session) -> None:
        """Catch the in-memory replica up with writes committed by any process (see app/search/replica.py)."""
        self.replica.refresh(session, self.collection)

    def query(self, vector: Sequence[float], filters: SearchFilters, limit: int) -> list[tuple[str, float]]:
        """(handle, similarity) pairs, best first, among records that pass the filters.

        Served from the replica; call `refresh(session)` first (search_vector and plan_request do)."""
        return self.replica.query(vector, filters, limit)

    def query_chroma(self, vector: Sequence[float], filters: SearchFilters, limit: int) -> list[tuple[str, float]]:
        """The same query answered by Chroma itself (the replica must agree with it; tests check)."""
        if limit <= 0:
            return []
        got = self.collection.query(
            query_embeddings=[list(vector)],
            n_results=limit,
            where=filters.where(),
            include=["distances"],
        )
        ids = got["ids"][0] if got["ids"] else []
        distances = got["distances"][0] if got["distances"] else []
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]
