"""Load test on loopback: many concurrent shoppers against the real app for a fixed time, stopping by itself.

    .venv/bin/python bench/load.py                       # 60 s at the capacity limit, 60 s above it; writes docs
    .venv/bin/python bench/load.py --seconds 10 --no-write
    .venv/bin/python bench/load.py --model               # the same with the real vLLM CPU server

The app runs as its own process (`stylist serve`, the embedded defaults, the demo store) with no model server,
so the fallback composer answers: this measures the app (retrieval, validation, persistence, HTTP), not the
model. Each shopper loops: ask for 3 outfits for a random vibe, then read one item. At the capacity limit
(as many shoppers as STYLIST_MAX_CONCURRENT_GENERATIONS) the goal is 0 errors and 0 5xx; above it, the only
refusals allowed are clean 503s with Retry-After.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ingest import write_section  # noqa: E402
from bench.outfits import VIBES, pct  # noqa: E402

CAPACITY = 8  # STYLIST_MAX_CONCURRENT_GENERATIONS for the run


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_app(folder: Path, model: bool = False) -> tuple[subprocess.Popen[bytes], str]:
    """The app as its own process; `model`: with its managed vLLM CPU server (the house style only), ready."""
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "STYLIST_DATA_DIR": str(folder),
           "STYLIST_LLM_URL": "http://127.0.0.1:9/v1", "STYLIST_LLM_MAX_RETRIES": "0",
           "STYLIST_API_KEY_ROUTES": "none", "STYLIST_RATE_LIMIT_OUTFITS": "1000000/minute",
           "STYLIST_MAX_CONCURRENT_GENERATIONS": str(CAPACITY)}
    if model:
        from app.config import Settings

        adapters = folder / "adapters"  # one style: one vLLM server on the 2 cores
        adapters.mkdir()
        (adapters / "house").symlink_to(ROOT / "models" / "adapters" / "house")
        env.update(STYLIST_LLM_URL="", STYLIST_ADAPTERS_DIR=str(adapters), STYLIST_LLM_PORT=str(free_port()),
                   STYLIST_BASE_MODEL_DIR=str(Settings().resolved_base_model_dir.resolve()))
    log = (folder / "app.log").open("wb")
    process = subprocess.Popen([str(ROOT / ".venv" / "bin" / "stylist"), "serve", "--port", str(port)], env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app exited: {(folder / 'app.log').read_text()[-2000:]}")
        try:
            ready = httpx.get(f"{url}/readyz", timeout=2)
            if ready.status_code == 200 and (not model or ready.json()["status"] == "ready"):
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the app did not become ready")


async def shoppers(url: str, count: int, seconds: float) -> dict[str, object]:
    latencies: list[float] = []  # of the answered outfit requests
    statuses: Counter[str] = Counter()
    bad_503 = 0
    stop_at = time.monotonic() + seconds
    rng = random.Random(7)

    async def shopper(client: httpx.AsyncClient) -> None:
        nonlocal bad_503
        while time.monotonic() < stop_at:
            body = {"vibe": rng.choice(VIBES), "department": rng.choice(["women", "men"]), "count": 3}
            started = time.perf_counter()
            try:
                response = await client.post("/api/v1/outfits", json=body)
                statuses[str(response.status_code)] += 1
                if response.status_code == 503 and "retry-after" not in response.headers:
                    bad_503 += 1
                if response.status_code == 200:
                    latencies.append(time.perf_counter() - started)
                    outfits = response.json()["outfits"]
                    if outfits:
                        handle = outfits[0]["items"][0]["handle"]
                        item = await client.get(f"/api/v1/items/{handle}")
                        statuses[str(item.status_code)] += 1
                elif response.status_code == 503:
                    await asyncio.sleep(float(response.headers.get("retry-after", "1")) / 10)  # a polite client
            except httpx.HTTPError as exc:
                statuses[type(exc).__name__] += 1

    limits = httpx.Limits(max_connections=count, max_keepalive_connections=count)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        started = time.monotonic()
        await asyncio.gather(*(shopper(client) for _ in range(count)))
        elapsed = time.monotonic() - started
    answered = len(latencies)
    errors = sum(v for k, v in statuses.items() if not k.isdigit() or (k.startswith("5") and k != "503"))
    return {"shoppers": count, "seconds": round(elapsed, 1), "statuses": dict(statuses), "answers_per_s":
            answered / elapsed, "p50": pct(latencies, 0.5) if latencies else 0, "p95": pct(latencies, 0.95) if
            latencies else 0, "p99": pct(latencies, 0.99) if latencies else 0, "errors": errors,
            "503_without_retry_after": bad_503}


def run(seconds: float, levels: list[int], model: bool = False) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        process, url = start_app(Path(tmp), model)
        try:
            asyncio.run(shoppers(url, 2, 5))  # warm-up
            return [asyncio.run(shoppers(url, level, seconds)) for level in levels]
        finally:
            process.terminate()
            process.wait(30)


def table(results: list[dict[str, object]]) -> str:
    rows = ["| shoppers | seconds | outfit answers/s | p50 | p95 | p99 | responses by status | errors (5xx other than 503, transport) |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results:
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(r["statuses"].items()))  # type: ignore[union-attr]
        rows.append(f"| {r['shoppers']} | {r['seconds']} | {r['answers_per_s']:.1f} | {r['p50'] * 1000:.0f} ms | "
                    f"{r['p95'] * 1000:.0f} ms | {r['p99'] * 1000:.0f} ms | {statuses} | {r['errors']} |")
    return "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--model", action="store_true", help="with the real vLLM CPU server (house adapter)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    results = run(args.seconds, [CAPACITY, CAPACITY * 4], args.model)
    answers = ("the fine-tuned house model on the managed vLLM CPU server (same machine)" if args.model
               else "composer answers")
    body = (f"`bench/load.py{' --model' if args.model else ''}`: the app as its own process on the 2-core machine "
            f"(SQLite, embedded Chroma, demo store, {answers}; generation cap {CAPACITY} per process), shoppers on "
            f"loopback asking for 3 outfits then reading an item, {args.seconds:.0f} s per level:\n\n" + table(results) +
            f"\nGoal: 0 errors and 0 5xx at the capacity limit ({CAPACITY} shoppers); above it only clean 503s with "
            "Retry-After (503s without it: " + ", ".join(str(r["503_without_retry_after"]) for r in results) + ").\n")
    print(body)
    if not args.no_write:
        write_section("load-model" if args.model else "load", body, "reliability.md")


if __name__ == "__main__":
    main()
