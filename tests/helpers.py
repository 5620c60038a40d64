"""Small helpers shared by tests: build CSV text in our schema, snapshot catalog and index."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select

from app.catalog.db import session_scope
from app.catalog.models import Product
from app.ingest.service import ImportReport, import_inventory
from app.ingest.stylist_csv import COLUMN_NAMES
from app.services import Services
from app.stylist.variety import MAX_SHARED, MAX_WEARS, NEVER_SHARED


def assert_variety(outfits: Sequence[Sequence[tuple[str, str]]]) -> None:
    """The (slot, handle) pieces of an answer's outfits: a dress is in one outfit, any other piece is in at most
    MAX_WEARS outfits, and each outfit shares at most MAX_SHARED pieces with those before it (variety.py)."""
    dresses = [handle for outfit in outfits for slot, handle in outfit if slot in NEVER_SHARED]
    assert len(dresses) == len(set(dresses)), f"a dress repeated across the answer's outfits: {dresses}"
    others = Counter(handle for outfit in outfits for slot, handle in outfit if slot not in NEVER_SHARED)
    assert max(others.values(), default=0) <= MAX_WEARS, others
    for n, outfit in enumerate(outfits):
        earlier = {handle for before in outfits[:n] for _, handle in before}
        assert sum(handle in earlier for _, handle in outfit) <= MAX_SHARED, f"outfit {n + 1} shares too much"


def variant_row(handle: str, sku: str, size: str = "M", stock: int = 5, price: str = "40.00", **product: Any) -> dict[str, Any]:
    row: dict[str, Any] = {name: "" for name in COLUMN_NAMES}
    row.update(
        handle=handle, title=product.pop("title", handle.replace("-", " ").title()),
        department=product.pop("department", "women"), slot=product.pop("slot", "top"),
        sku=sku, size=size, stock=stock, price=price,
    )
    row.update(product)
    return row


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...] | list[str] = COLUMN_NAMES) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def run_import(services: Services, data: bytes, **kwargs: Any) -> ImportReport:
    return import_inventory(services.sessions, services.index, data, kwargs.pop("filename", "test.csv"), **kwargs)


def catalog_snapshot(services: Services) -> dict[str, tuple[Any, ...]]:
    with session_scope(services.sessions) as session:
        return {
            p.handle: (p.content_hash, p.active, p.title,
                       tuple(sorted((v.sku, v.size, v.stock, str(v.price)) for v in p.variants)))
            for p in session.scalars(select(Product))
        }


def index_snapshot(services: Services) -> dict[str, tuple[Any, Any]]:
    return {k: (v.get("embed_hash"), v.get("meta_hash")) for k, v in services.index.stored().items()}


def basic_catalog() -> list[dict[str, Any]]:
    return [
        variant_row("linen-shirt", "LS-S", "S", 3, "50.00", colors="white", style_tags="minimalist"),
        variant_row("linen-shirt", "LS-M", "M", 0, "50.00"),
        variant_row("wide-trousers", "WT-M", "M", 2, "80.00", slot="bottom", colors="black"),
        variant_row("rain-boots", "RB-38", "38", 4, "90.00", slot="shoes", department="unisex", colors="olive"),
    ]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve_in_thread(app: Any) -> Iterator[str]:
    """The app under a real uvicorn on a loopback port (streams and browsers need a socket); yields its URL
    once /healthz answers (a readiness check, not a fixed sleep)."""
    import threading
    import time

    import httpx
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(30)


@contextmanager
def hung_model_server() -> Iterator[tuple[str, Any]]:
    """A real socket that accepts connections, reads the request and never answers, as a model server that
    hangs. Yields its OpenAI-style base URL and an event that is set once a generation request (a POST to
    /chat/completions or /completions) has arrived: a readiness signal for tests that need a generation in
    flight. Health checks (GET /health, /v1/models) hang too but do not set it."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()
    generating = threading.Event()

    def read_request(conn: socket.socket) -> None:
        conn.settimeout(0.2)
        head = b""
        while not stop.is_set() and b"\r\n" not in head:
            try:
                chunk = conn.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            head += chunk
        if head.startswith(b"POST ") and b"completions" in head.split(b"\r\n", 1)[0]:
            generating.set()

    def accept_and_hang() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn = listener.accept()[0]  # answer nothing
            except TimeoutError:
                continue
            held.append(conn)
            threading.Thread(target=read_request, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept_and_hang, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1", generating
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        listener.close()
