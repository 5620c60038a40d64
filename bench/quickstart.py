"""The quick start as a user runs it, measured through HTTP: `stylist serve` on the embedded defaults (SQLite,
embedded Chroma, the demo store, one managed CPU vLLM per released style), shoppers asking for 3 outfits.

    .venv/bin/python bench/quickstart.py                    # everything below; writes docs/benchmarks.md
    .venv/bin/python bench/quickstart.py --requests 6 --no-write

What it does, top to bottom:
1. First start, as on a fresh machine: a new data folder and an empty vLLM cache
   (VLLM_CACHE_ROOT), `stylist prepare-model`, then `stylist serve`; timed until `/readyz` says the model is
   ready.
2. Shoppers: 1 at a time, then 4 at once, each request a vibe not asked before (so vLLM's prefix cache knows
   only the shared part of the prompt), department and style alternating between both released styles.
   Each request is the SSE stream (`POST /api/v1/outfits/stream`): first outfit = the first `outfit` event,
   all outfits = the `done` event; a few more go through the JSON route (`POST /api/v1/outfits`).
3. Memory: the resident memory of the whole process tree (app and vLLM servers), sampled every 0.5 s while the
   shoppers run; proportional set size (PSS) too, which does not count shared pages twice.
4. Restart: stop and start again with the same folder and cache; timed until the model is ready.

The only setting changed from the quick start is the per-client rate limit (all shoppers here share one
loopback address; in real use they are separate clients). Decode speed is compared with the bandwidth limit:
the bytes of the served weights read once per decoded token, at this machine's single-thread copy bandwidth
measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ingest import write_section  # noqa: E402
from bench.load import free_port  # noqa: E402
from bench.outfits import pct  # noqa: E402

VENV_BIN = Path(sys.executable).parent
READY_TIMEOUT_S = 1200  # a first start with STYLIST_LLM_COMPILE=true compiles two vLLM servers on 2 cores
# Vibes are built from parts so that every request of a run is new to the prefix cache.
OCCASIONS = ["coffee date", "gallery opening", "job interview", "weekend market", "beach day", "wedding guest",
             "office on a rainy day", "music festival", "first date", "airport travel day", "hike then pub",
             "dinner with friends", "black tie gala", "book club", "city break", "garden party"]
MOODS = ["90s grunge", "minimalist", "relaxed", "polished", "cosy", "bold", "quiet luxury", "sporty", "romantic",
         "edgy", "preppy", "boho"]
STYLES = ["house", "minimalist"]
DEPARTMENTS = {"women": ("M", "39"), "men": ("L", "43")}


def vibes(count: int, seed: int) -> list[str]:
    pairs = [f"{mood} {occasion}" for mood in MOODS for occasion in OCCASIONS]
    random.Random(seed).shuffle(pairs)
    return pairs[:count]


def body_for(vibe: str, i: int) -> dict[str, Any]:
    department = list(DEPARTMENTS)[i % 2]
    size, shoe = DEPARTMENTS[department]
    return {"vibe": vibe, "department": department, "size": size, "shoe_size": shoe, "count": 3,
            "style": STYLES[(i // 2) % 2]}


class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled in a thread."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak_rss = self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        rss = pss = 0
        for proc in [self.root, *self.root.children(recursive=True)]:
            try:
                info = proc.memory_full_info()
            except psutil.Error:
                continue
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self._sample()

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)


class App:
    """`stylist serve` as a child process with its own folder, port and vLLM cache."""

    def __init__(self, folder: Path, env: dict[str, str], code: Path | None, vllm_cache: Path | None) -> None:
        self.folder = folder
        self.cwd = code or ROOT
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "HF_HUB_OFFLINE": "1", "STYLIST_DATA_DIR": str(folder / "var"),
                    "STYLIST_PORT": str(self.port), "STYLIST_LLM_PORT": str(free_port()),
                    "VLLM_CACHE_ROOT": str(vllm_cache or folder / "vllm-cache"),
                    "STYLIST_RATE_LIMIT_OUTFITS": "10000/minute", **env}
        if code is not None:  # another checkout's app package first on the path (the venv's is editable)
            self.env["PYTHONPATH"] = str(code)
        self.process: subprocess.Popen[bytes] | None = None
        self.headers: dict[str, str] = {}

    def issue_api_key(self) -> None:
        """The API's write routes need a key, as the mobile app has one (`stylist api-key create`)."""
        done = subprocess.run([str(VENV_BIN / "stylist"), "api-key", "create", "bench"], env=self.env, cwd=self.cwd,
                              check=True, capture_output=True, text=True)
        self.headers = {"X-API-Key": done.stdout.strip().splitlines()[-1]}

    def prepare(self) -> float:
        started = time.perf_counter()
        subprocess.run([str(VENV_BIN / "stylist"), "prepare-model"], env=self.env, check=True, cwd=self.cwd,
                       stdout=subprocess.DEVNULL)
        return time.perf_counter() - started

    def start(self) -> float:
        """Seconds from the command to a ready model (`/readyz` model detail `ready`)."""
        log = (self.folder / "app.log").open("ab")
        started = time.perf_counter()
        self.process = subprocess.Popen([str(VENV_BIN / "stylist"), "serve"], env=self.env, cwd=self.cwd,
                                        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = started + READY_TIMEOUT_S
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"stylist serve exited with {self.process.returncode}; see {self.folder / 'app.log'}")
            try:
                ready = httpx.get(f"{self.url}/readyz", timeout=5).json()
                if ready["model"]["detail"] == "ready":
                    return time.perf_counter() - started
                if ready["model"]["detail"].startswith("failed"):
                    raise SystemExit(f"the model server failed: {ready['model']['detail']}")
            except (httpx.HTTPError, ValueError, KeyError):
                pass
            time.sleep(1.0)  # poll interval of the readiness check
        raise SystemExit(f"model not ready after {READY_TIMEOUT_S} s; see {self.folder / 'app.log'}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        self.process = None


async def streamed(client: httpx.AsyncClient, url: str, body: dict[str, Any]) -> dict[str, Any]:
    started = time.perf_counter()
    first: float | None = None
    done: dict[str, Any] = {}
    async with client.stream("POST", f"{url}/api/v1/outfits/stream", json=body) as response:
        response.raise_for_status()
        event = ""
        async for line in response.aiter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                if event == "outfit" and first is None:
                    first = time.perf_counter() - started
                elif event == "done":
                    done = json.loads(line.split(":", 1)[1])
                elif event == "error":
                    raise RuntimeError(line)
    return {"first_s": first, "all_s": time.perf_counter() - started, "answer": done}


async def shoppers(app: App, bodies: list[dict[str, Any]], concurrent: int) -> tuple[list[dict[str, Any]], float]:
    queue = list(bodies)
    results: list[dict[str, Any]] = []
    errors: list[str] = []

    async def shopper(client: httpx.AsyncClient) -> None:
        while queue:
            body = queue.pop(0)
            try:
                results.append(await streamed(client, app.url, body))
            except Exception as exc:  # noqa: BLE001 - counted and reported, the run goes on
                errors.append(f"{type(exc).__name__}: {exc}")

    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=120, headers=app.headers) as client:
        await asyncio.gather(*(shopper(client) for _ in range(concurrent)))
    wall = time.perf_counter() - started
    for result in results:
        result["errors"] = errors
    if errors:
        print(f"{len(errors)} errors, first: {errors[0]}", file=sys.stderr)
    return results, wall


