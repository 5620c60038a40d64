"""An in-memory copy of the index's vectors and filter fields, for exact filtered search in a few milliseconds.

Why: Chroma applies a metadata filter by scanning its metadata store before the vector search, so a
filtered query cost about 25-40 ms at 10k products and grew linearly (bench/outfits.py: 6 slot queries per
request took 279 ms p50 at 10k, 2.7 s at 100k). A brute-force scan of 10k x 384 float32 vectors with numpy
masks takes about 1 ms. Chroma stays the store (persistent, shared by every app process through a Chroma
server); each process keeps this read replica of it.

Freshness without per-process coordination: every index write stamps `products.indexed_at` in SQL in the
transaction that commits it, so the replica asks SQL for `count(*)` and `max(indexed_at)` and, when they
changed, fetches the products stamped since its last look from Chroma (or everything, when the count
changed). Hits are re-checked against SQL by the caller, so a replica that lags by one write never returns
an item that is out of stock or inactive; it can only miss a brand-new one until its next refresh.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalog.models import Product

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

    from app.search.index import SearchFilters

PAGE = 2000


class VectorReplica:
    def __init__(self, dimension: int) -> None:
        self._lock = threading.Lock()
        self._dimension = dimension
        self._stamp: tuple[int, dt.datetime | None] | None = None
        self._newest: dt.datetime | None = None  # as SQL returned it, to compare in SQL's own terms
        self._reset()

    def _reset(self) -> None:
        self.rows: dict[str, int] = {}  # handle -> row
        self.handles: list[str] = []
        self.vectors = np.zeros((0, self._dimension), dtype=np.float32)
        self.present = np.zeros(0, dtype=bool)  # False for rows whose record left the index
        self.active = np.zeros(0, dtype=bool)
        self.in_stock = np.zeros(0, dtype=bool)
        self.min_price = np.zeros(0, dtype=np.float64)
        self.max_price = np.zeros(0, dtype=np.float64)
        self.slot = np.zeros(0, dtype=object)
        self.department = np.zeros(0, dtype=object)
        self.sizes: list[frozenset[str]] = []
        self._size_masks: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return int(self.present.sum())

    # -- keeping it current -------------------------------------------------------------------------------

    def refresh(self, session: Session, collection: Collection) -> None:
        """Bring the replica up to date with what SQL says the index holds (one cheap SQL query if nothing changed)."""
        count, newest = session.execute(select(func.count(Product.id), func.max(Product.indexed_at))).one()
        stamp = (int(count), _utc(newest))
        with self._lock:
            if stamp == self._stamp:
                return
            if self._stamp is None or stamp[0] != self._stamp[0] or newest is None:
                self._reset()
                self._load_all(collection)
            else:
                changed = select(Product.handle)
                if self._newest is not None:
                    changed = changed.where(Product.indexed_at >= self._newest)
                handles = list(session.scalars(changed))
                self._load(collection, handles)
            self._stamp, self._newest = stamp, newest

    def invalidate(self) -> None:
        """Forget the stamp: the next refresh reloads everything (after a rebuild of the collection)."""
        with self._lock:
            self._stamp = None

    def _load_all(self, collection: Collection) -> None:
        offset = 0
        while True:
            got = collection.get(include=["embeddings", "metadatas"], limit=PAGE, offset=offset)
            self._apply(got["ids"], got["embeddings"], got["metadatas"])
            if len(got["ids"]) < PAGE:
                return
            offset += PAGE

    def _load(self, collection: Collection, handles: Sequence[str]) -> None:
        for start in range(0, len(handles), PAGE):
            chunk = list(handles[start : start + PAGE])
            got = collection.get(ids=chunk, include=["embeddings", "metadatas"])
            self._apply(got["ids"], got["embeddings"], got["metadatas"])
            for gone in set(chunk) - set(got["ids"]):  # stamped in SQL but no longer in the index
                if gone in self.rows:
                    self.present[self.rows[gone]] = False

    def _apply(self, ids: Sequence[str], embeddings: Any, metadatas: Any) -> None:
        if not ids:
            return
        vectors = np.asarray(embeddings, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors /= np.where(norms == 0, 1, norms)
        new = [h for h in ids if h not in self.rows]
        if new:
            grow = len(new)
            for handle in new:
                self.rows[handle] = len(self.handles)
                self.handles.append(handle)
                self.sizes.append(frozenset())
            self.vectors = np.concatenate([self.vectors, np.zeros((grow, self._dimension), np.float32)])
            self.present = np.concatenate([self.present, np.zeros(grow, bool)])
            self.active = np.concatenate([self.active, np.zeros(grow, bool)])
            self.in_stock = np.concatenate([self.in_stock, np.zeros(grow, bool)])
            self.min_price = np.concatenate([self.min_price, np.zeros(grow)])
            self.max_price = np.concatenate([self.max_price, np.zeros(grow)])
            self.slot = np.concatenate([self.slot, np.full(grow, "", dtype=object)])
            self.department = np.concatenate([self.department, np.full(grow, "", dtype=object)])
        rows = np.array([self.rows[h] for h in ids])
        self.vectors[rows] = vectors
        self.present[rows] = True
        for row, meta in zip(rows, metadatas, strict=True):
            self.active[row] = bool(meta.get("active"))
            self.in_stock[row] = bool(meta.get("in_stock"))
            self.min_price[row] = float(meta.get("min_price", 0.0))
            self.max_price[row] = float(meta.get("max_price", 0.0))
            self.slot[row] = meta.get("slot", "")
            self.department[row] = meta.get("department", "")
            self.sizes[row] = frozenset(meta.get("sizes") or ())
        self._size_masks.clear()

    # -- searching ------------------------------------------------------------------------------------------

    def vectors_of(self, handles: Sequence[str]) -> tuple[list[str], np.ndarray]:
        """The stored (unit) vectors of these products, one row each, and which handles they are (products not
        in the index are skipped)."""
        with self._lock:
            found = [h for h in handles if h in self.rows and self.present[self.rows[h]]]
            return found, self.vectors[[self.rows[h] for h in found]].copy()

    def _size_mask(self, size: str) -> np.ndarray:
        mask = self._size_masks.get(size)
        if mask is None:
            mask = np.fromiter((size in s for s in self.sizes), dtype=bool, count=len(self.sizes))
            self._size_masks[size] = mask
        return mask

    def query(self, vector: Sequence[float], filters: SearchFilters, limit: int) -> list[tuple[str, float]]:
        """(handle, cosine similarity) pairs, best first, among records that pass the filters (as Chroma's `where`)."""
        with self._lock:
            if limit <= 0 or not self.handles:
                return []
            mask = self.present.copy()
            if not filters.include_inactive:
                mask &= self.active
            if not filters.include_out_of_stock:
                mask &= self.in_stock
            if filters.slots:
                mask &= np.isin(self.slot, list(filters.slots))
            if filters.departments:
                mask &= np.isin(self.department, list(filters.departments))
            if filters.size:
                mask &= self._size_mask(filters.size)
            if filters.max_price is not None:
                mask &= self.min_price <= float(filters.max_price)
            if filters.min_price is not None:
                mask &= self.max_price >= float(filters.min_price)
            for handle in filters.exclude_handles:
                row = self.rows.get(handle)
                if row is not None:
                    mask[row] = False
            candidates = np.flatnonzero(mask)
            if candidates.size == 0:
                return []
            query = np.asarray(vector, dtype=np.float32)
            query /= np.linalg.norm(query) or 1.0
            # torch, not numpy's `@`: OpenBLAS's own threads would spin on the cores that torch's threads
            # need for the next embedding (measured: embeddings took 50-100 ms instead of 4 ms after it).
            # Imported here: the embedder has loaded torch by the time anything is searched.
            import torch

            scores = torch.mv(torch.from_numpy(self.vectors[candidates]), torch.from_numpy(query)).numpy()
            k = min(limit, candidates.size)
            top = np.argpartition(-scores, k - 1)[:k]
            top = top[np.argsort(-scores[top], kind="stable")]
            return [(self.handles[candidates[i]], float(scores[i])) for i in top]


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite returns naive datetimes, PostgreSQL aware ones: compare them the same way."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value
