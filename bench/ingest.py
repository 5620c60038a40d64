"""Ingest benchmark: import + index N generated products, then re-import the unchanged file.

    .venv/bin/python bench/ingest.py            # 10,000 products, 3 runs, writes docs/benchmarks.md
    .venv/bin/python bench/ingest.py --products 2000 --runs 1 --no-write

Each run uses a fresh SQLite database and Chroma folder, in a child process so peak memory (max RSS) is
per run. Reported: products/s of the first import (parse + SQL + embedding + index), the re-import time and
the ratio first/re-import (goal: >= 10x, since nothing is re-embedded), medians over the runs.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TYPES = {
    "top": ["t-shirt", "shirt", "blouse", "sweater", "cardigan", "hoodie", "tank top", "polo"],
    "bottom": ["jeans", "trousers", "chinos", "skirt", "shorts", "joggers"],
    "dress": ["midi dress", "slip dress", "shirt dress", "jumpsuit"],
    "outerwear": ["trench coat", "puffer jacket", "denim jacket", "blazer", "raincoat", "wool coat"],
    "shoes": ["sneakers", "chelsea boots", "loafers", "sandals", "combat boots", "heels"],
    "accessory": ["tote bag", "belt", "beanie", "scarf", "necklace", "sunglasses"],
}
COLOURS = ["black", "white", "navy", "camel", "grey", "olive", "burgundy", "cream", "rust", "sage", "denim blue"]
MATERIALS = ["cotton", "linen", "wool", "denim", "leather", "suede", "silk", "nylon", "cashmere", "corduroy"]
ADJECTIVES = ["Relaxed", "Cropped", "Classic", "Oversized", "Tailored", "Soft", "Everyday", "Vintage", "Slim"]
NAMES = ["Harper", "Dune", "Ash", "Juno", "Milo", "Nova", "Sloane", "Wren", "Otis", "Ivy", "Rowan", "Lark"]
HEADER = ["handle", "title", "description", "brand", "department", "slot", "product_type", "colors", "materials",
          "pattern", "seasons", "formality", "style_tags", "image_url", "active", "sku", "size", "color", "stock",
          "price", "compare_at_price"]


def generate(count: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for i in range(count):
        slot = rng.choice(list(TYPES))
        kind = rng.choice(TYPES[slot])
        colour, material = rng.choice(COLOURS), rng.choice(MATERIALS)
        title = f"{rng.choice(NAMES)} {rng.choice(ADJECTIVES)} {material.title()} {kind.title()}"
        description = (f"A {rng.choice(ADJECTIVES).lower()} {kind} in {colour} {material}. "
                       f"Pairs well with {rng.choice(COLOURS)} {rng.choice(TYPES[rng.choice(list(TYPES))])}s.")
        department = rng.choice(["women", "men", "unisex"]) if slot != "dress" else "women"
        sizes = ["One Size"] if slot == "accessory" else (["38", "39", "40", "41"] if slot == "shoes" else ["S", "M", "L"])
        price = f"{rng.randint(15, 300)}.00"
        for j, size in enumerate(sizes):
            first = j == 0
            writer.writerow([
                f"bench-{i:06d}", title if first else "", description if first else "", "Bench Co" if first else "",
                department if first else "", slot if first else "", kind if first else "", colour if first else "",
                material if first else "", "solid" if first else "", "autumn;winter" if first else "",
                rng.randint(1, 5) if first else "", "classic" if first else "", "", "true" if first else "",
                f"B-{i:06d}-{j}", size, colour, rng.choice([0, 1, 3, 8]), price, "",
            ])
    return out.getvalue().encode()


def child(csv_path: str, data_dir: str) -> None:
    """One run in a fresh process: first import, then re-import; prints a JSON result line."""
    os.environ.update(HF_HUB_OFFLINE="1", STYLIST_DATA_DIR=data_dir, STYLIST_LOAD_DEMO="false")
    from app.config import Settings
    from app.ingest.service import import_inventory
    from app.services import build_services

    services = build_services(Settings())
    data = Path(csv_path).read_bytes()
    start = time.perf_counter()
    first = import_inventory(services.sessions, services.index, data, "bench.csv")
    first_s = time.perf_counter() - start
    start = time.perf_counter()
    again = import_inventory(services.sessions, services.index, data, "bench.csv")
    again_s = time.perf_counter() - start
    assert first.status == "succeeded" and len(again.unchanged) == len(first.new), (first.message, again.message)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"products": len(first.new), "first_s": first_s, "again_s": again_s, "peak_mb": peak_mb,
                      "embedded": first.index.embedded if first.index else 0}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print only; do not update docs/benchmarks.md")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "bench.csv"
        csv_path.write_bytes(generate(args.products))
        for run in range(args.runs):
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(csv_path), str(Path(tmp) / f"run{run}")],
                check=True, capture_output=True, text=True,
            )
            result = json.loads(out.stdout.strip().splitlines()[-1])
            results.append(result)
            print(f"run {run + 1}: {result}", flush=True)
    first = statistics.median(r["first_s"] for r in results)
    again = statistics.median(r["again_s"] for r in results)
    peak = max(r["peak_mb"] for r in results)
    rate = args.products / first
    table = (
        f"| products | runs | first import (median) | products/s | re-import unchanged (median) | speed-up | peak RSS |\n"
        f"| --- | --- | --- | --- | --- | --- | --- |\n"
        f"| {args.products:,} | {args.runs} | {first:.1f} s | {rate:.0f} | {again:.2f} s | {first / again:.0f}x | "
        f"{peak:.0f} MiB |\n"
    )
    print(table)
    if not args.no_write:
        write_section("ingest", table + f"\nGoals: >= 200 products/s first import; re-import >= 10x faster. "
                      f"Measured {time.strftime('%Y-%m-%d')} on {os.cpu_count()} cores, SQLite + embedded Chroma, "
                      "all-MiniLM-L6-v2 on CPU.\n")


def write_section(name: str, body: str, document: str = "benchmarks.md") -> None:
    """Replace the block between `<!-- bench:NAME -->` markers in docs/DOCUMENT."""
    path = ROOT / "docs" / document
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{start}\n{body}{end}"
    if start in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + f"\n\n## {name}\n\n{block}\n"
    path.write_text(text)


if __name__ == "__main__":
    main()