def json_route(app: App, bodies: list[dict[str, Any]]) -> list[float]:
    seconds = []
    with httpx.Client(timeout=120, headers=app.headers) as client:
        for body in bodies:
            started = time.perf_counter()
            client.post(f"{app.url}/api/v1/outfits", json=body).raise_for_status()
            seconds.append(time.perf_counter() - started)
    return seconds


def copy_bandwidth(megabytes: int = 512, runs: int = 5) -> float:
    """Single-thread memory bandwidth of a large copy (read + write bytes per second), median of runs."""
    source = np.ones(megabytes * 2**20 // 8)
    target = np.empty_like(source)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        np.copyto(target, source)
        times.append(time.perf_counter() - started)
    return 2 * source.nbytes / statistics.median(times)


def served_weight_bytes(folder: Path, dtype: str) -> int:
    """Bytes of one served model's weights (the merged house style, stored in bf16) in the served format."""
    files = sorted((folder / "var" / "models").glob("merged-house*/**/*.safetensors"))
    stored = sum(f.stat().st_size for f in files)
    return stored * (2 if dtype == "float32" else 1)


def decode_rate(app: App, runs: int = 3) -> float:
    """Tokens/s of decoding alone on the house server: the same cached prompt for 1 and for 101 tokens."""
    url = f"http://127.0.0.1:{app.env['STYLIST_LLM_PORT']}/v1/completions"
    rates = []
    with httpx.Client(timeout=300) as client:
        for _ in range(runs):
            times = []
            for tokens in (1, 101):
                started = time.perf_counter()
                client.post(url, json={"model": "house", "prompt": "An outfit for a gallery opening:",
                                       "max_tokens": tokens, "ignore_eos": True}).raise_for_status()
                times.append(time.perf_counter() - started)
            rates.append(100 / (times[1] - times[0]))
    return statistics.median(rates)


def summary_row(label: str, results: list[dict[str, Any]], wall: float) -> dict[str, Any]:
    answers = [r["answer"] for r in results]
    tokens = [a["usage"]["completion_tokens"] for a in answers if a]
    rates = [a["usage"]["completion_tokens"] / (a["timings"]["generation_ms"] / 1000) for a in answers
             if a and a["usage"]["completion_tokens"] and a["timings"]["generation_ms"]]
    firsts = [r["first_s"] for r in results if r["first_s"] is not None]
    alls = [r["all_s"] for r in results]
    return {
        "label": label, "requests": len(results), "errors": len(results[0]["errors"]) if results else 0,
        "degraded": sum(1 for a in answers if a.get("degraded")),
        "kinds": sorted({a.get("degraded_kind") for a in answers if a.get("degraded_kind")}),
        "first_p50": statistics.median(firsts) if firsts else None, "first_p95": pct(firsts, 0.95) if firsts else None,
        "all_p50": statistics.median(alls), "all_p95": pct(alls, 0.95),
        "stream_tokens_s": statistics.median(rates) if rates else 0.0,
        "total_tokens_s": sum(tokens) / wall if wall else 0.0,
        "prompt_tokens": statistics.median([a["usage"]["prompt_tokens"] for a in answers if a]),
        "completion_tokens": statistics.median(tokens) if tokens else 0,
    }


def markdown(report: dict[str, Any]) -> str:
    limit = report["bandwidth_limit_tokens_s"]
    lines = ["The quick start as a user runs it (`bench/quickstart.py`): `stylist serve` on the embedded defaults, "
             "both released styles each on its own managed CPU vLLM, 3-outfit requests through HTTP (SSE stream), "
             "every vibe new to the prefix cache.\n",
             "| shoppers | requests | model answers | first outfit p50 | first p95 | all three p50 | all three p95 "
             "| completion tokens per generation second (prefill included) | tokens/s in all | prompt / completion "
             "tokens |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for row in report["rows"]:
        model = row["requests"] - row["degraded"]
        lines.append(
            f"| {row['label']} | {row['requests']} ({row['errors']} errors) | {model} of {row['requests']} "
            f"| {row['first_p50']:.2f} s | {row['first_p95']:.2f} s | {row['all_p50']:.2f} s | {row['all_p95']:.2f} s "
            f"| {row['stream_tokens_s']:.0f} "
            f"| {row['total_tokens_s']:.0f} | {row['prompt_tokens']:.0f} / {row['completion_tokens']:.0f} |")
    json_p50 = statistics.median(report["json_s"]) if report["json_s"] else float("nan")
    lines += ["",
              f"- JSON route (`POST /api/v1/outfits`), one shopper: all three p50 {json_p50:.2f} s over "
              f"{len(report['json_s'])} requests.",
              f"- Model ready: {report['first_start_s']:.0f} s after `stylist serve` on a first start "
              f"({'empty' if report['fresh_cache'] else 'reused'} vLLM cache; `stylist prepare-model` "
              f"before it took {report['prepare_s']:.0f} s)"
              + (f", {report['restart_s']:.0f} s after a restart." if report["restart_s"] is not None else "."),
              f"- Peak memory of the whole process tree while shoppers ran: {report['peak_rss_gib']:.1f} GiB "
              f"resident (RSS summed), {report['peak_pss_gib']:.1f} GiB proportional (PSS, shared pages counted "
              "once).",
              f"- Decoding alone (house server, a cached prompt, 100 tokens): {report['decode_tokens_s']:.0f} "
              f"tokens/s, {report['decode_tokens_s'] / limit:.0%} of the bandwidth limit: {report['weight_mib']:.0f} "
              f"MiB of {report['dtype']} weights read per token at {report['bandwidth_gb_s']:.1f} GB/s "
              f"(single-thread copy, measured in this run) = {limit:.0f} tokens/s on one core.",
              f"- Measured {report['date']} on this 2-core machine; the per-client rate limit is raised for the run "
              "(all shoppers share one loopback address).", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=12, help="requests per shopper count (1 and 4)")
    parser.add_argument("--json-requests", type=int, default=4, help="requests through the JSON route")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="print, do not update docs/benchmarks.md")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, database)")
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                        help="a setting for the app, e.g. STYLIST_MODEL_WRITES_NOTES=true (to compare designs)")
    parser.add_argument("--code", type=Path, help="run the app from another checkout (e.g. a git worktree of an "
                                                   "earlier commit), for a baseline measured in the same session")
    parser.add_argument("--vllm-cache", type=Path, help="reuse this vLLM compilation cache (the first start is then "
                                                         "not a fresh machine's)")
    parser.add_argument("--no-restart", action="store_true", help="skip the restart timing")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="stylist-quickstart-"))
    env = dict(item.split("=", 1) for item in args.env)
    app = App(folder, env, args.code, args.vllm_cache)
    all_vibes = vibes(2 * args.requests + args.json_requests + 4, args.seed)
    bodies = [body_for(v, i) for i, v in enumerate(all_vibes)]
    report: dict[str, Any] = {"date": time.strftime("%Y-%m-%d"), "env": env, "code": str(args.code or ROOT),
                              "fresh_cache": args.vllm_cache is None}
    try:
        report["prepare_s"] = app.prepare()
        report["first_start_s"] = app.start()
        print(f"first start: model ready after {report['first_start_s']:.0f} s", file=sys.stderr)
        assert app.process is not None
        app.issue_api_key()
        with TreeMemory(app.process.pid) as memory:
            asyncio.run(shoppers(app, bodies[-4:], 4))  # warm-up, not counted: the first requests compile
            one, wall_one = asyncio.run(shoppers(app, bodies[: args.requests], 1))
            four, wall_four = asyncio.run(shoppers(app, bodies[args.requests: 2 * args.requests], 4))
            report["decode_tokens_s"] = decode_rate(app)
            report["json_s"] = json_route(app, bodies[2 * args.requests: 2 * args.requests + args.json_requests])
        report["rows"] = [summary_row("1", one, wall_one), summary_row("4", four, wall_four)]
        report["peak_rss_gib"], report["peak_pss_gib"] = memory.peak_rss / 2**30, memory.peak_pss / 2**30
        app.stop()
        report["restart_s"] = None if args.no_restart else app.start()
        print(f"restart: model ready after {report['restart_s']} s", file=sys.stderr)
        app.stop()
        from app.hardware import cpu_dtype

        report["dtype"] = cpu_dtype(env.get("STYLIST_LLM_DTYPE", "auto"))
        report["weight_mib"] = served_weight_bytes(folder, report["dtype"]) / 2**20
        report["bandwidth_gb_s"] = copy_bandwidth() / 1e9
        report["bandwidth_limit_tokens_s"] = report["bandwidth_gb_s"] * 1e9 / (report["weight_mib"] * 2**20)
    finally:
        app.stop()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    text = markdown(report)
    print(text)
    print(json.dumps({k: v for k, v in report.items()}, indent=1, default=str), file=sys.stderr)
    if not args.no_write:
        write_section("quickstart", text)


if __name__ == "__main__":
    main()
