"""Outfit benchmark: retrieval + prompt latency by catalog size, end-to-end latency through vLLM, and vLLM
against in-process transformers `generate`.

    .venv/bin/python bench/outfits.py                   # everything; writes docs/benchmarks.md
    .venv/bin/python bench/outfits.py --only retrieval --sizes 1000 10000

Retrieval: catalogs of N synthetic products (random 384-d unit vectors stand in for embeddings: the cost of
a filtered Chroma query and the SQL re-check depends on the catalog size, not on what the vectors mean),
in SQLite + embedded Chroma; timed is `plan_request` (embed the vibe, 6 filtered queries, SQL re-check) plus
building the prompt. End to end: the demo store and the released `house` adapter on a vLLM CPU server,
3-outfit requests through the engine (streamed), 1 and 8 at a time. Baseline: the same prompts through
transformers `generate` in-process (PEFT adapter, greedy, same max tokens), 8 prompts as one padded batch.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from bench.ingest import write_section  # noqa: E402

VIBES = ["90s grunge coffee date", "minimalist office on a rainy day", "beach wedding guest",
         "first date at a wine bar", "autumn hike then pub", "gallery opening", "airport comfy but put-together",
         "summer music festival", "job interview at a tech startup", "weekend farmers market"]


def base_model_dir() -> Path:
    """The prepared base model of the current settings (STYLIST_DATA_DIR / STYLIST_BASE_MODEL_DIR)."""
    from app.config import Settings

    return Settings().resolved_base_model_dir.resolve()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def synthetic_catalog(services, count: int, seed: int = 3) -> None:  # type: ignore[no-untyped-def]
    import numpy as np
    from sqlalchemy import insert

    from app.catalog.models import Product, Variant
    from app.search.documents import index_entry

    rng = np.random.default_rng(seed)
    slots = ["top", "bottom", "dress", "outerwear", "shoes", "accessory"]
    sizes = {"shoes": ["38", "39", "40", "41"], "accessory": ["One Size"]}
    batch = 5000
    with services.sessions() as session:
        for start in range(0, count, batch):
            n = min(batch, count - start)
            products = []
            for i in range(start, start + n):
                slot = slots[i % 6]
                products.append(dict(handle=f"p{i:06d}", title=f"Product {i}", description="", brand="Bench",
                                     department=("women", "men", "unisex")[i % 3], slot=slot, product_type=slot,
                                     colors=["black"], materials=["cotton"], pattern="solid", seasons=[],
                                     formality=2, style_tags=["classic"], image_url="", active=True,
                                     source_format="bench", content_hash=uuid.uuid4().hex))
            ids = session.scalars(insert(Product).returning(Product.id), products).all()
            variants = []
            for pid, row in zip(ids, products, strict=True):
                for size in sizes.get(row["slot"], ["S", "M", "L"]):
                    variants.append(dict(product_id=pid, sku=f"{row['handle']}-{size}", size=size, color="black",
                                         stock=int(rng.integers(0, 4)), price=Decimal(int(rng.integers(20, 300)))))
            session.execute(insert(Variant), variants)
            session.commit()
            loaded = session.query(Product).filter(Product.id.in_(ids)).all()
            vectors = rng.normal(size=(n, services.embedder.dimension)).astype("float32")
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            entries = [index_entry(p) for p in loaded]
            services.index.collection.add(ids=[e.id for e in entries], embeddings=vectors,
                                          metadatas=[e.stored_metadata() for e in entries])
            session.expunge_all()


def bench_retrieval(sizes: list[int], runs: int) -> str:
    from app.config import Settings
    from app.services import build_services
    from app.stylist.planning import StyleRequest, plan_request
    from app.stylist.outfit_rules import OutfitRules
    from app.stylist.prompt import build_messages, output_schema

    rows = ["| products | p50 | p95 | requests |", "| --- | --- | --- | --- |"]
    embedder = None
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(data_dir=Path(tmp), load_demo=False)
            rules = OutfitRules.load(settings.style_rules)
            services = build_services(settings, embedder)
            embedder = services.embedder
            started = time.perf_counter()
            synthetic_catalog(services, size)
            print(f"{size} products loaded in {time.perf_counter() - started:.0f} s", flush=True)
            timings = []
            rng = random.Random(5)
            for i in range(runs + 5):
                request = StyleRequest(vibe=rng.choice(VIBES), department=rng.choice(["women", "men", None]),
                                       size=rng.choice(["M", None]), budget=Decimal(rng.choice([200, 400])),
                                       count=3)
                t0 = time.perf_counter()
                with services.sessions() as session:
                    plan = plan_request(session, services.index, request, 5, weather=rules.weather)
                    build_messages(request.prompt_view(), plan.candidates)
                    output_schema(plan.candidates.ids(), 3)
                if i >= 5:  # warm-up excluded
                    timings.append((time.perf_counter() - t0) * 1000)
            services.close()
        rows.append(f"| {size:,} | {pct(timings, 0.5):.1f} ms | {pct(timings, 0.95):.1f} ms | {len(timings)} |")
        print(rows[-1], flush=True)
    return "\n".join(rows) + "\n"


async def bench_end_to_end(runs: int) -> tuple[str, list[list[dict[str, str]]]]:
    """3-outfit requests through the engine and a managed vLLM with the house adapter; returns the prompts."""
    from app.config import Settings
    from app.services import start
    from app.stylist.planning import StyleRequest
    from app.stylist.prompt import build_messages
    from app.stylist.runtime import start_runtime

    tmp = tempfile.mkdtemp()
    adapters = Path(tmp) / "adapters"  # the house style alone: one vLLM server, as a one-style store runs
    adapters.mkdir()
    (adapters / "house").symlink_to(ROOT / "models" / "adapters" / "house")
    settings = Settings(data_dir=Path(tmp), llm_port=8187, llm_deadline_s=120, adapters_dir=adapters,
                        base_model_dir=str(base_model_dir()))
    services = start(settings)
    runtime = await start_runtime(settings, services)
    while runtime.status != "ready":
        if runtime.status.startswith("failed"):
            raise RuntimeError(runtime.status)
        await asyncio.sleep(0.5)
    stylist = runtime.stylist
    prompts = []
    degraded: list[str | None] = []

    async def one(vibe: str) -> tuple[float, float, int]:
        request = StyleRequest(vibe=vibe, department="women", count=3)
        t0 = time.perf_counter()
        first = None
        tokens = 0
        async for event, payload in stylist.stream(request):
            if event == "plan" and len(prompts) < 8:
                prompts.append(build_messages(request.prompt_view(), payload.candidates))
            if event == "outfit" and first is None:
                first = time.perf_counter() - t0
            if event == "done":
                tokens = payload.usage.completion_tokens
                if payload.degraded:
                    degraded.append(payload.degraded_reason)
        return first or 0.0, time.perf_counter() - t0, tokens

    await one(VIBES[0])  # warm-up
    rows = ["| concurrent | first outfit p50 | all three p50 | all three p95 | completion tokens/s |",
            "| --- | --- | --- | --- | --- |"]
    throughput = {}
    for concurrency in (1, 8):
        firsts, totals = [], []
        t0 = time.perf_counter()
        tokens = 0
        for r in range(runs):
            batch = await asyncio.gather(*(one(VIBES[(r * concurrency + i) % len(VIBES)])
                                           for i in range(concurrency)))
            firsts += [b[0] for b in batch]
            totals += [b[1] for b in batch]
            tokens += sum(b[2] for b in batch)
        throughput[concurrency] = tokens / (time.perf_counter() - t0)
        rows.append(f"| {concurrency} | {pct(firsts, 0.5):.2f} s | {pct(totals, 0.5):.2f} s | "
                    f"{pct(totals, 0.95):.2f} s | {throughput[concurrency]:.0f} |")
        print(rows[-1], flush=True)
    await runtime.close()
    services.close()
    note = (f"\n{len(degraded)} of {runs * 9 + 1} answers were completed by the composer "
            f"(first reason: {degraded[0]}).\n" if degraded else "\nNo answer was degraded.\n")
    return "\n".join(rows) + "\n" + note, prompts, throughput[8]  # type: ignore[return-value]


def bench_transformers(prompts: list[list[dict[str, str]]], max_new_tokens: int) -> float:
    """Completion tokens/s of in-process transformers generate on 8 prompts in one padded batch."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    base = base_model_dir()
    tokenizer = AutoTokenizer.from_pretrained(base, padding_side="left")
    from app.hardware import cpu_dtype

    model = AutoModelForCausalLM.from_pretrained(base, dtype=getattr(torch, cpu_dtype("auto")))  # as vLLM serves
    model = PeftModel.from_pretrained(model, ROOT / "models" / "adapters" / "house").eval()
    texts = [tokenizer.apply_chat_template(p, add_generation_prompt=True, tokenize=False) for p in prompts]
    inputs = tokenizer(texts, return_tensors="pt", padding=True)
    with torch.inference_mode():
        t0 = time.perf_counter()
        out = model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False,
                             pad_token_id=tokenizer.eos_token_id)
        seconds = time.perf_counter() - t0
    new = out[:, inputs["input_ids"].shape[1]:]
    tokens = int((new != tokenizer.eos_token_id).sum())
    return tokens / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["retrieval", "end-to-end"])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=40, help="retrieval requests per size")
    parser.add_argument("--e2e-runs", type=int, default=5, help="rounds per concurrency level")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.only in (None, "retrieval"):
        table = bench_retrieval(args.sizes, args.runs)
        if not args.no_write:
            write_section("retrieval", "Retrieval + prompt building (`plan_request` + prompt + schema), "
                          "SQLite + embedded Chroma, synthetic vectors:\n\n" + table +
                          "\nGoal: under 50 ms p95 at 10k products.\n")
    if args.only in (None, "end-to-end"):
        table, prompts, vllm_tps = asyncio.run(bench_end_to_end(args.e2e_runs))
        hf_tps = bench_transformers(prompts[:8], 3 * 90 + 20)
        body = ("3-outfit requests through the engine (streamed), the demo store, the `house` adapter on a vLLM "
                "CPU server:\n\n" + table +
                f"\nThroughput at 8 concurrent requests: vLLM {vllm_tps:.0f} completion tokens/s; in-process "
                f"transformers `generate` (same prompts, one padded batch of 8) {hf_tps:.0f} tokens/s: "
                f"**{vllm_tps / hf_tps:.1f}x**.\n\nGoals: first outfit under 1.5 s and all three under 4 s p50 "
                "for one request; vLLM at least 2x the in-process baseline at 8 concurrent requests.\n")
        print(body)
        if not args.no_write:
            write_section("outfits", body)


if __name__ == "__main__":
    main()
